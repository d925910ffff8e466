<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lotse</source>
        <translation>Про Lotse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Case files, consultations, volunteers and funder statistics for small migrant organisations and volunteer clubs – offline, in one file.&lt;/p&gt;&lt;p&gt;Database: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse is free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. It uses the packages listed under “Third-party licences”, each under its own licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Справи, консультації, волонтери та статистика для грантодавців для невеликих організацій мігрантів і волонтерських об’єднань – офлайн, в одному файлі.&lt;/p&gt;&lt;p&gt;База даних: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse – вільне програмне забезпечення за ліцензією GNU General Public License версії 3 або пізнішої. Воно надається БЕЗ БУДЬ-ЯКИХ ГАРАНТІЙ. Lotse використовує пакети, перелічені в розділі «Ліцензії третіх сторін», кожен за власною ліцензією.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation: GNU General Public License, version 3 or later.</source>
        <translation>У цій інсталяції немає тексту ліцензії: GNU General Public License версії 3 або пізнішої.</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Ліцензія</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Ліцензії &amp;третіх сторін</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add document</source>
        <translation>Додати документ</translation>
    </message>
    <message>
        <source>the scanned or saved file</source>
        <translation>відсканований або збережений файл</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>Ви&amp;брати …</translation>
    </message>
    <message>
        <source>e.g. ESF entry questionnaire, signed</source>
        <translation>напр., анкета ESF при вступі, підписана</translation>
    </message>
    <message>
        <source>Up to {size} MB. The file is kept encrypted in the database; the original stays where it is (delete it there if it should not remain on this computer). Do not keep copies of police clearance certificates: only their facts may be recorded (§ 72a SGB VIII).</source>
        <translation>До {size} МБ. Файл зберігається в базі даних у зашифрованому вигляді; оригінал залишається на своєму місці (видаліть його там, якщо він не повинен залишатися на цьому комп’ютері). Не зберігайте копій довідок про несудимість: дозволено фіксувати лише відомості про них (§ 72a SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Date of the document:</source>
        <translation>&amp;Дата документа:</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Виберіть документ</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;All files (*)</source>
        <translation>Документи (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Дата документа</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation>Обліковий запис адміністратора</translation>
    </message>
    <message>
        <source>The administrator manages users, projects and settings. Choose a password of at least eight characters.</source>
        <translation>Адміністратор керує користувачами, проєктами та налаштуваннями. Виберіть пароль щонайменше з восьми символів.</translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation>напр., Amira Haddad</translation>
    </message>
    <message>
        <source>e.g. amira</source>
        <translation>напр., amira</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Повне &amp;ім’я:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ім’я &amp;користувача:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>П&amp;овторіть пароль:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім’я</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Повторіть пароль: паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>AllowanceSummary</name>
    <message>
        <source>Allowances {year}</source>
        <translation>Компенсації витрат {year}</translation>
    </message>
    <message>
        <source>Record &amp;declaration of other clubs …</source>
        <translation>З&amp;афіксувати заяву про інші об’єднання …</translation>
    </message>
</context>
<context>
    <name>Allowances</name>
    <message>
        <source>{kind}: {received} received; no tax-free cap.</source>
        <translation>{kind}: отримано {received}; без неоподатковуваного ліміту.</translation>
    </message>
    <message>
        <source>{kind} {year}: {received} received (of it {other} declared from other clubs), tax-free cap {cap}.</source>
        <translation>{kind} {year}: отримано {received} (з них {other} згідно із заявою від інших об’єднань), неоподатковуваний ліміт {cap}.</translation>
    </message>
    <message>
        <source>{taxable} above the cap are taxable income of the volunteer.</source>
        <translation>{taxable} понад ліміт – оподатковуваний дохід волонтера(-ки).</translation>
    </message>
    <message>
        <source>{room} can still be paid tax-free.</source>
        <translation>Ще можна виплатити без податку: {room}.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <source>Paid on</source>
        <translation>Дата виплати</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтер(ка)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>Отримано за рік</translation>
    </message>
    <message>
        <source>Tax-free cap</source>
        <translation>Неоподатковуваний ліміт</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Оподатковується</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>Оплачена робота</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>без ліміту</translation>
    </message>
</context>
<context>
    <name>AllowancesTab</name>
    <message>
        <source>Year </source>
        <translation>Рік </translation>
    </message>
    <message>
        <source>Record &amp;payment …</source>
        <translation>Зафіксувати &amp;виплату …</translation>
    </message>
    <message>
        <source>&amp;Declaration of other clubs …</source>
        <translation>&amp;Заява про інші об’єднання …</translation>
    </message>
    <message>
        <source>No payments yet – record one with “Record payment”.</source>
        <translation>Виплат ще немає – додайте через «Зафіксувати виплату».</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Компенсації витрат</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment – {whom}</source>
        <translation>Зустріч – {whom}</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Нова зустріч</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>e.g. 2026-0042; empty: no case file</source>
        <translation>напр., 2026-0042; порожньо: без справи</translation>
    </message>
    <message>
        <source>office hours, or whom it is for</source>
        <translation>консультаційні години або для кого</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Консультант(ка):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Час:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Т&amp;ривалість:</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>Справа:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Номер справи:</translation>
    </message>
    <message>
        <source>&amp;Name (no case file):</source>
        <translation>&amp;Ім’я (без справи):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>Зафіксувати як к&amp;онсультацію</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>&amp;Лист …</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Видалити зустріч</translation>
    </message>
    <message>
        <source>Delete the appointment on {date} at {time}?</source>
        <translation>Видалити зустріч {date} о {time}?</translation>
    </message>
</context>
<context>
    <name>AppointmentList</name>
    <message>
        <source>My appointments today and tomorrow</source>
        <translation>Мої зустрічі сьогодні й завтра</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Зустрічей немає.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Open slot</source>
        <translation>Вільний час</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>Зафіксувати як консультацію</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Усі консультанти</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант(ка)</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Консультант(ка):</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Попередній тиждень</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Цей тиждень</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>&amp;Наступний тиждень</translation>
    </message>
    <message>
        <source>&amp;New appointment …</source>
        <translation>Нова &amp;зустріч …</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>No appointments on this day – double-click a free time in the week to book one.</source>
        <translation>Цього дня зустрічей немає – двічі клацніть вільний час у тижні, щоб призначити зустріч.</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Зустрічі дня</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>Зафіксувати як к&amp;онсультацію</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>&amp;Лист …</translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation>Відкрити с&amp;праву</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Тиждень з {first} по {last}</translation>
    </message>
    <message>
        <source>Appointments on {day}</source>
        <translation>Зустрічі {day}</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>Зафіксувати як консультацію</translation>
    </message>
    <message>
        <source>Choose an appointment in the day&apos;s list first.</source>
        <translation>Спершу виберіть зустріч у списку дня.</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Волонтер(ка)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Діяльність</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>No hours are waiting for approval.</source>
        <translation>Немає годин, що очікують підтвердження.</translation>
    </message>
    <message>
        <source>Hours to approve</source>
        <translation>Години до підтвердження</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>&amp;Підтвердити вибрані</translation>
    </message>
    <message>
        <source>&amp;Reject selected</source>
        <translation>&amp;Відхилити вибрані</translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>Присутність</translation>
    </message>
    <message>
        <source>— not ticked —</source>
        <translation>— не позначено —</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Hours attended</source>
        <translation>Відвідані години</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>{date}, {time}, {hours} h</source>
        <translation>{date}, {time}, {hours} год</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>не позначено</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>case file</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультація</translation>
    </message>
    <message>
        <source>project participation</source>
        <translation>участь у проєкті</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>згода</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>нагадування</translation>
    </message>
    <message>
        <source>recognition procedure</source>
        <translation>процедура визнання</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>працевлаштування</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>обліковий запис</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>волонтер(ка)</translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation>волонтерські години</translation>
    </message>
    <message>
        <source>tandem</source>
        <translation>тандем</translation>
    </message>
    <message>
        <source>allowance payment</source>
        <translation>виплата компенсації</translation>
    </message>
    <message>
        <source>allowance declaration</source>
        <translation>заява про компенсації</translation>
    </message>
    <message>
        <source>timesheet</source>
        <translation>табель годин</translation>
    </message>
    <message>
        <source>event</source>
        <translation>захід</translation>
    </message>
    <message>
        <source>course</source>
        <translation>курс</translation>
    </message>
    <message>
        <source>course participation</source>
        <translation>участь у курсі</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>зустріч</translation>
    </message>
    <message>
        <source>project</source>
        <translation>проєкт</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>причина виходу</translation>
    </message>
    <message>
        <source>supported organisation</source>
        <translation>підтримувана установа</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>налаштування</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема консультації</translation>
    </message>
    <message>
        <source>referral service</source>
        <translation>служба перенаправлення</translation>
    </message>
    <message>
        <source>partner organisation</source>
        <translation>партнерська організація</translation>
    </message>
    <message>
        <source>club languages</source>
        <translation>мови об’єднання</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база даних</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>журнал аудиту</translation>
    </message>
    <message>
        <source>report</source>
        <translation>звіт</translation>
    </message>
    <message>
        <source>participants sheet</source>
        <translation>таблиця учасників</translation>
    </message>
    <message>
        <source>consultations sheet</source>
        <translation>таблиця консультацій</translation>
    </message>
    <message>
        <source>volunteers sheet</source>
        <translation>таблиця волонтерів</translation>
    </message>
    <message>
        <source>hours sheet</source>
        <translation>таблиця волонтерських годин</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>вхід виконано</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>невдала спроба входу</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>вихід виконано</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>експортовано</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>демодані</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>налаштовано</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>переглянуто</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервна копія</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>відновлення</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Час (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач(ка)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До дати</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>усі користувачі</translation>
    </message>
    <message>
        <source>e.g. 2026-0042</source>
        <translation>напр., 2026-0042</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>усі дії</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач(ка):</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Номер справи:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Дія:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Пока&amp;зати</translation>
    </message>
    <message>
        <source>&amp;Export …</source>
        <translation>&amp;Експортувати …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} із {total} записів</translation>
    </message>
    <message>
        <source>{total} events</source>
        <translation>Записів: {total}</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Експортувати журнал аудиту</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} events were written to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Записів збережено у {path}: {count}. Файл не зашифровано: зберігайте його в безпечному місці й видаліть, коли він більше не потрібен.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Create &amp;backup …</source>
        <translation>Створити &amp;резервну копію …</translation>
    </message>
    <message>
        <source>&amp;Restore backup …</source>
        <translation>&amp;Відновити з резервної копії …</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Створити резервну копію</translation>
    </message>
    <message>
        <source>Lotse backup (*.lotsebackup)</source>
        <translation>Резервна копія Lotse (*.lotsebackup)</translation>
    </message>
    <message>
        <source>Creating and verifying the backup …</source>
        <translation>Створення та перевірка резервної копії …</translation>
    </message>
    <message>
        <source>The backup was written and verified:
{path}

It is encrypted: a password of this database or the recovery key opens it. Keep a copy outside this computer (USB stick, network drive).</source>
        <translation>Резервну копію збережено й перевірено:
{path}

Вона зашифрована: її відкриває пароль цієї бази даних або ключ відновлення. Зберігайте копію поза цим комп’ютером (USB-накопичувач, мережевий диск).</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Відновити з резервної копії</translation>
    </message>
    <message>
        <source>Replace the current database with the backup {name}? Everything entered since the backup was made is replaced; the current database is kept as a backup in the folder backups.</source>
        <translation>Замінити поточну базу даних резервною копією {name}? Усе, що було введено після створення копії, буде замінено; поточна база даних зберігається як резервна копія в папці backups.</translation>
    </message>
    <message>
        <source>Your password (it opens backups made under other keys):</source>
        <translation>Ваш пароль (він відкриває резервні копії, створені з іншими ключами):</translation>
    </message>
    <message>
        <source>Verifying and restoring the backup …</source>
        <translation>Перевірка та відновлення резервної копії …</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept in
{path}

Please log in again.</source>
        <translation>Резервну копію відновлено. Попередню базу даних збережено в
{path}

Увійдіть знову.</translation>
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
        <translation>Інший процес саме зараз записує дані в базу даних (імпорт, резервне копіювання або інший екземпляр Lotse). Поки що нічого не змінено.

Зачекати ще раз?</translation>
    </message>
</context>
<context>
    <name>CaseCoursesModel</name>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Відвідані заняття</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Відвідані години</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Довідку видано</translation>
    </message>
    <message>
        <source>{attended} of {total}</source>
        <translation>{attended} із {total}</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагувати</translation>
    </message>
    <message>
        <source>New c&amp;onsultation</source>
        <translation>Нова к&amp;онсультація</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Close c&amp;ase</source>
        <translation>З&amp;акрити справу</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Відкрити з&amp;нову</translation>
    </message>
    <message>
        <source>&amp;Merge …</source>
        <translation>&amp;Об’єднати …</translation>
    </message>
    <message>
        <source>Merge a second case file of the same person</source>
        <translation>Приєднати другу справу тієї самої особи</translation>
    </message>
    <message>
        <source>Make a&amp;ppointment …</source>
        <translation>Призначити з&amp;устріч …</translation>
    </message>
    <message>
        <source>Book an appointment with this person (and print the letter)</source>
        <translation>Призначити зустріч із цією особою (і надрукувати лист)</translation>
    </message>
    <message>
        <source>Right of access (Art. &amp;15) …</source>
        <translation>Право на доступ (ст. &amp;15) …</translation>
    </message>
    <message>
        <source>Everything Lotse holds about this person, as PDF and JSON (Art. 15 GDPR)</source>
        <translation>Усе, що Lotse зберігає про цю особу, у форматі PDF і JSON (ст. 15 GDPR)</translation>
    </message>
    <message>
        <source>De&amp;lete …</source>
        <translation>В&amp;идалити …</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data on request (Art. 17 GDPR)</source>
        <translation>Видалити дані особи на її вимогу (ст. 17 GDPR)</translation>
    </message>
    <message>
        <source>&amp;More actions</source>
        <translation>&amp;Інші дії</translation>
    </message>
    <message>
        <source>Notice handed over &amp;today</source>
        <translation>Інформацію передано &amp;сьогодні</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Визнання</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Працевлаштування</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Згоди</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Тандем</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курси</translation>
    </message>
    <message>
        <source>Case {case} – {name}</source>
        <translation>Справа {case} – {name}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>Вік: {age}</translation>
    </message>
    <message>
        <source>Advisor: {name}</source>
        <translation>Консультант(ка): {name}</translation>
    </message>
    <message>
        <source>The Art. 13 GDPR information notice has not been recorded as handed over.</source>
        <translation>Передачу інформації згідно зі ст. 13 GDPR ще не зафіксовано.</translation>
    </message>
    <message>
        <source>Consultation – {name} ({case})</source>
        <translation>Консультація – {name} ({case})</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Редагувати консультацію</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Працевлаштування</translation>
    </message>
    <message>
        <source>The person took up work. Record the placement now (employer, sector, start, contract)?</source>
        <translation>Особа почала працювати. Зафіксувати працевлаштування зараз (роботодавець, галузь, початок, вид договору)?</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Відкрити справу знову</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>Чому справу відкривають знову?</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Видалити справу</translation>
    </message>
    <message>
        <source>Folder for the access files – they are not encrypted</source>
        <translation>Папка для файлів доступу – їх не зашифровано</translation>
    </message>
    <message>
        <source>Collecting everything about the person …</source>
        <translation>Збирання всіх даних про особу …</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Право на доступ</translation>
    </message>
    <message>
        <source>Written: {files}. The files are not encrypted: hand them to the person and delete them afterwards.</source>
        <translation>Збережено: {files}. Файли не зашифровано: передайте їх особі, а потім видаліть.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Edit case {case}</source>
        <translation>Редагувати справу {case}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>empty when living in Germany</source>
        <translation>порожньо, якщо проживає в Німеччині</translation>
    </message>
    <message>
        <source>e.g. Syrien; Deutschland or SY; DE</source>
        <translation>напр., Syrien; Deutschland або SY; DE</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Kurdisch or ar; ku</source>
        <translation>напр., Arabisch; Kurdisch або ar; ku</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>Країна здобуття шкільної освіти</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>Країна здобуття професійної кваліфікації</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Ім’я *</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>&amp;Прізвище *</translation>
    </message>
    <message>
        <source>&amp;Gender *</source>
        <translation>Ст&amp;ать *</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Дата &amp;народження</translation>
    </message>
    <message>
        <source>Stree&amp;t</source>
        <translation>&amp;Вулиця</translation>
    </message>
    <message>
        <source>Post&amp;code / city</source>
        <translation>Поштовий індекс / &amp;місто</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Е&amp;л. пошта</translation>
    </message>
    <message>
        <source>Living abroa&amp;d in</source>
        <translation>Проживає за кордоном &amp;у</translation>
    </message>
    <message>
        <source>Background and qualifications</source>
        <translation>Походження та кваліфікації</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>&amp;Громадянство:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>М&amp;ови:</translation>
    </message>
    <message>
        <source>Country of b&amp;irth:</source>
        <translation>Країна на&amp;родження:</translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation>&amp;Статус перебування:</translation>
    </message>
    <message>
        <source>&amp;Year of arrival:</source>
        <translation>Рік в’&amp;їзду:</translation>
    </message>
    <message>
        <source>Sc&amp;hool qualification:</source>
        <translation>&amp;Шкільна освіта:</translation>
    </message>
    <message>
        <source>&amp;Vocational qualification:</source>
        <translation>Про&amp;фесійна кваліфікація:</translation>
    </message>
    <message>
        <source>Reference &amp;occupation:</source>
        <translation>Р&amp;еферентна професія:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>Регульована професія:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>Стан визнання:</translation>
    </message>
    <message>
        <source>&amp;Knowledge of German:</source>
        <translation>Знання німе&amp;цької:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>Як дізналися про нас:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Консультант(ка):</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>country obtained</source>
        <translation>країна здобуття</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Possibly already recorded: {cases}. Please check before saving.</source>
        <translation>Можливо, вже зафіксовано: {cases}. Перевірте перед збереженням.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>№ справи</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант(ка)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Наступне нагадування</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Search name, case number or phone (Ctrl+F)</source>
        <translation>Пошук за ім’ям, номером справи або телефоном (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Пошук справ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Усі проєкти</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Усі консультанти</translation>
    </message>
    <message>
        <source>ESF data incomplete</source>
        <translation>Дані ESF неповні</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Нова справа</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n справа</numerusform>
            <numerusform>%n справи</numerusform>
            <numerusform>%n справ</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>Жодна справа не відповідає пошуку та фільтрам.</translation>
    </message>
    <message>
        <source>No cases yet – add one with “New case” or import a sheet (File → Import spreadsheet).</source>
        <translation>Справ ще немає – створіть через «Нова справа» або імпортуйте таблицю (Файл → Імпортувати таблицю).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Змінити пароль</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Please choose your own password now.</source>
        <translation>Адміністратор установив для вас тимчасовий пароль. Виберіть зараз власний пароль.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Поточний пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>П&amp;овторіть новий пароль:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Lotse reads the whole file and changes nothing yet.</source>
        <translation>Lotse читає весь файл і поки що нічого не змінює.</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Копіювати список</translation>
    </message>
    <message>
        <source>&amp;Save list …</source>
        <translation>&amp;Зберегти список …</translation>
    </message>
    <message>
        <source>Checking the file …</source>
        <translation>Перевірка файлу …</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>Перевірку скасовано. Нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported. Correct the file and start again.</source>
        <translation>
            <numerusform>У файлі %n проблема. Нічого не імпортовано. Виправте файл і почніть знову.</numerusform>
            <numerusform>У файлі %n проблеми. Нічого не імпортовано. Виправте файл і почніть знову.</numerusform>
            <numerusform>У файлі %n проблем. Нічого не імпортовано. Виправте файл і почніть знову.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is in order. The import will create {created}, update {updated} and leave {unchanged} unchanged.</source>
        <translation>Усе гаразд. Імпорт створить {created}, оновить {updated} і залишить без змін {unchanged}.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>Пропущені стовпці: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of ESF projects have entry questions left empty. They are imported as not yet asked and listed as missing until answered.</source>
        <translation>
            <numerusform>%n рядок проєктів ESF має незаповнені питання при вступі. Їх буде імпортовано як «ще не запитано» й показано як відсутні, доки на них не буде відповіді.</numerusform>
            <numerusform>%n рядки проєктів ESF мають незаповнені питання при вступі. Їх буде імпортовано як «ще не запитано» й показано як відсутні, доки на них не буде відповіді.</numerusform>
            <numerusform>%n рядків проєктів ESF мають незаповнені питання при вступі. Їх буде імпортовано як «ще не запитано» й показано як відсутні, доки на них не буде відповіді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lotse corrected %n cell(s) in an obvious way; the list below shows how.</source>
        <translation>
            <numerusform>Lotse виправив %n клітинку в очевидний спосіб; список нижче показує, як саме.</numerusform>
            <numerusform>Lotse виправив %n клітинки в очевидний спосіб; список нижче показує, як саме.</numerusform>
            <numerusform>Lotse виправив %n клітинок в очевидний спосіб; список нижче показує, як саме.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Виправлено</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Зберегти список</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Закрити справу</translation>
    </message>
    <message>
        <source>Closing &amp;date:</source>
        <translation>&amp;Дата закриття:</translation>
    </message>
    <message>
        <source>Exit from {project}</source>
        <translation>Вихід із {project}</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation>З&amp;акрити справу</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Дата закриття</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>{field}
    saved now: {saved}
    yours: {yours}</source>
        <translation>{field}
    збережено зараз: {saved}
    ваше: {yours}</translation>
    </message>
    <message>
        <source>Changed in the meantime</source>
        <translation>Змінено тим часом</translation>
    </message>
    <message>
        <source>&amp;Save mine</source>
        <translation>&amp;Зберегти моє</translation>
    </message>
    <message>
        <source>&amp;Keep the saved version</source>
        <translation>За&amp;лишити збережену версію</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Назад до форми</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>передача контактних даних {partner}</translation>
    </message>
</context>
<context>
    <name>ConsentsPartnersTab</name>
    <message>
        <source>Consents asked at first contact</source>
        <translation>Згоди, які запитують під час першого контакту</translation>
    </message>
    <message>
        <source>A consent to pass contact data is asked for each active partner below. The texts of the forms are in the notice templates (see the manual).</source>
        <translation>Згоду на передачу контактних даних запитують для кожного активного партнера нижче. Тексти формулярів містяться в шаблонах (див. посібник).</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Партнерські організації</translation>
    </message>
    <message>
        <source>No partners yet – add one with “New partner”.</source>
        <translation>Партнерів ще немає – додайте через «Новий партнер».</translation>
    </message>
    <message>
        <source>New &amp;partner …</source>
        <translation>Новий &amp;партнер …</translation>
    </message>
    <message>
        <source>Edit p&amp;artner …</source>
        <translation>Редагувати п&amp;артнера …</translation>
    </message>
    <message>
        <source>E&amp;xport contact data …</source>
        <translation>Е&amp;кспортувати контактні дані …</translation>
    </message>
    <message>
        <source>The people who consented to passing their contact data to this partner</source>
        <translation>Особи, які погодилися на передачу своїх контактних даних цьому партнеру</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Захист даних</translation>
    </message>
    <message>
        <source>Choose a partner in the list.</source>
        <translation>Виберіть партнера в списку.</translation>
    </message>
    <message>
        <source>Contact data for {partner} – not encrypted</source>
        <translation>Контактні дані для {partner} – не зашифровано</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Експорт …</translation>
    </message>
    <message>
        <source>Written to {path}. Only people whose consent for this partner is recorded and not withdrawn are in it. The file is not encrypted: send it safely and delete it afterwards.</source>
        <translation>Збережено в {path}. Файл містить лише осіб, чию згоду для цього партнера зафіксовано й не відкликано. Файл не зашифровано: передайте його безпечно, а потім видаліть.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>No consent and no information notice recorded yet – choose the kind below and “Record”.</source>
        <translation>Ще не зафіксовано жодної згоди та жодного інформування – виберіть вид нижче й натисніть «Зафіксувати».</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Згоди</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>Вид згоди</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>передача контактних даних {partner}</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Як надано</translation>
    </message>
    <message>
        <source>— how given —</source>
        <translation>— як надано —</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Зафіксувати</translation>
    </message>
    <message>
        <source>&amp;Withdraw …</source>
        <translation>&amp;Відкликати …</translation>
    </message>
    <message>
        <source>Print &amp;notice …</source>
        <translation>&amp;Надрукувати інформацію …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>Надрукувати &amp;форму згоди …</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Відкликати згоду</translation>
    </message>
    <message>
        <source>Choose a consent in the list first.</source>
        <translation>Спершу виберіть згоду в списку.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Потрібен перек&amp;ладач</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Перенаправлено до</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, next steps</source>
        <translation>Що обговорили, про що домовилися, наступні кроки</translation>
    </message>
    <message>
        <source>Set a &amp;follow-up on</source>
        <translation>&amp;Нагадування на</translation>
    </message>
    <message>
        <source>Follow-up subject</source>
        <translation>Тема нагадування</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Нагадування на</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>що зробити</translation>
    </message>
    <message>
        <source>at</source>
        <translation>о</translation>
    </message>
    <message>
        <source>for</source>
        <translation>тривалість</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Теми:</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;Перенаправлено до:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Про&amp;єкт:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Пр&amp;имітка:</translation>
    </message>
    <message>
        <source>Anonymous short contact: counts in the counselling statistics, not in ESF. Do not write names into the note.</source>
        <translation>Анонімний короткий контакт: враховується в статистиці консультацій, але не в ESF. Не пишіть імен у примітці.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Return)</source>
        <translation>&amp;Зберегти (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Correct consultation – {title}</source>
        <translation>Виправити консультацію – {title}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант(ка)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>{language} (interpreter)</source>
        <translation>{language} (перекладач)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Follow-up from the consultation on {date}</source>
        <translation>Нагадування з консультації {date}</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До дати</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Усі консультанти</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Усі теми</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Усі форми</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Усі мови</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>Лише анонімні</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>&amp;Анонімний короткий контакт</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>No consultations in this period. Open a case and write one with “New consultation”.</source>
        <translation>За цей період консультацій немає. Відкрийте справу й додайте консультацію через «Нова консультація».</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n консультація</numerusform>
            <numerusform>%n консультації</numerusform>
            <numerusform>%n консультацій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <source>New consultation …</source>
        <translation>Нова консультація …</translation>
    </message>
    <message>
        <source>Coming appointments</source>
        <translation>Майбутні зустрічі</translation>
    </message>
    <message>
        <source>No appointments planned – book one with “Make appointment”.</source>
        <translation>Зустрічей не заплановано – призначте через «Призначити зустріч».</translation>
    </message>
    <message>
        <source>Make appointment …</source>
        <translation>Призначити зустріч …</translation>
    </message>
    <message>
        <source>Record appointment as consultation</source>
        <translation>Зафіксувати зустріч як консультацію</translation>
    </message>
    <message>
        <source>No consultations yet – write the first with “New consultation”.</source>
        <translation>Консультацій ще немає – додайте першу через «Нова консультація».</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} хв</translation>
    </message>
    <message>
        <source>{language}, with interpreter</source>
        <translation>{language}, з перекладачем</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Теми:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редагувати</translation>
    </message>
    <message>
        <source>Delete …</source>
        <translation>Видалити …</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>Видалити консультацію</translation>
    </message>
    <message>
        <source>The consultation and its note are deleted for good. Why is it deleted (e.g. entered in the wrong case)?</source>
        <translation>Консультацію та її примітку буде остаточно видалено. Чому її видаляють (напр., внесено не в ту справу)?</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Редагувати курс</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Новий курс</translation>
    </message>
    <message>
        <source>e.g. German B1 evening course</source>
        <translation>напр., вечірній курс німецької B1</translation>
    </message>
    <message>
        <source>who runs it, e.g. our club or a language school</source>
        <translation>хто проводить, напр., наше об’єднання або мовна школа</translation>
    </message>
    <message>
        <source>— no project —</source>
        <translation>— без проєкту —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Організатор:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Про&amp;єкт:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Перший день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ост&amp;анній день:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>Hours attended in a course of a project count towards the project&apos;s minimum support of the ESF statistics.</source>
        <translation>Відвідані години курсу проєкту зараховуються до мінімального обсягу підтримки проєкту в статистиці ESF.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Перший день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Останній день</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Організатор</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Наступне заняття</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Курси</translation>
    </message>
    <message>
        <source>Language courses, qualifications and trainings: who takes part, attendance per session, lists to sign and certificates.</source>
        <translation>Мовні курси, кваліфікаційні програми й тренінги: хто бере участь, присутність на кожному занятті, списки для підпису та довідки про участь.</translation>
    </message>
    <message>
        <source>&amp;New course …</source>
        <translation>&amp;Новий курс …</translation>
    </message>
    <message>
        <source>&amp;Edit course …</source>
        <translation>&amp;Редагувати курс …</translation>
    </message>
    <message>
        <source>&amp;Delete course</source>
        <translation>Видалити &amp;курс</translation>
    </message>
    <message>
        <source>No courses yet – add one with “New course”.</source>
        <translation>Курсів ще немає – додайте через «Новий курс».</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутність</translation>
    </message>
    <message>
        <source>Space: next state · 1 present · 2 excused · 3 absent · Del: clear · F2: choose from the list</source>
        <translation>Пробіл: наступний стан · 1 присутній · 2 з поважної причини · 3 відсутній · Del: очистити · F2: вибрати зі списку</translation>
    </message>
    <message>
        <source>Double-click a name to open the case</source>
        <translation>Подвійне клацання на імені відкриває справу</translation>
    </message>
    <message>
        <source>Add &amp;session …</source>
        <translation>Додати &amp;заняття …</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>Ви&amp;лучити заняття</translation>
    </message>
    <message>
        <source>Enrol &amp;participant …</source>
        <translation>Зарахувати &amp;учасника …</translation>
    </message>
    <message>
        <source>Remove par&amp;ticipant</source>
        <translation>Вилучити у&amp;часника</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF) …</source>
        <translation>&amp;Список присутності (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Certificates (PDF) …</source>
        <translation>&amp;Довідки (PDF) …</translation>
    </message>
    <message>
        <source>The list to sign for the session of the current column</source>
        <translation>Список для підпису для заняття в поточному стовпці</translation>
    </message>
    <message>
        <source>For the selected participants; issued today</source>
        <translation>Для вибраних учасників; видано сьогоднішньою датою</translation>
    </message>
    <message>
        <source>Choose a course above to see its attendance.</source>
        <translation>Виберіть курс угорі, щоб побачити присутність.</translation>
    </message>
    <message>
        <source>No sessions yet – add them with “Add session”.</source>
        <translation>Занять ще немає – додайте через «Додати заняття».</translation>
    </message>
    <message>
        <source>Nobody enrolled yet – add people with “Enrol participant”.</source>
        <translation>Ще ніхто не зарахований – додайте осіб через «Зарахувати учасника».</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) from other advisors&apos; cases are not shown.</source>
        <translation>
            <numerusform>%n учасника зі справ інших консультантів не показано.</numerusform>
            <numerusform>%n учасників зі справ інших консультантів не показано.</numerusform>
            <numerusform>%n учасників зі справ інших консультантів не показано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Видалити курс</translation>
    </message>
    <message>
        <source>Delete the course {title} with its sessions and its list of participants?</source>
        <translation>Видалити курс {title} разом із заняттями та списком учасників?</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Вилучити заняття</translation>
    </message>
    <message>
        <source>Choose a cell of the session first.</source>
        <translation>Спершу виберіть клітинку заняття.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Вилучити учасника</translation>
    </message>
    <message>
        <source>Remove {name} from the course? Their ticked attendance is removed too.</source>
        <translation>Вилучити {name} з курсу? Позначену присутність також буде вилучено.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Список присутності</translation>
    </message>
    <message>
        <source>The course has no sessions yet.</source>
        <translation>У курсі ще немає занять.</translation>
    </message>
    <message>
        <source>Save attendance list – the file will not be encrypted</source>
        <translation>Зберегти список присутності – файл не буде зашифровано</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the attendance list …</source>
        <translation>Створення списку присутності …</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Довідки про участь</translation>
    </message>
    <message>
        <source>Select the participants who receive a certificate first.</source>
        <translation>Спершу виберіть учасників, які отримують довідку.</translation>
    </message>
    <message>
        <source>Folder for the certificates – the files will not be encrypted</source>
        <translation>Папка для довідок – файли не буде зашифровано</translation>
    </message>
    <message>
        <source>Writing certificates …</source>
        <translation>Створення довідок …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written (not encrypted).</source>
        <translation>
            <numerusform>Збережено %n файл (не зашифровано).</numerusform>
            <numerusform>Збережено %n файли (не зашифровано).</numerusform>
            <numerusform>Збережено %n файлів (не зашифровано).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Відкрити папку</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Not enrolled in any course. Courses are planned and attendance is ticked in the Courses section.</source>
        <translation>Не зараховано на жоден курс. Курси плануються, а присутність позначається в розділі «Курси».</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курси</translation>
    </message>
    <message>
        <source>Hours attended in all courses: {hours}</source>
        <translation>Відвідані години на всіх курсах: {hours}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Lotse – unexpected error</source>
        <translation>Lotse – неочікувана помилка</translation>
    </message>
    <message>
        <source>Something went wrong that Lotse did not expect. Your saved data is safe. Please copy this report and send it to whoever looks after Lotse for your club. The report is also in the log file:
{log_file}</source>
        <translation>Сталася помилка, якої Lotse не очікував. Ваші збережені дані в безпеці. Скопіюйте цей звіт і надішліть його особі, яка обслуговує Lotse у вашому об’єднанні. Звіт також записано у файл журналу:
{log_file}</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Копіювати звіт</translation>
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
        <translation>Lotse заблоковано.</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Де зберігаються ваші дані</translation>
    </message>
    <message>
        <source>All of Lotse&apos;s data is in one folder. Back it up regularly; to move to a new computer, copy the whole folder.</source>
        <translation>Усі дані Lotse зберігаються в одній папці. Регулярно створюйте її резервну копію; щоб перейти на новий комп’ютер, скопіюйте всю папку.</translation>
    </message>
    <message>
        <source>On this &amp;computer (recommended)</source>
        <translation>На цьому &amp;комп’ютері (рекомендовано)</translation>
    </message>
    <message>
        <source>In another &amp;folder or on a USB stick:</source>
        <translation>В іншій &amp;папці або на USB-накопичувачі:</translation>
    </message>
    <message>
        <source>Database on a &amp;server (team)</source>
        <translation>База даних на &amp;сервері (командна робота)</translation>
    </message>
    <message>
        <source>For an office where several people work at the same time: the data is in a PostgreSQL database that your club or its umbrella organisation runs.</source>
        <translation>Для офісу, де кілька людей працюють одночасно: дані зберігаються в базі даних PostgreSQL, яку обслуговує ваше об’єднання або його головна організація.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Виберіть папку</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Інша папка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>The folder is set with --data-dir.</source>
        <translation>Папку задано параметром --data-dir.</translation>
    </message>
    <message>
        <source>The folder is set by LOTSE_DATA_DIR.</source>
        <translation>Папку задано змінною LOTSE_DATA_DIR.</translation>
    </message>
    <message>
        <source>This is a portable Lotse: the data stays beside the program.</source>
        <translation>Це портативна версія Lotse: дані зберігаються поруч із програмою.</translation>
    </message>
    <message>
        <source>The database will be created here:
{path}</source>
        <translation>Базу даних буде створено тут:
{path}</translation>
    </message>
    <message>
        <source>Folder for Lotse&apos;s data</source>
        <translation>Папка для даних Lotse</translation>
    </message>
    <message>
        <source>Choose the folder for Lotse&apos;s data.</source>
        <translation>Виберіть папку для даних Lotse.</translation>
    </message>
    <message>
        <source>Existing database</source>
        <translation>Наявна база даних</translation>
    </message>
    <message>
        <source>This folder already holds a Lotse database:
{path}

