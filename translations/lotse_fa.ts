<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lotse</source>
        <translation>دربارهٔ Lotse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Case files, consultations, volunteers and funder statistics for small migrant organisations and volunteer clubs – offline, in one file.&lt;/p&gt;&lt;p&gt;Database: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse is free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. It uses the packages listed under “Third-party licences”, each under its own licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;پرونده‌ها، مشاوره‌ها، داوطلبان و آمار برای تأمین‌کنندگان مالی، ویژهٔ سازمان‌های کوچک مهاجران و انجمن‌های داوطلبانه – آفلاین، در یک فایل.&lt;/p&gt;&lt;p&gt;پایگاه داده: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}، PySide6 {pyside}، Python {python}&lt;/p&gt;&lt;p&gt;Lotse نرم‌افزار آزاد است تحت GNU General Public License، نسخهٔ 3 یا بالاتر. این نرم‌افزار «بدون هیچ‌گونه ضمانتی» ارائه می‌شود. Lotse از بسته‌هایی استفاده می‌کند که زیر «مجوزهای اشخاص ثالث» فهرست شده‌اند، هر کدام با مجوز خودش.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation: GNU General Public License, version 3 or later.</source>
        <translation>متن مجوز در این نصب وجود ندارد: GNU General Public License، نسخهٔ 3 یا بالاتر.</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;مجوز</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>مجوزهای &amp;اشخاص ثالث</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add document</source>
        <translation>افزودن سند</translation>
    </message>
    <message>
        <source>the scanned or saved file</source>
        <translation>فایل اسکن‌شده یا ذخیره‌شده</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>&amp;انتخاب …</translation>
    </message>
    <message>
        <source>e.g. ESF entry questionnaire, signed</source>
        <translation>مثلاً پرسش‌نامهٔ ورود ESF، امضاشده</translation>
    </message>
    <message>
        <source>Up to {size} MB. The file is kept encrypted in the database; the original stays where it is (delete it there if it should not remain on this computer). Do not keep copies of police clearance certificates: only their facts may be recorded (§ 72a SGB VIII).</source>
        <translation>حداکثر {size} مگابایت. فایل به‌صورت رمزگذاری‌شده در پایگاه داده نگهداری می‌شود؛ نسخهٔ اصلی در جای خود می‌ماند (اگر نباید روی این کامپیوتر بماند، آن را همان‌جا حذف کنید). از گواهی‌های عدم سوءپیشینه کپی نگه ندارید: فقط اطلاعات مربوط به آن‌ها را می‌توان ثبت کرد (§ 72a SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Date of the document:</source>
        <translation>&amp;تاریخ سند:</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>انتخاب سند</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;All files (*)</source>
        <translation>اسناد (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>تاریخ سند</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation>حساب مدیر سیستم</translation>
    </message>
    <message>
        <source>The administrator manages users, projects and settings. Choose a password of at least eight characters.</source>
        <translation>مدیر سیستم، کاربران، پروژه‌ها و تنظیمات را مدیریت می‌کند. رمز عبوری با دست‌کم هشت نویسه انتخاب کنید.</translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation>مثلاً Amira Haddad</translation>
    </message>
    <message>
        <source>e.g. amira</source>
        <translation>مثلاً amira</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>ن&amp;ام کامل:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>&amp;تکرار رمز عبور:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>تکرار رمز عبور: دو رمز عبور با هم یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>AllowanceSummary</name>
    <message>
        <source>Allowances {year}</source>
        <translation>کمک‌هزینه‌ها {year}</translation>
    </message>
    <message>
        <source>Record &amp;declaration of other clubs …</source>
        <translation>&amp;ثبت اظهارنامه دربارهٔ انجمن‌های دیگر …</translation>
    </message>
</context>
<context>
    <name>Allowances</name>
    <message>
        <source>{kind}: {received} received; no tax-free cap.</source>
        <translation>{kind}: {received} دریافت شده؛ بدون سقف معافیت مالیاتی.</translation>
    </message>
    <message>
        <source>{kind} {year}: {received} received (of it {other} declared from other clubs), tax-free cap {cap}.</source>
        <translation>{kind} {year}: {received} دریافت شده (از این مبلغ {other} طبق اظهارنامه از انجمن‌های دیگر)، معاف از مالیات تا {cap}.</translation>
    </message>
    <message>
        <source>{taxable} above the cap are taxable income of the volunteer.</source>
        <translation>{taxable} بیش از سقف، درآمد مشمول مالیات داوطلب است.</translation>
    </message>
    <message>
        <source>{room} can still be paid tax-free.</source>
        <translation>{room} را هنوز می‌توان بدون مالیات پرداخت کرد.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <source>Paid on</source>
        <translation>تاریخ پرداخت</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>دریافتی امسال</translation>
    </message>
    <message>
        <source>Tax-free cap</source>
        <translation>سقف معافیت مالیاتی</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>مشمول مالیات</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>فعالیت‌های جبران‌شده</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>بدون سقف</translation>
    </message>
</context>
<context>
    <name>AllowancesTab</name>
    <message>
        <source>Year </source>
        <translation>سال </translation>
    </message>
    <message>
        <source>Record &amp;payment …</source>
        <translation>ثبت &amp;پرداخت …</translation>
    </message>
    <message>
        <source>&amp;Declaration of other clubs …</source>
        <translation>&amp;اظهارنامهٔ انجمن‌های دیگر …</translation>
    </message>
    <message>
        <source>No payments yet – record one with “Record payment”.</source>
        <translation>هنوز پرداختی ثبت نشده است – با «ثبت پرداخت» یکی را ثبت کنید.</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>کمک‌هزینه‌ها</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment – {whom}</source>
        <translation>وقت ملاقات – {whom}</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>وقت ملاقات جدید</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>e.g. 2026-0042; empty: no case file</source>
        <translation>مثلاً 2026-0042؛ خالی: بدون پرونده</translation>
    </message>
    <message>
        <source>office hours, or whom it is for</source>
        <translation>ساعت مشاوره، یا برای چه کسی</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>م&amp;شاور:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;ساعت:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;مدت:</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>پرونده:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;شمارهٔ پرونده:</translation>
    </message>
    <message>
        <source>&amp;Name (no case file):</source>
        <translation>&amp;نام (بدون پرونده):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>م&amp;کان:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>مو&amp;ضوع:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>&amp;ثبت به‌عنوان مشاوره</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>&amp;نامه …</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>حذف وقت ملاقات</translation>
    </message>
    <message>
        <source>Delete the appointment on {date} at {time}?</source>
        <translation>وقت ملاقات {date} ساعت {time} حذف شود؟</translation>
    </message>
</context>
<context>
    <name>AppointmentList</name>
    <message>
        <source>My appointments today and tomorrow</source>
        <translation>وقت‌های ملاقات من امروز و فردا</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>وقت ملاقاتی وجود ندارد.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>فردا</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Open slot</source>
        <translation>وقت آزاد</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>ثبت به‌عنوان مشاوره</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation>وقت‌های ملاقات</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>همهٔ مشاوران</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>مشاور</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>م&amp;شاور:</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>هفتهٔ &amp;قبل</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;این هفته</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>هفتهٔ &amp;بعد</translation>
    </message>
    <message>
        <source>&amp;New appointment …</source>
        <translation>وقت ملاقات &amp;جدید …</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>No appointments on this day – double-click a free time in the week to book one.</source>
        <translation>در این روز وقت ملاقاتی نیست – برای تعیین وقت، روی یک زمان آزاد در نمای هفته دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>وقت‌های ملاقات روز</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>&amp;ثبت به‌عنوان مشاوره</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>&amp;نامهٔ وقت ملاقات …</translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation>باز کردن &amp;پرونده</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>هفتهٔ {first} تا {last}</translation>
    </message>
    <message>
        <source>Appointments on {day}</source>
        <translation>وقت‌های ملاقات {day}</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>ثبت به‌عنوان مشاوره</translation>
    </message>
    <message>
        <source>Choose an appointment in the day&apos;s list first.</source>
        <translation>ابتدا یک وقت ملاقات را در فهرست روز انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>No hours are waiting for approval.</source>
        <translation>هیچ ساعتی در انتظار تأیید نیست.</translation>
    </message>
    <message>
        <source>Hours to approve</source>
        <translation>ساعت‌های در انتظار تأیید</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>&amp;تأیید موارد انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Reject selected</source>
        <translation>&amp;رد موارد انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>— not ticked —</source>
        <translation>— ثبت نشده —</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Hours attended</source>
        <translation>ساعت‌های حضور</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>گواهی</translation>
    </message>
    <message>
        <source>{date}, {time}, {hours} h</source>
        <translation>{date}، {time}، {hours} ساعت</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>ثبت نشده</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>case file</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>مشاوره</translation>
    </message>
    <message>
        <source>project participation</source>
        <translation>شرکت در پروژه</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>recognition procedure</source>
        <translation>روند به رسمیت شناختن مدرک</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>شروع به کار</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>حساب کاربری</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation>ساعت‌های داوطلبی</translation>
    </message>
    <message>
        <source>tandem</source>
        <translation>تاندم</translation>
    </message>
    <message>
        <source>allowance payment</source>
        <translation>پرداخت کمک‌هزینه</translation>
    </message>
    <message>
        <source>allowance declaration</source>
        <translation>اظهارنامهٔ کمک‌هزینه‌ها</translation>
    </message>
    <message>
        <source>timesheet</source>
        <translation>گزارش ساعت‌ها</translation>
    </message>
    <message>
        <source>event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>course</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>course participation</source>
        <translation>شرکت در دوره</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>وقت ملاقات</translation>
    </message>
    <message>
        <source>project</source>
        <translation>پروژه</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>دلیل خروج</translation>
    </message>
    <message>
        <source>supported organisation</source>
        <translation>نهاد حمایت‌شده</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>موضوع مشاوره</translation>
    </message>
    <message>
        <source>referral service</source>
        <translation>مرکز ارجاع</translation>
    </message>
    <message>
        <source>partner organisation</source>
        <translation>سازمان همکار</translation>
    </message>
    <message>
        <source>club languages</source>
        <translation>زبان‌های انجمن</translation>
    </message>
    <message>
        <source>database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>سابقهٔ رویدادها</translation>
    </message>
    <message>
        <source>report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>participants sheet</source>
        <translation>جدول شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>consultations sheet</source>
        <translation>جدول مشاوره‌ها</translation>
    </message>
    <message>
        <source>volunteers sheet</source>
        <translation>جدول داوطلبان</translation>
    </message>
    <message>
        <source>hours sheet</source>
        <translation>جدول ساعت‌های داوطلبی</translation>
    </message>
    <message>
        <source>created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>ورود به سیستم</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>ورود ناموفق</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>خروج از سیستم</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>خروجی گرفته شد</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>داده‌های نمونه</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>راه‌اندازی شد</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>مشاهده شد</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>زمان (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>شمارهٔ پرونده</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>فیلدها</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سابقهٔ رویدادها</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>فیلتر</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>سابقهٔ رویدادها</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>e.g. 2026-0042</source>
        <translation>مثلاً 2026-0042</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>همهٔ عملیات</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;بازهٔ زمانی:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;کاربر:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;شمارهٔ پرونده:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;عملیات:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>&amp;Export …</source>
        <translation>&amp;خروجی گرفتن …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} از {total} رویداد</translation>
    </message>
    <message>
        <source>{total} events</source>
        <translation>{total} رویداد</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>خروجی گرفتن از سابقهٔ رویدادها</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>فایل Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} events were written to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>{count} رویداد در {path} نوشته شد. این فایل رمزگذاری نشده است: آن را در جای امن نگه دارید و وقتی دیگر لازم نیست، حذفش کنید.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Create &amp;backup …</source>
        <translation>ایجاد &amp;نسخهٔ پشتیبان …</translation>
    </message>
    <message>
        <source>&amp;Restore backup …</source>
        <translation>&amp;بازیابی نسخهٔ پشتیبان …</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>ایجاد نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Lotse backup (*.lotsebackup)</source>
        <translation>نسخهٔ پشتیبان Lotse (*.lotsebackup)</translation>
    </message>
    <message>
        <source>Creating and verifying the backup …</source>
        <translation>در حال ایجاد و بررسی نسخهٔ پشتیبان …</translation>
    </message>
    <message>
        <source>The backup was written and verified:
{path}

It is encrypted: a password of this database or the recovery key opens it. Keep a copy outside this computer (USB stick, network drive).</source>
        <translation>نسخهٔ پشتیبان نوشته و بررسی شد:
{path}

این نسخه رمزگذاری شده است: رمز عبور یکی از کاربران این پایگاه داده یا کلید بازیابی آن را باز می‌کند. یک کپی بیرون از این کامپیوتر نگه دارید (حافظهٔ USB، درایو شبکه).</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>بازیابی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Replace the current database with the backup {name}? Everything entered since the backup was made is replaced; the current database is kept as a backup in the folder backups.</source>
        <translation>پایگاه دادهٔ فعلی با نسخهٔ پشتیبان {name} جایگزین شود؟ هر چیزی که پس از تهیهٔ این نسخه وارد شده، جایگزین می‌شود؛ پایگاه دادهٔ فعلی به‌عنوان نسخهٔ پشتیبان در پوشهٔ backups نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Your password (it opens backups made under other keys):</source>
        <translation>رمز عبور شما (نسخه‌های پشتیبانی را که با کلیدهای دیگر ساخته شده‌اند باز می‌کند):</translation>
    </message>
    <message>
        <source>Verifying and restoring the backup …</source>
        <translation>در حال بررسی و بازیابی نسخهٔ پشتیبان …</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept in
{path}

Please log in again.</source>
        <translation>نسخهٔ پشتیبان بازیابی شد. پایگاه دادهٔ قبلی در این مسیر نگه داشته شده است:
{path}

لطفاً دوباره وارد شوید.</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Nothing was changed yet.

Wait for it again?</source>
        <translation>فرایند دیگری همین حالا در حال نوشتن در پایگاه داده است (یک ورود داده، یک نسخهٔ پشتیبان یا برنامهٔ Lotse دیگری). هنوز چیزی تغییر نکرده است.

دوباره منتظر بمانیم؟</translation>
    </message>
</context>
<context>
    <name>CaseCoursesModel</name>
    <message>
        <source>Course</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>بازهٔ زمانی</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>جلسات حضور</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>ساعت‌های حضور</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>گواهی صادر شده</translation>
    </message>
    <message>
        <source>{attended} of {total}</source>
        <translation>{attended} از {total}</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>New c&amp;onsultation</source>
        <translation>&amp;مشاورهٔ جدید</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Close c&amp;ase</source>
        <translation>&amp;بستن پرونده</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;بازگشایی</translation>
    </message>
    <message>
        <source>&amp;Merge …</source>
        <translation>&amp;ادغام …</translation>
    </message>
    <message>
        <source>Merge a second case file of the same person</source>
        <translation>ادغام پروندهٔ دوم همین شخص</translation>
    </message>
    <message>
        <source>Make a&amp;ppointment …</source>
        <translation>تعیین &amp;وقت ملاقات …</translation>
    </message>
    <message>
        <source>Book an appointment with this person (and print the letter)</source>
        <translation>تعیین وقت ملاقات با این شخص (و چاپ نامه)</translation>
    </message>
    <message>
        <source>Right of access (Art. &amp;15) …</source>
        <translation>حق دسترسی (ماده &amp;15) …</translation>
    </message>
    <message>
        <source>Everything Lotse holds about this person, as PDF and JSON (Art. 15 GDPR)</source>
        <translation>همهٔ اطلاعاتی که Lotse دربارهٔ این شخص نگه می‌دارد، به‌صورت PDF و JSON (مادهٔ 15 مقررات عمومی حفاظت از داده‌ها، DSGVO)</translation>
    </message>
    <message>
        <source>De&amp;lete …</source>
        <translation>&amp;حذف …</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data on request (Art. 17 GDPR)</source>
        <translation>پاک کردن داده‌های شخص به درخواست خودش (مادهٔ 17 مقررات عمومی حفاظت از داده‌ها، DSGVO)</translation>
    </message>
    <message>
        <source>&amp;More actions</source>
        <translation>&amp;اقدامات بیشتر</translation>
    </message>
    <message>
        <source>Notice handed over &amp;today</source>
        <translation>اطلاعیه &amp;امروز تحویل داده شد</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>مشاوره‌ها</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>به رسمیت شناختن مدرک</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>شروع به کارها</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>رضایت‌ها</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>تاندم</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>Case {case} – {name}</source>
        <translation>پرونده {case} – {name}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} سال</translation>
    </message>
    <message>
        <source>Advisor: {name}</source>
        <translation>مشاور: {name}</translation>
    </message>
    <message>
        <source>The Art. 13 GDPR information notice has not been recorded as handed over.</source>
        <translation>تحویل اطلاعیهٔ مادهٔ 13 مقررات عمومی حفاظت از داده‌ها (DSGVO) هنوز ثبت نشده است.</translation>
    </message>
    <message>
        <source>Consultation – {name} ({case})</source>
        <translation>مشاوره – {name} ({case})</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>ویرایش مشاوره</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>شروع به کار</translation>
    </message>
    <message>
        <source>The person took up work. Record the placement now (employer, sector, start, contract)?</source>
        <translation>این شخص کاری را شروع کرده است. شروع به کار همین حالا ثبت شود (کارفرما، رشتهٔ اقتصادی، تاریخ شروع، نوع قرارداد)؟</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>بازگشایی پرونده</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>چرا پرونده دوباره باز می‌شود؟</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>حذف پرونده</translation>
    </message>
    <message>
        <source>Folder for the access files – they are not encrypted</source>
        <translation>پوشه برای فایل‌های حق دسترسی – این فایل‌ها رمزگذاری نشده‌اند</translation>
    </message>
    <message>
        <source>Collecting everything about the person …</source>
        <translation>در حال جمع‌آوری همهٔ اطلاعات این شخص …</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>حق دسترسی</translation>
    </message>
    <message>
        <source>Written: {files}. The files are not encrypted: hand them to the person and delete them afterwards.</source>
        <translation>نوشته شد: {files}. این فایل‌ها رمزگذاری نشده‌اند: آن‌ها را به شخص بدهید و سپس حذفشان کنید.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Edit case {case}</source>
        <translation>ویرایش پروندهٔ {case}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>پروندهٔ جدید</translation>
    </message>
    <message>
        <source>empty when living in Germany</source>
        <translation>اگر ساکن آلمان است، خالی بگذارید</translation>
    </message>
    <message>
        <source>e.g. Syrien; Deutschland or SY; DE</source>
        <translation>مثلاً Syrien; Deutschland یا SY; DE</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Kurdisch or ar; ku</source>
        <translation>مثلاً Arabisch; Kurdisch یا ar; ku</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>کشور محل اخذ مدرک تحصیلی مدرسه</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>کشور محل اخذ مدرک حرفه‌ای</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;نام *</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>نام خانوا&amp;دگی *</translation>
    </message>
    <message>
        <source>&amp;Gender *</source>
        <translation>&amp;جنسیت *</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>تا&amp;ریخ تولد</translation>
    </message>
    <message>
        <source>Stree&amp;t</source>
        <translation>&amp;خیابان</translation>
    </message>
    <message>
        <source>Post&amp;code / city</source>
        <translation>&amp;کد پستی / شهر</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;تلفن</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;ایمیل</translation>
    </message>
    <message>
        <source>Living abroa&amp;d in</source>
        <translation>مح&amp;ل سکونت در خارج از کشور</translation>
    </message>
    <message>
        <source>Background and qualifications</source>
        <translation>پیشینه و مدارک</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>تا&amp;بعیت‌ها:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;زبان‌ها:</translation>
    </message>
    <message>
        <source>Country of b&amp;irth:</source>
        <translation>کشور &amp;محل تولد:</translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation>&amp;وضعیت اقامت:</translation>
    </message>
    <message>
        <source>&amp;Year of arrival:</source>
        <translation>&amp;سال ورود:</translation>
    </message>
    <message>
        <source>Sc&amp;hool qualification:</source>
        <translation>مدرک تح&amp;صیلی مدرسه:</translation>
    </message>
    <message>
        <source>&amp;Vocational qualification:</source>
        <translation>مدرک &amp;حرفه‌ای:</translation>
    </message>
    <message>
        <source>Reference &amp;occupation:</source>
        <translation>ش&amp;غل مرجع:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>شغل دارای مقررات ویژه:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>وضعیت به رسمیت شناختن:</translation>
    </message>
    <message>
        <source>&amp;Knowledge of German:</source>
        <translation>&amp;آشنایی با زبان آلمانی:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>آشنایی با ما از طریق:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>م&amp;شاور:</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>تو&amp;ضیحات:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>country obtained</source>
        <translation>کشور محل اخذ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Possibly already recorded: {cases}. Please check before saving.</source>
        <translation>شاید از قبل ثبت شده باشد: {cases}. لطفاً پیش از ذخیره بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>شمارهٔ پرونده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>سن</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>تابعیت‌ها</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>مشاور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>پیگیری بعدی</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Search name, case number or phone (Ctrl+F)</source>
        <translation>جستجوی نام، شمارهٔ پرونده یا تلفن (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>جستجوی پرونده‌ها</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>همهٔ پروژه‌ها</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>همهٔ مشاوران</translation>
    </message>
    <message>
        <source>ESF data incomplete</source>
        <translation>دادهٔ ESF ناقص</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;پروندهٔ جدید</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n پرونده</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>هیچ پرونده‌ای با جستجو و فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No cases yet – add one with “New case” or import a sheet (File → Import spreadsheet).</source>
        <translation>هنوز پرونده‌ای نیست – با «پروندهٔ جدید» یکی ایجاد کنید یا یک جدول وارد کنید (فایل ← وارد کردن جدول).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Please choose your own password now.</source>
        <translation>مدیر سیستم برای شما یک رمز عبور موقت تعیین کرده است. لطفاً اکنون رمز عبور خودتان را انتخاب کنید.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>رمز عبور &amp;فعلی:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>رمز عبور &amp;جدید:</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>&amp;تکرار رمز عبور جدید:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Lotse reads the whole file and changes nothing yet.</source>
        <translation>Lotse کل فایل را می‌خواند و فعلاً چیزی را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;کپی فهرست</translation>
    </message>
    <message>
        <source>&amp;Save list …</source>
        <translation>&amp;ذخیرهٔ فهرست …</translation>
    </message>
    <message>
        <source>Checking the file …</source>
        <translation>در حال بررسی فایل …</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>بررسی لغو شد. چیزی تغییر نکرد.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported. Correct the file and start again.</source>
        <translation>
            <numerusform>فایل %n مشکل دارد. چیزی وارد نشد. فایل را اصلاح کنید و دوباره شروع کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is in order. The import will create {created}, update {updated} and leave {unchanged} unchanged.</source>
        <translation>همه‌چیز درست است. با وارد کردن، {created} ایجاد، {updated} به‌روزرسانی و {unchanged} بدون تغییر می‌ماند.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>ستون‌های نادیده‌گرفته‌شده: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of ESF projects have entry questions left empty. They are imported as not yet asked and listed as missing until answered.</source>
        <translation>
            <numerusform>در %n ردیف از پروژه‌های ESF، پرسش‌های ورود خالی مانده‌اند. این ردیف‌ها به‌عنوان «هنوز پرسیده نشده» وارد می‌شوند و تا زمان پاسخ‌دادن، در فهرست موارد ناقص می‌آیند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lotse corrected %n cell(s) in an obvious way; the list below shows how.</source>
        <translation>
            <numerusform>Lotse %n خانه را به روشی روشن و بی‌ابهام اصلاح کرد؛ فهرست زیر نشان می‌دهد چگونه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>اصلاح‌شده</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>ذخیرهٔ فهرست</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>فایل CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>بستن پرونده</translation>
    </message>
    <message>
        <source>Closing &amp;date:</source>
        <translation>&amp;تاریخ بستن:</translation>
    </message>
    <message>
        <source>Exit from {project}</source>
        <translation>خروج از {project}</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation>&amp;بستن پرونده</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>تاریخ بستن</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>{field}
    saved now: {saved}
    yours: {yours}</source>
        <translation>{field}
    ذخیره‌شده اکنون: {saved}
    ورودی شما: {yours}</translation>
    </message>
    <message>
        <source>Changed in the meantime</source>
        <translation>در این فاصله تغییر کرده است</translation>
    </message>
    <message>
        <source>&amp;Save mine</source>
        <translation>&amp;ذخیرهٔ ورودی‌های من</translation>
    </message>
    <message>
        <source>&amp;Keep the saved version</source>
        <translation>&amp;نگه‌داشتن نسخهٔ ذخیره‌شده</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;بازگشت به فرم</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاریخ اعطا</translation>
    </message>
    <message>
        <source>How</source>
        <translation>چگونه</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاریخ لغو</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>ارسال اطلاعات تماس به {partner}</translation>
    </message>
</context>
<context>
    <name>ConsentsPartnersTab</name>
    <message>
        <source>Consents asked at first contact</source>
        <translation>رضایت‌هایی که در اولین تماس پرسیده می‌شوند</translation>
    </message>
    <message>
        <source>A consent to pass contact data is asked for each active partner below. The texts of the forms are in the notice templates (see the manual).</source>
        <translation>رضایت برای ارسال اطلاعات تماس، برای هر یک از همکاران فعال زیر پرسیده می‌شود. متن فرم‌ها در الگوهای اطلاعیه است (راهنمای برنامه را ببینید).</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>سازمان‌های همکار</translation>
    </message>
    <message>
        <source>No partners yet – add one with “New partner”.</source>
        <translation>هنوز همکاری ثبت نشده است – با «همکار جدید» یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>New &amp;partner …</source>
        <translation>&amp;همکار جدید …</translation>
    </message>
    <message>
        <source>Edit p&amp;artner …</source>
        <translation>&amp;ویرایش همکار …</translation>
    </message>
    <message>
        <source>E&amp;xport contact data …</source>
        <translation>&amp;خروجی اطلاعات تماس …</translation>
    </message>
    <message>
        <source>The people who consented to passing their contact data to this partner</source>
        <translation>کسانی که با ارسال اطلاعات تماسشان به این همکار موافقت کرده‌اند</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>حفاظت از داده‌ها</translation>
    </message>
    <message>
        <source>Choose a partner in the list.</source>
        <translation>یک همکار را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Contact data for {partner} – not encrypted</source>
        <translation>اطلاعات تماس برای {partner} – رمزگذاری نشده</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>فایل Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>در حال خروجی گرفتن …</translation>
    </message>
    <message>
        <source>Written to {path}. Only people whose consent for this partner is recorded and not withdrawn are in it. The file is not encrypted: send it safely and delete it afterwards.</source>
        <translation>در {path} نوشته شد. فقط کسانی در آن هستند که رضایتشان برای این همکار ثبت شده و لغو نشده است. این فایل رمزگذاری نشده است: آن را به‌صورت امن بفرستید و سپس حذفش کنید.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>No consent and no information notice recorded yet – choose the kind below and “Record”.</source>
        <translation>هنوز هیچ رضایت و هیچ اطلاعیه‌ای ثبت نشده است – نوع را در پایین انتخاب کنید و «ثبت» را بزنید.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>رضایت‌ها</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>نوع رضایت</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>ارسال اطلاعات تماس به {partner}</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>نحوهٔ اعطا</translation>
    </message>
    <message>
        <source>— how given —</source>
        <translation>— نحوهٔ اعطا —</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاریخ اعطا</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;ثبت</translation>
    </message>
    <message>
        <source>&amp;Withdraw …</source>
        <translation>&amp;لغو رضایت …</translation>
    </message>
    <message>
        <source>Print &amp;notice …</source>
        <translation>&amp;چاپ اطلاعیه …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>چاپ &amp;فرم رضایت …</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>لغو رضایت</translation>
    </message>
    <message>
        <source>Choose a consent in the list first.</source>
        <translation>ابتدا یک رضایت را در فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;نیاز به مترجم</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ارجاع به</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, next steps</source>
        <translation>چه گفت‌وگو شد، چه توافق شد، گام‌های بعدی</translation>
    </message>
    <message>
        <source>Set a &amp;follow-up on</source>
        <translation>ت&amp;عیین پیگیری در تاریخ</translation>
    </message>
    <message>
        <source>Follow-up subject</source>
        <translation>موضوع پیگیری</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>پیگیری در تاریخ</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>چه باید کرد</translation>
    </message>
    <message>
        <source>at</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>for</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;شکل:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;موضوع‌ها:</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;ارجاع به:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;پروژه:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>Anonymous short contact: counts in the counselling statistics, not in ESF. Do not write names into the note.</source>
        <translation>تماس کوتاه بی‌نام: در آمار مشاوره شمرده می‌شود، نه در ESF. لطفاً در یادداشت نام ننویسید.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Return)</source>
        <translation>&amp;ذخیره (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Correct consultation – {title}</source>
        <translation>اصلاح مشاوره – {title}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>مشاور</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>شکل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>{language} (interpreter)</source>
        <translation>{language} (با مترجم)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>بی‌نام</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Follow-up from the consultation on {date}</source>
        <translation>پیگیری از مشاورهٔ تاریخ {date}</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>مشاوره‌ها</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>همهٔ مشاوران</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>همهٔ موضوع‌ها</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>همهٔ شکل‌ها</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>همهٔ زبان‌ها</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>فقط بی‌نام</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>&amp;تماس کوتاه بی‌نام</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>No consultations in this period. Open a case and write one with “New consultation”.</source>
        <translation>در این بازهٔ زمانی مشاوره‌ای نیست. یک پرونده را باز کنید و با «مشاورهٔ جدید» یکی ثبت کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n مشاوره</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Consultations</source>
        <translation>مشاوره‌ها</translation>
    </message>
    <message>
        <source>New consultation …</source>
        <translation>مشاورهٔ جدید …</translation>
    </message>
    <message>
        <source>Coming appointments</source>
        <translation>وقت‌های ملاقات آینده</translation>
    </message>
    <message>
        <source>No appointments planned – book one with “Make appointment”.</source>
        <translation>وقت ملاقاتی برنامه‌ریزی نشده است – با «تعیین وقت ملاقات» یکی تعیین کنید.</translation>
    </message>
    <message>
        <source>Make appointment …</source>
        <translation>تعیین وقت ملاقات …</translation>
    </message>
    <message>
        <source>Record appointment as consultation</source>
        <translation>ثبت وقت ملاقات به‌عنوان مشاوره</translation>
    </message>
    <message>
        <source>No consultations yet – write the first with “New consultation”.</source>
        <translation>هنوز مشاوره‌ای نیست – اولی را با «مشاورهٔ جدید» ثبت کنید.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} دقیقه</translation>
    </message>
    <message>
        <source>{language}, with interpreter</source>
        <translation>{language}، با مترجم</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>موضوع‌ها:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Delete …</source>
        <translation>حذف …</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>حذف مشاوره</translation>
    </message>
    <message>
        <source>The consultation and its note are deleted for good. Why is it deleted (e.g. entered in the wrong case)?</source>
        <translation>مشاوره و یادداشت آن برای همیشه حذف می‌شوند. چرا حذف می‌شود (مثلاً در پروندهٔ اشتباه ثبت شده)؟</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>ویرایش دوره</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>دورهٔ جدید</translation>
    </message>
    <message>
        <source>e.g. German B1 evening course</source>
        <translation>مثلاً دورهٔ شبانهٔ آلمانی B1</translation>
    </message>
    <message>
        <source>who runs it, e.g. our club or a language school</source>
        <translation>برگزارکننده، مثلاً انجمن ما یا یک آموزشگاه زبان</translation>
    </message>
    <message>
        <source>— no project —</source>
        <translation>— بدون پروژه —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ن&amp;وع:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;برگزارکننده:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;پروژه:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>روز &amp;اول:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>روز &amp;آخر:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>م&amp;کان:</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>تو&amp;ضیحات:</translation>
    </message>
    <message>
        <source>Hours attended in a course of a project count towards the project&apos;s minimum support of the ESF statistics.</source>
        <translation>ساعت‌های حضور در دوره‌ای که به یک پروژه تعلق دارد، در آمار ESF جزو حداقل حمایت پروژه شمرده می‌شود.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>روز اول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>روز آخر</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Course</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>بازهٔ زمانی</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>برگزارکننده</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروژه</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>جلسهٔ بعدی</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>Language courses, qualifications and trainings: who takes part, attendance per session, lists to sign and certificates.</source>
        <translation>دوره‌های زبان، دوره‌های مهارت‌آموزی و کارگاه‌ها: چه کسانی شرکت می‌کنند، حضور در هر جلسه، فهرست‌های امضا و گواهی‌های شرکت.</translation>
    </message>
    <message>
        <source>&amp;New course …</source>
        <translation>&amp;دورهٔ جدید …</translation>
    </message>
    <message>
        <source>&amp;Edit course …</source>
        <translation>&amp;ویرایش دوره …</translation>
    </message>
    <message>
        <source>&amp;Delete course</source>
        <translation>&amp;حذف دوره</translation>
    </message>
    <message>
        <source>No courses yet – add one with “New course”.</source>
        <translation>هنوز دوره‌ای نیست – با «دورهٔ جدید» یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>Space: next state · 1 present · 2 excused · 3 absent · Del: clear · F2: choose from the list</source>
        <translation>فاصله: وضعیت بعدی · 1 حاضر · 2 غیبت موجه · 3 غایب · Del: پاک کردن · F2: انتخاب از فهرست</translation>
    </message>
    <message>
        <source>Double-click a name to open the case</source>
        <translation>برای باز کردن پرونده روی نام دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Add &amp;session …</source>
        <translation>افزودن &amp;جلسه …</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;برداشتن جلسه</translation>
    </message>
    <message>
        <source>Enrol &amp;participant …</source>
        <translation>&amp;ثبت‌نام شرکت‌کننده …</translation>
    </message>
    <message>
        <source>Remove par&amp;ticipant</source>
        <translation>برداشتن &amp;شرکت‌کننده</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF) …</source>
        <translation>&amp;فهرست حضور (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Certificates (PDF) …</source>
        <translation>&amp;گواهی‌ها (PDF) …</translation>
    </message>
    <message>
        <source>The list to sign for the session of the current column</source>
        <translation>فهرست امضا برای جلسهٔ ستون انتخاب‌شده</translation>
    </message>
    <message>
        <source>For the selected participants; issued today</source>
        <translation>برای شرکت‌کنندگان انتخاب‌شده؛ با تاریخ امروز صادر می‌شود</translation>
    </message>
    <message>
        <source>Choose a course above to see its attendance.</source>
        <translation>یک دوره را در بالا انتخاب کنید تا حضور آن را ببینید.</translation>
    </message>
    <message>
        <source>No sessions yet – add them with “Add session”.</source>
        <translation>هنوز جلسه‌ای نیست – با «افزودن جلسه» اضافه کنید.</translation>
    </message>
    <message>
        <source>Nobody enrolled yet – add people with “Enrol participant”.</source>
        <translation>هنوز کسی ثبت‌نام نشده است – با «ثبت‌نام شرکت‌کننده» افراد را اضافه کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) from other advisors&apos; cases are not shown.</source>
        <translation>
            <numerusform>%n شرکت‌کننده از پرونده‌های مشاوران دیگر نشان داده نمی‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>حذف دوره</translation>
    </message>
    <message>
        <source>Delete the course {title} with its sessions and its list of participants?</source>
        <translation>دورهٔ {title} همراه با جلسه‌ها و فهرست شرکت‌کنندگانش حذف شود؟</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>برداشتن جلسه</translation>
    </message>
    <message>
        <source>Choose a cell of the session first.</source>
        <translation>ابتدا یک خانه از آن جلسه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>برداشتن شرکت‌کننده</translation>
    </message>
    <message>
        <source>Remove {name} from the course? Their ticked attendance is removed too.</source>
        <translation>{name} از دوره برداشته شود؟ حضورهای ثبت‌شدهٔ او هم برداشته می‌شود.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>فهرست حضور</translation>
    </message>
    <message>
        <source>The course has no sessions yet.</source>
        <translation>این دوره هنوز جلسه‌ای ندارد.</translation>
    </message>
    <message>
        <source>Save attendance list – the file will not be encrypted</source>
        <translation>ذخیرهٔ فهرست حضور – فایل رمزگذاری نخواهد شد</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the attendance list …</source>
        <translation>در حال نوشتن فهرست حضور …</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>گواهی‌های شرکت</translation>
    </message>
    <message>
        <source>Select the participants who receive a certificate first.</source>
        <translation>ابتدا شرکت‌کنندگانی را که گواهی می‌گیرند انتخاب کنید.</translation>
    </message>
    <message>
        <source>Folder for the certificates – the files will not be encrypted</source>
        <translation>پوشه برای گواهی‌ها – فایل‌ها رمزگذاری نخواهند شد</translation>
    </message>
    <message>
        <source>Writing certificates …</source>
        <translation>در حال نوشتن گواهی‌ها …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written (not encrypted).</source>
        <translation>
            <numerusform>%n فایل نوشته شد (رمزگذاری نشده).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;باز کردن پوشه</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Not enrolled in any course. Courses are planned and attendance is ticked in the Courses section.</source>
        <translation>در هیچ دوره‌ای ثبت‌نام نشده است. دوره‌ها در بخش «دوره‌ها» برنامه‌ریزی و حضور در آن‌جا ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>Hours attended in all courses: {hours}</source>
        <translation>ساعت‌های حضور در همهٔ دوره‌ها: {hours}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Lotse – unexpected error</source>
        <translation>Lotse – خطای پیش‌بینی‌نشده</translation>
    </message>
    <message>
        <source>Something went wrong that Lotse did not expect. Your saved data is safe. Please copy this report and send it to whoever looks after Lotse for your club. The report is also in the log file:
{log_file}</source>
        <translation>خطایی رخ داد که Lotse انتظارش را نداشت. داده‌های ذخیره‌شدهٔ شما سالم است. لطفاً این گزارش را کپی کنید و برای کسی بفرستید که در انجمن شما مسئول Lotse است. این گزارش در فایل لاگ هم هست:
{log_file}</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;کپی گزارش</translation>
    </message>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Lotse is locked.</source>
        <translation>Lotse قفل است.</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>محل نگهداری داده‌های شما</translation>
    </message>
    <message>
        <source>All of Lotse&apos;s data is in one folder. Back it up regularly; to move to a new computer, copy the whole folder.</source>
        <translation>همهٔ داده‌های Lotse در یک پوشه است. به‌طور منظم از آن نسخهٔ پشتیبان بگیرید؛ برای انتقال به کامپیوتر جدید، کل پوشه را کپی کنید.</translation>
    </message>
    <message>
        <source>On this &amp;computer (recommended)</source>
        <translation>روی همین &amp;کامپیوتر (توصیه‌شده)</translation>
    </message>
    <message>
        <source>In another &amp;folder or on a USB stick:</source>
        <translation>در &amp;پوشه‌ای دیگر یا روی حافظهٔ USB:</translation>
    </message>
    <message>
        <source>Database on a &amp;server (team)</source>
        <translation>پایگاه داده روی &amp;سرور (کار تیمی)</translation>
    </message>
    <message>
        <source>For an office where several people work at the same time: the data is in a PostgreSQL database that your club or its umbrella organisation runs.</source>
        <translation>برای دفتری که چند نفر هم‌زمان در آن کار می‌کنند: داده‌ها در یک پایگاه دادهٔ PostgreSQL است که انجمن شما یا سازمان مادر آن اداره می‌کند.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>انتخاب پوشه</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>پوشهٔ دیگر</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <source>The folder is set with --data-dir.</source>
        <translation>پوشه با --data-dir تعیین شده است.</translation>
    </message>
    <message>
        <source>The folder is set by LOTSE_DATA_DIR.</source>
        <translation>پوشه با LOTSE_DATA_DIR تعیین شده است.</translation>
    </message>
    <message>
        <source>This is a portable Lotse: the data stays beside the program.</source>
        <translation>این یک Lotse قابل‌حمل است: داده‌ها کنار برنامه می‌مانند.</translation>
    </message>
    <message>
        <source>The database will be created here:
{path}</source>
        <translation>پایگاه داده این‌جا ایجاد می‌شود:
{path}</translation>
    </message>
    <message>
        <source>Folder for Lotse&apos;s data</source>
        <translation>پوشه برای داده‌های Lotse</translation>
    </message>
    <message>
        <source>Choose the folder for Lotse&apos;s data.</source>
        <translation>پوشه‌ای را برای داده‌های Lotse انتخاب کنید.</translation>
    </message>
    <message>
        <source>Existing database</source>
        <translation>پایگاه دادهٔ موجود</translation>
    </message>
    <message>
        <source>This folder already holds a Lotse database:
{path}

