<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lotse</source>
        <translation>حول Lotse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Case files, consultations, volunteers and funder statistics for small migrant organisations and volunteer clubs – offline, in one file.&lt;/p&gt;&lt;p&gt;Database: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse is free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. It uses the packages listed under “Third-party licences”, each under its own licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;ملفات الحالات والاستشارات والمتطوعون وإحصاءات الجهات المموّلة للمنظمات الصغيرة للمهاجرين والجمعيات التطوعية – دون اتصال بالإنترنت، في ملف واحد.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}، PySide6 {pyside}، Python {python}&lt;/p&gt;&lt;p&gt;Lotse برنامج حر مرخّص بموجب رخصة GNU العمومية العامة (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق. ويُقدَّم دون أي ضمان على الإطلاق. ويستخدم الحزم المدرجة تحت «تراخيص الأطراف الثالثة»، كلٌّ منها بموجب ترخيصها الخاص.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation: GNU General Public License, version 3 or later.</source>
        <translation>نص الترخيص غير موجود في هذا التثبيت: GNU General Public License، الإصدار 3 أو أي إصدار لاحق.</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>ال&amp;ترخيص</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>تراخيص الأطراف ال&amp;ثالثة</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add document</source>
        <translation>إضافة مستند</translation>
    </message>
    <message>
        <source>the scanned or saved file</source>
        <translation>الملف الممسوح ضوئيًا أو المحفوظ</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>ا&amp;ختيار …</translation>
    </message>
    <message>
        <source>e.g. ESF entry questionnaire, signed</source>
        <translation>مثلًا: استبيان الدخول في ESF، موقَّع</translation>
    </message>
    <message>
        <source>Up to {size} MB. The file is kept encrypted in the database; the original stays where it is (delete it there if it should not remain on this computer). Do not keep copies of police clearance certificates: only their facts may be recorded (§ 72a SGB VIII).</source>
        <translation>حتى {size} ميغابايت. يُحفظ الملف مشفّرًا في قاعدة البيانات؛ ويبقى الأصل في مكانه (احذفه من هناك إذا كان لا ينبغي أن يبقى على هذا الحاسوب). لا تحتفظ بنسخ من شهادات حسن السيرة والسلوك: يجوز تسجيل البيانات المتعلقة بها فقط (المادة 72a من الكتاب الثامن من القانون الاجتماعي SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Date of the document:</source>
        <translation>&amp;تاريخ المستند:</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>اختيار المستند</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;All files (*)</source>
        <translation>المستندات (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>تاريخ المستند</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation>حساب المسؤول</translation>
    </message>
    <message>
        <source>The administrator manages users, projects and settings. Choose a password of at least eight characters.</source>
        <translation>يدير المسؤول المستخدمين والمشاريع والإعدادات. اختر كلمة مرور لا تقل عن ثمانية أحرف.</translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation>مثلًا: أميرة حداد</translation>
    </message>
    <message>
        <source>e.g. amira</source>
        <translation>مثلًا: amira</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>تك&amp;رار كلمة المرور:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>تكرار كلمة المرور: كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>AllowanceSummary</name>
    <message>
        <source>Allowances {year}</source>
        <translation>تعويضات الجهد {year}</translation>
    </message>
    <message>
        <source>Record &amp;declaration of other clubs …</source>
        <translation>تسجيل إ&amp;قرار بشأن جمعيات أخرى …</translation>
    </message>
</context>
<context>
    <name>Allowances</name>
    <message>
        <source>{kind}: {received} received; no tax-free cap.</source>
        <translation>{kind}: تم استلام {received}؛ لا يوجد حد معفى من الضريبة.</translation>
    </message>
    <message>
        <source>{kind} {year}: {received} received (of it {other} declared from other clubs), tax-free cap {cap}.</source>
        <translation>{kind} {year}: تم استلام {received} (منها {other} من جمعيات أخرى بحسب الإقرار)، الحد المعفى من الضريبة {cap}.</translation>
    </message>
    <message>
        <source>{taxable} above the cap are taxable income of the volunteer.</source>
        <translation>المبلغ {taxable} الذي يتجاوز الحد دخلٌ خاضع للضريبة للمتطوع.</translation>
    </message>
    <message>
        <source>{room} can still be paid tax-free.</source>
        <translation>لا يزال بالإمكان دفع {room} معفاة من الضريبة.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <source>Paid on</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>المتطوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>المستلَم هذا العام</translation>
    </message>
    <message>
        <source>Tax-free cap</source>
        <translation>الحد المعفى من الضريبة</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>خاضع للضريبة</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>العمل المعوَّض</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>بلا حد أقصى</translation>
    </message>
</context>
<context>
    <name>AllowancesTab</name>
    <message>
        <source>Year </source>
        <translation>السنة </translation>
    </message>
    <message>
        <source>Record &amp;payment …</source>
        <translation>تسجيل &amp;دفعة …</translation>
    </message>
    <message>
        <source>&amp;Declaration of other clubs …</source>
        <translation>إقرار &amp;جمعيات أخرى …</translation>
    </message>
    <message>
        <source>No payments yet – record one with “Record payment”.</source>
        <translation>لا توجد دفعات بعد – سجّل دفعة عبر «تسجيل دفعة».</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>تعويضات الجهد</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment – {whom}</source>
        <translation>موعد – {whom}</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>موعد جديد</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>e.g. 2026-0042; empty: no case file</source>
        <translation>مثلًا: 2026-0042؛ فارغ: دون ملف حالة</translation>
    </message>
    <message>
        <source>office hours, or whom it is for</source>
        <translation>ساعات الاستشارة المفتوحة، أو لمن الموعد</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>الم&amp;ستشار:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>ال&amp;وقت:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>ملف الحالة:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;رقم الحالة:</translation>
    </message>
    <message>
        <source>&amp;Name (no case file):</source>
        <translation>ال&amp;اسم (دون ملف حالة):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;الحالة:</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>تس&amp;جيل كاستشارة</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>رسا&amp;لة …</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>حذف الموعد</translation>
    </message>
    <message>
        <source>Delete the appointment on {date} at {time}?</source>
        <translation>هل تريد حذف الموعد في {date} الساعة {time}؟</translation>
    </message>
</context>
<context>
    <name>AppointmentList</name>
    <message>
        <source>My appointments today and tomorrow</source>
        <translation>مواعيدي اليوم وغدًا</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>لا توجد مواعيد.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Open slot</source>
        <translation>موعد متاح</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>تسجيل كاستشارة</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>كل المستشارين</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>الم&amp;ستشار:</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>ال&amp;أسبوع السابق</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;هذا الأسبوع</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>الأسبوع ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;New appointment …</source>
        <translation>موعد &amp;جديد …</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>No appointments on this day – double-click a free time in the week to book one.</source>
        <translation>لا توجد مواعيد في هذا اليوم – انقر نقرًا مزدوجًا على وقت متاح في الأسبوع لحجز موعد.</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>مواعيد اليوم</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>تسجيل &amp;كاستشارة</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>&amp;رسالة الموعد …</translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation>فتح ال&amp;حالة</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>الأسبوع من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Appointments on {day}</source>
        <translation>المواعيد في {day}</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>تسجيل كاستشارة</translation>
    </message>
    <message>
        <source>Choose an appointment in the day&apos;s list first.</source>
        <translation>اختر أولًا موعدًا من قائمة اليوم.</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Volunteer</source>
        <translation>المتطوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>No hours are waiting for approval.</source>
        <translation>لا توجد ساعات بانتظار الاعتماد.</translation>
    </message>
    <message>
        <source>Hours to approve</source>
        <translation>ساعات بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>اع&amp;تماد المحدد</translation>
    </message>
    <message>
        <source>&amp;Reject selected</source>
        <translation>&amp;رفض المحدد</translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>— not ticked —</source>
        <translation>— لم يُسجَّل —</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Hours attended</source>
        <translation>الساعات المحضورة</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>{date}, {time}, {hours} h</source>
        <translation>{date}، {time}، {hours} ساعة</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>لم يُسجَّل</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>case file</source>
        <translation>ملف حالة</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>استشارة</translation>
    </message>
    <message>
        <source>project participation</source>
        <translation>مشاركة في مشروع</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>recognition procedure</source>
        <translation>إجراء الاعتراف</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>بدء عمل</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>حساب مستخدم</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation>ساعات تطوع</translation>
    </message>
    <message>
        <source>tandem</source>
        <translation>ثنائي توجيه</translation>
    </message>
    <message>
        <source>allowance payment</source>
        <translation>دفعة تعويض جهد</translation>
    </message>
    <message>
        <source>allowance declaration</source>
        <translation>إقرار بشأن تعويضات الجهد</translation>
    </message>
    <message>
        <source>timesheet</source>
        <translation>كشف ساعات</translation>
    </message>
    <message>
        <source>event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>course</source>
        <translation>دورة</translation>
    </message>
    <message>
        <source>course participation</source>
        <translation>مشاركة في دورة</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>supported organisation</source>
        <translation>مؤسسة مدعومة</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>موضوع استشارة</translation>
    </message>
    <message>
        <source>referral service</source>
        <translation>جهة إحالة</translation>
    </message>
    <message>
        <source>partner organisation</source>
        <translation>منظمة شريكة</translation>
    </message>
    <message>
        <source>club languages</source>
        <translation>لغات الجمعية</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>participants sheet</source>
        <translation>جدول المشاركين</translation>
    </message>
    <message>
        <source>consultations sheet</source>
        <translation>جدول الاستشارات</translation>
    </message>
    <message>
        <source>volunteers sheet</source>
        <translation>جدول المتطوعين</translation>
    </message>
    <message>
        <source>hours sheet</source>
        <translation>جدول ساعات التطوع</translation>
    </message>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>سجّل الدخول</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>سجّل الخروج</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>صُدِّر</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>أُعدّ</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>عُرض</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>نسخة احتياطية</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكائن</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>كل المستخدمين</translation>
    </message>
    <message>
        <source>e.g. 2026-0042</source>
        <translation>مثلًا: 2026-0042</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;رقم الحالة:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>الإ&amp;جراء:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Export …</source>
        <translation>&amp;تصدير …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>الإدخالات: {shown} من أصل {total}</translation>
    </message>
    <message>
        <source>{total} events</source>
        <translation>عدد الإدخالات: {total}</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} events were written to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>كُتبت الإدخالات ({count}) في {path}. الملف غير مشفّر: احفظه في مكان آمن واحذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Create &amp;backup …</source>
        <translation>إنشاء &amp;نسخة احتياطية …</translation>
    </message>
    <message>
        <source>&amp;Restore backup …</source>
        <translation>ا&amp;ستعادة نسخة احتياطية …</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Lotse backup (*.lotsebackup)</source>
        <translation>نسخة Lotse الاحتياطية (*.lotsebackup)</translation>
    </message>
    <message>
        <source>Creating and verifying the backup …</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية والتحقق منها …</translation>
    </message>
    <message>
        <source>The backup was written and verified:
{path}

It is encrypted: a password of this database or the recovery key opens it. Keep a copy outside this computer (USB stick, network drive).</source>
        <translation>كُتبت النسخة الاحتياطية وتم التحقق منها:
{path}

وهي مشفّرة: تفتحها كلمة مرور لقاعدة البيانات هذه أو مفتاح الاسترداد. احتفظ بنسخة خارج هذا الحاسوب (ذاكرة USB، محرك أقراص شبكي).</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the current database with the backup {name}? Everything entered since the backup was made is replaced; the current database is kept as a backup in the folder backups.</source>
        <translation>هل تريد استبدال قاعدة البيانات الحالية بالنسخة الاحتياطية {name}؟ سيُستبدل كل ما أُدخل منذ إنشاء النسخة الاحتياطية؛ وتُحفظ قاعدة البيانات الحالية كنسخة احتياطية في المجلد backups.</translation>
    </message>
    <message>
        <source>Your password (it opens backups made under other keys):</source>
        <translation>كلمة مرورك (تفتح النسخ الاحتياطية المنشأة بمفاتيح أخرى):</translation>
    </message>
    <message>
        <source>Verifying and restoring the backup …</source>
        <translation>جارٍ التحقق من النسخة الاحتياطية واستعادتها …</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept in
{path}

Please log in again.</source>
        <translation>تمت استعادة النسخة الاحتياطية. قاعدة البيانات كما كانت من قبل محفوظة في
{path}

يُرجى تسجيل الدخول من جديد.</translation>
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
        <translation>هناك عملية أخرى تكتب في قاعدة البيانات الآن (استيراد أو نسخ احتياطي أو نسخة أخرى من Lotse). لم يتغير شيء بعد.

هل تريد الانتظار مرة أخرى؟</translation>
    </message>
</context>
<context>
    <name>CaseCoursesModel</name>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>الجلسات المحضورة</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>الساعات المحضورة</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>صدرت الشهادة</translation>
    </message>
    <message>
        <source>{attended} of {total}</source>
        <translation>{attended} من {total}</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;عديل</translation>
    </message>
    <message>
        <source>New c&amp;onsultation</source>
        <translation>&amp;استشارة جديدة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Close c&amp;ase</source>
        <translation>إ&amp;غلاق الحالة</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>إعادة &amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Merge …</source>
        <translation>&amp;دمج …</translation>
    </message>
    <message>
        <source>Merge a second case file of the same person</source>
        <translation>دمج ملف حالة ثانٍ للشخص نفسه</translation>
    </message>
    <message>
        <source>Make a&amp;ppointment …</source>
        <translation>حجز &amp;موعد …</translation>
    </message>
    <message>
        <source>Book an appointment with this person (and print the letter)</source>
        <translation>حجز موعد مع هذا الشخص (وطباعة الرسالة)</translation>
    </message>
    <message>
        <source>Right of access (Art. &amp;15) …</source>
        <translation>حق الاطلاع (المادة &amp;15) …</translation>
    </message>
    <message>
        <source>Everything Lotse holds about this person, as PDF and JSON (Art. 15 GDPR)</source>
        <translation>كل ما يحفظه Lotse عن هذا الشخص، بصيغة PDF وJSON (المادة 15 من اللائحة العامة لحماية البيانات DSGVO)</translation>
    </message>
    <message>
        <source>De&amp;lete …</source>
        <translation>&amp;حذف …</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data on request (Art. 17 GDPR)</source>
        <translation>محو بيانات الشخص بناءً على طلبه (المادة 17 من اللائحة العامة لحماية البيانات DSGVO)</translation>
    </message>
    <message>
        <source>&amp;More actions</source>
        <translation>مزيد من ال&amp;إجراءات</translation>
    </message>
    <message>
        <source>Notice handed over &amp;today</source>
        <translation>سُلّمت معلومات حماية البيانات ال&amp;يوم</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>الاعتراف</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>بدء العمل</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>ثنائي التوجيه</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>Case {case} – {name}</source>
        <translation>الحالة {case} – {name}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>العمر: {age}</translation>
    </message>
    <message>
        <source>Advisor: {name}</source>
        <translation>المستشار: {name}</translation>
    </message>
    <message>
        <source>The Art. 13 GDPR information notice has not been recorded as handed over.</source>
        <translation>لم يُسجَّل بعد تسليم معلومات حماية البيانات وفق المادة 13 من اللائحة العامة لحماية البيانات (DSGVO).</translation>
    </message>
    <message>
        <source>Consultation – {name} ({case})</source>
        <translation>استشارة – {name} ({case})</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>تعديل الاستشارة</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>بدء العمل</translation>
    </message>
    <message>
        <source>The person took up work. Record the placement now (employer, sector, start, contract)?</source>
        <translation>بدأ الشخص العمل. هل تريد تسجيل بدء العمل الآن (صاحب العمل، القطاع الاقتصادي، تاريخ البدء، نوع العقد)؟</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>إعادة فتح الحالة</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>لماذا يُعاد فتح الحالة؟</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>حذف ملف الحالة</translation>
    </message>
    <message>
        <source>Folder for the access files – they are not encrypted</source>
        <translation>مجلد ملفات الاطلاع – وهي غير مشفّرة</translation>
    </message>
    <message>
        <source>Collecting everything about the person …</source>
        <translation>جارٍ جمع كل بيانات الشخص …</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>حق الاطلاع</translation>
    </message>
    <message>
        <source>Written: {files}. The files are not encrypted: hand them to the person and delete them afterwards.</source>
        <translation>حُفظت: {files}. الملفات غير مشفّرة: سلّمها للشخص ثم احذفها.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Edit case {case}</source>
        <translation>تعديل الحالة {case}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>empty when living in Germany</source>
        <translation>فارغ عند السكن في ألمانيا</translation>
    </message>
    <message>
        <source>e.g. Syrien; Deutschland or SY; DE</source>
        <translation>مثلًا: Syrien; Deutschland أو SY; DE</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Kurdisch or ar; ku</source>
        <translation>مثلًا: Arabisch; Kurdisch أو ar; ku</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>بلد الشهادة المدرسية</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>بلد المؤهل المهني</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>الاسم الأ&amp;ول *</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>اسم ال&amp;عائلة *</translation>
    </message>
    <message>
        <source>&amp;Gender *</source>
        <translation>ال&amp;جنس *</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>تاريخ ال&amp;ميلاد</translation>
    </message>
    <message>
        <source>Stree&amp;t</source>
        <translation>ال&amp;شارع</translation>
    </message>
    <message>
        <source>Post&amp;code / city</source>
        <translation>الرمز ال&amp;بريدي / المدينة</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>البريد الإ&amp;لكتروني</translation>
    </message>
    <message>
        <source>Living abroa&amp;d in</source>
        <translation>يقيم في ال&amp;خارج في</translation>
    </message>
    <message>
        <source>Background and qualifications</source>
        <translation>الخلفية والمؤهلات</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>&amp;الجنسيات:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>الل&amp;غات:</translation>
    </message>
    <message>
        <source>Country of b&amp;irth:</source>
        <translation>بل&amp;د الميلاد:</translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation>وضع ال&amp;إقامة:</translation>
    </message>
    <message>
        <source>&amp;Year of arrival:</source>
        <translation>سنة ال&amp;قدوم:</translation>
    </message>
    <message>
        <source>Sc&amp;hool qualification:</source>
        <translation>الشهادة المد&amp;رسية:</translation>
    </message>
    <message>
        <source>&amp;Vocational qualification:</source>
        <translation>الم&amp;ؤهل المهني:</translation>
    </message>
    <message>
        <source>Reference &amp;occupation:</source>
        <translation>المه&amp;نة المرجعية:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>مهنة منظَّمة:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>وضع الاعتراف:</translation>
    </message>
    <message>
        <source>&amp;Knowledge of German:</source>
        <translation>معرفة اللغة ال&amp;ألمانية:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>وصل إلينا عن طريق:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>الم&amp;ستشار:</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>ملا&amp;حظات:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ح&amp;فظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>country obtained</source>
        <translation>بلد الحصول عليه</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Possibly already recorded: {cases}. Please check before saving.</source>
        <translation>قد يكون مسجّلًا من قبل: {cases}. يُرجى التحقق قبل الحفظ.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>الجنسيات</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Search name, case number or phone (Ctrl+F)</source>
        <translation>البحث بالاسم أو رقم الحالة أو الهاتف (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>البحث في الحالات</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الأوضاع</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>كل المشاريع</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>كل المستشارين</translation>
    </message>
    <message>
        <source>ESF data incomplete</source>
        <translation>بيانات ESF غير مكتملة</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>حالة &amp;جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا توجد حالات</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>%n حالات</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>لا توجد حالة تطابق البحث وعوامل التصفية.</translation>
    </message>
    <message>
        <source>No cases yet – add one with “New case” or import a sheet (File → Import spreadsheet).</source>
        <translation>لا توجد حالات بعد – أضف حالة عبر «حالة جديدة» أو استورد جدولًا (ملف ← استيراد جدول بيانات).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Please choose your own password now.</source>
        <translation>عيّن لك أحد المسؤولين كلمة مرور مؤقتة. يُرجى اختيار كلمة مرورك الخاصة الآن.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;كلمة المرور الحالية:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>&amp;تكرار كلمة المرور الجديدة:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Lotse reads the whole file and changes nothing yet.</source>
        <translation>يقرأ Lotse الملف كاملًا ولا يغيّر شيئًا بعد.</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;نسخ القائمة</translation>
    </message>
    <message>
        <source>&amp;Save list …</source>
        <translation>&amp;حفظ القائمة …</translation>
    </message>
    <message>
        <source>Checking the file …</source>
        <translation>جارٍ فحص الملف …</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>أُلغي الفحص. لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported. Correct the file and start again.</source>
        <translation>
            <numerusform>لا توجد في الملف أي مشكلة. لم يُستورد شيء. صحّح الملف وابدأ من جديد.</numerusform>
            <numerusform>في الملف مشكلة واحدة. لم يُستورد شيء. صحّح الملف وابدأ من جديد.</numerusform>
            <numerusform>في الملف مشكلتان. لم يُستورد شيء. صحّح الملف وابدأ من جديد.</numerusform>
            <numerusform>في الملف %n مشكلات. لم يُستورد شيء. صحّح الملف وابدأ من جديد.</numerusform>
            <numerusform>في الملف %n مشكلة. لم يُستورد شيء. صحّح الملف وابدأ من جديد.</numerusform>
            <numerusform>في الملف %n مشكلة. لم يُستورد شيء. صحّح الملف وابدأ من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is in order. The import will create {created}, update {updated} and leave {unchanged} unchanged.</source>
        <translation>كل شيء على ما يرام. سيُنشئ الاستيراد {created}، ويحدّث {updated}، ويترك {unchanged} دون تغيير.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>أعمدة متجاهَلة: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of ESF projects have entry questions left empty. They are imported as not yet asked and listed as missing until answered.</source>
        <translation>
            <numerusform>لا توجد صفوف في مشاريع ESF تُركت فيها أسئلة الدخول فارغة.</numerusform>
            <numerusform>صف واحد في مشاريع ESF تُركت فيه أسئلة الدخول فارغة. يُستورد على أنه «لم يُسأل بعد» ويُدرج كناقص إلى أن تتم الإجابة.</numerusform>
            <numerusform>صفّان في مشاريع ESF تُركت فيهما أسئلة الدخول فارغة. يُستوردان على أنهما «لم يُسألا بعد» ويُدرجان كناقصين إلى أن تتم الإجابة.</numerusform>
            <numerusform>%n صفوف في مشاريع ESF تُركت فيها أسئلة الدخول فارغة. تُستورد على أنها «لم تُسأل بعد» وتُدرج كناقصة إلى أن تتم الإجابة.</numerusform>
            <numerusform>%n صفًا في مشاريع ESF تُركت فيها أسئلة الدخول فارغة. تُستورد على أنها «لم تُسأل بعد» وتُدرج كناقصة إلى أن تتم الإجابة.</numerusform>
            <numerusform>%n صف في مشاريع ESF تُركت فيها أسئلة الدخول فارغة. تُستورد على أنها «لم تُسأل بعد» وتُدرج كناقصة إلى أن تتم الإجابة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lotse corrected %n cell(s) in an obvious way; the list below shows how.</source>
        <translation>
            <numerusform>لم يصحّح Lotse أي خلية.</numerusform>
            <numerusform>صحّح Lotse خلية واحدة بطريقة واضحة؛ وتبيّن القائمة أدناه كيف.</numerusform>
            <numerusform>صحّح Lotse خليتين بطريقة واضحة؛ وتبيّن القائمة أدناه كيف.</numerusform>
            <numerusform>صحّح Lotse %n خلايا بطريقة واضحة؛ وتبيّن القائمة أدناه كيف.</numerusform>
            <numerusform>صحّح Lotse %n خلية بطريقة واضحة؛ وتبيّن القائمة أدناه كيف.</numerusform>
            <numerusform>صحّح Lotse %n خلية بطريقة واضحة؛ وتبيّن القائمة أدناه كيف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>حفظ القائمة</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>إغلاق الحالة</translation>
    </message>
    <message>
        <source>Closing &amp;date:</source>
        <translation>&amp;تاريخ الإغلاق:</translation>
    </message>
    <message>
        <source>Exit from {project}</source>
        <translation>الخروج من {project}</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation>إغلاق ال&amp;حالة</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>{field}
    saved now: {saved}
    yours: {yours}</source>
        <translation>{field}
    المحفوظ الآن: {saved}
    إدخالك: {yours}</translation>
    </message>
    <message>
        <source>Changed in the meantime</source>
        <translation>تغيّر في هذه الأثناء</translation>
    </message>
    <message>
        <source>&amp;Save mine</source>
        <translation>&amp;حفظ إدخالاتي</translation>
    </message>
    <message>
        <source>&amp;Keep the saved version</source>
        <translation>الإ&amp;بقاء على النسخة المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>ال&amp;عودة إلى النموذج</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>تمرير بيانات الاتصال إلى {partner}</translation>
    </message>
</context>
<context>
    <name>ConsentsPartnersTab</name>
    <message>
        <source>Consents asked at first contact</source>
        <translation>الموافقات المطلوبة عند أول تواصل</translation>
    </message>
    <message>
        <source>A consent to pass contact data is asked for each active partner below. The texts of the forms are in the notice templates (see the manual).</source>
        <translation>تُطلب الموافقة على تمرير بيانات الاتصال لكل شريك نشط أدناه. نصوص النماذج موجودة في قوالب معلومات حماية البيانات (انظر الدليل).</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>المنظمات الشريكة</translation>
    </message>
    <message>
        <source>No partners yet – add one with “New partner”.</source>
        <translation>لا يوجد شركاء بعد – أضف شريكًا عبر «شريك جديد».</translation>
    </message>
    <message>
        <source>New &amp;partner …</source>
        <translation>&amp;شريك جديد …</translation>
    </message>
    <message>
        <source>Edit p&amp;artner …</source>
        <translation>&amp;تعديل الشريك …</translation>
    </message>
    <message>
        <source>E&amp;xport contact data …</source>
        <translation>ت&amp;صدير بيانات الاتصال …</translation>
    </message>
    <message>
        <source>The people who consented to passing their contact data to this partner</source>
        <translation>الأشخاص الذين وافقوا على تمرير بيانات اتصالهم إلى هذا الشريك</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>حماية البيانات</translation>
    </message>
    <message>
        <source>Choose a partner in the list.</source>
        <translation>اختر شريكًا من القائمة.</translation>
    </message>
    <message>
        <source>Contact data for {partner} – not encrypted</source>
        <translation>بيانات الاتصال لـ {partner} – غير مشفّرة</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>جارٍ التصدير …</translation>
    </message>
    <message>
        <source>Written to {path}. Only people whose consent for this partner is recorded and not withdrawn are in it. The file is not encrypted: send it safely and delete it afterwards.</source>
        <translation>حُفظ في {path}. لا يتضمن إلا الأشخاص الذين سُجّلت موافقتهم لهذا الشريك ولم تُسحب. الملف غير مشفّر: أرسله بطريقة آمنة ثم احذفه.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>No consent and no information notice recorded yet – choose the kind below and “Record”.</source>
        <translation>لم تُسجَّل أي موافقة ولا معلومات حماية بيانات بعد – اختر النوع أدناه ثم «تسجيل».</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>نوع الموافقة</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>تمرير بيانات الاتصال إلى {partner}</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>طريقة المنح</translation>
    </message>
    <message>
        <source>— how given —</source>
        <translation>— طريقة المنح —</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <source>&amp;Withdraw …</source>
        <translation>&amp;سحب …</translation>
    </message>
    <message>
        <source>Print &amp;notice …</source>
        <translation>طباعة معلومات &amp;حماية البيانات …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>طباعة &amp;نموذج الموافقة …</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>Choose a consent in the list first.</source>
        <translation>اختر أولًا موافقة من القائمة.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>يلزم م&amp;ترجم شفهي</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, next steps</source>
        <translation>ما نوقش، وما اتُّفق عليه، والخطوات التالية</translation>
    </message>
    <message>
        <source>Set a &amp;follow-up on</source>
        <translation>تحديد &amp;متابعة في</translation>
    </message>
    <message>
        <source>Follow-up subject</source>
        <translation>موضوع المتابعة</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>المتابعة في</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>ما يجب عمله</translation>
    </message>
    <message>
        <source>at</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>for</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>ال&amp;شكل:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>الم&amp;واضيع:</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>أُ&amp;حيل إلى:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>المش&amp;روع:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاح&amp;ظة:</translation>
    </message>
    <message>
        <source>Anonymous short contact: counts in the counselling statistics, not in ESF. Do not write names into the note.</source>
        <translation>تواصل قصير مجهول الهوية: يُحتسب في إحصاءات الاستشارة، لا في ESF. يُرجى عدم كتابة أسماء في الملاحظة.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Return)</source>
        <translation>ح&amp;فظ (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Correct consultation – {title}</source>
        <translation>تصحيح الاستشارة – {title}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>{language} (interpreter)</source>
        <translation>{language} (مترجم شفهي)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Follow-up from the consultation on {date}</source>
        <translation>متابعة من الاستشارة بتاريخ {date}</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>كل المستشارين</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>كل الأشكال</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>المجهولة فقط</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>تواصل &amp;قصير مجهول الهوية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>No consultations in this period. Open a case and write one with “New consultation”.</source>
        <translation>لا توجد استشارات في هذه الفترة. افتح حالة واكتب استشارة عبر «استشارة جديدة».</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>لا توجد استشارات</numerusform>
            <numerusform>استشارة واحدة</numerusform>
            <numerusform>استشارتان</numerusform>
            <numerusform>%n استشارات</numerusform>
            <numerusform>%n استشارة</numerusform>
            <numerusform>%n استشارة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Consultations</source>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>New consultation …</source>
        <translation>استشارة جديدة …</translation>
    </message>
    <message>
        <source>Coming appointments</source>
        <translation>المواعيد القادمة</translation>
    </message>
    <message>
        <source>No appointments planned – book one with “Make appointment”.</source>
        <translation>لا توجد مواعيد مخططة – احجز موعدًا عبر «حجز موعد».</translation>
    </message>
    <message>
        <source>Make appointment …</source>
        <translation>حجز موعد …</translation>
    </message>
    <message>
        <source>Record appointment as consultation</source>
        <translation>تسجيل الموعد كاستشارة</translation>
    </message>
    <message>
        <source>No consultations yet – write the first with “New consultation”.</source>
        <translation>لا توجد استشارات بعد – سجّل الأولى عبر «استشارة جديدة».</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <source>{language}, with interpreter</source>
        <translation>{language}، مع مترجم شفهي</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>المواضيع:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Delete …</source>
        <translation>حذف …</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>حذف الاستشارة</translation>
    </message>
    <message>
        <source>The consultation and its note are deleted for good. Why is it deleted (e.g. entered in the wrong case)?</source>
        <translation>ستُحذف الاستشارة وملاحظتها نهائيًا. لماذا تُحذف (مثلًا: سُجّلت في ملف الحالة الخطأ)؟</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>تعديل الدورة</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>دورة جديدة</translation>
    </message>
    <message>
        <source>e.g. German B1 evening course</source>
        <translation>مثلًا: دورة اللغة الألمانية B1 المسائية</translation>
    </message>
    <message>
        <source>who runs it, e.g. our club or a language school</source>
        <translation>الجهة المنفّذة، مثلًا جمعيتنا أو مدرسة لغات</translation>
    </message>
    <message>
        <source>— no project —</source>
        <translation>— بلا مشروع —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>ال&amp;جهة المنفّذة:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>الم&amp;شروع:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>اليوم الأ&amp;ول:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>اليوم الأ&amp;خير:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>Hours attended in a course of a project count towards the project&apos;s minimum support of the ESF statistics.</source>
        <translation>تُحتسب الساعات المحضورة في دورة تابعة لمشروع ضمن الحد الأدنى للدعم في إحصاءات ESF للمشروع.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>الجهة المنفّذة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>الجلسة التالية</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>Language courses, qualifications and trainings: who takes part, attendance per session, lists to sign and certificates.</source>
        <translation>دورات اللغة والتأهيل والتدريب: من يشارك، والحضور في كل جلسة، وقوائم التوقيع، وشهادات المشاركة.</translation>
    </message>
    <message>
        <source>&amp;New course …</source>
        <translation>دورة &amp;جديدة …</translation>
    </message>
    <message>
        <source>&amp;Edit course …</source>
        <translation>&amp;تعديل الدورة …</translation>
    </message>
    <message>
        <source>&amp;Delete course</source>
        <translation>&amp;حذف الدورة</translation>
    </message>
    <message>
        <source>No courses yet – add one with “New course”.</source>
        <translation>لا توجد دورات بعد – أضف دورة عبر «دورة جديدة».</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Space: next state · 1 present · 2 excused · 3 absent · Del: clear · F2: choose from the list</source>
        <translation>المسافة: الحالة التالية · 1 حاضر · 2 غائب بعذر · 3 غائب بلا عذر · Del: مسح · F2: الاختيار من القائمة</translation>
    </message>
    <message>
        <source>Double-click a name to open the case</source>
        <translation>انقر نقرًا مزدوجًا على اسم لفتح ملف الحالة</translation>
    </message>
    <message>
        <source>Add &amp;session …</source>
        <translation>&amp;إضافة جلسة …</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>إ&amp;زالة الجلسة</translation>
    </message>
    <message>
        <source>Enrol &amp;participant …</source>
        <translation>ت&amp;سجيل مشارك …</translation>
    </message>
    <message>
        <source>Remove par&amp;ticipant</source>
        <translation>إزالة م&amp;شارك</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF) …</source>
        <translation>&amp;قائمة الحضور (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Certificates (PDF) …</source>
        <translation>&amp;الشهادات (PDF) …</translation>
    </message>
    <message>
        <source>The list to sign for the session of the current column</source>
        <translation>قائمة التوقيع للجلسة في العمود المحدد</translation>
    </message>
    <message>
        <source>For the selected participants; issued today</source>
        <translation>للمشاركين المحددين؛ تصدر بتاريخ اليوم</translation>
    </message>
    <message>
        <source>Choose a course above to see its attendance.</source>
        <translation>اختر دورة في الأعلى لعرض الحضور فيها.</translation>
    </message>
    <message>
        <source>No sessions yet – add them with “Add session”.</source>
        <translation>لا توجد جلسات بعد – أضفها عبر «إضافة جلسة».</translation>
    </message>
    <message>
        <source>Nobody enrolled yet – add people with “Enrol participant”.</source>
        <translation>لم يُسجَّل أحد بعد – أضف أشخاصًا عبر «تسجيل مشارك».</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) from other advisors&apos; cases are not shown.</source>
        <translation>
            <numerusform>لا يوجد مشاركون مخفيون من حالات مستشارين آخرين.</numerusform>
            <numerusform>لا يُعرض مشارك واحد من حالات مستشارين آخرين.</numerusform>
            <numerusform>لا يُعرض مشاركان من حالات مستشارين آخرين.</numerusform>
            <numerusform>لا يُعرض %n مشاركين من حالات مستشارين آخرين.</numerusform>
            <numerusform>لا يُعرض %n مشاركًا من حالات مستشارين آخرين.</numerusform>
            <numerusform>لا يُعرض %n مشارك من حالات مستشارين آخرين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>حذف الدورة</translation>
    </message>
    <message>
        <source>Delete the course {title} with its sessions and its list of participants?</source>
        <translation>هل تريد حذف الدورة {title} مع جلساتها وقائمة المشاركين فيها؟</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>إزالة الجلسة</translation>
    </message>
    <message>
        <source>Choose a cell of the session first.</source>
        <translation>اختر أولًا خلية من الجلسة.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>إزالة المشارك</translation>
    </message>
    <message>
        <source>Remove {name} from the course? Their ticked attendance is removed too.</source>
        <translation>هل تريد إزالة {name} من الدورة؟ سيُزال الحضور المسجّل له أيضًا.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>قائمة الحضور</translation>
    </message>
    <message>
        <source>The course has no sessions yet.</source>
        <translation>لا توجد جلسات للدورة بعد.</translation>
    </message>
    <message>
        <source>Save attendance list – the file will not be encrypted</source>
        <translation>حفظ قائمة الحضور – لن يكون الملف مشفّرًا</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the attendance list …</source>
        <translation>جارٍ كتابة قائمة الحضور …</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>شهادات المشاركة</translation>
    </message>
    <message>
        <source>Select the participants who receive a certificate first.</source>
        <translation>حدّد أولًا المشاركين الذين سيحصلون على شهادة.</translation>
    </message>
    <message>
        <source>Folder for the certificates – the files will not be encrypted</source>
        <translation>مجلد الشهادات – لن تكون الملفات مشفّرة</translation>
    </message>
    <message>
        <source>Writing certificates …</source>
        <translation>جارٍ كتابة الشهادات …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written (not encrypted).</source>
        <translation>
            <numerusform>لم يُكتب أي ملف.</numerusform>
            <numerusform>كُتب ملف واحد (غير مشفّر).</numerusform>
            <numerusform>كُتب ملفان (غير مشفّرين).</numerusform>
            <numerusform>كُتبت %n ملفات (غير مشفّرة).</numerusform>
            <numerusform>كُتب %n ملفًا (غير مشفّرة).</numerusform>
            <numerusform>كُتب %n ملف (غير مشفّرة).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Not enrolled in any course. Courses are planned and attendance is ticked in the Courses section.</source>
        <translation>غير مسجّل في أي دورة. تُخطَّط الدورات ويُسجَّل الحضور في قسم «الدورات».</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>Hours attended in all courses: {hours}</source>
        <translation>الساعات المحضورة في كل الدورات: {hours}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Lotse – unexpected error</source>
        <translation>Lotse – خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong that Lotse did not expect. Your saved data is safe. Please copy this report and send it to whoever looks after Lotse for your club. The report is also in the log file:
{log_file}</source>
        <translation>حدث خطأ لم يتوقعه Lotse. بياناتك المحفوظة في أمان. يُرجى نسخ هذا التقرير وإرساله إلى الشخص المسؤول عن Lotse في جمعيتك. التقرير موجود أيضًا في ملف السجل:
{log_file}</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;نسخ التقرير</translation>
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
        <translation>Lotse مقفل.</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>أين تُحفظ بياناتك</translation>
    </message>
    <message>
        <source>All of Lotse&apos;s data is in one folder. Back it up regularly; to move to a new computer, copy the whole folder.</source>
        <translation>كل بيانات Lotse موجودة في مجلد واحد. انسخه احتياطيًا بانتظام؛ وللانتقال إلى حاسوب جديد انسخ المجلد كاملًا.</translation>
    </message>
    <message>
        <source>On this &amp;computer (recommended)</source>
        <translation>على هذا ال&amp;حاسوب (موصى به)</translation>
    </message>
    <message>
        <source>In another &amp;folder or on a USB stick:</source>
        <translation>في &amp;مجلد آخر أو على ذاكرة USB:</translation>
    </message>
    <message>
        <source>Database on a &amp;server (team)</source>
        <translation>قاعدة بيانات على خا&amp;دم (وضع الفريق)</translation>
    </message>
    <message>
        <source>For an office where several people work at the same time: the data is in a PostgreSQL database that your club or its umbrella organisation runs.</source>
        <translation>لمكتب يعمل فيه عدة أشخاص في الوقت نفسه: تكون البيانات في قاعدة بيانات PostgreSQL تشغّلها جمعيتك أو المنظمة الأم التي تنتمي إليها.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>اختيار مجلد</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>مجلد آخر</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار …</translation>
    </message>
    <message>
        <source>The folder is set with --data-dir.</source>
        <translation>المجلد محدد عبر --data-dir.</translation>
    </message>
    <message>
        <source>The folder is set by LOTSE_DATA_DIR.</source>
        <translation>المجلد محدد عبر LOTSE_DATA_DIR.</translation>
    </message>
    <message>
        <source>This is a portable Lotse: the data stays beside the program.</source>
        <translation>هذه نسخة محمولة من Lotse: تبقى البيانات بجانب البرنامج.</translation>
    </message>
    <message>
        <source>The database will be created here:
{path}</source>
        <translation>ستُنشأ قاعدة البيانات هنا:
{path}</translation>
    </message>
    <message>
        <source>Folder for Lotse&apos;s data</source>
        <translation>مجلد بيانات Lotse</translation>
    </message>
    <message>
        <source>Choose the folder for Lotse&apos;s data.</source>
        <translation>اختر المجلد الذي تُحفظ فيه بيانات Lotse.</translation>
    </message>
    <message>
        <source>Existing database</source>
        <translation>قاعدة بيانات موجودة</translation>
    </message>
    <message>
        <source>This folder already holds a Lotse database:
{path}

Use it instead of creating a new one?</source>
        <translation>يحتوي هذا المجلد على قاعدة بيانات Lotse من قبل:
{path}

هل تريد استخدامها بدلًا من إنشاء قاعدة جديدة؟</translation>
    </message>
    <message>
        <source>Choose an empty folder for a new database.</source>
        <translation>اختر مجلدًا فارغًا لقاعدة بيانات جديدة.</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>Allowances from other clubs</source>
        <translation>تعويضات من جمعيات أخرى</translation>
    </message>
    <message>
        <source>e.g. 300,00; 0 if none</source>
        <translation>مثلًا: 300,00؛ و0 إن لم يوجد شيء</translation>
    </message>
    <message>
        <source>The tax-free cap counts per person across all clubs: what the volunteer received elsewhere reduces what this club may pay tax-free.</source>
        <translation>يُحتسب الحد المعفى من الضريبة لكل شخص عبر كل الجمعيات: ما حصل عليه المتطوع في مكان آخر يُنقص ما يجوز لهذه الجمعية دفعه معفًى من الضريبة.</translation>
    </message>
    <message>
        <source>Vol&amp;unteer:</source>
        <translation>الم&amp;تطوع:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Received from &amp;other clubs (€):</source>
        <translation>المستلَم من &amp;جمعيات أخرى (€):</translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation>تاريخ الإ&amp;قرار:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>تاريخ الإقرار</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating case files…</source>
        <translation>جارٍ إنشاء ملفات الحالات…</translation>
    </message>
    <message>
        <source>Creating consultations…</source>
        <translation>جارٍ إنشاء الاستشارات…</translation>
    </message>
    <message>
        <source>Creating volunteers, hours and tandems…</source>
        <translation>جارٍ إنشاء المتطوعين والساعات وثنائيات التوجيه…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>ح&amp;فظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>No document kept yet – signed questionnaires and consents, decisions and certificates can be added with “Add document”.</source>
        <translation>لا توجد مستندات محفوظة بعد – يمكن إضافة الاستبيانات والموافقات الموقّعة والقرارات والشهادات عبر «إضافة مستند».</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Add &amp;document …</source>
        <translation>إضافة &amp;مستند …</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Shows the document in the program this computer uses for it. For that, Lotse writes an unencrypted copy into the data folder and deletes it when Lotse is closed.</source>
        <translation>يعرض المستند في البرنامج الذي يستخدمه هذا الحاسوب لهذا النوع من الملفات. لذلك يكتب Lotse نسخة غير مشفّرة في مجلد البيانات ويحذفها عند إغلاق Lotse.</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy …</source>
        <translation>حفظ &amp;نسخة …</translation>
    </message>
    <message>
        <source>Dele&amp;te …</source>
        <translation>&amp;حذف …</translation>
    </message>
    <message>
        <source>Please choose a document in the list.</source>
        <translation>يُرجى اختيار مستند من القائمة.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it with a program of your choice.</source>
        <translation>لا يوجد برنامج على هذا الحاسوب يفتح هذا النوع من الملفات. احفظ نسخة وافتحها ببرنامج من اختيارك.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>حفظ نسخة من المستند</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted: delete it when it is no longer needed.</source>
        <translation>حُفظ في {path}. هذه النسخة غير مشفّرة: احذفها عندما لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>حذف المستند</translation>
    </message>
    <message>
        <source>Why is “{title}” deleted? (kept in the audit trail)</source>
        <translation>لماذا يُحذف «{title}»؟ (يُسجَّل في سجل التدقيق)</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>يُحفظ حتى</translation>
    </message>
    <message>
        <source>Anonymise case file</source>
        <translation>إخفاء هوية ملف الحالة</translation>
    </message>
    <message>
        <source>Anonymise former volunteer</source>
        <translation>إخفاء هوية متطوع سابق</translation>
    </message>
    <message>
        <source>Delete police clearance (§ 72a SGB VIII)</source>
        <translation>حذف بيانات شهادة حسن السيرة والسلوك (المادة 72a من SGB VIII)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol participant – {course}</source>
        <translation>تسجيل مشارك – {course}</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>الاسم أو رقم الحالة</translation>
    </message>
    <message>
        <source>Matching case files</source>
        <translation>ملفات الحالات المطابقة</translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation>ال&amp;بحث عن حالة:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>ت&amp;سجيل</translation>
    </message>
    <message>
        <source>Participant: find and choose a case file first.</source>
        <translation>المشارك: ابحث عن ملف حالة واختره أولًا.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>required after the 4-week deadline</source>
        <translation>مطلوب بعد انقضاء مهلة الأسابيع الأربعة</translation>
    </message>
    <message>
        <source>Enroll in a project</source>
        <translation>التسجيل في مشروع</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>الم&amp;شروع:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>تاريخ ال&amp;دخول:</translation>
    </message>
    <message>
        <source>Entry questionnaire {project}</source>
        <translation>استبيان الدخول {project}</translation>
    </message>
    <message>
        <source>Entry on {entry} in {project}; entry data due by {due}.</source>
        <translation>الدخول في {project} بتاريخ {entry}؛ بيانات الدخول مستحقة حتى {due}.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;سبب التغيير:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>تاريخ الدخول</translation>
    </message>
</context>
<context>
    <name>EnrollmentModel</name>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <source>ESF entry data</source>
        <translation>بيانات الدخول ESF</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>الخروج</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>Status after exit</source>
        <translation>الوضع بعد الخروج</translation>
    </message>
    <message>
        <source>6-month follow-up</source>
        <translation>المتابعة بعد 6 أشهر</translation>
    </message>
    <message>
        <source>not an ESF project</source>
        <translation>ليس مشروع ESF</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, overdue since {date}</source>
        <translation>
            <numerusform>%n سؤال لم يُطرح، متأخرة منذ {date}</numerusform>
            <numerusform>سؤال واحد لم يُطرح، متأخر منذ {date}</numerusform>
            <numerusform>سؤالان لم يُطرحا، متأخران منذ {date}</numerusform>
            <numerusform>%n أسئلة لم تُطرح، متأخرة منذ {date}</numerusform>
            <numerusform>%n سؤالًا لم يُطرح، متأخرة منذ {date}</numerusform>
            <numerusform>%n سؤال لم يُطرح، متأخرة منذ {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, due by {date}</source>
        <translation>
            <numerusform>%n سؤال لم يُطرح، مستحقة حتى {date}</numerusform>
            <numerusform>سؤال واحد لم يُطرح، مستحق حتى {date}</numerusform>
            <numerusform>سؤالان لم يُطرحا، مستحقان حتى {date}</numerusform>
            <numerusform>%n أسئلة لم تُطرح، مستحقة حتى {date}</numerusform>
            <numerusform>%n سؤالًا لم يُطرح، مستحقة حتى {date}</numerusform>
            <numerusform>%n سؤال لم يُطرح، مستحقة حتى {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded on {date}</source>
        <translation>سُجّل في {date}</translation>
    </message>
    <message>
        <source>(exit data overdue)</source>
        <translation>(بيانات الخروج متأخرة)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>e.g. Tigrinya, Dari or ti</source>
        <translation>مثلًا: Tigrinya أو Dari أو ti</translation>
    </message>
</context>
<context>
    <name>EntryQuestionnaire</name>
    <message>
        <source>ESF entry questionnaire (situation on the entry date)</source>
        <translation>استبيان الدخول ESF (الوضع في تاريخ الدخول)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهر</translation>
    </message>
    <message>
        <source>&amp;Employment status:</source>
        <translation>وضع ال&amp;عمل:</translation>
    </message>
    <message>
        <source>Unemployed &amp;for:</source>
        <translation>عاطل عن العمل &amp;منذ:</translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation>أعلى مستوى &amp;تعليمي:</translation>
    </message>
    <message>
        <source>&amp;Disability:</source>
        <translation>ال&amp;إعاقة:</translation>
    </message>
    <message>
        <source>&amp;Minority:</source>
        <translation>الأ&amp;قلية:</translation>
    </message>
    <message>
        <source>Foreign &amp;origin:</source>
        <translation>أصل &amp;أجنبي:</translation>
    </message>
    <message>
        <source>&amp;Homeless or excluded from housing:</source>
        <translation>&amp;بلا مأوى أو مستبعد من السكن:</translation>
    </message>
    <message>
        <source>&amp;Rural area:</source>
        <translation>منطقة &amp;ريفية:</translation>
    </message>
    <message>
        <source>All questions answered: the entry data count as recorded.</source>
        <translation>تمت الإجابة عن كل الأسئلة: تُعدّ بيانات الدخول مسجّلة.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not yet asked. They stay missing and are listed on the start page and in the ESF report until answered.</source>
        <translation>
            <numerusform>لا توجد أسئلة لم تُطرح بعد.</numerusform>
            <numerusform>سؤال واحد لم يُطرح بعد. يبقى ناقصًا ويُدرج في صفحة البداية وفي تقرير ESF إلى أن تتم الإجابة عنه.</numerusform>
            <numerusform>سؤالان لم يُطرحا بعد. يبقيان ناقصين ويُدرجان في صفحة البداية وفي تقرير ESF إلى أن تتم الإجابة عنهما.</numerusform>
            <numerusform>%n أسئلة لم تُطرح بعد. تبقى ناقصة وتُدرج في صفحة البداية وفي تقرير ESF إلى أن تتم الإجابة عنها.</numerusform>
            <numerusform>%n سؤالًا لم يُطرح بعد. تبقى ناقصة وتُدرج في صفحة البداية وفي تقرير ESF إلى أن تتم الإجابة عنها.</numerusform>
            <numerusform>%n سؤال لم يُطرح بعد. تبقى ناقصة وتُدرج في صفحة البداية وفي تقرير ESF إلى أن تتم الإجابة عنها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Delete case {case}</source>
        <translation>حذف ملف الحالة {case}</translation>
    </message>
    <message>
        <source>The person asked for their data to be erased (Art. 17 GDPR). Choose the ground of the request.</source>
        <translation>طلب الشخص محو بياناته (المادة 17 من اللائحة العامة لحماية البيانات DSGVO). اختر سبب الطلب.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>I have told the person why their data must be &amp;kept.</source>
        <translation>شرحتُ للشخص لماذا يجب ال&amp;احتفاظ ببياناته.</translation>
    </message>
    <message>
        <source>&amp;Remove what is not needed</source>
        <translation>إ&amp;زالة ما لا حاجة إليه</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The server&apos;s own backups still hold the data until they are replaced: tell whoever runs the server. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>سيُمحى كل ما يتعلق بالشخص نهائيًا: ملف الحالة، والاستشارات والملاحظات، والمشاريع، والمتابعات، والموافقات، وثنائيات التوجيه، والمسودات؛ أما الساعات التي قدّمها المتطوعون معه فتبقى دون الربط به. تظل النسخ الاحتياطية الخاصة بالخادم تحتوي على البيانات إلى أن تُستبدل: أبلِغ الشخص الذي يدير الخادم. لا يحتفظ سجل التدقيق إلا بأن رقم الحالة قد مُحي، ومن قام بذلك، ومتى، ولأي سبب.</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the data until they are replaced. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>سيُمحى كل ما يتعلق بالشخص نهائيًا: ملف الحالة، والاستشارات والملاحظات، والمشاريع، والمتابعات، والموافقات، وثنائيات التوجيه، والمسودات؛ أما الساعات التي قدّمها المتطوعون معه فتبقى دون الربط به. تُستبدل النسخ الاحتياطية في مجلد البيانات بنسخة جديدة؛ أما النسخ الموجودة في أماكن أخرى (ذاكرات USB) فتظل تحتوي على البيانات إلى أن تُستبدل. لا يحتفظ سجل التدقيق إلا بأن رقم الحالة قد مُحي، ومن قام بذلك، ومتى، ولأي سبب.</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone.</source>
        <translation>أدرك أنه لا يمكن ال&amp;تراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>م&amp;حو نهائي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Removing …</source>
        <translation>جارٍ الإزالة …</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>جارٍ المحو …</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Case number: there is no case {number}.</source>
        <translation>رقم الحالة: لا توجد حالة برقم {number}.</translation>
    </message>
    <message>
        <source>Folder: {path} is a file; choose a folder.</source>
        <translation>المجلد: {path} ملف؛ اختر مجلدًا.</translation>
    </message>
    <message>
        <source>The account {user} was deactivated. Please log in again.</source>
        <translation>عُطّل الحساب {user}. يُرجى تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>User {user} (role {role}) may not do this ({permission}).</source>
        <translation>لا يحق للمستخدم {user} (الدور {role}) القيام بذلك ({permission}).</translation>
    </message>
    <message>
        <source>{label}: must be more than 0 euro.</source>
        <translation>{label}: يجب أن يكون أكثر من 0 يورو.</translation>
    </message>
    <message>
        <source>{label}: an allowance pays for work; give the first and last day of the work it compensates.</source>
        <translation>{label}: تعويض الجهد يُدفع مقابل عمل؛ أدخل اليوم الأول واليوم الأخير من العمل الذي يعوّضه.</translation>
    </message>
    <message>
        <source>{label}: the last day must not lie before the first.</source>
        <translation>{label}: يجب ألا يقع اليوم الأخير قبل اليوم الأول.</translation>
    </message>
    <message>
        <source>This volunteer does not exist (any more).</source>
        <translation>هذا المتطوع غير موجود (لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>User {user} may not record declarations.</source>
        <translation>لا يحق للمستخدم {user} تسجيل الإقرارات.</translation>
    </message>
    <message>
        <source>Kind: expense refunds have no cap and need no declaration.</source>
        <translation>النوع: استرداد النفقات ليس له حد ولا يحتاج إلى إقرار.</translation>
    </message>
    <message>
        <source>Year: a year from 2000 to 2100 is allowed.</source>
        <translation>السنة: يُسمح بسنة من 2000 إلى 2100.</translation>
    </message>
    <message>
        <source>{label}: please choose an advisor.</source>
        <translation>{label}: يُرجى اختيار مستشار.</translation>
    </message>
    <message>
        <source>{label}: a new appointment must not lie in the past.</source>
        <translation>{label}: يجب ألا يقع الموعد الجديد في الماضي.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} minutes are allowed.</source>
        <translation>{label}: يُسمح بمدة من {low} إلى {high} دقيقة.</translation>
    </message>
    <message>
        <source>{label}: an appointment with a case file takes no other name.</source>
        <translation>{label}: الموعد المرتبط بملف حالة لا يأخذ اسمًا آخر.</translation>
    </message>
    <message>
        <source>{label}: please choose an active advisor.</source>
        <translation>{label}: يُرجى اختيار مستشار نشط.</translation>
    </message>
    <message>
        <source>Advisor: you may only book appointments for yourself.</source>
        <translation>المستشار: لا يجوز لك حجز مواعيد إلا لنفسك.</translation>
    </message>
    <message>
        <source>{label}: {advisor} already has an appointment on {date} at {time} ({whom}).</source>
        <translation>{label}: لدى {advisor} موعد من قبل في {date} الساعة {time} ({whom}).</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>هذا الموعد لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This appointment belongs to another advisor&apos;s case.</source>
        <translation>هذا الموعد تابع لحالة مستشار آخر.</translation>
    </message>
    <message>
        <source>{label}: this appointment became a consultation; it stays held.</source>
        <translation>{label}: تحوّل هذا الموعد إلى استشارة؛ ويبقى «تمّ».</translation>
    </message>
    <message>
        <source>This appointment already became a consultation.</source>
        <translation>تحوّل هذا الموعد إلى استشارة من قبل.</translation>
    </message>
    <message>
        <source>To: the end of the period lies before its start.</source>
        <translation>إلى: نهاية الفترة تقع قبل بدايتها.</translation>
    </message>
    <message>
        <source>Action: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>الإجراء: قيمة غير معروفة «{value}». المسموح: {allowed}.</translation>
    </message>
    <message>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة، أو الحساب معطّل.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account. Please wait {seconds} seconds and try again, or ask an administrator to unlock it.</source>
        <translation>كلمات مرور خاطئة كثيرة لهذا الحساب. يُرجى الانتظار {seconds} ثانية ثم المحاولة مجددًا، أو اطلب من أحد المسؤولين إلغاء القفل.</translation>
    </message>
    <message>
        <source>Backup file: the folder {folder} does not exist.</source>
        <translation>ملف النسخة الاحتياطية: المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: {reason}</source>
        <translation>تعذّر التحقق من النسخة الاحتياطية ولم يُحتفظ بها: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في {path}: {reason}</translation>
    </message>
    <message>
        <source>The file was not restored and the current database is unchanged: {reason}</source>
        <translation>لم يُستعد الملف، وقاعدة البيانات الحالية لم تتغير: {reason}</translation>
    </message>
    <message>
        <source>the file is not a Lotse backup</source>
        <translation>الملف ليس نسخة احتياطية من Lotse</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>الملف تالف ({detail})</translation>
    </message>
    <message>
        <source>the backup belongs to another Lotse database, and your password does not open it</source>
        <translation>النسخة الاحتياطية تابعة لقاعدة بيانات Lotse أخرى، وكلمة مرورك لا تفتحها</translation>
    </message>
    <message>
        <source>the backup was made by a newer version of Lotse</source>
        <translation>أُنشئت النسخة الاحتياطية بإصدار أحدث من Lotse</translation>
    </message>
    <message>
        <source>the backup failed the integrity check ({detail})</source>
        <translation>لم تجتز النسخة الاحتياطية فحص السلامة ({detail})</translation>
    </message>
    <message>
        <source>a database on a server is restored by the server&apos;s administrator (from its pg_dump backups), not from a Lotse backup file</source>
        <translation>قاعدة البيانات على الخادم يستعيدها مسؤول الخادم (من نسخ pg_dump الاحتياطية للخادم)، وليس من ملف نسخة احتياطية من Lotse</translation>
    </message>
    <message>
        <source>Backup file: {path} does not exist.</source>
        <translation>ملف النسخة الاحتياطية: {path} غير موجود.</translation>
    </message>
    <message>
        <source>Keeping the current database as a backup…</source>
        <translation>جارٍ حفظ قاعدة البيانات الحالية كنسخة احتياطية…</translation>
    </message>
    <message>
        <source>Opening the restored database…</source>
        <translation>جارٍ فتح قاعدة البيانات المستعادة…</translation>
    </message>
    <message>
        <source>Both case files are enrolled in {projects}. Remove the wrong enrollment first (Projects tab, “Remove enrollment”), then merge.</source>
        <translation>ملفا الحالة كلاهما مسجّلان في {projects}. أزل التسجيل الخاطئ أولًا (تبويب «المشاريع»، «إزالة التسجيل»)، ثم ادمج.</translation>
    </message>
    <message>
        <source>Both case files are enrolled in the course {courses}. Remove the wrong enrollment first (Courses section), then merge.</source>
        <translation>ملفا الحالة كلاهما مسجّلان في الدورة {courses}. أزل التسجيل الخاطئ أولًا (قسم «الدورات»)، ثم ادمج.</translation>
    </message>
    <message>
        <source>Choose a different case file to merge with this one.</source>
        <translation>اختر ملف حالة آخر لدمجه مع هذا الملف.</translation>
    </message>
    <message>
        <source>Only an administrator may remove an enrollment.</source>
        <translation>لا يجوز إزالة التسجيل إلا للمسؤول.</translation>
    </message>
    <message>
        <source>This project enrollment no longer exists.</source>
        <translation>هذا التسجيل في المشروع لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>{label}: please choose one; &apos;not specified&apos; is possible too.</source>
        <translation>{label}: يُرجى الاختيار؛ ويمكن أيضًا اختيار «لا إجابة».</translation>
    </message>
    <message>
        <source>{label}: must lie between 1900 and today.</source>
        <translation>{label}: يجب أن يقع بين 1900 واليوم.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use five digits.</source>
        <translation>{label}: «{value}» غير مسموح. استخدم خمسة أرقام.</translation>
    </message>
    <message>
        <source>{label}: only for an address in Germany. For a person living abroad, leave it empty and write the foreign postcode with the town.</source>
        <translation>{label}: فقط لعنوان في ألمانيا. للشخص المقيم في الخارج اتركه فارغًا واكتب الرمز البريدي الأجنبي مع اسم المدينة.</translation>
    </message>
    <message>
        <source>{label}: a year from 1900 to {year} is allowed.</source>
        <translation>{label}: يُسمح بسنة من 1900 إلى {year}.</translation>
    </message>
    <message>
        <source>{label}: only for a qualification that was obtained; leave it empty for none or unknown.</source>
        <translation>{label}: فقط لمؤهل تم الحصول عليه؛ اتركه فارغًا إذا لم يوجد مؤهل أو كان غير معروف.</translation>
    </message>
    <message>
        <source>Case {id} does not exist (any more).</source>
        <translation>الحالة {id} غير موجودة (لم تعد موجودة).</translation>
    </message>
    <message>
        <source>Case {case} is anonymised: it can no longer be changed.</source>
        <translation>الحالة {case} مُخفاة الهوية: لم يعد بالإمكان تغييرها.</translation>
    </message>
    <message>
        <source>The case file {case}</source>
        <translation>ملف الحالة {case}</translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation>لا يوجد ملف قاعدة بيانات {path}.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Lotse database (perhaps a copy or a save was interrupted). Restore the latest backup.</source>
        <translation>الملف {path} فارغ: ليس قاعدة بيانات Lotse (ربما انقطع نسخ أو حفظ). استعد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database, but not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>الملف {path} قاعدة بيانات SQLite، لكنه ليس قاعدة بيانات Lotse (لا يحتوي على أيٍّ من جداول Lotse). لم يغيّره Lotse.</translation>
    </message>
    <message>
        <source>The file {path} is a Lotse database from before encryption; the next administrator login encrypts it.</source>
        <translation>الملف {path} قاعدة بيانات Lotse من زمن ما قبل التشفير؛ سيُشفَّر عند تسجيل الدخول التالي لأحد المسؤولين.</translation>
    </message>
    <message>
        <source>The file is damaged ({details}). Restore the latest backup; Lotse did not change the file.</source>
        <translation>الملف تالف ({details}). استعد أحدث نسخة احتياطية؛ لم يغيّر Lotse الملف.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist (foreign keys), or the check could not run.</source>
        <translation>
            <numerusform>عدد الصفوف التي تشير إلى صفوف غير موجودة (مفاتيح خارجية): %n، أو تعذّر إجراء الفحص.</numerusform>
            <numerusform>عدد الصفوف التي تشير إلى صفوف غير موجودة (مفاتيح خارجية): %n، أو تعذّر إجراء الفحص.</numerusform>
            <numerusform>عدد الصفوف التي تشير إلى صفوف غير موجودة (مفاتيح خارجية): %n، أو تعذّر إجراء الفحص.</numerusform>
            <numerusform>عدد الصفوف التي تشير إلى صفوف غير موجودة (مفاتيح خارجية): %n، أو تعذّر إجراء الفحص.</numerusform>
            <numerusform>عدد الصفوف التي تشير إلى صفوف غير موجودة (مفاتيح خارجية): %n، أو تعذّر إجراء الفحص.</numerusform>
            <numerusform>عدد الصفوف التي تشير إلى صفوف غير موجودة (مفاتيح خارجية): %n، أو تعذّر إجراء الفحص.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database ({reason}): it is damaged, belongs to other keys or is no database at all. Lotse did not change it.</source>
        <translation>لا يمكن قراءة الملف {path} كقاعدة بيانات Lotse ({reason}): إما أنه تالف، أو تابع لمفاتيح أخرى، أو ليس قاعدة بيانات أصلًا. لم يغيّره Lotse.</translation>
    </message>
    <message>
        <source>The database on the server {server} cannot be read ({reason}). Lotse did not change it.</source>
        <translation>تتعذّر قراءة قاعدة البيانات على الخادم {server} ({reason}). لم يغيّرها Lotse.</translation>
    </message>
    <message>
        <source>The database on the server {server} is not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>قاعدة البيانات على الخادم {server} ليست قاعدة بيانات Lotse (لا تحتوي على أيٍّ من جداول Lotse). لم يغيّرها Lotse.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>هذا الإدخال غير موجود (لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>{label}: &apos;;&apos; and &apos;,&apos; are not allowed; they separate several entries in a spreadsheet cell.</source>
        <translation>{label}: لا يُسمح بـ «;» و«,»؛ فهما تفصلان بين عدة إدخالات في خلية الجدول.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; already exists.</source>
        <translation>{label}: «{name}» موجود من قبل.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; exists but is retired; take it back into use.</source>
        <translation>{label}: «{name}» موجود لكنه موقوف؛ أعِد استخدامه.</translation>
    </message>
    <message>
        <source>{label}: this field is required.</source>
        <translation>{label}: هذا الحقل إلزامي.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; is already on the list.</source>
        <translation>{label}: «{name}» موجود في القائمة من قبل.</translation>
    </message>
    <message>
        <source>Languages keep their standard names; add another one instead.</source>
        <translation>تحتفظ اللغات بأسمائها المعيارية؛ أضف لغة أخرى بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Consents asked: &apos;{value}&apos; cannot be chosen here (allowed: {allowed}; the consent for a partner is asked for each active partner).</source>
        <translation>الموافقات المطلوبة: لا يمكن اختيار «{value}» هنا (المسموح: {allowed}؛ الموافقة الخاصة بشريك تُطلب لكل شريك نشط).</translation>
    </message>
    <message>
        <source>Partner: &apos;{name}&apos; is already in the list.</source>
        <translation>الشريك: «{name}» موجود في القائمة من قبل.</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>هذا الشريك لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Partner: a consent to pass data to a partner names one partner; other consents name none.</source>
        <translation>الشريك: الموافقة على تمرير البيانات إلى شريك تسمّي شريكًا واحدًا؛ والموافقات الأخرى لا تسمّي أي شريك.</translation>
    </message>
    <message>
        <source>Partner: choose one of the club&apos;s active partners.</source>
        <translation>الشريك: اختر أحد الشركاء النشطين للجمعية.</translation>
    </message>
    <message>
        <source>Consents: each consent can be answered once.</source>
        <translation>الموافقات: يمكن الإجابة عن كل موافقة مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>Consents: the information notice is no consent.</source>
        <translation>الموافقات: معلومات حماية البيانات ليست موافقة.</translation>
    </message>
    <message>
        <source>{label}: must not lie in the future.</source>
        <translation>{label}: يجب ألا يقع في المستقبل.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>هذه الموافقة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>The information notice was handed over; it is no consent and cannot be withdrawn.</source>
        <translation>سُلّمت معلومات حماية البيانات؛ وهي ليست موافقة ولا يمكن سحبها.</translation>
    </message>
    <message>
        <source>{label}: this consent was already withdrawn.</source>
        <translation>{label}: سُحبت هذه الموافقة من قبل.</translation>
    </message>
    <message>
        <source>{label}: the day the consent was given ({given}) or later.</source>
        <translation>{label}: يوم منح الموافقة ({given}) أو بعده.</translation>
    </message>
    <message>
        <source>{label}: from 1 to 600 minutes are allowed.</source>
        <translation>{label}: يُسمح بمدة من 1 إلى 600 دقيقة.</translation>
    </message>
    <message>
        <source>{label}: must not be before the consultation.</source>
        <translation>{label}: يجب ألا يقع قبل الاستشارة.</translation>
    </message>
    <message>
        <source>{label}: anonymous contacts cannot have a follow-up.</source>
        <translation>{label}: لا يمكن أن تكون للتواصلات مجهولة الهوية متابعة.</translation>
    </message>
    <message>
        <source>Topics: unknown topic chosen.</source>
        <translation>المواضيع: اختير موضوع غير معروف.</translation>
    </message>
    <message>
        <source>Referred to: unknown service chosen.</source>
        <translation>أُحيل إلى: اختيرت جهة غير معروفة.</translation>
    </message>
    <message>
        <source>This consultation does not exist (any more).</source>
        <translation>هذه الاستشارة غير موجودة (لم تعد موجودة).</translation>
    </message>
    <message>
        <source>Only the advisor who wrote a consultation or an administrator may change or delete it.</source>
        <translation>لا يجوز تغيير الاستشارة أو حذفها إلا للمستشار الذي كتبها أو للمسؤول.</translation>
    </message>
    <message>
        <source>The consultation of {day}</source>
        <translation>الاستشارة بتاريخ {day}</translation>
    </message>
    <message>
        <source>Kind: please choose the kind of course from the list.</source>
        <translation>النوع: يُرجى اختيار نوع الدورة من القائمة.</translation>
    </message>
    <message>
        <source>Last day: {end} lies before the first day {start}.</source>
        <translation>اليوم الأخير: {end} يقع قبل اليوم الأول {start}.</translation>
    </message>
    <message>
        <source>Date: {date} lies outside the course ({start} – {end}); choose a day within it or change the course&apos;s dates first.</source>
        <translation>التاريخ: {date} يقع خارج الدورة ({start} – {end})؛ اختر يومًا ضمنها أو غيّر تواريخ الدورة أولًا.</translation>
    </message>
    <message>
        <source>Duration: {minutes} minutes is not allowed; a session lasts {low} to {high} minutes.</source>
        <translation>المدة: {minutes} دقيقة غير مسموح بها؛ تستغرق الجلسة من {low} إلى {high} دقيقة.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>هذه الدورة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This course session no longer exists.</source>
        <translation>جلسة الدورة هذه لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This project does not exist.</source>
        <translation>هذا المشروع غير موجود.</translation>
    </message>
    <message>
        <source>First day / last day: the sessions on {dates} would lie outside the course; move or remove them first.</source>
        <translation>اليوم الأول / اليوم الأخير: الجلسات في {dates} ستقع خارج الدورة؛ انقلها أو أزلها أولًا.</translation>
    </message>
    <message>
        <source>Course {course}: attendance is recorded in {n} cells; a course with attendance cannot be deleted.</source>
        <translation>الدورة {course}: الحضور مسجّل في خلايا عددها {n}؛ لا يمكن حذف دورة فيها حضور مسجّل.</translation>
    </message>
    <message>
        <source>Start time: the course already has a session on {date} at {time}.</source>
        <translation>وقت البدء: للدورة جلسة من قبل في {date} الساعة {time}.</translation>
    </message>
    <message>
        <source>Session on {date}: attendance is recorded for {n} people; clear their cells first.</source>
        <translation>الجلسة في {date}: الحضور مسجّل لأشخاص عددهم {n}؛ امسح خلاياهم أولًا.</translation>
    </message>
    <message>
        <source>Participant: {name} ({case}) is already enrolled in {course}.</source>
        <translation>المشارك: {name} ({case}) مسجّل من قبل في {course}.</translation>
    </message>
    <message>
        <source>This course participation no longer exists.</source>
        <translation>هذه المشاركة في الدورة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Attendance: the session on {date} has not taken place yet; only “excused” can be recorded in advance.</source>
        <translation>الحضور: الجلسة في {date} لم تُعقد بعد؛ لا يمكن أن يُسجَّل مسبقًا إلا «غائب بعذر».</translation>
    </message>
    <message>
        <source>Attendance: {name} ({case}) is not enrolled in this course; enrol the person first.</source>
        <translation>الحضور: {name} ({case}) غير مسجّل في هذه الدورة؛ سجّل الشخص أولًا.</translation>
    </message>
    <message>
        <source>Certificate: {name} ({case}) has attended no session of {course} yet (only sessions ticked “present” count).</source>
        <translation>الشهادة: لم يحضر {name} ({case}) أي جلسة من {course} بعد (لا تُحتسب إلا الجلسات المسجّل فيها «حاضر»).</translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Lotse waited 10 seconds; nothing was changed. Please try again in a moment.</source>
        <translation>هناك عملية أخرى تكتب في قاعدة البيانات الآن (استيراد أو نسخ احتياطي أو نسخة أخرى من Lotse). انتظر Lotse 10 ثوانٍ؛ لم يتغير شيء. يُرجى المحاولة مجددًا بعد قليل.</translation>
    </message>
    <message numerus="yes">
        <source>%n ESF entry questionnaire(s) had been saved untouched with answers the old form pre-selected. They were reset to &apos;not yet asked&apos; and are now listed as missing on the start page and in the ESF report.</source>
        <translation>
            <numerusform>عدد استبيانات الدخول ESF التي كانت محفوظة دون تعديل بالإجابات التي كان النموذج القديم يختارها مسبقًا: %n. أُعيد تعيينها إلى «لم يُسأل بعد» وهي مدرجة الآن كناقصة في صفحة البداية وفي تقرير ESF.</numerusform>
            <numerusform>عدد استبيانات الدخول ESF التي كانت محفوظة دون تعديل بالإجابات التي كان النموذج القديم يختارها مسبقًا: %n. أُعيد تعيينها إلى «لم يُسأل بعد» وهي مدرجة الآن كناقصة في صفحة البداية وفي تقرير ESF.</numerusform>
            <numerusform>عدد استبيانات الدخول ESF التي كانت محفوظة دون تعديل بالإجابات التي كان النموذج القديم يختارها مسبقًا: %n. أُعيد تعيينها إلى «لم يُسأل بعد» وهي مدرجة الآن كناقصة في صفحة البداية وفي تقرير ESF.</numerusform>
            <numerusform>عدد استبيانات الدخول ESF التي كانت محفوظة دون تعديل بالإجابات التي كان النموذج القديم يختارها مسبقًا: %n. أُعيد تعيينها إلى «لم يُسأل بعد» وهي مدرجة الآن كناقصة في صفحة البداية وفي تقرير ESF.</numerusform>
            <numerusform>عدد استبيانات الدخول ESF التي كانت محفوظة دون تعديل بالإجابات التي كان النموذج القديم يختارها مسبقًا: %n. أُعيد تعيينها إلى «لم يُسأل بعد» وهي مدرجة الآن كناقصة في صفحة البداية وفي تقرير ESF.</numerusform>
            <numerusform>عدد استبيانات الدخول ESF التي كانت محفوظة دون تعديل بالإجابات التي كان النموذج القديم يختارها مسبقًا: %n. أُعيد تعيينها إلى «لم يُسأل بعد» وهي مدرجة الآن كناقصة في صفحة البداية وفي تقرير ESF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) had a reference occupation or recognition status. Each now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</source>
        <translation>
            <numerusform>عدد ملفات الحالات التي كانت فيها مهنة مرجعية أو وضع اعتراف: %n. أصبح لكل منها الآن إجراء اعتراف أول (تبويب «الاعتراف») بما كان مسجّلًا؛ أما التواريخ فلم يُسأل عنها قط وهي فارغة.</numerusform>
            <numerusform>عدد ملفات الحالات التي كانت فيها مهنة مرجعية أو وضع اعتراف: %n. أصبح لكل منها الآن إجراء اعتراف أول (تبويب «الاعتراف») بما كان مسجّلًا؛ أما التواريخ فلم يُسأل عنها قط وهي فارغة.</numerusform>
            <numerusform>عدد ملفات الحالات التي كانت فيها مهنة مرجعية أو وضع اعتراف: %n. أصبح لكل منها الآن إجراء اعتراف أول (تبويب «الاعتراف») بما كان مسجّلًا؛ أما التواريخ فلم يُسأل عنها قط وهي فارغة.</numerusform>
            <numerusform>عدد ملفات الحالات التي كانت فيها مهنة مرجعية أو وضع اعتراف: %n. أصبح لكل منها الآن إجراء اعتراف أول (تبويب «الاعتراف») بما كان مسجّلًا؛ أما التواريخ فلم يُسأل عنها قط وهي فارغة.</numerusform>
            <numerusform>عدد ملفات الحالات التي كانت فيها مهنة مرجعية أو وضع اعتراف: %n. أصبح لكل منها الآن إجراء اعتراف أول (تبويب «الاعتراف») بما كان مسجّلًا؛ أما التواريخ فلم يُسأل عنها قط وهي فارغة.</numerusform>
            <numerusform>عدد ملفات الحالات التي كانت فيها مهنة مرجعية أو وضع اعتراف: %n. أصبح لكل منها الآن إجراء اعتراف أول (تبويب «الاعتراف») بما كان مسجّلًا؛ أما التواريخ فلم يُسأل عنها قط وهي فارغة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} is not a Lotse database (it has no Lotse tables, or it is empty). Lotse did not change it. Choose another data folder or restore a backup.</source>
        <translation>الملف {path} ليس قاعدة بيانات Lotse (لا يحتوي على جداول Lotse، أو هو فارغ). لم يغيّره Lotse. اختر مجلد بيانات آخر أو استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged, so no password can open the database. Restore it from a backup, or restore a whole backup (Lotse backups carry their keys).</source>
        <translation>ملف المفاتيح {path} تالف، لذا لا يمكن لأي كلمة مرور فتح قاعدة البيانات. استعده من نسخة احتياطية، أو استعد نسخة احتياطية كاملة (نسخ Lotse الاحتياطية تحمل مفاتيحها).</translation>
    </message>
    <message>
        <source>The key file {path} is missing, so no password can open the database. Put the file lotse.keys back beside lotse.sqlite3, or restore a backup.</source>
        <translation>ملف المفاتيح {path} مفقود، لذا لا يمكن لأي كلمة مرور فتح قاعدة البيانات. أعِد الملف lotse.keys إلى جانب lotse.sqlite3، أو استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>There is no Lotse database in {path} yet. Run &apos;lotse init&apos; first.</source>
        <translation>لا توجد بعد قاعدة بيانات Lotse في {path}. نفّذ «lotse init» أولًا.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key: the file is damaged or belongs to other keys ({reason}).</source>
        <translation>لا يمكن فتح قاعدة البيانات {path} بهذا المفتاح: الملف تالف أو تابع لمفاتيح أخرى ({reason}).</translation>
    </message>
    <message>
        <source>There is no Lotse database on the server yet ({server}). Set it up first: lotse init --server &apos;{server}&apos; --org NAME --admin USER</source>
        <translation>لا توجد بعد قاعدة بيانات Lotse على الخادم ({server}). أنشئها أولًا: lotse init --server &apos;{server}&apos; --org NAME --admin USER</translation>
    </message>
    <message>
        <source>This database already holds case files, consultations or volunteers that were not made by the demo. Demo data is meant for an empty database: use a new data folder (--data-dir), or add --force to mix fake people with these.</source>
        <translation>تحتوي قاعدة البيانات هذه من قبل على ملفات حالات أو استشارات أو متطوعين لم تُنشئهم البيانات التجريبية. البيانات التجريبية مخصصة لقاعدة بيانات فارغة: استخدم مجلد بيانات جديدًا (--data-dir)، أو أضف --force لخلط أشخاص وهميين بهؤلاء.</translation>
    </message>
    <message>
        <source>Participants: a whole number from 1 to {n} is allowed.</source>
        <translation>المشاركون: يُسمح بعدد صحيح من 1 إلى {n}.</translation>
    </message>
    <message>
        <source>This tandem no longer exists.</source>
        <translation>ثنائي التوجيه هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Kind: choose what the document is.</source>
        <translation>النوع: اختر نوع المستند.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: يُرجى إدخال تاريخ.</translation>
    </message>
    <message>
        <source>File: {path} cannot be read.</source>
        <translation>الملف: لا يمكن قراءة {path}.</translation>
    </message>
    <message>
        <source>File: {name} has {size} MB; a document may have 1 byte to {max} MB.</source>
        <translation>الملف: حجم {name} هو {size} ميغابايت؛ يجوز أن يكون حجم المستند من 1 بايت إلى {max} ميغابايت.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>هذا المستند لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The enrollment in {project}</source>
        <translation>التسجيل في {project}</translation>
    </message>
    <message>
        <source>{label}: only allowed for unemployed people.</source>
        <translation>{label}: مسموح فقط للأشخاص العاطلين عن العمل.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 0 to 600 is allowed.</source>
        <translation>{label}: يُسمح بعدد صحيح من 0 إلى 600.</translation>
    </message>
    <message>
        <source>The ESF questionnaires are only asked in ESF projects; {project} is not one.</source>
        <translation>لا تُطرح استبيانات ESF إلا في مشاريع ESF؛ و{project} ليس منها.</translation>
    </message>
    <message>
        <source>Project: please choose one.</source>
        <translation>المشروع: يُرجى اختيار مشروع.</translation>
    </message>
    <message>
        <source>Project: case {case} is already enrolled in {project}.</source>
        <translation>المشروع: الحالة {case} مسجّلة من قبل في {project}.</translation>
    </message>
    <message>
        <source>{label}: must lie within the project period.</source>
        <translation>{label}: يجب أن يقع ضمن مدة المشروع.</translation>
    </message>
    <message>
        <source>{label}: entry answers describe the entry date; changing them more than four weeks after entry needs a reason.</source>
        <translation>{label}: إجابات الدخول تصف الوضع في تاريخ الدخول؛ تغييرها بعد أكثر من أربعة أسابيع من الدخول يتطلب ذكر سبب.</translation>
    </message>
    <message>
        <source>{label}: please choose one of the project&apos;s reasons.</source>
        <translation>{label}: يُرجى اختيار أحد أسباب المشروع.</translation>
    </message>
    <message>
        <source>{label}: must not be before the entry date {entry}.</source>
        <translation>{label}: يجب ألا يقع قبل تاريخ الدخول {entry}.</translation>
    </message>
    <message>
        <source>6-month answers: record the exit first.</source>
        <translation>إجابات الأشهر الستة: سجّل الخروج أولًا.</translation>
    </message>
    <message>
        <source>{label}: only asked of people who were employed or self-employed at entry.</source>
        <translation>{label}: لا يُسأل إلا للأشخاص الذين كانوا يعملون أو يعملون لحسابهم الخاص عند الدخول.</translation>
    </message>
    <message>
        <source>Case {case} is not closed.</source>
        <translation>الحالة {case} غير مغلقة.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Lotse (schema {revision}). Please install the newer Lotse; the file was left unchanged.</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من Lotse (المخطط {revision}). يُرجى تثبيت الإصدار الأحدث من Lotse؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>لا يمكن الكتابة في مجلد البيانات {path}: {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database: {reason}</source>
        <translation>لا يمكن قراءة الملف {path} كقاعدة بيانات Lotse: {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed (a copy is in {backup}): {reason}</source>
        <translation>فشل تحديث قاعدة البيانات {path} ولم يتغير شيء (توجد نسخة في {backup}): {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed: {reason}</source>
        <translation>فشل تحديث قاعدة البيانات {path} ولم يتغير شيء: {reason}</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: Lotse could not write and left the data as it was. Please tell whoever runs the server.</source>
        <translation>القرص على خادم قاعدة البيانات ممتلئ: تعذّرت الكتابة على Lotse وبقيت البيانات كما كانت. يُرجى إبلاغ الجهة التي تشغّل الخادم.</translation>
    </message>
    <message>
        <source>The database server refused this: the account Lotse uses there lacks the permission, or the server only reads. Nothing was changed. Please tell whoever runs the server.</source>
        <translation>رفض خادم قاعدة البيانات هذا الإجراء: الحساب الذي يستخدمه Lotse هناك لا يملك الصلاحية، أو أن الخادم يسمح بالقراءة فقط. لم يتغير شيء. يُرجى إبلاغ الجهة التي تشغّل الخادم.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment, so nothing was saved. Please try again.</source>
        <translation>غيّر شخص آخر البيانات نفسها في اللحظة نفسها، لذلك لم يُحفظ شيء. يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>A volunteer&apos;s hours on one day may add up to at most 10 hours; hours saved meanwhile already fill this day. Nothing was changed.</source>
        <translation>لا يجوز أن يتجاوز مجموع ساعات المتطوع في اليوم الواحد 10 ساعات؛ والساعات التي حُفظت في هذه الأثناء تملأ هذا اليوم بالفعل. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The disk is full: Lotse could not write and left the data as it was. Free some space (or choose another folder) and try again.</source>
        <translation>القرص ممتلئ: تعذّرت الكتابة على Lotse وبقيت البيانات كما كانت. أفرغ بعض المساحة (أو اختر مجلدًا آخر) وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Lotse may not write here{where}: the file or its folder is read-only (a write-protected stick, missing permission). Nothing was changed.</source>
        <translation>لا يُسمح لـ Lotse بالكتابة هنا{where}: الملف أو مجلده للقراءة فقط (ذاكرة USB محمية من الكتابة، أو صلاحية ناقصة). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{label}: counts must not be negative.</source>
        <translation>{label}: يجب ألا تكون الأعداد سالبة.</translation>
    </message>
    <message>
        <source>{label}: women, men and diverse add up to {sum}, more than the {total} attendees in total.</source>
        <translation>{label}: مجموع النساء والرجال ومتنوعي الجنس {sum}، وهو أكثر من إجمالي الحضور البالغ {total}.</translation>
    </message>
    <message>
        <source>Kind: choose what kind of event it was.</source>
        <translation>النوع: اختر نوع الفعالية.</translation>
    </message>
    <message>
        <source>Topics: choose topics from the club&apos;s list.</source>
        <translation>المواضيع: اختر المواضيع من قائمة الجمعية.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>هذه المتابعة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This Lotse version encrypts the database once before it is used again. Please ask an administrator to log in first.</source>
        <translation>يشفّر هذا الإصدار من Lotse قاعدة البيانات مرة واحدة قبل استخدامها من جديد. يُرجى أن يسجّل أحد المسؤولين الدخول أولًا.</translation>
    </message>
    <message>
        <source>Encrypting the database failed and nothing was changed: {reason}</source>
        <translation>فشل تشفير قاعدة البيانات ولم يتغير شيء: {reason}</translation>
    </message>
    <message>
        <source>Goals: choose at least one goal or describe one.</source>
        <translation>الأهداف: اختر هدفًا واحدًا على الأقل أو صِف هدفًا.</translation>
    </message>
    <message>
        <source>Meetings: choose how often the tandem meets.</source>
        <translation>اللقاءات: اختر عدد مرات لقاء ثنائي التوجيه.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has no valid police clearance on {date}; a tandem needs one.</source>
        <translation>المتطوع: ليس لدى {name} شهادة حسن سيرة وسلوك سارية في {date}؛ وثنائي التوجيه يتطلب شهادة سارية.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has not taken part in the club&apos;s training by {date}; the club requires it before a tandem (Settings → General).</source>
        <translation>المتطوع: لم يشارك {name} في تدريب الجمعية حتى {date}؛ والجمعية تشترطه قبل ثنائي التوجيه (الإعدادات ← عام).</translation>
    </message>
    <message>
        <source>{label}: an ended tandem needs the day it ended.</source>
        <translation>{label}: ثنائي التوجيه المنتهي يحتاج إلى يوم انتهائه.</translation>
    </message>
    <message>
        <source>{label}: must not lie before the start ({start}).</source>
        <translation>{label}: يجب ألا يقع قبل البداية ({start}).</translation>
    </message>
    <message>
        <source>The template {file} cannot be read: {problem}</source>
        <translation>لا يمكن قراءة القالب {file}: {problem}</translation>
    </message>
    <message>
        <source>The template {file} does not use the placeholders of the German one: missing {missing}; unknown {unknown}.</source>
        <translation>القالب {file} لا يستخدم العناصر النائبة الموجودة في القالب الألماني: الناقص {missing}؛ غير المعروف {unknown}.</translation>
    </message>
    <message>
        <source>The organisation has not been set up.</source>
        <translation>لم تُعدّ المنظمة بعد.</translation>
    </message>
    <message>
        <source>Logo: the file is not a picture Lotse can read.</source>
        <translation>الشعار: الملف ليس صورة يستطيع Lotse قراءتها.</translation>
    </message>
    <message>
        <source>Logo: at most {size} MB are allowed.</source>
        <translation>الشعار: يُسمح بحد أقصى {size} ميغابايت.</translation>
    </message>
    <message>
        <source>Password: at least {n} characters are required.</source>
        <translation>كلمة المرور: يجب ألا يقل عدد الأحرف عن {n}.</translation>
    </message>
    <message>
        <source>Password: too easy to guess (common passwords, names, words of the club, keyboard rows and dates are tried first). Use a longer one, for example three or four unrelated words.</source>
        <translation>كلمة المرور: سهلة التخمين جدًا (تُجرَّب أولًا كلمات المرور الشائعة والأسماء وكلمات الجمعية وصفوف لوحة المفاتيح والتواريخ). استخدم كلمة مرور أطول، مثلًا ثلاث أو أربع كلمات لا علاقة بينها.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} years are allowed.</source>
        <translation>{label}: يُسمح من {low} إلى {high} سنة.</translation>
    </message>
    <message>
        <source>Reason for the erasure: choose one of the grounds of Art. 17 (1).</source>
        <translation>سبب المحو: اختر أحد الأسباب الواردة في المادة 17 (1).</translation>
    </message>
    <message>
        <source>The person&apos;s data must be kept: ESF projects have to keep their documents for years after the project ends (Art. 82 Regulation (EU) 2021/1060), which Art. 17 (3) (b) GDPR allows.</source>
        <translation>يجب الاحتفاظ ببيانات الشخص: على مشاريع ESF الاحتفاظ بوثائقها لسنوات بعد انتهاء المشروع (المادة 82 من اللائحة (EU) 2021/1060)، وهذا ما تجيزه المادة 17 (3) (b) من اللائحة العامة لحماية البيانات (DSGVO).</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>لم يُمحَ شيء.</translation>
    </message>
    <message>
        <source>{code}: kept until some years after the project ends.</source>
        <translation>{code}: يُحفظ حتى بضع سنوات بعد انتهاء المشروع.</translation>
    </message>
    <message>
        <source>{code}: kept until {date}.</source>
        <translation>{code}: يُحفظ حتى {date}.</translation>
    </message>
    <message>
        <source>Instead, what the project does not need can be removed now: notes, remarks, follow-ups, contact data and spoken languages.</source>
        <translation>بدلًا من ذلك يمكن الآن إزالة ما لا يحتاجه المشروع: الملاحظات، والتعليقات، والمتابعات، وبيانات الاتصال، واللغات المحكية.</translation>
    </message>
    <message>
        <source>{label}: a whole number from {low} to {high} is allowed.</source>
        <translation>{label}: يُسمح بعدد صحيح من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use up to 20 letters, digits, dot, hyphen or underscore.</source>
        <translation>{label}: «{value}» غير مسموح. استخدم حتى 20 حرفًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية.</translation>
    </message>
    <message>
        <source>{label}: must not be before the start date.</source>
        <translation>{label}: يجب ألا يقع قبل تاريخ البدء.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 1 to 30 is allowed.</source>
        <translation>{label}: يُسمح بعدد صحيح من 1 إلى 30.</translation>
    </message>
    <message>
        <source>{label}: a project with the code {code} already exists.</source>
        <translation>{label}: يوجد من قبل مشروع بالرمز {code}.</translation>
    </message>
    <message>
        <source>This project does not exist (any more).</source>
        <translation>هذا المشروع غير موجود (لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; already exists in this project.</source>
        <translation>{label}: «{value}» موجود من قبل في هذا المشروع.</translation>
    </message>
    <message>
        <source>This exit reason does not exist (any more).</source>
        <translation>سبب الخروج هذا غير موجود (لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>Project {project} does not support organisations; switch the setting on in the project first.</source>
        <translation>المشروع {project} لا يدعم مؤسسات؛ فعّل الإعداد في المشروع أولًا.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a KldB 2010 code (5 digits, the last 1-4).</source>
        <translation>{label}: «{value}» ليس رمزًا في تصنيف المهن KldB 2010 (5 أرقام، آخرها من 1 إلى 4).</translation>
    </message>
    <message>
        <source>{label}: must not be before the application date.</source>
        <translation>{label}: يجب ألا يقع قبل تاريخ تقديم الطلب.</translation>
    </message>
    <message>
        <source>{label}: please choose the decision&apos;s result.</source>
        <translation>{label}: يُرجى اختيار نتيجة القرار.</translation>
    </message>
    <message>
        <source>{label}: please choose its kind, or leave the adaptation fields empty.</source>
        <translation>{label}: يُرجى اختيار النوع، أو ترك حقول التأهيل التكميلي فارغة.</translation>
    </message>
    <message>
        <source>{label}: must not be before its start.</source>
        <translation>{label}: يجب ألا يقع قبل البداية.</translation>
    </message>
    <message>
        <source>This recognition procedure no longer exists.</source>
        <translation>إجراء الاعتراف هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use a number from 0.5 to {max}.</source>
        <translation>{label}: «{value}» غير مسموح. استخدم عددًا من 0,5 إلى {max}.</translation>
    </message>
    <message>
        <source>{label}: please choose one (employment subject to social insurance, marginal, self-employed, apprenticeship or internship).</source>
        <translation>{label}: يُرجى اختيار واحد (عمل خاضع للتأمين الاجتماعي، عمل بسيط (Minijob)، عمل حر، تدريب مهني أو تدريب عملي).</translation>
    </message>
    <message>
        <source>{label}: only a participation of this person that ended in employment or self-employment can be linked.</source>
        <translation>{label}: لا يمكن الربط إلا بمشاركة لهذا الشخص انتهت بعمل أو بعمل حر.</translation>
    </message>
    <message>
        <source>This placement no longer exists.</source>
        <translation>بدء العمل هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>A database on a server has no recovery key. An administrator sets a new password in Lotse (Settings, Users, or &apos;lotse user passwd NAME&apos;). If no administrator can log in any more, the person who runs the server has to help: the accounts are in the table &quot;user&quot; of the server&apos;s database.</source>
        <translation>لا يوجد مفتاح استرداد لقاعدة بيانات على خادم. يعيّن المسؤول كلمة مرور جديدة في Lotse (الإعدادات، حسابات المستخدمين، أو «lotse user passwd NAME»). إذا لم يعد أي مسؤول قادرًا على تسجيل الدخول، فعلى الشخص الذي يشغّل الخادم أن يساعد: الحسابات موجودة في الجدول «user» في قاعدة بيانات الخادم.</translation>
    </message>
    <message>
        <source>Recovery key: 32 letters and digits are expected (eight groups of four, as on the printed Notfallschlüssel).</source>
        <translation>مفتاح الاسترداد: المتوقع 32 حرفًا ورقمًا (ثماني مجموعات من أربعة، كما في ورقة مفتاح الاسترداد المطبوعة «Notfallschlüssel»).</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>User name: {name} is no administrator account; the recovery key sets an administrator&apos;s password.</source>
        <translation>اسم المستخدم: {name} ليس حساب مسؤول؛ مفتاح الاسترداد يعيّن كلمة مرور حساب مسؤول.</translation>
    </message>
    <message>
        <source>This is no recovery key.</source>
        <translation>هذا ليس مفتاح استرداد.</translation>
    </message>
    <message>
        <source>Report: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>التقرير: «{value}» غير متاح؛ المسموح: {allowed}.</translation>
    </message>
    <message>
        <source>Project: this report is made for one project.</source>
        <translation>المشروع: يُعدّ هذا التقرير لمشروع واحد.</translation>
    </message>
    <message>
        <source>Project: there is no project with the code {code}.</source>
        <translation>المشروع: لا يوجد مشروع بالرمز {code}.</translation>
    </message>
    <message>
        <source>Project: {code} does not report to ESF Plus.</source>
        <translation>المشروع: {code} لا يقدّم تقارير إلى ESF Plus.</translation>
    </message>
    <message>
        <source>Format: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>الصيغة: «{value}» غير متاحة؛ المسموح: {allowed}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. These fields differ between the saved version and yours: {fields}.</source>
        <translation>غيّر شخص آخر {what} منذ أن فتحته، ولم يُحفظ شيء. تختلف هذه الحقول بين النسخة المحفوظة ونسختك: {fields}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. The fields of this form are the same in both versions.</source>
        <translation>غيّر شخص آخر {what} منذ أن فتحته، ولم يُحفظ شيء. حقول هذا النموذج متطابقة في النسختين.</translation>
    </message>
    <message>
        <source>Case {case}: only the responsible advisor may open it.</source>
        <translation>الحالة {case}: لا يجوز فتحها إلا للمستشار المسؤول.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} {unit} are allowed.</source>
        <translation>{label}: المسموح من {low} إلى {high} {unit}.</translation>
    </message>
    <message>
        <source>A Lotse database already exists in {path}; nothing was changed. Use another data folder (--data-dir) for a new organisation.</source>
        <translation>توجد قاعدة بيانات Lotse من قبل في {path}؛ لم يتغير شيء. استخدم مجلد بيانات آخر (--data-dir) لمنظمة جديدة.</translation>
    </message>
    <message>
        <source>The database {database} on {host} already holds a Lotse organisation; nothing was changed. Log in to it, or ask the server&apos;s administrator for another database for a new organisation.</source>
        <translation>تحتوي قاعدة البيانات {database} على {host} على منظمة Lotse من قبل؛ لم يتغير شيء. سجّل الدخول إليها، أو اطلب من مسؤول الخادم قاعدة بيانات أخرى لمنظمة جديدة.</translation>
    </message>
    <message>
        <source>Month: &apos;{value}&apos; is not allowed; use YYYY-MM such as 2026-03.</source>
        <translation>الشهر: «{value}» غير مسموح؛ استخدم الصيغة YYYY-MM مثل 2026-03.</translation>
    </message>
    <message>
        <source>There is no volunteer with the number {number}.</source>
        <translation>لا يوجد متطوع بالرقم {number}.</translation>
    </message>
    <message>
        <source>{label}: the name {name} is already taken.</source>
        <translation>{label}: الاسم {name} مستخدم من قبل.</translation>
    </message>
    <message>
        <source>This user account does not exist (any more).</source>
        <translation>حساب المستخدم هذا غير موجود (لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>{user} is the last active administrator; make someone else an administrator first.</source>
        <translation>{user} هو آخر مسؤول نشط؛ اجعل شخصًا آخر مسؤولًا أولًا.</translation>
    </message>
    <message>
        <source>New password: please choose a password you did not use now.</source>
        <translation>كلمة المرور الجديدة: يُرجى اختيار كلمة مرور غير الحالية.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>Language: please choose one of {choices}.</source>
        <translation>اللغة: يُرجى اختيار إحدى اللغات التالية: {choices}.</translation>
    </message>
    <message>
        <source>Volunteer record: only a login with the role volunteer is linked.</source>
        <translation>سجل المتطوع: لا يُربط إلا حساب دخول بدور «متطوع».</translation>
    </message>
    <message>
        <source>Volunteer record: {number} already has another login.</source>
        <translation>سجل المتطوع: للرقم {number} حساب دخول آخر من قبل.</translation>
    </message>
    <message>
        <source>{label}: at most {n} characters are allowed.</source>
        <translation>{label}: الحد الأقصى المسموح لعدد الأحرف هو {n}.</translation>
    </message>
    <message>
        <source>{label}: character {position} is an invisible control character; please remove it (letters, digits, punctuation and line breaks are allowed).</source>
        <translation>{label}: الحرف رقم {position} حرف تحكم غير مرئي؛ يُرجى إزالته (يُسمح بالحروف والأرقام وعلامات الترقيم وفواصل الأسطر).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{label}: «{value}» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Did you mean {names}?</source>
        <translation>هل تقصد {names}؟</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country; use its name or a code such as SY.</source>
        <translation>«{value}» ليس بلدًا؛ استخدم اسمه أو رمزًا مثل SY.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language; use its name or a code such as ar.</source>
        <translation>«{value}» ليست لغة؛ استخدم اسمها أو رمزًا مثل ar.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use 2 to 32 letters a-z, digits, dot, hyphen or underscore, starting with a letter or digit.</source>
        <translation>{label}: «{value}» غير مسموح. استخدم من 2 إلى 32 حرفًا لاتينيًا صغيرًا a-z أو أرقامًا أو نقطة أو شرطة أو شرطة سفلية، على أن يبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>{label}: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>{label}: قيمة غير معروفة «{value}». المسموح: {allowed}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY or YYYY-MM-DD.</source>
        <translation>{label}: «{value}» ليس تاريخًا. استخدم DD.MM.YYYY أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euro between 0 and {maximum}, e.g. 15 or 15,50.</source>
        <translation>{label}: «{value}» ليس مبلغًا باليورو بين 0 و{maximum}، مثلًا 15 أو 15,50.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Enter 0,25 to 10 hours in quarter hours (e.g. 1,5 or 2,25).</source>
        <translation>{label}: «{value}» غير مسموح. أدخل من 0,25 إلى 10 ساعات بأرباع الساعة (مثلًا 1,5 أو 2,25).</translation>
    </message>
    <message>
        <source>You may enter hours only for yourself.</source>
        <translation>لا يجوز لك إدخال الساعات إلا لنفسك.</translation>
    </message>
    <message>
        <source>{label}: hours for a participant need a tandem of the volunteer with them.</source>
        <translation>{label}: الساعات المسجّلة لمشارك تتطلب ثنائي توجيه بين المتطوع وهذا المشارك.</translation>
    </message>
    <message>
        <source>{label}: with these {hours} hours the day would have {total} hours; at most 10 hours a day count.</source>
        <translation>{label}: مع هذه الساعات الـ {hours} سيصبح مجموع اليوم {total} ساعة؛ ولا يُحتسب أكثر من 10 ساعات في اليوم.</translation>
    </message>
    <message>
        <source>{label}: must not lie after the day the certificate was seen.</source>
        <translation>{label}: يجب ألا يقع بعد اليوم الذي اطُّلع فيه على الشهادة.</translation>
    </message>
    <message>
        <source>{label}: needed when the certificate&apos;s details are recorded.</source>
        <translation>{label}: مطلوب عند تسجيل بيانات الشهادة.</translation>
    </message>
    <message>
        <source>{label}: needed when the status is &apos;left&apos; (the police clearance is deleted three months after that day).</source>
        <translation>{label}: مطلوب عندما تكون الحالة «غادر» (تُحذف بيانات شهادة حسن السيرة والسلوك بعد ثلاثة أشهر من ذلك اليوم).</translation>
    </message>
    <message>
        <source>{label}: only for a volunteer whose status is &apos;left&apos;.</source>
        <translation>{label}: فقط للمتطوع الذي حالته «غادر».</translation>
    </message>
    <message>
        <source>{label}: must not lie before the day they joined.</source>
        <translation>{label}: يجب ألا يقع قبل يوم انضمامه.</translation>
    </message>
    <message>
        <source>The volunteer {number}</source>
        <translation>سجل المتطوع {number}</translation>
    </message>
    <message>
        <source>Copying {table}: {rows} rows…</source>
        <translation>جارٍ نسخ {table}: عدد الصفوف {rows}…</translation>
    </message>
    <message>
        <source>The database to copy is at schema version {source}, the one to copy into at {target}; both must be at the same version. Nothing was copied.</source>
        <translation>قاعدة البيانات المراد نسخها في إصدار المخطط {source}، والقاعدة المراد النسخ إليها في الإصدار {target}؛ يجب أن تكونا في الإصدار نفسه. لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The server database is not empty ({cases} case files, {users} users, {rows} rows in all). Nothing was copied; import into a new, empty database.</source>
        <translation>قاعدة بيانات الخادم ليست فارغة (ملفات الحالات: {cases}، المستخدمون: {users}، مجموع الصفوف: {rows}). لم يُنسخ شيء؛ استورد إلى قاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <source>The target database refused a row of the table {table} ({reason}). Nothing was copied.</source>
        <translation>رفضت قاعدة البيانات الهدف صفًا من الجدول {table} ({reason}). لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The server did not let Lotse switch off the triggers of the table {table} for the copy ({reason}). Import with the database account that owns Lotse&apos;s tables. Nothing was copied.</source>
        <translation>لم يسمح الخادم لـ Lotse بإيقاف المشغّلات (triggers) في الجدول {table} أثناء النسخ ({reason}). استورد باستخدام حساب قاعدة البيانات الذي يملك جداول Lotse. لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The copy differs from the original in: {tables}. Nothing was kept.</source>
        <translation>تختلف النسخة عن الأصل في: {tables}. لم يُحتفظ بشيء.</translation>
    </message>
    <message>
        <source>The server database has tables but no Lotse schema version; Lotse writes only into a database it created. Use a new, empty database.</source>
        <translation>تحتوي قاعدة بيانات الخادم على جداول لكن دون إصدار مخطط Lotse؛ ولا يكتب Lotse إلا في قاعدة بيانات أنشأها بنفسه. استخدم قاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <source>Only an administrator may move the club&apos;s data to a server.</source>
        <translation>لا يجوز نقل بيانات الجمعية إلى خادم إلا للمسؤول.</translation>
    </message>
    <message>
        <source>Server address: please leave the password out of the address. It would be kept in the shell history and the settings file; Lotse asks for it and keeps it in this computer&apos;s credential store.</source>
        <translation>عنوان الخادم: يُرجى عدم كتابة كلمة المرور في العنوان، وإلا بقيت محفوظة في سجل أوامر الطرفية (shell) وفي ملف الإعدادات؛ يطلبها Lotse منك ويحفظها في مخزن بيانات الاعتماد على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Server address: &apos;{text}&apos; is not a PostgreSQL address. Expected is postgresql://user@host:port/database, for example postgresql://lotse@server.verein.de:5432/lotse.</source>
        <translation>عنوان الخادم: «{text}» ليس عنوان PostgreSQL. الصيغة المتوقعة هي postgresql://user@host:port/database، مثلًا postgresql://lotse@server.verein.de:5432/lotse.</translation>
    </message>
    <message>
        <source>Server: the host name or IP address is missing.</source>
        <translation>الخادم: اسم المضيف أو عنوان IP مفقود.</translation>
    </message>
    <message>
        <source>Port: &apos;{port}&apos; is no port number; a number from 1 to 65535 is expected.</source>
        <translation>المنفذ: «{port}» ليس رقم منفذ؛ المتوقع رقم من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Database: the name of the database is missing.</source>
        <translation>قاعدة البيانات: اسم قاعدة البيانات مفقود.</translation>
    </message>
    <message>
        <source>User: the server&apos;s user name (the database role) is missing.</source>
        <translation>الحساب: اسم المستخدم على الخادم (دور قاعدة البيانات) مفقود.</translation>
    </message>
    <message>
        <source>Server address: sslmode={mode} is not supported; use require (the default), verify-ca, verify-full or, only on a trusted network, disable.</source>
        <translation>عنوان الخادم: sslmode={mode} غير مدعوم؛ استخدم require (الافتراضي) أو verify-ca أو verify-full أو disable على شبكة موثوقة فقط.</translation>
    </message>
    <message>
        <source>Server address: the parameter &apos;{name}&apos; is not supported; only sslmode, host and port may follow the &apos;?&apos;.</source>
        <translation>عنوان الخادم: المعامل «{name}» غير مدعوم؛ لا يجوز أن يأتي بعد «?» إلا sslmode وhost وport.</translation>
    </message>
    <message>
        <source>No password for the server {server}: store it once with lotse server password --server &apos;{server}&apos; (kept in this computer&apos;s credential store), or set LOTSE_SERVER_PASSWORD.</source>
        <translation>لا توجد كلمة مرور للخادم {server}: احفظها مرة واحدة باستخدام lotse server password --server &apos;{server}&apos; (تُحفظ في مخزن بيانات الاعتماد على هذا الحاسوب)، أو عيّن LOTSE_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password was not stored. Set LOTSE_SERVER_PASSWORD for the command line instead.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن بيانات اعتماد يستطيع Lotse استخدامه، لذلك لم تُحفظ كلمة مرور الخادم. عيّن بدلًا من ذلك LOTSE_SERVER_PASSWORD لسطر الأوامر.</translation>
    </message>
    <message>
        <source>The server {host} refused the password of the user {user}. Store the right one with &apos;lotse server password&apos; (or in the login dialog); the server&apos;s administrator can tell you which.</source>
        <translation>رفض الخادم {host} كلمة مرور المستخدم {user}. احفظ كلمة المرور الصحيحة باستخدام «lotse server password» (أو في نافذة تسجيل الدخول)؛ ويستطيع مسؤول الخادم أن يخبرك بها.</translation>
    </message>
    <message>
        <source>No encrypted connection to the server {host} could be made ({reason}). Lotse sends the club&apos;s data only encrypted: ask the server&apos;s administrator to enable TLS, or to give you the server&apos;s certificate.</source>
        <translation>تعذّر إنشاء اتصال مشفّر بالخادم {host} ({reason}). لا يرسل Lotse بيانات الجمعية إلا مشفّرة: اطلب من مسؤول الخادم تفعيل TLS أو إعطاءك شهادة الخادم.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached (port {port}): {reason}. Check the address and this computer&apos;s network connection, or ask whoever looks after the server whether it is running.</source>
        <translation>لا يمكن الوصول إلى الخادم {host} (المنفذ {port}): {reason}. تحقّق من العنوان ومن اتصال هذا الحاسوب بالشبكة، أو اسأل المسؤول عن الخادم إن كان يعمل.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection: {reason}</source>
        <translation>رفض الخادم {host} الاتصال: {reason}</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached. Nothing was saved; what you entered stays in the form (a consultation note is kept as a draft). Please check the network connection and try again.</source>
        <translation>لا يمكن الوصول إلى الخادم {host}. لم يُحفظ شيء؛ يبقى ما أدخلته في النموذج (وتُحفظ ملاحظة الاستشارة كمسودة). يُرجى التحقق من الاتصال بالشبكة والمحاولة مجددًا.</translation>
    </message>
    <message>
        <source>The database {database} on {host} holds tables that are not Lotse&apos;s. Lotse did not change it; ask the server&apos;s administrator for an empty database for Lotse.</source>
        <translation>تحتوي قاعدة البيانات {database} على {host} على جداول لا تخص Lotse. لم يغيّرها Lotse؛ اطلب من مسؤول الخادم قاعدة بيانات فارغة لـ Lotse.</translation>
    </message>
    <message>
        <source>The database {database} on {host} was set up by a newer version of Lotse (schema {revision}). Please install the newer Lotse on this computer; nothing was changed.</source>
        <translation>أُنشئت قاعدة البيانات {database} على {host} بإصدار أحدث من Lotse (المخطط {revision}). يُرجى تثبيت الإصدار الأحدث من Lotse على هذا الحاسوب؛ لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>فعالية جديدة</translation>
    </message>
    <message>
        <source>e.g. Information evening on vocational training</source>
        <translation>مثلًا: أمسية معلومات عن التدريب المهني</translation>
    </message>
    <message>
        <source>counted by gender</source>
        <translation>العدد حسب الجنس</translation>
    </message>
    <message>
        <source>women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>متنوعو الجنس</translation>
    </message>
    <message>
        <source>e.g. a community association, the Jobcenter</source>
        <translation>مثلًا: جمعية جالية، أو الجوب سنتر (Jobcenter)</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>غير محسوب</translation>
    </message>
    <message>
        <source>People who did not come but were reached through the event, e.g. through the community&apos;s messenger groups or flyers passed on</source>
        <translation>أشخاص لم يحضروا لكن وصلتهم الفعالية، مثلًا عبر مجموعات الجالية على تطبيقات المراسلة أو المنشورات المتداولة</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Deutsch</source>
        <translation>مثلًا: Arabisch; Deutsch</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Add &amp;helper</source>
        <translation>إضافة م&amp;ساعد</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>الم&amp;شروع:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>الح&amp;ضور:</translation>
    </message>
    <message>
        <source>Further people r&amp;eached:</source>
        <translation>أشخاص آخرون تم الو&amp;صول إليهم:</translation>
    </message>
    <message>
        <source>Partner &amp;organisation:</source>
        <translation>ال&amp;منظمة الشريكة:</translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation>ال&amp;لغات:</translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation>المو&amp;اضيع:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>ملاح&amp;ظات:</translation>
    </message>
    <message>
        <source>Volunteers who helped:</source>
        <translation>المتطوعون الذين ساعدوا:</translation>
    </message>
    <message>
        <source>hours, e.g. 2,5</source>
        <translation>ساعات، مثلًا 2,5</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب الجنس</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>المساعدون</translation>
    </message>
    <message>
        <source>Helper hours</source>
        <translation>ساعات المساعدين</translation>
    </message>
    <message>
        <source>{female} w / {male} m / {diverse} d</source>
        <translation>{female} نساء / {male} رجال / {diverse} متنوعو الجنس</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Year </source>
        <translation>السنة </translation>
    </message>
    <message>
        <source>New &amp;event …</source>
        <translation>&amp;فعالية جديدة …</translation>
    </message>
    <message>
        <source>No events yet – record one with “New event”.</source>
        <translation>لا توجد فعاليات بعد – سجّل فعالية عبر «فعالية جديدة».</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
</context>
<context>
    <name>ExitAnswersBox</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>تاريخ ال&amp;خروج:</translation>
    </message>
    <message>
        <source>Exit &amp;reason:</source>
        <translation>&amp;سبب الخروج:</translation>
    </message>
    <message>
        <source>S&amp;tatus within 4 weeks after exit:</source>
        <translation>ال&amp;وضع خلال 4 أسابيع بعد الخروج:</translation>
    </message>
    <message>
        <source>&amp;Qualification gained:</source>
        <translation>&amp;مؤهل تم الحصول عليه:</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit from {project}</source>
        <translation>الخروج من {project}</translation>
    </message>
</context>
<context>
    <name>ExitReasonDialog</name>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>counts as success in the outcome report</source>
        <translation>يُحتسب نجاحًا في تقرير النتائج</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Counts as:</source>
        <translation>يُ&amp;حتسب كـ:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;موافق</translation>
    </message>
</context>
<context>
    <name>ExitReasonsBox</name>
    <message>
        <source>Exit reasons (saved as you edit them)</source>
        <translation>أسباب الخروج (تُحفظ فور تعديلها)</translation>
    </message>
    <message>
        <source>No exit reasons yet – add one with “Add reason”.</source>
        <translation>لا توجد أسباب خروج بعد – أضف سببًا عبر «إضافة سبب».</translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation>أسباب الخروج</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>إ&amp;ضافة سبب</translation>
    </message>
    <message>
        <source>&amp;Edit reason</source>
        <translation>&amp;تعديل السبب</translation>
    </message>
    <message>
        <source>Re&amp;tire / reactivate</source>
        <translation>إي&amp;قاف / إعادة تفعيل</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>يُحتسب كـ</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>العمل المعوَّض</translation>
    </message>
    <message>
        <source>Received from other clubs</source>
        <translation>المستلَم من جمعيات أخرى</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason for merging</source>
        <translation>سبب الدمج</translation>
    </message>
    <message>
        <source>Reason for removing</source>
        <translation>سبب الإزالة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>الجنسيات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>بلد الميلاد</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>وضع الإقامة</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>سنة القدوم</translation>
    </message>
    <message>
        <source>School qualification</source>
        <translation>الشهادة المدرسية</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>بلد الشهادة المدرسية</translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation>المؤهل المهني</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>بلد المؤهل المهني</translation>
    </message>
    <message>
        <source>Reference occupation</source>
        <translation>المهنة المرجعية</translation>
    </message>
    <message>
        <source>Regulated profession</source>
        <translation>مهنة منظَّمة</translation>
    </message>
    <message>
        <source>Recognition status</source>
        <translation>وضع الاعتراف</translation>
    </message>
    <message>
        <source>German level</source>
        <translation>مستوى اللغة الألمانية</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>وصل عن طريق</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>جهة الإحالة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم شفهي</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>المتابعة في</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>سبب الحذف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>الجهة المنفّذة</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>تاريخ المستند</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>وضع العمل عند الدخول</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>أشهر البطالة</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>أعلى مستوى تعليمي</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>الأقلية</translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation>أصل أجنبي</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>بلا مأوى أو مستبعد من السكن</translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation>منطقة ريفية</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الخروج</translation>
    </message>
    <message>
        <source>Status within 4 weeks after exit</source>
        <translation>الوضع خلال 4 أسابيع بعد الخروج</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>مؤهل تم الحصول عليه</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب الخروج</translation>
    </message>
    <message>
        <source>Employed after 6 months</source>
        <translation>يعمل بعد 6 أشهر</translation>
    </message>
    <message>
        <source>Situation improved</source>
        <translation>تحسّن الوضع</translation>
    </message>
    <message>
        <source>Unemployed for months</source>
        <translation>مدة البطالة بالأشهر</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>تاريخ الدخول</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>سبب إعادة الفتح</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>المنظمة الشريكة</translation>
    </message>
    <message>
        <source>Further people reached</source>
        <translation>أشخاص آخرون تم الوصول إليهم</translation>
    </message>
    <message>
        <source>Further goals</source>
        <translation>أهداف أخرى</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>سبب الانتهاء</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation>جهة الاتصال لشؤون حماية البيانات</translation>
    </message>
    <message>
        <source>Cases without a project, after the last contact</source>
        <translation>الحالات بلا مشروع، بعد آخر تواصل</translation>
    </message>
    <message>
        <source>Former volunteers, after leaving</source>
        <translation>المتطوعون السابقون، بعد المغادرة</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>رمز المشروع</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Retention years</source>
        <translation>مدة الاحتفاظ (بالسنوات)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>برنامج التمويل</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>أجر الساعة</translation>
    </message>
    <message>
        <source>Minimum support</source>
        <translation>الحد الأدنى للدعم</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الجهة المموّلة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>تاريخ الدعم</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>الجهة المختصة</translation>
    </message>
    <message>
        <source>Country of the qualification</source>
        <translation>بلد المؤهل</translation>
    </message>
    <message>
        <source>KldB code</source>
        <translation>رمز KldB</translation>
    </message>
    <message>
        <source>Year of the qualification</source>
        <translation>سنة المؤهل</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>تاريخ تقديم الطلب</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>التأهيل التكميلي</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>التأهيل التكميلي حتى</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>ساعات العمل الأسبوعية</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>المجال المهني</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>نوع العقد</translation>
    </message>
    <message>
        <source>Linked exit</source>
        <translation>الخروج المرتبط</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>القفل التلقائي بعد</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>Backup reminder after</source>
        <translation>التذكير بالنسخ الاحتياطي بعد</translation>
    </message>
    <message>
        <source>days</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>المسترشد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>التوفّر</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>تاريخ الاطلاع على شهادة حسن السيرة والسلوك</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>تاريخ إصدار الشهادة</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>تاريخ التدريب</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <source>Relevant entry</source>
        <translation>قيد ذو صلة</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>تاريخ توقيع الاتفاقية</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <source>Information and consent – {case}</source>
        <translation>المعلومات والموافقة – {case}</translation>
    </message>
    <message>
        <source>Hand over the data protection information and ask for the consents the club uses. Record only what the person said: a consent that was not asked stays “not answered”.</source>
        <translation>سلّم معلومات حماية البيانات واسأل عن الموافقات التي تستخدمها الجمعية. سجّل فقط ما قاله الشخص: الموافقة التي لم يُسأل عنها تبقى «لم تتم الإجابة».</translation>
    </message>
    <message>
        <source>Print &amp;information notice …</source>
        <translation>طباعة معلومات &amp;حماية البيانات …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>طباعة &amp;نموذج الموافقة …</translation>
    </message>
    <message>
        <source>Information notice (Art. 13 GDPR)</source>
        <translation>معلومات حماية البيانات (المادة 13 من اللائحة العامة لحماية البيانات DSGVO)</translation>
    </message>
    <message>
        <source>Handed over &amp;today</source>
        <translation>سُلّمت ال&amp;يوم</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>تمرير بيانات الاتصال إلى {partner}</translation>
    </message>
    <message>
        <source>The club asks for no consents.</source>
        <translation>لا تطلب الجمعية أي موافقات.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ح&amp;فظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— لم تتم الإجابة —</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Lotse – first start</source>
        <translation>Lotse – التشغيل الأول</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>إ&amp;نشاء قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Start Lotse</source>
        <translation>ت&amp;شغيل Lotse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>متابعة جديدة</translation>
    </message>
    <message>
        <source>what to do, e.g. ask about the decision</source>
        <translation>ما يجب عمله، مثلًا السؤال عن القرار</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>م&amp;ستحقة في:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>مستحقة في</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>No follow-ups yet – add one with “New follow-up”.</source>
        <translation>لا توجد متابعات بعد – أضف متابعة عبر «متابعة جديدة».</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>&amp;New follow-up</source>
        <translation>متابعة &amp;جديدة</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>تعليم كـ&amp;منجزة</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>Save the information notice – not encrypted</source>
        <translation>حفظ معلومات حماية البيانات – غير مشفّرة</translation>
    </message>
    <message>
        <source>Save the consent form – not encrypted</source>
        <translation>حفظ نموذج الموافقة – غير مشفّر</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>جارٍ كتابة ملف PDF …</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
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
        <translation>الاختيار من التقويم</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY, e.g. 31.12.2027.</source>
        <translation>{label}: «{value}» ليس تاريخًا. استخدم الصيغة DD.MM.YYYY، مثلًا 31.12.2027.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: يُرجى إدخال تاريخ.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>يُرجى تصحيح الحقول المعلَّمة.</numerusform>
            <numerusform>يُرجى تصحيح الحقل المعلَّم.</numerusform>
            <numerusform>يُرجى تصحيح الحقلين المعلَّمين.</numerusform>
            <numerusform>يُرجى تصحيح الحقول الـ %n المعلَّمة.</numerusform>
            <numerusform>يُرجى تصحيح الحقول الـ %n المعلَّمة.</numerusform>
            <numerusform>يُرجى تصحيح الحقول الـ %n المعلَّمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>You have entered something that is not saved yet. Discard it?</source>
        <translation>أدخلت شيئًا لم يُحفظ بعد. هل تريد تجاهله؟</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Working with Lotse</source>
        <translation>العمل مع Lotse</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>ملف السجل:</translation>
    </message>
    <message>
        <source>Advisors see only the cases they are &amp;responsible for</source>
        <translation>لا يرى المستشارون إلا الحالات التي هم &amp;مسؤولون عنها</translation>
    </message>
    <message>
        <source>Case access:</source>
        <translation>الوصول إلى الحالات:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنة</translation>
    </message>
    <message>
        <source>Police clearance valid for (&amp;years):</source>
        <translation>مدة صلاحية شهادة حسن السيرة والسلوك (بال&amp;سنوات):</translation>
    </message>
    <message>
        <source>A mentor needs the club&apos;s &amp;training before a tandem</source>
        <translation>يحتاج المرشد إلى &amp;تدريب الجمعية قبل ثنائي التوجيه</translation>
    </message>
    <message>
        <source>Tandems:</source>
        <translation>ثنائيات التوجيه:</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> دقيقة دون إدخال</translation>
    </message>
    <message>
        <source>Then Lotse covers its windows and asks for the password again; nothing typed is lost.</source>
        <translation>عندها يغطي Lotse نوافذه ويطلب كلمة المرور مجددًا؛ ولا يضيع شيء مما كُتب.</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>الق&amp;فل بعد:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>The start page reminds administrators when no backup was saved outside the data folder (a USB stick, a network drive) for this long.</source>
        <translation>تذكّر صفحة البداية المسؤولين إذا لم تُحفظ نسخة احتياطية خارج مجلد البيانات (ذاكرة USB، محرك أقراص شبكي) طوال هذه المدة.</translation>
    </message>
    <message>
        <source>&amp;Backup reminder after:</source>
        <translation>&amp;التذكير بالنسخ الاحتياطي بعد:</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>لا يستطيع تغيير هذه الإعدادات إلا المسؤولون.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>رجوع (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>تقدّم (Alt+Right)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Table of contents (Alt+Home)</source>
        <translation>جدول المحتويات (Alt+Home)</translation>
    </message>
    <message>
        <source>Find in this page (Ctrl+F)</source>
        <translation>البحث في هذه الصفحة (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>البحث في هذه الصفحة</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Lotse user manual</source>
        <translation>دليل مستخدم Lotse</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
</context>
<context>
    <name>HourlyRatesTab</name>
    <message>
        <source>Hours are valued with the value of their year. A year without its own value uses the flat value on the first tab, and without that the statutory minimum wage of that year.</source>
        <translation>تُقيَّم الساعات بقيمة سنتها. السنة التي ليس لها قيمة خاصة تستخدم القيمة الثابتة من التبويب الأول، وإن لم توجد فالحد الأدنى القانوني للأجور في تلك السنة.</translation>
    </message>
    <message>
        <source>No values of their own yet – enter a year and a value below and click “Set value”.</source>
        <translation>لا توجد قيم خاصة بعد – أدخل سنة وقيمة أدناه وانقر «تعيين القيمة».</translation>
    </message>
    <message>
        <source>Value of a volunteer hour per year</source>
        <translation>قيمة ساعة التطوع لكل سنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>e.g. 13,90</source>
        <translation>مثلًا: 13,90</translation>
    </message>
    <message>
        <source>Value in euro</source>
        <translation>القيمة باليورو</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>تعيين ال&amp;قيمة</translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation>إ&amp;زالة القيمة</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <source>Value (€):</source>
        <translation>القيمة (€):</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>القيمة (€)</translation>
    </message>
    <message>
        <source>Minimum wage (€)</source>
        <translation>الحد الأدنى للأجور (€)</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Enter volunteer hours</source>
        <translation>إدخال ساعات التطوع</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>مثلًا: 1,5</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>الم&amp;تطوع:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>ال&amp;ساعات:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>الن&amp;شاط:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>ال&amp;مشروع:</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>ا&amp;لمسترشد:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاح&amp;ظة:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>لا يمكن كتابة الملف {path}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; allowed are DD.MM.YYYY, YYYY-MM-DD or an Excel date</source>
        <translation>«{value}» ليس تاريخًا؛ المسموح DD.MM.YYYY أو YYYY-MM-DD أو تاريخ Excel</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed; allowed: {allowed}</source>
        <translation>«{value}» غير مسموح؛ المسموح: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of hours such as 1,5 or 1:30</source>
        <translation>«{value}» ليس عدد ساعات مثل 1,5 أو 1:30</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» ليس رقمًا</translation>
    </message>
    <message>
        <source>{value} read as {postcode}: the leading zero was added</source>
        <translation>قُرئ {value} على أنه {postcode}: أُضيف الصفر البادئ</translation>
    </message>
    <message>
        <source>{count} characters; at most {n} are allowed</source>
        <translation>عدد الأحرف {count}؛ والحد الأقصى المسموح {n}</translation>
    </message>
    <message>
        <source>character {position} is an invisible control character; remove it</source>
        <translation>الحرف رقم {position} حرف تحكم غير مرئي؛ أزِله</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value} خارج النطاق من {low} إلى {high}</translation>
    </message>
    <message>
        <source>{value} hours: allowed are 0,25 to 10 in quarter hours</source>
        <translation>{value} ساعة: المسموح من 0,25 إلى 10 بأرباع الساعة</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a postcode; five digits are required</source>
        <translation>«{value}» ليس رمزًا بريديًا؛ يلزم خمسة أرقام</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a case number such as 2026-0042</source>
        <translation>«{value}» ليس رقم حالة مثل 2026-0042</translation>
    </message>
    <message>
        <source>a year from 1900 to {year} is allowed</source>
        <translation>يُسمح بسنة من 1900 إلى {year}</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>«{value}» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>only for a qualification that was obtained; leave it empty for none or unknown</source>
        <translation>فقط لمؤهل تم الحصول عليه؛ اتركه فارغًا إذا لم يوجد مؤهل أو كان غير معروف</translation>
    </message>
    <message>
        <source>only for a closed case (Fallstatus “{closed}”)</source>
        <translation>فقط لحالة مغلقة (Fallstatus «{closed}»)</translation>
    </message>
    <message>
        <source>must not lie in the future</source>
        <translation>يجب ألا يقع في المستقبل</translation>
    </message>
    <message>
        <source>your role may not enter this column; leave it empty</source>
        <translation>لا يحق لدورك إدخال هذا العمود؛ اتركه فارغًا</translation>
    </message>
    <message>
        <source>only for an address in Germany; the person lives abroad (Wohnsitz im Ausland), leave it empty</source>
        <translation>فقط لعنوان في ألمانيا؛ الشخص يقيم في الخارج (Wohnsitz im Ausland)، اتركه فارغًا</translation>
    </message>
    <message>
        <source>user “{name}” does not exist in Lotse</source>
        <translation>المستخدم «{name}» غير موجود في Lotse</translation>
    </message>
    <message>
        <source>only an administrator may make another user responsible for a case; leave the column empty or give your own user name</source>
        <translation>لا يجوز إلا للمسؤول جعل مستخدم آخر مسؤولًا عن حالة؛ اترك العمود فارغًا أو أدخل اسم المستخدم الخاص بك</translation>
    </message>
    <message>
        <source>case number {number} does not exist</source>
        <translation>رقم الحالة {number} غير موجود</translation>
    </message>
    <message>
        <source>your role may not enter this sheet; remove it from the file</source>
        <translation>لا يحق لدورك إدخال هذه الورقة؛ أزلها من الملف</translation>
    </message>
    <message>
        <source>no partner of this name; add it under Settings → Data protection</source>
        <translation>لا يوجد شريك بهذا الاسم؛ أضفه في الإعدادات ← حماية البيانات</translation>
    </message>
    <message>
        <source>a consent to pass data to a partner names the partner; other consents leave this column empty</source>
        <translation>الموافقة على تمرير البيانات إلى شريك تسمّي الشريك؛ والموافقات الأخرى تترك هذا العمود فارغًا</translation>
    </message>
    <message>
        <source>must not be before the date it was given</source>
        <translation>يجب ألا يقع قبل تاريخ منحها</translation>
    </message>
    <message>
        <source>only an administrator may enter consultations in another user’s name; leave the column empty or give your own user name</source>
        <translation>لا يجوز إلا للمسؤول إدخال استشارات باسم مستخدم آخر؛ اترك العمود فارغًا أو أدخل اسم المستخدم الخاص بك</translation>
    </message>
    <message>
        <source>topic “{name}” is not in the catalogue</source>
        <translation>الموضوع «{name}» غير موجود في القائمة</translation>
    </message>
    <message>
        <source>this consultation was written by another advisor; only they or an administrator may change it</source>
        <translation>كتب هذه الاستشارة مستشار آخر؛ لا يجوز تغييرها إلا له أو للمسؤول</translation>
    </message>
    <message>
        <source>“{name}” matches several volunteers; use the number</source>
        <translation>«{name}» يطابق عدة متطوعين؛ استخدم الرقم</translation>
    </message>
    <message>
        <source>no volunteer with number or name “{name}”</source>
        <translation>لا يوجد متطوع بالرقم أو الاسم «{name}»</translation>
    </message>
    <message>
        <source>case {number} is no mentee of this volunteer; hours for a participant need a tandem of the two</source>
        <translation>الحالة {number} ليست مسترشدًا لهذا المتطوع؛ الساعات المسجّلة لمشارك تتطلب ثنائي توجيه بينهما</translation>
    </message>
    <message>
        <source>with this row the volunteer would have {hours} hours on {date}; at most 10 hours a day are allowed</source>
        <translation>مع هذا الصف سيصبح للمتطوع {hours} ساعة في {date}؛ ولا يُسمح بأكثر من 10 ساعات في اليوم</translation>
    </message>
    <message>
        <source>only asked in ESF projects; {project} is not one, leave the cell empty</source>
        <translation>لا يُسأل إلا في مشاريع ESF؛ و{project} ليس منها، اترك الخلية فارغة</translation>
    </message>
    <message>
        <source>must not be before the entry date</source>
        <translation>يجب ألا يقع قبل تاريخ الدخول</translation>
    </message>
    <message>
        <source>only allowed with “arbeitslos”</source>
        <translation>مسموح فقط مع «arbeitslos» (عاطل عن العمل)</translation>
    </message>
    <message>
        <source>project “{code}” does not exist in Lotse</source>
        <translation>المشروع «{code}» غير موجود في Lotse</translation>
    </message>
    <message>
        <source>the same person and project are already in row {row}</source>
        <translation>الشخص نفسه والمشروع نفسه موجودان من قبل في الصف {row}</translation>
    </message>
    <message>
        <source>case {number} belongs to another advisor; only they or an administrator may change it</source>
        <translation>الحالة {number} تابعة لمستشار آخر؛ لا يجوز تغييرها إلا له أو للمسؤول</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>الصف {row}، العمود {column}: {message}</translation>
    </message>
    <message>
        <source>required column is missing; the header row needs “{header}”</source>
        <translation>عمود إلزامي مفقود؛ يجب أن يحتوي صف العناوين على «{header}»</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>هذا العمود إلزامي</translation>
    </message>
    <message>
        <source>Unknown kind {kind}; allowed: {allowed}.</source>
        <translation>نوع غير معروف {kind}؛ المسموح: {allowed}.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>لا يمكن قراءة الملف {name}: {reason}</translation>
    </message>
    <message>
        <source>it has {size} MB; at most {limit} MB can be imported</source>
        <translation>حجمه {size} ميغابايت؛ والحد الأقصى للاستيراد {limit} ميغابايت</translation>
    </message>
    <message>
        <source>it would unpack to {size} MB (at most {limit} MB, packed at most {ratio} times, are allowed); it is not a normal spreadsheet and was not opened</source>
        <translation>سيصبح حجمه بعد فك الضغط {size} ميغابايت (المسموح {limit} ميغابايت كحد أقصى، ونسبة ضغط لا تتجاوز {ratio} ضعفًا)؛ هذا ليس جدول بيانات عاديًا ولم يُفتح</translation>
    </message>
    <message>
        <source>only Excel (.xlsx, .xls), LibreOffice (.ods) and .csv files can be imported</source>
        <translation>لا يمكن استيراد إلا ملفات Excel (.xlsx، .xls) وLibreOffice (.ods) و.csv</translation>
    </message>
    <message>
        <source>more than 200,000 rows</source>
        <translation>أكثر من 200.000 صف</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (ANSI). Check that umlauts and names look right in the preview.</source>
        <translation>الملف ليس بترميز UTF-8؛ قُرئ على أنه Windows-1252 (ANSI). تحقق في المعاينة من أن الأحرف الخاصة والأسماء تظهر بشكل صحيح.</translation>
    </message>
    <message>
        <source>line {line} contains a byte that is not valid in the file&apos;s encoding; save the file again as UTF-8 (“CSV UTF-8” in Excel) and import it again</source>
        <translation>السطر {line} يحتوي على بايت غير صالح في ترميز الملف؛ احفظ الملف من جديد بترميز UTF-8 («CSV UTF-8» في Excel) واستورده مرة أخرى</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Your role may not import spreadsheets.</source>
        <translation>لا يحق لدورك استيراد جداول البيانات.</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>جارٍ الفحص …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>جارٍ الاستيراد …</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Lotse is already open</source>
        <translation>Lotse مفتوح من قبل</translation>
    </message>
    <message>
        <source>Lotse is already open with the data folder
{path}
(in another window, perhaps by another user of this computer). Please use that window: two Lotse windows on the same data would overwrite each other&apos;s work.</source>
        <translation>Lotse مفتوح من قبل باستخدام مجلد البيانات
{path}
(في نافذة أخرى، ربما من قبل مستخدم آخر لهذا الحاسوب). يُرجى استخدام تلك النافذة: نافذتان من Lotse على البيانات نفسها ستكتب كل منهما فوق عمل الأخرى.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>— please choose —</source>
        <translation>— يُرجى الاختيار —</translation>
    </message>
</context>
<context>
    <name>Labels.Activity</name>
    <message>
        <source>mentoring</source>
        <translation>توجيه (Mentoring)</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>مرافقة</translation>
    </message>
    <message>
        <source>language support</source>
        <translation>مساعدة لغوية</translation>
    </message>
    <message>
        <source>interpreting</source>
        <translation>ترجمة شفهية</translation>
    </message>
    <message>
        <source>event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>أعمال إدارية</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>نشاط آخر</translation>
    </message>
</context>
<context>
    <name>Labels.AdaptationKind</name>
    <message>
        <source>adaptation course</source>
        <translation>دورة تكييف</translation>
    </message>
    <message>
        <source>aptitude test</source>
        <translation>اختبار الكفاءة</translation>
    </message>
    <message>
        <source>knowledge test</source>
        <translation>اختبار المعرفة</translation>
    </message>
    <message>
        <source>adaptation qualification</source>
        <translation>تأهيل تكميلي</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>Labels.AllowanceKind</name>
    <message>
        <source>Trainer allowance (§ 3 No. 26 EStG)</source>
        <translation>المبلغ المقطوع للمدربين (§ 3 رقم 26 من قانون ضريبة الدخل EStG)</translation>
    </message>
    <message>
        <source>Volunteer allowance (§ 3 No. 26a EStG)</source>
        <translation>المبلغ المقطوع للعمل التطوعي (§ 3 رقم 26a من قانون ضريبة الدخل EStG)</translation>
    </message>
    <message>
        <source>Expense refund</source>
        <translation>استرداد النفقات</translation>
    </message>
</context>
<context>
    <name>Labels.Answer</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>لا إجابة</translation>
    </message>
</context>
<context>
    <name>Labels.AppointmentStatus</name>
    <message>
        <source>planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>held</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>not attended</source>
        <translation>لم يحضر</translation>
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
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غائب بلا عذر</translation>
    </message>
</context>
<context>
    <name>Labels.CaseStatus</name>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>مُخفاة الهوية</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentForm</name>
    <message>
        <source>given in writing</source>
        <translation>مُنحت كتابيًا</translation>
    </message>
    <message>
        <source>given orally</source>
        <translation>مُنحت شفهيًا</translation>
    </message>
    <message>
        <source>given electronically</source>
        <translation>مُنحت إلكترونيًا</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentKind</name>
    <message>
        <source>consent to data processing</source>
        <translation>الموافقة على معالجة البيانات</translation>
    </message>
    <message>
        <source>Art. 13 GDPR notice handed over</source>
        <translation>سُلّمت معلومات المادة 13 من اللائحة العامة لحماية البيانات</translation>
    </message>
    <message>
        <source>consent to transfer to funder</source>
        <translation>الموافقة على التمرير إلى الجهة المموّلة</translation>
    </message>
    <message>
        <source>consent to photos</source>
        <translation>الموافقة على الصور</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>الموافقة على التواصل</translation>
    </message>
    <message>
        <source>consent to pass contact data to a partner</source>
        <translation>الموافقة على تمرير بيانات الاتصال إلى شريك</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationFormat</name>
    <message>
        <source>in person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>هاتفي</translation>
    </message>
    <message>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>written</source>
        <translation>كتابي</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>ميداني</translation>
    </message>
    <message>
        <source>group</source>
        <translation>جماعي</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationKind</name>
    <message>
        <source>first consultation</source>
        <translation>استشارة أولى</translation>
    </message>
    <message>
        <source>follow-up consultation</source>
        <translation>استشارة لاحقة</translation>
    </message>
</context>
<context>
    <name>Labels.ContractType</name>
    <message>
        <source>employment subject to social insurance</source>
        <translation>عمل خاضع للتأمين الاجتماعي</translation>
    </message>
    <message>
        <source>marginal employment</source>
        <translation>عمل بسيط (Minijob)</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>عمل حر</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>تدريب مهني</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>تدريب عملي</translation>
    </message>
</context>
<context>
    <name>Labels.CourseKind</name>
    <message>
        <source>language course</source>
        <translation>دورة لغة</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>تأهيل</translation>
    </message>
    <message>
        <source>application training</source>
        <translation>تدريب على التقديم للوظائف</translation>
    </message>
    <message>
        <source>orientation course</source>
        <translation>دورة توجيه</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دورة أخرى</translation>
    </message>
</context>
<context>
    <name>Labels.DocumentKind</name>
    <message>
        <source>signed questionnaire</source>
        <translation>استبيان موقّع</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>recognition decision</source>
        <translation>قرار الاعتراف</translation>
    </message>
    <message>
        <source>certificate or attestation</source>
        <translation>شهادة أو إفادة</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>اتفاقية</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>Labels.EconomicSector</name>
    <message>
        <source>A Agriculture, forestry and fishing</source>
        <translation>A الزراعة والحراجة وصيد الأسماك</translation>
    </message>
    <message>
        <source>B Mining and quarrying</source>
        <translation>B التعدين واستغلال المحاجر</translation>
    </message>
    <message>
        <source>C Manufacturing</source>
        <translation>C الصناعة التحويلية</translation>
    </message>
    <message>
        <source>D Energy supply</source>
        <translation>D إمدادات الطاقة</translation>
    </message>
    <message>
        <source>E Water supply, sewerage and waste management</source>
        <translation>E إمدادات المياه والصرف الصحي وإدارة النفايات</translation>
    </message>
    <message>
        <source>F Construction</source>
        <translation>F التشييد والبناء</translation>
    </message>
    <message>
        <source>G Trade; repair of motor vehicles</source>
        <translation>G التجارة؛ إصلاح المركبات ذات المحركات</translation>
    </message>
    <message>
        <source>H Transportation and storage</source>
        <translation>H النقل والتخزين</translation>
    </message>
    <message>
        <source>I Accommodation and food service</source>
        <translation>I خدمات الإقامة والطعام</translation>
    </message>
    <message>
        <source>J Information and communication</source>
        <translation>J المعلومات والاتصالات</translation>
    </message>
    <message>
        <source>K Financial and insurance services</source>
        <translation>K الخدمات المالية وخدمات التأمين</translation>
    </message>
    <message>
        <source>L Real estate</source>
        <translation>L الأنشطة العقارية</translation>
    </message>
    <message>
        <source>M Professional, scientific and technical services</source>
        <translation>M الخدمات المهنية والعلمية والتقنية</translation>
    </message>
    <message>
        <source>N Administrative and support services</source>
        <translation>N الخدمات الإدارية وخدمات الدعم</translation>
    </message>
    <message>
        <source>O Public administration; social security</source>
        <translation>O الإدارة العامة؛ الضمان الاجتماعي</translation>
    </message>
    <message>
        <source>P Education</source>
        <translation>P التعليم</translation>
    </message>
    <message>
        <source>Q Human health and social work</source>
        <translation>Q الصحة البشرية والعمل الاجتماعي</translation>
    </message>
    <message>
        <source>R Arts, entertainment and recreation</source>
        <translation>R الفنون والترفيه والتسلية</translation>
    </message>
    <message>
        <source>S Other services</source>
        <translation>S خدمات أخرى</translation>
    </message>
    <message>
        <source>T Private households</source>
        <translation>T الأسر المعيشية الخاصة</translation>
    </message>
    <message>
        <source>U Extraterritorial organisations</source>
        <translation>U المنظمات والهيئات الخارجة عن الولاية الإقليمية</translation>
    </message>
</context>
<context>
    <name>Labels.EducationLevel</name>
    <message>
        <source>ISCED 0-2 (up to lower secondary)</source>
        <translation>ISCED 0-2 (حتى المرحلة الثانوية الدنيا)</translation>
    </message>
    <message>
        <source>ISCED 3-4 (upper secondary, vocational training)</source>
        <translation>ISCED 3-4 (المرحلة الثانوية العليا، التدريب المهني)</translation>
    </message>
    <message>
        <source>ISCED 5-8 (tertiary)</source>
        <translation>ISCED 5-8 (التعليم العالي)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>لا إجابة</translation>
    </message>
</context>
<context>
    <name>Labels.EmploymentStatus</name>
    <message>
        <source>employed</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>يعمل لحسابه الخاص</translation>
    </message>
    <message>
        <source>unemployed (registered)</source>
        <translation>عاطل عن العمل (مسجّل)</translation>
    </message>
    <message>
        <source>not employed, not registered</source>
        <translation>لا يعمل، غير مسجّل</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>لا إجابة</translation>
    </message>
</context>
<context>
    <name>Labels.ErasureGround</name>
    <message>
        <source>The data are no longer needed (Art. 17 (1) (a))</source>
        <translation>لم تعد هناك حاجة إلى البيانات (المادة 17 (1) (a))</translation>
    </message>
    <message>
        <source>The person withdrew their consent (Art. 17 (1) (b))</source>
        <translation>سحب الشخص موافقته (المادة 17 (1) (b))</translation>
    </message>
    <message>
        <source>The person objected to the processing (Art. 17 (1) (c))</source>
        <translation>اعترض الشخص على المعالجة (المادة 17 (1) (c))</translation>
    </message>
    <message>
        <source>The data were processed unlawfully (Art. 17 (1) (d))</source>
        <translation>عولجت البيانات بشكل غير مشروع (المادة 17 (1) (d))</translation>
    </message>
    <message>
        <source>A legal obligation requires the erasure (Art. 17 (1) (e))</source>
        <translation>التزام قانوني يوجب المحو (المادة 17 (1) (e))</translation>
    </message>
</context>
<context>
    <name>Labels.EventKind</name>
    <message>
        <source>information event</source>
        <translation>فعالية إعلامية</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <source>office hours</source>
        <translation>ساعات استشارة مفتوحة</translation>
    </message>
</context>
<context>
    <name>Labels.ExitReasonCategory</name>
    <message>
        <source>finished</source>
        <translation>انتهى بشكل منتظم</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>انقطع</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>سبب آخر</translation>
    </message>
</context>
<context>
    <name>Labels.ExitStatus</name>
    <message>
        <source>job-seeking</source>
        <translation>باحث عن عمل</translation>
    </message>
    <message>
        <source>in school or training</source>
        <translation>في المدرسة أو التدريب</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>يعمل لحسابه الخاص</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>لا شيء مما سبق</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>Labels.Gender</name>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>non-binary</source>
        <translation>متنوع الجنس</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>لا إجابة</translation>
    </message>
</context>
<context>
    <name>Labels.GermanLevel</name>
    <message>
        <source>no German</source>
        <translation>لا يتقن الألمانية</translation>
    </message>
    <message>
        <source>A1 (beginner)</source>
        <translation>A1 (مبتدئ)</translation>
    </message>
    <message>
        <source>A2 (elementary)</source>
        <translation>A2 (أساسي)</translation>
    </message>
    <message>
        <source>B1 (intermediate)</source>
        <translation>B1 (متوسط)</translation>
    </message>
    <message>
        <source>B2 (upper intermediate)</source>
        <translation>B2 (فوق المتوسط)</translation>
    </message>
    <message>
        <source>C1 (advanced)</source>
        <translation>C1 (متقدم)</translation>
    </message>
    <message>
        <source>C2 (proficient)</source>
        <translation>C2 (متمكن)</translation>
    </message>
    <message>
        <source>German as first language</source>
        <translation>الألمانية لغة أولى</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>لا إجابة</translation>
    </message>
</context>
<context>
    <name>Labels.HoursStatus</name>
    <message>
        <source>submitted</source>
        <translation>مُقدَّمة</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
</context>
<context>
    <name>Labels.LongTermUnemploymentRule</name>
    <message>
        <source>12 months or longer (§ 18 SGB III)</source>
        <translation>12 شهرًا أو أكثر (§ 18 من الكتاب الثالث من القانون الاجتماعي SGB III)</translation>
    </message>
    <message>
        <source>over 12 months, below 25 over 6 months (EU survey rule)</source>
        <translation>أكثر من 12 شهرًا، ولمن هم دون 25 عامًا أكثر من 6 أشهر (قاعدة المسح الأوروبي)</translation>
    </message>
</context>
<context>
    <name>Labels.MeetingRhythm</name>
    <message>
        <source>weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>as agreed</source>
        <translation>حسب الاتفاق</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipGoal</name>
    <message>
        <source>learning and practising German</source>
        <translation>تعلّم اللغة الألمانية وممارستها</translation>
    </message>
    <message>
        <source>applications for training and jobs</source>
        <translation>التقديم على التدريب المهني والوظائف</translation>
    </message>
    <message>
        <source>support in training and school</source>
        <translation>المرافقة في التدريب المهني والمدرسة</translation>
    </message>
    <message>
        <source>authorities and forms</source>
        <translation>مراجعة الدوائر الرسمية والاستمارات</translation>
    </message>
    <message>
        <source>leisure and social contacts</source>
        <translation>أوقات الفراغ والعلاقات الاجتماعية</translation>
    </message>
    <message>
        <source>other goal</source>
        <translation>هدف آخر</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipStatus</name>
    <message>
        <source>proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>منتهٍ</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionResult</name>
    <message>
        <source>full equivalence</source>
        <translation>معادلة كاملة</translation>
    </message>
    <message>
        <source>partial equivalence (adaptation measure)</source>
        <translation>معادلة جزئية (إجراء تعويضي)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionStatus</name>
    <message>
        <source>not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>قُدّم الطلب</translation>
    </message>
    <message>
        <source>full equivalence</source>
        <translation>معادلة كاملة</translation>
    </message>
    <message>
        <source>partial equivalence</source>
        <translation>معادلة جزئية</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>compensation measure</source>
        <translation>إجراء تعويضي</translation>
    </message>
</context>
<context>
    <name>Labels.ReferralSource</name>
    <message>
        <source>came by themselves</source>
        <translation>جاء من تلقاء نفسه</translation>
    </message>
    <message>
        <source>family or friends</source>
        <translation>العائلة أو المعارف</translation>
    </message>
    <message>
        <source>Jobcenter / employment agency</source>
        <translation>الجوب سنتر / وكالة العمل</translation>
    </message>
    <message>
        <source>community organisation</source>
        <translation>منظمة مهاجرين / جمعية</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>الإنترنت</translation>
    </message>
    <message>
        <source>other</source>
        <translation>طريق آخر</translation>
    </message>
</context>
<context>
    <name>Labels.ResidenceStatus</name>
    <message>
        <source>Permission to remain (asylum procedure)</source>
        <translation>إذن إقامة مؤقت (إجراءات اللجوء)</translation>
    </message>
    <message>
        <source>Toleration (Duldung)</source>
        <translation>تعليق الترحيل (Duldung)</translation>
    </message>
    <message>
        <source>Residence permit § 24 (temporary protection)</source>
        <translation>تصريح إقامة § 24 (حماية مؤقتة)</translation>
    </message>
    <message>
        <source>Residence permit § 25 (humanitarian)</source>
        <translation>تصريح إقامة § 25 (لأسباب إنسانية)</translation>
    </message>
    <message>
        <source>Other residence permit</source>
        <translation>تصريح إقامة آخر</translation>
    </message>
    <message>
        <source>Settlement permit</source>
        <translation>تصريح الإقامة الدائمة</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>مواطن من الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>German citizen</source>
        <translation>الجنسية الألمانية</translation>
    </message>
    <message>
        <source>other</source>
        <translation>وضع إقامة آخر</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>Labels.Role</name>
    <message>
        <source>Administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>الاستشارة</translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation>تنسيق العمل التطوعي</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>أمانة الصندوق</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>متطوع</translation>
    </message>
</context>
<context>
    <name>Labels.SchoolQualification</name>
    <message>
        <source>no school qualification</source>
        <translation>بلا شهادة مدرسية</translation>
    </message>
    <message>
        <source>lower secondary (Hauptschulabschluss)</source>
        <translation>الشهادة الإعدادية (Hauptschulabschluss)</translation>
    </message>
    <message>
        <source>intermediate (Mittlerer Abschluss)</source>
        <translation>الشهادة المتوسطة (Mittlerer Abschluss)</translation>
    </message>
    <message>
        <source>upper secondary (Abitur, Fachhochschulreife)</source>
        <translation>الشهادة الثانوية (Abitur، Fachhochschulreife)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>Labels.SensitiveAnswer</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>رفض الإجابة</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>لا إجابة</translation>
    </message>
</context>
<context>
    <name>Labels.SupportedOrganisationKind</name>
    <message>
        <source>public administration or service (EECO18)</source>
        <translation>إدارة أو خدمة عامة (EECO18)</translation>
    </message>
    <message>
        <source>micro, small or medium-sized enterprise (EECO19)</source>
        <translation>مؤسسة متناهية الصغر أو صغيرة أو متوسطة (EECO19)</translation>
    </message>
</context>
<context>
    <name>Labels.VocationalQualification</name>
    <message>
        <source>no vocational qualification</source>
        <translation>بلا مؤهل مهني</translation>
    </message>
    <message>
        <source>vocational training</source>
        <translation>تدريب مهني مكتمل</translation>
    </message>
    <message>
        <source>master craftsman / technician</source>
        <translation>معلم حرفي / فني (Meister / Techniker)</translation>
    </message>
    <message>
        <source>bachelor</source>
        <translation>بكالوريوس</translation>
    </message>
    <message>
        <source>master, diploma, state exam</source>
        <translation>ماجستير، دبلوم جامعي، امتحان الدولة</translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation>دكتوراه</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>Labels.VolunteerStatus</name>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>left</source>
        <translation>غادر</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Your language</source>
        <translation>لغتك</translation>
    </message>
    <message>
        <source>As chosen at the login on this computer</source>
        <translation>كما اختيرت عند تسجيل الدخول على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;لغة البرنامج:</translation>
    </message>
    <message>
        <source>Documents for a person (notices, consent forms, letters) are printed in German and in the person&apos;s languages, whatever you choose here.</source>
        <translation>تُطبع المستندات الخاصة بالشخص (إشعارات حماية البيانات ونماذج الموافقة والرسائل) بالألمانية وبلغات الشخص، أيًّا كان اختيارك هنا.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Data folder not found</source>
        <translation>مجلد البيانات غير موجود</translation>
    </message>
    <message>
        <source>Lotse keeps its data in
{path}
but this folder cannot be found. If it is on a USB stick or a network drive, connect it and click Retry.</source>
        <translation>يحفظ Lotse بياناته في
{path}
لكن هذا المجلد غير موجود. إذا كان على ذاكرة USB أو محرك أقراص شبكي، فوصّله وانقر «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>اختيار مجلد آخر</translation>
    </message>
</context>
<context>
    <name>LetterWriter</name>
    <message>
        <source>Save the appointment letter – not encrypted</source>
        <translation>حفظ رسالة الموعد – غير مشفّرة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>جارٍ كتابة ملف PDF …</translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation>رسالة تأكيد الموعد</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Consultation topics</source>
        <translation>مواضيع الاستشارة</translation>
    </message>
    <message>
        <source>Referral targets</source>
        <translation>جهات الإحالة</translation>
    </message>
    <message>
        <source>Languages the club counsels in</source>
        <translation>لغات الاستشارة في الجمعية</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>القوائم</translation>
    </message>
    <message>
        <source>This list is empty – add the first entry with “Add”.</source>
        <translation>هذه القائمة فارغة – أضف الإدخال الأول عبر «إضافة».</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>&amp;Retire / take back</source>
        <translation>إي&amp;قاف / إعادة استخدام</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لل&amp;أعلى</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;نقل للأسفل</translation>
    </message>
    <message>
        <source>Offered first wherever a language is chosen. A retired language stays on old records.</source>
        <translation>تُعرض أولًا في كل مكان تُختار فيه لغة. اللغة الموقوفة تبقى في السجلات القديمة.</translation>
    </message>
    <message>
        <source>A retired entry stays on the consultations that used it and leaves the choice lists. A new name shows on every consultation.</source>
        <translation>الإدخال الموقوف يبقى في الاستشارات التي استخدمته ويختفي من قوائم الاختيار. الاسم الجديد يظهر في كل استشارة.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>اختر أولًا إدخالًا من القائمة.</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>إضافة إلى: {list}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was added.</source>
        <translation>أُضيف «{name}».</translation>
    </message>
    <message>
        <source>Rename &apos;{name}&apos;</source>
        <translation>إعادة تسمية «{name}»</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>الاسم ال&amp;جديد:</translation>
    </message>
    <message>
        <source>Renamed; every consultation shows the new name.</source>
        <translation>أُعيدت التسمية؛ كل استشارة تعرض الاسم الجديد.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is retired: it stays on old records and leaves the choice lists.</source>
        <translation>«{name}» موقوف: يبقى في السجلات القديمة ويختفي من قوائم الاختيار.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in use again.</source>
        <translation>«{name}» قيد الاستخدام مجددًا.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Lotse – log in</source>
        <translation>Lotse – تسجيل الدخول</translation>
    </message>
    <message>
        <source>Welcome to Lotse</source>
        <translation>مرحبًا بك في Lotse</translation>
    </message>
    <message>
        <source>The club&apos;s data is on a server: log in with your Lotse account.</source>
        <translation>بيانات الجمعية موجودة على خادم: سجّل الدخول بحسابك في Lotse.</translation>
    </message>
    <message>
        <source>The data is encrypted: log in to open it.</source>
        <translation>البيانات مشفّرة: سجّل الدخول لفتحها.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
    <message>
        <source>The password of the club&apos;s database on the server (its service account), from the person who set up the server.</source>
        <translation>كلمة مرور قاعدة بيانات الجمعية على الخادم (حساب الخدمة الخاص بها)، تحصل عليها من الشخص الذي أعدّ الخادم.</translation>
    </message>
    <message>
        <source>Remember it on this computer (in the system&apos;s credential store)</source>
        <translation>تذكّرها على هذا الحاسوب (في مخزن بيانات الاعتماد في النظام)</translation>
    </message>
    <message>
        <source>&amp;Server password:</source>
        <translation>كلمة مرور ال&amp;خادم:</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <source>Forgot the password? Use the &amp;recovery key…</source>
        <translation>&amp;نسيت كلمة المرور؟ استخدم مفتاح الاسترداد…</translation>
    </message>
    <message>
        <source>Forgot the password? An administrator of your club sets a new one.</source>
        <translation>نسيت كلمة المرور؟ يعيّن لك أحد مسؤولي جمعيتك كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>تسجيل ال&amp;دخول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it now.</source>
        <translation>عُيّنت كلمة المرور الجديدة. سجّل الدخول بها الآن.</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>لم تُحفظ كلمة المرور</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password will be asked for at every start.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن بيانات اعتماد يستطيع Lotse استخدامه، لذلك ستُطلب كلمة مرور الخادم عند كل تشغيل.</translation>
    </message>
    <message>
        <source>Please choose your own password to log in.</source>
        <translation>يُرجى اختيار كلمة مرورك الخاصة لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>Lotse has encrypted the database. Every account keeps its password. The unencrypted file, old backups and drafts were overwritten and removed.</source>
        <translation>شفّر Lotse قاعدة البيانات. يحتفظ كل حساب بكلمة مروره. كُتب فوق الملف غير المشفّر والنسخ الاحتياطية القديمة والمسودات وأُزيلت.</translation>
    </message>
    <message>
        <source>Copies of the old, unencrypted database elsewhere (USB sticks, network drives, e-mail, backups of the computer) can still be read: delete them.</source>
        <translation>النسخ الموجودة في أماكن أخرى من قاعدة البيانات القديمة غير المشفّرة (ذاكرات USB، محركات أقراص شبكية، رسائل بريد إلكتروني، نسخ احتياطية للحاسوب) لا تزال قابلة للقراءة: احذفها.</translation>
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
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>الاستشارات</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>العمل التطوعي</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>حالة &amp;جديدة</translation>
    </message>
    <message>
        <source>New &amp;consultation for the selected case</source>
        <translation>ا&amp;ستشارة جديدة للحالة المحددة</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>تواصل قصير مجهول ال&amp;هوية</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>ال&amp;بحث عن حالة</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet …</source>
        <translation>&amp;استيراد جدول بيانات …</translation>
    </message>
    <message>
        <source>&amp;Export everything …</source>
        <translation>&amp;تصدير كل شيء …</translation>
    </message>
    <message>
        <source>Audit &amp;trail …</source>
        <translation>سج&amp;ل التدقيق …</translation>
    </message>
    <message>
        <source>Change &amp;password …</source>
        <translation>تغيير &amp;كلمة المرور …</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>تسجيل ال&amp;خروج / تبديل المستخدم</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساع&amp;دة</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>دل&amp;يل المستخدم</translation>
    </message>
    <message>
        <source>&amp;About Lotse</source>
        <translation>&amp;حول Lotse</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>مسجّل الدخول: {name} ({role})</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>Anonymous short contact</source>
        <translation>تواصل قصير مجهول الهوية</translation>
    </message>
    <message>
        <source>Choose a case first, then press Ctrl+Shift+N.</source>
        <translation>اختر حالة أولًا، ثم اضغط Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>Export for reading – not encrypted, and not a backup</source>
        <translation>تصدير للقراءة – غير مشفّر، وليس نسخة احتياطية</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>جارٍ التصدير …</translation>
    </message>
    <message>
        <source>Exported to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed. It is not a backup: an import does not read back the sheets Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen and Veranstaltungen and the course sheets; nor the start time and referrals of consultations, the exit reason and recording days of enrollments, the time of day a follow-up was done, the address, region, availability, status, leaving and agreement dates and remarks of volunteers, and the event of volunteer hours. User accounts and project settings are not exported. A backup (Create backup …) keeps everything.</source>
        <translation>صُدِّر إلى {path}. الملف غير مشفّر: احفظه في مكان آمن واحذفه عندما لا تعود بحاجة إليه. وهو ليس نسخة احتياطية: لا يعيد الاستيراد قراءة الأوراق Anonyme Kurzkontakte وTandems وAnerkennungsverfahren وArbeitsaufnahmen وAufwandsentschädigungen وVeranstaltungen وأوراق الدورات؛ ولا وقت بدء الاستشارات والإحالات فيها، ولا سبب الخروج وأيام التسجيل في المشاركات، ولا وقت إنجاز المتابعة، ولا عنوان المتطوعين ومنطقتهم وتوفّرهم وحالتهم وتاريخ مغادرتهم وتاريخ الاتفاقية وملاحظاتهم، ولا الفعالية المرتبطة بساعات التطوع. لا تُصدَّر حسابات المستخدمين وإعدادات المشاريع. أما النسخة الاحتياطية (إنشاء نسخة احتياطية …) فتحفظ كل شيء.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>تصدير كل شيء</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>حُدّثت قاعدة البيانات</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} الساعة {time}</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(الوقت غير معروف)</translation>
    </message>
    <message>
        <source>Unsaved consultation</source>
        <translation>استشارة غير محفوظة</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note from {when} for a case you can no longer open. Discard it?</source>
        <translation>هناك ملاحظة استشارة غير محفوظة من {when} لحالة لم يعد بإمكانك فتحها. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <source>There is an unsaved note of an anonymous short contact from {when}. Restore it?</source>
        <translation>هناك ملاحظة غير محفوظة لتواصل قصير مجهول الهوية من {when}. هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note for {case} from {when}. Restore it?</source>
        <translation>هناك ملاحظة استشارة غير محفوظة لـ {case} من {when}. هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة مرورك.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>معاينة الجدول</translation>
    </message>
    <message>
        <source>&amp;Remember these assignments for the next import</source>
        <translation>&amp;تذكّر هذه التعيينات في الاستيراد التالي</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. Some column headers are not known: assign them to a template column or leave them ignored.</source>
        <translation>الصفوف الأولى كما يقرؤها Lotse. بعض عناوين الأعمدة غير معروفة: عيّنها إلى عمود من القالب أو اتركها متجاهَلة.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— تجاهل —</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. All column headers are known.</source>
        <translation>الصفوف الأولى كما يقرؤها Lotse. كل عناوين الأعمدة معروفة.</translation>
    </message>
</context>
<context>
    <name>MentorshipModel</name>
    <message>
        <source>Volunteer</source>
        <translation>المتطوع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>الساعات المقدَّمة</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case files</source>
        <translation>دمج ملفات الحالات</translation>
    </message>
    <message>
        <source>Everything of the other case file – consultations, enrollments, follow-ups, consents and tandems – moves into {case} ({name}); the other case file is then removed. This cannot be undone.</source>
        <translation>كل ما في ملف الحالة الآخر – الاستشارات والتسجيلات والمتابعات والموافقات وثنائيات التوجيه – يُنقل إلى {case} ({name})؛ ثم يُزال ملف الحالة الآخر. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>الاسم أو رقم الحالة</translation>
    </message>
    <message>
        <source>Find the other case file</source>
        <translation>البحث عن ملف الحالة الآخر</translation>
    </message>
    <message>
        <source>Case files to merge</source>
        <translation>ملفات الحالات المراد دمجها</translation>
    </message>
    <message>
        <source>e.g. entered twice at the first contact</source>
        <translation>مثلًا: أُنشئ مرتين عند أول تواصل</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>ال&amp;بحث:</translation>
    </message>
    <message>
        <source>&amp;Other case file:</source>
        <translation>ملف الحالة الآ&amp;خر:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>{case} · {name} · born {birth} · likely the same person</source>
        <translation>{case} · {name} · مواليد {birth} · على الأرجح الشخص نفسه</translation>
    </message>
    <message>
        <source>Other case file: please choose one.</source>
        <translation>ملف الحالة الآخر: يُرجى اختيار ملف.</translation>
    </message>
</context>
<context>
    <name>OrganisationBox</name>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>e.g. Data protection officer, Musterstr. 1, 30159 Hannover, datenschutz@…</source>
        <translation>مثلًا: مسؤول حماية البيانات، Musterstr. 1, 30159 Hannover، datenschutz@…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>اختيار ال&amp;شعار…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>إزالة الش&amp;عار</translation>
    </message>
    <message>
        <source>Save &amp;organisation</source>
        <translation>حفظ بيانات ال&amp;منظمة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;الشارع:</translation>
    </message>
    <message>
        <source>Post&amp;code / city:</source>
        <translation>الرمز ال&amp;بريدي / المدينة:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>&amp;Data protection contact:</source>
        <translation>جهة الاتصال لشؤون &amp;حماية البيانات:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <source>Printed at the top of reports, agreements, timesheets and notices.</source>
        <translation>يُطبع أعلى التقارير والاتفاقيات وكشوف الساعات والنشرات.</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This file is not a picture Lotse can read.</source>
        <translation>هذا الملف ليس صورة يستطيع Lotse قراءتها.</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>حُفظ الشعار.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>أُزيل الشعار.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>منظمتك</translation>
    </message>
    <message>
        <source>The name appears on reports and timesheets.</source>
        <translation>يظهر الاسم في التقارير وكشوف الساعات.</translation>
    </message>
    <message>
        <source>e.g. Brückenschlag e.V.</source>
        <translation>مثلًا: Brückenschlag e.V.</translation>
    </message>
    <message>
        <source>Na&amp;me of the organisation:</source>
        <translation>&amp;اسم المنظمة:</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>اسم المنظمة</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>My follow-ups due</source>
        <translation>متابعاتي المستحقة</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>لا شيء مستحق.</translation>
    </message>
    <message>
        <source>ESF entry data missing</source>
        <translation>بيانات الدخول ESF ناقصة</translation>
    </message>
    <message>
        <source>All entry questionnaires recorded.</source>
        <translation>سُجّلت كل استبيانات الدخول.</translation>
    </message>
    <message>
        <source>ESF exit data overdue</source>
        <translation>بيانات الخروج ESF متأخرة</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>لا شيء متأخر.</translation>
    </message>
    <message>
        <source>6-month follow-ups due</source>
        <translation>متابعات الأشهر الستة المستحقة</translation>
    </message>
    <message>
        <source>Recently opened cases</source>
        <translation>الحالات المُنشأة مؤخرًا</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>لا توجد حالات بعد.</translation>
    </message>
    <message>
        <source>No backup has been copied outside the data folder yet. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>لم تُنسخ بعد أي نسخة احتياطية خارج مجلد البيانات. استخدم ملف ← إنشاء نسخة احتياطية … واحفظها على ذاكرة USB أو محرك أقراص شبكي.</translation>
    </message>
    <message>
        <source>The last backup outside the data folder is from {date}, more than {days} days ago. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>آخر نسخة احتياطية خارج مجلد البيانات بتاريخ {date}، أي قبل أكثر من {days} يوم. استخدم ملف ← إنشاء نسخة احتياطية … واحفظها على ذاكرة USB أو محرك أقراص شبكي.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Anonymisations due:&lt;/b&gt; the retention of %n record(s) has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;عمليات إخفاء هوية مستحقة:&lt;/b&gt; انتهت مدة الاحتفاظ بـ %n سجل. &lt;a href=&quot;privacy&quot;&gt;المراجعة والتأكيد&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;عمليات إخفاء هوية مستحقة:&lt;/b&gt; انتهت مدة الاحتفاظ بسجل واحد. &lt;a href=&quot;privacy&quot;&gt;المراجعة والتأكيد&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;عمليات إخفاء هوية مستحقة:&lt;/b&gt; انتهت مدة الاحتفاظ بسجلين. &lt;a href=&quot;privacy&quot;&gt;المراجعة والتأكيد&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;عمليات إخفاء هوية مستحقة:&lt;/b&gt; انتهت مدة الاحتفاظ بـ %n سجلات. &lt;a href=&quot;privacy&quot;&gt;المراجعة والتأكيد&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;عمليات إخفاء هوية مستحقة:&lt;/b&gt; انتهت مدة الاحتفاظ بـ %n سجلًا. &lt;a href=&quot;privacy&quot;&gt;المراجعة والتأكيد&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;عمليات إخفاء هوية مستحقة:&lt;/b&gt; انتهت مدة الاحتفاظ بـ %n سجل. &lt;a href=&quot;privacy&quot;&gt;المراجعة والتأكيد&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>مرحبًا، {name}</translation>
    </message>
    <message>
        <source>consultations this month</source>
        <translation>استشارات هذا الشهر</translation>
    </message>
    <message>
        <source>people counselled this month</source>
        <translation>أشخاص تلقّوا استشارة هذا الشهر</translation>
    </message>
    <message>
        <source>new cases this month</source>
        <translation>حالات جديدة هذا الشهر</translation>
    </message>
    <message>
        <source>open cases of {total} in total</source>
        <translation>حالات مفتوحة من إجمالي {total}</translation>
    </message>
    <message>
        <source>active volunteers</source>
        <translation>متطوعون نشطون</translation>
    </message>
    <message>
        <source>volunteer hours approved this month</source>
        <translation>ساعات تطوع معتمدة هذا الشهر</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
</context>
<context>
    <name>OwnHoursModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>OwnHoursTab</name>
    <message>
        <source>No hours yet – enter them with “Enter my hours”.</source>
        <translation>لا توجد ساعات بعد – أدخلها عبر «إدخال ساعاتي».</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>ساعاتي</translation>
    </message>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>إ&amp;دخال ساعاتي …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>أ&amp;سبوعي …</translation>
    </message>
    <message>
        <source>Approved so far: {hours} hours</source>
        <translation>المعتمد حتى الآن: {hours} ساعة</translation>
    </message>
</context>
<context>
    <name>PaperworkList</name>
    <message>
        <source>Police clearances and trainings</source>
        <translation>شهادات حسن السيرة والسلوك والتدريبات</translation>
    </message>
    <message>
        <source>All clearances and trainings in order.</source>
        <translation>كل الشهادات والتدريبات مستوفاة.</translation>
    </message>
    <message>
        <source>police clearance missing</source>
        <translation>شهادة حسن السيرة والسلوك ناقصة</translation>
    </message>
    <message>
        <source>training missing</source>
        <translation>التدريب ناقص</translation>
    </message>
    <message>
        <source>police clearance to renew by {date}</source>
        <translation>يجب تجديد شهادة حسن السيرة والسلوك حتى {date}</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>تعديل الشريك</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>شريك جديد</translation>
    </message>
    <message>
        <source>e.g. placement into work</source>
        <translation>مثلًا: التوظيف في سوق العمل</translation>
    </message>
    <message>
        <source>&amp;Active: asked at first contact</source>
        <translation>&amp;نشط: يُسأل عنه عند أول تواصل</translation>
    </message>
    <message>
        <source>The consent form names the partner and the purpose. Only people who consented, and did not withdraw, are in the partner&apos;s export.</source>
        <translation>يسمّي نموذج الموافقة الشريك والغرض. لا يتضمن التصدير الخاص بالشريك إلا الأشخاص الذين وافقوا ولم يسحبوا موافقتهم.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>ال&amp;غرض:</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>لم يعد مستخدمًا</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record allowance payment</source>
        <translation>تسجيل دفعة تعويض جهد</translation>
    </message>
    <message>
        <source>e.g. 120,00</source>
        <translation>مثلًا: 120,00</translation>
    </message>
    <message>
        <source>Work compensated to</source>
        <translation>العمل المعوَّض حتى</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Work compensated from:</source>
        <translation>العمل المعوَّض &amp;من:</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>الم&amp;تطوع:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>تاريخ ال&amp;دفع:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;المبلغ (€):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>Work compensated from</source>
        <translation>العمل المعوَّض من</translation>
    </message>
    <message>
        <source>Hours on the compensated days are paid work, not an in-kind contribution.</source>
        <translation>الساعات في الأيام المعوَّضة عمل مدفوع الأجر، وليست مساهمة عينية.</translation>
    </message>
    <message>
        <source>With this payment: </source>
        <translation>مع هذه الدفعة: </translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Gender:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Living abroad in:</source>
        <translation>يقيم في الخارج في:</translation>
    </message>
    <message>
        <source>Phone / e-mail:</source>
        <translation>الهاتف / البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Nationalities:</source>
        <translation>الجنسيات:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>اللغات:</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>بلد الميلاد:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>وضع الإقامة:</translation>
    </message>
    <message>
        <source>Year of arrival:</source>
        <translation>سنة القدوم:</translation>
    </message>
    <message>
        <source>Knowledge of German:</source>
        <translation>معرفة اللغة الألمانية:</translation>
    </message>
    <message>
        <source>School qualification:</source>
        <translation>الشهادة المدرسية:</translation>
    </message>
    <message>
        <source>Vocational qualification:</source>
        <translation>المؤهل المهني:</translation>
    </message>
    <message>
        <source>Reference occupation:</source>
        <translation>المهنة المرجعية:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>مهنة منظَّمة:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>وضع الاعتراف:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>وصل إلينا عن طريق:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>{value} (obtained in {country})</source>
        <translation>{value} (حصل عليه في {country})</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>بدء العمل</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>بدء عمل جديد</translation>
    </message>
    <message>
        <source>e.g. 39,5</source>
        <translation>مثلًا: 39,5</translation>
    </message>
    <message>
        <source>e.g. nursing, software development</source>
        <translation>مثلًا: التمريض، تطوير البرمجيات</translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation>— غير مرتبط —</translation>
    </message>
    <message>
        <source>&amp;Employer *</source>
        <translation>&amp;صاحب العمل *</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>الم&amp;دينة</translation>
    </message>
    <message>
        <source>Secto&amp;r (WZ 2008)</source>
        <translation>القطاع الا&amp;قتصادي (WZ 2008)</translation>
    </message>
    <message>
        <source>Start &amp;date *</source>
        <translation>&amp;تاريخ البدء *</translation>
    </message>
    <message>
        <source>&amp;Contract type *</source>
        <translation>&amp;نوع العقد *</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;ساعات العمل الأسبوعية</translation>
    </message>
    <message>
        <source>Occupation &amp;field</source>
        <translation>الم&amp;جال المهني</translation>
    </message>
    <message>
        <source>&amp;Linked exit</source>
        <translation>الخروج الم&amp;رتبط</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع الاقتصادي</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>ساعات العمل الأسبوعية</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>المجال المهني</translation>
    </message>
    <message>
        <source>Exit from project</source>
        <translation>الخروج من المشروع</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>No work or training taken up yet – record it with “New placement”.</source>
        <translation>لم يُسجَّل بعد بدء عمل أو تدريب مهني – سجّله عبر «بدء عمل جديد».</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>بدء العمل</translation>
    </message>
    <message>
        <source>&amp;New placement …</source>
        <translation>&amp;بدء عمل جديد …</translation>
    </message>
    <message>
        <source>Edit &amp;placement …</source>
        <translation>&amp;تعديل بدء العمل …</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>حذف بدء العمل</translation>
    </message>
    <message>
        <source>Delete the placement at “{employer}”?</source>
        <translation>هل تريد حذف بدء العمل لدى «{employer}»؟</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>How long personal data are kept</source>
        <translation>مدة الاحتفاظ بالبيانات الشخصية</translation>
    </message>
    <message>
        <source>Cases &amp;without a project, after the last contact:</source>
        <translation>الحالات &amp;بلا مشروع، بعد آخر تواصل:</translation>
    </message>
    <message>
        <source>Former &amp;volunteers, after leaving:</source>
        <translation>الم&amp;تطوعون السابقون، بعد المغادرة:</translation>
    </message>
    <message>
        <source>Participants of a project are kept for the years set in the project after 31 December of the year it ends (ESF: Art. 82 Regulation (EU) 2021/1060), see Projects. Police clearances are deleted three months after a volunteer leaves (§ 72a (5) SGB VIII).</source>
        <translation>يُحتفظ ببيانات المشاركين في مشروع لعدد السنوات المحدد في المشروع بعد 31 ديسمبر من سنة انتهائه (ESF: المادة 82 من اللائحة (EU) 2021/1060)، انظر «المشاريع». تُحذف بيانات شهادة حسن السيرة والسلوك بعد ثلاثة أشهر من مغادرة المتطوع (المادة 72a (5) من SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;Save retention</source>
        <translation>&amp;حفظ مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Anonymisations due</source>
        <translation>عمليات إخفاء الهوية المستحقة</translation>
    </message>
    <message>
        <source>&amp;Anonymise all that is due …</source>
        <translation>إخفاء هوية &amp;كل ما هو مستحق …</translation>
    </message>
    <message>
        <source>Records of processing acti&amp;vities (Art. 30) …</source>
        <translation>سجل أنشطة ال&amp;معالجة (المادة 30) …</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنة</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due.</source>
        <translation>
            <numerusform>لا توجد سجلات مستحقة.</numerusform>
            <numerusform>سجل واحد مستحق.</numerusform>
            <numerusform>سجلان مستحقان.</numerusform>
            <numerusform>%n سجلات مستحقة.</numerusform>
            <numerusform>%n سجلًا مستحقًا.</numerusform>
            <numerusform>%n سجل مستحق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due: no retention has ended.</source>
        <translation>لا شيء مستحق: لم تنته أي مدة احتفاظ.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The server&apos;s own backups still hold the old data until they are replaced: tell whoever runs the server.</source>
        <translation>
            <numerusform>هل تريد إخفاء هوية %n سجل الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تظل النسخ الاحتياطية الخاصة بالخادم تحتوي على البيانات القديمة إلى أن تُستبدل: أبلِغ الشخص الذي يدير الخادم.</numerusform>
            <numerusform>هل تريد إخفاء هوية سجل واحد الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تظل النسخ الاحتياطية الخاصة بالخادم تحتوي على البيانات القديمة إلى أن تُستبدل: أبلِغ الشخص الذي يدير الخادم.</numerusform>
            <numerusform>هل تريد إخفاء هوية سجلين الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تظل النسخ الاحتياطية الخاصة بالخادم تحتوي على البيانات القديمة إلى أن تُستبدل: أبلِغ الشخص الذي يدير الخادم.</numerusform>
            <numerusform>هل تريد إخفاء هوية %n سجلات الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تظل النسخ الاحتياطية الخاصة بالخادم تحتوي على البيانات القديمة إلى أن تُستبدل: أبلِغ الشخص الذي يدير الخادم.</numerusform>
            <numerusform>هل تريد إخفاء هوية %n سجلًا الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تظل النسخ الاحتياطية الخاصة بالخادم تحتوي على البيانات القديمة إلى أن تُستبدل: أبلِغ الشخص الذي يدير الخادم.</numerusform>
            <numerusform>هل تريد إخفاء هوية %n سجل الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تظل النسخ الاحتياطية الخاصة بالخادم تحتوي على البيانات القديمة إلى أن تُستبدل: أبلِغ الشخص الذي يدير الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>إخفاء الهوية</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</source>
        <translation>
            <numerusform>هل تريد إخفاء هوية %n سجل الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تُستبدل النسخ الاحتياطية في مجلد البيانات بنسخة جديدة؛ أما النسخ الموجودة في أماكن أخرى (ذاكرات USB) فلا تزال تحتوي على البيانات القديمة.</numerusform>
            <numerusform>هل تريد إخفاء هوية سجل واحد الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تُستبدل النسخ الاحتياطية في مجلد البيانات بنسخة جديدة؛ أما النسخ الموجودة في أماكن أخرى (ذاكرات USB) فلا تزال تحتوي على البيانات القديمة.</numerusform>
            <numerusform>هل تريد إخفاء هوية سجلين الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تُستبدل النسخ الاحتياطية في مجلد البيانات بنسخة جديدة؛ أما النسخ الموجودة في أماكن أخرى (ذاكرات USB) فلا تزال تحتوي على البيانات القديمة.</numerusform>
            <numerusform>هل تريد إخفاء هوية %n سجلات الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تُستبدل النسخ الاحتياطية في مجلد البيانات بنسخة جديدة؛ أما النسخ الموجودة في أماكن أخرى (ذاكرات USB) فلا تزال تحتوي على البيانات القديمة.</numerusform>
            <numerusform>هل تريد إخفاء هوية %n سجلًا الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تُستبدل النسخ الاحتياطية في مجلد البيانات بنسخة جديدة؛ أما النسخ الموجودة في أماكن أخرى (ذاكرات USB) فلا تزال تحتوي على البيانات القديمة.</numerusform>
            <numerusform>هل تريد إخفاء هوية %n سجل الآن؟ تُزال الأسماء وبيانات الاتصال والملاحظات وتواريخ الميلاد نهائيًا؛ وتحتفظ التقارير بأرقامها. تُستبدل النسخ الاحتياطية في مجلد البيانات بنسخة جديدة؛ أما النسخ الموجودة في أماكن أخرى (ذاكرات USB) فلا تزال تحتوي على البيانات القديمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising …</source>
        <translation>جارٍ إخفاء الهوية …</translation>
    </message>
    <message>
        <source>Anonymised case files: {cases}; anonymised former volunteers: {volunteers}; police clearances deleted: {clearances}.</source>
        <translation>أُخفيت الهوية: ملفات الحالات: {cases}، المتطوعون السابقون: {volunteers}؛ بيانات شهادات حسن السيرة والسلوك المحذوفة: {clearances}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The file {path} could not be written or read: {reason}.</source>
        <translation>تعذّرت كتابة الملف {path} أو قراءته: {reason}.</translation>
    </message>
    <message>
        <source>A file could not be written or read: {reason}.</source>
        <translation>تعذّرت كتابة ملف أو قراءته: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Recognition procedure</source>
        <translation>إجراء الاعتراف</translation>
    </message>
    <message>
        <source>New recognition procedure</source>
        <translation>إجراء اعتراف جديد</translation>
    </message>
    <message>
        <source>German reference occupation, e.g. Pflegefachfrau</source>
        <translation>المهنة المرجعية الألمانية، مثلًا Pflegefachfrau</translation>
    </message>
    <message>
        <source>e.g. 81302</source>
        <translation>مثلًا: 81302</translation>
    </message>
    <message>
        <source>KldB 2010 code of the Bundesagentur für Arbeit, five digits; the last one is the level of requirement (1 helper, 2 skilled, 3 specialist, 4 expert).</source>
        <translation>رمز KldB 2010 الخاص بالوكالة الاتحادية للعمل، خمسة أرقام؛ آخرها مستوى المتطلبات (1 مساعد، 2 عامل مؤهل، 3 متخصص، 4 خبير).</translation>
    </message>
    <message>
        <source>e.g. Landesamt für Soziales</source>
        <translation>مثلًا: Landesamt für Soziales</translation>
    </message>
    <message>
        <source>— not decided yet —</source>
        <translation>— لم يُبتّ فيه بعد —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Qualification and reference occupation</source>
        <translation>المؤهل والمهنة المرجعية</translation>
    </message>
    <message>
        <source>Reference &amp;occupation *</source>
        <translation>المهنة الم&amp;رجعية *</translation>
    </message>
    <message>
        <source>&amp;KldB 2010 code</source>
        <translation>رمز &amp;KldB 2010</translation>
    </message>
    <message>
        <source>&amp;Regulated profession</source>
        <translation>مهنة م&amp;نظَّمة</translation>
    </message>
    <message>
        <source>Qualification obtained &amp;in</source>
        <translation>&amp;بلد الحصول على المؤهل</translation>
    </message>
    <message>
        <source>&amp;Year obtained</source>
        <translation>&amp;سنة الحصول عليه</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation>الجهة الم&amp;ختصة</translation>
    </message>
    <message>
        <source>A&amp;pplication date</source>
        <translation>تاريخ تقديم ال&amp;طلب</translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation>تاريخ ال&amp;قرار</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>&amp;النتيجة</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>التأهيل التكميلي</translation>
    </message>
    <message>
        <source>Kind of &amp;measure</source>
        <translation>نوع الإ&amp;جراء</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>ا&amp;لجهة المنفّذة</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>&amp;حتى</translation>
    </message>
    <message>
        <source>Adaptation from</source>
        <translation>التأهيل التكميلي من</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>التأهيل التكميلي حتى</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>م&amp;كتمل</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>تاريخ تقديم الطلب</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
</context>
<context>
    <name>ProcedureModel</name>
    <message>
        <source>Reference occupation</source>
        <translation>المهنة المرجعية</translation>
    </message>
    <message>
        <source>Regulated</source>
        <translation>منظَّمة</translation>
    </message>
    <message>
        <source>Qualification from</source>
        <translation>المؤهل من</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>التأهيل التكميلي</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project {code}</source>
        <translation>المشروع {code}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;عام</translation>
    </message>
    <message>
        <source>ESF &amp;Plus</source>
        <translation>ESF &amp;Plus</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <source>&amp;Hour values</source>
        <translation>قيم ال&amp;ساعات</translation>
    </message>
    <message>
        <source>Supported &amp;organisations</source>
        <translation>المؤسسات الم&amp;دعومة</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>مثلًا: WIR-2026</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنة</translation>
    </message>
    <message>
        <source>empty: statutory minimum wage of each year</source>
        <translation>فارغ: الحد الأدنى القانوني للأجور لكل سنة</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>Funding progra&amp;mme:</source>
        <translation>برنامج ال&amp;تمويل:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>الجهة الم&amp;موّلة:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>ا&amp;لنهاية:</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>الا&amp;حتفاظ بالبيانات الشخصية لمدة:</translation>
    </message>
    <message>
        <source>Value of a volunteer hour (€, &amp;all years):</source>
        <translation>قيمة ساعة التطوع (€، &amp;كل السنوات):</translation>
    </message>
    <message>
        <source>The project reports participant data to ESF Plus</source>
        <translation>يقدّم المشروع بيانات المشاركين إلى ESF Plus</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>بلا حد أدنى</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>The project supports administrations or enterprises (EECO18, EECO19)</source>
        <translation>يدعم المشروع إدارات أو مؤسسات (EECO18، EECO19)</translation>
    </message>
    <message>
        <source>People who received less support than the minimum (hours of consultations booked to the project) stay counselling contacts and count in no ESF indicator. The entry and exit questionnaires are asked only in ESF projects.</source>
        <translation>الأشخاص الذين تلقّوا دعمًا أقل من الحد الأدنى (ساعات الاستشارات المسجّلة على المشروع) يبقون تواصلات استشارية ولا يُحتسبون في أي مؤشر ESF. لا تُطرح استبيانات الدخول والخروج إلا في مشاريع ESF.</translation>
    </message>
    <message>
        <source>&amp;Long-term unemployed:</source>
        <translation>العاطلون عن العمل لفترة &amp;طويلة:</translation>
    </message>
    <message>
        <source>&amp;Minimum support for ESF participants:</source>
        <translation>الحد ال&amp;أدنى للدعم لمشاركي ESF:</translation>
    </message>
    <message>
        <source>Situations after exit that count as success</source>
        <translation>الأوضاع بعد الخروج التي تُحتسب نجاحًا</translation>
    </message>
    <message>
        <source>a qualification gained</source>
        <translation>الحصول على مؤهل</translation>
    </message>
    <message>
        <source>The project starts with the usual exit reasons (finished, goal reached, dropped out, moved away …). Rename, add or retire them after saving.</source>
        <translation>يبدأ المشروع بأسباب الخروج المعتادة (انتهى بشكل منتظم، تحقق الهدف، انقطع، انتقل للسكن في مكان آخر …). يمكن بعد الحفظ إعادة تسميتها أو إضافة أسباب أو إيقافها.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>First project</source>
        <translation>المشروع الأول</translation>
    </message>
    <message>
        <source>A funded project groups participants, consultations and volunteer hours for the funder&apos;s statistics.</source>
        <translation>يجمع المشروع الممول المشاركين والاستشارات وساعات التطوع لإحصاءات الجهة المموّلة.</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>مثلًا: WIR-2026</translation>
    </message>
    <message>
        <source>e.g. Brücken in Arbeit</source>
        <translation>مثلًا: Brücken in Arbeit</translation>
    </message>
    <message>
        <source>e.g. BMAS / ESF Plus</source>
        <translation>مثلًا: BMAS / ESF Plus</translation>
    </message>
    <message>
        <source>Project has an &amp;end date</source>
        <translation>للمشروع تاريخ &amp;انتهاء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>ESF Plus reporting (participant questionnaires)</source>
        <translation>تقارير ESF Plus (استبيانات المشاركين)</translation>
    </message>
    <message>
        <source>Value of one volunteer hour for the club&apos;s own contribution.</source>
        <translation>قيمة ساعة تطوع واحدة لحصة الجمعية الذاتية.</translation>
    </message>
    <message>
        <source>Project co&amp;de:</source>
        <translation>&amp;رمز المشروع:</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>اسم ا&amp;لمشروع:</translation>
    </message>
    <message>
        <source>Funding &amp;programme:</source>
        <translation>برنامج ال&amp;تمويل:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>الجهة الم&amp;موّلة:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate volunteering:</source>
        <translation>&amp;أجر الساعة للعمل التطوعي:</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>برنامج التمويل</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>ESF Plus</source>
        <translation>ESF Plus</translation>
    </message>
    <message>
        <source>Value of a volunteer hour</source>
        <translation>قيمة ساعة التطوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>running</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>per year / minimum wage</source>
        <translation>لكل سنة / الحد الأدنى للأجور</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Not enrolled in a project yet – enroll with “Enroll in project”.</source>
        <translation>غير مسجّل في أي مشروع بعد – سجّله عبر «التسجيل في مشروع».</translation>
    </message>
    <message>
        <source>Project enrollments</source>
        <translation>التسجيلات في المشاريع</translation>
    </message>
    <message>
        <source>Enroll in &amp;project</source>
        <translation>التسجيل في &amp;مشروع</translation>
    </message>
    <message>
        <source>Entry &amp;questionnaire</source>
        <translation>ا&amp;ستبيان الدخول</translation>
    </message>
    <message>
        <source>Record e&amp;xit</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;6-month answers</source>
        <translation>إ&amp;جابات الأشهر الستة</translation>
    </message>
    <message>
        <source>Remo&amp;ve enrollment</source>
        <translation>إ&amp;زالة التسجيل</translation>
    </message>
    <message>
        <source>Remove enrollment</source>
        <translation>إزالة التسجيل</translation>
    </message>
    <message>
        <source>Remove the enrollment in {project}? It is deleted with its questionnaire. Why?</source>
        <translation>هل تريد إزالة التسجيل في {project}؟ سيُحذف مع استبيانه. لماذا؟</translation>
    </message>
    <message>
        <source>No projects yet – add one with “New project”.</source>
        <translation>لا توجد مشاريع بعد – أضف مشروعًا عبر «مشروع جديد».</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>مشروع &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Edit project</source>
        <translation>&amp;تعديل المشروع</translation>
    </message>
    <message>
        <source>&amp;Show project</source>
        <translation>&amp;عرض المشروع</translation>
    </message>
    <message>
        <source>&amp;Close / reopen project</source>
        <translation>إ&amp;غلاق / إعادة فتح المشروع</translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>اختر أولًا مشروعًا من القائمة.</translation>
    </message>
    <message>
        <source>{code} is open again.</source>
        <translation>{code} مفتوح مجددًا.</translation>
    </message>
    <message>
        <source>{code} is closed: it leaves the choice lists; its data and reports stay.</source>
        <translation>{code} مغلق: يختفي من قوائم الاختيار؛ وتبقى بياناته وتقاريره.</translation>
    </message>
</context>
<context>
    <name>QuietTandemList</name>
    <message>
        <source>Tandems without meetings</source>
        <translation>ثنائيات توجيه بلا لقاءات</translation>
    </message>
    <message>
        <source>Every tandem meets as agreed.</source>
        <translation>كل ثنائيات التوجيه تلتقي كما اتُّفق.</translation>
    </message>
    <message>
        <source>no meeting logged yet</source>
        <translation>لم يُسجَّل أي لقاء بعد</translation>
    </message>
    <message>
        <source>last meeting {date}</source>
        <translation>آخر لقاء {date}</translation>
    </message>
    <message>
        <source>A meeting was due by {date}.</source>
        <translation>كان اللقاء مستحقًا حتى {date}.</translation>
    </message>
</context>
<context>
    <name>RecognitionTab</name>
    <message>
        <source>No recognition procedure yet – add one with “New procedure”.</source>
        <translation>لا يوجد إجراء اعتراف بعد – أضف إجراءً عبر «إجراء جديد».</translation>
    </message>
    <message>
        <source>Recognition procedures</source>
        <translation>إجراءات الاعتراف</translation>
    </message>
    <message>
        <source>&amp;New procedure …</source>
        <translation>إجراء &amp;جديد …</translation>
    </message>
    <message>
        <source>Edit &amp;procedure …</source>
        <translation>&amp;تعديل الإجراء …</translation>
    </message>
    <message>
        <source>Delete recognition procedure</source>
        <translation>حذف إجراء الاعتراف</translation>
    </message>
    <message>
        <source>Delete the procedure “{occupation}”?</source>
        <translation>هل تريد حذف الإجراء «{occupation}»؟</translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessingDialog</name>
    <message>
        <source>Records of processing activities (Art. 30 GDPR)</source>
        <translation>سجل أنشطة المعالجة (المادة 30 من اللائحة العامة لحماية البيانات DSGVO)</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>سجل أنشطة المعالجة</translation>
    </message>
    <message>
        <source>Save as &amp;PDF …</source>
        <translation>حفظ بصيغة &amp;PDF …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save the records of processing</source>
        <translation>حفظ سجل أنشطة المعالجة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>جارٍ كتابة ملف PDF …</translation>
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
        <translation>Lotse – كلمة مرور جديدة للمسؤول</translation>
    </message>
    <message>
        <source>With the recovery key (the printed Notfallschlüssel) an administrator account gets a new password. Other accounts get theirs from an administrator.</source>
        <translation>باستخدام مفتاح الاسترداد (الورقة المطبوعة «Notfallschlüssel») يحصل حساب المسؤول على كلمة مرور جديدة. أما الحسابات الأخرى فتحصل على كلمات مرورها من المسؤول.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>مفتاح الا&amp;سترداد:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>&amp;اسم المستخدم للمسؤول:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>تك&amp;رار كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>تعيين &amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>تكرار كلمة المرور: كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Lotse – recovery key</source>
        <translation>Lotse – مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>The database is created and encrypted.</source>
        <translation>أُنشئت قاعدة البيانات وشُفّرت.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Lotse encrypts all data. Without a password or this recovery key nobody can read it – not even whoever finds the laptop or a backup. If no administrator knows their password any more, the recovery key sets a new one. It is shown only now: print it as the Notfallschlüssel or write it down, and keep it locked away, apart from the laptop.</source>
        <translation>يشفّر Lotse كل البيانات. دون كلمة مرور أو مفتاح الاسترداد هذا لا يستطيع أحد قراءتها – ولا حتى من يعثر على الحاسوب المحمول أو على نسخة احتياطية. إذا لم يعد أي مسؤول يعرف كلمة مروره، فإن مفتاح الاسترداد يعيّن كلمة مرور جديدة. لا يُعرض المفتاح إلا الآن: اطبعه كورقة «Notfallschlüssel» أو اكتبه، واحفظه في مكان مقفل بعيدًا عن الحاسوب المحمول.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print (Notfallschlüssel)…</source>
        <translation>حفظ بصيغة &amp;PDF للطباعة (Notfallschlüssel)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key.</source>
        <translation>طبعتُ مفتاح الاسترداد أو كتبته.</translation>
    </message>
    <message>
        <source>Lotse-Notfallschluessel.pdf</source>
        <translation>Lotse-Notfallschluessel.pdf</translation>
    </message>
    <message>
        <source>Save the Notfallschlüssel</source>
        <translation>حفظ مفتاح الاسترداد (Notfallschlüssel)</translation>
    </message>
    <message>
        <source>Notfallschlüssel</source>
        <translation>مفتاح الاسترداد (Notfallschlüssel)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file: whoever has it can read the data.</source>
        <translation>حُفظ في {path}. اطبعه ثم احذف الملف: من يملكه يستطيع قراءة البيانات.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Police clearance</source>
        <translation>شهادة حسن السيرة والسلوك</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>ساعات هذا العام</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>renewal due since {date}</source>
        <translation>التجديد مستحق منذ {date}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>سارية حتى {date}</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Search volunteers</source>
        <translation>البحث في المتطوعين</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>البحث بالاسم أو الرقم</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>No volunteers found – register one with “New volunteer”.</source>
        <translation>لم يُعثر على متطوعين – سجّل متطوعًا عبر «متطوع جديد».</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>&amp;New volunteer …</source>
        <translation>متطوع &amp;جديد …</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;تعديل …</translation>
    </message>
    <message>
        <source>Enter h&amp;ours …</source>
        <translation>إدخال ال&amp;ساعات …</translation>
    </message>
    <message>
        <source>&amp;Week …</source>
        <translation>ال&amp;أسبوع …</translation>
    </message>
    <message>
        <source>&amp;Timesheets …</source>
        <translation>&amp;كشوف الساعات …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>ال&amp;مستندات …</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>اختر أولًا متطوعًا من القائمة.</translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation>مستندات {name}</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>ESF Plus participant data</source>
        <translation>بيانات المشاركين في ESF Plus</translation>
    </message>
    <message>
        <source>Counselling statistics</source>
        <translation>إحصاءات الاستشارة</translation>
    </message>
    <message>
        <source>Volunteering (hours, value, allowances)</source>
        <translation>العمل التطوعي (الساعات، القيمة، تعويضات الجهد)</translation>
    </message>
    <message>
        <source>Outcomes after exit</source>
        <translation>النتائج بعد الخروج</translation>
    </message>
    <message>
        <source>Events (attendees, languages, partners)</source>
        <translation>الفعاليات (الحضور، اللغات، الشركاء)</translation>
    </message>
    <message>
        <source>Recognition counselling</source>
        <translation>استشارات الاعتراف</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>سنة تقويمية</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>نصف سنة</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>cumulative from the project start</source>
        <translation>تراكمي منذ بداية المشروع</translation>
    </message>
    <message>
        <source>&amp;Show preview</source>
        <translation>&amp;عرض المعاينة</translation>
    </message>
    <message>
        <source>Save as &amp;Excel …</source>
        <translation>حفظ بصيغة &amp;Excel …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF …</source>
        <translation>حفظ بصيغة P&amp;DF …</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>ال&amp;تقرير:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>الم&amp;شروع:</translation>
    </message>
    <message>
        <source>Projects (none = all):</source>
        <translation>المشاريع (لا شيء = الكل):</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>Choose the report and period, then show the preview.</source>
        <translation>اختر التقرير والفترة، ثم اعرض المعاينة.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report – the file will not be encrypted</source>
        <translation>حفظ التقرير – لن يكون الملف مشفّرًا</translation>
    </message>
    <message>
        <source>Writing the report …</source>
        <translation>جارٍ كتابة التقرير …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>حُفظ: {path}</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>حُفظ التقرير</translation>
    </message>
    <message>
        <source>The report was saved as
{path}

The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>حُفظ التقرير باسم
{path}

الملف غير مشفّر: احفظه في مكان آمن واحذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>فتح ال&amp;ملف</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>فتح الم&amp;جلد</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>إعادة تعيين كلمة مرور {name}</translation>
    </message>
    <message>
        <source>{name} is active again. Deactivating removed the account&apos;s key to the database, so {name} can log in only after you set a new password.</source>
        <translation>{name} نشط مجددًا. عند التعطيل أُزيل مفتاح الحساب إلى قاعدة البيانات، لذا لا يستطيع {name} تسجيل الدخول إلا بعد أن تعيّن كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>Give the temporary password to {name} in person. At the next login Lotse asks for a new one.</source>
        <translation>أعطِ كلمة المرور المؤقتة لـ {name} شخصيًا. عند تسجيل الدخول التالي سيطلب Lotse كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>كلمة المرور ال&amp;مؤقتة:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>تك&amp;رار كلمة المرور:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>All rows are imported together, or none.</source>
        <translation>تُستورد كل الصفوف معًا، أو لا يُستورد أي منها.</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>جارٍ الاستيراد …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>أُلغي الاستيراد. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The import found problems and changed nothing.</source>
        <translation>وجد الاستيراد مشكلات ولم يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>تم الاستيراد: أُنشئ {created}، وحُدّث {updated}، وبقي {unchanged} دون تغيير.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The database server</source>
        <translation>خادم قاعدة البيانات</translation>
    </message>
    <message>
        <source>Enter what the person who set up the server gave you. Lotse connects now to check it.</source>
        <translation>أدخل البيانات التي أعطاك إياها الشخص الذي أعدّ الخادم. سيتصل Lotse بالخادم الآن للتحقق منها.</translation>
    </message>
    <message>
        <source>e.g. server.local or 192.168.1.10</source>
        <translation>مثلًا: server.local أو 192.168.1.10</translation>
    </message>
    <message>
        <source>e.g. lotse</source>
        <translation>مثلًا: lotse</translation>
    </message>
    <message>
        <source>Encrypted connection (&amp;TLS) required</source>
        <translation>يلزم اتصال مشفّر (&amp;TLS)</translation>
    </message>
    <message>
        <source>Untick only for a server on this computer: otherwise the data would cross the network readable.</source>
        <translation>لا تُزل العلامة إلا لخادم على هذا الحاسوب: وإلا ستنتقل البيانات عبر الشبكة مقروءة.</translation>
    </message>
    <message>
        <source>Remember the password on this computer (in the system&apos;s credential store)</source>
        <translation>تذكّر كلمة المرور على هذا الحاسوب (في مخزن بيانات الاعتماد في النظام)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Password: enter the server password.</source>
        <translation>كلمة المرور: أدخل كلمة مرور الخادم.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session – {course}</source>
        <translation>جلسة جديدة – {course}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>وقت ال&amp;بدء:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <source>Repeat &amp;weekly until the course&apos;s last day</source>
        <translation>التكرار أ&amp;سبوعيًا حتى آخر يوم في الدورة</translation>
    </message>
    <message>
        <source>The course runs from {start} to {end}.</source>
        <translation>تستمر الدورة من {start} إلى {end}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>القوائم</translation>
    </message>
    <message>
        <source>Consents and partners</source>
        <translation>الموافقات والشركاء</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>حماية البيانات</translation>
    </message>
</context>
<context>
    <name>SixMonthDialog</name>
    <message>
        <source>Six months after exit – {project}</source>
        <translation>ستة أشهر بعد الخروج – {project}</translation>
    </message>
    <message>
        <source>Exit on {date}; follow-up due on {due}.</source>
        <translation>الخروج في {date}؛ المتابعة مستحقة في {due}.</translation>
    </message>
    <message>
        <source>&amp;Employed or self-employed:</source>
        <translation>&amp;يعمل أو يعمل لحسابه الخاص:</translation>
    </message>
    <message>
        <source>Situation on the labour market &amp;improved:</source>
        <translation>&amp;تحسّن الوضع في سوق العمل:</translation>
    </message>
    <message>
        <source>Whether the situation improved is only asked of people who were employed at entry.</source>
        <translation>لا يُسأل عن تحسّن الوضع إلا للأشخاص الذين كانوا يعملون عند الدخول.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>ماذا تريد أن تستورد؟</translation>
    </message>
    <message>
        <source>Lotse reads Excel (.xlsx, .xls), LibreOffice (.ods) and text files (.csv, Excel&apos;s Unicode text) separated by semicolons, commas or tabs.</source>
        <translation>يقرأ Lotse ملفات Excel (.xlsx، .xls) وLibreOffice (.ods) والملفات النصية (.csv، و«نص Unicode» من Excel) المفصولة بفاصلة منقوطة أو فاصلة أو علامة جدولة.</translation>
    </message>
    <message>
        <source>Participants (Teilnehmende)</source>
        <translation>المشاركون (Teilnehmende)</translation>
    </message>
    <message>
        <source>Consultations (Beratungen)</source>
        <translation>الاستشارات (Beratungen)</translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamtliche)</source>
        <translation>المتطوعون (Ehrenamtliche)</translation>
    </message>
    <message>
        <source>Volunteer hours (Ehrenamtsstunden)</source>
        <translation>ساعات التطوع (Ehrenamtsstunden)</translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation>اختر ملفًا …</translation>
    </message>
    <message>
        <source>B&amp;rowse …</source>
        <translation>ت&amp;صفّح …</translation>
    </message>
    <message>
        <source>Save an empty &amp;template …</source>
        <translation>حفظ &amp;قالب فارغ …</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>اختيار ورقة</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation>جداول البيانات (*.xlsx *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>حفظ القالب</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>{project}: %n question(s) not asked</source>
        <translation>
            <numerusform>{project}: %n سؤال لم يُطرح</numerusform>
            <numerusform>{project}: سؤال واحد لم يُطرح</numerusform>
            <numerusform>{project}: سؤالان لم يُطرحا</numerusform>
            <numerusform>{project}: %n أسئلة لم تُطرح</numerusform>
            <numerusform>{project}: %n سؤالًا لم يُطرح</numerusform>
            <numerusform>{project}: %n سؤال لم يُطرح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationDialog</name>
    <message>
        <source>Supported organisation</source>
        <translation>مؤسسة مدعومة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Supported on:</source>
        <translation>تاريخ ال&amp;دعم:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;موافق</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>تاريخ الدعم</translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationsTab</name>
    <message>
        <source>Public administrations and small and medium-sized enterprises the project supported. The ESF report counts them by the date of support.</source>
        <translation>الإدارات العامة والمؤسسات الصغيرة والمتوسطة التي دعمها المشروع. يحصيها تقرير ESF حسب تاريخ الدعم.</translation>
    </message>
    <message>
        <source>No organisations yet – add one with “Add organisation”.</source>
        <translation>لا توجد مؤسسات بعد – أضف مؤسسة عبر «إضافة مؤسسة».</translation>
    </message>
    <message>
        <source>Supported organisations</source>
        <translation>المؤسسات المدعومة</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>إ&amp;ضافة مؤسسة</translation>
    </message>
    <message>
        <source>Re&amp;move entry</source>
        <translation>إ&amp;زالة الإدخال</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>تاريخ الدعم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>إزالة الإدخال</translation>
    </message>
    <message>
        <source>Remove {name} from the register?</source>
        <translation>هل تريد إزالة {name} من السجل؟</translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <source>New tandem</source>
        <translation>ثنائي توجيه جديد</translation>
    </message>
    <message>
        <source>Case number or name</source>
        <translation>رقم الحالة أو الاسم</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>e.g. prepare for the driving test</source>
        <translation>مثلًا: الاستعداد لامتحان رخصة القيادة</translation>
    </message>
    <message>
        <source>Find partic&amp;ipant:</source>
        <translation>البحث عن م&amp;شارك:</translation>
    </message>
    <message>
        <source>Partici&amp;pant:</source>
        <translation>ال&amp;مشارك:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>الم&amp;رشد:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;البداية:</translation>
    </message>
    <message>
        <source>M&amp;eetings:</source>
        <translation>ال&amp;لقاءات:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>الأهداف:</translation>
    </message>
    <message>
        <source>Further &amp;goals:</source>
        <translation>أهداف &amp;أخرى:</translation>
    </message>
    <message>
        <source>{case} (born {year})</source>
        <translation>{case} (مواليد {year})</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>لا توجد حالة تطابق «{text}».</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation>يتحدث {languages}</translation>
    </message>
    <message>
        <source>same town</source>
        <translation>المدينة نفسها</translation>
    </message>
    <message>
        <source>Only active volunteers with a valid police clearance (and the club&apos;s training, where the club requires it) are offered; shared languages first, then the same town.</source>
        <translation>لا يُعرض إلا المتطوعون النشطون الذين لديهم شهادة حسن سيرة وسلوك سارية (وتدريب الجمعية حيث تشترطه الجمعية)؛ اللغات المشتركة أولًا، ثم المدينة نفسها.</translation>
    </message>
    <message>
        <source>No active volunteer has a valid police clearance (and the club&apos;s training, where the club requires it).</source>
        <translation>لا يوجد متطوع نشط لديه شهادة حسن سيرة وسلوك سارية (وتدريب الجمعية حيث تشترطه الجمعية).</translation>
    </message>
    <message>
        <source>Participant: find and choose a case.</source>
        <translation>المشارك: ابحث عن حالة واخترها.</translation>
    </message>
    <message>
        <source>Mentor: choose a volunteer.</source>
        <translation>المرشد: اختر متطوعًا.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
</context>
<context>
    <name>TandemStatusDialog</name>
    <message>
        <source>Agreed goals reached?</source>
        <translation>هل تحققت الأهداف المتفق عليها؟</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>تحققت</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>لم تتحقق</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;الحالة:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>تاريخ الا&amp;نتهاء:</translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation>&amp;سبب الانتهاء:</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
</context>
<context>
    <name>TandemTab</name>
    <message>
        <source>No mentoring tandem yet – match a mentor with “New tandem”.</source>
        <translation>لا يوجد ثنائي توجيه بعد – اربط مرشدًا عبر «ثنائي توجيه جديد».</translation>
    </message>
    <message>
        <source>No mentoring tandem. Volunteer coordinators match tandems in the Volunteering section.</source>
        <translation>لا يوجد ثنائي توجيه. يشكّل منسقو العمل التطوعي ثنائيات التوجيه في قسم «العمل التطوعي».</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>ثنائيات التوجيه</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>&amp;ثنائي توجيه جديد …</translation>
    </message>
</context>
<context>
    <name>TandemsModel</name>
    <message>
        <source>Mentor</source>
        <translation>المرشد</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>المسترشد</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>الساعات المقدَّمة</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} في {date}</translation>
    </message>
</context>
<context>
    <name>TandemsTab</name>
    <message>
        <source>No tandems yet – match a mentor with “New tandem”.</source>
        <translation>لا توجد ثنائيات توجيه بعد – اربط مرشدًا عبر «ثنائي توجيه جديد».</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>ثنائيات التوجيه</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>&amp;ثنائي توجيه جديد …</translation>
    </message>
    <message>
        <source>&amp;Agreement as PDF …</source>
        <translation>الا&amp;تفاقية بصيغة PDF …</translation>
    </message>
    <message>
        <source>Change &amp;status …</source>
        <translation>تغيير ال&amp;حالة …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>الم&amp;ستندات …</translation>
    </message>
    <message>
        <source>Choose a tandem in the list first.</source>
        <translation>اختر أولًا ثنائي توجيه من القائمة.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Documents of the tandem {mentor} – {mentee}</source>
        <translation>مستندات ثنائي التوجيه {mentor} – {mentee}</translation>
    </message>
    <message>
        <source>Tandem status</source>
        <translation>حالة ثنائي التوجيه</translation>
    </message>
    <message>
        <source>Tandem agreement</source>
        <translation>اتفاقية ثنائي التوجيه</translation>
    </message>
    <message>
        <source>Save tandem agreement – the file will not be encrypted</source>
        <translation>حفظ اتفاقية ثنائي التوجيه – لن يكون الملف مشفّرًا</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TimesheetDialog</name>
    <message>
        <source>Timesheets (Stundennachweise)</source>
        <translation>كشوف الساعات (Stundennachweise)</translation>
    </message>
    <message>
        <source>All volunteers with approved hours</source>
        <translation>كل المتطوعين الذين لديهم ساعات معتمدة</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>ال&amp;شهر:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>ا&amp;ختيار …</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>الم&amp;تطوع:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>الم&amp;جلد:</translation>
    </message>
    <message>
        <source>Folder for the timesheets – the files will not be encrypted</source>
        <translation>مجلد كشوف الساعات – لن تكون الملفات مشفّرة</translation>
    </message>
    <message>
        <source>Folder: choose where the timesheets are saved.</source>
        <translation>المجلد: اختر مكان حفظ كشوف الساعات.</translation>
    </message>
    <message>
        <source>Writing timesheets …</source>
        <translation>جارٍ كتابة كشوف الساعات …</translation>
    </message>
    <message>
        <source>No volunteer has approved hours in this period; nothing was written.</source>
        <translation>لا يوجد متطوع لديه ساعات معتمدة في هذه الفترة؛ لم يُكتب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n timesheet(s) saved in
{folder}</source>
        <translation>
            <numerusform>لم يُحفظ أي كشف ساعات في
{folder}</numerusform>
            <numerusform>حُفظ كشف ساعات واحد في
{folder}</numerusform>
            <numerusform>حُفظ كشفا ساعات في
{folder}</numerusform>
            <numerusform>حُفظت %n كشوف ساعات في
{folder}</numerusform>
            <numerusform>حُفظ %n كشفًا للساعات في
{folder}</numerusform>
            <numerusform>حُفظ %n كشف ساعات في
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lotse is locked</source>
        <translation>Lotse مقفل</translation>
    </message>
    <message>
        <source>Lotse was not used for a while and locked itself. Your unsaved input is kept. Enter the password of {name} to continue.</source>
        <translation>لم يُستخدم Lotse لفترة فأقفل نفسه. إدخالاتك غير المحفوظة باقية. أدخل كلمة مرور {name} للمتابعة.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>إ&amp;لغاء القفل</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User {name}</source>
        <translation>المستخدم {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Volunteer record:</source>
        <translation>سجل الم&amp;تطوع:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>تكرار كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>The new user chooses an own password at the first login.</source>
        <translation>يختار المستخدم الجديد كلمة مرور خاصة به عند أول تسجيل دخول.</translation>
    </message>
    <message>
        <source>Role: please choose what the person does in the club.</source>
        <translation>الدور: يُرجى اختيار ما يقوم به الشخص في الجمعية.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Volunteer record</source>
        <translation>سجل المتطوع</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>active, cannot log in until an administrator sets a new password</source>
        <translation>نشط، لا يمكنه تسجيل الدخول حتى يعيّن المسؤول كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>waiting after wrong passwords until {time}</source>
        <translation>بانتظار انتهاء القفل بعد كلمات مرور خاطئة حتى {time}</translation>
    </message>
    <message>
        <source>active, must change the password</source>
        <translation>نشط، يجب أن يغيّر كلمة المرور</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>تكرار كلمة المرور: كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>مستخدم &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Edit user</source>
        <translation>&amp;تعديل المستخدم</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>إعادة تعيين &amp;كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Deactivate / reactivate</source>
        <translation>تعطيل / &amp;إعادة تفعيل</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>إ&amp;لغاء القفل</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>اختر أولًا مستخدمًا من القائمة.</translation>
    </message>
    <message>
        <source>The user was added and chooses an own password at first login.</source>
        <translation>أُضيف المستخدم، وسيختار كلمة مرور خاصة به عند أول تسجيل دخول.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the user&apos;s next action.</source>
        <translation>تم الحفظ. تسري التغييرات من الإجراء التالي للمستخدم.</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next login.</source>
        <translation>يجب على {name} اختيار كلمة مرور جديدة عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>{name} is deactivated and stopped at the next action. Reactivating the account needs a new password.</source>
        <translation>عُطّل {name} وسيُوقف عند إجرائه التالي. إعادة تفعيل الحساب تتطلب كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>يمكن لـ {name} تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>{name} is active again but cannot log in until a new password is set: choose “Reset password”.</source>
        <translation>{name} نشط مجددًا لكنه لا يستطيع تسجيل الدخول حتى تُعيَّن كلمة مرور جديدة: اختر «إعادة تعيين كلمة المرور».</translation>
    </message>
    <message>
        <source>{name} can log in again now.</source>
        <translation>يمكن لـ {name} تسجيل الدخول مجددًا الآن.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Edit volunteer {number}</source>
        <translation>تعديل المتطوع {number}</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>متطوع جديد</translation>
    </message>
    <message>
        <source>e.g. Deutsch; Arabisch</source>
        <translation>مثلًا: Deutsch; Arabisch</translation>
    </message>
    <message>
        <source>no relevant entry</source>
        <translation>لا يوجد قيد ذو صلة</translation>
    </message>
    <message>
        <source>relevant entry</source>
        <translation>يوجد قيد ذو صلة</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>الاسم الأ&amp;ول *:</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>اسم ال&amp;عائلة *:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>الم&amp;دينة:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>الم&amp;نطقة:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;اللغات:</translation>
    </message>
    <message>
        <source>S&amp;kills and profession:</source>
        <translation>ال&amp;مهارات والمهنة:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>ال&amp;توفّر:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>تا&amp;ريخ الانضمام:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Left o&amp;n:</source>
        <translation>تاريخ الم&amp;غادرة:</translation>
    </message>
    <message>
        <source>Police &amp;clearance seen on:</source>
        <translation>تاريخ الاطلاع على &amp;شهادة حسن السيرة والسلوك:</translation>
    </message>
    <message>
        <source>Issue date of t&amp;he certificate:</source>
        <translation>تاريخ إ&amp;صدار الشهادة:</translation>
    </message>
    <message>
        <source>Rele&amp;vant entry (§ 72a SGB VIII):</source>
        <translation>قيد &amp;ذو صلة (المادة 72a من SGB VIII):</translation>
    </message>
    <message>
        <source>&amp;Training on:</source>
        <translation>تار&amp;يخ التدريب:</translation>
    </message>
    <message>
        <source>Agreement si&amp;gned on:</source>
        <translation>تاري&amp;خ توقيع الاتفاقية:</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>تاريخ الاطلاع على شهادة حسن السيرة والسلوك</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>تاريخ إصدار الشهادة</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>تاريخ التدريب</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>تاريخ توقيع الاتفاقية</translation>
    </message>
</context>
<context>
    <name>VolunteerStartPage</name>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>إ&amp;دخال ساعاتي …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>أ&amp;سبوعي …</translation>
    </message>
    <message>
        <source>My tandems</source>
        <translation>ثنائيات التوجيه الخاصة بي</translation>
    </message>
    <message>
        <source>Police clearance and training</source>
        <translation>شهادة حسن السيرة والسلوك والتدريب</translation>
    </message>
    <message>
        <source>Your login is not yet linked to your volunteer record, so Lotse cannot show your hours. Please ask your administrator to link it (Settings → User accounts).</source>
        <translation>حساب دخولك غير مرتبط بعد بسجلك كمتطوع، لذا لا يستطيع Lotse عرض ساعاتك. يُرجى أن تطلب من المسؤول ربطه (الإعدادات ← حسابات المستخدمين).</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>مرحبًا، {name}</translation>
    </message>
    <message>
        <source>hours this month</source>
        <translation>ساعات هذا الشهر</translation>
    </message>
    <message>
        <source>hours waiting for approval</source>
        <translation>ساعات بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>approved hours this year</source>
        <translation>ساعات معتمدة هذا العام</translation>
    </message>
    <message>
        <source>You have no active tandem at the moment.</source>
        <translation>ليس لديك حاليًا ثنائي توجيه نشط.</translation>
    </message>
    <message>
        <source>last met on {date}</source>
        <translation>آخر لقاء في {date}</translation>
    </message>
    <message>
        <source>no meeting recorded yet</source>
        <translation>لم يُسجَّل أي لقاء بعد</translation>
    </message>
    <message>
        <source>next meeting due by {date}</source>
        <translation>اللقاء التالي مستحق حتى {date}</translation>
    </message>
    <message>
        <source>No police clearance has been seen yet. Please bring it to your coordinator.</source>
        <translation>لم يُطَّلع بعد على أي شهادة حسن سيرة وسلوك. يُرجى إحضارها إلى المنسق.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}; a new one was due on {due}. Please bring a current one.</source>
        <translation>اطُّلع على شهادة حسن السيرة والسلوك في {seen}؛ وكانت شهادة جديدة مستحقة في {due}. يُرجى إحضار شهادة حديثة.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}, valid until {due}.</source>
        <translation>اطُّلع على شهادة حسن السيرة والسلوك في {seen}، وهي سارية حتى {due}.</translation>
    </message>
    <message>
        <source>Training attended on {date}.</source>
        <translation>حضر التدريب في {date}.</translation>
    </message>
    <message>
        <source>No training recorded yet; your coordinator will tell you the dates.</source>
        <translation>لم يُسجَّل أي تدريب بعد؛ سيخبرك المنسق بالمواعيد.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteering</source>
        <translation>العمل التطوعي</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>ثنائيات التوجيه</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>تعويضات الجهد</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>ساعاتي</translation>
    </message>
    <message numerus="yes">
        <source>Hours to approve (%n)</source>
        <translation>
            <numerusform>ساعات بانتظار الاعتماد (%n)</numerusform>
            <numerusform>ساعات بانتظار الاعتماد (%n)</numerusform>
            <numerusform>ساعات بانتظار الاعتماد (%n)</numerusform>
            <numerusform>ساعات بانتظار الاعتماد (%n)</numerusform>
            <numerusform>ساعات بانتظار الاعتماد (%n)</numerusform>
            <numerusform>ساعات بانتظار الاعتماد (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Hours for a week</source>
        <translation>ساعات أسبوع</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>الم&amp;تطوع:</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>الأسبوع:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>الن&amp;شاط:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>ال&amp;مشروع:</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>الأسبوع {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>Hours on {day}</source>
        <translation>الساعات في {day}</translation>
    </message>
    <message>
        <source>{hours} h recorded</source>
        <translation>سُجّلت {hours} ساعة</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Mon</source>
        <translation>إثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>أربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>خميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>جمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>سبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>أحد</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Lotse</source>
        <translation>مرحبًا بك في Lotse</translation>
    </message>
    <message>
        <source>A few short steps and your club can start working.</source>
        <translation>بضع خطوات قصيرة، وتستطيع جمعيتك البدء بالعمل.</translation>
    </message>
    <message>
        <source>Lotse keeps your case files, consultation notes, volunteers and funder statistics in one file on this computer. No internet connection is needed and no data leaves the computer.

Next you choose where the data is kept and enter your organisation, the first administrator account and your first funded project. Everything can be changed later.</source>
        <translation>يحفظ Lotse ملفات الحالات وملاحظات الاستشارات والمتطوعين وإحصاءات الجهات المموّلة في ملف واحد على هذا الحاسوب. لا حاجة إلى اتصال بالإنترنت، ولا تغادر أي بيانات الحاسوب.

بعد ذلك تختار مكان حفظ البيانات وتُدخل بيانات منظمتك وأول حساب مسؤول وأول مشروع ممول لديك. يمكن تغيير كل شيء لاحقًا.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language / Sprache:</source>
        <translation>ال&amp;لغة / Language:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>“{what}”, given on {date}. From the day of the withdrawal on, the processing it covered stops (a partner&apos;s export leaves the person out).</source>
        <translation>«{what}»، مُنحت في {date}. اعتبارًا من يوم السحب تتوقف المعالجة التي كانت تشملها (ويُستثنى الشخص من التصدير الخاص بالشريك).</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>تاريخ ال&amp;سحب:</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
</context>
</TS>