Use it instead of creating a new one?</source>
        <translation>У цій папці вже є база даних Lotse:
{path}

Використати її замість створення нової?</translation>
    </message>
    <message>
        <source>Choose an empty folder for a new database.</source>
        <translation>Для нової бази даних виберіть порожню папку.</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант(ка)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>Allowances from other clubs</source>
        <translation>Компенсації від інших об’єднань</translation>
    </message>
    <message>
        <source>e.g. 300,00; 0 if none</source>
        <translation>напр., 300,00; 0, якщо немає</translation>
    </message>
    <message>
        <source>The tax-free cap counts per person across all clubs: what the volunteer received elsewhere reduces what this club may pay tax-free.</source>
        <translation>Неоподатковуваний ліміт діє для кожної особи сукупно в усіх об’єднаннях: те, що волонтер(ка) отримав(ла) деінде, зменшує суму, яку це об’єднання може виплатити без податку.</translation>
    </message>
    <message>
        <source>Vol&amp;unteer:</source>
        <translation>&amp;Волонтер(ка):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>Received from &amp;other clubs (€):</source>
        <translation>Отримано від &amp;інших об’єднань (€):</translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation>&amp;Дата заяви:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Дата заяви</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating case files…</source>
        <translation>Створення справ…</translation>
    </message>
    <message>
        <source>Creating consultations…</source>
        <translation>Створення консультацій…</translation>
    </message>
    <message>
        <source>Creating volunteers, hours and tandems…</source>
        <translation>Створення волонтерів, годин і тандемів…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>No document kept yet – signed questionnaires and consents, decisions and certificates can be added with “Add document”.</source>
        <translation>Документів ще немає – підписані анкети та згоди, рішення й свідоцтва можна додати через «Додати документ».</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Add &amp;document …</source>
        <translation>Додати &amp;документ …</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Shows the document in the program this computer uses for it. For that, Lotse writes an unencrypted copy into the data folder and deletes it when Lotse is closed.</source>
        <translation>Показує документ у програмі, яку цей комп’ютер використовує для нього. Для цього Lotse записує незашифровану копію в папку даних і видаляє її, коли Lotse закривається.</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy …</source>
        <translation>З&amp;берегти копію …</translation>
    </message>
    <message>
        <source>Dele&amp;te …</source>
        <translation>В&amp;идалити …</translation>
    </message>
    <message>
        <source>Please choose a document in the list.</source>
        <translation>Виберіть документ у списку.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it with a program of your choice.</source>
        <translation>На цьому комп’ютері немає програми, яка відкриває такий тип файлів. Збережіть копію та відкрийте її програмою на свій вибір.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Зберегти копію документа</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted: delete it when it is no longer needed.</source>
        <translation>Збережено в {path}. Цю копію не зашифровано: видаліть її, коли вона більше не потрібна.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Видалити документ</translation>
    </message>
    <message>
        <source>Why is “{title}” deleted? (kept in the audit trail)</source>
        <translation>Чому видаляється «{title}»? (записується в журнал аудиту)</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Що відбувається</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Зберігати до</translation>
    </message>
    <message>
        <source>Anonymise case file</source>
        <translation>Анонімізувати справу</translation>
    </message>
    <message>
        <source>Anonymise former volunteer</source>
        <translation>Анонімізувати колишнього волонтера</translation>
    </message>
    <message>
        <source>Delete police clearance (§ 72a SGB VIII)</source>
        <translation>Видалити дані про довідку про несудимість (§ 72a SGB VIII)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol participant – {course}</source>
        <translation>Зарахувати учасника – {course}</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>ім’я або номер справи</translation>
    </message>
    <message>
        <source>Matching case files</source>
        <translation>Відповідні справи</translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation>&amp;Знайти справу:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>За&amp;рахувати</translation>
    </message>
    <message>
        <source>Participant: find and choose a case file first.</source>
        <translation>Учасник: спершу знайдіть і виберіть справу.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>required after the 4-week deadline</source>
        <translation>обов’язково після спливу 4-тижневого строку</translation>
    </message>
    <message>
        <source>Enroll in a project</source>
        <translation>Зарахувати до проєкту</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Про&amp;єкт:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>&amp;Дата вступу:</translation>
    </message>
    <message>
        <source>Entry questionnaire {project}</source>
        <translation>Анкета при вступі {project}</translation>
    </message>
    <message>
        <source>Entry on {entry} in {project}; entry data due by {due}.</source>
        <translation>Вступ {entry} до {project}; дані при вступі потрібно внести до {due}.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Причина зміни:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата вступу</translation>
    </message>