Use it instead of creating a new one?</source>
        <translation>در این پوشه از قبل یک پایگاه دادهٔ Lotse هست:
{path}

به‌جای ایجاد پایگاه دادهٔ جدید، از همین استفاده شود؟</translation>
    </message>
    <message>
        <source>Choose an empty folder for a new database.</source>
        <translation>برای پایگاه دادهٔ جدید یک پوشهٔ خالی انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>مشاور</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>Allowances from other clubs</source>
        <translation>کمک‌هزینه از انجمن‌های دیگر</translation>
    </message>
    <message>
        <source>e.g. 300,00; 0 if none</source>
        <translation>مثلاً 300,00؛ اگر هیچ، 0</translation>
    </message>
    <message>
        <source>The tax-free cap counts per person across all clubs: what the volunteer received elsewhere reduces what this club may pay tax-free.</source>
        <translation>سقف معافیت مالیاتی برای هر شخص در مجموع همهٔ انجمن‌ها حساب می‌شود: آنچه داوطلب از جای دیگر دریافت کرده، از مبلغی که این انجمن می‌تواند بدون مالیات بپردازد کم می‌کند.</translation>
    </message>
    <message>
        <source>Vol&amp;unteer:</source>
        <translation>&amp;داوطلب:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;سال:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ن&amp;وع:</translation>
    </message>
    <message>
        <source>Received from &amp;other clubs (€):</source>
        <translation>دریافتی از &amp;انجمن‌های دیگر (€):</translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation>&amp;تاریخ اظهار:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>تاریخ اظهار</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating case files…</source>
        <translation>در حال ایجاد پرونده‌ها…</translation>
    </message>
    <message>
        <source>Creating consultations…</source>
        <translation>در حال ایجاد مشاوره‌ها…</translation>
    </message>
    <message>
        <source>Creating volunteers, hours and tandems…</source>
        <translation>در حال ایجاد داوطلبان، ساعت‌ها و تاندم‌ها…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>No document kept yet – signed questionnaires and consents, decisions and certificates can be added with “Add document”.</source>
        <translation>هنوز سندی نگهداری نشده است – پرسش‌نامه‌ها و رضایت‌نامه‌های امضاشده، تصمیم‌های اداری و مدارک را می‌توانید با «افزودن سند» اضافه کنید.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Add &amp;document …</source>
        <translation>افزودن &amp;سند …</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>با&amp;ز کردن</translation>
    </message>
    <message>
        <source>Shows the document in the program this computer uses for it. For that, Lotse writes an unencrypted copy into the data folder and deletes it when Lotse is closed.</source>
        <translation>سند را در برنامه‌ای نشان می‌دهد که این کامپیوتر برای آن به کار می‌برد. برای این کار، Lotse یک کپی رمزگذاری‌نشده در پوشهٔ داده‌ها می‌گذارد و هنگام بستن Lotse آن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy …</source>
        <translation>ذخیرهٔ &amp;کپی …</translation>
    </message>
    <message>
        <source>Dele&amp;te …</source>
        <translation>&amp;حذف …</translation>
    </message>
    <message>
        <source>Please choose a document in the list.</source>
        <translation>لطفاً یک سند را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it with a program of your choice.</source>
        <translation>هیچ برنامه‌ای روی این کامپیوتر این نوع فایل را باز نمی‌کند. یک کپی ذخیره کنید و آن را با برنامهٔ دلخواه خود باز کنید.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>ذخیرهٔ کپی سند</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted: delete it when it is no longer needed.</source>
        <translation>در {path} ذخیره شد. این کپی رمزگذاری نشده است: وقتی دیگر لازم نیست، حذفش کنید.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>حذف سند</translation>
    </message>
    <message>
        <source>Why is “{title}” deleted? (kept in the audit trail)</source>
        <translation>چرا «{title}» حذف می‌شود؟ (در سابقهٔ رویدادها ثبت می‌شود)</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>چه اتفاقی می‌افتد</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>نگهداری تا</translation>
    </message>
    <message>
        <source>Anonymise case file</source>
        <translation>بی‌نام‌سازی پرونده</translation>
    </message>
    <message>
        <source>Anonymise former volunteer</source>
        <translation>بی‌نام‌سازی داوطلب پیشین</translation>
    </message>
    <message>
        <source>Delete police clearance (§ 72a SGB VIII)</source>
        <translation>حذف اطلاعات گواهی عدم سوءپیشینه (§ 72a SGB VIII)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol participant – {course}</source>
        <translation>ثبت‌نام شرکت‌کننده – {course}</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>نام یا شمارهٔ پرونده</translation>
    </message>
    <message>
        <source>Matching case files</source>
        <translation>پرونده‌های منطبق</translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation>&amp;جستجوی پرونده:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;ثبت‌نام</translation>
    </message>
    <message>
        <source>Participant: find and choose a case file first.</source>
        <translation>شرکت‌کننده: ابتدا یک پرونده را جستجو و انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>required after the 4-week deadline</source>
        <translation>پس از پایان مهلت 4 هفته‌ای الزامی است</translation>
    </message>
    <message>
        <source>Enroll in a project</source>
        <translation>ثبت‌نام در یک پروژه</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;پروژه:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>&amp;تاریخ ورود:</translation>
    </message>
    <message>
        <source>Entry questionnaire {project}</source>
        <translation>پرسش‌نامهٔ ورود {project}</translation>
    </message>
    <message>
        <source>Entry on {entry} in {project}; entry data due by {due}.</source>
        <translation>ورود در {entry} به {project}؛ مهلت داده‌های ورود تا {due}.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;دلیل تغییر:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>تاریخ ورود</translation>
    </message>