</context>
<context>
    <name>EnrollmentModel</name>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Вступ</translation>
    </message>
    <message>
        <source>ESF entry data</source>
        <translation>Дані ESF при вступі</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Причина виходу</translation>
    </message>
    <message>
        <source>Status after exit</source>
        <translation>Ситуація після виходу</translation>
    </message>
    <message>
        <source>6-month follow-up</source>
        <translation>Опитування через 6 місяців</translation>
    </message>
    <message>
        <source>not an ESF project</source>
        <translation>не проєкт ESF</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, overdue since {date}</source>
        <translation>
            <numerusform>%n питання не поставлено, прострочено з {date}</numerusform>
            <numerusform>%n питання не поставлено, прострочено з {date}</numerusform>
            <numerusform>%n питань не поставлено, прострочено з {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, due by {date}</source>
        <translation>
            <numerusform>%n питання не поставлено, термін до {date}</numerusform>
            <numerusform>%n питання не поставлено, термін до {date}</numerusform>
            <numerusform>%n питань не поставлено, термін до {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded on {date}</source>
        <translation>зафіксовано {date}</translation>
    </message>
    <message>
        <source>(exit data overdue)</source>
        <translation>(дані при виході прострочено)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>e.g. Tigrinya, Dari or ti</source>
        <translation>напр., Tigrinya, Dari або ti</translation>
    </message>
</context>
<context>
    <name>EntryQuestionnaire</name>
    <message>
        <source>ESF entry questionnaire (situation on the entry date)</source>
        <translation>Анкета ESF при вступі (ситуація на дату вступу)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> міс.</translation>
    </message>
    <message>
        <source>&amp;Employment status:</source>
        <translation>Статус &amp;зайнятості:</translation>
    </message>
    <message>
        <source>Unemployed &amp;for:</source>
        <translation>Безробітний(а) &amp;протягом:</translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation>Найвищий рівень &amp;освіти:</translation>
    </message>
    <message>
        <source>&amp;Disability:</source>
        <translation>&amp;Інвалідність:</translation>
    </message>
    <message>
        <source>&amp;Minority:</source>
        <translation>&amp;Меншина:</translation>
    </message>
    <message>
        <source>Foreign &amp;origin:</source>
        <translation>Іноземне &amp;походження:</translation>
    </message>
    <message>
        <source>&amp;Homeless or excluded from housing:</source>
        <translation>&amp;Безхатченко або без житла:</translation>
    </message>
    <message>
        <source>&amp;Rural area:</source>
        <translation>&amp;Сільська місцевість:</translation>
    </message>
    <message>
        <source>All questions answered: the entry data count as recorded.</source>
        <translation>На всі питання відповіли: дані при вступі вважаються зафіксованими.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not yet asked. They stay missing and are listed on the start page and in the ESF report until answered.</source>
        <translation>
            <numerusform>%n питання ще не поставлено. Воно залишається відкритим і показується на стартовій сторінці та у звіті ESF, доки на нього не відповідять.</numerusform>
            <numerusform>%n питання ще не поставлено. Вони залишаються відкритими й показуються на стартовій сторінці та у звіті ESF, доки на них не відповідять.</numerusform>
            <numerusform>%n питань ще не поставлено. Вони залишаються відкритими й показуються на стартовій сторінці та у звіті ESF, доки на них не відповідять.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Delete case {case}</source>
        <translation>Видалити справу {case}</translation>
    </message>
    <message>
        <source>The person asked for their data to be erased (Art. 17 GDPR). Choose the ground of the request.</source>
        <translation>Особа вимагає видалити її дані (ст. 17 GDPR). Виберіть підставу вимоги.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <source>I have told the person why their data must be &amp;kept.</source>
        <translation>Я пояснив(ла) особі, чому її дані потрібно &amp;зберігати.</translation>
    </message>
    <message>
        <source>&amp;Remove what is not needed</source>
        <translation>&amp;Вилучити непотрібне</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The server&apos;s own backups still hold the data until they are replaced: tell whoever runs the server. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>Усі дані про особу буде остаточно видалено: справу, консультації та примітки, проєкти, нагадування, згоди, тандеми й чернетки; години, які волонтери провели з нею, залишаться без зв’язку з нею. Власні резервні копії сервера містять ці дані, доки їх не замінять: повідомте того, хто обслуговує сервер. У журналі аудиту залишиться лише те, що номер справи видалено, ким, коли і з якої підстави.</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the data until they are replaced. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>Усі дані про особу буде остаточно видалено: справу, консультації та примітки, проєкти, нагадування, згоди, тандеми й чернетки; години, які волонтери провели з нею, залишаться без зв’язку з нею. Резервні копії в папці даних буде замінено новою; копії в інших місцях (USB-накопичувачі) містять ці дані, доки їх не замінять. У журналі аудиту залишиться лише те, що номер справи видалено, ким, коли і з якої підстави.</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone.</source>
        <translation>Я розумію, що цю дію не можна &amp;скасувати.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Видалити &amp;остаточно</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Removing …</source>
        <translation>Вилучення …</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>Видалення …</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Case number: there is no case {number}.</source>
        <translation>Номер справи: справи {number} не існує.</translation>
    </message>
    <message>
        <source>Folder: {path} is a file; choose a folder.</source>
        <translation>Папка: {path} – це файл; виберіть папку.</translation>
    </message>
    <message>
        <source>The account {user} was deactivated. Please log in again.</source>
        <translation>Обліковий запис {user} деактивовано. Увійдіть знову.</translation>
    </message>
    <message>
        <source>User {user} (role {role}) may not do this ({permission}).</source>
        <translation>Користувач(ка) {user} (роль {role}) не має права це робити ({permission}).</translation>
    </message>
    <message>
        <source>{label}: must be more than 0 euro.</source>
        <translation>{label}: має бути більше 0 євро.</translation>
    </message>
    <message>
        <source>{label}: an allowance pays for work; give the first and last day of the work it compensates.</source>
        <translation>{label}: компенсація оплачує роботу; вкажіть перший і останній день роботи, яку вона компенсує.</translation>
    </message>
    <message>
        <source>{label}: the last day must not lie before the first.</source>
        <translation>{label}: останній день не може бути раніше за перший.</translation>
    </message>
    <message>
        <source>This volunteer does not exist (any more).</source>
        <translation>Цього волонтера (вже) не існує.</translation>
    </message>
    <message>
        <source>User {user} may not record declarations.</source>
        <translation>Користувач(ка) {user} не має права фіксувати заяви.</translation>
    </message>
    <message>
        <source>Kind: expense refunds have no cap and need no declaration.</source>
        <translation>Вид: відшкодування витрат не має ліміту й не потребує заяви.</translation>
    </message>
    <message>
        <source>Year: a year from 2000 to 2100 is allowed.</source>
        <translation>Рік: дозволено рік від 2000 до 2100.</translation>
    </message>
    <message>
        <source>{label}: please choose an advisor.</source>
        <translation>{label}: виберіть консультанта(-ку).</translation>
    </message>
    <message>
        <source>{label}: a new appointment must not lie in the past.</source>
        <translation>{label}: нова зустріч не може бути в минулому.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} minutes are allowed.</source>
        <translation>{label}: дозволено від {low} до {high} хвилин.</translation>
    </message>
    <message>
        <source>{label}: an appointment with a case file takes no other name.</source>
        <translation>{label}: зустріч зі справою не може мати іншого імені.</translation>
    </message>
    <message>
        <source>{label}: please choose an active advisor.</source>
        <translation>{label}: виберіть активного консультанта(-ку).</translation>
    </message>
    <message>
        <source>Advisor: you may only book appointments for yourself.</source>
        <translation>Консультант(ка): ви можете призначати зустрічі лише для себе.</translation>
    </message>
    <message>
        <source>{label}: {advisor} already has an appointment on {date} at {time} ({whom}).</source>
        <translation>{label}: у {advisor} вже є зустріч {date} о {time} ({whom}).</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Цієї зустрічі більше не існує.</translation>
    </message>
    <message>
        <source>This appointment belongs to another advisor&apos;s case.</source>
        <translation>Ця зустріч належить до справи іншого консультанта(-ки).</translation>
    </message>
    <message>
        <source>{label}: this appointment became a consultation; it stays held.</source>
        <translation>{label}: з цієї зустрічі створено консультацію; вона залишається «відбулася».</translation>
    </message>
    <message>
        <source>This appointment already became a consultation.</source>
        <translation>З цієї зустрічі вже створено консультацію.</translation>
    </message>
    <message>
        <source>To: the end of the period lies before its start.</source>
        <translation>До: кінець періоду раніше за його початок.</translation>
    </message>
    <message>
        <source>Action: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>Дія: невідоме значення &apos;{value}&apos;. Дозволено: {allowed}.</translation>
    </message>
    <message>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation>Неправильне ім’я користувача чи пароль, або обліковий запис вимкнено.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account. Please wait {seconds} seconds and try again, or ask an administrator to unlock it.</source>
        <translation>Забагато неправильних паролів для цього облікового запису. Зачекайте {seconds} с і спробуйте знову або попросіть адміністратора розблокувати його.</translation>
    </message>
    <message>
        <source>Backup file: the folder {folder} does not exist.</source>
        <translation>Файл резервної копії: папки {folder} не існує.</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: {reason}</source>
        <translation>Резервну копію не вдалося перевірити, і її не збережено: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Не вдалося записати резервну копію в {path}: {reason}</translation>
    </message>
    <message>
        <source>The file was not restored and the current database is unchanged: {reason}</source>
        <translation>Файл не відновлено, поточна база даних не змінилася: {reason}</translation>
    </message>
    <message>
        <source>the file is not a Lotse backup</source>
        <translation>файл не є резервною копією Lotse</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>файл пошкоджено ({detail})</translation>
    </message>
    <message>
        <source>the backup belongs to another Lotse database, and your password does not open it</source>
        <translation>резервна копія належить до іншої бази даних Lotse, і ваш пароль її не відкриває</translation>
    </message>
    <message>
        <source>the backup was made by a newer version of Lotse</source>
        <translation>резервну копію створено новішою версією Lotse</translation>
    </message>
    <message>
        <source>the backup failed the integrity check ({detail})</source>
        <translation>резервна копія не пройшла перевірку цілісності ({detail})</translation>
    </message>
    <message>
        <source>a database on a server is restored by the server&apos;s administrator (from its pg_dump backups), not from a Lotse backup file</source>
        <translation>базу даних на сервері відновлює адміністратор сервера (з резервних копій pg_dump сервера), а не з файлу резервної копії Lotse</translation>
    </message>
    <message>
        <source>Backup file: {path} does not exist.</source>
        <translation>Файл резервної копії: {path} не існує.</translation>
    </message>
    <message>
        <source>Keeping the current database as a backup…</source>
        <translation>Збереження поточної бази даних як резервної копії…</translation>
    </message>
    <message>
        <source>Opening the restored database…</source>
        <translation>Відкриття відновленої бази даних…</translation>
    </message>
    <message>
        <source>Both case files are enrolled in {projects}. Remove the wrong enrollment first (Projects tab, “Remove enrollment”), then merge.</source>
        <translation>Обидві справи зараховано до {projects}. Спершу вилучіть помилкове зарахування (вкладка «Проєкти», «Вилучити зарахування»), потім об’єднайте.</translation>
    </message>
    <message>
        <source>Both case files are enrolled in the course {courses}. Remove the wrong enrollment first (Courses section), then merge.</source>
        <translation>Обидві справи зараховано на курс {courses}. Спершу вилучіть помилкове зарахування (розділ «Курси»), потім об’єднайте.</translation>
    </message>
    <message>
        <source>Choose a different case file to merge with this one.</source>
        <translation>Виберіть іншу справу для об’єднання з цією.</translation>
    </message>
    <message>
        <source>Only an administrator may remove an enrollment.</source>
        <translation>Лише адміністратор може вилучити зарахування.</translation>
    </message>
    <message>
        <source>This project enrollment no longer exists.</source>
        <translation>Цього зарахування до проєкту більше не існує.</translation>
    </message>
    <message>
        <source>{label}: please choose one; &apos;not specified&apos; is possible too.</source>
        <translation>{label}: виберіть варіант; можна також «не вказано».</translation>
    </message>
    <message>
        <source>{label}: must lie between 1900 and today.</source>
        <translation>{label}: має бути між 1900 роком і сьогоднішнім днем.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use five digits.</source>
        <translation>{label}: &apos;{value}&apos; не дозволено. Використайте п’ять цифр.</translation>
    </message>
    <message>
        <source>{label}: only for an address in Germany. For a person living abroad, leave it empty and write the foreign postcode with the town.</source>
        <translation>{label}: лише для адреси в Німеччині. Для особи, що проживає за кордоном, залиште порожнім і впишіть іноземний поштовий індекс разом із містом.</translation>
    </message>
    <message>
        <source>{label}: a year from 1900 to {year} is allowed.</source>
        <translation>{label}: дозволено рік від 1900 до {year}.</translation>
    </message>
    <message>
        <source>{label}: only for a qualification that was obtained; leave it empty for none or unknown.</source>
        <translation>{label}: лише для здобутої кваліфікації; якщо немає або невідомо, залиште порожнім.</translation>
    </message>
    <message>
        <source>Case {id} does not exist (any more).</source>
        <translation>Справи {id} (вже) не існує.</translation>
    </message>
    <message>
        <source>Case {case} is anonymised: it can no longer be changed.</source>
        <translation>Справу {case} анонімізовано: її більше не можна змінювати.</translation>
    </message>
    <message>
        <source>The case file {case}</source>
        <translation>Справа {case}</translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation>Файлу бази даних {path} не існує.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Lotse database (perhaps a copy or a save was interrupted). Restore the latest backup.</source>
        <translation>Файл {path} порожній: це не база даних Lotse (можливо, копіювання або збереження було перервано). Відновіть останню резервну копію.</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database, but not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>Файл {path} – база даних SQLite, але не база даних Lotse (у ній немає жодної таблиці Lotse). Lotse її не змінював.</translation>
    </message>
    <message>
        <source>The file {path} is a Lotse database from before encryption; the next administrator login encrypts it.</source>
        <translation>Файл {path} – база даних Lotse з часів до шифрування; під час наступного входу адміністратора її буде зашифровано.</translation>
    </message>
    <message>
        <source>The file is damaged ({details}). Restore the latest backup; Lotse did not change the file.</source>
        <translation>Файл пошкоджено ({details}). Відновіть останню резервну копію; Lotse не змінював файл.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist (foreign keys), or the check could not run.</source>
        <translation>
            <numerusform>Рядків, що посилаються на неіснуючі рядки (зовнішні ключі): %n, або перевірку не вдалося виконати.</numerusform>
            <numerusform>Рядків, що посилаються на неіснуючі рядки (зовнішні ключі): %n, або перевірку не вдалося виконати.</numerusform>
            <numerusform>Рядків, що посилаються на неіснуючі рядки (зовнішні ключі): %n, або перевірку не вдалося виконати.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database ({reason}): it is damaged, belongs to other keys or is no database at all. Lotse did not change it.</source>
        <translation>Файл {path} неможливо прочитати як базу даних Lotse ({reason}): він пошкоджений, належить до інших ключів або взагалі не є базою даних. Lotse його не змінював.</translation>
    </message>
    <message>
        <source>The database on the server {server} cannot be read ({reason}). Lotse did not change it.</source>
        <translation>Базу даних на сервері {server} неможливо прочитати ({reason}). Lotse її не змінював.</translation>
    </message>
    <message>
        <source>The database on the server {server} is not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>База даних на сервері {server} не є базою даних Lotse (у ній немає жодної таблиці Lotse). Lotse її не змінював.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>Цього запису (вже) не існує.</translation>
    </message>
    <message>
        <source>{label}: &apos;;&apos; and &apos;,&apos; are not allowed; they separate several entries in a spreadsheet cell.</source>
        <translation>{label}: &apos;;&apos; і &apos;,&apos; не дозволено; вони розділяють кілька записів у клітинці таблиці.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; already exists.</source>
        <translation>{label}: &apos;{name}&apos; вже існує.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; exists but is retired; take it back into use.</source>
        <translation>{label}: &apos;{name}&apos; існує, але виведено з ужитку; поверніть його до використання.</translation>
    </message>
    <message>
        <source>{label}: this field is required.</source>
        <translation>{label}: це поле обов’язкове.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; is already on the list.</source>
        <translation>{label}: &apos;{name}&apos; вже є в списку.</translation>
    </message>
    <message>
        <source>Languages keep their standard names; add another one instead.</source>
        <translation>Мови зберігають свої стандартні назви; натомість додайте іншу.</translation>
    </message>
    <message>
        <source>Consents asked: &apos;{value}&apos; cannot be chosen here (allowed: {allowed}; the consent for a partner is asked for each active partner).</source>
        <translation>Запитувані згоди: &apos;{value}&apos; тут вибрати не можна (дозволено: {allowed}; згоду для партнера запитують для кожного активного партнера).</translation>
    </message>
    <message>
        <source>Partner: &apos;{name}&apos; is already in the list.</source>
        <translation>Партнер: &apos;{name}&apos; вже є в списку.</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Цього партнера більше не існує.</translation>
    </message>
    <message>
        <source>Partner: a consent to pass data to a partner names one partner; other consents name none.</source>
        <translation>Партнер: згода на передачу даних партнеру вказує одного партнера; інші згоди – жодного.</translation>
    </message>
    <message>
        <source>Partner: choose one of the club&apos;s active partners.</source>
        <translation>Партнер: виберіть одного з активних партнерів об’єднання.</translation>
    </message>
    <message>
        <source>Consents: each consent can be answered once.</source>
        <translation>Згоди: на кожну згоду можна відповісти лише один раз.</translation>
    </message>
    <message>
        <source>Consents: the information notice is no consent.</source>
        <translation>Згоди: інформація про захист даних не є згодою.</translation>
    </message>
    <message>
        <source>{label}: must not lie in the future.</source>
        <translation>{label}: не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>Цієї згоди більше не існує.</translation>
    </message>
    <message>
        <source>The information notice was handed over; it is no consent and cannot be withdrawn.</source>
        <translation>Інформацію про захист даних передано; це не згода, і її не можна відкликати.</translation>
    </message>
    <message>
        <source>{label}: this consent was already withdrawn.</source>
        <translation>{label}: цю згоду вже відкликано.</translation>
    </message>
    <message>
        <source>{label}: the day the consent was given ({given}) or later.</source>
        <translation>{label}: день надання згоди ({given}) або пізніше.</translation>
    </message>
    <message>
        <source>{label}: from 1 to 600 minutes are allowed.</source>
        <translation>{label}: дозволено від 1 до 600 хвилин.</translation>
    </message>
    <message>
        <source>{label}: must not be before the consultation.</source>
        <translation>{label}: не може бути раніше за консультацію.</translation>
    </message>
    <message>
        <source>{label}: anonymous contacts cannot have a follow-up.</source>
        <translation>{label}: анонімні контакти не можуть мати нагадувань.</translation>
    </message>
    <message>
        <source>Topics: unknown topic chosen.</source>
        <translation>Теми: вибрано невідому тему.</translation>
    </message>
    <message>
        <source>Referred to: unknown service chosen.</source>
        <translation>Перенаправлено до: вибрано невідому службу.</translation>
    </message>
    <message>
        <source>This consultation does not exist (any more).</source>
        <translation>Цієї консультації (вже) не існує.</translation>
    </message>
    <message>
        <source>Only the advisor who wrote a consultation or an administrator may change or delete it.</source>
        <translation>Змінювати або видаляти консультацію може лише консультант(ка), який(яка) її записав(ла), або адміністратор.</translation>
    </message>
    <message>
        <source>The consultation of {day}</source>
        <translation>Консультація {day}</translation>
    </message>
    <message>
        <source>Kind: please choose the kind of course from the list.</source>
        <translation>Вид: виберіть вид курсу зі списку.</translation>
    </message>
    <message>
        <source>Last day: {end} lies before the first day {start}.</source>
        <translation>Останній день: {end} раніше за перший день {start}.</translation>
    </message>
    <message>
        <source>Date: {date} lies outside the course ({start} – {end}); choose a day within it or change the course&apos;s dates first.</source>
        <translation>Дата: {date} поза межами курсу ({start} – {end}); виберіть день у цих межах або спершу змініть дати курсу.</translation>
    </message>
    <message>
        <source>Duration: {minutes} minutes is not allowed; a session lasts {low} to {high} minutes.</source>
        <translation>Тривалість: {minutes} хв не дозволено; заняття триває від {low} до {high} хвилин.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>Цього курсу більше не існує.</translation>
    </message>
    <message>
        <source>This course session no longer exists.</source>
        <translation>Цього заняття курсу більше не існує.</translation>
    </message>
    <message>
        <source>This project does not exist.</source>
        <translation>Цього проєкту не існує.</translation>
    </message>
    <message>
        <source>First day / last day: the sessions on {dates} would lie outside the course; move or remove them first.</source>
        <translation>Перший день / останній день: заняття {dates} опинилися б поза межами курсу; спершу перенесіть або вилучіть їх.</translation>
    </message>
    <message>
        <source>Course {course}: attendance is recorded in {n} cells; a course with attendance cannot be deleted.</source>
        <translation>Курс {course}: присутність позначено в {n} клітинках; курс із позначеною присутністю не можна видалити.</translation>
    </message>
    <message>
        <source>Start time: the course already has a session on {date} at {time}.</source>
        <translation>Час початку: курс уже має заняття {date} о {time}.</translation>
    </message>
    <message>
        <source>Session on {date}: attendance is recorded for {n} people; clear their cells first.</source>
        <translation>Заняття {date}: присутність позначено для {n} осіб; спершу очистьте їхні клітинки.</translation>
    </message>
    <message>
        <source>Participant: {name} ({case}) is already enrolled in {course}.</source>
        <translation>Учасник: {name} ({case}) уже зарахований(а) на {course}.</translation>
    </message>
    <message>
        <source>This course participation no longer exists.</source>
        <translation>Цієї участі в курсі більше не існує.</translation>
    </message>
    <message>
        <source>Attendance: the session on {date} has not taken place yet; only “excused” can be recorded in advance.</source>
        <translation>Присутність: заняття {date} ще не відбулося; заздалегідь можна позначити лише «з поважної причини».</translation>
    </message>
    <message>
        <source>Attendance: {name} ({case}) is not enrolled in this course; enrol the person first.</source>
        <translation>Присутність: {name} ({case}) не зараховано на цей курс; спершу зарахуйте особу.</translation>
    </message>
    <message>
        <source>Certificate: {name} ({case}) has attended no session of {course} yet (only sessions ticked “present” count).</source>
        <translation>Довідка: {name} ({case}) ще не відвідав(ла) жодного заняття курсу {course} (враховуються лише заняття з позначкою «присутній»).</translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Lotse waited 10 seconds; nothing was changed. Please try again in a moment.</source>
        <translation>Інший процес саме зараз записує дані в базу даних (імпорт, резервне копіювання або інший екземпляр Lotse). Lotse чекав 10 секунд; нічого не змінено. Спробуйте ще раз за мить.</translation>
    </message>
    <message numerus="yes">
        <source>%n ESF entry questionnaire(s) had been saved untouched with answers the old form pre-selected. They were reset to &apos;not yet asked&apos; and are now listed as missing on the start page and in the ESF report.</source>
        <translation>
            <numerusform>Анкет ESF при вступі, збережених без змін із відповідями, які попередньо вибирала стара форма: %n. Їх скинуто до «ще не запитано», і тепер вони показуються як відсутні на стартовій сторінці та у звіті ESF.</numerusform>
            <numerusform>Анкет ESF при вступі, збережених без змін із відповідями, які попередньо вибирала стара форма: %n. Їх скинуто до «ще не запитано», і тепер вони показуються як відсутні на стартовій сторінці та у звіті ESF.</numerusform>
            <numerusform>Анкет ESF при вступі, збережених без змін із відповідями, які попередньо вибирала стара форма: %n. Їх скинуто до «ще не запитано», і тепер вони показуються як відсутні на стартовій сторінці та у звіті ESF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) had a reference occupation or recognition status. Each now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</source>
        <translation>
            <numerusform>Справ, що мали референтну професію або статус визнання: %n. Кожна тепер має першу процедуру визнання (вкладка «Визнання») із зафіксованими даними; дати ніколи не запитувалися, тому порожні.</numerusform>
            <numerusform>Справ, що мали референтну професію або статус визнання: %n. Кожна тепер має першу процедуру визнання (вкладка «Визнання») із зафіксованими даними; дати ніколи не запитувалися, тому порожні.</numerusform>
            <numerusform>Справ, що мали референтну професію або статус визнання: %n. Кожна тепер має першу процедуру визнання (вкладка «Визнання») із зафіксованими даними; дати ніколи не запитувалися, тому порожні.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} is not a Lotse database (it has no Lotse tables, or it is empty). Lotse did not change it. Choose another data folder or restore a backup.</source>
        <translation>Файл {path} не є базою даних Lotse (у ньому немає таблиць Lotse або він порожній). Lotse його не змінював. Виберіть іншу папку даних або відновіть резервну копію.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged, so no password can open the database. Restore it from a backup, or restore a whole backup (Lotse backups carry their keys).</source>
        <translation>Файл ключів {path} пошкоджено, тому жоден пароль не може відкрити базу даних. Відновіть його з резервної копії або відновіть повну резервну копію (резервні копії Lotse містять свої ключі).</translation>
    </message>
    <message>
        <source>The key file {path} is missing, so no password can open the database. Put the file lotse.keys back beside lotse.sqlite3, or restore a backup.</source>
        <translation>Файл ключів {path} відсутній, тому жоден пароль не може відкрити базу даних. Поверніть файл lotse.keys поруч із lotse.sqlite3 або відновіть резервну копію.</translation>
    </message>
    <message>
        <source>There is no Lotse database in {path} yet. Run &apos;lotse init&apos; first.</source>
        <translation>У {path} ще немає бази даних Lotse. Спершу виконайте &apos;lotse init&apos;.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key: the file is damaged or belongs to other keys ({reason}).</source>
        <translation>Базу даних {path} неможливо відкрити цим ключем: файл пошкоджено або він належить до інших ключів ({reason}).</translation>
    </message>
    <message>
        <source>There is no Lotse database on the server yet ({server}). Set it up first: lotse init --server &apos;{server}&apos; --org NAME --admin USER</source>
        <translation>На сервері ({server}) ще немає бази даних Lotse. Спершу створіть її: lotse init --server &apos;{server}&apos; --org NAME --admin USER</translation>
    </message>
    <message>
        <source>This database already holds case files, consultations or volunteers that were not made by the demo. Demo data is meant for an empty database: use a new data folder (--data-dir), or add --force to mix fake people with these.</source>
        <translation>Ця база даних уже містить справи, консультації або волонтерів, створених не демоверсією. Демодані призначені для порожньої бази даних: використайте нову папку даних (--data-dir) або додайте --force, щоб змішати вигаданих осіб із цими.</translation>
    </message>
    <message>
        <source>Participants: a whole number from 1 to {n} is allowed.</source>
        <translation>Учасники: дозволено ціле число від 1 до {n}.</translation>
    </message>
    <message>
        <source>This tandem no longer exists.</source>
        <translation>Цього тандему більше не існує.</translation>
    </message>
    <message>
        <source>Kind: choose what the document is.</source>
        <translation>Вид: виберіть, що це за документ.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: введіть дату.</translation>
    </message>
    <message>
        <source>File: {path} cannot be read.</source>
        <translation>Файл: неможливо прочитати {path}.</translation>
    </message>
    <message>
        <source>File: {name} has {size} MB; a document may have 1 byte to {max} MB.</source>
        <translation>Файл: розмір {name} – {size} МБ; документ може мати від 1 байта до {max} МБ.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Цього документа більше не існує.</translation>
    </message>
    <message>
        <source>The enrollment in {project}</source>
        <translation>Зарахування до {project}</translation>
    </message>
    <message>
        <source>{label}: only allowed for unemployed people.</source>
        <translation>{label}: дозволено лише для безробітних осіб.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 0 to 600 is allowed.</source>
        <translation>{label}: дозволено ціле число від 0 до 600.</translation>
    </message>
    <message>
        <source>The ESF questionnaires are only asked in ESF projects; {project} is not one.</source>
        <translation>Анкети ESF заповнюють лише в проєктах ESF; {project} не є таким проєктом.</translation>
    </message>
    <message>
        <source>Project: please choose one.</source>
        <translation>Проєкт: виберіть проєкт.</translation>
    </message>
    <message>
        <source>Project: case {case} is already enrolled in {project}.</source>
        <translation>Проєкт: справу {case} вже зараховано до {project}.</translation>
    </message>
    <message>
        <source>{label}: must lie within the project period.</source>
        <translation>{label}: має бути в межах строку проєкту.</translation>
    </message>
    <message>
        <source>{label}: entry answers describe the entry date; changing them more than four weeks after entry needs a reason.</source>
        <translation>{label}: відповіді при вступі описують день вступу; щоб змінити їх пізніше ніж через чотири тижні після вступу, потрібне обґрунтування.</translation>
    </message>
    <message>
        <source>{label}: please choose one of the project&apos;s reasons.</source>
        <translation>{label}: виберіть одну з причин проєкту.</translation>
    </message>
    <message>
        <source>{label}: must not be before the entry date {entry}.</source>
        <translation>{label}: не може бути раніше за дату вступу {entry}.</translation>
    </message>
    <message>
        <source>6-month answers: record the exit first.</source>
        <translation>Відповіді через 6 місяців: спершу зафіксуйте вихід.</translation>
    </message>
    <message>
        <source>{label}: only asked of people who were employed or self-employed at entry.</source>
        <translation>{label}: запитують лише в осіб, які на момент вступу були працевлаштовані або самозайняті.</translation>
    </message>
    <message>
        <source>Case {case} is not closed.</source>
        <translation>Справу {case} не закрито.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Lotse (schema {revision}). Please install the newer Lotse; the file was left unchanged.</source>
        <translation>Базу даних {path} записано новішою версією Lotse (схема {revision}). Установіть новішу версію Lotse; файл не змінено.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>Неможливо записати в папку даних {path}: {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database: {reason}</source>
        <translation>Файл {path} неможливо прочитати як базу даних Lotse: {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed (a copy is in {backup}): {reason}</source>
        <translation>Не вдалося оновити базу даних {path}, нічого не змінено (копія міститься в {backup}): {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed: {reason}</source>
        <translation>Не вдалося оновити базу даних {path}, нічого не змінено: {reason}</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: Lotse could not write and left the data as it was. Please tell whoever runs the server.</source>
        <translation>Диск сервера бази даних заповнено: Lotse не зміг записати дані й залишив їх без змін. Повідомте про це того, хто обслуговує сервер.</translation>
    </message>
    <message>
        <source>The database server refused this: the account Lotse uses there lacks the permission, or the server only reads. Nothing was changed. Please tell whoever runs the server.</source>
        <translation>Сервер бази даних відмовив: обліковий запис, який Lotse там використовує, не має дозволу, або сервер працює лише на читання. Нічого не змінено. Повідомте про це того, хто обслуговує сервер.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment, so nothing was saved. Please try again.</source>
        <translation>Хтось інший змінив ті самі дані в ту саму мить, тому нічого не збережено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>A volunteer&apos;s hours on one day may add up to at most 10 hours; hours saved meanwhile already fill this day. Nothing was changed.</source>
        <translation>Години волонтера(-ки) за один день разом не можуть перевищувати 10 годин; години, збережені тим часом, уже заповнюють цей день. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The disk is full: Lotse could not write and left the data as it was. Free some space (or choose another folder) and try again.</source>
        <translation>Диск заповнено: Lotse не зміг записати дані й залишив їх без змін. Звільніть місце (або виберіть іншу папку) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Lotse may not write here{where}: the file or its folder is read-only (a write-protected stick, missing permission). Nothing was changed.</source>
        <translation>Lotse не має права записувати сюди{where}: файл або його папка доступні лише для читання (захищений від запису накопичувач, немає дозволу). Нічого не змінено.</translation>
    </message>
    <message>
        <source>{label}: counts must not be negative.</source>
        <translation>{label}: кількість не може бути від’ємною.</translation>
    </message>
    <message>
        <source>{label}: women, men and diverse add up to {sum}, more than the {total} attendees in total.</source>
        <translation>{label}: жінки, чоловіки та дайверс разом дають {sum}, що більше за загальну кількість учасників ({total}).</translation>
    </message>
    <message>
        <source>Kind: choose what kind of event it was.</source>
        <translation>Вид: виберіть, який це був захід.</translation>
    </message>
    <message>
        <source>Topics: choose topics from the club&apos;s list.</source>
        <translation>Теми: виберіть теми зі списку об’єднання.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Цього нагадування більше не існує.</translation>
    </message>
    <message>
        <source>This Lotse version encrypts the database once before it is used again. Please ask an administrator to log in first.</source>
        <translation>Ця версія Lotse одноразово шифрує базу даних перед подальшим використанням. Попросіть спершу увійти адміністратора.</translation>
    </message>
    <message>
        <source>Encrypting the database failed and nothing was changed: {reason}</source>
        <translation>Не вдалося зашифрувати базу даних, нічого не змінено: {reason}</translation>
    </message>
    <message>
        <source>Goals: choose at least one goal or describe one.</source>
        <translation>Цілі: виберіть щонайменше одну ціль або опишіть її.</translation>
    </message>
    <message>
        <source>Meetings: choose how often the tandem meets.</source>
        <translation>Зустрічі: виберіть, як часто зустрічається тандем.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has no valid police clearance on {date}; a tandem needs one.</source>
        <translation>Волонтер(ка): {name} не має дійсної розширеної довідки про несудимість на {date}; для тандему вона потрібна.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has not taken part in the club&apos;s training by {date}; the club requires it before a tandem (Settings → General).</source>
        <translation>Волонтер(ка): {name} не пройшов(ла) навчання об’єднання до {date}; об’єднання вимагає його перед тандемом (Налаштування → Загальні).</translation>
    </message>
    <message>
        <source>{label}: an ended tandem needs the day it ended.</source>
        <translation>{label}: для завершеного тандему потрібна дата завершення.</translation>
    </message>
    <message>
        <source>{label}: must not lie before the start ({start}).</source>
        <translation>{label}: не може бути раніше за початок ({start}).</translation>
    </message>
    <message>
        <source>The template {file} cannot be read: {problem}</source>
        <translation>Неможливо прочитати шаблон {file}: {problem}</translation>
    </message>
    <message>
        <source>The template {file} does not use the placeholders of the German one: missing {missing}; unknown {unknown}.</source>
        <translation>Шаблон {file} не використовує заповнювачі німецького шаблону: бракує {missing}; невідомі {unknown}.</translation>
    </message>
    <message>
        <source>The organisation has not been set up.</source>
        <translation>Організацію ще не налаштовано.</translation>
    </message>
    <message>
        <source>Logo: the file is not a picture Lotse can read.</source>
        <translation>Логотип: файл не є зображенням, яке Lotse може прочитати.</translation>
    </message>
    <message>
        <source>Logo: at most {size} MB are allowed.</source>
        <translation>Логотип: дозволено щонайбільше {size} МБ.</translation>
    </message>
    <message>
        <source>Password: at least {n} characters are required.</source>
        <translation>Пароль: потрібно щонайменше {n} символів.</translation>
    </message>
    <message>
        <source>Password: too easy to guess (common passwords, names, words of the club, keyboard rows and dates are tried first). Use a longer one, for example three or four unrelated words.</source>
        <translation>Пароль: його занадто легко вгадати (спершу перевіряються поширені паролі, імена, слова, пов’язані з об’єднанням, ряди клавіатури та дати). Використайте довший, наприклад, три-чотири не пов’язані між собою слова.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} years are allowed.</source>
        <translation>{label}: дозволено від {low} до {high} років.</translation>
    </message>
    <message>
        <source>Reason for the erasure: choose one of the grounds of Art. 17 (1).</source>
        <translation>Причина видалення: виберіть одну з підстав ст. 17 (1).</translation>
    </message>
    <message>
        <source>The person&apos;s data must be kept: ESF projects have to keep their documents for years after the project ends (Art. 82 Regulation (EU) 2021/1060), which Art. 17 (3) (b) GDPR allows.</source>
        <translation>Дані особи потрібно зберігати: проєкти ESF мають зберігати свої документи ще роками після завершення проєкту (ст. 82 Регламенту (ЄС) 2021/1060), що дозволяє ст. 17 (3) (b) GDPR.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Нічого не видалено.</translation>
    </message>
    <message>
        <source>{code}: kept until some years after the project ends.</source>
        <translation>{code}: зберігається до певної кількості років після завершення проєкту.</translation>
    </message>
    <message>
        <source>{code}: kept until {date}.</source>
        <translation>{code}: зберігається до {date}.</translation>
    </message>
    <message>
        <source>Instead, what the project does not need can be removed now: notes, remarks, follow-ups, contact data and spoken languages.</source>
        <translation>Натомість уже зараз можна вилучити те, що не потрібне проєкту: примітки, зауваження, нагадування, контактні дані та мови спілкування.</translation>
    </message>
    <message>
        <source>{label}: a whole number from {low} to {high} is allowed.</source>
        <translation>{label}: дозволено ціле число від {low} до {high}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use up to 20 letters, digits, dot, hyphen or underscore.</source>
        <translation>{label}: &apos;{value}&apos; не дозволено. Використайте до 20 літер, цифр, крапку, дефіс або підкреслення.</translation>
    </message>
    <message>
        <source>{label}: must not be before the start date.</source>
        <translation>{label}: не може бути раніше за дату початку.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 1 to 30 is allowed.</source>
        <translation>{label}: дозволено ціле число від 1 до 30.</translation>
    </message>
    <message>
        <source>{label}: a project with the code {code} already exists.</source>
        <translation>{label}: проєкт із кодом {code} вже існує.</translation>
    </message>
    <message>
        <source>This project does not exist (any more).</source>
        <translation>Цього проєкту (вже) не існує.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; already exists in this project.</source>
        <translation>{label}: &apos;{value}&apos; вже існує в цьому проєкті.</translation>
    </message>
    <message>
        <source>This exit reason does not exist (any more).</source>
        <translation>Цієї причини виходу (вже) не існує.</translation>
    </message>
    <message>
        <source>Project {project} does not support organisations; switch the setting on in the project first.</source>
        <translation>Проєкт {project} не підтримує установи; спершу увімкніть цей параметр у проєкті.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a KldB 2010 code (5 digits, the last 1-4).</source>
        <translation>{label}: &apos;{value}&apos; не є кодом KldB 2010 (5 цифр, остання 1–4).</translation>
    </message>
    <message>
        <source>{label}: must not be before the application date.</source>
        <translation>{label}: не може бути раніше за дату подання заяви.</translation>
    </message>
    <message>
        <source>{label}: please choose the decision&apos;s result.</source>
        <translation>{label}: виберіть результат рішення.</translation>
    </message>
    <message>
        <source>{label}: please choose its kind, or leave the adaptation fields empty.</source>
        <translation>{label}: виберіть вид або залиште поля адаптаційного заходу порожніми.</translation>
    </message>
    <message>
        <source>{label}: must not be before its start.</source>
        <translation>{label}: не може бути раніше за початок.</translation>
    </message>
    <message>
        <source>This recognition procedure no longer exists.</source>
        <translation>Цієї процедури визнання більше не існує.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use a number from 0.5 to {max}.</source>
        <translation>{label}: &apos;{value}&apos; не дозволено. Використайте число від 0,5 до {max}.</translation>
    </message>
    <message>
        <source>{label}: please choose one (employment subject to social insurance, marginal, self-employed, apprenticeship or internship).</source>
        <translation>{label}: виберіть один варіант (робота з соціальним страхуванням, мінімальна зайнятість, самозайнятість, професійне навчання або стажування).</translation>
    </message>
    <message>
        <source>{label}: only a participation of this person that ended in employment or self-employment can be linked.</source>
        <translation>{label}: можна пов’язати лише участь цієї особи, що завершилася працевлаштуванням або самозайнятістю.</translation>
    </message>
    <message>
        <source>This placement no longer exists.</source>
        <translation>Цього працевлаштування більше не існує.</translation>
    </message>
    <message>
        <source>A database on a server has no recovery key. An administrator sets a new password in Lotse (Settings, Users, or &apos;lotse user passwd NAME&apos;). If no administrator can log in any more, the person who runs the server has to help: the accounts are in the table &quot;user&quot; of the server&apos;s database.</source>
        <translation>База даних на сервері не має ключа відновлення. Новий пароль встановлює адміністратор у Lotse (Налаштування, Облікові записи або &apos;lotse user passwd NAME&apos;). Якщо жоден адміністратор більше не може увійти, допомогти має той, хто обслуговує сервер: облікові записи зберігаються в таблиці &quot;user&quot; бази даних сервера.</translation>
    </message>
    <message>
        <source>Recovery key: 32 letters and digits are expected (eight groups of four, as on the printed Notfallschlüssel).</source>
        <translation>Ключ відновлення: очікується 32 літери й цифри (вісім груп по чотири, як на надрукованому ключі відновлення – Notfallschlüssel).</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Цей ключ відновлення не відкриває цю базу даних.</translation>
    </message>
    <message>
        <source>User name: {name} is no administrator account; the recovery key sets an administrator&apos;s password.</source>
        <translation>Ім’я користувача: {name} не є обліковим записом адміністратора; ключ відновлення встановлює пароль адміністратора.</translation>
    </message>
    <message>
        <source>This is no recovery key.</source>
        <translation>Це не ключ відновлення.</translation>
    </message>
    <message>
        <source>Report: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>Звіт: &apos;{value}&apos; недоступний; дозволено: {allowed}.</translation>
    </message>
    <message>
        <source>Project: this report is made for one project.</source>
        <translation>Проєкт: цей звіт створюється для одного проєкту.</translation>
    </message>
    <message>
        <source>Project: there is no project with the code {code}.</source>
        <translation>Проєкт: немає проєкту з кодом {code}.</translation>
    </message>
    <message>
        <source>Project: {code} does not report to ESF Plus.</source>
        <translation>Проєкт: {code} не звітує до ESF Plus.</translation>
    </message>
    <message>
        <source>Format: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>Формат: &apos;{value}&apos; недоступний; дозволено: {allowed}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. These fields differ between the saved version and yours: {fields}.</source>
        <translation>{what}: хтось інший змінив дані, відколи ви їх відкрили, тому нічого не збережено. Ці поля відрізняються у збереженій версії та вашій: {fields}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. The fields of this form are the same in both versions.</source>
        <translation>{what}: хтось інший змінив дані, відколи ви їх відкрили, тому нічого не збережено. Поля цієї форми однакові в обох версіях.</translation>
    </message>
    <message>
        <source>Case {case}: only the responsible advisor may open it.</source>
        <translation>Справа {case}: відкривати її може лише відповідальний(а) консультант(ка).</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} {unit} are allowed.</source>
        <translation>{label}: дозволено від {low} до {high} {unit}.</translation>
    </message>
    <message>
        <source>A Lotse database already exists in {path}; nothing was changed. Use another data folder (--data-dir) for a new organisation.</source>
        <translation>У {path} вже існує база даних Lotse; нічого не змінено. Для нової організації використайте іншу папку даних (--data-dir).</translation>
    </message>
    <message>
        <source>The database {database} on {host} already holds a Lotse organisation; nothing was changed. Log in to it, or ask the server&apos;s administrator for another database for a new organisation.</source>
        <translation>База даних {database} на {host} уже містить організацію Lotse; нічого не змінено. Увійдіть до неї або попросіть адміністратора сервера про іншу базу даних для нової організації.</translation>
    </message>
    <message>
        <source>Month: &apos;{value}&apos; is not allowed; use YYYY-MM such as 2026-03.</source>
        <translation>Місяць: &apos;{value}&apos; не дозволено; використайте РРРР-ММ, напр., 2026-03.</translation>
    </message>
    <message>
        <source>There is no volunteer with the number {number}.</source>
        <translation>Немає волонтера з номером {number}.</translation>
    </message>
    <message>
        <source>{label}: the name {name} is already taken.</source>
        <translation>{label}: ім’я {name} вже зайняте.</translation>
    </message>
    <message>
        <source>This user account does not exist (any more).</source>
        <translation>Цього облікового запису (вже) не існує.</translation>
    </message>
    <message>
        <source>{user} is the last active administrator; make someone else an administrator first.</source>
        <translation>{user} – останній активний адміністратор; спершу призначте адміністратором когось іншого.</translation>
    </message>
    <message>
        <source>New password: please choose a password you did not use now.</source>
        <translation>Новий пароль: виберіть пароль, відмінний від поточного.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Поточний пароль неправильний.</translation>
    </message>
    <message>
        <source>Language: please choose one of {choices}.</source>
        <translation>Мова: будь ласка, виберіть одну з таких: {choices}.</translation>
    </message>
    <message>
        <source>Volunteer record: only a login with the role volunteer is linked.</source>
        <translation>Запис волонтера: пов’язати можна лише обліковий запис із роллю «волонтер(ка)».</translation>
    </message>
    <message>
        <source>Volunteer record: {number} already has another login.</source>
        <translation>Запис волонтера: {number} вже має інший обліковий запис.</translation>
    </message>
    <message>
        <source>{label}: at most {n} characters are allowed.</source>
        <translation>{label}: дозволено щонайбільше {n} символів.</translation>
    </message>
    <message>
        <source>{label}: character {position} is an invisible control character; please remove it (letters, digits, punctuation and line breaks are allowed).</source>
        <translation>{label}: символ {position} – невидимий керівний символ; видаліть його (дозволено літери, цифри, розділові знаки та розриви рядків).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{label}: &apos;{value}&apos; не є адресою електронної пошти.</translation>
    </message>
    <message>
        <source>Did you mean {names}?</source>
        <translation>Можливо, ви мали на увазі {names}?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country; use its name or a code such as SY.</source>
        <translation>&apos;{value}&apos; не є країною; використайте її назву або код, напр., SY.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language; use its name or a code such as ar.</source>
        <translation>&apos;{value}&apos; не є мовою; використайте її назву або код, напр., ar.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use 2 to 32 letters a-z, digits, dot, hyphen or underscore, starting with a letter or digit.</source>
        <translation>{label}: &apos;{value}&apos; не дозволено. Використайте від 2 до 32 символів: латинські літери a–z, цифри, крапку, дефіс або підкреслення; на початку – літера або цифра.</translation>
    </message>
    <message>
        <source>{label}: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>{label}: невідоме значення &apos;{value}&apos;. Дозволено: {allowed}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY or YYYY-MM-DD.</source>
        <translation>{label}: &apos;{value}&apos; не є датою. Використайте ДД.ММ.РРРР або РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euro between 0 and {maximum}, e.g. 15 or 15,50.</source>
        <translation>{label}: &apos;{value}&apos; не є сумою в євро від 0 до {maximum}, напр., 15 або 15,50.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Enter 0,25 to 10 hours in quarter hours (e.g. 1,5 or 2,25).</source>
        <translation>{label}: &apos;{value}&apos; не дозволено. Введіть від 0,25 до 10 годин із кроком у чверть години (напр., 1,5 або 2,25).</translation>
    </message>
    <message>
        <source>You may enter hours only for yourself.</source>
        <translation>Ви можете вносити години лише для себе.</translation>
    </message>
    <message>
        <source>{label}: hours for a participant need a tandem of the volunteer with them.</source>
        <translation>{label}: для годин з учасником потрібен тандем волонтера(-ки) з цією особою.</translation>
    </message>
    <message>
        <source>{label}: with these {hours} hours the day would have {total} hours; at most 10 hours a day count.</source>
        <translation>{label}: із цими {hours} год день мав би {total} год; зараховується щонайбільше 10 годин на день.</translation>
    </message>
    <message>
        <source>{label}: must not lie after the day the certificate was seen.</source>
        <translation>{label}: не може бути пізніше за день, коли довідку було пред’явлено.</translation>
    </message>
    <message>
        <source>{label}: needed when the certificate&apos;s details are recorded.</source>
        <translation>{label}: потрібно, якщо фіксуються дані довідки.</translation>
    </message>
    <message>
        <source>{label}: needed when the status is &apos;left&apos; (the police clearance is deleted three months after that day).</source>
        <translation>{label}: потрібно для статусу «вибув(ла)» (дані про довідку про несудимість видаляються через три місяці після цього дня).</translation>
    </message>
    <message>
        <source>{label}: only for a volunteer whose status is &apos;left&apos;.</source>
        <translation>{label}: лише для волонтера зі статусом «вибув(ла)».</translation>
    </message>
    <message>
        <source>{label}: must not lie before the day they joined.</source>
        <translation>{label}: не може бути раніше за день приєднання.</translation>
    </message>
    <message>
        <source>The volunteer {number}</source>
        <translation>Запис волонтера {number}</translation>
    </message>
    <message>
        <source>Copying {table}: {rows} rows…</source>
        <translation>Копіювання {table} (рядків: {rows})…</translation>
    </message>
    <message>
        <source>The database to copy is at schema version {source}, the one to copy into at {target}; both must be at the same version. Nothing was copied.</source>
        <translation>База даних, яку копіюють, має версію схеми {source}, а та, до якої копіюють, – {target}; обидві мають бути однієї версії. Нічого не скопійовано.</translation>
    </message>
    <message>
        <source>The server database is not empty ({cases} case files, {users} users, {rows} rows in all). Nothing was copied; import into a new, empty database.</source>
        <translation>База даних на сервері не порожня (справ: {cases}, користувачів: {users}, рядків загалом: {rows}). Нічого не скопійовано; імпортуйте дані в нову, порожню базу даних.</translation>
    </message>
    <message>
        <source>The target database refused a row of the table {table} ({reason}). Nothing was copied.</source>
        <translation>Цільова база даних відхилила рядок таблиці {table} ({reason}). Нічого не скопійовано.</translation>
    </message>
    <message>
        <source>The server did not let Lotse switch off the triggers of the table {table} for the copy ({reason}). Import with the database account that owns Lotse&apos;s tables. Nothing was copied.</source>
        <translation>Сервер не дозволив Lotse вимкнути тригери таблиці {table} для копіювання ({reason}). Імпортуйте дані з тим обліковим записом бази даних, якому належать таблиці Lotse. Нічого не скопійовано.</translation>
    </message>
    <message>
        <source>The copy differs from the original in: {tables}. Nothing was kept.</source>
        <translation>Копія відрізняється від оригіналу в таких таблицях: {tables}. Нічого не збережено.</translation>
    </message>
    <message>
        <source>The server database has tables but no Lotse schema version; Lotse writes only into a database it created. Use a new, empty database.</source>
        <translation>База даних на сервері має таблиці, але не має версії схеми Lotse; Lotse записує дані лише в базу даних, яку створив сам. Використайте нову, порожню базу даних.</translation>
    </message>
    <message>
        <source>Only an administrator may move the club&apos;s data to a server.</source>
        <translation>Лише адміністратор може перенести дані об’єднання на сервер.</translation>
    </message>
    <message>
        <source>Server address: please leave the password out of the address. It would be kept in the shell history and the settings file; Lotse asks for it and keeps it in this computer&apos;s credential store.</source>
        <translation>Адреса сервера: не вказуйте пароль в адресі. Інакше він залишиться в історії командної оболонки та у файлі налаштувань; Lotse запитає його й збереже в сховищі облікових даних цього комп’ютера.</translation>
    </message>
    <message>
        <source>Server address: &apos;{text}&apos; is not a PostgreSQL address. Expected is postgresql://user@host:port/database, for example postgresql://lotse@server.verein.de:5432/lotse.</source>
        <translation>Адреса сервера: &apos;{text}&apos; не є адресою PostgreSQL. Очікується postgresql://user@host:port/database, наприклад postgresql://lotse@server.verein.de:5432/lotse.</translation>
    </message>
    <message>
        <source>Server: the host name or IP address is missing.</source>
        <translation>Сервер: не вказано ім’я хоста або IP-адресу.</translation>
    </message>
    <message>
        <source>Port: &apos;{port}&apos; is no port number; a number from 1 to 65535 is expected.</source>
        <translation>Порт: &apos;{port}&apos; не є номером порту; очікується число від 1 до 65535.</translation>
    </message>
    <message>
        <source>Database: the name of the database is missing.</source>
        <translation>База даних: не вказано назву бази даних.</translation>
    </message>
    <message>
        <source>User: the server&apos;s user name (the database role) is missing.</source>
        <translation>Обліковий запис: не вказано ім’я користувача на сервері (роль бази даних).</translation>
    </message>
    <message>
        <source>Server address: sslmode={mode} is not supported; use require (the default), verify-ca, verify-full or, only on a trusted network, disable.</source>
        <translation>Адреса сервера: sslmode={mode} не підтримується; використайте require (типово), verify-ca, verify-full або, лише в довіреній мережі, disable.</translation>
    </message>
    <message>
        <source>Server address: the parameter &apos;{name}&apos; is not supported; only sslmode, host and port may follow the &apos;?&apos;.</source>
        <translation>Адреса сервера: параметр &apos;{name}&apos; не підтримується; після &apos;?&apos; можуть іти лише sslmode, host і port.</translation>
    </message>
    <message>
        <source>No password for the server {server}: store it once with lotse server password --server &apos;{server}&apos; (kept in this computer&apos;s credential store), or set LOTSE_SERVER_PASSWORD.</source>
        <translation>Немає пароля для сервера {server}: збережіть його один раз командою lotse server password --server &apos;{server}&apos; (він зберігатиметься в сховищі облікових даних цього комп’ютера) або задайте LOTSE_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password was not stored. Set LOTSE_SERVER_PASSWORD for the command line instead.</source>
        <translation>На цьому комп’ютері немає сховища облікових даних, яке може використовувати Lotse, тому пароль сервера не збережено. Натомість задайте LOTSE_SERVER_PASSWORD для командного рядка.</translation>
    </message>
    <message>
        <source>The server {host} refused the password of the user {user}. Store the right one with &apos;lotse server password&apos; (or in the login dialog); the server&apos;s administrator can tell you which.</source>
        <translation>Сервер {host} відхилив пароль користувача {user}. Збережіть правильний пароль командою &apos;lotse server password&apos; (або у вікні входу); адміністратор сервера може підказати, який саме.</translation>
    </message>
    <message>
        <source>No encrypted connection to the server {host} could be made ({reason}). Lotse sends the club&apos;s data only encrypted: ask the server&apos;s administrator to enable TLS, or to give you the server&apos;s certificate.</source>
        <translation>Не вдалося встановити зашифроване з’єднання із сервером {host} ({reason}). Lotse передає дані об’єднання лише в зашифрованому вигляді: попросіть адміністратора сервера увімкнути TLS або надати вам сертифікат сервера.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached (port {port}): {reason}. Check the address and this computer&apos;s network connection, or ask whoever looks after the server whether it is running.</source>
        <translation>Сервер {host} недоступний (порт {port}): {reason}. Перевірте адресу та мережеве з’єднання цього комп’ютера або запитайте того, хто обслуговує сервер, чи він працює.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection: {reason}</source>
        <translation>Сервер {host} відхилив з’єднання: {reason}</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached. Nothing was saved; what you entered stays in the form (a consultation note is kept as a draft). Please check the network connection and try again.</source>
        <translation>Сервер {host} недоступний. Нічого не збережено; введені дані залишаються у формі (нотатку консультації збережено як чернетку). Перевірте мережеве з’єднання і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The database {database} on {host} holds tables that are not Lotse&apos;s. Lotse did not change it; ask the server&apos;s administrator for an empty database for Lotse.</source>
        <translation>База даних {database} на {host} містить таблиці, які не належать Lotse. Lotse її не змінював; попросіть адміністратора сервера про порожню базу даних для Lotse.</translation>
    </message>
    <message>
        <source>The database {database} on {host} was set up by a newer version of Lotse (schema {revision}). Please install the newer Lotse on this computer; nothing was changed.</source>
        <translation>Базу даних {database} на {host} створено новішою версією Lotse (схема {revision}). Установіть новішу версію Lotse на цьому комп’ютері; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Новий захід</translation>
    </message>
    <message>
        <source>e.g. Information evening on vocational training</source>
        <translation>напр., інформаційний вечір про професійне навчання</translation>
    </message>
    <message>
        <source>counted by gender</source>
        <translation>за статтю</translation>
    </message>
    <message>
        <source>women</source>
        <translation>жінки</translation>
    </message>
    <message>
        <source>men</source>
        <translation>чоловіки</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>дайверс</translation>
    </message>
    <message>
        <source>e.g. a community association, the Jobcenter</source>
        <translation>напр., громадське об’єднання, Jobcenter</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не враховано</translation>
    </message>
    <message>
        <source>People who did not come but were reached through the event, e.g. through the community&apos;s messenger groups or flyers passed on</source>
        <translation>Люди, які не прийшли, але яких охопив захід, напр., через групи громади в месенджерах або передані флаєри</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Deutsch</source>
        <translation>напр., Arabisch; Deutsch</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Add &amp;helper</source>
        <translation>Додати &amp;помічника</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Про&amp;єкт:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Учасники:</translation>
    </message>
    <message>
        <source>Further people r&amp;eached:</source>
        <translation>Інші &amp;охоплені особи:</translation>
    </message>
    <message>
        <source>Partner &amp;organisation:</source>
        <translation>Партнерська о&amp;рганізація:</translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation>Мо&amp;ви:</translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation>&amp;Теми:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>Прим&amp;ітки:</translation>
    </message>
    <message>
        <source>Volunteers who helped:</source>
        <translation>Волонтери, які допомагали:</translation>
    </message>
    <message>
        <source>hours, e.g. 2,5</source>
        <translation>години, напр., 2,5</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>За статтю</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Помічники</translation>
    </message>
    <message>
        <source>Helper hours</source>
        <translation>Години помічників</translation>
    </message>
    <message>
        <source>{female} w / {male} m / {diverse} d</source>
        <translation>{female} ж / {male} ч / {diverse} д</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Year </source>
        <translation>Рік </translation>
    </message>
    <message>
        <source>New &amp;event …</source>
        <translation>Новий &amp;захід …</translation>
    </message>
    <message>
        <source>No events yet – record one with “New event”.</source>
        <translation>Заходів ще немає – додайте через «Новий захід».</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
</context>
<context>
    <name>ExitAnswersBox</name>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>Дата &amp;виходу:</translation>
    </message>
    <message>
        <source>Exit &amp;reason:</source>
        <translation>&amp;Причина виходу:</translation>
    </message>
    <message>
        <source>S&amp;tatus within 4 weeks after exit:</source>
        <translation>&amp;Ситуація протягом 4 тижнів після виходу:</translation>
    </message>
    <message>
        <source>&amp;Qualification gained:</source>
        <translation>Зд&amp;обуто кваліфікацію:</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Дата виходу</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit from {project}</source>
        <translation>Вихід із {project}</translation>
    </message>
</context>
<context>
    <name>ExitReasonDialog</name>
    <message>
        <source>Exit reason</source>
        <translation>Причина виходу</translation>
    </message>
    <message>
        <source>counts as success in the outcome report</source>
        <translation>вважається успіхом у звіті про результати</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Counts as:</source>
        <translation>&amp;Вважається:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>ExitReasonsBox</name>
    <message>
        <source>Exit reasons (saved as you edit them)</source>
        <translation>Причини виходу (зберігаються під час редагування)</translation>
    </message>
    <message>
        <source>No exit reasons yet – add one with “Add reason”.</source>
        <translation>Причин виходу ще немає – додайте через «Додати причину».</translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation>Причини виходу</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>&amp;Додати причину</translation>
    </message>
    <message>
        <source>&amp;Edit reason</source>
        <translation>Р&amp;едагувати причину</translation>
    </message>
    <message>
        <source>Re&amp;tire / reactivate</source>
        <translation>В&amp;ивести з ужитку / повернути</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>використовується</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>виведено з ужитку</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Вважається</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успіх</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>Оплачена робота</translation>
    </message>
    <message>
        <source>Received from other clubs</source>
        <translation>Отримано від інших об’єднань</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант(ка)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason for merging</source>
        <translation>Причина об’єднання</translation>
    </message>
    <message>
        <source>Reason for removing</source>
        <translation>Причина вилучення</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Країна проживання</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Країна народження</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Статус перебування</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Рік в’їзду</translation>
    </message>
    <message>
        <source>School qualification</source>
        <translation>Шкільна освіта</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>Країна здобуття шкільної освіти</translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation>Професійна кваліфікація</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>Країна здобуття професійної кваліфікації</translation>
    </message>
    <message>
        <source>Reference occupation</source>
        <translation>Референтна професія</translation>
    </message>
    <message>
        <source>Regulated profession</source>
        <translation>Регульована професія</translation>
    </message>
    <message>
        <source>Recognition status</source>
        <translation>Стан визнання</translation>
    </message>
    <message>
        <source>German level</source>
        <translation>Рівень німецької</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Як дізналися</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>Куди перенаправлено</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Перенаправлено до</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Нагадування на</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Причина видалення</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Організатор</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Перший день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Останній день</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Час початку</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Статус зайнятості при вступі</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>Місяців без роботи</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Найвищий рівень освіти</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Інвалідність</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Меншина</translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation>Іноземне походження</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>Безхатченко або без житла</translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation>Сільська місцевість</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Дата виходу</translation>
    </message>
    <message>
        <source>Status within 4 weeks after exit</source>
        <translation>Ситуація протягом 4 тижнів після виходу</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Здобуто кваліфікацію</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Причина виходу</translation>
    </message>
    <message>
        <source>Employed after 6 months</source>
        <translation>Працевлаштований(а) через 6 місяців</translation>
    </message>
    <message>
        <source>Situation improved</source>
        <translation>Ситуація покращилася</translation>
    </message>
    <message>
        <source>Unemployed for months</source>
        <translation>Безробітний(а), місяців</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата вступу</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Причина зміни</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Дата закриття</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Причина повторного відкриття</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Партнерська організація</translation>
    </message>
    <message>
        <source>Further people reached</source>
        <translation>Інші охоплені особи</translation>
    </message>
    <message>
        <source>Further goals</source>
        <translation>Інші цілі</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершення</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Причина завершення</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Назва організації</translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation>Контакт із питань захисту даних</translation>
    </message>
    <message>
        <source>Cases without a project, after the last contact</source>
        <translation>Справи без проєкту, після останнього контакту</translation>
    </message>
    <message>
        <source>Former volunteers, after leaving</source>
        <translation>Колишні волонтери, після виходу</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Код проєкту</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>Retention years</source>
        <translation>Строк зберігання (роки)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Назва проєкту</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Програма фінансування</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Погодинна ставка</translation>
    </message>
    <message>
        <source>Minimum support</source>
        <translation>Мінімальний обсяг підтримки</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодавець</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Дата підтримки</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>Компетентний орган</translation>
    </message>
    <message>
        <source>Country of the qualification</source>
        <translation>Країна здобуття кваліфікації</translation>
    </message>
    <message>
        <source>KldB code</source>
        <translation>Код KldB</translation>
    </message>
    <message>
        <source>Year of the qualification</source>
        <translation>Рік здобуття кваліфікації</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Дата подання заяви</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Дата рішення</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Адаптаційний захід</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>Адаптаційний захід до</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Годин на тиждень</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Роботодавець</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>Професійна сфера</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Вид договору</translation>
    </message>
    <message>
        <source>Linked exit</source>
        <translation>Пов’язаний вихід</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Блокувати через</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хвилин</translation>
    </message>
    <message>
        <source>Backup reminder after</source>
        <translation>Нагадування про резервну копію через</translation>
    </message>
    <message>
        <source>days</source>
        <translation>днів</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Відображуване ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Менті</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>Довідку про несудимість пред’явлено</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Довідку видано</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>Дата навчання</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата виходу</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Дата приєднання</translation>
    </message>
    <message>
        <source>Relevant entry</source>
        <translation>Релевантний запис</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Угоду підписано</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <source>Information and consent – {case}</source>
        <translation>Інформація та згода – {case}</translation>
    </message>
    <message>
        <source>Hand over the data protection information and ask for the consents the club uses. Record only what the person said: a consent that was not asked stays “not answered”.</source>
        <translation>Передайте інформацію про захист даних і запитайте про згоди, які використовує об’єднання. Фіксуйте лише те, що сказала особа: згода, про яку не запитували, залишається «без відповіді».</translation>
    </message>
    <message>
        <source>Print &amp;information notice …</source>
        <translation>&amp;Надрукувати інформацію …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>Надрукувати &amp;форму згоди …</translation>
    </message>
    <message>
        <source>Information notice (Art. 13 GDPR)</source>
        <translation>Інформація про захист даних (ст. 13 GDPR)</translation>
    </message>
    <message>
        <source>Handed over &amp;today</source>
        <translation>Передано &amp;сьогодні</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Згоди</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>передача контактних даних {partner}</translation>
    </message>
    <message>
        <source>The club asks for no consents.</source>
        <translation>Об’єднання не запитує жодних згод.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— без відповіді —</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Lotse – first start</source>
        <translation>Lotse – перший запуск</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Створити базу даних</translation>
    </message>
    <message>
        <source>&amp;Start Lotse</source>
        <translation>&amp;Запустити Lotse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Нове нагадування</translation>
    </message>
    <message>
        <source>what to do, e.g. ask about the decision</source>
        <translation>що зробити, напр., запитати про рішення</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Термін</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Відповідальний(а)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>No follow-ups yet – add one with “New follow-up”.</source>
        <translation>Нагадувань ще немає – додайте через «Нове нагадування».</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>&amp;New follow-up</source>
        <translation>&amp;Нове нагадування</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Позначити як &amp;виконане</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>Save the information notice – not encrypted</source>
        <translation>Зберегти інформацію про захист даних – не зашифровано</translation>
    </message>
    <message>
        <source>Save the consent form – not encrypted</source>
        <translation>Зберегти форму згоди – не зашифровано</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>Створення PDF …</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.РРРР</translation>
    </message>
    <message>
        <source>Choose from calendar</source>
        <translation>Вибрати в календарі</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY, e.g. 31.12.2027.</source>
        <translation>{label}: &apos;{value}&apos; не є датою. Використайте ДД.ММ.РРРР, напр., 31.12.2027.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: введіть дату.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Виправте %n позначене поле.</numerusform>
            <numerusform>Виправте %n позначені поля.</numerusform>
            <numerusform>Виправте %n позначених полів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Скасувати зміни?</translation>
    </message>
    <message>
        <source>You have entered something that is not saved yet. Discard it?</source>
        <translation>Ви ввели дані, які ще не збережено. Скасувати їх?</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Working with Lotse</source>
        <translation>Робота з Lotse</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка даних:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Файл журналу:</translation>
    </message>
    <message>
        <source>Advisors see only the cases they are &amp;responsible for</source>
        <translation>Консультанти бачать лише справи, за які вони &amp;відповідають</translation>
    </message>
    <message>
        <source>Case access:</source>
        <translation>Доступ до справ:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> р.</translation>
    </message>
    <message>
        <source>Police clearance valid for (&amp;years):</source>
        <translation>Довідка про несудимість дійсна (&amp;років):</translation>
    </message>
    <message>
        <source>A mentor needs the club&apos;s &amp;training before a tandem</source>
        <translation>Ментор(ка) має пройти &amp;навчання об’єднання перед тандемом</translation>
    </message>
    <message>
        <source>Tandems:</source>
        <translation>Тандеми:</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> хв без введення</translation>
    </message>
    <message>
        <source>Then Lotse covers its windows and asks for the password again; nothing typed is lost.</source>
        <translation>Потім Lotse закриває свої вікна й знову запитує пароль; нічого з введеного не втрачається.</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Блокувати через:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The start page reminds administrators when no backup was saved outside the data folder (a USB stick, a network drive) for this long.</source>
        <translation>Стартова сторінка нагадує адміністраторам, якщо протягом цього часу не було збережено резервної копії поза папкою даних (USB-накопичувач, мережевий диск).</translation>
    </message>
    <message>
        <source>&amp;Backup reminder after:</source>
        <translation>Нагадування про резервну &amp;копію через:</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>Змінювати ці налаштування можуть лише адміністратори.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation>Посібник користувача</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Ліворуч)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперед (Alt+Праворуч)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>Table of contents (Alt+Home)</source>
        <translation>Зміст (Alt+Home)</translation>
    </message>
    <message>
        <source>Find in this page (Ctrl+F)</source>
        <translation>Пошук на цій сторінці (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Пошук на цій сторінці</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <source>Lotse user manual</source>
        <translation>Посібник користувача Lotse</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не знайдено</translation>
    </message>
</context>
<context>
    <name>HourlyRatesTab</name>
    <message>
        <source>Hours are valued with the value of their year. A year without its own value uses the flat value on the first tab, and without that the statutory minimum wage of that year.</source>
        <translation>Години оцінюються за вартістю відповідного року. Для року без власної вартості використовується фіксована вартість із першої вкладки, а якщо її немає – установлена законом мінімальна заробітна плата того року.</translation>
    </message>
    <message>
        <source>No values of their own yet – enter a year and a value below and click “Set value”.</source>
        <translation>Власних значень ще немає – введіть нижче рік і вартість та натисніть «Встановити вартість».</translation>
    </message>
    <message>
        <source>Value of a volunteer hour per year</source>
        <translation>Вартість години волонтерської роботи за рік</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>e.g. 13,90</source>
        <translation>напр., 13,90</translation>
    </message>
    <message>
        <source>Value in euro</source>
        <translation>Вартість у євро</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>В&amp;становити вартість</translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation>Ви&amp;лучити вартість</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Рік:</translation>
    </message>
    <message>
        <source>Value (€):</source>
        <translation>Вартість (€):</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>Вартість (€)</translation>
    </message>
    <message>
        <source>Minimum wage (€)</source>
        <translation>Мінімальна зарплата (€)</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Enter volunteer hours</source>
        <translation>Внести волонтерські години</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>напр., 1,5</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Волонтер(ка):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Години:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Ді&amp;яльність:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Про&amp;єкт:</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>&amp;Менті:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>Неможливо записати файл {path}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; allowed are DD.MM.YYYY, YYYY-MM-DD or an Excel date</source>
        <translation>&apos;{value}&apos; не є датою; дозволено ДД.ММ.РРРР, РРРР-ММ-ДД або дату Excel</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed; allowed: {allowed}</source>
        <translation>&apos;{value}&apos; не дозволено; дозволено: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of hours such as 1,5 or 1:30</source>
        <translation>&apos;{value}&apos; не є кількістю годин, як-от 1,5 або 1:30</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; не є числом</translation>
    </message>
    <message>
        <source>{value} read as {postcode}: the leading zero was added</source>
        <translation>{value} прочитано як {postcode}: додано нуль на початку</translation>
    </message>
    <message>
        <source>{count} characters; at most {n} are allowed</source>
        <translation>символів: {count}; дозволено щонайбільше {n}</translation>
    </message>
    <message>
        <source>character {position} is an invisible control character; remove it</source>
        <translation>символ {position} – невидимий керівний символ; видаліть його</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; не є цілим числом</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value} поза межами від {low} до {high}</translation>
    </message>
    <message>
        <source>{value} hours: allowed are 0,25 to 10 in quarter hours</source>
        <translation>{value} год: дозволено від 0,25 до 10 із кроком у чверть години</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a postcode; five digits are required</source>
        <translation>&apos;{value}&apos; не є поштовим індексом; потрібно п’ять цифр</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a case number such as 2026-0042</source>
        <translation>&apos;{value}&apos; не є номером справи, як-от 2026-0042</translation>
    </message>
    <message>
        <source>a year from 1900 to {year} is allowed</source>
        <translation>дозволено рік від 1900 до {year}</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>«{value}» не є адресою електронної пошти</translation>
    </message>
    <message>
        <source>only for a qualification that was obtained; leave it empty for none or unknown</source>
        <translation>лише для здобутої кваліфікації; якщо немає або невідомо, залиште порожнім</translation>
    </message>
    <message>
        <source>only for a closed case (Fallstatus “{closed}”)</source>
        <translation>лише для закритої справи (Fallstatus «{closed}»)</translation>
    </message>
    <message>
        <source>must not lie in the future</source>
        <translation>не може бути в майбутньому</translation>
    </message>
    <message>
        <source>your role may not enter this column; leave it empty</source>
        <translation>ваша роль не дозволяє заповнювати цей стовпець; залиште його порожнім</translation>
    </message>
    <message>
        <source>only for an address in Germany; the person lives abroad (Wohnsitz im Ausland), leave it empty</source>
        <translation>лише для адреси в Німеччині; особа проживає за кордоном (Wohnsitz im Ausland), залиште порожнім</translation>
    </message>
    <message>
        <source>user “{name}” does not exist in Lotse</source>
        <translation>користувача «{name}» у Lotse не існує</translation>
    </message>
    <message>
        <source>only an administrator may make another user responsible for a case; leave the column empty or give your own user name</source>
        <translation>лише адміністратор може призначити відповідальним за справу іншого користувача; залиште стовпець порожнім або вкажіть власне ім’я користувача</translation>
    </message>
    <message>
        <source>case number {number} does not exist</source>
        <translation>номера справи {number} не існує</translation>
    </message>
    <message>
        <source>your role may not enter this sheet; remove it from the file</source>
        <translation>ваша роль не дозволяє заповнювати цей аркуш; вилучіть його з файлу</translation>
    </message>
    <message>
        <source>no partner of this name; add it under Settings → Data protection</source>
        <translation>немає партнера з такою назвою; додайте його в розділі Налаштування → Захист даних</translation>
    </message>
    <message>
        <source>a consent to pass data to a partner names the partner; other consents leave this column empty</source>
        <translation>згода на передачу даних партнеру вказує партнера; для інших згод цей стовпець залишається порожнім</translation>
    </message>
    <message>
        <source>must not be before the date it was given</source>
        <translation>не може бути раніше за дату надання згоди</translation>
    </message>
    <message>
        <source>only an administrator may enter consultations in another user’s name; leave the column empty or give your own user name</source>
        <translation>лише адміністратор може вносити консультації від імені іншого користувача; залиште стовпець порожнім або вкажіть власне ім’я користувача</translation>
    </message>
    <message>
        <source>topic “{name}” is not in the catalogue</source>
        <translation>теми «{name}» немає в каталозі</translation>
    </message>
    <message>
        <source>this consultation was written by another advisor; only they or an administrator may change it</source>
        <translation>цю консультацію записав(ла) інший(а) консультант(ка); змінити її може лише він(вона) або адміністратор</translation>
    </message>
    <message>
        <source>“{name}” matches several volunteers; use the number</source>
        <translation>«{name}» відповідає кільком волонтерам; використайте номер</translation>
    </message>
    <message>
        <source>no volunteer with number or name “{name}”</source>
        <translation>немає волонтера з номером або ім’ям «{name}»</translation>
    </message>
    <message>
        <source>case {number} is no mentee of this volunteer; hours for a participant need a tandem of the two</source>
        <translation>справа {number} не є менті цього волонтера; для годин з учасником потрібен тандем цих двох осіб</translation>
    </message>
    <message>
        <source>with this row the volunteer would have {hours} hours on {date}; at most 10 hours a day are allowed</source>
        <translation>з цим рядком волонтер(ка) мав(ла) б {hours} год {date}; дозволено щонайбільше 10 годин на день</translation>
    </message>
    <message>
        <source>only asked in ESF projects; {project} is not one, leave the cell empty</source>
        <translation>запитується лише в проєктах ESF; {project} не є таким проєктом, залиште клітинку порожньою</translation>
    </message>
    <message>
        <source>must not be before the entry date</source>
        <translation>не може бути раніше за дату вступу</translation>
    </message>
    <message>
        <source>only allowed with “arbeitslos”</source>
        <translation>дозволено лише зі значенням «arbeitslos»</translation>
    </message>
    <message>
        <source>project “{code}” does not exist in Lotse</source>
        <translation>проєкту «{code}» у Lotse не існує</translation>
    </message>
    <message>
        <source>the same person and project are already in row {row}</source>
        <translation>ця сама особа з тим самим проєктом уже є в рядку {row}</translation>
    </message>
    <message>
        <source>case {number} belongs to another advisor; only they or an administrator may change it</source>
        <translation>справа {number} належить іншому консультанту(-ці); змінити її може лише він(вона) або адміністратор</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>рядок {row}, стовпець {column}: {message}</translation>
    </message>
    <message>
        <source>required column is missing; the header row needs “{header}”</source>
        <translation>бракує обов’язкового стовпця; у рядку заголовків потрібен «{header}»</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>цей стовпець обов’язковий</translation>
    </message>
    <message>
        <source>Unknown kind {kind}; allowed: {allowed}.</source>
        <translation>Невідомий вид {kind}; дозволено: {allowed}.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>Неможливо прочитати файл {name}: {reason}</translation>
    </message>
    <message>
        <source>it has {size} MB; at most {limit} MB can be imported</source>
        <translation>його розмір {size} МБ; імпортувати можна щонайбільше {limit} МБ</translation>
    </message>
    <message>
        <source>it would unpack to {size} MB (at most {limit} MB, packed at most {ratio} times, are allowed); it is not a normal spreadsheet and was not opened</source>
        <translation>після розпакування він мав би {size} МБ (дозволено щонайбільше {limit} МБ і ступінь стиснення щонайбільше {ratio}); це не звичайна таблиця, тому її не відкрито</translation>
    </message>
    <message>
        <source>only Excel (.xlsx, .xls), LibreOffice (.ods) and .csv files can be imported</source>
        <translation>імпортувати можна лише файли Excel (.xlsx, .xls), LibreOffice (.ods) і .csv</translation>
    </message>
    <message>
        <source>more than 200,000 rows</source>
        <translation>понад 200 000 рядків</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (ANSI). Check that umlauts and names look right in the preview.</source>
        <translation>Файл не в кодуванні UTF-8; його прочитано як Windows-1252 (ANSI). Перевірте в попередньому перегляді, чи правильно відображаються умлаути та імена.</translation>
    </message>
    <message>
        <source>line {line} contains a byte that is not valid in the file&apos;s encoding; save the file again as UTF-8 (“CSV UTF-8” in Excel) and import it again</source>
        <translation>рядок {line} містить байт, неприпустимий у кодуванні файлу; збережіть файл знову як UTF-8 («CSV UTF-8» в Excel) і імпортуйте ще раз</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Імпортувати таблицю</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Your role may not import spreadsheets.</source>
        <translation>Ваша роль не дозволяє імпортувати таблиці.</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Перевірка …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Імпорт …</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Lotse is already open</source>
        <translation>Lotse вже відкрито</translation>
    </message>
    <message>
        <source>Lotse is already open with the data folder
{path}
(in another window, perhaps by another user of this computer). Please use that window: two Lotse windows on the same data would overwrite each other&apos;s work.</source>
        <translation>Lotse вже відкрито з папкою даних
{path}
(в іншому вікні, можливо, іншим користувачем цього комп’ютера). Працюйте в тому вікні: два вікна Lotse з тими самими даними перезаписували б роботу одне одного.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>— please choose —</source>
        <translation>— виберіть —</translation>
    </message>
</context>
<context>
    <name>Labels.Activity</name>
    <message>
        <source>mentoring</source>
        <translation>менторство</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>супровід</translation>
    </message>
    <message>
        <source>language support</source>
        <translation>мовна допомога</translation>
    </message>
    <message>
        <source>interpreting</source>
        <translation>усний переклад</translation>
    </message>
    <message>
        <source>event</source>
        <translation>захід</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>адміністрування</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>інша діяльність</translation>
    </message>
</context>
<context>
    <name>Labels.AdaptationKind</name>
    <message>
        <source>adaptation course</source>
        <translation>адаптаційний курс</translation>
    </message>
    <message>
        <source>aptitude test</source>
        <translation>іспит на придатність</translation>
    </message>
    <message>
        <source>knowledge test</source>
        <translation>іспит на знання</translation>
    </message>
    <message>
        <source>adaptation qualification</source>
        <translation>адаптаційна кваліфікація</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
</context>
<context>
    <name>Labels.AllowanceKind</name>
    <message>
        <source>Trainer allowance (§ 3 No. 26 EStG)</source>
        <translation>Тренерська пільга (§ 3 № 26 EStG)</translation>
    </message>
    <message>
        <source>Volunteer allowance (§ 3 No. 26a EStG)</source>
        <translation>Волонтерська пільга (§ 3 № 26a EStG)</translation>
    </message>
    <message>
        <source>Expense refund</source>
        <translation>Відшкодування витрат</translation>
    </message>