</context>
<context>
    <name>EnrollmentModel</name>
    <message>
        <source>Project</source>
        <translation>پروژه</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>ESF entry data</source>
        <translation>داده‌های ورود ESF</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>دلیل خروج</translation>
    </message>
    <message>
        <source>Status after exit</source>
        <translation>وضعیت پس از خروج</translation>
    </message>
    <message>
        <source>6-month follow-up</source>
        <translation>پیگیری 6 ماهه</translation>
    </message>
    <message>
        <source>not an ESF project</source>
        <translation>پروژهٔ ESF نیست</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, overdue since {date}</source>
        <translation>
            <numerusform>%n پرسش پرسیده نشده، عقب‌افتاده از {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, due by {date}</source>
        <translation>
            <numerusform>%n پرسش پرسیده نشده، مهلت تا {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded on {date}</source>
        <translation>ثبت‌شده در {date}</translation>
    </message>
    <message>
        <source>(exit data overdue)</source>
        <translation>(داده‌های خروج عقب‌افتاده)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>e.g. Tigrinya, Dari or ti</source>
        <translation>مثلاً Tigrinya, Dari یا ti</translation>
    </message>
</context>
<context>
    <name>EntryQuestionnaire</name>
    <message>
        <source>ESF entry questionnaire (situation on the entry date)</source>
        <translation>پرسش‌نامهٔ ورود ESF (وضعیت در روز ورود)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ماه</translation>
    </message>
    <message>
        <source>&amp;Employment status:</source>
        <translation>وضعیت &amp;اشتغال:</translation>
    </message>
    <message>
        <source>Unemployed &amp;for:</source>
        <translation>بیکار &amp;از:</translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation>بالاترین &amp;مدرک تحصیلی:</translation>
    </message>
    <message>
        <source>&amp;Disability:</source>
        <translation>&amp;معلولیت:</translation>
    </message>
    <message>
        <source>&amp;Minority:</source>
        <translation>&amp;اقلیت:</translation>
    </message>
    <message>
        <source>Foreign &amp;origin:</source>
        <translation>&amp;خاستگاه خارجی:</translation>
    </message>
    <message>
        <source>&amp;Homeless or excluded from housing:</source>
        <translation>&amp;بی‌خانمان یا محروم از مسکن:</translation>
    </message>
    <message>
        <source>&amp;Rural area:</source>
        <translation>&amp;منطقهٔ روستایی:</translation>
    </message>
    <message>
        <source>All questions answered: the entry data count as recorded.</source>
        <translation>به همهٔ پرسش‌ها پاسخ داده شد: داده‌های ورود ثبت‌شده به حساب می‌آیند.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not yet asked. They stay missing and are listed on the start page and in the ESF report until answered.</source>
        <translation>
            <numerusform>%n پرسش هنوز پرسیده نشده است. این پرسش‌ها تا زمان پاسخ، ناقص می‌مانند و در صفحهٔ آغاز و در گزارش ESF فهرست می‌شوند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Delete case {case}</source>
        <translation>حذف پروندهٔ {case}</translation>
    </message>
    <message>
        <source>The person asked for their data to be erased (Art. 17 GDPR). Choose the ground of the request.</source>
        <translation>این شخص درخواست کرده است داده‌هایش پاک شود (مادهٔ 17 مقررات عمومی حفاظت از داده‌ها، DSGVO). دلیل درخواست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <source>I have told the person why their data must be &amp;kept.</source>
        <translation>به شخص توضیح داده‌ام که چرا داده‌هایش باید &amp;نگهداری شود.</translation>
    </message>
    <message>
        <source>&amp;Remove what is not needed</source>
        <translation>&amp;برداشتن موارد غیرضروری</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The server&apos;s own backups still hold the data until they are replaced: tell whoever runs the server. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>همهٔ اطلاعات این شخص برای همیشه پاک می‌شود: پرونده، مشاوره‌ها و یادداشت‌ها، پروژه‌ها، پیگیری‌ها، رضایت‌ها، تاندم‌ها و پیش‌نویس‌ها؛ ساعت‌هایی که داوطلبان با او گذرانده‌اند، بدون پیوند به او باقی می‌مانند. نسخه‌های پشتیبان خودِ سرور تا زمان جایگزینی، هنوز این داده‌ها را دارند: به کسی که سرور را اداره می‌کند خبر دهید. سابقهٔ رویدادها فقط نگه می‌دارد که این شمارهٔ پرونده پاک شده، توسط چه کسی، چه زمانی و به چه دلیلی.</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the data until they are replaced. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>همهٔ اطلاعات این شخص برای همیشه پاک می‌شود: پرونده، مشاوره‌ها و یادداشت‌ها، پروژه‌ها، پیگیری‌ها، رضایت‌ها، تاندم‌ها و پیش‌نویس‌ها؛ ساعت‌هایی که داوطلبان با او گذرانده‌اند، بدون پیوند به او باقی می‌مانند. نسخه‌های پشتیبان در پوشهٔ داده‌ها با یک نسخهٔ جدید جایگزین می‌شوند؛ کپی‌های جاهای دیگر (حافظه‌های USB) تا زمان جایگزینی، هنوز این داده‌ها را دارند. سابقهٔ رویدادها فقط نگه می‌دارد که این شمارهٔ پرونده پاک شده، توسط چه کسی، چه زمانی و به چه دلیلی.</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone.</source>
        <translation>می‌دانم که این کار &amp;برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;پاک کردن برای همیشه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Removing …</source>
        <translation>در حال برداشتن …</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>در حال پاک کردن …</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Case number: there is no case {number}.</source>
        <translation>شمارهٔ پرونده: پرونده‌ای با شمارهٔ {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>Folder: {path} is a file; choose a folder.</source>
        <translation>پوشه: {path} یک فایل است؛ یک پوشه انتخاب کنید.</translation>
    </message>
    <message>
        <source>The account {user} was deactivated. Please log in again.</source>
        <translation>حساب {user} غیرفعال شد. لطفاً دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>User {user} (role {role}) may not do this ({permission}).</source>
        <translation>کاربر {user} (نقش {role}) اجازهٔ این کار را ندارد ({permission}).</translation>
    </message>
    <message>
        <source>{label}: must be more than 0 euro.</source>
        <translation>{label}: باید بیش از 0 یورو باشد.</translation>
    </message>
    <message>
        <source>{label}: an allowance pays for work; give the first and last day of the work it compensates.</source>
        <translation>{label}: کمک‌هزینه بابت فعالیت پرداخت می‌شود؛ روز اول و روز آخر فعالیت‌هایی را که جبران می‌کند وارد کنید.</translation>
    </message>
    <message>
        <source>{label}: the last day must not lie before the first.</source>
        <translation>{label}: روز آخر نباید پیش از روز اول باشد.</translation>
    </message>
    <message>
        <source>This volunteer does not exist (any more).</source>
        <translation>این داوطلب وجود ندارد (دیگر وجود ندارد).</translation>
    </message>
    <message>
        <source>User {user} may not record declarations.</source>
        <translation>کاربر {user} اجازهٔ ثبت اظهارنامه ندارد.</translation>
    </message>
    <message>
        <source>Kind: expense refunds have no cap and need no declaration.</source>
        <translation>نوع: بازپرداخت هزینه‌ها سقف ندارد و به اظهارنامه نیاز ندارد.</translation>
    </message>
    <message>
        <source>Year: a year from 2000 to 2100 is allowed.</source>
        <translation>سال: سالی از 2000 تا 2100 مجاز است.</translation>
    </message>
    <message>
        <source>{label}: please choose an advisor.</source>
        <translation>{label}: لطفاً یک مشاور انتخاب کنید.</translation>
    </message>
    <message>
        <source>{label}: a new appointment must not lie in the past.</source>
        <translation>{label}: وقت ملاقات جدید نباید در گذشته باشد.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} minutes are allowed.</source>
        <translation>{label}: از {low} تا {high} دقیقه مجاز است.</translation>
    </message>
    <message>
        <source>{label}: an appointment with a case file takes no other name.</source>
        <translation>{label}: وقت ملاقاتی که پرونده دارد، نام دیگری نمی‌گیرد.</translation>
    </message>
    <message>
        <source>{label}: please choose an active advisor.</source>
        <translation>{label}: لطفاً یک مشاور فعال انتخاب کنید.</translation>
    </message>
    <message>
        <source>Advisor: you may only book appointments for yourself.</source>
        <translation>مشاور: شما فقط می‌توانید برای خودتان وقت ملاقات تعیین کنید.</translation>
    </message>
    <message>
        <source>{label}: {advisor} already has an appointment on {date} at {time} ({whom}).</source>
        <translation>{label}: {advisor} در {date} ساعت {time} از قبل یک وقت ملاقات دارد ({whom}).</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>این وقت ملاقات دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This appointment belongs to another advisor&apos;s case.</source>
        <translation>این وقت ملاقات به پروندهٔ مشاور دیگری تعلق دارد.</translation>
    </message>
    <message>
        <source>{label}: this appointment became a consultation; it stays held.</source>
        <translation>{label}: این وقت ملاقات به مشاوره تبدیل شده است؛ وضعیت آن «برگزار شد» می‌ماند.</translation>
    </message>
    <message>
        <source>This appointment already became a consultation.</source>
        <translation>این وقت ملاقات قبلاً به مشاوره تبدیل شده است.</translation>
    </message>
    <message>
        <source>To: the end of the period lies before its start.</source>
        <translation>تا: پایان بازهٔ زمانی پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>Action: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>عملیات: مقدار ناشناختهٔ &apos;{value}&apos;. مجاز: {allowed}.</translation>
    </message>
    <message>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation>نام کاربری یا رمز عبور اشتباه است، یا حساب غیرفعال است.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account. Please wait {seconds} seconds and try again, or ask an administrator to unlock it.</source>
        <translation>برای این حساب رمز عبور اشتباه بیش از حد وارد شده است. لطفاً {seconds} ثانیه صبر کنید و دوباره تلاش کنید، یا از مدیر سیستم بخواهید قفل آن را باز کند.</translation>
    </message>
    <message>
        <source>Backup file: the folder {folder} does not exist.</source>
        <translation>فایل پشتیبان: پوشهٔ {folder} وجود ندارد.</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: {reason}</source>
        <translation>نسخهٔ پشتیبان بررسی نشد و نگه داشته نشد: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>نسخهٔ پشتیبان در {path} نوشته نشد: {reason}</translation>
    </message>
    <message>
        <source>The file was not restored and the current database is unchanged: {reason}</source>
        <translation>فایل بازیابی نشد و پایگاه دادهٔ فعلی تغییری نکرده است: {reason}</translation>
    </message>
    <message>
        <source>the file is not a Lotse backup</source>
        <translation>این فایل نسخهٔ پشتیبان Lotse نیست</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>فایل آسیب دیده است ({detail})</translation>
    </message>
    <message>
        <source>the backup belongs to another Lotse database, and your password does not open it</source>
        <translation>این نسخهٔ پشتیبان به پایگاه دادهٔ دیگری از Lotse تعلق دارد و رمز عبور شما آن را باز نمی‌کند</translation>
    </message>
    <message>
        <source>the backup was made by a newer version of Lotse</source>
        <translation>این نسخهٔ پشتیبان با نسخهٔ جدیدتری از Lotse ساخته شده است</translation>
    </message>
    <message>
        <source>the backup failed the integrity check ({detail})</source>
        <translation>نسخهٔ پشتیبان از بررسی سلامت رد شد ({detail})</translation>
    </message>
    <message>
        <source>a database on a server is restored by the server&apos;s administrator (from its pg_dump backups), not from a Lotse backup file</source>
        <translation>پایگاه دادهٔ روی سرور را مدیر سرور بازیابی می‌کند (از نسخه‌های پشتیبان pg_dump سرور)، نه از فایل پشتیبان Lotse</translation>
    </message>
    <message>
        <source>Backup file: {path} does not exist.</source>
        <translation>فایل پشتیبان: {path} وجود ندارد.</translation>
    </message>
    <message>
        <source>Keeping the current database as a backup…</source>
        <translation>در حال نگه‌داشتن پایگاه دادهٔ فعلی به‌عنوان نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Opening the restored database…</source>
        <translation>در حال باز کردن پایگاه دادهٔ بازیابی‌شده…</translation>
    </message>
    <message>
        <source>Both case files are enrolled in {projects}. Remove the wrong enrollment first (Projects tab, “Remove enrollment”), then merge.</source>
        <translation>هر دو پرونده در {projects} ثبت‌نام شده‌اند. ابتدا ثبت‌نام اشتباه را بردارید (زبانهٔ «پروژه‌ها»، «برداشتن ثبت‌نام»)، سپس ادغام کنید.</translation>
    </message>
    <message>
        <source>Both case files are enrolled in the course {courses}. Remove the wrong enrollment first (Courses section), then merge.</source>
        <translation>هر دو پرونده در دورهٔ {courses} ثبت‌نام شده‌اند. ابتدا ثبت‌نام اشتباه را بردارید (بخش «دوره‌ها»)، سپس ادغام کنید.</translation>
    </message>
    <message>
        <source>Choose a different case file to merge with this one.</source>
        <translation>برای ادغام با این پرونده، پروندهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Only an administrator may remove an enrollment.</source>
        <translation>فقط مدیر سیستم می‌تواند ثبت‌نام را بردارد.</translation>
    </message>
    <message>
        <source>This project enrollment no longer exists.</source>
        <translation>این ثبت‌نام در پروژه دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>{label}: please choose one; &apos;not specified&apos; is possible too.</source>
        <translation>{label}: لطفاً یکی را انتخاب کنید؛ «اظهار نشده» هم ممکن است.</translation>
    </message>
    <message>
        <source>{label}: must lie between 1900 and today.</source>
        <translation>{label}: باید بین 1900 و امروز باشد.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use five digits.</source>
        <translation>{label}: &apos;{value}&apos; مجاز نیست. پنج رقم وارد کنید.</translation>
    </message>
    <message>
        <source>{label}: only for an address in Germany. For a person living abroad, leave it empty and write the foreign postcode with the town.</source>
        <translation>{label}: فقط برای نشانی در آلمان. برای کسی که در خارج از کشور زندگی می‌کند، خالی بگذارید و کد پستی خارجی را همراه با نام شهر بنویسید.</translation>
    </message>
    <message>
        <source>{label}: a year from 1900 to {year} is allowed.</source>
        <translation>{label}: سالی از 1900 تا {year} مجاز است.</translation>
    </message>
    <message>
        <source>{label}: only for a qualification that was obtained; leave it empty for none or unknown.</source>
        <translation>{label}: فقط برای مدرکی که کسب شده است؛ اگر مدرکی نیست یا نامعلوم است، خالی بگذارید.</translation>
    </message>
    <message>
        <source>Case {id} does not exist (any more).</source>
        <translation>پروندهٔ {id} وجود ندارد (دیگر وجود ندارد).</translation>
    </message>
    <message>
        <source>Case {case} is anonymised: it can no longer be changed.</source>
        <translation>پروندهٔ {case} بی‌نام شده است: دیگر نمی‌توان آن را تغییر داد.</translation>
    </message>
    <message>
        <source>The case file {case}</source>
        <translation>پروندهٔ {case}</translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation>فایل پایگاه دادهٔ {path} وجود ندارد.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Lotse database (perhaps a copy or a save was interrupted). Restore the latest backup.</source>
        <translation>فایل {path} خالی است: پایگاه دادهٔ Lotse نیست (شاید کپی یا ذخیره‌سازی نیمه‌کاره مانده است). آخرین نسخهٔ پشتیبان را بازیابی کنید.</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database, but not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>فایل {path} یک پایگاه دادهٔ SQLite است، اما پایگاه دادهٔ Lotse نیست (هیچ‌یک از جدول‌های Lotse را ندارد). Lotse آن را تغییر نداد.</translation>
    </message>
    <message>
        <source>The file {path} is a Lotse database from before encryption; the next administrator login encrypts it.</source>
        <translation>فایل {path} یک پایگاه دادهٔ Lotse از پیش از رمزگذاری است؛ ورود بعدی مدیر سیستم آن را رمزگذاری می‌کند.</translation>
    </message>
    <message>
        <source>The file is damaged ({details}). Restore the latest backup; Lotse did not change the file.</source>
        <translation>فایل آسیب دیده است ({details}). آخرین نسخهٔ پشتیبان را بازیابی کنید؛ Lotse فایل را تغییر نداد.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist (foreign keys), or the check could not run.</source>
        <translation>
            <numerusform>%n ردیف به ردیف‌هایی ارجاع می‌دهند که وجود ندارند (کلیدهای خارجی)، یا بررسی اجرا نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database ({reason}): it is damaged, belongs to other keys or is no database at all. Lotse did not change it.</source>
        <translation>فایل {path} به‌عنوان پایگاه دادهٔ Lotse خوانده نمی‌شود ({reason}): آسیب دیده است، به کلیدهای دیگری تعلق دارد یا اصلاً پایگاه داده نیست. Lotse آن را تغییر نداد.</translation>
    </message>
    <message>
        <source>The database on the server {server} cannot be read ({reason}). Lotse did not change it.</source>
        <translation>پایگاه داده روی سرور {server} خوانده نمی‌شود ({reason}). Lotse آن را تغییر نداد.</translation>
    </message>
    <message>
        <source>The database on the server {server} is not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>پایگاه داده روی سرور {server} پایگاه دادهٔ Lotse نیست (هیچ‌یک از جدول‌های Lotse را ندارد). Lotse آن را تغییر نداد.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>این مورد وجود ندارد (دیگر وجود ندارد).</translation>
    </message>
    <message>
        <source>{label}: &apos;;&apos; and &apos;,&apos; are not allowed; they separate several entries in a spreadsheet cell.</source>
        <translation>{label}: «;» و «,» مجاز نیستند؛ این نشانه‌ها چند مورد را در یک خانهٔ جدول از هم جدا می‌کنند.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; already exists.</source>
        <translation>{label}: «{name}» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; exists but is retired; take it back into use.</source>
        <translation>{label}: «{name}» وجود دارد اما بایگانی شده است؛ دوباره آن را به کار بگیرید.</translation>
    </message>
    <message>
        <source>{label}: this field is required.</source>
        <translation>{label}: پر کردن این فیلد الزامی است.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; is already on the list.</source>
        <translation>{label}: «{name}» از قبل در فهرست هست.</translation>
    </message>
    <message>
        <source>Languages keep their standard names; add another one instead.</source>
        <translation>زبان‌ها نام استاندارد خود را نگه می‌دارند؛ به‌جای آن، زبان دیگری اضافه کنید.</translation>
    </message>
    <message>
        <source>Consents asked: &apos;{value}&apos; cannot be chosen here (allowed: {allowed}; the consent for a partner is asked for each active partner).</source>
        <translation>رضایت‌های پرسیده‌شده: «{value}» را نمی‌توان این‌جا انتخاب کرد (مجاز: {allowed}؛ رضایت برای همکار، برای هر همکار فعال جداگانه پرسیده می‌شود).</translation>
    </message>
    <message>
        <source>Partner: &apos;{name}&apos; is already in the list.</source>
        <translation>همکار: «{name}» از قبل در فهرست هست.</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>این همکار دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Partner: a consent to pass data to a partner names one partner; other consents name none.</source>
        <translation>همکار: رضایت برای ارسال داده به همکار، دقیقاً یک همکار را نام می‌برد؛ رضایت‌های دیگر هیچ همکاری را نام نمی‌برند.</translation>
    </message>
    <message>
        <source>Partner: choose one of the club&apos;s active partners.</source>
        <translation>همکار: یکی از همکاران فعال انجمن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Consents: each consent can be answered once.</source>
        <translation>رضایت‌ها: به هر رضایت فقط یک بار می‌توان پاسخ داد.</translation>
    </message>
    <message>
        <source>Consents: the information notice is no consent.</source>
        <translation>رضایت‌ها: اطلاعیهٔ حفاظت از داده‌ها رضایت‌نامه نیست.</translation>
    </message>
    <message>
        <source>{label}: must not lie in the future.</source>
        <translation>{label}: نباید در آینده باشد.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>این رضایت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The information notice was handed over; it is no consent and cannot be withdrawn.</source>
        <translation>اطلاعیهٔ حفاظت از داده‌ها تحویل داده شده است؛ این اطلاعیه رضایت‌نامه نیست و نمی‌توان آن را لغو کرد.</translation>
    </message>
    <message>
        <source>{label}: this consent was already withdrawn.</source>
        <translation>{label}: این رضایت قبلاً لغو شده است.</translation>
    </message>
    <message>
        <source>{label}: the day the consent was given ({given}) or later.</source>
        <translation>{label}: روز اعطای رضایت ({given}) یا پس از آن.</translation>
    </message>
    <message>
        <source>{label}: from 1 to 600 minutes are allowed.</source>
        <translation>{label}: از 1 تا 600 دقیقه مجاز است.</translation>
    </message>
    <message>
        <source>{label}: must not be before the consultation.</source>
        <translation>{label}: نباید پیش از مشاوره باشد.</translation>
    </message>
    <message>
        <source>{label}: anonymous contacts cannot have a follow-up.</source>
        <translation>{label}: تماس‌های بی‌نام نمی‌توانند پیگیری داشته باشند.</translation>
    </message>
    <message>
        <source>Topics: unknown topic chosen.</source>
        <translation>موضوع‌ها: موضوع ناشناخته‌ای انتخاب شده است.</translation>
    </message>
    <message>
        <source>Referred to: unknown service chosen.</source>
        <translation>ارجاع به: مرکز ناشناخته‌ای انتخاب شده است.</translation>
    </message>
    <message>
        <source>This consultation does not exist (any more).</source>
        <translation>این مشاوره وجود ندارد (دیگر وجود ندارد).</translation>
    </message>
    <message>
        <source>Only the advisor who wrote a consultation or an administrator may change or delete it.</source>
        <translation>فقط مشاوری که مشاوره را ثبت کرده یا مدیر سیستم می‌تواند آن را تغییر دهد یا حذف کند.</translation>
    </message>
    <message>
        <source>The consultation of {day}</source>
        <translation>مشاورهٔ تاریخ {day}</translation>
    </message>
    <message>
        <source>Kind: please choose the kind of course from the list.</source>
        <translation>نوع: لطفاً نوع دوره را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Last day: {end} lies before the first day {start}.</source>
        <translation>روز آخر: {end} پیش از روز اول {start} است.</translation>
    </message>
    <message>
        <source>Date: {date} lies outside the course ({start} – {end}); choose a day within it or change the course&apos;s dates first.</source>
        <translation>تاریخ: {date} بیرون از بازهٔ دوره ({start} – {end}) است؛ روزی در این بازه انتخاب کنید یا ابتدا تاریخ‌های دوره را تغییر دهید.</translation>
    </message>
    <message>
        <source>Duration: {minutes} minutes is not allowed; a session lasts {low} to {high} minutes.</source>
        <translation>مدت: {minutes} دقیقه مجاز نیست؛ هر جلسه {low} تا {high} دقیقه طول می‌کشد.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>این دوره دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This course session no longer exists.</source>
        <translation>این جلسهٔ دوره دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This project does not exist.</source>
        <translation>این پروژه وجود ندارد.</translation>
    </message>
    <message>
        <source>First day / last day: the sessions on {dates} would lie outside the course; move or remove them first.</source>
        <translation>روز اول / روز آخر: جلسه‌های {dates} بیرون از بازهٔ دوره قرار می‌گیرند؛ ابتدا آن‌ها را جابه‌جا یا حذف کنید.</translation>
    </message>
    <message>
        <source>Course {course}: attendance is recorded in {n} cells; a course with attendance cannot be deleted.</source>
        <translation>دورهٔ {course}: در {n} خانه حضور ثبت شده است؛ دوره‌ای که حضور ثبت‌شده دارد، قابل حذف نیست.</translation>
    </message>
    <message>
        <source>Start time: the course already has a session on {date} at {time}.</source>
        <translation>ساعت شروع: این دوره در {date} ساعت {time} از قبل یک جلسه دارد.</translation>
    </message>
    <message>
        <source>Session on {date}: attendance is recorded for {n} people; clear their cells first.</source>
        <translation>جلسهٔ {date}: برای {n} نفر حضور ثبت شده است؛ ابتدا خانه‌های آن‌ها را خالی کنید.</translation>
    </message>
    <message>
        <source>Participant: {name} ({case}) is already enrolled in {course}.</source>
        <translation>شرکت‌کننده: {name} ({case}) از قبل در {course} ثبت‌نام شده است.</translation>
    </message>
    <message>
        <source>This course participation no longer exists.</source>
        <translation>این ثبت‌نام در دوره دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Attendance: the session on {date} has not taken place yet; only “excused” can be recorded in advance.</source>
        <translation>حضور: جلسهٔ {date} هنوز برگزار نشده است؛ از پیش فقط «غیبت موجه» را می‌توان ثبت کرد.</translation>
    </message>
    <message>
        <source>Attendance: {name} ({case}) is not enrolled in this course; enrol the person first.</source>
        <translation>حضور: {name} ({case}) در این دوره ثبت‌نام نشده است؛ ابتدا این شخص را ثبت‌نام کنید.</translation>
    </message>
    <message>
        <source>Certificate: {name} ({case}) has attended no session of {course} yet (only sessions ticked “present” count).</source>
        <translation>گواهی: {name} ({case}) هنوز در هیچ جلسه‌ای از {course} حاضر نبوده است (فقط جلسه‌هایی که «حاضر» علامت خورده‌اند شمرده می‌شوند).</translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Lotse waited 10 seconds; nothing was changed. Please try again in a moment.</source>
        <translation>فرایند دیگری همین حالا در حال نوشتن در پایگاه داده است (یک ورود داده، یک نسخهٔ پشتیبان یا برنامهٔ Lotse دیگری). Lotse ده ثانیه صبر کرد؛ چیزی تغییر نکرد. لطفاً کمی بعد دوباره تلاش کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n ESF entry questionnaire(s) had been saved untouched with answers the old form pre-selected. They were reset to &apos;not yet asked&apos; and are now listed as missing on the start page and in the ESF report.</source>
        <translation>
            <numerusform>%n پرسش‌نامهٔ ورود ESF بدون دست‌خوردگی و با پاسخ‌هایی ذخیره شده بود که فرم قدیمی از پیش انتخاب کرده بود. این پرسش‌نامه‌ها به «هنوز پرسیده نشده» برگردانده شدند و اکنون در صفحهٔ آغاز و در گزارش ESF به‌عنوان ناقص فهرست شده‌اند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) had a reference occupation or recognition status. Each now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</source>
        <translation>
            <numerusform>%n پرونده شغل مرجع یا وضعیت به رسمیت شناختن داشتند. اکنون هر کدام یک روند نخست به رسمیت شناختن مدرک (زبانهٔ «به رسمیت شناختن») با اطلاعات ثبت‌شده دارد؛ تاریخ‌ها هرگز پرسیده نشده بودند و خالی هستند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} is not a Lotse database (it has no Lotse tables, or it is empty). Lotse did not change it. Choose another data folder or restore a backup.</source>
        <translation>فایل {path} پایگاه دادهٔ Lotse نیست (جدول‌های Lotse را ندارد یا خالی است). Lotse آن را تغییر نداد. پوشهٔ دادهٔ دیگری انتخاب کنید یا یک نسخهٔ پشتیبان را بازیابی کنید.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged, so no password can open the database. Restore it from a backup, or restore a whole backup (Lotse backups carry their keys).</source>
        <translation>فایل کلید {path} آسیب دیده است، بنابراین هیچ رمز عبوری پایگاه داده را باز نمی‌کند. آن را از یک نسخهٔ پشتیبان بازیابی کنید، یا یک نسخهٔ پشتیبان کامل را بازیابی کنید (نسخه‌های پشتیبان Lotse کلیدهای خود را همراه دارند).</translation>
    </message>
    <message>
        <source>The key file {path} is missing, so no password can open the database. Put the file lotse.keys back beside lotse.sqlite3, or restore a backup.</source>
        <translation>فایل کلید {path} وجود ندارد، بنابراین هیچ رمز عبوری پایگاه داده را باز نمی‌کند. فایل lotse.keys را دوباره کنار lotse.sqlite3 بگذارید، یا یک نسخهٔ پشتیبان را بازیابی کنید.</translation>
    </message>
    <message>
        <source>There is no Lotse database in {path} yet. Run &apos;lotse init&apos; first.</source>
        <translation>در {path} هنوز پایگاه دادهٔ Lotse وجود ندارد. ابتدا &apos;lotse init&apos; را اجرا کنید.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key: the file is damaged or belongs to other keys ({reason}).</source>
        <translation>پایگاه دادهٔ {path} با این کلید باز نمی‌شود: فایل آسیب دیده است یا به کلیدهای دیگری تعلق دارد ({reason}).</translation>
    </message>
    <message>
        <source>There is no Lotse database on the server yet ({server}). Set it up first: lotse init --server &apos;{server}&apos; --org NAME --admin USER</source>
        <translation>هنوز هیچ پایگاه دادهٔ Lotse روی سرور ({server}) وجود ندارد. ابتدا آن را راه‌اندازی کنید: lotse init --server &apos;{server}&apos; --org NAME --admin USER</translation>
    </message>
    <message>
        <source>This database already holds case files, consultations or volunteers that were not made by the demo. Demo data is meant for an empty database: use a new data folder (--data-dir), or add --force to mix fake people with these.</source>
        <translation>این پایگاه داده از قبل پرونده‌ها، مشاوره‌ها یا داوطلبانی دارد که از دادهٔ نمونه نیستند. دادهٔ نمونه برای پایگاه دادهٔ خالی در نظر گرفته شده است: از یک پوشهٔ دادهٔ جدید استفاده کنید (--data-dir)، یا با --force افراد ساختگی را با این‌ها مخلوط کنید.</translation>
    </message>
    <message>
        <source>Participants: a whole number from 1 to {n} is allowed.</source>
        <translation>شرکت‌کنندگان: یک عدد صحیح از 1 تا {n} مجاز است.</translation>
    </message>
    <message>
        <source>This tandem no longer exists.</source>
        <translation>این تاندم دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Kind: choose what the document is.</source>
        <translation>نوع: انتخاب کنید این سند چه نوعی است.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: لطفاً یک تاریخ وارد کنید.</translation>
    </message>
    <message>
        <source>File: {path} cannot be read.</source>
        <translation>فایل: {path} خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>File: {name} has {size} MB; a document may have 1 byte to {max} MB.</source>
        <translation>فایل: {name} {size} مگابایت است؛ اندازهٔ سند می‌تواند از 1 بایت تا {max} مگابایت باشد.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>این سند دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The enrollment in {project}</source>
        <translation>ثبت‌نام در {project}</translation>
    </message>
    <message>
        <source>{label}: only allowed for unemployed people.</source>
        <translation>{label}: فقط برای افراد بیکار مجاز است.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 0 to 600 is allowed.</source>
        <translation>{label}: یک عدد صحیح از 0 تا 600 مجاز است.</translation>
    </message>
    <message>
        <source>The ESF questionnaires are only asked in ESF projects; {project} is not one.</source>
        <translation>پرسش‌نامه‌های ESF فقط در پروژه‌های ESF پرسیده می‌شوند؛ {project} پروژهٔ ESF نیست.</translation>
    </message>
    <message>
        <source>Project: please choose one.</source>
        <translation>پروژه: لطفاً یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Project: case {case} is already enrolled in {project}.</source>
        <translation>پروژه: پروندهٔ {case} از قبل در {project} ثبت‌نام شده است.</translation>
    </message>
    <message>
        <source>{label}: must lie within the project period.</source>
        <translation>{label}: باید در دورهٔ اجرای پروژه باشد.</translation>
    </message>
    <message>
        <source>{label}: entry answers describe the entry date; changing them more than four weeks after entry needs a reason.</source>
        <translation>{label}: پاسخ‌های ورود، وضعیت روز ورود را توصیف می‌کنند؛ تغییر آن‌ها بیش از چهار هفته پس از ورود، به دلیل نیاز دارد.</translation>
    </message>
    <message>
        <source>{label}: please choose one of the project&apos;s reasons.</source>
        <translation>{label}: لطفاً یکی از دلیل‌های تعریف‌شدهٔ پروژه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>{label}: must not be before the entry date {entry}.</source>
        <translation>{label}: نباید پیش از تاریخ ورود {entry} باشد.</translation>
    </message>
    <message>
        <source>6-month answers: record the exit first.</source>
        <translation>پاسخ‌های 6 ماهه: ابتدا خروج را ثبت کنید.</translation>
    </message>
    <message>
        <source>{label}: only asked of people who were employed or self-employed at entry.</source>
        <translation>{label}: فقط از کسانی پرسیده می‌شود که هنگام ورود شاغل یا خویش‌فرما بودند.</translation>
    </message>
    <message>
        <source>Case {case} is not closed.</source>
        <translation>پروندهٔ {case} بسته نیست.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Lotse (schema {revision}). Please install the newer Lotse; the file was left unchanged.</source>
        <translation>پایگاه دادهٔ {path} با نسخهٔ جدیدتری از Lotse نوشته شده است (طرح‌وارهٔ {revision}). لطفاً Lotse جدیدتر را نصب کنید؛ فایل تغییری نکرد.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>در پوشهٔ دادهٔ {path} نمی‌توان نوشت: {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database: {reason}</source>
        <translation>فایل {path} به‌عنوان پایگاه دادهٔ Lotse خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed (a copy is in {backup}): {reason}</source>
        <translation>به‌روزرسانی پایگاه دادهٔ {path} ناموفق بود و چیزی تغییر نکرد (یک کپی در {backup} است): {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed: {reason}</source>
        <translation>به‌روزرسانی پایگاه دادهٔ {path} ناموفق بود و چیزی تغییر نکرد: {reason}</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: Lotse could not write and left the data as it was. Please tell whoever runs the server.</source>
        <translation>دیسک سرور پایگاه داده پر است: Lotse نتوانست بنویسد و داده‌ها را همان‌طور که بودند باقی گذاشت. لطفاً به کسی که سرور را اداره می‌کند اطلاع دهید.</translation>
    </message>
    <message>
        <source>The database server refused this: the account Lotse uses there lacks the permission, or the server only reads. Nothing was changed. Please tell whoever runs the server.</source>
        <translation>سرور پایگاه داده این کار را نپذیرفت: حسابی که Lotse در آن‌جا به کار می‌برد مجوز لازم را ندارد، یا سرور فقط‌خواندنی است. چیزی تغییر نکرد. لطفاً به کسی که سرور را اداره می‌کند اطلاع دهید.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment, so nothing was saved. Please try again.</source>
        <translation>شخص دیگری در همان لحظه همین داده‌ها را تغییر داد، برای همین چیزی ذخیره نشد. لطفاً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>A volunteer&apos;s hours on one day may add up to at most 10 hours; hours saved meanwhile already fill this day. Nothing was changed.</source>
        <translation>مجموع ساعت‌های یک داوطلب در یک روز حداکثر 10 ساعت است؛ ساعت‌هایی که در این فاصله ذخیره شده‌اند این روز را پر کرده‌اند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The disk is full: Lotse could not write and left the data as it was. Free some space (or choose another folder) and try again.</source>
        <translation>دیسک پر است: Lotse نتوانست بنویسد و داده‌ها را همان‌طور که بودند باقی گذاشت. کمی فضا آزاد کنید (یا پوشهٔ دیگری انتخاب کنید) و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Lotse may not write here{where}: the file or its folder is read-only (a write-protected stick, missing permission). Nothing was changed.</source>
        <translation>Lotse اجازهٔ نوشتن در این‌جا را ندارد{where}: فایل یا پوشهٔ آن فقط‌خواندنی است (حافظهٔ USB محافظت‌شده در برابر نوشتن، نبود مجوز دسترسی). چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>{label}: counts must not be negative.</source>
        <translation>{label}: تعدادها نباید منفی باشند.</translation>
    </message>
    <message>
        <source>{label}: women, men and diverse add up to {sum}, more than the {total} attendees in total.</source>
        <translation>{label}: مجموع زنان، مردان و دیگر {sum} می‌شود، بیشتر از کل {total} شرکت‌کننده.</translation>
    </message>
    <message>
        <source>Kind: choose what kind of event it was.</source>
        <translation>نوع: انتخاب کنید چه نوع رویدادی بود.</translation>
    </message>
    <message>
        <source>Topics: choose topics from the club&apos;s list.</source>
        <translation>موضوع‌ها: موضوع‌ها را از فهرست انجمن انتخاب کنید.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>این پیگیری دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This Lotse version encrypts the database once before it is used again. Please ask an administrator to log in first.</source>
        <translation>این نسخه از Lotse پایگاه داده را یک بار، پیش از استفادهٔ دوباره، رمزگذاری می‌کند. لطفاً از مدیر سیستم بخواهید ابتدا وارد شود.</translation>
    </message>
    <message>
        <source>Encrypting the database failed and nothing was changed: {reason}</source>
        <translation>رمزگذاری پایگاه داده ناموفق بود و چیزی تغییر نکرد: {reason}</translation>
    </message>
    <message>
        <source>Goals: choose at least one goal or describe one.</source>
        <translation>هدف‌ها: دست‌کم یک هدف انتخاب یا توصیف کنید.</translation>
    </message>
    <message>
        <source>Meetings: choose how often the tandem meets.</source>
        <translation>دیدارها: انتخاب کنید تاندم هر چند وقت یک بار دیدار می‌کند.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has no valid police clearance on {date}; a tandem needs one.</source>
        <translation>داوطلب: {name} در تاریخ {date} گواهی عدم سوءپیشینهٔ معتبر ندارد؛ تاندم به این گواهی نیاز دارد.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has not taken part in the club&apos;s training by {date}; the club requires it before a tandem (Settings → General).</source>
        <translation>داوطلب: {name} تا تاریخ {date} در آموزش انجمن شرکت نکرده است؛ انجمن این آموزش را پیش از تاندم الزامی کرده است (تنظیمات ← عمومی).</translation>
    </message>
    <message>
        <source>{label}: an ended tandem needs the day it ended.</source>
        <translation>{label}: تاندمی که پایان یافته، به روز پایان نیاز دارد.</translation>
    </message>
    <message>
        <source>{label}: must not lie before the start ({start}).</source>
        <translation>{label}: نباید پیش از شروع ({start}) باشد.</translation>
    </message>
    <message>
        <source>The template {file} cannot be read: {problem}</source>
        <translation>الگوی {file} خوانده نمی‌شود: {problem}</translation>
    </message>
    <message>
        <source>The template {file} does not use the placeholders of the German one: missing {missing}; unknown {unknown}.</source>
        <translation>الگوی {file} از جای‌نگهدارهای الگوی آلمانی استفاده نمی‌کند: جاافتاده {missing}؛ ناشناخته {unknown}.</translation>
    </message>
    <message>
        <source>The organisation has not been set up.</source>
        <translation>سازمان هنوز راه‌اندازی نشده است.</translation>
    </message>
    <message>
        <source>Logo: the file is not a picture Lotse can read.</source>
        <translation>لوگو: این فایل تصویری نیست که Lotse بتواند بخواند.</translation>
    </message>
    <message>
        <source>Logo: at most {size} MB are allowed.</source>
        <translation>لوگو: حداکثر {size} مگابایت مجاز است.</translation>
    </message>
    <message>
        <source>Password: at least {n} characters are required.</source>
        <translation>رمز عبور: دست‌کم {n} نویسه لازم است.</translation>
    </message>
    <message>
        <source>Password: too easy to guess (common passwords, names, words of the club, keyboard rows and dates are tried first). Use a longer one, for example three or four unrelated words.</source>
        <translation>رمز عبور: حدس‌زدن آن خیلی آسان است (رمزهای رایج، نام‌ها، واژه‌های مربوط به انجمن، ردیف‌های صفحه‌کلید و تاریخ‌ها اول امتحان می‌شوند). رمز طولانی‌تری انتخاب کنید، مثلاً سه یا چهار واژهٔ بی‌ربط به هم.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} years are allowed.</source>
        <translation>{label}: از {low} تا {high} سال مجاز است.</translation>
    </message>
    <message>
        <source>Reason for the erasure: choose one of the grounds of Art. 17 (1).</source>
        <translation>دلیل پاک کردن: یکی از دلیل‌های مادهٔ 17 بند 1 را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The person&apos;s data must be kept: ESF projects have to keep their documents for years after the project ends (Art. 82 Regulation (EU) 2021/1060), which Art. 17 (3) (b) GDPR allows.</source>
        <translation>داده‌های این شخص باید نگهداری شوند: پروژه‌های ESF باید اسناد خود را تا سال‌ها پس از پایان پروژه نگه دارند (مادهٔ 82 آیین‌نامهٔ (EU) 2021/1060) و مادهٔ 17 بند 3 (b) مقررات عمومی حفاظت از داده‌ها (DSGVO) این را مجاز می‌داند.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>چیزی پاک نشد.</translation>
    </message>
    <message>
        <source>{code}: kept until some years after the project ends.</source>
        <translation>{code}: تا چند سال پس از پایان پروژه نگهداری می‌شود.</translation>
    </message>
    <message>
        <source>{code}: kept until {date}.</source>
        <translation>{code}: تا {date} نگهداری می‌شود.</translation>
    </message>
    <message>
        <source>Instead, what the project does not need can be removed now: notes, remarks, follow-ups, contact data and spoken languages.</source>
        <translation>به‌جای آن، آنچه پروژه به آن نیاز ندارد همین حالا قابل برداشتن است: یادداشت‌ها، توضیحات، پیگیری‌ها، اطلاعات تماس و زبان‌های گفتاری.</translation>
    </message>
    <message>
        <source>{label}: a whole number from {low} to {high} is allowed.</source>
        <translation>{label}: یک عدد صحیح از {low} تا {high} مجاز است.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use up to 20 letters, digits, dot, hyphen or underscore.</source>
        <translation>{label}: &apos;{value}&apos; مجاز نیست. حداکثر 20 حرف، رقم، نقطه، خط تیره یا زیرخط به کار ببرید.</translation>
    </message>
    <message>
        <source>{label}: must not be before the start date.</source>
        <translation>{label}: نباید پیش از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 1 to 30 is allowed.</source>
        <translation>{label}: یک عدد صحیح از 1 تا 30 مجاز است.</translation>
    </message>
    <message>
        <source>{label}: a project with the code {code} already exists.</source>
        <translation>{label}: پروژه‌ای با کد {code} از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>This project does not exist (any more).</source>
        <translation>این پروژه وجود ندارد (دیگر وجود ندارد).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; already exists in this project.</source>
        <translation>{label}: &apos;{value}&apos; از قبل در این پروژه وجود دارد.</translation>
    </message>
    <message>
        <source>This exit reason does not exist (any more).</source>
        <translation>این دلیل خروج وجود ندارد (دیگر وجود ندارد).</translation>
    </message>
    <message>
        <source>Project {project} does not support organisations; switch the setting on in the project first.</source>
        <translation>پروژهٔ {project} از نهادها حمایت نمی‌کند؛ ابتدا این تنظیم را در پروژه روشن کنید.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a KldB 2010 code (5 digits, the last 1-4).</source>
        <translation>{label}: &apos;{value}&apos; کد KldB 2010 نیست (5 رقم، رقم آخر 1 تا 4).</translation>
    </message>
    <message>
        <source>{label}: must not be before the application date.</source>
        <translation>{label}: نباید پیش از تاریخ درخواست باشد.</translation>
    </message>
    <message>
        <source>{label}: please choose the decision&apos;s result.</source>
        <translation>{label}: لطفاً نتیجهٔ تصمیم را انتخاب کنید.</translation>
    </message>
    <message>
        <source>{label}: please choose its kind, or leave the adaptation fields empty.</source>
        <translation>{label}: لطفاً نوع آن را انتخاب کنید، یا فیلدهای دورهٔ تطبیق را خالی بگذارید.</translation>
    </message>
    <message>
        <source>{label}: must not be before its start.</source>
        <translation>{label}: نباید پیش از شروع آن باشد.</translation>
    </message>
    <message>
        <source>This recognition procedure no longer exists.</source>
        <translation>این روند به رسمیت شناختن مدرک دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use a number from 0.5 to {max}.</source>
        <translation>{label}: &apos;{value}&apos; مجاز نیست. عددی از 0.5 تا {max} وارد کنید.</translation>
    </message>
    <message>
        <source>{label}: please choose one (employment subject to social insurance, marginal, self-employed, apprenticeship or internship).</source>
        <translation>{label}: لطفاً یکی را انتخاب کنید (اشتغال مشمول بیمهٔ اجتماعی، مینی‌جاب، خویش‌فرما، کارآموزی حرفه‌ای یا کارورزی).</translation>
    </message>
    <message>
        <source>{label}: only a participation of this person that ended in employment or self-employment can be linked.</source>
        <translation>{label}: فقط شرکتی از این شخص در پروژه قابل پیوند است که به اشتغال یا خویش‌فرمایی انجامیده باشد.</translation>
    </message>
    <message>
        <source>This placement no longer exists.</source>
        <translation>این شروع به کار دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>A database on a server has no recovery key. An administrator sets a new password in Lotse (Settings, Users, or &apos;lotse user passwd NAME&apos;). If no administrator can log in any more, the person who runs the server has to help: the accounts are in the table &quot;user&quot; of the server&apos;s database.</source>
        <translation>پایگاه دادهٔ روی سرور کلید بازیابی ندارد. مدیر سیستم در Lotse رمز عبور جدیدی تعیین می‌کند (تنظیمات، حساب‌های کاربری، یا &apos;lotse user passwd NAME&apos;). اگر هیچ مدیر سیستمی دیگر نتواند وارد شود، کسی که سرور را اداره می‌کند باید کمک کند: حساب‌ها در جدول &quot;user&quot; پایگاه دادهٔ سرور هستند.</translation>
    </message>
    <message>
        <source>Recovery key: 32 letters and digits are expected (eight groups of four, as on the printed Notfallschlüssel).</source>
        <translation>کلید بازیابی: 32 حرف و رقم لازم است (هشت گروه چهارتایی، مانند Notfallschlüssel چاپ‌شده).</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>این کلید بازیابی این پایگاه داده را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>User name: {name} is no administrator account; the recovery key sets an administrator&apos;s password.</source>
        <translation>نام کاربری: {name} حساب مدیر سیستم نیست؛ کلید بازیابی رمز عبور یک مدیر سیستم را تعیین می‌کند.</translation>
    </message>
    <message>
        <source>This is no recovery key.</source>
        <translation>این کلید بازیابی نیست.</translation>
    </message>
    <message>
        <source>Report: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>گزارش: &apos;{value}&apos; موجود نیست؛ مجاز: {allowed}.</translation>
    </message>
    <message>
        <source>Project: this report is made for one project.</source>
        <translation>پروژه: این گزارش برای یک پروژه تهیه می‌شود.</translation>
    </message>
    <message>
        <source>Project: there is no project with the code {code}.</source>
        <translation>پروژه: پروژه‌ای با کد {code} وجود ندارد.</translation>
    </message>
    <message>
        <source>Project: {code} does not report to ESF Plus.</source>
        <translation>پروژه: {code} به ESF Plus گزارش نمی‌دهد.</translation>
    </message>
    <message>
        <source>Format: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>قالب: &apos;{value}&apos; موجود نیست؛ مجاز: {allowed}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. These fields differ between the saved version and yours: {fields}.</source>
        <translation>از زمانی که {what} را باز کردید، شخص دیگری آن را تغییر داده است و چیزی ذخیره نشد. این فیلدها در نسخهٔ ذخیره‌شده و نسخهٔ شما متفاوت‌اند: {fields}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. The fields of this form are the same in both versions.</source>
        <translation>از زمانی که {what} را باز کردید، شخص دیگری آن را تغییر داده است و چیزی ذخیره نشد. فیلدهای این فرم در هر دو نسخه یکسان‌اند.</translation>
    </message>
    <message>
        <source>Case {case}: only the responsible advisor may open it.</source>
        <translation>پروندهٔ {case}: فقط مشاور مسئول می‌تواند آن را باز کند.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} {unit} are allowed.</source>
        <translation>{label}: از {low} تا {high} {unit} مجاز است.</translation>
    </message>
    <message>
        <source>A Lotse database already exists in {path}; nothing was changed. Use another data folder (--data-dir) for a new organisation.</source>
        <translation>در {path} از قبل یک پایگاه دادهٔ Lotse هست؛ چیزی تغییر نکرد. برای سازمان جدید از پوشهٔ دادهٔ دیگری استفاده کنید (--data-dir).</translation>
    </message>
    <message>
        <source>The database {database} on {host} already holds a Lotse organisation; nothing was changed. Log in to it, or ask the server&apos;s administrator for another database for a new organisation.</source>
        <translation>پایگاه دادهٔ {database} روی {host} از قبل یک سازمان Lotse دارد؛ چیزی تغییر نکرد. به آن وارد شوید، یا از مدیر سرور یک پایگاه دادهٔ دیگر برای سازمان جدید بخواهید.</translation>
    </message>
    <message>
        <source>Month: &apos;{value}&apos; is not allowed; use YYYY-MM such as 2026-03.</source>
        <translation>ماه: &apos;{value}&apos; مجاز نیست؛ به شکل YYYY-MM وارد کنید، مثلاً 2026-03.</translation>
    </message>
    <message>
        <source>There is no volunteer with the number {number}.</source>
        <translation>داوطلبی با شمارهٔ {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>{label}: the name {name} is already taken.</source>
        <translation>{label}: نام {name} قبلاً گرفته شده است.</translation>
    </message>
    <message>
        <source>This user account does not exist (any more).</source>
        <translation>این حساب کاربری وجود ندارد (دیگر وجود ندارد).</translation>
    </message>
    <message>
        <source>{user} is the last active administrator; make someone else an administrator first.</source>
        <translation>{user} آخرین مدیر سیستم فعال است؛ ابتدا شخص دیگری را مدیر سیستم کنید.</translation>
    </message>
    <message>
        <source>New password: please choose a password you did not use now.</source>
        <translation>رمز عبور جدید: لطفاً رمزی غیر از رمز فعلی انتخاب کنید.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>رمز عبور فعلی اشتباه است.</translation>
    </message>
    <message>
        <source>Language: please choose one of {choices}.</source>
        <translation>زبان: لطفاً یکی از این زبان‌ها را انتخاب کنید: {choices}.</translation>
    </message>
    <message>
        <source>Volunteer record: only a login with the role volunteer is linked.</source>
        <translation>مشخصات داوطلب: فقط حسابی با نقش «داوطلب» پیوند داده می‌شود.</translation>
    </message>
    <message>
        <source>Volunteer record: {number} already has another login.</source>
        <translation>مشخصات داوطلب: {number} از قبل حساب کاربری دیگری دارد.</translation>
    </message>
    <message>
        <source>{label}: at most {n} characters are allowed.</source>
        <translation>{label}: حداکثر {n} نویسه مجاز است.</translation>
    </message>
    <message>
        <source>{label}: character {position} is an invisible control character; please remove it (letters, digits, punctuation and line breaks are allowed).</source>
        <translation>{label}: نویسهٔ شمارهٔ {position} یک نویسهٔ کنترلی نامرئی است؛ لطفاً آن را بردارید (حروف، ارقام، نشانه‌های نگارشی و رفتن به سطر بعد مجاز است).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{label}: &apos;{value}&apos; نشانی ایمیل نیست.</translation>
    </message>
    <message>
        <source>Did you mean {names}?</source>
        <translation>آیا منظورتان {names} بود؟</translation>
    </message>
    <message>
        <source> or </source>
        <translation> یا </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country; use its name or a code such as SY.</source>
        <translation>&apos;{value}&apos; نام کشور نیست؛ نام آن یا کدی مانند SY را وارد کنید.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language; use its name or a code such as ar.</source>
        <translation>&apos;{value}&apos; نام زبان نیست؛ نام آن یا کدی مانند ar را وارد کنید.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use 2 to 32 letters a-z, digits, dot, hyphen or underscore, starting with a letter or digit.</source>
        <translation>{label}: &apos;{value}&apos; مجاز نیست. 2 تا 32 نویسه از حروف a-z، رقم، نقطه، خط تیره یا زیرخط به کار ببرید که با حرف یا رقم شروع شود.</translation>
    </message>
    <message>
        <source>{label}: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>{label}: مقدار ناشناختهٔ &apos;{value}&apos;. مجاز: {allowed}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY or YYYY-MM-DD.</source>
        <translation>{label}: &apos;{value}&apos; تاریخ نیست. به شکل DD.MM.YYYY یا YYYY-MM-DD وارد کنید.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euro between 0 and {maximum}, e.g. 15 or 15,50.</source>
        <translation>{label}: &apos;{value}&apos; مبلغی به یورو بین 0 و {maximum} نیست، مثلاً 15 یا 15,50.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Enter 0,25 to 10 hours in quarter hours (e.g. 1,5 or 2,25).</source>
        <translation>{label}: &apos;{value}&apos; مجاز نیست. 0,25 تا 10 ساعت را به ربع‌ساعت وارد کنید (مثلاً 1,5 یا 2,25).</translation>
    </message>
    <message>
        <source>You may enter hours only for yourself.</source>
        <translation>شما فقط برای خودتان می‌توانید ساعت ثبت کنید.</translation>
    </message>
    <message>
        <source>{label}: hours for a participant need a tandem of the volunteer with them.</source>
        <translation>{label}: ثبت ساعت برای یک شرکت‌کننده مستلزم آن است که داوطلب با او تاندم داشته باشد.</translation>
    </message>
    <message>
        <source>{label}: with these {hours} hours the day would have {total} hours; at most 10 hours a day count.</source>
        <translation>{label}: با این {hours} ساعت، آن روز {total} ساعت می‌شود؛ حداکثر 10 ساعت در روز شمرده می‌شود.</translation>
    </message>
    <message>
        <source>{label}: must not lie after the day the certificate was seen.</source>
        <translation>{label}: نباید پس از روزی باشد که گواهی دیده شد.</translation>
    </message>
    <message>
        <source>{label}: needed when the certificate&apos;s details are recorded.</source>
        <translation>{label}: وقتی اطلاعات گواهی ثبت می‌شود، لازم است.</translation>
    </message>
    <message>
        <source>{label}: needed when the status is &apos;left&apos; (the police clearance is deleted three months after that day).</source>
        <translation>{label}: در وضعیت «کناره‌گیری کرده» لازم است (اطلاعات گواهی عدم سوءپیشینه سه ماه پس از آن روز حذف می‌شود).</translation>
    </message>
    <message>
        <source>{label}: only for a volunteer whose status is &apos;left&apos;.</source>
        <translation>{label}: فقط برای داوطلبی که وضعیتش «کناره‌گیری کرده» است.</translation>
    </message>
    <message>
        <source>{label}: must not lie before the day they joined.</source>
        <translation>{label}: نباید پیش از روز پیوستن او باشد.</translation>
    </message>
    <message>
        <source>The volunteer {number}</source>
        <translation>داوطلب {number}</translation>
    </message>
    <message>
        <source>Copying {table}: {rows} rows…</source>
        <translation>در حال کپی {table}: {rows} ردیف…</translation>
    </message>
    <message>
        <source>The database to copy is at schema version {source}, the one to copy into at {target}; both must be at the same version. Nothing was copied.</source>
        <translation>پایگاه داده‌ای که باید کپی شود نسخهٔ طرح‌وارهٔ {source} را دارد و پایگاه دادهٔ مقصد نسخهٔ {target} را؛ هر دو باید نسخهٔ یکسانی داشته باشند. چیزی کپی نشد.</translation>
    </message>
    <message>
        <source>The server database is not empty ({cases} case files, {users} users, {rows} rows in all). Nothing was copied; import into a new, empty database.</source>
        <translation>پایگاه دادهٔ سرور خالی نیست ({cases} پرونده، {users} کاربر، در مجموع {rows} ردیف). چیزی کپی نشد؛ داده‌ها را در یک پایگاه دادهٔ جدید و خالی وارد کنید.</translation>
    </message>
    <message>
        <source>The target database refused a row of the table {table} ({reason}). Nothing was copied.</source>
        <translation>پایگاه دادهٔ مقصد یک ردیف از جدول {table} را نپذیرفت ({reason}). چیزی کپی نشد.</translation>
    </message>
    <message>
        <source>The server did not let Lotse switch off the triggers of the table {table} for the copy ({reason}). Import with the database account that owns Lotse&apos;s tables. Nothing was copied.</source>
        <translation>سرور به Lotse اجازه نداد تریگرهای جدول {table} را برای کپی خاموش کند ({reason}). با آن حساب پایگاه داده وارد کنید که مالک جدول‌های Lotse است. چیزی کپی نشد.</translation>
    </message>
    <message>
        <source>The copy differs from the original in: {tables}. Nothing was kept.</source>
        <translation>کپی در این موارد با نسخهٔ اصلی فرق دارد: {tables}. چیزی نگه داشته نشد.</translation>
    </message>
    <message>
        <source>The server database has tables but no Lotse schema version; Lotse writes only into a database it created. Use a new, empty database.</source>
        <translation>پایگاه دادهٔ سرور جدول دارد اما نسخهٔ طرح‌وارهٔ Lotse ندارد؛ Lotse فقط در پایگاه داده‌ای می‌نویسد که خودش ساخته است. از یک پایگاه دادهٔ جدید و خالی استفاده کنید.</translation>
    </message>
    <message>
        <source>Only an administrator may move the club&apos;s data to a server.</source>
        <translation>فقط مدیر سیستم می‌تواند داده‌های انجمن را به سرور منتقل کند.</translation>
    </message>
    <message>
        <source>Server address: please leave the password out of the address. It would be kept in the shell history and the settings file; Lotse asks for it and keeps it in this computer&apos;s credential store.</source>
        <translation>نشانی سرور: لطفاً رمز عبور را در نشانی ننویسید، وگرنه در تاریخچهٔ خط فرمان (shell) و فایل تنظیمات باقی می‌ماند؛ Lotse آن را از شما می‌پرسد و در مخزن اعتبارنامه‌های این کامپیوتر نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Server address: &apos;{text}&apos; is not a PostgreSQL address. Expected is postgresql://user@host:port/database, for example postgresql://lotse@server.verein.de:5432/lotse.</source>
        <translation>نشانی سرور: &apos;{text}&apos; نشانی PostgreSQL نیست. قالب مورد انتظار postgresql://user@host:port/database است، برای نمونه postgresql://lotse@server.verein.de:5432/lotse.</translation>
    </message>
    <message>
        <source>Server: the host name or IP address is missing.</source>
        <translation>سرور: نام میزبان یا نشانی IP وارد نشده است.</translation>
    </message>
    <message>
        <source>Port: &apos;{port}&apos; is no port number; a number from 1 to 65535 is expected.</source>
        <translation>پورت: &apos;{port}&apos; شمارهٔ پورت نیست؛ عددی از 1 تا 65535 لازم است.</translation>
    </message>
    <message>
        <source>Database: the name of the database is missing.</source>
        <translation>پایگاه داده: نام پایگاه داده وارد نشده است.</translation>
    </message>
    <message>
        <source>User: the server&apos;s user name (the database role) is missing.</source>
        <translation>حساب: نام کاربری روی سرور (نقش پایگاه داده) وارد نشده است.</translation>
    </message>
    <message>
        <source>Server address: sslmode={mode} is not supported; use require (the default), verify-ca, verify-full or, only on a trusted network, disable.</source>
        <translation>نشانی سرور: sslmode={mode} پشتیبانی نمی‌شود؛ از require (پیش‌فرض)، verify-ca، verify-full یا، فقط در شبکهٔ مورد اعتماد، disable استفاده کنید.</translation>
    </message>
    <message>
        <source>Server address: the parameter &apos;{name}&apos; is not supported; only sslmode, host and port may follow the &apos;?&apos;.</source>
        <translation>نشانی سرور: پارامتر &apos;{name}&apos; پشتیبانی نمی‌شود؛ پس از &apos;?&apos; فقط sslmode، host و port می‌توانند بیایند.</translation>
    </message>
    <message>
        <source>No password for the server {server}: store it once with lotse server password --server &apos;{server}&apos; (kept in this computer&apos;s credential store), or set LOTSE_SERVER_PASSWORD.</source>
        <translation>رمز عبوری برای سرور {server} وجود ندارد: آن را یک بار با lotse server password --server &apos;{server}&apos; ذخیره کنید (در مخزن اعتبارنامه‌های این کامپیوتر نگه داشته می‌شود)، یا LOTSE_SERVER_PASSWORD را تنظیم کنید.</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password was not stored. Set LOTSE_SERVER_PASSWORD for the command line instead.</source>
        <translation>این کامپیوتر مخزن اعتبارنامه‌ای ندارد که Lotse بتواند از آن استفاده کند، برای همین رمز عبور سرور ذخیره نشد. به‌جای آن، برای خط فرمان LOTSE_SERVER_PASSWORD را تنظیم کنید.</translation>
    </message>
    <message>
        <source>The server {host} refused the password of the user {user}. Store the right one with &apos;lotse server password&apos; (or in the login dialog); the server&apos;s administrator can tell you which.</source>
        <translation>سرور {host} رمز عبور کاربر {user} را نپذیرفت. رمز درست را با &apos;lotse server password&apos; (یا در پنجرهٔ ورود) ذخیره کنید؛ مدیر سرور می‌تواند آن را به شما بگوید.</translation>
    </message>
    <message>
        <source>No encrypted connection to the server {host} could be made ({reason}). Lotse sends the club&apos;s data only encrypted: ask the server&apos;s administrator to enable TLS, or to give you the server&apos;s certificate.</source>
        <translation>اتصال رمزگذاری‌شده به سرور {host} برقرار نشد ({reason}). Lotse داده‌های انجمن را فقط به‌صورت رمزگذاری‌شده می‌فرستد: از مدیر سرور بخواهید TLS را فعال کند یا گواهی سرور را به شما بدهد.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached (port {port}): {reason}. Check the address and this computer&apos;s network connection, or ask whoever looks after the server whether it is running.</source>
        <translation>سرور {host} در دسترس نیست (پورت {port}): {reason}. نشانی و اتصال شبکهٔ این کامپیوتر را بررسی کنید، یا از کسی که مسئول سرور است بپرسید که آیا سرور روشن است.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection: {reason}</source>
        <translation>سرور {host} اتصال را نپذیرفت: {reason}</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached. Nothing was saved; what you entered stays in the form (a consultation note is kept as a draft). Please check the network connection and try again.</source>
        <translation>سرور {host} در دسترس نیست. چیزی ذخیره نشد؛ آنچه وارد کرده‌اید در فرم می‌ماند (یادداشت مشاوره به‌صورت پیش‌نویس نگه داشته می‌شود). لطفاً اتصال شبکه را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database {database} on {host} holds tables that are not Lotse&apos;s. Lotse did not change it; ask the server&apos;s administrator for an empty database for Lotse.</source>
        <translation>پایگاه دادهٔ {database} روی {host} جدول‌هایی دارد که متعلق به Lotse نیستند. Lotse آن را تغییر نداد؛ از مدیر سرور یک پایگاه دادهٔ خالی برای Lotse بخواهید.</translation>
    </message>
    <message>
        <source>The database {database} on {host} was set up by a newer version of Lotse (schema {revision}). Please install the newer Lotse on this computer; nothing was changed.</source>
        <translation>پایگاه دادهٔ {database} روی {host} با نسخهٔ جدیدتری از Lotse راه‌اندازی شده است (طرح‌وارهٔ {revision}). لطفاً Lotse جدیدتر را روی این کامپیوتر نصب کنید؛ چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>رویداد جدید</translation>
    </message>
    <message>
        <source>e.g. Information evening on vocational training</source>
        <translation>مثلاً جلسهٔ اطلاع‌رسانی شبانه دربارهٔ آموزش حرفه‌ای</translation>
    </message>
    <message>
        <source>counted by gender</source>
        <translation>به تفکیک جنسیت</translation>
    </message>
    <message>
        <source>women</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>men</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>e.g. a community association, the Jobcenter</source>
        <translation>مثلاً یک انجمن محلی جامعه، Jobcenter</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>شمرده نشده</translation>
    </message>
    <message>
        <source>People who did not come but were reached through the event, e.g. through the community&apos;s messenger groups or flyers passed on</source>
        <translation>کسانی که نیامدند اما از طریق رویداد به آن‌ها اطلاع‌رسانی شد، مثلاً از طریق گروه‌های پیام‌رسان جامعه یا بروشورهایی که دست‌به‌دست شد</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Deutsch</source>
        <translation>مثلاً Arabisch; Deutsch</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>Add &amp;helper</source>
        <translation>افزودن &amp;همیار</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;پروژه:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>م&amp;کان:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;شرکت‌کنندگان:</translation>
    </message>
    <message>
        <source>Further people r&amp;eached:</source>
        <translation>افراد دیگری که &amp;به آن‌ها اطلاع‌رسانی شد:</translation>
    </message>
    <message>
        <source>Partner &amp;organisation:</source>
        <translation>&amp;سازمان همکار:</translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation>&amp;زبان‌ها:</translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation>&amp;موضوع‌ها:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>تو&amp;ضیحات:</translation>
    </message>
    <message>
        <source>Volunteers who helped:</source>
        <translation>داوطلبانی که کمک کردند:</translation>
    </message>
    <message>
        <source>hours, e.g. 2,5</source>
        <translation>ساعت، مثلاً 2,5</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروژه</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>همکار</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>به تفکیک جنسیت</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>همیاران</translation>
    </message>
    <message>
        <source>Helper hours</source>
        <translation>ساعت‌های همیاران</translation>
    </message>
    <message>
        <source>{female} w / {male} m / {diverse} d</source>
        <translation>{female} زن / {male} مرد / {diverse} دیگر</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Year </source>
        <translation>سال </translation>
    </message>
    <message>
        <source>New &amp;event …</source>
        <translation>&amp;رویداد جدید …</translation>
    </message>
    <message>
        <source>No events yet – record one with “New event”.</source>
        <translation>هنوز رویدادی نیست – با «رویداد جدید» یکی ثبت کنید.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
</context>
<context>
    <name>ExitAnswersBox</name>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>ت&amp;اریخ خروج:</translation>
    </message>
    <message>
        <source>Exit &amp;reason:</source>
        <translation>&amp;دلیل خروج:</translation>
    </message>
    <message>
        <source>S&amp;tatus within 4 weeks after exit:</source>
        <translation>&amp;وضعیت تا 4 هفته پس از خروج:</translation>
    </message>
    <message>
        <source>&amp;Qualification gained:</source>
        <translation>&amp;مدرک کسب‌شده:</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاریخ خروج</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit from {project}</source>
        <translation>خروج از {project}</translation>
    </message>
</context>
<context>
    <name>ExitReasonDialog</name>
    <message>
        <source>Exit reason</source>
        <translation>دلیل خروج</translation>
    </message>
    <message>
        <source>counts as success in the outcome report</source>
        <translation>در گزارش نتایج، موفقیت به حساب می‌آید</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Counts as:</source>
        <translation>&amp;به حساب می‌آید:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;تأیید</translation>
    </message>
</context>
<context>
    <name>ExitReasonsBox</name>
    <message>
        <source>Exit reasons (saved as you edit them)</source>
        <translation>دلیل‌های خروج (هنگام ویرایش فوراً ذخیره می‌شوند)</translation>
    </message>
    <message>
        <source>No exit reasons yet – add one with “Add reason”.</source>
        <translation>هنوز دلیل خروجی نیست – با «افزودن دلیل» یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation>دلیل‌های خروج</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>&amp;افزودن دلیل</translation>
    </message>
    <message>
        <source>&amp;Edit reason</source>
        <translation>&amp;ویرایش دلیل</translation>
    </message>
    <message>
        <source>Re&amp;tire / reactivate</source>
        <translation>&amp;بایگانی / فعال‌سازی دوباره</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>در حال استفاده</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>به حساب می‌آید</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>موفقیت</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>فعالیت‌های جبران‌شده</translation>
    </message>
    <message>
        <source>Received from other clubs</source>
        <translation>دریافتی از انجمن‌های دیگر</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>مشاور</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Reason for merging</source>
        <translation>دلیل ادغام</translation>
    </message>
    <message>
        <source>Reason for removing</source>
        <translation>دلیل برداشتن</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>کشور محل سکونت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>تابعیت‌ها</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>کشور محل تولد</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>وضعیت اقامت</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>سال ورود</translation>
    </message>
    <message>
        <source>School qualification</source>
        <translation>مدرک تحصیلی مدرسه</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>کشور محل اخذ مدرک مدرسه</translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation>مدرک حرفه‌ای</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>کشور محل اخذ مدرک حرفه‌ای</translation>
    </message>
    <message>
        <source>Reference occupation</source>
        <translation>شغل مرجع</translation>
    </message>
    <message>
        <source>Regulated profession</source>
        <translation>شغل دارای مقررات ویژه</translation>
    </message>
    <message>
        <source>Recognition status</source>
        <translation>وضعیت به رسمیت شناختن</translation>
    </message>
    <message>
        <source>German level</source>
        <translation>سطح زبان آلمانی</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>معرفی‌شده از طریق</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>مقصد ارجاع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>همکار</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاریخ لغو</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>شکل</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>پروژه</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ارجاع به</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>پیگیری در تاریخ</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>دلیل حذف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>برگزارکننده</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>روز اول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>روز آخر</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>ساعت شروع</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>تاریخ سند</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>وضعیت اشتغال هنگام ورود</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>ماه‌های بیکاری</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>بالاترین مدرک تحصیلی</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>معلولیت</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>اقلیت</translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation>خاستگاه خارجی</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>بی‌خانمان یا محروم از مسکن</translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation>منطقهٔ روستایی</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاریخ خروج</translation>
    </message>
    <message>
        <source>Status within 4 weeks after exit</source>
        <translation>وضعیت تا 4 هفته پس از خروج</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>مدرک کسب‌شده</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>دلیل خروج</translation>
    </message>
    <message>
        <source>Employed after 6 months</source>
        <translation>شاغل پس از 6 ماه</translation>
    </message>
    <message>
        <source>Situation improved</source>
        <translation>وضعیت بهتر شده</translation>
    </message>
    <message>
        <source>Unemployed for months</source>
        <translation>چند ماه بیکار</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>تاریخ ورود</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>دلیل تغییر</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>دلیل بازگشایی</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>سازمان همکار</translation>
    </message>
    <message>
        <source>Further people reached</source>
        <translation>افراد دیگری که به آن‌ها اطلاع‌رسانی شد</translation>
    </message>
    <message>
        <source>Further goals</source>
        <translation>هدف‌های دیگر</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>دلیل پایان</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>نام سازمان</translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation>تماس برای پرسش‌های حفاظت از داده‌ها</translation>
    </message>
    <message>
        <source>Cases without a project, after the last contact</source>
        <translation>پرونده‌های بدون پروژه، پس از آخرین تماس</translation>
    </message>
    <message>
        <source>Former volunteers, after leaving</source>
        <translation>داوطلبان پیشین، پس از کناره‌گیری</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>کد پروژه</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>Retention years</source>
        <translation>مدت نگهداری (سال)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>نام پروژه</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>برنامهٔ حمایتی</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاریخ شروع</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>نرخ ساعتی</translation>
    </message>
    <message>
        <source>Minimum support</source>
        <translation>حداقل حمایت</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>تأمین‌کنندهٔ مالی</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>تاریخ حمایت</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>مرجع صلاحیت‌دار</translation>
    </message>
    <message>
        <source>Country of the qualification</source>
        <translation>کشور محل اخذ مدرک</translation>
    </message>
    <message>
        <source>KldB code</source>
        <translation>کد KldB</translation>
    </message>
    <message>
        <source>Year of the qualification</source>
        <translation>سال اخذ مدرک</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>تاریخ درخواست</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاریخ تصمیم</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>دورهٔ تطبیق</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>دورهٔ تطبیق تا</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>ساعت در هفته</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>کارفرما</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>حوزهٔ شغلی</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>نوع قرارداد</translation>
    </message>
    <message>
        <source>Linked exit</source>
        <translation>خروج پیوندشده</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>قفل خودکار پس از</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Backup reminder after</source>
        <translation>یادآوری نسخهٔ پشتیبان پس از</translation>
    </message>
    <message>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>نام نمایشی</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>منتی</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>مهارت‌ها</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>زمان‌های در دسترس</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>تاریخ ارائهٔ گواهی عدم سوءپیشینه</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>تاریخ صدور گواهی</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>تاریخ آموزش</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>تاریخ کناره‌گیری</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>تاریخ پیوستن</translation>
    </message>
    <message>
        <source>Relevant entry</source>
        <translation>سابقهٔ مرتبط</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>تاریخ امضای توافق‌نامه</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <source>Information and consent – {case}</source>
        <translation>اطلاعیه و رضایت – {case}</translation>
    </message>
    <message>
        <source>Hand over the data protection information and ask for the consents the club uses. Record only what the person said: a consent that was not asked stays “not answered”.</source>
        <translation>اطلاعیهٔ حفاظت از داده‌ها را تحویل دهید و رضایت‌هایی را که انجمن به کار می‌برد بپرسید. فقط آنچه را شخص گفته است ثبت کنید: رضایتی که پرسیده نشده، «بی‌پاسخ» می‌ماند.</translation>
    </message>
    <message>
        <source>Print &amp;information notice …</source>
        <translation>&amp;چاپ اطلاعیه …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>چاپ &amp;فرم رضایت …</translation>
    </message>
    <message>
        <source>Information notice (Art. 13 GDPR)</source>
        <translation>اطلاعیهٔ حفاظت از داده‌ها (مادهٔ 13 DSGVO)</translation>
    </message>
    <message>
        <source>Handed over &amp;today</source>
        <translation>ا&amp;مروز تحویل داده شد</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;بعداً</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>رضایت‌ها</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>ارسال اطلاعات تماس به {partner}</translation>
    </message>
    <message>
        <source>The club asks for no consents.</source>
        <translation>انجمن هیچ رضایتی نمی‌پرسد.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— بی‌پاسخ —</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Lotse – first start</source>
        <translation>Lotse – نخستین راه‌اندازی</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;بعدی &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;ایجاد پایگاه داده</translation>
    </message>
    <message>
        <source>&amp;Start Lotse</source>
        <translation>&amp;شروع Lotse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>پیگیری جدید</translation>
    </message>
    <message>
        <source>what to do, e.g. ask about the decision</source>
        <translation>چه باید کرد، مثلاً پرسیدن دربارهٔ تصمیم اداره</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;سررسید:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>مو&amp;ضوع:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>سررسید</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>No follow-ups yet – add one with “New follow-up”.</source>
        <translation>هنوز پیگیری‌ای نیست – با «پیگیری جدید» یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <source>&amp;New follow-up</source>
        <translation>&amp;پیگیری جدید</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>&amp;علامت‌گذاری به‌عنوان انجام‌شده</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>Save the information notice – not encrypted</source>
        <translation>ذخیرهٔ اطلاعیهٔ حفاظت از داده‌ها – رمزگذاری نشده</translation>
    </message>
    <message>
        <source>Save the consent form – not encrypted</source>
        <translation>ذخیرهٔ فرم رضایت – رمزگذاری نشده</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>در حال نوشتن PDF …</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Choose from calendar</source>
        <translation>انتخاب از تقویم</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY, e.g. 31.12.2027.</source>
        <translation>{label}: &apos;{value}&apos; تاریخ نیست. به شکل DD.MM.YYYY وارد کنید، مثلاً 31.12.2027.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: لطفاً یک تاریخ وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>لطفاً %n فیلد علامت‌خورده را اصلاح کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>تغییرات دور ریخته شود؟</translation>
    </message>
    <message>
        <source>You have entered something that is not saved yet. Discard it?</source>
        <translation>چیزی وارد کرده‌اید که هنوز ذخیره نشده است. دور ریخته شود؟</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Working with Lotse</source>
        <translation>کار با Lotse</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>پوشهٔ داده‌ها:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>فایل لاگ:</translation>
    </message>
    <message>
        <source>Advisors see only the cases they are &amp;responsible for</source>
        <translation>&amp;مشاوران فقط پرونده‌هایی را می‌بینند که مسئولشان هستند</translation>
    </message>
    <message>
        <source>Case access:</source>
        <translation>دسترسی به پرونده‌ها:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سال</translation>
    </message>
    <message>
        <source>Police clearance valid for (&amp;years):</source>
        <translation>اعتبار گواهی عدم سوءپیشینه (&amp;سال):</translation>
    </message>
    <message>
        <source>A mentor needs the club&apos;s &amp;training before a tandem</source>
        <translation>منتور پیش از تاندم باید در &amp;آموزش انجمن شرکت کرده باشد</translation>
    </message>
    <message>
        <source>Tandems:</source>
        <translation>تاندم‌ها:</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> دقیقه بدون ورودی</translation>
    </message>
    <message>
        <source>Then Lotse covers its windows and asks for the password again; nothing typed is lost.</source>
        <translation>سپس Lotse پنجره‌هایش را می‌پوشاند و دوباره رمز عبور را می‌پرسد؛ چیزی از آنچه تایپ شده از بین نمی‌رود.</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;قفل پس از:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>The start page reminds administrators when no backup was saved outside the data folder (a USB stick, a network drive) for this long.</source>
        <translation>اگر در این مدت هیچ نسخهٔ پشتیبانی بیرون از پوشهٔ داده‌ها (حافظهٔ USB، درایو شبکه) ذخیره نشده باشد، صفحهٔ آغاز به مدیران سیستم یادآوری می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Backup reminder after:</source>
        <translation>&amp;یادآوری نسخهٔ پشتیبان پس از:</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>فقط مدیران سیستم می‌توانند این تنظیمات را تغییر دهند.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation>راهنمای کاربر</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>بازگشت (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>جلو (Alt+Right)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>فهرست مطالب</translation>
    </message>
    <message>
        <source>Table of contents (Alt+Home)</source>
        <translation>فهرست مطالب (Alt+Home)</translation>
    </message>
    <message>
        <source>Find in this page (Ctrl+F)</source>
        <translation>جستجو در این صفحه (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>جستجو در این صفحه</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>پیمایش</translation>
    </message>
    <message>
        <source>Lotse user manual</source>
        <translation>راهنمای کاربر Lotse</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>یافت نشد</translation>
    </message>
</context>
<context>
    <name>HourlyRatesTab</name>
    <message>
        <source>Hours are valued with the value of their year. A year without its own value uses the flat value on the first tab, and without that the statutory minimum wage of that year.</source>
        <translation>ساعت‌ها با ارزش سال خودشان محاسبه می‌شوند. سالی که ارزش جداگانه ندارد، ارزش ثابت زبانهٔ اول را می‌گیرد و اگر آن هم نباشد، حداقل دستمزد قانونی همان سال را.</translation>
    </message>
    <message>
        <source>No values of their own yet – enter a year and a value below and click “Set value”.</source>
        <translation>هنوز ارزش جداگانه‌ای تعیین نشده است – در پایین سال و ارزش را وارد کنید و «ثبت ارزش» را بزنید.</translation>
    </message>
    <message>
        <source>Value of a volunteer hour per year</source>
        <translation>ارزش یک ساعت کار داوطلبانه در هر سال</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>e.g. 13,90</source>
        <translation>مثلاً 13,90</translation>
    </message>
    <message>
        <source>Value in euro</source>
        <translation>ارزش به یورو</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>ثبت &amp;ارزش</translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation>&amp;برداشتن ارزش</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>سال:</translation>
    </message>
    <message>
        <source>Value (€):</source>
        <translation>ارزش (€):</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>ارزش (€)</translation>
    </message>
    <message>
        <source>Minimum wage (€)</source>
        <translation>حداقل دستمزد (€)</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Enter volunteer hours</source>
        <translation>ثبت ساعت‌های داوطلبی</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>مثلاً 1,5</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;داوطلب:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;ساعت‌ها:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;فعالیت:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;پروژه:</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>&amp;منتی:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— هیچ —</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>در فایل {path} نمی‌توان نوشت: {reason}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; allowed are DD.MM.YYYY, YYYY-MM-DD or an Excel date</source>
        <translation>&apos;{value}&apos; تاریخ نیست؛ DD.MM.YYYY، YYYY-MM-DD یا تاریخ Excel مجاز است</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed; allowed: {allowed}</source>
        <translation>&apos;{value}&apos; مجاز نیست؛ مجاز: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of hours such as 1,5 or 1:30</source>
        <translation>&apos;{value}&apos; تعداد ساعت نیست، مانند 1,5 یا 1:30</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; عدد نیست</translation>
    </message>
    <message>
        <source>{value} read as {postcode}: the leading zero was added</source>
        <translation>{value} به‌صورت {postcode} خوانده شد: صفر آغازین اضافه شد</translation>
    </message>
    <message>
        <source>{count} characters; at most {n} are allowed</source>
        <translation>{count} نویسه؛ حداکثر {n} نویسه مجاز است</translation>
    </message>
    <message>
        <source>character {position} is an invisible control character; remove it</source>
        <translation>نویسهٔ شمارهٔ {position} یک نویسهٔ کنترلی نامرئی است؛ آن را بردارید</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; عدد صحیح نیست</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value} بیرون از بازهٔ {low} تا {high} است</translation>
    </message>
    <message>
        <source>{value} hours: allowed are 0,25 to 10 in quarter hours</source>
        <translation>{value} ساعت: 0,25 تا 10 ساعت به ربع‌ساعت مجاز است</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a postcode; five digits are required</source>
        <translation>&apos;{value}&apos; کد پستی نیست؛ پنج رقم لازم است</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a case number such as 2026-0042</source>
        <translation>&apos;{value}&apos; شمارهٔ پرونده‌ای مانند 2026-0042 نیست</translation>
    </message>
    <message>
        <source>a year from 1900 to {year} is allowed</source>
        <translation>سالی از 1900 تا {year} مجاز است</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>«{value}» نشانی ایمیل نیست</translation>
    </message>
    <message>
        <source>only for a qualification that was obtained; leave it empty for none or unknown</source>
        <translation>فقط برای مدرکی که کسب شده است؛ اگر مدرکی نیست یا نامعلوم است، خالی بگذارید</translation>
    </message>
    <message>
        <source>only for a closed case (Fallstatus “{closed}”)</source>
        <translation>فقط برای پروندهٔ بسته (Fallstatus «{closed}»)</translation>
    </message>
    <message>
        <source>must not lie in the future</source>
        <translation>نباید در آینده باشد</translation>
    </message>
    <message>
        <source>your role may not enter this column; leave it empty</source>
        <translation>نقش شما اجازهٔ پر کردن این ستون را ندارد؛ آن را خالی بگذارید</translation>
    </message>
    <message>
        <source>only for an address in Germany; the person lives abroad (Wohnsitz im Ausland), leave it empty</source>
        <translation>فقط برای نشانی در آلمان؛ این شخص در خارج از کشور زندگی می‌کند (Wohnsitz im Ausland)، خالی بگذارید</translation>
    </message>
    <message>
        <source>user “{name}” does not exist in Lotse</source>
        <translation>کاربر «{name}» در Lotse وجود ندارد</translation>
    </message>
    <message>
        <source>only an administrator may make another user responsible for a case; leave the column empty or give your own user name</source>
        <translation>فقط مدیر سیستم می‌تواند کاربر دیگری را مسئول پرونده کند؛ ستون را خالی بگذارید یا نام کاربری خودتان را بنویسید</translation>
    </message>
    <message>
        <source>case number {number} does not exist</source>
        <translation>شمارهٔ پروندهٔ {number} وجود ندارد</translation>
    </message>
    <message>
        <source>your role may not enter this sheet; remove it from the file</source>
        <translation>نقش شما اجازهٔ وارد کردن این برگه را ندارد؛ آن را از فایل بردارید</translation>
    </message>
    <message>
        <source>no partner of this name; add it under Settings → Data protection</source>
        <translation>همکاری با این نام نیست؛ آن را در تنظیمات ← حفاظت از داده‌ها اضافه کنید</translation>
    </message>
    <message>
        <source>a consent to pass data to a partner names the partner; other consents leave this column empty</source>
        <translation>رضایت برای ارسال داده به همکار، نام همکار را دارد؛ در رضایت‌های دیگر این ستون خالی می‌ماند</translation>
    </message>
    <message>
        <source>must not be before the date it was given</source>
        <translation>نباید پیش از روزی باشد که رضایت داده شد</translation>
    </message>
    <message>
        <source>only an administrator may enter consultations in another user’s name; leave the column empty or give your own user name</source>
        <translation>فقط مدیر سیستم می‌تواند مشاوره‌ها را به نام کاربر دیگری ثبت کند؛ ستون را خالی بگذارید یا نام کاربری خودتان را بنویسید</translation>
    </message>
    <message>
        <source>topic “{name}” is not in the catalogue</source>
        <translation>موضوع «{name}» در فهرست موضوع‌ها نیست</translation>
    </message>
    <message>
        <source>this consultation was written by another advisor; only they or an administrator may change it</source>
        <translation>این مشاوره را مشاور دیگری نوشته است؛ فقط خود او یا مدیر سیستم می‌تواند آن را تغییر دهد</translation>
    </message>
    <message>
        <source>“{name}” matches several volunteers; use the number</source>
        <translation>«{name}» با چند داوطلب مطابقت دارد؛ از شماره استفاده کنید</translation>
    </message>
    <message>
        <source>no volunteer with number or name “{name}”</source>
        <translation>داوطلبی با شماره یا نام «{name}» نیست</translation>
    </message>
    <message>
        <source>case {number} is no mentee of this volunteer; hours for a participant need a tandem of the two</source>
        <translation>پروندهٔ {number} منتیِ این داوطلب نیست؛ ثبت ساعت برای یک شرکت‌کننده مستلزم تاندم میان این دو است</translation>
    </message>
    <message>
        <source>with this row the volunteer would have {hours} hours on {date}; at most 10 hours a day are allowed</source>
        <translation>با این ردیف، داوطلب در {date} {hours} ساعت خواهد داشت؛ حداکثر 10 ساعت در روز مجاز است</translation>
    </message>
    <message>
        <source>only asked in ESF projects; {project} is not one, leave the cell empty</source>
        <translation>فقط در پروژه‌های ESF پرسیده می‌شود؛ {project} پروژهٔ ESF نیست، خانه را خالی بگذارید</translation>
    </message>
    <message>
        <source>must not be before the entry date</source>
        <translation>نباید پیش از تاریخ ورود باشد</translation>
    </message>
    <message>
        <source>only allowed with “arbeitslos”</source>
        <translation>فقط همراه با «arbeitslos» (بیکار) مجاز است</translation>
    </message>
    <message>
        <source>project “{code}” does not exist in Lotse</source>
        <translation>پروژهٔ «{code}» در Lotse وجود ندارد</translation>
    </message>
    <message>
        <source>the same person and project are already in row {row}</source>
        <translation>همین شخص و همین پروژه از قبل در ردیف {row} هست</translation>
    </message>
    <message>
        <source>case {number} belongs to another advisor; only they or an administrator may change it</source>
        <translation>پروندهٔ {number} به مشاور دیگری تعلق دارد؛ فقط خود او یا مدیر سیستم می‌تواند آن را تغییر دهد</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>ردیف {row}، ستون {column}: {message}</translation>
    </message>
    <message>
        <source>required column is missing; the header row needs “{header}”</source>
        <translation>ستون الزامی وجود ندارد؛ ردیف سرستون‌ها باید «{header}» را داشته باشد</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>پر کردن این ستون الزامی است</translation>
    </message>
    <message>
        <source>Unknown kind {kind}; allowed: {allowed}.</source>
        <translation>نوع ناشناختهٔ {kind}؛ مجاز: {allowed}.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>فایل {name} خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>it has {size} MB; at most {limit} MB can be imported</source>
        <translation>اندازهٔ آن {size} مگابایت است؛ حداکثر {limit} مگابایت را می‌توان وارد کرد</translation>
    </message>
    <message>
        <source>it would unpack to {size} MB (at most {limit} MB, packed at most {ratio} times, are allowed); it is not a normal spreadsheet and was not opened</source>
        <translation>پس از باز شدن از حالت فشرده {size} مگابایت می‌شود (حداکثر {limit} مگابایت و حداکثر {ratio} برابر فشرده‌سازی مجاز است)؛ این یک جدول عادی نیست و باز نشد</translation>
    </message>
    <message>
        <source>only Excel (.xlsx, .xls), LibreOffice (.ods) and .csv files can be imported</source>
        <translation>فقط فایل‌های Excel (‎.xlsx، ‎.xls)، LibreOffice (‎.ods) و ‎.csv را می‌توان وارد کرد</translation>
    </message>
    <message>
        <source>more than 200,000 rows</source>
        <translation>بیش از 200,000 ردیف</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (ANSI). Check that umlauts and names look right in the preview.</source>
        <translation>این فایل UTF-8 نیست؛ به‌صورت Windows-1252 (ANSI) خوانده شد. در پیش‌نمایش بررسی کنید که حروف ویژه و نام‌ها درست نمایش داده شوند.</translation>
    </message>
    <message>
        <source>line {line} contains a byte that is not valid in the file&apos;s encoding; save the file again as UTF-8 (“CSV UTF-8” in Excel) and import it again</source>
        <translation>سطر {line} بایتی دارد که در رمزگذاری نویسه‌های فایل معتبر نیست؛ فایل را دوباره به‌صورت UTF-8 ذخیره کنید («CSV UTF-8» در Excel) و دوباره وارد کنید</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>وارد کردن جدول</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;بعدی &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Your role may not import spreadsheets.</source>
        <translation>نقش شما اجازهٔ وارد کردن جدول را ندارد.</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>در حال بررسی …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>در حال وارد کردن …</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Lotse is already open</source>
        <translation>Lotse از قبل باز است</translation>
    </message>
    <message>
        <source>Lotse is already open with the data folder
{path}
(in another window, perhaps by another user of this computer). Please use that window: two Lotse windows on the same data would overwrite each other&apos;s work.</source>
        <translation>Lotse از قبل با این پوشهٔ داده‌ها باز است:
{path}
(در پنجرهٔ دیگری، شاید توسط کاربر دیگری از این کامپیوتر). لطفاً از همان پنجره استفاده کنید: دو پنجرهٔ Lotse روی داده‌های یکسان کار یکدیگر را بازنویسی می‌کنند.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>— please choose —</source>
        <translation>— لطفاً انتخاب کنید —</translation>
    </message>
</context>
<context>
    <name>Labels.Activity</name>
    <message>
        <source>mentoring</source>
        <translation>منتورینگ</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>همراهی</translation>
    </message>
    <message>
        <source>language support</source>
        <translation>کمک زبانی</translation>
    </message>
    <message>
        <source>interpreting</source>
        <translation>ترجمهٔ شفاهی</translation>
    </message>
    <message>
        <source>event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>امور اداری</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>فعالیت دیگر</translation>
    </message>
</context>
<context>
    <name>Labels.AdaptationKind</name>
    <message>
        <source>adaptation course</source>
        <translation>دورهٔ تطبیق (Anpassungslehrgang)</translation>
    </message>
    <message>
        <source>aptitude test</source>
        <translation>آزمون صلاحیت (Eignungsprüfung)</translation>
    </message>
    <message>
        <source>knowledge test</source>
        <translation>آزمون دانش (Kenntnisprüfung)</translation>
    </message>
    <message>
        <source>adaptation qualification</source>
        <translation>دورهٔ تکمیلی تطبیق</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>Labels.AllowanceKind</name>
    <message>
        <source>Trainer allowance (§ 3 No. 26 EStG)</source>
        <translation>کمک‌هزینهٔ مربی (§ 3 Nr. 26 EStG)</translation>
    </message>
    <message>
        <source>Volunteer allowance (§ 3 No. 26a EStG)</source>
        <translation>کمک‌هزینهٔ داوطلبی (§ 3 Nr. 26a EStG)</translation>
    </message>
    <message>
        <source>Expense refund</source>
        <translation>بازپرداخت هزینه‌ها</translation>
    </message>
</context>
<context>
    <name>Labels.Answer</name>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>اظهار نشده</translation>
    </message>
</context>
<context>
    <name>Labels.AppointmentStatus</name>
    <message>
        <source>planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>held</source>
        <translation>برگزار شد</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>not attended</source>
        <translation>حاضر نشد</translation>
    </message>
</context>
<context>
    <name>Labels.AttendanceState</name>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>غیبت موجه</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غایب</translation>
    </message>
</context>
<context>
    <name>Labels.CaseStatus</name>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>بی‌نام‌شده</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentForm</name>
    <message>
        <source>given in writing</source>
        <translation>کتبی داده شد</translation>
    </message>
    <message>
        <source>given orally</source>
        <translation>شفاهی داده شد</translation>
    </message>
    <message>
        <source>given electronically</source>
        <translation>الکترونیکی داده شد</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentKind</name>
    <message>
        <source>consent to data processing</source>
        <translation>رضایت به پردازش داده‌ها</translation>
    </message>
    <message>
        <source>Art. 13 GDPR notice handed over</source>
        <translation>اطلاعیهٔ مادهٔ 13 DSGVO تحویل داده شد</translation>
    </message>
    <message>
        <source>consent to transfer to funder</source>
        <translation>رضایت به ارسال به تأمین‌کنندهٔ مالی</translation>
    </message>
    <message>
        <source>consent to photos</source>
        <translation>رضایت به عکس</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>رضایت به تماس گرفتن</translation>
    </message>
    <message>
        <source>consent to pass contact data to a partner</source>
        <translation>رضایت به ارسال اطلاعات تماس به یک همکار</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationFormat</name>
    <message>
        <source>in person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>تلفنی</translation>
    </message>
    <message>
        <source>video</source>
        <translation>تصویری</translation>
    </message>
    <message>
        <source>written</source>
        <translation>کتبی</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>سیار (در محل)</translation>
    </message>
    <message>
        <source>group</source>
        <translation>گروهی</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationKind</name>
    <message>
        <source>first consultation</source>
        <translation>مشاورهٔ نخست</translation>
    </message>
    <message>
        <source>follow-up consultation</source>
        <translation>مشاورهٔ پیگیری</translation>
    </message>
</context>
<context>
    <name>Labels.ContractType</name>
    <message>
        <source>employment subject to social insurance</source>
        <translation>اشتغال مشمول بیمهٔ اجتماعی</translation>
    </message>
    <message>
        <source>marginal employment</source>
        <translation>اشتغال جزئی (مینی‌جاب)</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>خویش‌فرما</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>کارآموزی حرفه‌ای (Ausbildung)</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>کارورزی</translation>
    </message>
</context>
<context>
    <name>Labels.CourseKind</name>
    <message>
        <source>language course</source>
        <translation>دورهٔ زبان</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>دورهٔ مهارت‌آموزی</translation>
    </message>
    <message>
        <source>application training</source>
        <translation>آموزش درخواست کار</translation>
    </message>
    <message>
        <source>orientation course</source>
        <translation>دورهٔ آشنایی (Orientierungskurs)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>Labels.DocumentKind</name>
    <message>
        <source>signed questionnaire</source>
        <translation>پرسش‌نامهٔ امضاشده</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>رضایت‌نامه</translation>
    </message>
    <message>
        <source>recognition decision</source>
        <translation>تصمیم به رسمیت شناختن مدرک</translation>
    </message>
    <message>
        <source>certificate or attestation</source>
        <translation>مدرک یا گواهی</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>توافق‌نامه</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>Labels.EconomicSector</name>
    <message>
        <source>A Agriculture, forestry and fishing</source>
        <translation>A کشاورزی، جنگلداری و ماهیگیری</translation>
    </message>
    <message>
        <source>B Mining and quarrying</source>
        <translation>B معدن و استخراج</translation>
    </message>
    <message>
        <source>C Manufacturing</source>
        <translation>C صنعت و تولید</translation>
    </message>
    <message>
        <source>D Energy supply</source>
        <translation>D تأمین انرژی</translation>
    </message>
    <message>
        <source>E Water supply, sewerage and waste management</source>
        <translation>E تأمین آب، فاضلاب و مدیریت پسماند</translation>
    </message>
    <message>
        <source>F Construction</source>
        <translation>F ساختمان‌سازی</translation>
    </message>
    <message>
        <source>G Trade; repair of motor vehicles</source>
        <translation>G تجارت؛ تعمیر وسایل نقلیهٔ موتوری</translation>
    </message>
    <message>
        <source>H Transportation and storage</source>
        <translation>H حمل‌ونقل و انبارداری</translation>
    </message>
    <message>
        <source>I Accommodation and food service</source>
        <translation>I هتلداری و خدمات غذایی</translation>
    </message>
    <message>
        <source>J Information and communication</source>
        <translation>J اطلاعات و ارتباطات</translation>
    </message>
    <message>
        <source>K Financial and insurance services</source>
        <translation>K خدمات مالی و بیمه</translation>
    </message>
    <message>
        <source>L Real estate</source>
        <translation>L املاک و مستغلات</translation>
    </message>
    <message>
        <source>M Professional, scientific and technical services</source>
        <translation>M خدمات حرفه‌ای، علمی و فنی</translation>
    </message>
    <message>
        <source>N Administrative and support services</source>
        <translation>N خدمات اداری و پشتیبانی</translation>
    </message>
    <message>
        <source>O Public administration; social security</source>
        <translation>O مدیریت دولتی؛ تأمین اجتماعی</translation>
    </message>
    <message>
        <source>P Education</source>
        <translation>P آموزش</translation>
    </message>
    <message>
        <source>Q Human health and social work</source>
        <translation>Q بهداشت، درمان و مددکاری اجتماعی</translation>
    </message>
    <message>
        <source>R Arts, entertainment and recreation</source>
        <translation>R هنر، سرگرمی و تفریح</translation>
    </message>
    <message>
        <source>S Other services</source>
        <translation>S خدمات دیگر</translation>
    </message>
    <message>
        <source>T Private households</source>
        <translation>T خانوارهای خصوصی</translation>
    </message>
    <message>
        <source>U Extraterritorial organisations</source>
        <translation>U سازمان‌های فراسرزمینی</translation>
    </message>
</context>
<context>
    <name>Labels.EducationLevel</name>
    <message>
        <source>ISCED 0-2 (up to lower secondary)</source>
        <translation>ISCED 0-2 (تا پایان دورهٔ اول متوسطه)</translation>
    </message>
    <message>
        <source>ISCED 3-4 (upper secondary, vocational training)</source>
        <translation>ISCED 3-4 (دورهٔ دوم متوسطه، آموزش حرفه‌ای)</translation>
    </message>
    <message>
        <source>ISCED 5-8 (tertiary)</source>
        <translation>ISCED 5-8 (آموزش عالی)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>اظهار نشده</translation>
    </message>
</context>
<context>
    <name>Labels.EmploymentStatus</name>
    <message>
        <source>employed</source>
        <translation>شاغل</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>خویش‌فرما</translation>
    </message>
    <message>
        <source>unemployed (registered)</source>
        <translation>بیکار (ثبت‌شده)</translation>
    </message>
    <message>
        <source>not employed, not registered</source>
        <translation>غیرشاغل، ثبت‌نشده</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>اظهار نشده</translation>
    </message>
</context>
<context>
    <name>Labels.ErasureGround</name>
    <message>
        <source>The data are no longer needed (Art. 17 (1) (a))</source>
        <translation>داده‌ها دیگر لازم نیستند (مادهٔ 17 بند 1 (a))</translation>
    </message>
    <message>
        <source>The person withdrew their consent (Art. 17 (1) (b))</source>
        <translation>شخص رضایت خود را لغو کرده است (مادهٔ 17 بند 1 (b))</translation>
    </message>
    <message>
        <source>The person objected to the processing (Art. 17 (1) (c))</source>
        <translation>شخص به پردازش اعتراض کرده است (مادهٔ 17 بند 1 (c))</translation>
    </message>
    <message>
        <source>The data were processed unlawfully (Art. 17 (1) (d))</source>
        <translation>داده‌ها به‌طور غیرقانونی پردازش شده‌اند (مادهٔ 17 بند 1 (d))</translation>
    </message>
    <message>
        <source>A legal obligation requires the erasure (Art. 17 (1) (e))</source>
        <translation>یک الزام قانونی پاک کردن را لازم می‌کند (مادهٔ 17 بند 1 (e))</translation>
    </message>
</context>
<context>
    <name>Labels.EventKind</name>
    <message>
        <source>information event</source>
        <translation>جلسهٔ اطلاع‌رسانی</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>کارگاه</translation>
    </message>
    <message>
        <source>office hours</source>
        <translation>ساعت مشاوره</translation>
    </message>
</context>
<context>
    <name>Labels.ExitReasonCategory</name>
    <message>
        <source>finished</source>
        <translation>به پایان رسانده</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>نیمه‌کاره رها کرده</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>دلیل دیگر</translation>
    </message>
</context>
<context>
    <name>Labels.ExitStatus</name>
    <message>
        <source>job-seeking</source>
        <translation>جویای کار</translation>
    </message>
    <message>
        <source>in school or training</source>
        <translation>در مدرسه یا آموزش حرفه‌ای</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>شاغل</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>خویش‌فرما</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>Labels.Gender</name>
    <message>
        <source>female</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>non-binary</source>
        <translation>دیگر (divers)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>اظهار نشده</translation>
    </message>
</context>
<context>
    <name>Labels.GermanLevel</name>
    <message>
        <source>no German</source>
        <translation>بدون آشنایی با آلمانی</translation>
    </message>
    <message>
        <source>A1 (beginner)</source>
        <translation>A1 (مبتدی)</translation>
    </message>
    <message>
        <source>A2 (elementary)</source>
        <translation>A2 (مقدماتی)</translation>
    </message>
    <message>
        <source>B1 (intermediate)</source>
        <translation>B1 (متوسط)</translation>
    </message>
    <message>
        <source>B2 (upper intermediate)</source>
        <translation>B2 (بالاتر از متوسط)</translation>
    </message>
    <message>
        <source>C1 (advanced)</source>
        <translation>C1 (پیشرفته)</translation>
    </message>
    <message>
        <source>C2 (proficient)</source>
        <translation>C2 (تسلط کامل)</translation>
    </message>
    <message>
        <source>German as first language</source>
        <translation>آلمانی زبان اول</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>اظهار نشده</translation>
    </message>
</context>
<context>
    <name>Labels.HoursStatus</name>
    <message>
        <source>submitted</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ردشده</translation>
    </message>
</context>
<context>
    <name>Labels.LongTermUnemploymentRule</name>
    <message>
        <source>12 months or longer (§ 18 SGB III)</source>
        <translation>12 ماه یا بیشتر (§ 18 SGB III)</translation>
    </message>
    <message>
        <source>over 12 months, below 25 over 6 months (EU survey rule)</source>
        <translation>بیش از 12 ماه، زیر 25 سال بیش از 6 ماه (قاعدهٔ آمارگیری اتحادیهٔ اروپا)</translation>
    </message>
</context>
<context>
    <name>Labels.MeetingRhythm</name>
    <message>
        <source>weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>هر دو هفته</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>as agreed</source>
        <translation>طبق توافق</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipGoal</name>
    <message>
        <source>learning and practising German</source>
        <translation>یادگیری و تمرین زبان آلمانی</translation>
    </message>
    <message>
        <source>applications for training and jobs</source>
        <translation>درخواست برای آموزش حرفه‌ای و کار</translation>
    </message>
    <message>
        <source>support in training and school</source>
        <translation>همراهی در آموزش حرفه‌ای و مدرسه</translation>
    </message>
    <message>
        <source>authorities and forms</source>
        <translation>ادارات و فرم‌ها</translation>
    </message>
    <message>
        <source>leisure and social contacts</source>
        <translation>اوقات فراغت و ارتباطات اجتماعی</translation>
    </message>
    <message>
        <source>other goal</source>
        <translation>هدف دیگر</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipStatus</name>
    <message>
        <source>proposed</source>
        <translation>پیشنهادشده</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف‌شده</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>پایان‌یافته</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionResult</name>
    <message>
        <source>full equivalence</source>
        <translation>هم‌ارزی کامل</translation>
    </message>
    <message>
        <source>partial equivalence (adaptation measure)</source>
        <translation>هم‌ارزی نسبی (اقدام جبرانی)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>پس‌گرفته‌شده</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionStatus</name>
    <message>
        <source>not applicable</source>
        <translation>موضوعیت ندارد</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>شروع نشده</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>درخواست داده شده</translation>
    </message>
    <message>
        <source>full equivalence</source>
        <translation>هم‌ارزی کامل</translation>
    </message>
    <message>
        <source>partial equivalence</source>
        <translation>هم‌ارزی نسبی</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>compensation measure</source>
        <translation>اقدام جبرانی</translation>
    </message>
</context>
<context>
    <name>Labels.ReferralSource</name>
    <message>
        <source>came by themselves</source>
        <translation>خودش آمده</translation>
    </message>
    <message>
        <source>family or friends</source>
        <translation>خانواده یا دوستان</translation>
    </message>
    <message>
        <source>Jobcenter / employment agency</source>
        <translation>Jobcenter / ادارهٔ کار (Agentur für Arbeit)</translation>
    </message>
    <message>
        <source>community organisation</source>
        <translation>سازمان یا انجمن مهاجران</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>اینترنت</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>Labels.ResidenceStatus</name>
    <message>
        <source>Permission to remain (asylum procedure)</source>
        <translation>اجازهٔ اقامت در روند پناهندگی (Aufenthaltsgestattung)</translation>
    </message>
    <message>
        <source>Toleration (Duldung)</source>
        <translation>تعلیق موقت اخراج (Duldung)</translation>
    </message>
    <message>
        <source>Residence permit § 24 (temporary protection)</source>
        <translation>اجازهٔ اقامت § 24 (حمایت موقت)</translation>
    </message>
    <message>
        <source>Residence permit § 25 (humanitarian)</source>
        <translation>اجازهٔ اقامت § 25 (بشردوستانه)</translation>
    </message>
    <message>
        <source>Other residence permit</source>
        <translation>اجازهٔ اقامت دیگر</translation>
    </message>
    <message>
        <source>Settlement permit</source>
        <translation>اجازهٔ اقامت دائم (Niederlassungserlaubnis)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>شهروند اتحادیهٔ اروپا</translation>
    </message>
    <message>
        <source>German citizen</source>
        <translation>تابعیت آلمان</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>Labels.Role</name>
    <message>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>مشاور</translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation>هماهنگ‌کنندهٔ داوطلبان</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>خزانه‌دار</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
</context>
<context>
    <name>Labels.SchoolQualification</name>
    <message>
        <source>no school qualification</source>
        <translation>بدون مدرک مدرسه</translation>
    </message>
    <message>
        <source>lower secondary (Hauptschulabschluss)</source>
        <translation>متوسطهٔ اول (Hauptschulabschluss)</translation>
    </message>
    <message>
        <source>intermediate (Mittlerer Abschluss)</source>
        <translation>متوسطهٔ میانی (Mittlerer Abschluss)</translation>
    </message>
    <message>
        <source>upper secondary (Abitur, Fachhochschulreife)</source>
        <translation>دیپلم متوسطهٔ دوم (Abitur، Fachhochschulreife)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>Labels.SensitiveAnswer</name>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>از پاسخ خودداری کرد</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>اظهار نشده</translation>
    </message>
</context>
<context>
    <name>Labels.SupportedOrganisationKind</name>
    <message>
        <source>public administration or service (EECO18)</source>
        <translation>ادارهٔ دولتی یا خدمات عمومی (EECO18)</translation>
    </message>
    <message>
        <source>micro, small or medium-sized enterprise (EECO19)</source>
        <translation>شرکت خُرد، کوچک یا متوسط (EECO19)</translation>
    </message>
</context>
<context>
    <name>Labels.VocationalQualification</name>
    <message>
        <source>no vocational qualification</source>
        <translation>بدون مدرک حرفه‌ای</translation>
    </message>
    <message>
        <source>vocational training</source>
        <translation>آموزش حرفه‌ای تکمیل‌شده</translation>
    </message>
    <message>
        <source>master craftsman / technician</source>
        <translation>استادکار / تکنسین</translation>
    </message>
    <message>
        <source>bachelor</source>
        <translation>کارشناسی (لیسانس)</translation>
    </message>
    <message>
        <source>master, diploma, state exam</source>
        <translation>کارشناسی ارشد، دیپلم دانشگاهی، آزمون دولتی</translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation>دکترا</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>Labels.VolunteerStatus</name>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>left</source>
        <translation>کناره‌گیری کرده</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Your language</source>
        <translation>زبان شما</translation>
    </message>
    <message>
        <source>As chosen at the login on this computer</source>
        <translation>همان که هنگام ورود در این رایانه انتخاب شده است</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;زبان برنامه:</translation>
    </message>
    <message>
        <source>Documents for a person (notices, consent forms, letters) are printed in German and in the person&apos;s languages, whatever you choose here.</source>
        <translation>مدارک مربوط به یک شخص (اطلاعیهٔ حفاظت از داده‌ها، فرم رضایت، نامه‌ها) به آلمانی و به زبان‌های آن شخص چاپ می‌شوند، هر زبانی که اینجا انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Data folder not found</source>
        <translation>پوشهٔ داده‌ها پیدا نشد</translation>
    </message>
    <message>
        <source>Lotse keeps its data in
{path}
but this folder cannot be found. If it is on a USB stick or a network drive, connect it and click Retry.</source>
        <translation>Lotse داده‌هایش را در این مسیر نگه می‌دارد:
{path}
اما این پوشه پیدا نمی‌شود. اگر روی حافظهٔ USB یا درایو شبکه است، آن را وصل کنید و روی «تلاش دوباره» کلیک کنید.</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>انتخاب پوشهٔ دیگر</translation>
    </message>
</context>
<context>
    <name>LetterWriter</name>
    <message>
        <source>Save the appointment letter – not encrypted</source>
        <translation>ذخیرهٔ نامهٔ وقت ملاقات – رمزگذاری نشده</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>در حال نوشتن PDF …</translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation>نامهٔ وقت ملاقات</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Consultation topics</source>
        <translation>موضوع‌های مشاوره</translation>
    </message>
    <message>
        <source>Referral targets</source>
        <translation>مقصدهای ارجاع</translation>
    </message>
    <message>
        <source>Languages the club counsels in</source>
        <translation>زبان‌هایی که انجمن در آن‌ها مشاوره می‌دهد</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>فهرست‌ها</translation>
    </message>
    <message>
        <source>This list is empty – add the first entry with “Add”.</source>
        <translation>این فهرست خالی است – نخستین مورد را با «افزودن» اضافه کنید.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <source>&amp;Retire / take back</source>
        <translation>&amp;بایگانی / بازگرداندن</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>انتقال به &amp;بالا</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>انتقال به &amp;پایین</translation>
    </message>
    <message>
        <source>Offered first wherever a language is chosen. A retired language stays on old records.</source>
        <translation>هر جا زبانی انتخاب شود، اول پیشنهاد می‌شود. زبان بایگانی‌شده روی سوابق قدیمی باقی می‌ماند.</translation>
    </message>
    <message>
        <source>A retired entry stays on the consultations that used it and leaves the choice lists. A new name shows on every consultation.</source>
        <translation>مورد بایگانی‌شده روی مشاوره‌هایی که آن را به کار برده‌اند باقی می‌ماند و از فهرست‌های انتخاب حذف می‌شود. نام جدید روی همهٔ مشاوره‌ها نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>در حال استفاده</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>مشاوره‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>ابتدا یک مورد را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>افزودن به: {list}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was added.</source>
        <translation>«{name}» اضافه شد.</translation>
    </message>
    <message>
        <source>Rename &apos;{name}&apos;</source>
        <translation>تغییر نام «{name}»</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>&amp;نام جدید:</translation>
    </message>
    <message>
        <source>Renamed; every consultation shows the new name.</source>
        <translation>نام تغییر کرد؛ همهٔ مشاوره‌ها نام جدید را نشان می‌دهند.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is retired: it stays on old records and leaves the choice lists.</source>
        <translation>«{name}» بایگانی شد: روی سوابق قدیمی باقی می‌ماند و از فهرست‌های انتخاب حذف می‌شود.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in use again.</source>
        <translation>«{name}» دوباره در حال استفاده است.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Lotse – log in</source>
        <translation>Lotse – ورود</translation>
    </message>
    <message>
        <source>Welcome to Lotse</source>
        <translation>به Lotse خوش آمدید</translation>
    </message>
    <message>
        <source>The club&apos;s data is on a server: log in with your Lotse account.</source>
        <translation>داده‌های انجمن روی سرور است: با حساب Lotse خود وارد شوید.</translation>
    </message>
    <message>
        <source>The data is encrypted: log in to open it.</source>
        <translation>داده‌ها رمزگذاری شده‌اند: برای باز کردن آن‌ها وارد شوید.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>رمز عبور سرور</translation>
    </message>
    <message>
        <source>The password of the club&apos;s database on the server (its service account), from the person who set up the server.</source>
        <translation>رمز عبور پایگاه دادهٔ انجمن روی سرور (حساب سرویس آن)، که از کسی که سرور را راه‌اندازی کرده است دریافت می‌کنید.</translation>
    </message>
    <message>
        <source>Remember it on this computer (in the system&apos;s credential store)</source>
        <translation>روی این کامپیوتر به خاطر سپرده شود (در مخزن اعتبارنامه‌های سیستم)</translation>
    </message>
    <message>
        <source>&amp;Server password:</source>
        <translation>رمز عبور &amp;سرور:</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>پایگاه داده: {path}</translation>
    </message>
    <message>
        <source>Forgot the password? Use the &amp;recovery key…</source>
        <translation>ر&amp;مز عبور را فراموش کرده‌اید؟ از کلید بازیابی استفاده کنید…</translation>
    </message>
    <message>
        <source>Forgot the password? An administrator of your club sets a new one.</source>
        <translation>رمز عبور را فراموش کرده‌اید؟ مدیر سیستم انجمن شما رمز جدیدی تعیین می‌کند.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it now.</source>
        <translation>رمز عبور جدید تعیین شد. اکنون با آن وارد شوید.</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>رمز عبور نگه داشته نشد</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password will be asked for at every start.</source>
        <translation>این کامپیوتر مخزن اعتبارنامه‌ای ندارد که Lotse بتواند از آن استفاده کند، برای همین رمز عبور سرور در هر بار اجرا پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>Please choose your own password to log in.</source>
        <translation>لطفاً برای ورود، رمز عبور خودتان را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Lotse has encrypted the database. Every account keeps its password. The unencrypted file, old backups and drafts were overwritten and removed.</source>
        <translation>Lotse پایگاه داده را رمزگذاری کرد. همهٔ حساب‌ها رمز عبور خود را نگه می‌دارند. فایل رمزگذاری‌نشده، نسخه‌های پشتیبان قدیمی و پیش‌نویس‌ها بازنویسی و حذف شدند.</translation>
    </message>
    <message>
        <source>Copies of the old, unencrypted database elsewhere (USB sticks, network drives, e-mail, backups of the computer) can still be read: delete them.</source>
        <translation>کپی‌های پایگاه دادهٔ قدیمی و رمزگذاری‌نشده در جاهای دیگر (حافظه‌های USB، درایوهای شبکه، ایمیل، نسخه‌های پشتیبان کامپیوتر) هنوز خواندنی‌اند: آن‌ها را حذف کنید.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lotse</source>
        <translation>Lotse</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>مشاوره‌ها</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>وقت‌های ملاقات</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>کار داوطلبانه</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>پیمایش</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;پروندهٔ جدید</translation>
    </message>
    <message>
        <source>New &amp;consultation for the selected case</source>
        <translation>&amp;مشاورهٔ جدید برای پروندهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>&amp;تماس کوتاه بی‌نام</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;جستجوی پرونده</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet …</source>
        <translation>&amp;وارد کردن جدول …</translation>
    </message>
    <message>
        <source>&amp;Export everything …</source>
        <translation>&amp;خروجی گرفتن از همه‌چیز …</translation>
    </message>
    <message>
        <source>Audit &amp;trail …</source>
        <translation>&amp;سابقهٔ رویدادها …</translation>
    </message>
    <message>
        <source>Change &amp;password …</source>
        <translation>تغییر &amp;رمز عبور …</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>&amp;خروج / تغییر کاربر</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;پایان برنامه</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>&amp;راهنمای کاربر</translation>
    </message>
    <message>
        <source>&amp;About Lotse</source>
        <translation>&amp;دربارهٔ Lotse</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>پایگاه داده: {path}</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>واردشده: {name} ({role})</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>باز کردن پرونده</translation>
    </message>
    <message>
        <source>Anonymous short contact</source>
        <translation>تماس کوتاه بی‌نام</translation>
    </message>
    <message>
        <source>Choose a case first, then press Ctrl+Shift+N.</source>
        <translation>ابتدا یک پرونده انتخاب کنید، سپس Ctrl+Shift+N را بزنید.</translation>
    </message>
    <message>
        <source>Export for reading – not encrypted, and not a backup</source>
        <translation>خروجی برای خواندن – رمزگذاری نشده و نسخهٔ پشتیبان نیست</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>فایل Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>در حال خروجی گرفتن …</translation>
    </message>
    <message>
        <source>Exported to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed. It is not a backup: an import does not read back the sheets Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen and Veranstaltungen and the course sheets; nor the start time and referrals of consultations, the exit reason and recording days of enrollments, the time of day a follow-up was done, the address, region, availability, status, leaving and agreement dates and remarks of volunteers, and the event of volunteer hours. User accounts and project settings are not exported. A backup (Create backup …) keeps everything.</source>
        <translation>خروجی در {path} ذخیره شد. این فایل رمزگذاری نشده است: آن را در جای امن نگه دارید و وقتی دیگر لازم نیست، حذفش کنید. این فایل نسخهٔ پشتیبان نیست: هنگام وارد کردن، برگه‌های Anonyme Kurzkontakte، Tandems، Anerkennungsverfahren، Arbeitsaufnahmen، Aufwandsentschädigungen و Veranstaltungen و برگه‌های دوره‌ها دوباره خوانده نمی‌شوند؛ همچنین ساعت شروع و ارجاع‌های مشاوره‌ها، دلیل خروج و تاریخ‌های ثبت ثبت‌نام‌ها، ساعتی که پیگیری انجام شد، نشانی، منطقه، زمان‌های در دسترس، وضعیت، تاریخ کناره‌گیری و تاریخ توافق‌نامه و توضیحات داوطلبان، و رویداد مربوط به ساعت‌های داوطلبی. حساب‌های کاربری و تنظیمات پروژه‌ها خروجی گرفته نمی‌شوند. نسخهٔ پشتیبان (ایجاد نسخهٔ پشتیبان …) همه‌چیز را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>خروجی گرفتن از همه‌چیز</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>پایگاه داده به‌روزرسانی شد</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} ساعت {time}</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(زمان نامعلوم)</translation>
    </message>
    <message>
        <source>Unsaved consultation</source>
        <translation>مشاورهٔ ذخیره‌نشده</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note from {when} for a case you can no longer open. Discard it?</source>
        <translation>یک یادداشت مشاورهٔ ذخیره‌نشده از {when} برای پرونده‌ای هست که دیگر نمی‌توانید آن را باز کنید. دور ریخته شود؟</translation>
    </message>
    <message>
        <source>There is an unsaved note of an anonymous short contact from {when}. Restore it?</source>
        <translation>یک یادداشت ذخیره‌نشده از تماس کوتاه بی‌نام از {when} هست. بازیابی شود؟</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note for {case} from {when}. Restore it?</source>
        <translation>یک یادداشت مشاورهٔ ذخیره‌نشده برای {case} از {when} هست. بازیابی شود؟</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>رمز عبور شما تغییر کرد.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>پیش‌نمایش جدول</translation>
    </message>
    <message>
        <source>&amp;Remember these assignments for the next import</source>
        <translation>&amp;این تطبیق‌ها را برای ورود بعدی به خاطر بسپار</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. Some column headers are not known: assign them to a template column or leave them ignored.</source>
        <translation>نخستین ردیف‌ها، همان‌طور که Lotse آن‌ها را می‌خواند. برخی سرستون‌ها شناخته نیستند: آن‌ها را به یکی از ستون‌های الگو نسبت دهید یا نادیده بگیرید.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— نادیده گرفتن —</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. All column headers are known.</source>
        <translation>نخستین ردیف‌ها، همان‌طور که Lotse آن‌ها را می‌خواند. همهٔ سرستون‌ها شناخته‌شده‌اند.</translation>
    </message>
</context>
<context>
    <name>MentorshipModel</name>
    <message>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>ساعت‌های انجام‌شده</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case files</source>
        <translation>ادغام پرونده‌ها</translation>
    </message>
    <message>
        <source>Everything of the other case file – consultations, enrollments, follow-ups, consents and tandems – moves into {case} ({name}); the other case file is then removed. This cannot be undone.</source>
        <translation>همهٔ محتوای پروندهٔ دیگر – مشاوره‌ها، ثبت‌نام‌ها، پیگیری‌ها، رضایت‌ها و تاندم‌ها – به {case} ({name}) منتقل می‌شود؛ سپس پروندهٔ دیگر برداشته می‌شود. این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>نام یا شمارهٔ پرونده</translation>
    </message>
    <message>
        <source>Find the other case file</source>
        <translation>جستجوی پروندهٔ دیگر</translation>
    </message>
    <message>
        <source>Case files to merge</source>
        <translation>پرونده‌های قابل ادغام</translation>
    </message>
    <message>
        <source>e.g. entered twice at the first contact</source>
        <translation>مثلاً در اولین تماس دو بار ثبت شده</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;جستجو:</translation>
    </message>
    <message>
        <source>&amp;Other case file:</source>
        <translation>&amp;پروندهٔ دیگر:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message>
        <source>{case} · {name} · born {birth} · likely the same person</source>
        <translation>{case} · {name} · متولد {birth} · احتمالاً همان شخص</translation>
    </message>
    <message>
        <source>Other case file: please choose one.</source>
        <translation>پروندهٔ دیگر: لطفاً یکی را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>OrganisationBox</name>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>e.g. Data protection officer, Musterstr. 1, 30159 Hannover, datenschutz@…</source>
        <translation>مثلاً مسئول حفاظت از داده‌ها، Musterstr. 1, 30159 Hannover, datenschutz@…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>انتخاب &amp;لوگو…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>&amp;برداشتن لوگو</translation>
    </message>
    <message>
        <source>Save &amp;organisation</source>
        <translation>ذخیرهٔ &amp;سازمان</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;خیابان:</translation>
    </message>
    <message>
        <source>Post&amp;code / city:</source>
        <translation>&amp;کد پستی / شهر:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;تلفن:</translation>
    </message>
    <message>
        <source>&amp;Data protection contact:</source>
        <translation>تماس برای &amp;حفاظت از داده‌ها:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>لوگو:</translation>
    </message>
    <message>
        <source>Printed at the top of reports, agreements, timesheets and notices.</source>
        <translation>در بالای گزارش‌ها، توافق‌نامه‌ها، گزارش‌های ساعت و اطلاعیه‌ها چاپ می‌شود.</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>بدون لوگو</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>انتخاب لوگو</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This file is not a picture Lotse can read.</source>
        <translation>این فایل تصویری نیست که Lotse بتواند بخواند.</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>لوگو ذخیره شد.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>لوگو برداشته شد.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>سازمان شما</translation>
    </message>
    <message>
        <source>The name appears on reports and timesheets.</source>
        <translation>این نام روی گزارش‌ها و گزارش‌های ساعت نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>e.g. Brückenschlag e.V.</source>
        <translation>مثلاً Brückenschlag e.V.</translation>
    </message>
    <message>
        <source>Na&amp;me of the organisation:</source>
        <translation>&amp;نام سازمان:</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>نام سازمان</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>My follow-ups due</source>
        <translation>پیگیری‌های سررسیدشدهٔ من</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>موردی سررسید نشده است.</translation>
    </message>
    <message>
        <source>ESF entry data missing</source>
        <translation>داده‌های ورود ESF ناقص است</translation>
    </message>
    <message>
        <source>All entry questionnaires recorded.</source>
        <translation>همهٔ پرسش‌نامه‌های ورود ثبت شده‌اند.</translation>
    </message>
    <message>
        <source>ESF exit data overdue</source>
        <translation>داده‌های خروج ESF عقب‌افتاده</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>موردی عقب نیفتاده است.</translation>
    </message>
    <message>
        <source>6-month follow-ups due</source>
        <translation>پیگیری‌های 6 ماههٔ سررسیدشده</translation>
    </message>
    <message>
        <source>Recently opened cases</source>
        <translation>پرونده‌های تازه ایجادشده</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>هنوز پرونده‌ای نیست.</translation>
    </message>
    <message>
        <source>No backup has been copied outside the data folder yet. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>هنوز هیچ نسخهٔ پشتیبانی بیرون از پوشهٔ داده‌ها کپی نشده است. فایل ← ایجاد نسخهٔ پشتیبان … را انتخاب کنید و آن را روی حافظهٔ USB یا درایو شبکه ذخیره کنید.</translation>
    </message>
    <message>
        <source>The last backup outside the data folder is from {date}, more than {days} days ago. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>آخرین نسخهٔ پشتیبان بیرون از پوشهٔ داده‌ها مربوط به {date} است، بیش از {days} روز پیش. فایل ← ایجاد نسخهٔ پشتیبان … را انتخاب کنید و آن را روی حافظهٔ USB یا درایو شبکه ذخیره کنید.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Anonymisations due:&lt;/b&gt; the retention of %n record(s) has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;بی‌نام‌سازی‌های سررسیدشده:&lt;/b&gt; مدت نگهداری %n رکورد به پایان رسیده است. &lt;a href=&quot;privacy&quot;&gt;بررسی و تأیید&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>سلام، {name}</translation>
    </message>
    <message>
        <source>consultations this month</source>
        <translation>مشاوره در این ماه</translation>
    </message>
    <message>
        <source>people counselled this month</source>
        <translation>فرد مشاوره‌گرفته در این ماه</translation>
    </message>
    <message>
        <source>new cases this month</source>
        <translation>پروندهٔ جدید در این ماه</translation>
    </message>
    <message>
        <source>open cases of {total} in total</source>
        <translation>پروندهٔ باز از مجموع {total}</translation>
    </message>
    <message>
        <source>active volunteers</source>
        <translation>داوطلب فعال</translation>
    </message>
    <message>
        <source>volunteer hours approved this month</source>
        <translation>ساعت داوطلبی تأییدشده در این ماه</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>وقت‌های ملاقات</translation>
    </message>
</context>
<context>
    <name>OwnHoursModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>OwnHoursTab</name>
    <message>
        <source>No hours yet – enter them with “Enter my hours”.</source>
        <translation>هنوز ساعتی ثبت نشده است – با «ثبت ساعت‌های من» ثبت کنید.</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>ساعت‌های من</translation>
    </message>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>&amp;ثبت ساعت‌های من …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>&amp;هفتهٔ من …</translation>
    </message>
    <message>
        <source>Approved so far: {hours} hours</source>
        <translation>تأییدشده تا کنون: {hours} ساعت</translation>
    </message>
</context>
<context>
    <name>PaperworkList</name>
    <message>
        <source>Police clearances and trainings</source>
        <translation>گواهی‌های عدم سوءپیشینه و آموزش‌ها</translation>
    </message>
    <message>
        <source>All clearances and trainings in order.</source>
        <translation>همهٔ گواهی‌ها و آموزش‌ها کامل است.</translation>
    </message>
    <message>
        <source>police clearance missing</source>
        <translation>گواهی عدم سوءپیشینه موجود نیست</translation>
    </message>
    <message>
        <source>training missing</source>
        <translation>آموزش انجام نشده</translation>
    </message>
    <message>
        <source>police clearance to renew by {date}</source>
        <translation>گواهی عدم سوءپیشینه باید تا {date} تمدید شود</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>ویرایش همکار</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>همکار جدید</translation>
    </message>
    <message>
        <source>e.g. placement into work</source>
        <translation>مثلاً کاریابی</translation>
    </message>
    <message>
        <source>&amp;Active: asked at first contact</source>
        <translation>&amp;فعال: در اولین تماس پرسیده می‌شود</translation>
    </message>
    <message>
        <source>The consent form names the partner and the purpose. Only people who consented, and did not withdraw, are in the partner&apos;s export.</source>
        <translation>فرم رضایت، نام همکار و هدف را ذکر می‌کند. در خروجی برای همکار فقط کسانی هستند که رضایت داده‌اند و آن را لغو نکرده‌اند.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;هدف:</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>Partner</source>
        <translation>همکار</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>بایگانی‌شده</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record allowance payment</source>
        <translation>ثبت پرداخت کمک‌هزینه</translation>
    </message>
    <message>
        <source>e.g. 120,00</source>
        <translation>مثلاً 120,00</translation>
    </message>
    <message>
        <source>Work compensated to</source>
        <translation>فعالیت جبران‌شده تا</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>&amp;Work compensated from:</source>
        <translation>فعالیت جبران‌شده &amp;از:</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;داوطلب:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;تاریخ پرداخت:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;مبلغ (€):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاریخ پرداخت</translation>
    </message>
    <message>
        <source>Work compensated from</source>
        <translation>فعالیت جبران‌شده از</translation>
    </message>
    <message>
        <source>Hours on the compensated days are paid work, not an in-kind contribution.</source>
        <translation>ساعت‌های روزهای جبران‌شده، کار با دستمزد به حساب می‌آیند، نه سهم غیرنقدی (کار داوطلبانه).</translation>
    </message>
    <message>
        <source>With this payment: </source>
        <translation>با این پرداخت: </translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Gender:</source>
        <translation>جنسیت:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>تاریخ تولد:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <source>Living abroad in:</source>
        <translation>محل سکونت در خارج از کشور:</translation>
    </message>
    <message>
        <source>Phone / e-mail:</source>
        <translation>تلفن / ایمیل:</translation>
    </message>
    <message>
        <source>Nationalities:</source>
        <translation>تابعیت‌ها:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>زبان‌ها:</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>کشور محل تولد:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>وضعیت اقامت:</translation>
    </message>
    <message>
        <source>Year of arrival:</source>
        <translation>سال ورود:</translation>
    </message>
    <message>
        <source>Knowledge of German:</source>
        <translation>آشنایی با زبان آلمانی:</translation>
    </message>
    <message>
        <source>School qualification:</source>
        <translation>مدرک تحصیلی مدرسه:</translation>
    </message>
    <message>
        <source>Vocational qualification:</source>
        <translation>مدرک حرفه‌ای:</translation>
    </message>
    <message>
        <source>Reference occupation:</source>
        <translation>شغل مرجع:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>شغل دارای مقررات ویژه:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>وضعیت به رسمیت شناختن:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>آشنایی با ما از طریق:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>توضیحات:</translation>
    </message>
    <message>
        <source>{value} (obtained in {country})</source>
        <translation>{value} (اخذشده در {country})</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>شروع به کار</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>شروع به کار جدید</translation>
    </message>
    <message>
        <source>e.g. 39,5</source>
        <translation>مثلاً 39,5</translation>
    </message>
    <message>
        <source>e.g. nursing, software development</source>
        <translation>مثلاً پرستاری، برنامه‌نویسی نرم‌افزار</translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation>— بدون پیوند —</translation>
    </message>
    <message>
        <source>&amp;Employer *</source>
        <translation>&amp;کارفرما *</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>&amp;شهر</translation>
    </message>
    <message>
        <source>Secto&amp;r (WZ 2008)</source>
        <translation>&amp;رشتهٔ اقتصادی (WZ 2008)</translation>
    </message>
    <message>
        <source>Start &amp;date *</source>
        <translation>&amp;تاریخ شروع *</translation>
    </message>
    <message>
        <source>&amp;Contract type *</source>
        <translation>&amp;نوع قرارداد *</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;ساعت در هفته</translation>
    </message>
    <message>
        <source>Occupation &amp;field</source>
        <translation>&amp;حوزهٔ شغلی</translation>
    </message>
    <message>
        <source>&amp;Linked exit</source>
        <translation>&amp;خروج پیوندشده</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاریخ شروع</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>کارفرما</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>رشتهٔ اقتصادی</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>ساعت در هفته</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>حوزهٔ شغلی</translation>
    </message>
    <message>
        <source>Exit from project</source>
        <translation>خروج از پروژه</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>No work or training taken up yet – record it with “New placement”.</source>
        <translation>هنوز شروع به کار یا آموزشی ثبت نشده است – با «شروع به کار جدید» ثبت کنید.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>شروع به کارها</translation>
    </message>
    <message>
        <source>&amp;New placement …</source>
        <translation>&amp;شروع به کار جدید …</translation>
    </message>
    <message>
        <source>Edit &amp;placement …</source>
        <translation>و&amp;یرایش شروع به کار …</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>حذف شروع به کار</translation>
    </message>
    <message>
        <source>Delete the placement at “{employer}”?</source>
        <translation>شروع به کار نزد «{employer}» حذف شود؟</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>How long personal data are kept</source>
        <translation>مدت نگهداری داده‌های شخصی</translation>
    </message>
    <message>
        <source>Cases &amp;without a project, after the last contact:</source>
        <translation>پرونده‌های &amp;بدون پروژه، پس از آخرین تماس:</translation>
    </message>
    <message>
        <source>Former &amp;volunteers, after leaving:</source>
        <translation>&amp;داوطلبان پیشین، پس از کناره‌گیری:</translation>
    </message>
    <message>
        <source>Participants of a project are kept for the years set in the project after 31 December of the year it ends (ESF: Art. 82 Regulation (EU) 2021/1060), see Projects. Police clearances are deleted three months after a volunteer leaves (§ 72a (5) SGB VIII).</source>
        <translation>داده‌های شرکت‌کنندگان یک پروژه تا تعداد سال‌هایی که در پروژه تعیین شده، پس از 31 دسامبر سال پایان پروژه نگهداری می‌شوند (ESF: مادهٔ 82 آیین‌نامهٔ (EU) 2021/1060)؛ بخش «پروژه‌ها» را ببینید. اطلاعات گواهی عدم سوءپیشینه سه ماه پس از کناره‌گیری داوطلب حذف می‌شود (§ 72a (5) SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;Save retention</source>
        <translation>&amp;ذخیرهٔ مدت نگهداری</translation>
    </message>
    <message>
        <source>Anonymisations due</source>
        <translation>بی‌نام‌سازی‌های سررسیدشده</translation>
    </message>
    <message>
        <source>&amp;Anonymise all that is due …</source>
        <translation>&amp;بی‌نام‌سازی همهٔ موارد سررسیدشده …</translation>
    </message>
    <message>
        <source>Records of processing acti&amp;vities (Art. 30) …</source>
        <translation>&amp;فهرست فعالیت‌های پردازش داده (مادهٔ 30) …</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سال</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due.</source>
        <translation>
            <numerusform>%n رکورد سررسید شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due: no retention has ended.</source>
        <translation>موردی سررسید نشده است: مدت نگهداری هیچ رکوردی به پایان نرسیده است.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The server&apos;s own backups still hold the old data until they are replaced: tell whoever runs the server.</source>
        <translation>
            <numerusform>%n رکورد اکنون بی‌نام شود؟ نام‌ها، اطلاعات تماس، یادداشت‌ها و تاریخ‌های تولد برای همیشه برداشته می‌شوند؛ گزارش‌ها ارقام خود را نگه می‌دارند. نسخه‌های پشتیبان خودِ سرور تا زمان جایگزینی، هنوز داده‌های قدیمی را دارند: به کسی که سرور را اداره می‌کند خبر دهید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>بی‌نام‌سازی</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</source>
        <translation>
            <numerusform>%n رکورد اکنون بی‌نام شود؟ نام‌ها، اطلاعات تماس، یادداشت‌ها و تاریخ‌های تولد برای همیشه برداشته می‌شوند؛ گزارش‌ها ارقام خود را نگه می‌دارند. نسخه‌های پشتیبان در پوشهٔ داده‌ها با یک نسخهٔ جدید جایگزین می‌شوند؛ کپی‌های جاهای دیگر (حافظه‌های USB) هنوز داده‌های قدیمی را دارند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising …</source>
        <translation>در حال بی‌نام‌سازی …</translation>
    </message>
    <message>
        <source>Anonymised case files: {cases}; anonymised former volunteers: {volunteers}; police clearances deleted: {clearances}.</source>
        <translation>پرونده‌های بی‌نام‌شده: {cases}؛ داوطلبان پیشینِ بی‌نام‌شده: {volunteers}؛ اطلاعات حذف‌شدهٔ گواهی عدم سوءپیشینه: {clearances}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The file {path} could not be written or read: {reason}.</source>
        <translation>فایل {path} نوشته یا خوانده نشد: {reason}.</translation>
    </message>
    <message>
        <source>A file could not be written or read: {reason}.</source>
        <translation>یک فایل نوشته یا خوانده نشد: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Recognition procedure</source>
        <translation>روند به رسمیت شناختن مدرک</translation>
    </message>
    <message>
        <source>New recognition procedure</source>
        <translation>روند جدید به رسمیت شناختن مدرک</translation>
    </message>
    <message>
        <source>German reference occupation, e.g. Pflegefachfrau</source>
        <translation>شغل مرجع آلمانی، مثلاً Pflegefachfrau</translation>
    </message>
    <message>
        <source>e.g. 81302</source>
        <translation>مثلاً 81302</translation>
    </message>
    <message>
        <source>KldB 2010 code of the Bundesagentur für Arbeit, five digits; the last one is the level of requirement (1 helper, 2 skilled, 3 specialist, 4 expert).</source>
        <translation>کد KldB 2010 ادارهٔ فدرال کار (Bundesagentur für Arbeit)، پنج رقم؛ رقم آخر سطح مهارت است (1 کمکی، 2 کارگر ماهر، 3 متخصص، 4 کارشناس ارشد).</translation>
    </message>
    <message>
        <source>e.g. Landesamt für Soziales</source>
        <translation>مثلاً Landesamt für Soziales</translation>
    </message>
    <message>
        <source>— not decided yet —</source>
        <translation>— هنوز تصمیم گرفته نشده —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— هیچ —</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Qualification and reference occupation</source>
        <translation>مدرک و شغل مرجع</translation>
    </message>
    <message>
        <source>Reference &amp;occupation *</source>
        <translation>&amp;شغل مرجع *</translation>
    </message>
    <message>
        <source>&amp;KldB 2010 code</source>
        <translation>کد &amp;KldB 2010</translation>
    </message>
    <message>
        <source>&amp;Regulated profession</source>
        <translation>ش&amp;غل دارای مقررات ویژه</translation>
    </message>
    <message>
        <source>Qualification obtained &amp;in</source>
        <translation>مدرک اخذشده &amp;در</translation>
    </message>
    <message>
        <source>&amp;Year obtained</source>
        <translation>&amp;سال اخذ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>روند</translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation>&amp;مرجع صلاحیت‌دار</translation>
    </message>
    <message>
        <source>A&amp;pplication date</source>
        <translation>تا&amp;ریخ درخواست</translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation>تار&amp;یخ تصمیم</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>&amp;نتیجه</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>دورهٔ تطبیق</translation>
    </message>
    <message>
        <source>Kind of &amp;measure</source>
        <translation>ن&amp;وع اقدام</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>&amp;برگزارکننده</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>&amp;تا</translation>
    </message>
    <message>
        <source>Adaptation from</source>
        <translation>دورهٔ تطبیق از</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>دورهٔ تطبیق تا</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;از</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>ت&amp;کمیل‌شده</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>تاریخ درخواست</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاریخ تصمیم</translation>
    </message>
</context>
<context>
    <name>ProcedureModel</name>
    <message>
        <source>Reference occupation</source>
        <translation>شغل مرجع</translation>
    </message>
    <message>
        <source>Regulated</source>
        <translation>دارای مقررات ویژه</translation>
    </message>
    <message>
        <source>Qualification from</source>
        <translation>مدرک از</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>دورهٔ تطبیق</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>تکمیل‌شده</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project {code}</source>
        <translation>پروژهٔ {code}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>پروژهٔ جدید</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;عمومی</translation>
    </message>
    <message>
        <source>ESF &amp;Plus</source>
        <translation>ESF &amp;Plus</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>نتا&amp;یج</translation>
    </message>
    <message>
        <source>&amp;Hour values</source>
        <translation>ا&amp;رزش ساعت‌ها</translation>
    </message>
    <message>
        <source>Supported &amp;organisations</source>
        <translation>نها&amp;دهای حمایت‌شده</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>مثلاً WIR-2026</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سال</translation>
    </message>
    <message>
        <source>empty: statutory minimum wage of each year</source>
        <translation>خالی: حداقل دستمزد قانونی هر سال</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;کد:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>Funding progra&amp;mme:</source>
        <translation>&amp;برنامهٔ حمایتی:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;تأمین‌کنندهٔ مالی:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>&amp;شروع:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>&amp;پایان:</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>&amp;مدت نگهداری داده‌های شخصی:</translation>
    </message>
    <message>
        <source>Value of a volunteer hour (€, &amp;all years):</source>
        <translation>ارزش یک ساعت کار داوطلبانه (€، &amp;همهٔ سال‌ها):</translation>
    </message>
    <message>
        <source>The project reports participant data to ESF Plus</source>
        <translation>پروژه داده‌های شرکت‌کنندگان را به ESF Plus گزارش می‌دهد</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>بدون حداقل</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ساعت</translation>
    </message>
    <message>
        <source>The project supports administrations or enterprises (EECO18, EECO19)</source>
        <translation>پروژه از ادارات یا شرکت‌ها حمایت می‌کند (EECO18، EECO19)</translation>
    </message>
    <message>
        <source>People who received less support than the minimum (hours of consultations booked to the project) stay counselling contacts and count in no ESF indicator. The entry and exit questionnaires are asked only in ESF projects.</source>
        <translation>کسانی که کمتر از حداقل حمایت دریافت کرده‌اند (ساعت‌های مشاورهٔ ثبت‌شده در پروژه)، تماس مشاوره‌ای باقی می‌مانند و در هیچ شاخص ESF شمرده نمی‌شوند. پرسش‌نامه‌های ورود و خروج فقط در پروژه‌های ESF پرسیده می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Long-term unemployed:</source>
        <translation>&amp;بیکار طولانی‌مدت:</translation>
    </message>
    <message>
        <source>&amp;Minimum support for ESF participants:</source>
        <translation>&amp;حداقل حمایت برای شرکت‌کنندگان ESF:</translation>
    </message>
    <message>
        <source>Situations after exit that count as success</source>
        <translation>وضعیت‌های پس از خروج که موفقیت به حساب می‌آیند</translation>
    </message>
    <message>
        <source>a qualification gained</source>
        <translation>کسب مدرک</translation>
    </message>
    <message>
        <source>The project starts with the usual exit reasons (finished, goal reached, dropped out, moved away …). Rename, add or retire them after saving.</source>
        <translation>پروژه با دلیل‌های خروج معمول شروع می‌شود (به پایان رسانده، به هدف رسیده، نیمه‌کاره رها کرده، نقل مکان کرده …). پس از ذخیره می‌توانید نام آن‌ها را تغییر دهید، دلیل تازه اضافه کنید یا آن‌ها را بایگانی کنید.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>First project</source>
        <translation>نخستین پروژه</translation>
    </message>
    <message>
        <source>A funded project groups participants, consultations and volunteer hours for the funder&apos;s statistics.</source>
        <translation>یک پروژهٔ حمایت‌شده، شرکت‌کنندگان، مشاوره‌ها و ساعت‌های داوطلبی را برای آمار تأمین‌کنندهٔ مالی گرد هم می‌آورد.</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>مثلاً WIR-2026</translation>
    </message>
    <message>
        <source>e.g. Brücken in Arbeit</source>
        <translation>مثلاً Brücken in Arbeit</translation>
    </message>
    <message>
        <source>e.g. BMAS / ESF Plus</source>
        <translation>مثلاً BMAS / ESF Plus</translation>
    </message>
    <message>
        <source>Project has an &amp;end date</source>
        <translation>&amp;پروژه تاریخ پایان دارد</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>ESF Plus reporting (participant questionnaires)</source>
        <translation>گزارش‌دهی ESF Plus (پرسش‌نامه‌های شرکت‌کنندگان)</translation>
    </message>
    <message>
        <source>Value of one volunteer hour for the club&apos;s own contribution.</source>
        <translation>ارزش یک ساعت کار داوطلبانه برای سهم خود انجمن.</translation>
    </message>
    <message>
        <source>Project co&amp;de:</source>
        <translation>&amp;کد پروژه:</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>&amp;نام پروژه:</translation>
    </message>
    <message>
        <source>Funding &amp;programme:</source>
        <translation>&amp;برنامهٔ حمایتی:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;تأمین‌کنندهٔ مالی:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;شروع:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate volunteering:</source>
        <translation>ن&amp;رخ ساعتی کار داوطلبانه:</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>برنامهٔ حمایتی</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دورهٔ اجرا</translation>
    </message>
    <message>
        <source>ESF Plus</source>
        <translation>ESF Plus</translation>
    </message>
    <message>
        <source>Value of a volunteer hour</source>
        <translation>ارزش یک ساعت داوطلبی</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>running</source>
        <translation>در حال اجرا</translation>
    </message>
    <message>
        <source>per year / minimum wage</source>
        <translation>سالانه / حداقل دستمزد</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Not enrolled in a project yet – enroll with “Enroll in project”.</source>
        <translation>هنوز در هیچ پروژه‌ای ثبت‌نام نشده است – با «ثبت‌نام در پروژه» ثبت‌نام کنید.</translation>
    </message>
    <message>
        <source>Project enrollments</source>
        <translation>ثبت‌نام‌ها در پروژه</translation>
    </message>
    <message>
        <source>Enroll in &amp;project</source>
        <translation>&amp;ثبت‌نام در پروژه</translation>
    </message>
    <message>
        <source>Entry &amp;questionnaire</source>
        <translation>&amp;پرسش‌نامهٔ ورود</translation>
    </message>
    <message>
        <source>Record e&amp;xit</source>
        <translation>ثبت &amp;خروج</translation>
    </message>
    <message>
        <source>&amp;6-month answers</source>
        <translation>پاسخ‌های &amp;6 ماهه</translation>
    </message>
    <message>
        <source>Remo&amp;ve enrollment</source>
        <translation>ب&amp;رداشتن ثبت‌نام</translation>
    </message>
    <message>
        <source>Remove enrollment</source>
        <translation>برداشتن ثبت‌نام</translation>
    </message>
    <message>
        <source>Remove the enrollment in {project}? It is deleted with its questionnaire. Why?</source>
        <translation>ثبت‌نام در {project} برداشته شود؟ همراه با پرسش‌نامه‌اش حذف می‌شود. چرا؟</translation>
    </message>
    <message>
        <source>No projects yet – add one with “New project”.</source>
        <translation>هنوز پروژه‌ای نیست – با «پروژهٔ جدید» یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;پروژهٔ جدید</translation>
    </message>
    <message>
        <source>&amp;Edit project</source>
        <translation>&amp;ویرایش پروژه</translation>
    </message>
    <message>
        <source>&amp;Show project</source>
        <translation>&amp;نمایش پروژه</translation>
    </message>
    <message>
        <source>&amp;Close / reopen project</source>
        <translation>&amp;بستن / بازگشایی پروژه</translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>ابتدا یک پروژه را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>{code} is open again.</source>
        <translation>{code} دوباره باز است.</translation>
    </message>
    <message>
        <source>{code} is closed: it leaves the choice lists; its data and reports stay.</source>
        <translation>{code} بسته شد: از فهرست‌های انتخاب حذف می‌شود؛ داده‌ها و گزارش‌های آن باقی می‌مانند.</translation>
    </message>
</context>
<context>
    <name>QuietTandemList</name>
    <message>
        <source>Tandems without meetings</source>
        <translation>تاندم‌های بدون دیدار</translation>
    </message>
    <message>
        <source>Every tandem meets as agreed.</source>
        <translation>همهٔ تاندم‌ها طبق توافق با هم دیدار می‌کنند.</translation>
    </message>
    <message>
        <source>no meeting logged yet</source>
        <translation>هنوز دیداری ثبت نشده</translation>
    </message>
    <message>
        <source>last meeting {date}</source>
        <translation>آخرین دیدار {date}</translation>
    </message>
    <message>
        <source>A meeting was due by {date}.</source>
        <translation>دیدار تا {date} سررسید داشت.</translation>
    </message>
</context>
<context>
    <name>RecognitionTab</name>
    <message>
        <source>No recognition procedure yet – add one with “New procedure”.</source>
        <translation>هنوز روند به رسمیت شناختن مدرکی نیست – با «روند جدید» یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Recognition procedures</source>
        <translation>روندهای به رسمیت شناختن مدرک</translation>
    </message>
    <message>
        <source>&amp;New procedure …</source>
        <translation>&amp;روند جدید …</translation>
    </message>
    <message>
        <source>Edit &amp;procedure …</source>
        <translation>و&amp;یرایش روند …</translation>
    </message>
    <message>
        <source>Delete recognition procedure</source>
        <translation>حذف روند به رسمیت شناختن مدرک</translation>
    </message>
    <message>
        <source>Delete the procedure “{occupation}”?</source>
        <translation>روند «{occupation}» حذف شود؟</translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessingDialog</name>
    <message>
        <source>Records of processing activities (Art. 30 GDPR)</source>
        <translation>فهرست فعالیت‌های پردازش داده (مادهٔ 30 DSGVO)</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>فهرست فعالیت‌های پردازش داده</translation>
    </message>
    <message>
        <source>Save as &amp;PDF …</source>
        <translation>ذخیره به‌صورت &amp;PDF …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Save the records of processing</source>
        <translation>ذخیرهٔ فهرست فعالیت‌های پردازش داده</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>در حال نوشتن PDF …</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <source>Lotse – new administrator password</source>
        <translation>Lotse – رمز عبور جدید مدیر سیستم</translation>
    </message>
    <message>
        <source>With the recovery key (the printed Notfallschlüssel) an administrator account gets a new password. Other accounts get theirs from an administrator.</source>
        <translation>با کلید بازیابی (برگهٔ چاپ‌شدهٔ Notfallschlüssel) یک حساب مدیر سیستم رمز عبور جدید می‌گیرد. حساب‌های دیگر رمز خود را از مدیر سیستم می‌گیرند.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;کلید بازیابی:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>&amp;نام کاربری مدیر سیستم:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>رمز عبور &amp;جدید:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>&amp;تکرار رمز عبور:</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>ت&amp;عیین رمز عبور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>تکرار رمز عبور: دو رمز عبور یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Lotse – recovery key</source>
        <translation>Lotse – کلید بازیابی</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>کلید بازیابی شما</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;ادامه</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>The database is created and encrypted.</source>
        <translation>پایگاه داده ایجاد و رمزگذاری شد.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Lotse encrypts all data. Without a password or this recovery key nobody can read it – not even whoever finds the laptop or a backup. If no administrator knows their password any more, the recovery key sets a new one. It is shown only now: print it as the Notfallschlüssel or write it down, and keep it locked away, apart from the laptop.</source>
        <translation>Lotse همهٔ داده‌ها را رمزگذاری می‌کند. بدون رمز عبور یا این کلید بازیابی هیچ‌کس نمی‌تواند آن‌ها را بخواند – حتی کسی که لپ‌تاپ یا یک نسخهٔ پشتیبان را پیدا کند. اگر هیچ مدیر سیستمی دیگر رمز عبور خود را به یاد نداشته باشد، کلید بازیابی رمز جدیدی تعیین می‌کند. این کلید فقط همین حالا نمایش داده می‌شود: آن را به‌صورت Notfallschlüssel چاپ کنید یا یادداشت کنید و جدا از لپ‌تاپ، در جای قفل‌شده نگه دارید.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print (Notfallschlüssel)…</source>
        <translation>ذخیره به‌صورت &amp;PDF برای چاپ (Notfallschlüssel)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key.</source>
        <translation>کلید بازیابی را چاپ یا یادداشت کرده‌ام.</translation>
    </message>
    <message>
        <source>Lotse-Notfallschluessel.pdf</source>
        <translation>Lotse-Notfallschluessel.pdf</translation>
    </message>
    <message>
        <source>Save the Notfallschlüssel</source>
        <translation>ذخیرهٔ Notfallschlüssel (کلید بازیابی)</translation>
    </message>
    <message>
        <source>Notfallschlüssel</source>
        <translation>Notfallschlüssel (کلید بازیابی)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file: whoever has it can read the data.</source>
        <translation>در {path} ذخیره شد. آن را چاپ کنید و سپس فایل را حذف کنید: هر کس این فایل را داشته باشد، می‌تواند داده‌ها را بخواند.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Police clearance</source>
        <translation>گواهی عدم سوءپیشینه</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>ساعت‌های امسال</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>موجود نیست</translation>
    </message>
    <message>
        <source>renewal due since {date}</source>
        <translation>تمدید از {date} سررسید شده</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>معتبر تا {date}</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Search volunteers</source>
        <translation>جستجوی داوطلبان</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>جستجوی نام یا شماره</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>No volunteers found – register one with “New volunteer”.</source>
        <translation>داوطلبی پیدا نشد – با «داوطلب جدید» یکی ثبت کنید.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <source>&amp;New volunteer …</source>
        <translation>&amp;داوطلب جدید …</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;ویرایش …</translation>
    </message>
    <message>
        <source>Enter h&amp;ours …</source>
        <translation>ثبت &amp;ساعت‌ها …</translation>
    </message>
    <message>
        <source>&amp;Week …</source>
        <translation>&amp;هفته …</translation>
    </message>
    <message>
        <source>&amp;Timesheets …</source>
        <translation>&amp;گزارش‌های ساعت …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>&amp;اسناد …</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>ابتدا یک داوطلب را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation>اسناد {name}</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>ESF Plus participant data</source>
        <translation>داده‌های شرکت‌کنندگان ESF Plus</translation>
    </message>
    <message>
        <source>Counselling statistics</source>
        <translation>آمار مشاوره</translation>
    </message>
    <message>
        <source>Volunteering (hours, value, allowances)</source>
        <translation>کار داوطلبانه (ساعت‌ها، ارزش، کمک‌هزینه‌ها)</translation>
    </message>
    <message>
        <source>Outcomes after exit</source>
        <translation>نتایج پس از خروج</translation>
    </message>
    <message>
        <source>Events (attendees, languages, partners)</source>
        <translation>رویدادها (شرکت‌کنندگان، زبان‌ها، همکاران)</translation>
    </message>
    <message>
        <source>Recognition counselling</source>
        <translation>مشاورهٔ به رسمیت شناختن مدرک</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>سال تقویمی</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>نیم‌سال</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>فصل (سه‌ماهه)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>بازهٔ دلخواه</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>آغاز بازه</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>پایان بازه</translation>
    </message>
    <message>
        <source>cumulative from the project start</source>
        <translation>تجمعی از آغاز پروژه</translation>
    </message>
    <message>
        <source>&amp;Show preview</source>
        <translation>&amp;نمایش پیش‌نمایش</translation>
    </message>
    <message>
        <source>Save as &amp;Excel …</source>
        <translation>ذخیره به‌صورت &amp;Excel …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF …</source>
        <translation>ذخیره به‌صورت &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;گزارش:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;پروژه:</translation>
    </message>
    <message>
        <source>Projects (none = all):</source>
        <translation>پروژه‌ها (هیچ = همه):</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>&amp;بازهٔ زمانی:</translation>
    </message>
    <message>
        <source>Choose the report and period, then show the preview.</source>
        <translation>گزارش و بازهٔ زمانی را انتخاب کنید، سپس پیش‌نمایش را ببینید.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>فایل Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report – the file will not be encrypted</source>
        <translation>ذخیرهٔ گزارش – فایل رمزگذاری نخواهد شد</translation>
    </message>
    <message>
        <source>Writing the report …</source>
        <translation>در حال نوشتن گزارش …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>ذخیره شد: {path}</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>گزارش ذخیره شد</translation>
    </message>
    <message>
        <source>The report was saved as
{path}

The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>گزارش ذخیره شد با نام
{path}

این فایل رمزگذاری نشده است: آن را در جای امن نگه دارید و وقتی دیگر لازم نیست، حذفش کنید.</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>باز کردن &amp;فایل</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>باز کردن &amp;پوشه</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>بازنشانی رمز عبور {name}</translation>
    </message>
    <message>
        <source>{name} is active again. Deactivating removed the account&apos;s key to the database, so {name} can log in only after you set a new password.</source>
        <translation>{name} دوباره فعال است. هنگام غیرفعال‌سازی، کلید این حساب برای پایگاه داده برداشته شد؛ بنابراین {name} فقط پس از آنکه شما رمز عبور جدیدی تعیین کنید، می‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>Give the temporary password to {name} in person. At the next login Lotse asks for a new one.</source>
        <translation>رمز عبور موقت را حضوری به {name} بدهید. در ورود بعدی، Lotse رمز جدیدی می‌خواهد.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>رمز عبور &amp;موقت:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;تکرار رمز عبور:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>All rows are imported together, or none.</source>
        <translation>همهٔ ردیف‌ها با هم وارد می‌شوند، یا هیچ‌کدام.</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>در حال وارد کردن …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>وارد کردن لغو شد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The import found problems and changed nothing.</source>
        <translation>هنگام وارد کردن مشکلاتی پیدا شد و چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>وارد شد: {created} ایجاد، {updated} به‌روزرسانی، {unchanged} بدون تغییر.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The database server</source>
        <translation>سرور پایگاه داده</translation>
    </message>
    <message>
        <source>Enter what the person who set up the server gave you. Lotse connects now to check it.</source>
        <translation>اطلاعاتی را وارد کنید که کسی که سرور را راه‌اندازی کرده به شما داده است. Lotse اکنون برای بررسی آن به سرور وصل می‌شود.</translation>
    </message>
    <message>
        <source>e.g. server.local or 192.168.1.10</source>
        <translation>مثلاً server.local یا 192.168.1.10</translation>
    </message>
    <message>
        <source>e.g. lotse</source>
        <translation>مثلاً lotse</translation>
    </message>
    <message>
        <source>Encrypted connection (&amp;TLS) required</source>
        <translation>اتصال رمزگذاری‌شده (&amp;TLS) الزامی است</translation>
    </message>
    <message>
        <source>Untick only for a server on this computer: otherwise the data would cross the network readable.</source>
        <translation>تیک را فقط برای سروری روی همین کامپیوتر بردارید: وگرنه داده‌ها به‌صورت خواندنی از شبکه عبور می‌کنند.</translation>
    </message>
    <message>
        <source>Remember the password on this computer (in the system&apos;s credential store)</source>
        <translation>رمز عبور روی این کامپیوتر به خاطر سپرده شود (در مخزن اعتبارنامه‌های سیستم)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;سرور:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;پورت:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>پایگاه &amp;داده:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;حساب:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>Password: enter the server password.</source>
        <translation>رمز عبور: رمز عبور سرور را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session – {course}</source>
        <translation>جلسهٔ جدید – {course}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>&amp;ساعت شروع:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;مدت:</translation>
    </message>
    <message>
        <source>Repeat &amp;weekly until the course&apos;s last day</source>
        <translation>تکرار &amp;هفتگی تا روز آخر دوره</translation>
    </message>
    <message>
        <source>The course runs from {start} to {end}.</source>
        <translation>دوره از {start} تا {end} برگزار می‌شود.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>فهرست‌ها</translation>
    </message>
    <message>
        <source>Consents and partners</source>
        <translation>رضایت‌ها و همکاران</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>حساب‌های کاربری</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>حفاظت از داده‌ها</translation>
    </message>
</context>
<context>
    <name>SixMonthDialog</name>
    <message>
        <source>Six months after exit – {project}</source>
        <translation>شش ماه پس از خروج – {project}</translation>
    </message>
    <message>
        <source>Exit on {date}; follow-up due on {due}.</source>
        <translation>خروج در {date}؛ پیگیری در {due} سررسید می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Employed or self-employed:</source>
        <translation>&amp;شاغل یا خویش‌فرما:</translation>
    </message>
    <message>
        <source>Situation on the labour market &amp;improved:</source>
        <translation>وضعیت در بازار کار &amp;بهتر شده:</translation>
    </message>
    <message>
        <source>Whether the situation improved is only asked of people who were employed at entry.</source>
        <translation>اینکه آیا وضعیت بهتر شده است، فقط از کسانی پرسیده می‌شود که هنگام ورود شاغل بودند.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>چه چیزی را می‌خواهید وارد کنید؟</translation>
    </message>
    <message>
        <source>Lotse reads Excel (.xlsx, .xls), LibreOffice (.ods) and text files (.csv, Excel&apos;s Unicode text) separated by semicolons, commas or tabs.</source>
        <translation>Lotse فایل‌های Excel (‎.xlsx، ‎.xls)، LibreOffice (‎.ods) و فایل‌های متنی (‎.csv، «متن یونیکد» Excel) را می‌خواند که با نقطه‌ویرگول، ویرگول یا Tab از هم جدا شده‌اند.</translation>
    </message>
    <message>
        <source>Participants (Teilnehmende)</source>
        <translation>شرکت‌کنندگان (Teilnehmende)</translation>
    </message>
    <message>
        <source>Consultations (Beratungen)</source>
        <translation>مشاوره‌ها (Beratungen)</translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamtliche)</source>
        <translation>داوطلبان (Ehrenamtliche)</translation>
    </message>
    <message>
        <source>Volunteer hours (Ehrenamtsstunden)</source>
        <translation>ساعت‌های داوطلبی (Ehrenamtsstunden)</translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation>یک فایل انتخاب کنید …</translation>
    </message>
    <message>
        <source>B&amp;rowse …</source>
        <translation>&amp;مرور …</translation>
    </message>
    <message>
        <source>Save an empty &amp;template …</source>
        <translation>ذخیرهٔ یک &amp;الگوی خالی …</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>انتخاب برگه</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation>جدول‌ها (*.xlsx *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>ذخیرهٔ الگو</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>فایل Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>{project}: %n question(s) not asked</source>
        <translation>
            <numerusform>{project}: %n پرسش پرسیده نشده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationDialog</name>
    <message>
        <source>Supported organisation</source>
        <translation>نهاد حمایت‌شده</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Supported on:</source>
        <translation>ت&amp;اریخ حمایت:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>تو&amp;ضیحات:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;تأیید</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>تاریخ حمایت</translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationsTab</name>
    <message>
        <source>Public administrations and small and medium-sized enterprises the project supported. The ESF report counts them by the date of support.</source>
        <translation>ادارات دولتی و شرکت‌های کوچک و متوسطی که پروژه از آن‌ها حمایت کرده است. گزارش ESF آن‌ها را بر اساس تاریخ حمایت می‌شمارد.</translation>
    </message>
    <message>
        <source>No organisations yet – add one with “Add organisation”.</source>
        <translation>هنوز نهادی نیست – با «افزودن نهاد» یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Supported organisations</source>
        <translation>نهادهای حمایت‌شده</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>&amp;افزودن نهاد</translation>
    </message>
    <message>
        <source>Re&amp;move entry</source>
        <translation>&amp;برداشتن مورد</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>تاریخ حمایت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>برداشتن مورد</translation>
    </message>
    <message>
        <source>Remove {name} from the register?</source>
        <translation>{name} از فهرست برداشته شود؟</translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <source>New tandem</source>
        <translation>تاندم جدید</translation>
    </message>
    <message>
        <source>Case number or name</source>
        <translation>شمارهٔ پرونده یا نام</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;جستجو</translation>
    </message>
    <message>
        <source>e.g. prepare for the driving test</source>
        <translation>مثلاً آمادگی برای آزمون رانندگی</translation>
    </message>
    <message>
        <source>Find partic&amp;ipant:</source>
        <translation>ج&amp;ستجوی شرکت‌کننده:</translation>
    </message>
    <message>
        <source>Partici&amp;pant:</source>
        <translation>ش&amp;رکت‌کننده:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;منتور:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;شروع:</translation>
    </message>
    <message>
        <source>M&amp;eetings:</source>
        <translation>&amp;دیدارها:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>هدف‌ها:</translation>
    </message>
    <message>
        <source>Further &amp;goals:</source>
        <translation>&amp;هدف‌های دیگر:</translation>
    </message>
    <message>
        <source>{case} (born {year})</source>
        <translation>{case} (متولد {year})</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>هیچ پرونده‌ای با «{text}» مطابقت ندارد.</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation>به {languages} صحبت می‌کند</translation>
    </message>
    <message>
        <source>same town</source>
        <translation>همان شهر</translation>
    </message>
    <message>
        <source>Only active volunteers with a valid police clearance (and the club&apos;s training, where the club requires it) are offered; shared languages first, then the same town.</source>
        <translation>فقط داوطلبان فعالی پیشنهاد می‌شوند که گواهی عدم سوءپیشینهٔ معتبر دارند (و در جایی که انجمن الزامی کرده، آموزش انجمن را گذرانده‌اند)؛ اول زبان‌های مشترک، سپس همان شهر.</translation>
    </message>
    <message>
        <source>No active volunteer has a valid police clearance (and the club&apos;s training, where the club requires it).</source>
        <translation>هیچ داوطلب فعالی گواهی عدم سوءپیشینهٔ معتبر ندارد (و آموزش انجمن را، در جایی که انجمن الزامی کرده، نگذرانده است).</translation>
    </message>
    <message>
        <source>Participant: find and choose a case.</source>
        <translation>شرکت‌کننده: یک پرونده را جستجو و انتخاب کنید.</translation>
    </message>
    <message>
        <source>Mentor: choose a volunteer.</source>
        <translation>منتور: یک داوطلب انتخاب کنید.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
</context>
<context>
    <name>TandemStatusDialog</name>
    <message>
        <source>Agreed goals reached?</source>
        <translation>آیا هدف‌های توافق‌شده محقق شدند؟</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>محقق شد</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>محقق نشد</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;تاریخ پایان:</translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation>&amp;دلیل پایان:</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>تاریخ پایان</translation>
    </message>
</context>
<context>
    <name>TandemTab</name>
    <message>
        <source>No mentoring tandem yet – match a mentor with “New tandem”.</source>
        <translation>هنوز تاندم منتورینگی نیست – با «تاندم جدید» یک منتور معرفی کنید.</translation>
    </message>
    <message>
        <source>No mentoring tandem. Volunteer coordinators match tandems in the Volunteering section.</source>
        <translation>تاندم منتورینگی وجود ندارد. هماهنگ‌کنندگان داوطلبان تاندم‌ها را در بخش «کار داوطلبانه» تشکیل می‌دهند.</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>تاندم‌ها</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>تا&amp;ندم جدید …</translation>
    </message>
</context>
<context>
    <name>TandemsModel</name>
    <message>
        <source>Mentor</source>
        <translation>منتور</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>منتی</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>دیدارها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>ساعت‌های انجام‌شده</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>هدف‌ها</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} در {date}</translation>
    </message>
</context>
<context>
    <name>TandemsTab</name>
    <message>
        <source>No tandems yet – match a mentor with “New tandem”.</source>
        <translation>هنوز تاندمی نیست – با «تاندم جدید» یک منتور معرفی کنید.</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>تاندم‌ها</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>تا&amp;ندم جدید …</translation>
    </message>
    <message>
        <source>&amp;Agreement as PDF …</source>
        <translation>&amp;توافق‌نامه به‌صورت PDF …</translation>
    </message>
    <message>
        <source>Change &amp;status …</source>
        <translation>تغییر &amp;وضعیت …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>&amp;اسناد …</translation>
    </message>
    <message>
        <source>Choose a tandem in the list first.</source>
        <translation>ابتدا یک تاندم را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Documents of the tandem {mentor} – {mentee}</source>
        <translation>اسناد تاندم {mentor} – {mentee}</translation>
    </message>
    <message>
        <source>Tandem status</source>
        <translation>وضعیت تاندم</translation>
    </message>
    <message>
        <source>Tandem agreement</source>
        <translation>توافق‌نامهٔ تاندم</translation>
    </message>
    <message>
        <source>Save tandem agreement – the file will not be encrypted</source>
        <translation>ذخیرهٔ توافق‌نامهٔ تاندم – فایل رمزگذاری نخواهد شد</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>TimesheetDialog</name>
    <message>
        <source>Timesheets (Stundennachweise)</source>
        <translation>گزارش‌های ساعت (Stundennachweise)</translation>
    </message>
    <message>
        <source>All volunteers with approved hours</source>
        <translation>همهٔ داوطلبانی که ساعت تأییدشده دارند</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;ماه:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;سال:</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>&amp;انتخاب …</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;داوطلب:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>بازهٔ زمانی:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <source>Folder for the timesheets – the files will not be encrypted</source>
        <translation>پوشه برای گزارش‌های ساعت – فایل‌ها رمزگذاری نخواهند شد</translation>
    </message>
    <message>
        <source>Folder: choose where the timesheets are saved.</source>
        <translation>پوشه: انتخاب کنید گزارش‌های ساعت کجا ذخیره شوند.</translation>
    </message>
    <message>
        <source>Writing timesheets …</source>
        <translation>در حال نوشتن گزارش‌های ساعت …</translation>
    </message>
    <message>
        <source>No volunteer has approved hours in this period; nothing was written.</source>
        <translation>در این بازه هیچ داوطلبی ساعت تأییدشده ندارد؛ چیزی نوشته نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%n timesheet(s) saved in
{folder}</source>
        <translation>
            <numerusform>%n گزارش ساعت ذخیره شد در
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>باز کردن &amp;پوشه</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lotse is locked</source>
        <translation>Lotse قفل است</translation>
    </message>
    <message>
        <source>Lotse was not used for a while and locked itself. Your unsaved input is kept. Enter the password of {name} to continue.</source>
        <translation>Lotse مدتی استفاده نشد و خودش را قفل کرد. ورودی‌های ذخیره‌نشدهٔ شما حفظ شده‌اند. برای ادامه، رمز عبور {name} را وارد کنید.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User {name}</source>
        <translation>کاربر {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>کاربر جدید</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— هیچ —</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>ن&amp;ام کامل:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;نقش:</translation>
    </message>
    <message>
        <source>&amp;Volunteer record:</source>
        <translation>&amp;مشخصات داوطلب:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;تکرار رمز عبور:</translation>
    </message>
    <message>
        <source>The new user chooses an own password at the first login.</source>
        <translation>کاربر جدید در نخستین ورود، رمز عبور خودش را انتخاب می‌کند.</translation>
    </message>
    <message>
        <source>Role: please choose what the person does in the club.</source>
        <translation>نقش: لطفاً انتخاب کنید این شخص در انجمن چه کاری انجام می‌دهد.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Volunteer record</source>
        <translation>مشخصات داوطلب</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>آخرین ورود</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>active, cannot log in until an administrator sets a new password</source>
        <translation>فعال، تا وقتی مدیر سیستم رمز جدیدی تعیین نکند نمی‌تواند وارد شود</translation>
    </message>
    <message>
        <source>waiting after wrong passwords until {time}</source>
        <translation>پس از رمزهای اشتباه، در انتظار تا {time}</translation>
    </message>
    <message>
        <source>active, must change the password</source>
        <translation>فعال، باید رمز عبور را تغییر دهد</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>تکرار رمز عبور: دو رمز عبور یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation>حساب‌های کاربری</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;کاربر جدید</translation>
    </message>
    <message>
        <source>&amp;Edit user</source>
        <translation>&amp;ویرایش کاربر</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>بازنشانی &amp;رمز عبور</translation>
    </message>
    <message>
        <source>&amp;Deactivate / reactivate</source>
        <translation>&amp;غیرفعال / فعال کردن</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>ابتدا یک کاربر را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>The user was added and chooses an own password at first login.</source>
        <translation>کاربر اضافه شد و در نخستین ورود، رمز عبور خودش را انتخاب می‌کند.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the user&apos;s next action.</source>
        <translation>ذخیره شد. تغییرات از اقدام بعدی کاربر اعمال می‌شوند.</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next login.</source>
        <translation>{name} باید در ورود بعدی رمز عبور جدیدی انتخاب کند.</translation>
    </message>
    <message>
        <source>{name} is deactivated and stopped at the next action. Reactivating the account needs a new password.</source>
        <translation>{name} غیرفعال شد و در اقدام بعدی متوقف می‌شود. فعال‌سازی دوبارهٔ حساب به رمز عبور جدید نیاز دارد.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} می‌تواند دوباره وارد شود.</translation>
    </message>
    <message>
        <source>{name} is active again but cannot log in until a new password is set: choose “Reset password”.</source>
        <translation>{name} دوباره فعال است اما تا وقتی رمز جدیدی تعیین نشود نمی‌تواند وارد شود: «بازنشانی رمز عبور» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>{name} can log in again now.</source>
        <translation>{name} اکنون می‌تواند دوباره وارد شود.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Edit volunteer {number}</source>
        <translation>ویرایش داوطلب {number}</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>داوطلب جدید</translation>
    </message>
    <message>
        <source>e.g. Deutsch; Arabisch</source>
        <translation>مثلاً Deutsch; Arabisch</translation>
    </message>
    <message>
        <source>no relevant entry</source>
        <translation>بدون سابقهٔ مرتبط</translation>
    </message>
    <message>
        <source>relevant entry</source>
        <translation>سابقهٔ مرتبط</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;نام *:</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>نام &amp;خانوادگی *:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;تلفن:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;شهر:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;منطقه:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;زبان‌ها:</translation>
    </message>
    <message>
        <source>S&amp;kills and profession:</source>
        <translation>م&amp;هارت‌ها و حرفه:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>زمان‌های &amp;در دسترس:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>تاریخ &amp;پیوستن:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Left o&amp;n:</source>
        <translation>تاریخ &amp;کناره‌گیری:</translation>
    </message>
    <message>
        <source>Police &amp;clearance seen on:</source>
        <translation>تاریخ ارائهٔ &amp;گواهی عدم سوءپیشینه:</translation>
    </message>
    <message>
        <source>Issue date of t&amp;he certificate:</source>
        <translation>تاریخ &amp;صدور گواهی:</translation>
    </message>
    <message>
        <source>Rele&amp;vant entry (§ 72a SGB VIII):</source>
        <translation>&amp;سابقهٔ مرتبط (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <source>&amp;Training on:</source>
        <translation>تاریخ &amp;آموزش:</translation>
    </message>
    <message>
        <source>Agreement si&amp;gned on:</source>
        <translation>تا&amp;ریخ امضای توافق‌نامه:</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>تاریخ پیوستن</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>تاریخ ارائهٔ گواهی عدم سوءپیشینه</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>تاریخ صدور گواهی</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>تاریخ کناره‌گیری</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>تاریخ آموزش</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>تاریخ امضای توافق‌نامه</translation>
    </message>
</context>
<context>
    <name>VolunteerStartPage</name>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>&amp;ثبت ساعت‌های من …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>&amp;هفتهٔ من …</translation>
    </message>
    <message>
        <source>My tandems</source>
        <translation>تاندم‌های من</translation>
    </message>
    <message>
        <source>Police clearance and training</source>
        <translation>گواهی عدم سوءپیشینه و آموزش</translation>
    </message>
    <message>
        <source>Your login is not yet linked to your volunteer record, so Lotse cannot show your hours. Please ask your administrator to link it (Settings → User accounts).</source>
        <translation>حساب کاربری شما هنوز به مشخصات داوطلبی شما پیوند داده نشده است، بنابراین Lotse نمی‌تواند ساعت‌های شما را نشان دهد. لطفاً از مدیر سیستم بخواهید آن را پیوند دهد (تنظیمات ← حساب‌های کاربری).</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>سلام، {name}</translation>
    </message>
    <message>
        <source>hours this month</source>
        <translation>ساعت در این ماه</translation>
    </message>
    <message>
        <source>hours waiting for approval</source>
        <translation>ساعت در انتظار تأیید</translation>
    </message>
    <message>
        <source>approved hours this year</source>
        <translation>ساعت تأییدشده در امسال</translation>
    </message>
    <message>
        <source>You have no active tandem at the moment.</source>
        <translation>در حال حاضر تاندم فعالی ندارید.</translation>
    </message>
    <message>
        <source>last met on {date}</source>
        <translation>آخرین دیدار در {date}</translation>
    </message>
    <message>
        <source>no meeting recorded yet</source>
        <translation>هنوز دیداری ثبت نشده</translation>
    </message>
    <message>
        <source>next meeting due by {date}</source>
        <translation>دیدار بعدی تا {date}</translation>
    </message>
    <message>
        <source>No police clearance has been seen yet. Please bring it to your coordinator.</source>
        <translation>هنوز گواهی عدم سوءپیشینه‌ای دیده نشده است. لطفاً آن را نزد هماهنگ‌کنندهٔ خود بیاورید.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}; a new one was due on {due}. Please bring a current one.</source>
        <translation>گواهی عدم سوءپیشینه در {seen} دیده شد؛ گواهی جدید در {due} سررسید داشت. لطفاً یک گواهی تازه بیاورید.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}, valid until {due}.</source>
        <translation>گواهی عدم سوءپیشینه در {seen} دیده شد، معتبر تا {due}.</translation>
    </message>
    <message>
        <source>Training attended on {date}.</source>
        <translation>آموزش در {date} گذرانده شد.</translation>
    </message>
    <message>
        <source>No training recorded yet; your coordinator will tell you the dates.</source>
        <translation>هنوز آموزشی ثبت نشده است؛ هماهنگ‌کنندهٔ شما تاریخ‌ها را به شما اطلاع می‌دهد.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteering</source>
        <translation>کار داوطلبانه</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>فهرست داوطلبان</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>تاندم‌ها</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>کمک‌هزینه‌ها</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>ساعت‌های من</translation>
    </message>
    <message numerus="yes">
        <source>Hours to approve (%n)</source>
        <translation>
            <numerusform>ساعت‌های در انتظار تأیید (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Hours for a week</source>
        <translation>ساعت‌های یک هفته</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>هفتهٔ قبل</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>هفتهٔ بعد</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;داوطلب:</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>هفته:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;فعالیت:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;پروژه:</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>هفتهٔ {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>Hours on {day}</source>
        <translation>ساعت‌های {day}</translation>
    </message>
    <message>
        <source>{hours} h recorded</source>
        <translation>{hours} ساعت ثبت شده</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Mon</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>یکشنبه</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Lotse</source>
        <translation>به Lotse خوش آمدید</translation>
    </message>
    <message>
        <source>A few short steps and your club can start working.</source>
        <translation>چند گام کوتاه، و انجمن شما می‌تواند کار را شروع کند.</translation>
    </message>
    <message>
        <source>Lotse keeps your case files, consultation notes, volunteers and funder statistics in one file on this computer. No internet connection is needed and no data leaves the computer.

Next you choose where the data is kept and enter your organisation, the first administrator account and your first funded project. Everything can be changed later.</source>
        <translation>Lotse پرونده‌ها، یادداشت‌های مشاوره، داوطلبان و آمار تأمین‌کنندگان مالی را در یک فایل روی همین کامپیوتر نگه می‌دارد. به اینترنت نیازی نیست و هیچ داده‌ای از کامپیوتر خارج نمی‌شود.

در ادامه انتخاب می‌کنید داده‌ها کجا نگهداری شوند و سازمان خود، نخستین حساب مدیر سیستم و نخستین پروژهٔ حمایت‌شده را وارد می‌کنید. همه‌چیز را بعداً می‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Language / Sprache:</source>
        <translation>&amp;زبان / Sprache:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>لغو رضایت</translation>
    </message>
    <message>
        <source>“{what}”, given on {date}. From the day of the withdrawal on, the processing it covered stops (a partner&apos;s export leaves the person out).</source>
        <translation>«{what}»، داده‌شده در {date}. از روز لغو، پردازشی که این رضایت پوشش می‌داد متوقف می‌شود (در خروجی برای همکار، این شخص دیگر نمی‌آید).</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;تاریخ لغو:</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاریخ لغو</translation>
    </message>
</context>
</TS>