</context>
<context>
    <name>Labels.Answer</name>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не вказано</translation>
    </message>
</context>
<context>
    <name>Labels.AppointmentStatus</name>
    <message>
        <source>planned</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <source>held</source>
        <translation>відбулася</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>not attended</source>
        <translation>не з’явився(-лася)</translation>
    </message>
</context>
<context>
    <name>Labels.AttendanceState</name>
    <message>
        <source>present</source>
        <translation>присутній(я)</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>з поважної причини</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>відсутній(я)</translation>
    </message>
</context>
<context>
    <name>Labels.CaseStatus</name>
    <message>
        <source>open</source>
        <translation>відкрита</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрита</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>анонімізована</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentForm</name>
    <message>
        <source>given in writing</source>
        <translation>надано письмово</translation>
    </message>
    <message>
        <source>given orally</source>
        <translation>надано усно</translation>
    </message>
    <message>
        <source>given electronically</source>
        <translation>надано електронно</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentKind</name>
    <message>
        <source>consent to data processing</source>
        <translation>згода на обробку даних</translation>
    </message>
    <message>
        <source>Art. 13 GDPR notice handed over</source>
        <translation>інформацію за ст. 13 GDPR передано</translation>
    </message>
    <message>
        <source>consent to transfer to funder</source>
        <translation>згода на передачу грантодавцю</translation>
    </message>
    <message>
        <source>consent to photos</source>
        <translation>згода на фото</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>згода на контакт</translation>
    </message>
    <message>
        <source>consent to pass contact data to a partner</source>
        <translation>згода на передачу контактних даних партнеру</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationFormat</name>
    <message>
        <source>in person</source>
        <translation>особисто</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефоном</translation>
    </message>
    <message>
        <source>video</source>
        <translation>відео</translation>
    </message>
    <message>
        <source>written</source>
        <translation>письмово</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>виїзна</translation>
    </message>
    <message>
        <source>group</source>
        <translation>група</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationKind</name>
    <message>
        <source>first consultation</source>
        <translation>первинна консультація</translation>
    </message>
    <message>
        <source>follow-up consultation</source>
        <translation>повторна консультація</translation>
    </message>
</context>
<context>
    <name>Labels.ContractType</name>
    <message>
        <source>employment subject to social insurance</source>
        <translation>робота із соціальним страхуванням</translation>
    </message>
    <message>
        <source>marginal employment</source>
        <translation>мінімальна зайнятість (Minijob)</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>самозайнятість</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>професійне навчання</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>стажування</translation>
    </message>
</context>
<context>
    <name>Labels.CourseKind</name>
    <message>
        <source>language course</source>
        <translation>мовний курс</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>кваліфікаційний курс</translation>
    </message>
    <message>
        <source>application training</source>
        <translation>тренінг із працевлаштування</translation>
    </message>
    <message>
        <source>orientation course</source>
        <translation>орієнтаційний курс</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інший курс</translation>
    </message>
</context>
<context>
    <name>Labels.DocumentKind</name>
    <message>
        <source>signed questionnaire</source>
        <translation>підписана анкета</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>згода</translation>
    </message>
    <message>
        <source>recognition decision</source>
        <translation>рішення про визнання</translation>
    </message>
    <message>
        <source>certificate or attestation</source>
        <translation>свідоцтво або довідка</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>угода</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
</context>
<context>
    <name>Labels.EconomicSector</name>
    <message>
        <source>A Agriculture, forestry and fishing</source>
        <translation>A Сільське, лісове та рибне господарство</translation>
    </message>
    <message>
        <source>B Mining and quarrying</source>
        <translation>B Добувна промисловість і розроблення кар’єрів</translation>
    </message>
    <message>
        <source>C Manufacturing</source>
        <translation>C Переробна промисловість</translation>
    </message>
    <message>
        <source>D Energy supply</source>
        <translation>D Енергопостачання</translation>
    </message>
    <message>
        <source>E Water supply, sewerage and waste management</source>
        <translation>E Водопостачання, каналізація, поводження з відходами</translation>
    </message>
    <message>
        <source>F Construction</source>
        <translation>F Будівництво</translation>
    </message>
    <message>
        <source>G Trade; repair of motor vehicles</source>
        <translation>G Торгівля; ремонт автотранспортних засобів</translation>
    </message>
    <message>
        <source>H Transportation and storage</source>
        <translation>H Транспорт і складське господарство</translation>
    </message>
    <message>
        <source>I Accommodation and food service</source>
        <translation>I Тимчасове розміщування й організація харчування</translation>
    </message>
    <message>
        <source>J Information and communication</source>
        <translation>J Інформація та телекомунікації</translation>
    </message>
    <message>
        <source>K Financial and insurance services</source>
        <translation>K Фінансова та страхова діяльність</translation>
    </message>
    <message>
        <source>L Real estate</source>
        <translation>L Операції з нерухомим майном</translation>
    </message>
    <message>
        <source>M Professional, scientific and technical services</source>
        <translation>M Професійна, наукова та технічна діяльність</translation>
    </message>
    <message>
        <source>N Administrative and support services</source>
        <translation>N Адміністративне та допоміжне обслуговування</translation>
    </message>
    <message>
        <source>O Public administration; social security</source>
        <translation>O Державне управління; соціальне страхування</translation>
    </message>
    <message>
        <source>P Education</source>
        <translation>P Освіта</translation>
    </message>
    <message>
        <source>Q Human health and social work</source>
        <translation>Q Охорона здоров’я та соціальна допомога</translation>
    </message>
    <message>
        <source>R Arts, entertainment and recreation</source>
        <translation>R Мистецтво, спорт, розваги та відпочинок</translation>
    </message>
    <message>
        <source>S Other services</source>
        <translation>S Надання інших видів послуг</translation>
    </message>
    <message>
        <source>T Private households</source>
        <translation>T Приватні домогосподарства</translation>
    </message>
    <message>
        <source>U Extraterritorial organisations</source>
        <translation>U Екстериторіальні організації</translation>
    </message>
</context>
<context>
    <name>Labels.EducationLevel</name>
    <message>
        <source>ISCED 0-2 (up to lower secondary)</source>
        <translation>ISCED 0-2 (до базової середньої освіти)</translation>
    </message>
    <message>
        <source>ISCED 3-4 (upper secondary, vocational training)</source>
        <translation>ISCED 3-4 (повна середня освіта, професійне навчання)</translation>
    </message>
    <message>
        <source>ISCED 5-8 (tertiary)</source>
        <translation>ISCED 5-8 (вища освіта)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не вказано</translation>
    </message>
</context>
<context>
    <name>Labels.EmploymentStatus</name>
    <message>
        <source>employed</source>
        <translation>працевлаштований(а)</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>самозайнятий(а)</translation>
    </message>
    <message>
        <source>unemployed (registered)</source>
        <translation>безробітний(а) (зареєстрований(а))</translation>
    </message>
    <message>
        <source>not employed, not registered</source>
        <translation>не працює, не зареєстрований(а)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не вказано</translation>
    </message>
</context>
<context>
    <name>Labels.ErasureGround</name>
    <message>
        <source>The data are no longer needed (Art. 17 (1) (a))</source>
        <translation>Дані більше не потрібні (ст. 17 (1) (a))</translation>
    </message>
    <message>
        <source>The person withdrew their consent (Art. 17 (1) (b))</source>
        <translation>Особа відкликала свою згоду (ст. 17 (1) (b))</translation>
    </message>
    <message>
        <source>The person objected to the processing (Art. 17 (1) (c))</source>
        <translation>Особа заперечила проти обробки (ст. 17 (1) (c))</translation>
    </message>
    <message>
        <source>The data were processed unlawfully (Art. 17 (1) (d))</source>
        <translation>Дані оброблялися незаконно (ст. 17 (1) (d))</translation>
    </message>
    <message>
        <source>A legal obligation requires the erasure (Art. 17 (1) (e))</source>
        <translation>Видалення вимагає юридичний обов’язок (ст. 17 (1) (e))</translation>
    </message>
</context>
<context>
    <name>Labels.EventKind</name>
    <message>
        <source>information event</source>
        <translation>інформаційний захід</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>воркшоп</translation>
    </message>
    <message>
        <source>office hours</source>
        <translation>консультаційні години</translation>
    </message>
</context>
<context>
    <name>Labels.ExitReasonCategory</name>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>перервано</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>інша причина</translation>
    </message>
</context>
<context>
    <name>Labels.ExitStatus</name>
    <message>
        <source>job-seeking</source>
        <translation>шукає роботу</translation>
    </message>
    <message>
        <source>in school or training</source>
        <translation>навчається в школі чи на професійному навчанні</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>працевлаштований(а)</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>самозайнятий(а)</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>жодне з цього</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>Labels.Gender</name>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>non-binary</source>
        <translation>небінарна</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не вказано</translation>
    </message>
</context>
<context>
    <name>Labels.GermanLevel</name>
    <message>
        <source>no German</source>
        <translation>не володіє німецькою</translation>
    </message>
    <message>
        <source>A1 (beginner)</source>
        <translation>A1 (початковий)</translation>
    </message>
    <message>
        <source>A2 (elementary)</source>
        <translation>A2 (елементарний)</translation>
    </message>
    <message>
        <source>B1 (intermediate)</source>
        <translation>B1 (середній)</translation>
    </message>
    <message>
        <source>B2 (upper intermediate)</source>
        <translation>B2 (вище середнього)</translation>
    </message>
    <message>
        <source>C1 (advanced)</source>
        <translation>C1 (просунутий)</translation>
    </message>
    <message>
        <source>C2 (proficient)</source>
        <translation>C2 (вільне володіння)</translation>
    </message>
    <message>
        <source>German as first language</source>
        <translation>німецька – рідна мова</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не вказано</translation>
    </message>
</context>
<context>
    <name>Labels.HoursStatus</name>
    <message>
        <source>submitted</source>
        <translation>подано</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
</context>
<context>
    <name>Labels.LongTermUnemploymentRule</name>
    <message>
        <source>12 months or longer (§ 18 SGB III)</source>
        <translation>12 місяців або довше (§ 18 SGB III)</translation>
    </message>
    <message>
        <source>over 12 months, below 25 over 6 months (EU survey rule)</source>
        <translation>понад 12 місяців, до 25 років – понад 6 місяців (правило опитувань ЄС)</translation>
    </message>
</context>
<context>
    <name>Labels.MeetingRhythm</name>
    <message>
        <source>weekly</source>
        <translation>щотижня</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>раз на два тижні</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>щомісяця</translation>
    </message>
    <message>
        <source>as agreed</source>
        <translation>за домовленістю</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipGoal</name>
    <message>
        <source>learning and practising German</source>
        <translation>вивчення та практика німецької мови</translation>
    </message>
    <message>
        <source>applications for training and jobs</source>
        <translation>заявки на професійне навчання та роботу</translation>
    </message>
    <message>
        <source>support in training and school</source>
        <translation>підтримка в навчанні та школі</translation>
    </message>
    <message>
        <source>authorities and forms</source>
        <translation>установи та формуляри</translation>
    </message>
    <message>
        <source>leisure and social contacts</source>
        <translation>дозвілля та соціальні контакти</translation>
    </message>
    <message>
        <source>other goal</source>
        <translation>інша ціль</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipStatus</name>
    <message>
        <source>proposed</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>призупинено</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionResult</name>
    <message>
        <source>full equivalence</source>
        <translation>повна рівноцінність</translation>
    </message>
    <message>
        <source>partial equivalence (adaptation measure)</source>
        <translation>часткова рівноцінність (компенсаційний захід)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionStatus</name>
    <message>
        <source>not applicable</source>
        <translation>не стосується</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не розпочато</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>заяву подано</translation>
    </message>
    <message>
        <source>full equivalence</source>
        <translation>повна рівноцінність</translation>
    </message>
    <message>
        <source>partial equivalence</source>
        <translation>часткова рівноцінність</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>compensation measure</source>
        <translation>компенсаційний захід</translation>
    </message>
</context>
<context>
    <name>Labels.ReferralSource</name>
    <message>
        <source>came by themselves</source>
        <translation>прийшов(ла) самостійно</translation>
    </message>
    <message>
        <source>family or friends</source>
        <translation>родина або знайомі</translation>
    </message>
    <message>
        <source>Jobcenter / employment agency</source>
        <translation>Jobcenter / Агентство з питань праці</translation>
    </message>
    <message>
        <source>community organisation</source>
        <translation>громадська організація</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>інтернет</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
</context>
<context>
    <name>Labels.ResidenceStatus</name>
    <message>
        <source>Permission to remain (asylum procedure)</source>
        <translation>Дозвіл на перебування (процедура притулку)</translation>
    </message>
    <message>
        <source>Toleration (Duldung)</source>
        <translation>Відстрочка депортації (Duldung)</translation>
    </message>
    <message>
        <source>Residence permit § 24 (temporary protection)</source>
        <translation>Дозвіл на проживання § 24 (тимчасовий захист)</translation>
    </message>
    <message>
        <source>Residence permit § 25 (humanitarian)</source>
        <translation>Дозвіл на проживання § 25 (гуманітарний)</translation>
    </message>
    <message>
        <source>Other residence permit</source>
        <translation>Інший дозвіл на проживання</translation>
    </message>
    <message>
        <source>Settlement permit</source>
        <translation>Дозвіл на постійне проживання</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>Громадянин(ка) ЄС</translation>
    </message>
    <message>
        <source>German citizen</source>
        <translation>Громадянин(ка) Німеччини</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>Labels.Role</name>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант(ка)</translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation>Координатор(ка) волонтерів</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Скарбник(ця)</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтер(ка)</translation>
    </message>
</context>
<context>
    <name>Labels.SchoolQualification</name>
    <message>
        <source>no school qualification</source>
        <translation>без шкільної освіти</translation>
    </message>
    <message>
        <source>lower secondary (Hauptschulabschluss)</source>
        <translation>базова середня (Hauptschulabschluss)</translation>
    </message>
    <message>
        <source>intermediate (Mittlerer Abschluss)</source>
        <translation>середня (Mittlerer Abschluss)</translation>
    </message>
    <message>
        <source>upper secondary (Abitur, Fachhochschulreife)</source>
        <translation>повна середня (Abitur, Fachhochschulreife)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>Labels.SensitiveAnswer</name>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відмова відповідати</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не вказано</translation>
    </message>
</context>
<context>
    <name>Labels.SupportedOrganisationKind</name>
    <message>
        <source>public administration or service (EECO18)</source>
        <translation>державне управління або служба (EECO18)</translation>
    </message>
    <message>
        <source>micro, small or medium-sized enterprise (EECO19)</source>
        <translation>мікро-, мале або середнє підприємство (EECO19)</translation>
    </message>
</context>
<context>
    <name>Labels.VocationalQualification</name>
    <message>
        <source>no vocational qualification</source>
        <translation>без професійної кваліфікації</translation>
    </message>
    <message>
        <source>vocational training</source>
        <translation>професійне навчання</translation>
    </message>
    <message>
        <source>master craftsman / technician</source>
        <translation>майстер / технік</translation>
    </message>
    <message>
        <source>bachelor</source>
        <translation>бакалавр</translation>
    </message>
    <message>
        <source>master, diploma, state exam</source>
        <translation>магістр, диплом, державний іспит</translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation>доктор наук (PhD)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>Labels.VolunteerStatus</name>
    <message>
        <source>active</source>
        <translation>активний(а)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>призупинено</translation>
    </message>
    <message>
        <source>left</source>
        <translation>вибув(ла)</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Your language</source>
        <translation>Ваша мова</translation>
    </message>
    <message>
        <source>As chosen at the login on this computer</source>
        <translation>Як вибрано під час входу на цьому комп’ютері</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Мова програми:</translation>
    </message>
    <message>
        <source>Documents for a person (notices, consent forms, letters) are printed in German and in the person&apos;s languages, whatever you choose here.</source>
        <translation>Документи для особи (інформація про захист даних, форми згоди, листи) друкуються німецькою та мовами цієї особи, незалежно від вибору тут.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Data folder not found</source>
        <translation>Папку даних не знайдено</translation>
    </message>
    <message>
        <source>Lotse keeps its data in
{path}
but this folder cannot be found. If it is on a USB stick or a network drive, connect it and click Retry.</source>
        <translation>Lotse зберігає свої дані в
{path}
але цю папку не вдається знайти. Якщо вона на USB-накопичувачі або мережевому диску, підключіть його й натисніть «Повторити».</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Вибрати іншу папку</translation>
    </message>
</context>
<context>
    <name>LetterWriter</name>
    <message>
        <source>Save the appointment letter – not encrypted</source>
        <translation>Зберегти лист про зустріч – не зашифровано</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>Створення PDF …</translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation>Лист про зустріч</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Consultation topics</source>
        <translation>Теми консультацій</translation>
    </message>
    <message>
        <source>Referral targets</source>
        <translation>Куди перенаправляти</translation>
    </message>
    <message>
        <source>Languages the club counsels in</source>
        <translation>Мови, якими консультує об’єднання</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>This list is empty – add the first entry with “Add”.</source>
        <translation>Цей список порожній – додайте перший запис через «Додати».</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;йменувати…</translation>
    </message>
    <message>
        <source>&amp;Retire / take back</source>
        <translation>&amp;Вивести з ужитку / повернути</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Перемістити вго&amp;ру</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Перемістити в&amp;низ</translation>
    </message>
    <message>
        <source>Offered first wherever a language is chosen. A retired language stays on old records.</source>
        <translation>Пропонується першою всюди, де вибирають мову. Виведена з ужитку мова залишається в старих записах.</translation>
    </message>
    <message>
        <source>A retired entry stays on the consultations that used it and leaves the choice lists. A new name shows on every consultation.</source>
        <translation>Виведений з ужитку запис залишається в консультаціях, де його використано, і зникає зі списків вибору. Нова назва відображається в кожній консультації.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>використовується</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>виведено з ужитку</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>Спершу виберіть запис у списку.</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>Додати до: {list}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was added.</source>
        <translation>&apos;{name}&apos; додано.</translation>
    </message>
    <message>
        <source>Rename &apos;{name}&apos;</source>
        <translation>Перейменувати &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Нова &amp;назва:</translation>
    </message>
    <message>
        <source>Renamed; every consultation shows the new name.</source>
        <translation>Перейменовано; кожна консультація показує нову назву.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is retired: it stays on old records and leaves the choice lists.</source>
        <translation>&apos;{name}&apos; виведено з ужитку: запис залишається в старих даних і зникає зі списків вибору.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in use again.</source>
        <translation>&apos;{name}&apos; знову використовується.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Lotse – log in</source>
        <translation>Lotse – вхід</translation>
    </message>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Ласкаво просимо до Lotse</translation>
    </message>
    <message>
        <source>The club&apos;s data is on a server: log in with your Lotse account.</source>
        <translation>Дані об’єднання зберігаються на сервері: увійдіть зі своїм обліковим записом Lotse.</translation>
    </message>
    <message>
        <source>The data is encrypted: log in to open it.</source>
        <translation>Дані зашифровано: увійдіть, щоб їх відкрити.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Пароль сервера</translation>
    </message>
    <message>
        <source>The password of the club&apos;s database on the server (its service account), from the person who set up the server.</source>
        <translation>Пароль бази даних об’єднання на сервері (її службового облікового запису); його надає той, хто налаштував сервер.</translation>
    </message>
    <message>
        <source>Remember it on this computer (in the system&apos;s credential store)</source>
        <translation>Запам’ятати на цьому комп’ютері (у системному сховищі облікових даних)</translation>
    </message>
    <message>
        <source>&amp;Server password:</source>
        <translation>Пароль &amp;сервера:</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База даних: {path}</translation>
    </message>
    <message>
        <source>Forgot the password? Use the &amp;recovery key…</source>
        <translation>Забули пароль? Використайте &amp;ключ відновлення…</translation>
    </message>
    <message>
        <source>Forgot the password? An administrator of your club sets a new one.</source>
        <translation>Забули пароль? Новий пароль установить адміністратор вашого об’єднання.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it now.</source>
        <translation>Новий пароль установлено. Увійдіть із ним зараз.</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Пароль не збережено</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password will be asked for at every start.</source>
        <translation>На цьому комп’ютері немає сховища облікових даних, яке може використовувати Lotse, тому пароль сервера запитуватиметься під час кожного запуску.</translation>
    </message>
    <message>
        <source>Please choose your own password to log in.</source>
        <translation>Щоб увійти, виберіть власний пароль.</translation>
    </message>
    <message>
        <source>Lotse has encrypted the database. Every account keeps its password. The unencrypted file, old backups and drafts were overwritten and removed.</source>
        <translation>Lotse зашифрував базу даних. Усі облікові записи зберігають свої паролі. Незашифрований файл, старі резервні копії та чернетки перезаписано й видалено.</translation>
    </message>
    <message>
        <source>Copies of the old, unencrypted database elsewhere (USB sticks, network drives, e-mail, backups of the computer) can still be read: delete them.</source>
        <translation>Копії старої незашифрованої бази даних в інших місцях (USB-накопичувачі, мережеві диски, електронна пошта, резервні копії комп’ютера) усе ще можна прочитати: видаліть їх.</translation>
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
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курси</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Волонтерство</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Нова справа</translation>
    </message>
    <message>
        <source>New &amp;consultation for the selected case</source>
        <translation>Нова &amp;консультація для вибраної справи</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>&amp;Анонімний короткий контакт</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Знайти справу</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet …</source>
        <translation>&amp;Імпортувати таблицю …</translation>
    </message>
    <message>
        <source>&amp;Export everything …</source>
        <translation>&amp;Експортувати все …</translation>
    </message>
    <message>
        <source>Audit &amp;trail …</source>
        <translation>&amp;Журнал аудиту …</translation>
    </message>
    <message>
        <source>Change &amp;password …</source>
        <translation>Змінити &amp;пароль …</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>&amp;Вийти / змінити користувача</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ихід</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>&amp;About Lotse</source>
        <translation>Про &amp;Lotse</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База даних: {path}</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Ви увійшли як: {name} ({role})</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Відкрити справу</translation>
    </message>
    <message>
        <source>Anonymous short contact</source>
        <translation>Анонімний короткий контакт</translation>
    </message>
    <message>
        <source>Choose a case first, then press Ctrl+Shift+N.</source>
        <translation>Спершу виберіть справу, потім натисніть Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>Export for reading – not encrypted, and not a backup</source>
        <translation>Експорт для читання – не зашифровано й не є резервною копією</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Експорт …</translation>
    </message>
    <message>
        <source>Exported to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed. It is not a backup: an import does not read back the sheets Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen and Veranstaltungen and the course sheets; nor the start time and referrals of consultations, the exit reason and recording days of enrollments, the time of day a follow-up was done, the address, region, availability, status, leaving and agreement dates and remarks of volunteers, and the event of volunteer hours. User accounts and project settings are not exported. A backup (Create backup …) keeps everything.</source>
        <translation>Експортовано в {path}. Файл не зашифровано: зберігайте його в безпечному місці й видаліть, коли він більше не потрібен. Це не резервна копія: імпорт не зчитує назад аркуші Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen і Veranstaltungen та аркуші курсів; так само час початку й перенаправлення консультацій, причину виходу та дні фіксації зарахувань, час виконання нагадування, адресу, регіон, доступність, статус, дати виходу й угоди та примітки волонтерів, а також захід для волонтерських годин. Облікові записи користувачів і налаштування проєктів не експортуються. Резервна копія (Створити резервну копію …) зберігає все.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Експортувати все</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>Базу даних оновлено</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} о {time}</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(час невідомий)</translation>
    </message>
    <message>
        <source>Unsaved consultation</source>
        <translation>Незбережена консультація</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note from {when} for a case you can no longer open. Discard it?</source>
        <translation>Є незбережена примітка до консультації від {when} для справи, яку ви більше не можете відкрити. Скасувати її?</translation>
    </message>
    <message>
        <source>There is an unsaved note of an anonymous short contact from {when}. Restore it?</source>
        <translation>Є незбережена примітка до анонімного короткого контакту від {when}. Відновити її?</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note for {case} from {when}. Restore it?</source>
        <translation>Є незбережена примітка до консультації для {case} від {when}. Відновити її?</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ваш пароль змінено.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Попередній перегляд таблиці</translation>
    </message>
    <message>
        <source>&amp;Remember these assignments for the next import</source>
        <translation>&amp;Запам’ятати ці відповідності для наступного імпорту</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. Some column headers are not known: assign them to a template column or leave them ignored.</source>
        <translation>Перші рядки так, як їх читає Lotse. Деякі заголовки стовпців невідомі: зіставте їх зі стовпцем шаблону або залиште пропущеними.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— пропустити —</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. All column headers are known.</source>
        <translation>Перші рядки так, як їх читає Lotse. Усі заголовки стовпців відомі.</translation>
    </message>
</context>
<context>
    <name>MentorshipModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Волонтер(ка)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершення</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Відпрацьовані години</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case files</source>
        <translation>Об’єднати справи</translation>
    </message>
    <message>
        <source>Everything of the other case file – consultations, enrollments, follow-ups, consents and tandems – moves into {case} ({name}); the other case file is then removed. This cannot be undone.</source>
        <translation>Усе з іншої справи – консультації, зарахування, нагадування, згоди й тандеми – переноситься до {case} ({name}); іншу справу після цього буде вилучено. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>ім’я або номер справи</translation>
    </message>
    <message>
        <source>Find the other case file</source>
        <translation>Знайти іншу справу</translation>
    </message>
    <message>
        <source>Case files to merge</source>
        <translation>Справи для об’єднання</translation>
    </message>
    <message>
        <source>e.g. entered twice at the first contact</source>
        <translation>напр., двічі створено під час першого контакту</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>&amp;Other case file:</source>
        <translation>&amp;Інша справа:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>{case} · {name} · born {birth} · likely the same person</source>
        <translation>{case} · {name} · нар. {birth} · імовірно, та сама особа</translation>
    </message>
    <message>
        <source>Other case file: please choose one.</source>
        <translation>Інша справа: виберіть одну.</translation>
    </message>
</context>
<context>
    <name>OrganisationBox</name>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>e.g. Data protection officer, Musterstr. 1, 30159 Hannover, datenschutz@…</source>
        <translation>напр., уповноважений(а) із захисту даних, Musterstr. 1, 30159 Hannover, datenschutz@…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Вибрати &amp;логотип…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>Вилучити ло&amp;готип</translation>
    </message>
    <message>
        <source>Save &amp;organisation</source>
        <translation>Зберегти &amp;організацію</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Вулиця:</translation>
    </message>
    <message>
        <source>Post&amp;code / city:</source>
        <translation>Поштовий &amp;індекс / місто:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Data protection contact:</source>
        <translation>&amp;Контакт із питань захисту даних:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Printed at the top of reports, agreements, timesheets and notices.</source>
        <translation>Друкується вгорі звітів, угод, табелів годин та інформаційних листків.</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>без логотипа</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Вибрати логотип</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This file is not a picture Lotse can read.</source>
        <translation>Цей файл не є зображенням, яке Lotse може прочитати.</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Логотип збережено.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>Логотип вилучено.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ваша організація</translation>
    </message>
    <message>
        <source>The name appears on reports and timesheets.</source>
        <translation>Назва відображається у звітах і табелях годин.</translation>
    </message>
    <message>
        <source>e.g. Brückenschlag e.V.</source>
        <translation>напр., Brückenschlag e.V.</translation>
    </message>
    <message>
        <source>Na&amp;me of the organisation:</source>
        <translation>Н&amp;азва організації:</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Назва організації</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>My follow-ups due</source>
        <translation>Мої нагадування до виконання</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Немає нічого до виконання.</translation>
    </message>
    <message>
        <source>ESF entry data missing</source>
        <translation>Бракує даних ESF при вступі</translation>
    </message>
    <message>
        <source>All entry questionnaires recorded.</source>
        <translation>Усі анкети при вступі зафіксовано.</translation>
    </message>
    <message>
        <source>ESF exit data overdue</source>
        <translation>Прострочено дані ESF при виході</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Немає прострочених.</translation>
    </message>
    <message>
        <source>6-month follow-ups due</source>
        <translation>Опитування через 6 місяців до виконання</translation>
    </message>
    <message>
        <source>Recently opened cases</source>
        <translation>Нещодавно створені справи</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Справ ще немає.</translation>
    </message>
    <message>
        <source>No backup has been copied outside the data folder yet. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>Жодної резервної копії ще не скопійовано поза папку даних. Виберіть Файл → Створити резервну копію … і збережіть її на USB-накопичувачі або мережевому диску.</translation>
    </message>
    <message>
        <source>The last backup outside the data folder is from {date}, more than {days} days ago. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>Остання резервна копія поза папкою даних датована {date}, тобто понад {days} дн. тому. Виберіть Файл → Створити резервну копію … і збережіть її на USB-накопичувачі або мережевому диску.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Anonymisations due:&lt;/b&gt; the retention of %n record(s) has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Потрібна анонімізація:&lt;/b&gt; строк зберігання %n запису закінчився. &lt;a href=&quot;privacy&quot;&gt;Переглянути й підтвердити&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Потрібна анонімізація:&lt;/b&gt; строк зберігання %n записів закінчився. &lt;a href=&quot;privacy&quot;&gt;Переглянути й підтвердити&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Потрібна анонімізація:&lt;/b&gt; строк зберігання %n записів закінчився. &lt;a href=&quot;privacy&quot;&gt;Переглянути й підтвердити&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Вітаємо, {name}</translation>
    </message>
    <message>
        <source>consultations this month</source>
        <translation>консультацій цього місяця</translation>
    </message>
    <message>
        <source>people counselled this month</source>
        <translation>осіб проконсультовано цього місяця</translation>
    </message>
    <message>
        <source>new cases this month</source>
        <translation>нових справ цього місяця</translation>
    </message>
    <message>
        <source>open cases of {total} in total</source>
        <translation>відкритих справ із {total} загалом</translation>
    </message>
    <message>
        <source>active volunteers</source>
        <translation>активних волонтерів</translation>
    </message>
    <message>
        <source>volunteer hours approved this month</source>
        <translation>підтверджених волонтерських годин цього місяця</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Зустрічі</translation>
    </message>
</context>
<context>
    <name>OwnHoursModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Діяльність</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>OwnHoursTab</name>
    <message>
        <source>No hours yet – enter them with “Enter my hours”.</source>
        <translation>Годин ще немає – внесіть їх через «Внести мої години».</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>Мої години</translation>
    </message>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>&amp;Внести мої години …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>Мій &amp;тиждень …</translation>
    </message>
    <message>
        <source>Approved so far: {hours} hours</source>
        <translation>Підтверджено на цей час: {hours} год</translation>
    </message>
</context>
<context>
    <name>PaperworkList</name>
    <message>
        <source>Police clearances and trainings</source>
        <translation>Довідки про несудимість і навчання</translation>
    </message>
    <message>
        <source>All clearances and trainings in order.</source>
        <translation>Усі довідки та навчання в порядку.</translation>
    </message>
    <message>
        <source>police clearance missing</source>
        <translation>немає довідки про несудимість</translation>
    </message>
    <message>
        <source>training missing</source>
        <translation>не пройдено навчання</translation>
    </message>
    <message>
        <source>police clearance to renew by {date}</source>
        <translation>поновити довідку про несудимість до {date}</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Редагувати партнера</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Новий партнер</translation>
    </message>
    <message>
        <source>e.g. placement into work</source>
        <translation>напр., працевлаштування</translation>
    </message>
    <message>
        <source>&amp;Active: asked at first contact</source>
        <translation>&amp;Активний: запитується під час першого контакту</translation>
    </message>
    <message>
        <source>The consent form names the partner and the purpose. Only people who consented, and did not withdraw, are in the partner&apos;s export.</source>
        <translation>Форма згоди називає партнера та мету. В експорт для партнера потрапляють лише особи, які дали згоду й не відкликали її.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Мета:</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>виведено з ужитку</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record allowance payment</source>
        <translation>Зафіксувати виплату компенсації</translation>
    </message>
    <message>
        <source>e.g. 120,00</source>
        <translation>напр., 120,00</translation>
    </message>
    <message>
        <source>Work compensated to</source>
        <translation>Оплачена робота до</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Work compensated from:</source>
        <translation>&amp;Оплачена робота з:</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Волонтер(ка):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Дата виплати:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Сума (€):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата виплати</translation>
    </message>
    <message>
        <source>Work compensated from</source>
        <translation>Оплачена робота з</translation>
    </message>
    <message>
        <source>Hours on the compensated days are paid work, not an in-kind contribution.</source>
        <translation>Години в оплачені дні є оплачуваною роботою, а не негрошовим внеском.</translation>
    </message>
    <message>
        <source>With this payment: </source>
        <translation>З цією виплатою: </translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Gender:</source>
        <translation>Стать:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата народження:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Living abroad in:</source>
        <translation>Проживає за кордоном у:</translation>
    </message>
    <message>
        <source>Phone / e-mail:</source>
        <translation>Телефон / ел. пошта:</translation>
    </message>
    <message>
        <source>Nationalities:</source>
        <translation>Громадянство:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Мови:</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>Країна народження:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>Статус перебування:</translation>
    </message>
    <message>
        <source>Year of arrival:</source>
        <translation>Рік в’їзду:</translation>
    </message>
    <message>
        <source>Knowledge of German:</source>
        <translation>Знання німецької:</translation>
    </message>
    <message>
        <source>School qualification:</source>
        <translation>Шкільна освіта:</translation>
    </message>
    <message>
        <source>Vocational qualification:</source>
        <translation>Професійна кваліфікація:</translation>
    </message>
    <message>
        <source>Reference occupation:</source>
        <translation>Референтна професія:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>Регульована професія:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>Стан визнання:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>Як дізналися про нас:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <source>{value} (obtained in {country})</source>
        <translation>{value} (здобуто в {country})</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>Працевлаштування</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Нове працевлаштування</translation>
    </message>
    <message>
        <source>e.g. 39,5</source>
        <translation>напр., 39,5</translation>
    </message>
    <message>
        <source>e.g. nursing, software development</source>
        <translation>напр., догляд, розробка ПЗ</translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation>— не пов’язано —</translation>
    </message>
    <message>
        <source>&amp;Employer *</source>
        <translation>&amp;Роботодавець *</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>&amp;Місто</translation>
    </message>
    <message>
        <source>Secto&amp;r (WZ 2008)</source>
        <translation>&amp;Галузь (WZ 2008)</translation>
    </message>
    <message>
        <source>Start &amp;date *</source>
        <translation>&amp;Дата початку *</translation>
    </message>
    <message>
        <source>&amp;Contract type *</source>
        <translation>&amp;Вид договору *</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>Г&amp;один на тиждень</translation>
    </message>
    <message>
        <source>Occupation &amp;field</source>
        <translation>Професійна &amp;сфера</translation>
    </message>
    <message>
        <source>&amp;Linked exit</source>
        <translation>Пов’язаний ви&amp;хід</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Роботодавець</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Годин на тиждень</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>Професійна сфера</translation>
    </message>
    <message>
        <source>Exit from project</source>
        <translation>Вихід із проєкту</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>No work or training taken up yet – record it with “New placement”.</source>
        <translation>Ще немає працевлаштування чи початку навчання – зафіксуйте через «Нове працевлаштування».</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Працевлаштування</translation>
    </message>
    <message>
        <source>&amp;New placement …</source>
        <translation>&amp;Нове працевлаштування …</translation>
    </message>
    <message>
        <source>Edit &amp;placement …</source>
        <translation>Редагувати &amp;працевлаштування …</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>Видалити працевлаштування</translation>
    </message>
    <message>
        <source>Delete the placement at “{employer}”?</source>
        <translation>Видалити працевлаштування в «{employer}»?</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>How long personal data are kept</source>
        <translation>Як довго зберігаються персональні дані</translation>
    </message>
    <message>
        <source>Cases &amp;without a project, after the last contact:</source>
        <translation>Справи &amp;без проєкту, після останнього контакту:</translation>
    </message>
    <message>
        <source>Former &amp;volunteers, after leaving:</source>
        <translation>Колишні &amp;волонтери, після виходу:</translation>
    </message>
    <message>
        <source>Participants of a project are kept for the years set in the project after 31 December of the year it ends (ESF: Art. 82 Regulation (EU) 2021/1060), see Projects. Police clearances are deleted three months after a volunteer leaves (§ 72a (5) SGB VIII).</source>
        <translation>Дані учасників проєкту зберігаються стільки років після 31 грудня року його завершення, скільки встановлено в проєкті (ESF: ст. 82 Регламенту (ЄС) 2021/1060), див. «Проєкти». Дані про довідки про несудимість видаляються через три місяці після виходу волонтера (§ 72a (5) SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;Save retention</source>
        <translation>&amp;Зберегти строки</translation>
    </message>
    <message>
        <source>Anonymisations due</source>
        <translation>Потрібна анонімізація</translation>
    </message>
    <message>
        <source>&amp;Anonymise all that is due …</source>
        <translation>&amp;Анонімізувати все, що потрібно …</translation>
    </message>
    <message>
        <source>Records of processing acti&amp;vities (Art. 30) …</source>
        <translation>Реєстр діяльності з &amp;обробки (ст. 30) …</translation>
    </message>
    <message>
        <source> years</source>
        <translation> р.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due.</source>
        <translation>
            <numerusform>Потрібно обробити: %n запис.</numerusform>
            <numerusform>Потрібно обробити: %n записи.</numerusform>
            <numerusform>Потрібно обробити: %n записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due: no retention has ended.</source>
        <translation>Нічого не потрібно: жоден строк зберігання не закінчився.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The server&apos;s own backups still hold the old data until they are replaced: tell whoever runs the server.</source>
        <translation>
            <numerusform>Анонімізувати зараз %n запис? Імена, контактні дані, примітки й дати народження буде остаточно вилучено; звіти збережуть свої цифри. Власні резервні копії сервера містять старі дані, доки їх не замінять: повідомте того, хто обслуговує сервер.</numerusform>
            <numerusform>Анонімізувати зараз %n записи? Імена, контактні дані, примітки й дати народження буде остаточно вилучено; звіти збережуть свої цифри. Власні резервні копії сервера містять старі дані, доки їх не замінять: повідомте того, хто обслуговує сервер.</numerusform>
            <numerusform>Анонімізувати зараз %n записів? Імена, контактні дані, примітки й дати народження буде остаточно вилучено; звіти збережуть свої цифри. Власні резервні копії сервера містять старі дані, доки їх не замінять: повідомте того, хто обслуговує сервер.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Анонімізувати</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</source>
        <translation>
            <numerusform>Анонімізувати зараз %n запис? Імена, контактні дані, примітки й дати народження буде остаточно вилучено; звіти збережуть свої цифри. Резервні копії в папці даних буде замінено новою; копії в інших місцях (USB-накопичувачі) ще містять старі дані.</numerusform>
            <numerusform>Анонімізувати зараз %n записи? Імена, контактні дані, примітки й дати народження буде остаточно вилучено; звіти збережуть свої цифри. Резервні копії в папці даних буде замінено новою; копії в інших місцях (USB-накопичувачі) ще містять старі дані.</numerusform>
            <numerusform>Анонімізувати зараз %n записів? Імена, контактні дані, примітки й дати народження буде остаточно вилучено; звіти збережуть свої цифри. Резервні копії в папці даних буде замінено новою; копії в інших місцях (USB-накопичувачі) ще містять старі дані.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising …</source>
        <translation>Анонімізація …</translation>
    </message>
    <message>
        <source>Anonymised case files: {cases}; anonymised former volunteers: {volunteers}; police clearances deleted: {clearances}.</source>
        <translation>Анонімізовано справ: {cases}, колишніх волонтерів: {volunteers}; видалено даних про довідки про несудимість: {clearances}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The file {path} could not be written or read: {reason}.</source>
        <translation>Не вдалося записати або прочитати файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>A file could not be written or read: {reason}.</source>
        <translation>Не вдалося записати або прочитати файл: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Recognition procedure</source>
        <translation>Процедура визнання</translation>
    </message>
    <message>
        <source>New recognition procedure</source>
        <translation>Нова процедура визнання</translation>
    </message>
    <message>
        <source>German reference occupation, e.g. Pflegefachfrau</source>
        <translation>німецька референтна професія, напр., Pflegefachfrau</translation>
    </message>
    <message>
        <source>e.g. 81302</source>
        <translation>напр., 81302</translation>
    </message>
    <message>
        <source>KldB 2010 code of the Bundesagentur für Arbeit, five digits; the last one is the level of requirement (1 helper, 2 skilled, 3 specialist, 4 expert).</source>
        <translation>Код KldB 2010 Федерального агентства з питань праці (Bundesagentur für Arbeit), п’ять цифр; остання – рівень вимог (1 допоміжний працівник, 2 кваліфікований фахівець, 3 спеціаліст, 4 експерт).</translation>
    </message>
    <message>
        <source>e.g. Landesamt für Soziales</source>
        <translation>напр., Landesamt für Soziales</translation>
    </message>
    <message>
        <source>— not decided yet —</source>
        <translation>— ще не вирішено —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Qualification and reference occupation</source>
        <translation>Кваліфікація та референтна професія</translation>
    </message>
    <message>
        <source>Reference &amp;occupation *</source>
        <translation>&amp;Референтна професія *</translation>
    </message>
    <message>
        <source>&amp;KldB 2010 code</source>
        <translation>Код &amp;KldB 2010</translation>
    </message>
    <message>
        <source>&amp;Regulated profession</source>
        <translation>Ре&amp;гульована професія</translation>
    </message>
    <message>
        <source>Qualification obtained &amp;in</source>
        <translation>Кваліфікацію здобу&amp;то в</translation>
    </message>
    <message>
        <source>&amp;Year obtained</source>
        <translation>Рік здо&amp;буття</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation>&amp;Компетентний орган</translation>
    </message>
    <message>
        <source>A&amp;pplication date</source>
        <translation>Дата подання за&amp;яви</translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation>Дата р&amp;ішення</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Р&amp;езультат</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Адаптаційний захід</translation>
    </message>
    <message>
        <source>Kind of &amp;measure</source>
        <translation>Вид з&amp;аходу</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>&amp;Організатор</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>Adaptation from</source>
        <translation>Адаптаційний захід з</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>Адаптаційний захід до</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;від</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>Завер&amp;шено</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Дата подання заяви</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Дата рішення</translation>
    </message>
</context>
<context>
    <name>ProcedureModel</name>
    <message>
        <source>Reference occupation</source>
        <translation>Референтна професія</translation>
    </message>
    <message>
        <source>Regulated</source>
        <translation>Регульована</translation>
    </message>
    <message>
        <source>Qualification from</source>
        <translation>Кваліфікація з</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Адаптаційний захід</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрита</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершена</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project {code}</source>
        <translation>Проєкт {code}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>З&amp;агальне</translation>
    </message>
    <message>
        <source>ESF &amp;Plus</source>
        <translation>ESF &amp;Plus</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>&amp;Результати</translation>
    </message>
    <message>
        <source>&amp;Hour values</source>
        <translation>&amp;Вартість годин</translation>
    </message>
    <message>
        <source>Supported &amp;organisations</source>
        <translation>Підтримувані &amp;установи</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>напр., WIR-2026</translation>
    </message>
    <message>
        <source> years</source>
        <translation> р.</translation>
    </message>
    <message>
        <source>empty: statutory minimum wage of each year</source>
        <translation>порожньо: установлена законом мінімальна зарплата відповідного року</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Funding progra&amp;mme:</source>
        <translation>Програма &amp;фінансування:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Грантодавець:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>По&amp;чаток:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>Завершенн&amp;я:</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>З&amp;берігати персональні дані:</translation>
    </message>
    <message>
        <source>Value of a volunteer hour (€, &amp;all years):</source>
        <translation>Вартість години волонтерської роботи (€, у&amp;сі роки):</translation>
    </message>
    <message>
        <source>The project reports participant data to ESF Plus</source>
        <translation>Проєкт передає дані учасників до ESF Plus</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>без мінімуму</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> год</translation>
    </message>
    <message>
        <source>The project supports administrations or enterprises (EECO18, EECO19)</source>
        <translation>Проєкт підтримує органи управління або підприємства (EECO18, EECO19)</translation>
    </message>
    <message>
        <source>People who received less support than the minimum (hours of consultations booked to the project) stay counselling contacts and count in no ESF indicator. The entry and exit questionnaires are asked only in ESF projects.</source>
        <translation>Особи, які отримали менше підтримки, ніж мінімальний обсяг (години консультацій, віднесених до проєкту), залишаються консультаційними контактами й не враховуються в жодному індикаторі ESF. Анкети при вступі та виході заповнюють лише в проєктах ESF.</translation>
    </message>
    <message>
        <source>&amp;Long-term unemployed:</source>
        <translation>&amp;Довготривало безробітні:</translation>
    </message>
    <message>
        <source>&amp;Minimum support for ESF participants:</source>
        <translation>&amp;Мінімальний обсяг підтримки для учасників ESF:</translation>
    </message>
    <message>
        <source>Situations after exit that count as success</source>
        <translation>Ситуації після виходу, що вважаються успіхом</translation>
    </message>
    <message>
        <source>a qualification gained</source>
        <translation>здобута кваліфікація</translation>
    </message>
    <message>
        <source>The project starts with the usual exit reasons (finished, goal reached, dropped out, moved away …). Rename, add or retire them after saving.</source>
        <translation>Проєкт починається зі звичних причин виходу (завершено, мети досягнуто, перервано, переїхав(ла) …). Після збереження їх можна перейменувати, доповнити або вивести з ужитку.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>First project</source>
        <translation>Перший проєкт</translation>
    </message>
    <message>
        <source>A funded project groups participants, consultations and volunteer hours for the funder&apos;s statistics.</source>
        <translation>Проєкт, що фінансується, об’єднує учасників, консультації та волонтерські години для статистики грантодавця.</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>напр., WIR-2026</translation>
    </message>
    <message>
        <source>e.g. Brücken in Arbeit</source>
        <translation>напр., Brücken in Arbeit</translation>
    </message>
    <message>
        <source>e.g. BMAS / ESF Plus</source>
        <translation>напр., BMAS / ESF Plus</translation>
    </message>
    <message>
        <source>Project has an &amp;end date</source>
        <translation>Проєкт має дату &amp;завершення</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>ESF Plus reporting (participant questionnaires)</source>
        <translation>Звітність ESF Plus (анкети учасників)</translation>
    </message>
    <message>
        <source>Value of one volunteer hour for the club&apos;s own contribution.</source>
        <translation>Вартість однієї години волонтерської роботи для власного внеску об’єднання.</translation>
    </message>
    <message>
        <source>Project co&amp;de:</source>
        <translation>&amp;Код проєкту:</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Н&amp;азва проєкту:</translation>
    </message>
    <message>
        <source>Funding &amp;programme:</source>
        <translation>Програма &amp;фінансування:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Грантодавець:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>По&amp;чаток:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate volunteering:</source>
        <translation>&amp;Погодинна ставка волонтерства:</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Програма фінансування</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>ESF Plus</source>
        <translation>ESF Plus</translation>
    </message>
    <message>
        <source>Value of a volunteer hour</source>
        <translation>Вартість години волонтерської роботи</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкритий</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закритий</translation>
    </message>
    <message>
        <source>running</source>
        <translation>триває</translation>
    </message>
    <message>
        <source>per year / minimum wage</source>
        <translation>за роком / мінімальна зарплата</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Not enrolled in a project yet – enroll with “Enroll in project”.</source>
        <translation>Ще не зараховано до жодного проєкту – зарахуйте через «Зарахувати до проєкту».</translation>
    </message>
    <message>
        <source>Project enrollments</source>
        <translation>Зарахування до проєктів</translation>
    </message>
    <message>
        <source>Enroll in &amp;project</source>
        <translation>Зарахувати до &amp;проєкту</translation>
    </message>
    <message>
        <source>Entry &amp;questionnaire</source>
        <translation>А&amp;нкета при вступі</translation>
    </message>
    <message>
        <source>Record e&amp;xit</source>
        <translation>Зафіксувати &amp;вихід</translation>
    </message>
    <message>
        <source>&amp;6-month answers</source>
        <translation>Відповіді через &amp;6 місяців</translation>
    </message>
    <message>
        <source>Remo&amp;ve enrollment</source>
        <translation>Ви&amp;лучити зарахування</translation>
    </message>
    <message>
        <source>Remove enrollment</source>
        <translation>Вилучити зарахування</translation>
    </message>
    <message>
        <source>Remove the enrollment in {project}? It is deleted with its questionnaire. Why?</source>
        <translation>Вилучити зарахування до {project}? Його буде видалено разом з анкетою. Чому?</translation>
    </message>
    <message>
        <source>No projects yet – add one with “New project”.</source>
        <translation>Проєктів ще немає – додайте через «Новий проєкт».</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Новий проєкт</translation>
    </message>
    <message>
        <source>&amp;Edit project</source>
        <translation>&amp;Редагувати проєкт</translation>
    </message>
    <message>
        <source>&amp;Show project</source>
        <translation>По&amp;казати проєкт</translation>
    </message>
    <message>
        <source>&amp;Close / reopen project</source>
        <translation>&amp;Закрити / відкрити знову проєкт</translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>Спершу виберіть проєкт у списку.</translation>
    </message>
    <message>
        <source>{code} is open again.</source>
        <translation>{code} знову відкрито.</translation>
    </message>
    <message>
        <source>{code} is closed: it leaves the choice lists; its data and reports stay.</source>
        <translation>{code} закрито: він зникає зі списків вибору; його дані та звіти залишаються.</translation>
    </message>
</context>
<context>
    <name>QuietTandemList</name>
    <message>
        <source>Tandems without meetings</source>
        <translation>Тандеми без зустрічей</translation>
    </message>
    <message>
        <source>Every tandem meets as agreed.</source>
        <translation>Усі тандеми зустрічаються, як домовлено.</translation>
    </message>
    <message>
        <source>no meeting logged yet</source>
        <translation>зустрічей ще не внесено</translation>
    </message>
    <message>
        <source>last meeting {date}</source>
        <translation>остання зустріч {date}</translation>
    </message>
    <message>
        <source>A meeting was due by {date}.</source>
        <translation>Зустріч мала відбутися до {date}.</translation>
    </message>
</context>
<context>
    <name>RecognitionTab</name>
    <message>
        <source>No recognition procedure yet – add one with “New procedure”.</source>
        <translation>Процедур визнання ще немає – додайте через «Нова процедура».</translation>
    </message>
    <message>
        <source>Recognition procedures</source>
        <translation>Процедури визнання</translation>
    </message>
    <message>
        <source>&amp;New procedure …</source>
        <translation>&amp;Нова процедура …</translation>
    </message>
    <message>
        <source>Edit &amp;procedure …</source>
        <translation>Редагувати &amp;процедуру …</translation>
    </message>
    <message>
        <source>Delete recognition procedure</source>
        <translation>Видалити процедуру визнання</translation>
    </message>
    <message>
        <source>Delete the procedure “{occupation}”?</source>
        <translation>Видалити процедуру «{occupation}»?</translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessingDialog</name>
    <message>
        <source>Records of processing activities (Art. 30 GDPR)</source>
        <translation>Реєстр діяльності з обробки даних (ст. 30 GDPR)</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>Реєстр діяльності з обробки даних</translation>
    </message>
    <message>
        <source>Save as &amp;PDF …</source>
        <translation>Зберегти як &amp;PDF …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Save the records of processing</source>
        <translation>Зберегти реєстр діяльності з обробки</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>Створення PDF …</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>De&amp;lete</source>
        <translation>В&amp;идалити</translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <source>Lotse – new administrator password</source>
        <translation>Lotse – новий пароль адміністратора</translation>
    </message>
    <message>
        <source>With the recovery key (the printed Notfallschlüssel) an administrator account gets a new password. Other accounts get theirs from an administrator.</source>
        <translation>За допомогою ключа відновлення (надрукованого аркуша Notfallschlüssel) обліковий запис адміністратора отримує новий пароль. Інші облікові записи отримують свої паролі від адміністратора.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Ключ відновлення:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>&amp;Ім’я користувача адміністратора:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>П&amp;овторіть пароль:</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Установити пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>Повторіть пароль: паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Lotse – recovery key</source>
        <translation>Lotse – ключ відновлення</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ відновлення</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продовжити</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>The database is created and encrypted.</source>
        <translation>Базу даних створено й зашифровано.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Lotse encrypts all data. Without a password or this recovery key nobody can read it – not even whoever finds the laptop or a backup. If no administrator knows their password any more, the recovery key sets a new one. It is shown only now: print it as the Notfallschlüssel or write it down, and keep it locked away, apart from the laptop.</source>
        <translation>Lotse шифрує всі дані. Без пароля або цього ключа відновлення ніхто не зможе їх прочитати – навіть той, хто знайде ноутбук або резервну копію. Якщо жоден адміністратор більше не пам’ятає свого пароля, ключ відновлення дає змогу встановити новий. Ключ показується лише зараз: надрукуйте його як Notfallschlüssel або перепишіть і зберігайте під замком, окремо від ноутбука.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print (Notfallschlüssel)…</source>
        <translation>Зберегти як &amp;PDF для друку (Notfallschlüssel)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key.</source>
        <translation>Я надрукував(ла) або переписав(ла) ключ відновлення.</translation>
    </message>
    <message>
        <source>Lotse-Notfallschluessel.pdf</source>
        <translation>Lotse-Notfallschluessel.pdf</translation>
    </message>
    <message>
        <source>Save the Notfallschlüssel</source>
        <translation>Зберегти Notfallschlüssel</translation>
    </message>
    <message>
        <source>Notfallschlüssel</source>
        <translation>Notfallschlüssel (ключ відновлення)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file: whoever has it can read the data.</source>
        <translation>Збережено в {path}. Надрукуйте його, а потім видаліть файл: той, хто його має, може прочитати дані.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Police clearance</source>
        <translation>Довідка про несудимість</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>Години цього року</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>renewal due since {date}</source>
        <translation>потрібно поновити з {date}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>дійсна до {date}</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Search volunteers</source>
        <translation>Пошук волонтерів</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Пошук за ім’ям або номером</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>No volunteers found – register one with “New volunteer”.</source>
        <translation>Волонтерів не знайдено – зареєструйте через «Новий волонтер».</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <source>&amp;New volunteer …</source>
        <translation>&amp;Новий волонтер …</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Редагувати …</translation>
    </message>
    <message>
        <source>Enter h&amp;ours …</source>
        <translation>Внести &amp;години …</translation>
    </message>
    <message>
        <source>&amp;Week …</source>
        <translation>&amp;Тиждень …</translation>
    </message>
    <message>
        <source>&amp;Timesheets …</source>
        <translation>Та&amp;белі годин …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>&amp;Документи …</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>Спершу виберіть волонтера в списку.</translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation>Документи: {name}</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>ESF Plus participant data</source>
        <translation>Дані учасників ESF Plus</translation>
    </message>
    <message>
        <source>Counselling statistics</source>
        <translation>Статистика консультацій</translation>
    </message>
    <message>
        <source>Volunteering (hours, value, allowances)</source>
        <translation>Волонтерство (години, вартість, компенсації)</translation>
    </message>
    <message>
        <source>Outcomes after exit</source>
        <translation>Результати після виходу</translation>
    </message>
    <message>
        <source>Events (attendees, languages, partners)</source>
        <translation>Заходи (учасники, мови, партнери)</translation>
    </message>
    <message>
        <source>Recognition counselling</source>
        <translation>Консультації з питань визнання</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Календарний рік</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Півріччя</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Довільний період</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Початок періоду</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Кінець періоду</translation>
    </message>
    <message>
        <source>cumulative from the project start</source>
        <translation>наростаючим підсумком від початку проєкту</translation>
    </message>
    <message>
        <source>&amp;Show preview</source>
        <translation>Попередній пе&amp;регляд</translation>
    </message>
    <message>
        <source>Save as &amp;Excel …</source>
        <translation>Зберегти як &amp;Excel …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF …</source>
        <translation>Зберегти як P&amp;DF …</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Звіт:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Про&amp;єкт:</translation>
    </message>
    <message>
        <source>Projects (none = all):</source>
        <translation>Проєкти (жодного = усі):</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>Choose the report and period, then show the preview.</source>
        <translation>Виберіть звіт і період, потім відкрийте попередній перегляд.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report – the file will not be encrypted</source>
        <translation>Зберегти звіт – файл не буде зашифровано</translation>
    </message>
    <message>
        <source>Writing the report …</source>
        <translation>Створення звіту …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Збережено: {path}</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Звіт збережено</translation>
    </message>
    <message>
        <source>The report was saved as
{path}

The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Звіт збережено як
{path}

Файл не зашифровано: зберігайте його в безпечному місці й видаліть, коли він більше не потрібен.</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Відкрити &amp;файл</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Від&amp;крити папку</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Зберегти звіт</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>Скинути пароль користувача {name}</translation>
    </message>
    <message>
        <source>{name} is active again. Deactivating removed the account&apos;s key to the database, so {name} can log in only after you set a new password.</source>
        <translation>{name} знову активний(а). Під час деактивації ключ облікового запису до бази даних було вилучено, тому {name} зможе увійти лише після того, як ви встановите новий пароль.</translation>
    </message>
    <message>
        <source>Give the temporary password to {name} in person. At the next login Lotse asks for a new one.</source>
        <translation>Передайте тимчасовий пароль особисто: {name}. Під час наступного входу Lotse попросить установити новий.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Т&amp;имчасовий пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>П&amp;овторіть пароль:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>All rows are imported together, or none.</source>
        <translation>Усі рядки імпортуються разом – або жоден.</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Імпорт …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Імпорт скасовано. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The import found problems and changed nothing.</source>
        <translation>Імпорт виявив проблеми й нічого не змінив.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>Імпортовано: створено {created}, оновлено {updated}, без змін {unchanged}.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The database server</source>
        <translation>Сервер бази даних</translation>
    </message>
    <message>
        <source>Enter what the person who set up the server gave you. Lotse connects now to check it.</source>
        <translation>Введіть дані, які вам надав той, хто налаштував сервер. Lotse одразу підключиться, щоб їх перевірити.</translation>
    </message>
    <message>
        <source>e.g. server.local or 192.168.1.10</source>
        <translation>напр., server.local або 192.168.1.10</translation>
    </message>
    <message>
        <source>e.g. lotse</source>
        <translation>напр., lotse</translation>
    </message>
    <message>
        <source>Encrypted connection (&amp;TLS) required</source>
        <translation>Зашифроване з’єднання (&amp;TLS) обов’язкове</translation>
    </message>
    <message>
        <source>Untick only for a server on this computer: otherwise the data would cross the network readable.</source>
        <translation>Знімайте позначку лише для сервера на цьому комп’ютері: інакше дані передаватимуться мережею у відкритому вигляді.</translation>
    </message>
    <message>
        <source>Remember the password on this computer (in the system&apos;s credential store)</source>
        <translation>Запам’ятати пароль на цьому комп’ютері (у системному сховищі облікових даних)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Об&amp;ліковий запис:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password: enter the server password.</source>
        <translation>Пароль: введіть пароль сервера.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session – {course}</source>
        <translation>Нове заняття – {course}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>&amp;Час початку:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Т&amp;ривалість:</translation>
    </message>
    <message>
        <source>Repeat &amp;weekly until the course&apos;s last day</source>
        <translation>Повторювати &amp;щотижня до останнього дня курсу</translation>
    </message>
    <message>
        <source>The course runs from {start} to {end}.</source>
        <translation>Курс триває з {start} по {end}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Consents and partners</source>
        <translation>Згоди та партнери</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Захист даних</translation>
    </message>
</context>
<context>
    <name>SixMonthDialog</name>
    <message>
        <source>Six months after exit – {project}</source>
        <translation>Через шість місяців після виходу – {project}</translation>
    </message>
    <message>
        <source>Exit on {date}; follow-up due on {due}.</source>
        <translation>Вихід {date}; опитування потрібно провести {due}.</translation>
    </message>
    <message>
        <source>&amp;Employed or self-employed:</source>
        <translation>&amp;Працевлаштований(а) або самозайнятий(а):</translation>
    </message>
    <message>
        <source>Situation on the labour market &amp;improved:</source>
        <translation>Ситуація на ринку праці по&amp;кращилася:</translation>
    </message>
    <message>
        <source>Whether the situation improved is only asked of people who were employed at entry.</source>
        <translation>Чи покращилася ситуація, запитують лише в осіб, які були працевлаштовані на момент вступу.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>Що ви хочете імпортувати?</translation>
    </message>
    <message>
        <source>Lotse reads Excel (.xlsx, .xls), LibreOffice (.ods) and text files (.csv, Excel&apos;s Unicode text) separated by semicolons, commas or tabs.</source>
        <translation>Lotse читає файли Excel (.xlsx, .xls), LibreOffice (.ods) і текстові файли (.csv, «Текст Юнікод» з Excel), розділені крапкою з комою, комою або табуляцією.</translation>
    </message>
    <message>
        <source>Participants (Teilnehmende)</source>
        <translation>Учасники (Teilnehmende)</translation>
    </message>
    <message>
        <source>Consultations (Beratungen)</source>
        <translation>Консультації (Beratungen)</translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamtliche)</source>
        <translation>Волонтери (Ehrenamtliche)</translation>
    </message>
    <message>
        <source>Volunteer hours (Ehrenamtsstunden)</source>
        <translation>Волонтерські години (Ehrenamtsstunden)</translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation>Виберіть файл …</translation>
    </message>
    <message>
        <source>B&amp;rowse …</source>
        <translation>&amp;Огляд …</translation>
    </message>
    <message>
        <source>Save an empty &amp;template …</source>
        <translation>Зберегти порожній &amp;шаблон …</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Виберіть аркуш</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation>Таблиці (*.xlsx *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Зберегти шаблон</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>{project}: %n question(s) not asked</source>
        <translation>
            <numerusform>{project}: %n питання не поставлено</numerusform>
            <numerusform>{project}: %n питання не поставлено</numerusform>
            <numerusform>{project}: %n питань не поставлено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationDialog</name>
    <message>
        <source>Supported organisation</source>
        <translation>Підтримувана установа</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Supported on:</source>
        <translation>&amp;Дата підтримки:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>При&amp;мітки:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Дата підтримки</translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationsTab</name>
    <message>
        <source>Public administrations and small and medium-sized enterprises the project supported. The ESF report counts them by the date of support.</source>
        <translation>Органи державного управління, а також малі й середні підприємства, яких підтримав проєкт. Звіт ESF враховує їх за датою підтримки.</translation>
    </message>
    <message>
        <source>No organisations yet – add one with “Add organisation”.</source>
        <translation>Установ ще немає – додайте через «Додати установу».</translation>
    </message>
    <message>
        <source>Supported organisations</source>
        <translation>Підтримувані установи</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>&amp;Додати установу</translation>
    </message>
    <message>
        <source>Re&amp;move entry</source>
        <translation>В&amp;илучити запис</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Дата підтримки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Вилучити запис</translation>
    </message>
    <message>
        <source>Remove {name} from the register?</source>
        <translation>Вилучити {name} з реєстру?</translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <source>New tandem</source>
        <translation>Новий тандем</translation>
    </message>
    <message>
        <source>Case number or name</source>
        <translation>Номер справи або ім’я</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>З&amp;найти</translation>
    </message>
    <message>
        <source>e.g. prepare for the driving test</source>
        <translation>напр., підготуватися до іспиту на водійські права</translation>
    </message>
    <message>
        <source>Find partic&amp;ipant:</source>
        <translation>Знайти &amp;учасника:</translation>
    </message>
    <message>
        <source>Partici&amp;pant:</source>
        <translation>Уч&amp;асник(ця):</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Ментор(ка):</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>По&amp;чаток:</translation>
    </message>
    <message>
        <source>M&amp;eetings:</source>
        <translation>Зу&amp;стрічі:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Цілі:</translation>
    </message>
    <message>
        <source>Further &amp;goals:</source>
        <translation>Інші &amp;цілі:</translation>
    </message>
    <message>
        <source>{case} (born {year})</source>
        <translation>{case} (нар. {year})</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>Жодна справа не відповідає «{text}».</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation>розмовляє: {languages}</translation>
    </message>
    <message>
        <source>same town</source>
        <translation>те саме місто</translation>
    </message>
    <message>
        <source>Only active volunteers with a valid police clearance (and the club&apos;s training, where the club requires it) are offered; shared languages first, then the same town.</source>
        <translation>Пропонуються лише активні волонтери з дійсною довідкою про несудимість (і навчанням в об’єднанні, якщо об’єднання його вимагає); спершу зі спільними мовами, потім із того самого міста.</translation>
    </message>
    <message>
        <source>No active volunteer has a valid police clearance (and the club&apos;s training, where the club requires it).</source>
        <translation>Жоден активний волонтер не має дійсної довідки про несудимість (і навчання в об’єднанні, якщо об’єднання його вимагає).</translation>
    </message>
    <message>
        <source>Participant: find and choose a case.</source>
        <translation>Учасник(ця): знайдіть і виберіть справу.</translation>
    </message>
    <message>
        <source>Mentor: choose a volunteer.</source>
        <translation>Ментор(ка): виберіть волонтера(-ку).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
</context>
<context>
    <name>TandemStatusDialog</name>
    <message>
        <source>Agreed goals reached?</source>
        <translation>Домовлених цілей досягнуто?</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>досягнуто</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>не досягнуто</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Дата завершення:</translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation>&amp;Причина завершення:</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата завершення</translation>
    </message>
</context>
<context>
    <name>TandemTab</name>
    <message>
        <source>No mentoring tandem yet – match a mentor with “New tandem”.</source>
        <translation>Тандему ще немає – підберіть ментора через «Новий тандем».</translation>
    </message>
    <message>
        <source>No mentoring tandem. Volunteer coordinators match tandems in the Volunteering section.</source>
        <translation>Тандему немає. Тандеми формують координатори волонтерів у розділі «Волонтерство».</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Тандеми</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>Новий &amp;тандем …</translation>
    </message>
</context>
<context>
    <name>TandemsModel</name>
    <message>
        <source>Mentor</source>
        <translation>Ментор(ка)</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Менті</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Відпрацьовані години</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цілі</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} {date}</translation>
    </message>
</context>
<context>
    <name>TandemsTab</name>
    <message>
        <source>No tandems yet – match a mentor with “New tandem”.</source>
        <translation>Тандемів ще немає – підберіть ментора через «Новий тандем».</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Тандеми</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>Новий &amp;тандем …</translation>
    </message>
    <message>
        <source>&amp;Agreement as PDF …</source>
        <translation>&amp;Угода в PDF …</translation>
    </message>
    <message>
        <source>Change &amp;status …</source>
        <translation>Змінити &amp;статус …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>&amp;Документи …</translation>
    </message>
    <message>
        <source>Choose a tandem in the list first.</source>
        <translation>Спершу виберіть тандем у списку.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Documents of the tandem {mentor} – {mentee}</source>
        <translation>Документи тандему {mentor} – {mentee}</translation>
    </message>
    <message>
        <source>Tandem status</source>
        <translation>Статус тандему</translation>
    </message>
    <message>
        <source>Tandem agreement</source>
        <translation>Угода тандему</translation>
    </message>
    <message>
        <source>Save tandem agreement – the file will not be encrypted</source>
        <translation>Зберегти угоду тандему – файл не буде зашифровано</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>TimesheetDialog</name>
    <message>
        <source>Timesheets (Stundennachweise)</source>
        <translation>Табелі годин (Stundennachweise)</translation>
    </message>
    <message>
        <source>All volunteers with approved hours</source>
        <translation>Усі волонтери з підтвердженими годинами</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Місяць:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>Ви&amp;брати …</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Волонтер(ка):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Folder for the timesheets – the files will not be encrypted</source>
        <translation>Папка для табелів годин – файли не буде зашифровано</translation>
    </message>
    <message>
        <source>Folder: choose where the timesheets are saved.</source>
        <translation>Папка: виберіть, де зберігати табелі годин.</translation>
    </message>
    <message>
        <source>Writing timesheets …</source>
        <translation>Створення табелів годин …</translation>
    </message>
    <message>
        <source>No volunteer has approved hours in this period; nothing was written.</source>
        <translation>За цей період жоден волонтер не має підтверджених годин; нічого не створено.</translation>
    </message>
    <message numerus="yes">
        <source>%n timesheet(s) saved in
{folder}</source>
        <translation>
            <numerusform>%n табель годин збережено в
{folder}</numerusform>
            <numerusform>%n табелі годин збережено в
{folder}</numerusform>
            <numerusform>%n табелів годин збережено в
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Від&amp;крити папку</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lotse is locked</source>
        <translation>Lotse заблоковано</translation>
    </message>
    <message>
        <source>Lotse was not used for a while and locked itself. Your unsaved input is kept. Enter the password of {name} to continue.</source>
        <translation>Lotse деякий час не використовувався й заблокувався. Ваші незбережені дані збережено. Введіть пароль користувача {name}, щоб продовжити.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Вийти</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User {name}</source>
        <translation>Користувач(ка) {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новий користувач</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Повне ім’я:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Volunteer record:</source>
        <translation>&amp;Запис волонтера:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>П&amp;овторіть пароль:</translation>
    </message>
    <message>
        <source>The new user chooses an own password at the first login.</source>
        <translation>Новий користувач вибирає власний пароль під час першого входу.</translation>
    </message>
    <message>
        <source>Role: please choose what the person does in the club.</source>
        <translation>Роль: виберіть, що ця особа робить в об’єднанні.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Volunteer record</source>
        <translation>Запис волонтера</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Останній вхід</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>деактивовано</translation>
    </message>
    <message>
        <source>active, cannot log in until an administrator sets a new password</source>
        <translation>активний, не може увійти, доки адміністратор не встановить новий пароль</translation>
    </message>
    <message>
        <source>waiting after wrong passwords until {time}</source>
        <translation>заблоковано після неправильних паролів до {time}</translation>
    </message>
    <message>
        <source>active, must change the password</source>
        <translation>активний, має змінити пароль</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>Повторіть пароль: паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Новий користувач</translation>
    </message>
    <message>
        <source>&amp;Edit user</source>
        <translation>&amp;Редагувати користувача</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Скинути &amp;пароль</translation>
    </message>
    <message>
        <source>&amp;Deactivate / reactivate</source>
        <translation>&amp;Деактивувати / активувати</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ро&amp;зблокувати</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Спершу виберіть користувача в списку.</translation>
    </message>
    <message>
        <source>The user was added and chooses an own password at first login.</source>
        <translation>Користувача додано; під час першого входу він вибере власний пароль.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the user&apos;s next action.</source>
        <translation>Збережено. Зміни діють із наступної дії користувача.</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next login.</source>
        <translation>{name} має вибрати новий пароль під час наступного входу.</translation>
    </message>
    <message>
        <source>{name} is deactivated and stopped at the next action. Reactivating the account needs a new password.</source>
        <translation>{name} деактивовано; роботу буде зупинено під час наступної дії. Для повторної активації облікового запису потрібен новий пароль.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} знову може входити.</translation>
    </message>
    <message>
        <source>{name} is active again but cannot log in until a new password is set: choose “Reset password”.</source>
        <translation>{name} знову активний(а), але не зможе увійти, доки не буде встановлено новий пароль: виберіть «Скинути пароль».</translation>
    </message>
    <message>
        <source>{name} can log in again now.</source>
        <translation>{name} тепер знову може входити.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Edit volunteer {number}</source>
        <translation>Редагувати волонтера {number}</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Новий волонтер</translation>
    </message>
    <message>
        <source>e.g. Deutsch; Arabisch</source>
        <translation>напр., Deutsch; Arabisch</translation>
    </message>
    <message>
        <source>no relevant entry</source>
        <translation>немає релевантного запису</translation>
    </message>
    <message>
        <source>relevant entry</source>
        <translation>є релевантний запис</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;Ім’я *:</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>&amp;Прізвище *:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Е&amp;л. пошта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Місто:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регіон:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>М&amp;ови:</translation>
    </message>
    <message>
        <source>S&amp;kills and profession:</source>
        <translation>&amp;Навички та професія:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Доступність:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Дата при&amp;єднання:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Left o&amp;n:</source>
        <translation>Дата ви&amp;ходу:</translation>
    </message>
    <message>
        <source>Police &amp;clearance seen on:</source>
        <translation>Довідку про несудимість пред’&amp;явлено:</translation>
    </message>
    <message>
        <source>Issue date of t&amp;he certificate:</source>
        <translation>Дата в&amp;идачі довідки:</translation>
    </message>
    <message>
        <source>Rele&amp;vant entry (§ 72a SGB VIII):</source>
        <translation>Р&amp;елевантний запис (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <source>&amp;Training on:</source>
        <translation>Дата на&amp;вчання:</translation>
    </message>
    <message>
        <source>Agreement si&amp;gned on:</source>
        <translation>Угоду підпи&amp;сано:</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Дата приєднання</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>Довідку про несудимість пред’явлено</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Довідку видано</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата виходу</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>Дата навчання</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Угоду підписано</translation>
    </message>
</context>
<context>
    <name>VolunteerStartPage</name>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>&amp;Внести мої години …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>Мій &amp;тиждень …</translation>
    </message>
    <message>
        <source>My tandems</source>
        <translation>Мої тандеми</translation>
    </message>
    <message>
        <source>Police clearance and training</source>
        <translation>Довідка про несудимість і навчання</translation>
    </message>
    <message>
        <source>Your login is not yet linked to your volunteer record, so Lotse cannot show your hours. Please ask your administrator to link it (Settings → User accounts).</source>
        <translation>Ваш обліковий запис ще не пов’язано з вашим записом волонтера, тому Lotse не може показати ваші години. Попросіть адміністратора пов’язати його (Налаштування → Облікові записи).</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Вітаємо, {name}</translation>
    </message>
    <message>
        <source>hours this month</source>
        <translation>годин цього місяця</translation>
    </message>
    <message>
        <source>hours waiting for approval</source>
        <translation>годин очікують підтвердження</translation>
    </message>
    <message>
        <source>approved hours this year</source>
        <translation>підтверджених годин цього року</translation>
    </message>
    <message>
        <source>You have no active tandem at the moment.</source>
        <translation>Наразі у вас немає активного тандему.</translation>
    </message>
    <message>
        <source>last met on {date}</source>
        <translation>остання зустріч {date}</translation>
    </message>
    <message>
        <source>no meeting recorded yet</source>
        <translation>зустрічей ще не внесено</translation>
    </message>
    <message>
        <source>next meeting due by {date}</source>
        <translation>наступна зустріч до {date}</translation>
    </message>
    <message>
        <source>No police clearance has been seen yet. Please bring it to your coordinator.</source>
        <translation>Довідку про несудимість ще не пред’явлено. Принесіть її координатору(-ці).</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}; a new one was due on {due}. Please bring a current one.</source>
        <translation>Довідку про несудимість пред’явлено {seen}; нову потрібно було пред’явити до {due}. Принесіть актуальну довідку.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}, valid until {due}.</source>
        <translation>Довідку про несудимість пред’явлено {seen}, дійсна до {due}.</translation>
    </message>
    <message>
        <source>Training attended on {date}.</source>
        <translation>Навчання пройдено {date}.</translation>
    </message>
    <message>
        <source>No training recorded yet; your coordinator will tell you the dates.</source>
        <translation>Навчання ще не внесено; координатор(ка) повідомить вам дати.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteering</source>
        <translation>Волонтерство</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реєстр</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Тандеми</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Компенсації витрат</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>Мої години</translation>
    </message>
    <message numerus="yes">
        <source>Hours to approve (%n)</source>
        <translation>
            <numerusform>Години до підтвердження (%n)</numerusform>
            <numerusform>Години до підтвердження (%n)</numerusform>
            <numerusform>Години до підтвердження (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Hours for a week</source>
        <translation>Години за тиждень</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Попередній тиждень</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Наступний тиждень</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Волонтер(ка):</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Тиждень:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Ді&amp;яльність:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Про&amp;єкт:</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>Тиждень {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>Hours on {day}</source>
        <translation>Години {day}</translation>
    </message>
    <message>
        <source>{hours} h recorded</source>
        <translation>Внесено {hours} год</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Нд</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Ласкаво просимо до Lotse</translation>
    </message>
    <message>
        <source>A few short steps and your club can start working.</source>
        <translation>Кілька коротких кроків – і ваше об’єднання може розпочати роботу.</translation>
    </message>
    <message>
        <source>Lotse keeps your case files, consultation notes, volunteers and funder statistics in one file on this computer. No internet connection is needed and no data leaves the computer.

Next you choose where the data is kept and enter your organisation, the first administrator account and your first funded project. Everything can be changed later.</source>
        <translation>Lotse зберігає ваші справи, примітки до консультацій, дані волонтерів і статистику для грантодавців в одному файлі на цьому комп’ютері. Підключення до інтернету не потрібне, і жодні дані не залишають комп’ютер.

Далі ви виберете, де зберігати дані, і введете дані своєї організації, перший обліковий запис адміністратора та свій перший проєкт, що фінансується. Усе можна змінити пізніше.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>&amp;Language / Sprache:</source>
        <translation>&amp;Мова / Sprache:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Відкликати згоду</translation>
    </message>
    <message>
        <source>“{what}”, given on {date}. From the day of the withdrawal on, the processing it covered stops (a partner&apos;s export leaves the person out).</source>
        <translation>«{what}», надано {date}. З дня відкликання обробка, яку вона дозволяла, припиняється (експорт для партнера не включатиме цю особу).</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Дата відкликання:</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата відкликання</translation>
    </message>
</context>
</TS>
