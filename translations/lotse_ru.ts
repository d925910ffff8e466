<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lotse</source>
        <translation>О программе Lotse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Case files, consultations, volunteers and funder statistics for small migrant organisations and volunteer clubs – offline, in one file.&lt;/p&gt;&lt;p&gt;Database: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse is free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. It uses the packages listed under “Third-party licences”, each under its own licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Дела клиентов, консультации, волонтёры и статистика для грантодателей для небольших организаций мигрантов и некоммерческих объединений – офлайн, в одном файле.&lt;/p&gt;&lt;p&gt;База данных: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse – свободное программное обеспечение под лицензией GNU General Public License версии 3 или более поздней. Программа предоставляется БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ. Она использует пакеты, перечисленные в разделе «Лицензии третьих сторон», каждый под своей лицензией.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation: GNU General Public License, version 3 or later.</source>
        <translation>Текст лицензии отсутствует в этой установке: GNU General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Лицензия</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Лицензии &amp;третьих сторон</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>the scanned or saved file</source>
        <translation>отсканированный или сохранённый файл</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>В&amp;ыбрать …</translation>
    </message>
    <message>
        <source>e.g. ESF entry questionnaire, signed</source>
        <translation>напр., анкета ESF при начале участия, подписана</translation>
    </message>
    <message>
        <source>Up to {size} MB. The file is kept encrypted in the database; the original stays where it is (delete it there if it should not remain on this computer). Do not keep copies of police clearance certificates: only their facts may be recorded (§ 72a SGB VIII).</source>
        <translation>До {size} МБ. Файл хранится в базе данных в зашифрованном виде; оригинал остаётся на месте (удалите его там, если он не должен оставаться на этом компьютере). Не храните копии справок о несудимости: разрешается фиксировать только сведения о них (§ 72a SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
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
        <translation>Выберите документ</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;All files (*)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;Все файлы (*)</translation>
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
        <translation>Учётная запись администратора</translation>
    </message>
    <message>
        <source>The administrator manages users, projects and settings. Choose a password of at least eight characters.</source>
        <translation>Администратор управляет пользователями, проектами и настройками. Выберите пароль длиной не менее восьми символов.</translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation>напр., Амира Хаддад</translation>
    </message>
    <message>
        <source>e.g. amira</source>
        <translation>напр., amira</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>П&amp;олное имя:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>Повто&amp;рите пароль:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Повторите пароль: пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>AllowanceSummary</name>
    <message>
        <source>Allowances {year}</source>
        <translation>Компенсационные выплаты {year}</translation>
    </message>
    <message>
        <source>Record &amp;declaration of other clubs …</source>
        <translation>З&amp;афиксировать заявление о других организациях …</translation>
    </message>
</context>
<context>
    <name>Allowances</name>
    <message>
        <source>{kind}: {received} received; no tax-free cap.</source>
        <translation>{kind}: получено {received}; без необлагаемого лимита.</translation>
    </message>
    <message>
        <source>{kind} {year}: {received} received (of it {other} declared from other clubs), tax-free cap {cap}.</source>
        <translation>{kind} {year}: получено {received} (из них {other} по заявлению от других организаций), необлагаемый лимит {cap}.</translation>
    </message>
    <message>
        <source>{taxable} above the cap are taxable income of the volunteer.</source>
        <translation>{taxable} сверх лимита – облагаемый налогом доход волонтёра.</translation>
    </message>
    <message>
        <source>{room} can still be paid tax-free.</source>
        <translation>Ещё можно выплатить без налога: {room}.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <source>Paid on</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>Получено за год</translation>
    </message>
    <message>
        <source>Tax-free cap</source>
        <translation>Необлагаемый лимит</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Облагается налогом</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>Оплаченная работа</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>без лимита</translation>
    </message>
</context>
<context>
    <name>AllowancesTab</name>
    <message>
        <source>Year </source>
        <translation>Год </translation>
    </message>
    <message>
        <source>Record &amp;payment …</source>
        <translation>Зафиксировать в&amp;ыплату …</translation>
    </message>
    <message>
        <source>&amp;Declaration of other clubs …</source>
        <translation>&amp;Заявление о других организациях …</translation>
    </message>
    <message>
        <source>No payments yet – record one with “Record payment”.</source>
        <translation>Выплат пока нет – добавьте через «Зафиксировать выплату».</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Компенсационные выплаты</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment – {whom}</source>
        <translation>Встреча – {whom}</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>e.g. 2026-0042; empty: no case file</source>
        <translation>напр., 2026-0042; пусто: без дела</translation>
    </message>
    <message>
        <source>office hours, or whom it is for</source>
        <translation>часы приёма или для кого</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Консультант:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Д&amp;лительность:</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <source>&amp;Name (no case file):</source>
        <translation>&amp;Имя (без дела):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
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
        <translation>Записать как к&amp;онсультацию</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>&amp;Письмо …</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Удалить встречу</translation>
    </message>
    <message>
        <source>Delete the appointment on {date} at {time}?</source>
        <translation>Удалить встречу {date} в {time}?</translation>
    </message>
</context>
<context>
    <name>AppointmentList</name>
    <message>
        <source>My appointments today and tomorrow</source>
        <translation>Мои встречи сегодня и завтра</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Встреч нет.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
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
        <translation>Свободное время</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>Записать как консультацию</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Консультант:</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Предыдущая неделя</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Эта неделя</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>&amp;Следующая неделя</translation>
    </message>
    <message>
        <source>&amp;New appointment …</source>
        <translation>&amp;Новая встреча …</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>No appointments on this day – double-click a free time in the week to book one.</source>
        <translation>В этот день встреч нет – дважды щёлкните по свободному времени в неделе, чтобы назначить встречу.</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Встречи дня</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>Записать как к&amp;онсультацию</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>П&amp;исьмо …</translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation>Открыть &amp;дело</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Неделя с {first} по {last}</translation>
    </message>
    <message>
        <source>Appointments on {day}</source>
        <translation>Встречи {day}</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>Записать как консультацию</translation>
    </message>
    <message>
        <source>Choose an appointment in the day&apos;s list first.</source>
        <translation>Сначала выберите встречу в списке дня.</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>No hours are waiting for approval.</source>
        <translation>Нет часов, ожидающих подтверждения.</translation>
    </message>
    <message>
        <source>Hours to approve</source>
        <translation>Часы на подтверждение</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>&amp;Подтвердить выбранное</translation>
    </message>
    <message>
        <source>&amp;Reject selected</source>
        <translation>&amp;Отклонить выбранное</translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>— not ticked —</source>
        <translation>— не отмечено —</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Hours attended</source>
        <translation>Посещённые часы</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>{date}, {time}, {hours} h</source>
        <translation>{date}, {time}, {hours} ч</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>не отмечено</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>case file</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>project participation</source>
        <translation>участие в проекте</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>напоминание</translation>
    </message>
    <message>
        <source>recognition procedure</source>
        <translation>процедура признания</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>трудоустройство</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>учётная запись</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>волонтёр</translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation>волонтёрские часы</translation>
    </message>
    <message>
        <source>tandem</source>
        <translation>тандем</translation>
    </message>
    <message>
        <source>allowance payment</source>
        <translation>компенсационная выплата</translation>
    </message>
    <message>
        <source>allowance declaration</source>
        <translation>заявление о компенсационных выплатах</translation>
    </message>
    <message>
        <source>timesheet</source>
        <translation>табель учёта часов</translation>
    </message>
    <message>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>course</source>
        <translation>курс</translation>
    </message>
    <message>
        <source>course participation</source>
        <translation>участие в курсе</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>причина окончания участия</translation>
    </message>
    <message>
        <source>supported organisation</source>
        <translation>поддерживаемая организация</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема консультации</translation>
    </message>
    <message>
        <source>referral service</source>
        <translation>служба для перенаправления</translation>
    </message>
    <message>
        <source>partner organisation</source>
        <translation>организация-партнёр</translation>
    </message>
    <message>
        <source>club languages</source>
        <translation>языки организации</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>журнал аудита</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>participants sheet</source>
        <translation>таблица участников</translation>
    </message>
    <message>
        <source>consultations sheet</source>
        <translation>таблица консультаций</translation>
    </message>
    <message>
        <source>volunteers sheet</source>
        <translation>таблица волонтёров</translation>
    </message>
    <message>
        <source>hours sheet</source>
        <translation>таблица волонтёрских часов</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>вход в систему</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>неудачный вход</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>выход из системы</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспортировано</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>демонстрационные данные</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>настроено</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>просмотрено</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
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
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>все пользователи</translation>
    </message>
    <message>
        <source>e.g. 2026-0042</source>
        <translation>напр., 2026-0042</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>все действия</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Export …</source>
        <translation>&amp;Экспорт …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>Записей: {shown} из {total}</translation>
    </message>
    <message>
        <source>{total} events</source>
        <translation>Записей: {total}</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} events were written to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Записей сохранено в {path}: {count}. Файл не зашифрован: храните его в надёжном месте и удалите, когда он станет не нужен.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Create &amp;backup …</source>
        <translation>Создать &amp;резервную копию …</translation>
    </message>
    <message>
        <source>&amp;Restore backup …</source>
        <translation>&amp;Восстановить из резервной копии …</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Lotse backup (*.lotsebackup)</source>
        <translation>Резервная копия Lotse (*.lotsebackup)</translation>
    </message>
    <message>
        <source>Creating and verifying the backup …</source>
        <translation>Создание и проверка резервной копии …</translation>
    </message>
    <message>
        <source>The backup was written and verified:
{path}

It is encrypted: a password of this database or the recovery key opens it. Keep a copy outside this computer (USB stick, network drive).</source>
        <translation>Резервная копия записана и проверена:
{path}

Она зашифрована: её открывает пароль этой базы данных или ключ восстановления. Храните копию вне этого компьютера (USB-накопитель, сетевой диск).</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Replace the current database with the backup {name}? Everything entered since the backup was made is replaced; the current database is kept as a backup in the folder backups.</source>
        <translation>Заменить текущую базу данных резервной копией {name}? Всё, что было введено после создания копии, будет заменено; текущая база данных сохранится как резервная копия в папке backups.</translation>
    </message>
    <message>
        <source>Your password (it opens backups made under other keys):</source>
        <translation>Ваш пароль (он открывает резервные копии, созданные с другими ключами):</translation>
    </message>
    <message>
        <source>Verifying and restoring the backup …</source>
        <translation>Проверка и восстановление резервной копии …</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept in
{path}

Please log in again.</source>
        <translation>Резервная копия восстановлена. Прежняя база данных сохранена в
{path}

Пожалуйста, войдите снова.</translation>
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
        <translation>Другой процесс сейчас записывает данные в базу (импорт, резервное копирование или другой экземпляр Lotse). Пока ничего не изменено.

Подождать ещё раз?</translation>
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
        <translation>Период</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Посещённые занятия</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Посещённые часы</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Справка выдана</translation>
    </message>
    <message>
        <source>{attended} of {total}</source>
        <translation>{attended} из {total}</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>New c&amp;onsultation</source>
        <translation>Н&amp;овая консультация</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Close c&amp;ase</source>
        <translation>&amp;Закрыть дело</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Открыть с&amp;нова</translation>
    </message>
    <message>
        <source>&amp;Merge …</source>
        <translation>О&amp;бъединить …</translation>
    </message>
    <message>
        <source>Merge a second case file of the same person</source>
        <translation>Присоединить второе дело того же человека</translation>
    </message>
    <message>
        <source>Make a&amp;ppointment …</source>
        <translation>Назначить &amp;встречу …</translation>
    </message>
    <message>
        <source>Book an appointment with this person (and print the letter)</source>
        <translation>Назначить встречу с этим человеком (и распечатать письмо)</translation>
    </message>
    <message>
        <source>Right of access (Art. &amp;15) …</source>
        <translation>Право на доступ (ст. &amp;15) …</translation>
    </message>
    <message>
        <source>Everything Lotse holds about this person, as PDF and JSON (Art. 15 GDPR)</source>
        <translation>Всё, что Lotse хранит об этом человеке, в формате PDF и JSON (ст. 15 GDPR)</translation>
    </message>
    <message>
        <source>De&amp;lete …</source>
        <translation>&amp;Удалить …</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data on request (Art. 17 GDPR)</source>
        <translation>Удалить данные человека по его запросу (ст. 17 GDPR)</translation>
    </message>
    <message>
        <source>&amp;More actions</source>
        <translation>&amp;Ещё</translation>
    </message>
    <message>
        <source>Notice handed over &amp;today</source>
        <translation>Информация выдана &amp;сегодня</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Признание</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Трудоустройства</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Тандем</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Case {case} – {name}</source>
        <translation>Дело {case} – {name}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>Возраст: {age}</translation>
    </message>
    <message>
        <source>Advisor: {name}</source>
        <translation>Консультант: {name}</translation>
    </message>
    <message>
        <source>The Art. 13 GDPR information notice has not been recorded as handed over.</source>
        <translation>Выдача информации по ст. 13 GDPR ещё не отмечена.</translation>
    </message>
    <message>
        <source>Consultation – {name} ({case})</source>
        <translation>Консультация – {name} ({case})</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Изменить консультацию</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>The person took up work. Record the placement now (employer, sector, start, contract)?</source>
        <translation>Человек устроился на работу. Записать трудоустройство сейчас (работодатель, отрасль, начало, вид договора)?</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Открыть дело снова</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>Почему дело открывается снова?</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>Folder for the access files – they are not encrypted</source>
        <translation>Папка для файлов по запросу на доступ – они не зашифрованы</translation>
    </message>
    <message>
        <source>Collecting everything about the person …</source>
        <translation>Сбор всех данных о человеке …</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Право на доступ</translation>
    </message>
    <message>
        <source>Written: {files}. The files are not encrypted: hand them to the person and delete them afterwards.</source>
        <translation>Сохранено: {files}. Файлы не зашифрованы: передайте их человеку и затем удалите.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Edit case {case}</source>
        <translation>Изменить дело {case}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>empty when living in Germany</source>
        <translation>пусто, если проживает в Германии</translation>
    </message>
    <message>
        <source>e.g. Syrien; Deutschland or SY; DE</source>
        <translation>напр., Syrien; Deutschland или SY; DE</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Kurdisch or ar; ku</source>
        <translation>напр., Arabisch; Kurdisch или ar; ku</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>Страна получения школьного образования</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>Страна получения профессионального образования</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Имя *</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>&amp;Фамилия *</translation>
    </message>
    <message>
        <source>&amp;Gender *</source>
        <translation>&amp;Пол *</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Дата рождения</translation>
    </message>
    <message>
        <source>Stree&amp;t</source>
        <translation>&amp;Улица</translation>
    </message>
    <message>
        <source>Post&amp;code / city</source>
        <translation>И&amp;ндекс / город</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>Living abroa&amp;d in</source>
        <translation>Прожив&amp;ает за рубежом в</translation>
    </message>
    <message>
        <source>Background and qualifications</source>
        <translation>Происхождение и квалификация</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>Country of b&amp;irth:</source>
        <translation>Страна &amp;рождения:</translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation>Статус пре&amp;бывания:</translation>
    </message>
    <message>
        <source>&amp;Year of arrival:</source>
        <translation>Год &amp;въезда:</translation>
    </message>
    <message>
        <source>Sc&amp;hool qualification:</source>
        <translation>&amp;Школьное образование:</translation>
    </message>
    <message>
        <source>&amp;Vocational qualification:</source>
        <translation>Профессиона&amp;льное образование:</translation>
    </message>
    <message>
        <source>Reference &amp;occupation:</source>
        <translation>Р&amp;еферентная профессия:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>Регулируемая профессия:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>Статус признания:</translation>
    </message>
    <message>
        <source>&amp;Knowledge of German:</source>
        <translation>&amp;Знание немецкого:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>Как узнал(а) о нас:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Консультант:</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>country obtained</source>
        <translation>страна получения</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Possibly already recorded: {cases}. Please check before saving.</source>
        <translation>Возможно, уже зарегистрирован(а): {cases}. Проверьте перед сохранением.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>№ дела</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>След. напоминание</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Search name, case number or phone (Ctrl+F)</source>
        <translation>Поиск по имени, номеру дела или телефону (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <source>ESF data incomplete</source>
        <translation>Данные ESF неполные</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>Ни одно дело не соответствует поиску и фильтрам.</translation>
    </message>
    <message>
        <source>No cases yet – add one with “New case” or import a sheet (File → Import spreadsheet).</source>
        <translation>Дел пока нет – создайте дело кнопкой «Новое дело» или импортируйте таблицу (Файл → Импорт таблицы).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Please choose your own password now.</source>
        <translation>Администратор установил для вас временный пароль. Пожалуйста, выберите сейчас собственный пароль.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Lotse reads the whole file and changes nothing yet.</source>
        <translation>Lotse читает весь файл и пока ничего не изменяет.</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Копировать список</translation>
    </message>
    <message>
        <source>&amp;Save list …</source>
        <translation>&amp;Сохранить список …</translation>
    </message>
    <message>
        <source>Checking the file …</source>
        <translation>Проверка файла …</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>Проверка прервана. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported. Correct the file and start again.</source>
        <translation>
            <numerusform>В файле %n проблема. Ничего не импортировано. Исправьте файл и начните заново.</numerusform>
            <numerusform>В файле %n проблемы. Ничего не импортировано. Исправьте файл и начните заново.</numerusform>
            <numerusform>В файле %n проблем. Ничего не импортировано. Исправьте файл и начните заново.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is in order. The import will create {created}, update {updated} and leave {unchanged} unchanged.</source>
        <translation>Всё в порядке. При импорте будет создано: {created}, обновлено: {updated}, оставлено без изменений: {unchanged}.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>Пропущенные столбцы: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of ESF projects have entry questions left empty. They are imported as not yet asked and listed as missing until answered.</source>
        <translation>
            <numerusform>В %n строке проектов ESF не заполнены вопросы при начале участия. Они импортируются как «ещё не заданные» и числятся недостающими, пока на них не ответят.</numerusform>
            <numerusform>В %n строках проектов ESF не заполнены вопросы при начале участия. Они импортируются как «ещё не заданные» и числятся недостающими, пока на них не ответят.</numerusform>
            <numerusform>В %n строках проектов ESF не заполнены вопросы при начале участия. Они импортируются как «ещё не заданные» и числятся недостающими, пока на них не ответят.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lotse corrected %n cell(s) in an obvious way; the list below shows how.</source>
        <translation>
            <numerusform>Lotse исправил %n ячейку в очевидных случаях; как именно – показано в списке ниже.</numerusform>
            <numerusform>Lotse исправил %n ячейки в очевидных случаях; как именно – показано в списке ниже.</numerusform>
            <numerusform>Lotse исправил %n ячеек в очевидных случаях; как именно – показано в списке ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Сохранить список</translation>
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
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Closing &amp;date:</source>
        <translation>&amp;Дата закрытия:</translation>
    </message>
    <message>
        <source>Exit from {project}</source>
        <translation>Окончание участия в {project}</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation>&amp;Закрыть дело</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Дата закрытия</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{field}
    saved now: {saved}
    yours: {yours}</source>
        <translation>{field}
    сохранено сейчас: {saved}
    ваш ввод: {yours}</translation>
    </message>
    <message>
        <source>Changed in the meantime</source>
        <translation>Изменено за это время</translation>
    </message>
    <message>
        <source>&amp;Save mine</source>
        <translation>&amp;Сохранить мои данные</translation>
    </message>
    <message>
        <source>&amp;Keep the saved version</source>
        <translation>&amp;Оставить сохранённую версию</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Назад к форме</translation>
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
        <translation>Дано</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>передача контактных данных в {partner}</translation>
    </message>
</context>
<context>
    <name>ConsentsPartnersTab</name>
    <message>
        <source>Consents asked at first contact</source>
        <translation>Согласия, запрашиваемые при первом контакте</translation>
    </message>
    <message>
        <source>A consent to pass contact data is asked for each active partner below. The texts of the forms are in the notice templates (see the manual).</source>
        <translation>Согласие на передачу контактных данных запрашивается для каждого активного партнёра из списка ниже. Тексты форм находятся в шаблонах (см. руководство).</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>No partners yet – add one with “New partner”.</source>
        <translation>Партнёров пока нет – добавьте партнёра кнопкой «Новый партнёр».</translation>
    </message>
    <message>
        <source>New &amp;partner …</source>
        <translation>Новый &amp;партнёр …</translation>
    </message>
    <message>
        <source>Edit p&amp;artner …</source>
        <translation>&amp;Изменить партнёра …</translation>
    </message>
    <message>
        <source>E&amp;xport contact data …</source>
        <translation>&amp;Экспорт контактных данных …</translation>
    </message>
    <message>
        <source>The people who consented to passing their contact data to this partner</source>
        <translation>Люди, давшие согласие на передачу своих контактных данных этому партнёру</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Защита данных</translation>
    </message>
    <message>
        <source>Choose a partner in the list.</source>
        <translation>Выберите партнёра в списке.</translation>
    </message>
    <message>
        <source>Contact data for {partner} – not encrypted</source>
        <translation>Контактные данные для {partner} – не зашифровано</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Экспорт …</translation>
    </message>
    <message>
        <source>Written to {path}. Only people whose consent for this partner is recorded and not withdrawn are in it. The file is not encrypted: send it safely and delete it afterwards.</source>
        <translation>Сохранено в {path}. В файл включены только люди, чьё согласие для этого партнёра зафиксировано и не отозвано. Файл не зашифрован: передайте его безопасным способом и затем удалите.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>No consent and no information notice recorded yet – choose the kind below and “Record”.</source>
        <translation>Согласий и информирования пока не зафиксировано – выберите вид ниже и нажмите «Зафиксировать».</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>Вид согласия</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>передача контактных данных в {partner}</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Как дано</translation>
    </message>
    <message>
        <source>— how given —</source>
        <translation>— как дано —</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>З&amp;афиксировать</translation>
    </message>
    <message>
        <source>&amp;Withdraw …</source>
        <translation>О&amp;тзыв …</translation>
    </message>
    <message>
        <source>Print &amp;notice …</source>
        <translation>&amp;Печать информации …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>Печать &amp;формы согласия …</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>Choose a consent in the list first.</source>
        <translation>Сначала выберите согласие в списке.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Нужен пе&amp;реводчик</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Направлен(а) в</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, next steps</source>
        <translation>Что обсуждалось, о чём договорились, следующие шаги</translation>
    </message>
    <message>
        <source>Set a &amp;follow-up on</source>
        <translation>&amp;Напоминание на</translation>
    </message>
    <message>
        <source>Follow-up subject</source>
        <translation>Тема напоминания</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Напоминание на</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>что нужно сделать</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>for</source>
        <translation>длительность</translation>
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
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Темы:</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>Направлен(а) &amp;в:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Anonymous short contact: counts in the counselling statistics, not in ESF. Do not write names into the note.</source>
        <translation>Анонимный краткий контакт: учитывается в статистике консультаций, но не в ESF. Не пишите имена в заметке.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Return)</source>
        <translation>&amp;Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Correct consultation – {title}</source>
        <translation>Исправить консультацию – {title}</translation>
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
        <translation>Дело</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант</translation>
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
        <translation>Язык</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>{language} (interpreter)</source>
        <translation>{language} (переводчик)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Follow-up from the consultation on {date}</source>
        <translation>Напоминание по консультации от {date}</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Все формы</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>Только анонимные</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>&amp;Анонимный краткий контакт</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>No consultations in this period. Open a case and write one with “New consultation”.</source>
        <translation>В этот период консультаций нет. Откройте дело и добавьте консультацию кнопкой «Новая консультация».</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n консультация</numerusform>
            <numerusform>%n консультации</numerusform>
            <numerusform>%n консультаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>New consultation …</source>
        <translation>Новая консультация …</translation>
    </message>
    <message>
        <source>Coming appointments</source>
        <translation>Предстоящие встречи</translation>
    </message>
    <message>
        <source>No appointments planned – book one with “Make appointment”.</source>
        <translation>Встреч не запланировано – назначьте встречу кнопкой «Назначить встречу».</translation>
    </message>
    <message>
        <source>Make appointment …</source>
        <translation>Назначить встречу …</translation>
    </message>
    <message>
        <source>Record appointment as consultation</source>
        <translation>Записать встречу как консультацию</translation>
    </message>
    <message>
        <source>No consultations yet – write the first with “New consultation”.</source>
        <translation>Консультаций пока нет – добавьте первую кнопкой «Новая консультация».</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{language}, with interpreter</source>
        <translation>{language}, с переводчиком</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete …</source>
        <translation>Удалить …</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>Удалить консультацию</translation>
    </message>
    <message>
        <source>The consultation and its note are deleted for good. Why is it deleted (e.g. entered in the wrong case)?</source>
        <translation>Консультация и заметка к ней будут удалены навсегда. Почему она удаляется (напр., записана не в то дело)?</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Изменить курс</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Новый курс</translation>
    </message>
    <message>
        <source>e.g. German B1 evening course</source>
        <translation>напр., вечерний курс немецкого B1</translation>
    </message>
    <message>
        <source>who runs it, e.g. our club or a language school</source>
        <translation>кто проводит, напр., наша организация или языковая школа</translation>
    </message>
    <message>
        <source>— no project —</source>
        <translation>— без проекта —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Пе&amp;рвый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Посл&amp;едний день:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>Hours attended in a course of a project count towards the project&apos;s minimum support of the ESF statistics.</source>
        <translation>Часы, посещённые на курсе проекта, засчитываются в минимальный объём поддержки проекта в статистике ESF.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
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
        <translation>Период</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Следующее занятие</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Language courses, qualifications and trainings: who takes part, attendance per session, lists to sign and certificates.</source>
        <translation>Языковые курсы, повышение квалификации и тренинги: кто участвует, посещаемость каждого занятия, листы для подписи и справки об участии.</translation>
    </message>
    <message>
        <source>&amp;New course …</source>
        <translation>&amp;Новый курс …</translation>
    </message>
    <message>
        <source>&amp;Edit course …</source>
        <translation>&amp;Изменить курс …</translation>
    </message>
    <message>
        <source>&amp;Delete course</source>
        <translation>&amp;Удалить курс</translation>
    </message>
    <message>
        <source>No courses yet – add one with “New course”.</source>
        <translation>Курсов пока нет – добавьте курс кнопкой «Новый курс».</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Space: next state · 1 present · 2 excused · 3 absent · Del: clear · F2: choose from the list</source>
        <translation>Пробел: следующее значение · 1 присутствовал · 2 по уважительной причине · 3 отсутствовал · Del: очистить · F2: выбрать из списка</translation>
    </message>
    <message>
        <source>Double-click a name to open the case</source>
        <translation>Двойной щелчок по имени открывает дело</translation>
    </message>
    <message>
        <source>Add &amp;session …</source>
        <translation>Добавить &amp;занятие …</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>У&amp;брать занятие</translation>
    </message>
    <message>
        <source>Enrol &amp;participant …</source>
        <translation>Запис&amp;ать участника …</translation>
    </message>
    <message>
        <source>Remove par&amp;ticipant</source>
        <translation>Убрать у&amp;частника</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF) …</source>
        <translation>&amp;Лист посещаемости (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Certificates (PDF) …</source>
        <translation>&amp;Справки (PDF) …</translation>
    </message>
    <message>
        <source>The list to sign for the session of the current column</source>
        <translation>Лист для подписи к занятию выбранного столбца</translation>
    </message>
    <message>
        <source>For the selected participants; issued today</source>
        <translation>Для выбранных участников; дата выдачи – сегодня</translation>
    </message>
    <message>
        <source>Choose a course above to see its attendance.</source>
        <translation>Выберите курс выше, чтобы увидеть посещаемость.</translation>
    </message>
    <message>
        <source>No sessions yet – add them with “Add session”.</source>
        <translation>Занятий пока нет – добавьте их кнопкой «Добавить занятие».</translation>
    </message>
    <message>
        <source>Nobody enrolled yet – add people with “Enrol participant”.</source>
        <translation>Пока никто не записан – добавьте людей кнопкой «Записать участника».</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) from other advisors&apos; cases are not shown.</source>
        <translation>
            <numerusform>%n участник из дел других консультантов не показан.</numerusform>
            <numerusform>%n участника из дел других консультантов не показаны.</numerusform>
            <numerusform>%n участников из дел других консультантов не показаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Удалить курс</translation>
    </message>
    <message>
        <source>Delete the course {title} with its sessions and its list of participants?</source>
        <translation>Удалить курс {title} вместе с занятиями и списком участников?</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Убрать занятие</translation>
    </message>
    <message>
        <source>Choose a cell of the session first.</source>
        <translation>Сначала выберите ячейку занятия.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Убрать участника</translation>
    </message>
    <message>
        <source>Remove {name} from the course? Their ticked attendance is removed too.</source>
        <translation>Убрать {name} из курса? Отмеченная посещаемость тоже будет удалена.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Лист посещаемости</translation>
    </message>
    <message>
        <source>The course has no sessions yet.</source>
        <translation>У курса пока нет занятий.</translation>
    </message>
    <message>
        <source>Save attendance list – the file will not be encrypted</source>
        <translation>Сохранить лист посещаемости – файл не будет зашифрован</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the attendance list …</source>
        <translation>Создание листа посещаемости …</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Справки об участии</translation>
    </message>
    <message>
        <source>Select the participants who receive a certificate first.</source>
        <translation>Сначала выберите участников, которые получат справку.</translation>
    </message>
    <message>
        <source>Folder for the certificates – the files will not be encrypted</source>
        <translation>Папка для справок – файлы не будут зашифрованы</translation>
    </message>
    <message>
        <source>Writing certificates …</source>
        <translation>Создание справок …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written (not encrypted).</source>
        <translation>
            <numerusform>Записан %n файл (не зашифрован).</numerusform>
            <numerusform>Записано %n файла (не зашифрованы).</numerusform>
            <numerusform>Записано %n файлов (не зашифрованы).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Not enrolled in any course. Courses are planned and attendance is ticked in the Courses section.</source>
        <translation>Не записан(а) ни на один курс. Курсы планируются, а посещаемость отмечается в разделе «Курсы».</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Hours attended in all courses: {hours}</source>
        <translation>Посещённые часы на всех курсах: {hours}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Lotse – unexpected error</source>
        <translation>Lotse – непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that Lotse did not expect. Your saved data is safe. Please copy this report and send it to whoever looks after Lotse for your club. The report is also in the log file:
{log_file}</source>
        <translation>Произошла ошибка, которую Lotse не ожидал. Ваши сохранённые данные в безопасности. Пожалуйста, скопируйте этот отчёт и отправьте его человеку, который обслуживает Lotse в вашей организации. Отчёт также записан в файл журнала:
{log_file}</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Копировать отчёт</translation>
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
        <translation>Lotse заблокирован.</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Где хранятся ваши данные</translation>
    </message>
    <message>
        <source>All of Lotse&apos;s data is in one folder. Back it up regularly; to move to a new computer, copy the whole folder.</source>
        <translation>Все данные Lotse находятся в одной папке. Регулярно создавайте её резервную копию; для переноса на новый компьютер скопируйте всю папку.</translation>
    </message>
    <message>
        <source>On this &amp;computer (recommended)</source>
        <translation>На этом &amp;компьютере (рекомендуется)</translation>
    </message>
    <message>
        <source>In another &amp;folder or on a USB stick:</source>
        <translation>В другой &amp;папке или на USB-накопителе:</translation>
    </message>
    <message>
        <source>Database on a &amp;server (team)</source>
        <translation>База данных на &amp;сервере (командная работа)</translation>
    </message>
    <message>
        <source>For an office where several people work at the same time: the data is in a PostgreSQL database that your club or its umbrella organisation runs.</source>
        <translation>Для офиса, где одновременно работают несколько человек: данные хранятся в базе данных PostgreSQL, которую обслуживает ваша организация или объединение, в которое она входит.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Другая папка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>The folder is set with --data-dir.</source>
        <translation>Папка задана параметром --data-dir.</translation>
    </message>
    <message>
        <source>The folder is set by LOTSE_DATA_DIR.</source>
        <translation>Папка задана переменной LOTSE_DATA_DIR.</translation>
    </message>
    <message>
        <source>This is a portable Lotse: the data stays beside the program.</source>
        <translation>Это портативная версия Lotse: данные хранятся рядом с программой.</translation>
    </message>
    <message>
        <source>The database will be created here:
{path}</source>
        <translation>База данных будет создана здесь:
{path}</translation>
    </message>
    <message>
        <source>Folder for Lotse&apos;s data</source>
        <translation>Папка для данных Lotse</translation>
    </message>
    <message>
        <source>Choose the folder for Lotse&apos;s data.</source>
        <translation>Выберите папку для данных Lotse.</translation>
    </message>
    <message>
        <source>Existing database</source>
        <translation>Существующая база данных</translation>
    </message>
    <message>
        <source>This folder already holds a Lotse database:
{path}

Use it instead of creating a new one?</source>
        <translation>В этой папке уже есть база данных Lotse:
{path}

Использовать её вместо создания новой?</translation>
    </message>
    <message>
        <source>Choose an empty folder for a new database.</source>
        <translation>Для новой базы данных выберите пустую папку.</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант</translation>
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
        <translation>Место</translation>
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
        <translation>Выплаты других организаций</translation>
    </message>
    <message>
        <source>e.g. 300,00; 0 if none</source>
        <translation>напр., 300,00; 0, если не было</translation>
    </message>
    <message>
        <source>The tax-free cap counts per person across all clubs: what the volunteer received elsewhere reduces what this club may pay tax-free.</source>
        <translation>Необлагаемый лимит действует на человека по всем организациям вместе: то, что волонтёр получил в другом месте, уменьшает сумму, которую эта организация может выплатить без налога.</translation>
    </message>
    <message>
        <source>Vol&amp;unteer:</source>
        <translation>&amp;Волонтёр:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>Received from &amp;other clubs (€):</source>
        <translation>Получено от &amp;других организаций (€):</translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation>Дата з&amp;аявления:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Дата заявления</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating case files…</source>
        <translation>Создание дел…</translation>
    </message>
    <message>
        <source>Creating consultations…</source>
        <translation>Создание консультаций…</translation>
    </message>
    <message>
        <source>Creating volunteers, hours and tandems…</source>
        <translation>Создание волонтёров, часов и тандемов…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Название</translation>
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
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>No document kept yet – signed questionnaires and consents, decisions and certificates can be added with “Add document”.</source>
        <translation>Документов пока нет – подписанные анкеты и согласия, решения ведомств и свидетельства можно добавить кнопкой «Добавить документ».</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Add &amp;document …</source>
        <translation>Добавить &amp;документ …</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <source>Shows the document in the program this computer uses for it. For that, Lotse writes an unencrypted copy into the data folder and deletes it when Lotse is closed.</source>
        <translation>Показывает документ в программе, которую этот компьютер использует для таких файлов. Для этого Lotse записывает незашифрованную копию в папку данных и удаляет её при закрытии Lotse.</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy …</source>
        <translation>&amp;Сохранить копию …</translation>
    </message>
    <message>
        <source>Dele&amp;te …</source>
        <translation>&amp;Удалить …</translation>
    </message>
    <message>
        <source>Please choose a document in the list.</source>
        <translation>Пожалуйста, выберите документ в списке.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it with a program of your choice.</source>
        <translation>На этом компьютере нет программы, открывающей такие файлы. Сохраните копию и откройте её в программе по своему выбору.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Сохранить копию документа</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted: delete it when it is no longer needed.</source>
        <translation>Сохранено в {path}. Эта копия не зашифрована: удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>Why is “{title}” deleted? (kept in the audit trail)</source>
        <translation>Почему удаляется «{title}»? (сохраняется в журнале аудита)</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
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
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Хранить до</translation>
    </message>
    <message>
        <source>Anonymise case file</source>
        <translation>Анонимизировать дело</translation>
    </message>
    <message>
        <source>Anonymise former volunteer</source>
        <translation>Анонимизировать бывшего волонтёра</translation>
    </message>
    <message>
        <source>Delete police clearance (§ 72a SGB VIII)</source>
        <translation>Удалить сведения о справке о несудимости (§ 72a SGB VIII)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol participant – {course}</source>
        <translation>Записать участника – {course}</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>имя или номер дела</translation>
    </message>
    <message>
        <source>Matching case files</source>
        <translation>Подходящие дела</translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation>&amp;Найти дело:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Participant: find and choose a case file first.</source>
        <translation>Участник: сначала найдите и выберите дело.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>required after the 4-week deadline</source>
        <translation>обязательно после истечения 4-недельного срока</translation>
    </message>
    <message>
        <source>Enroll in a project</source>
        <translation>Включить в проект</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>&amp;Дата начала участия:</translation>
    </message>
    <message>
        <source>Entry questionnaire {project}</source>
        <translation>Анкета при начале участия {project}</translation>
    </message>
    <message>
        <source>Entry on {entry} in {project}; entry data due by {due}.</source>
        <translation>Начало участия {entry} в {project}; данные при начале участия нужно внести до {due}.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>П&amp;ричина изменения:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата начала участия</translation>
    </message>
</context>
<context>
    <name>EnrollmentModel</name>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Начало участия</translation>
    </message>
    <message>
        <source>ESF entry data</source>
        <translation>Данные ESF при начале участия</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Окончание участия</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Причина окончания</translation>
    </message>
    <message>
        <source>Status after exit</source>
        <translation>Положение после окончания</translation>
    </message>
    <message>
        <source>6-month follow-up</source>
        <translation>Опрос через 6 месяцев</translation>
    </message>
    <message>
        <source>not an ESF project</source>
        <translation>не проект ESF</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, overdue since {date}</source>
        <translation>
            <numerusform>%n вопрос не задан, просрочено с {date}</numerusform>
            <numerusform>%n вопроса не задано, просрочено с {date}</numerusform>
            <numerusform>%n вопросов не задано, просрочено с {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, due by {date}</source>
        <translation>
            <numerusform>%n вопрос не задан, срок до {date}</numerusform>
            <numerusform>%n вопроса не задано, срок до {date}</numerusform>
            <numerusform>%n вопросов не задано, срок до {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded on {date}</source>
        <translation>внесено {date}</translation>
    </message>
    <message>
        <source>(exit data overdue)</source>
        <translation>(данные об окончании участия просрочены)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>e.g. Tigrinya, Dari or ti</source>
        <translation>напр., Tigrinya, Dari или ti</translation>
    </message>
</context>
<context>
    <name>EntryQuestionnaire</name>
    <message>
        <source>ESF entry questionnaire (situation on the entry date)</source>
        <translation>Анкета ESF при начале участия (положение на дату начала)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>&amp;Employment status:</source>
        <translation>&amp;Статус занятости:</translation>
    </message>
    <message>
        <source>Unemployed &amp;for:</source>
        <translation>Безработный(-ая) &amp;в течение:</translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation>Высший уровень &amp;образования:</translation>
    </message>
    <message>
        <source>&amp;Disability:</source>
        <translation>&amp;Инвалидность:</translation>
    </message>
    <message>
        <source>&amp;Minority:</source>
        <translation>&amp;Меньшинство:</translation>
    </message>
    <message>
        <source>Foreign &amp;origin:</source>
        <translation>Иностранное &amp;происхождение:</translation>
    </message>
    <message>
        <source>&amp;Homeless or excluded from housing:</source>
        <translation>&amp;Бездомность или исключение из жилья:</translation>
    </message>
    <message>
        <source>&amp;Rural area:</source>
        <translation>Се&amp;льская местность:</translation>
    </message>
    <message>
        <source>All questions answered: the entry data count as recorded.</source>
        <translation>На все вопросы даны ответы: данные при начале участия считаются внесёнными.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not yet asked. They stay missing and are listed on the start page and in the ESF report until answered.</source>
        <translation>
            <numerusform>%n вопрос ещё не задан. Он остаётся незаполненным и отображается на главной странице и в отчёте ESF, пока на него не ответят.</numerusform>
            <numerusform>%n вопроса ещё не задано. Они остаются незаполненными и отображаются на главной странице и в отчёте ESF, пока на них не ответят.</numerusform>
            <numerusform>%n вопросов ещё не задано. Они остаются незаполненными и отображаются на главной странице и в отчёте ESF, пока на них не ответят.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Delete case {case}</source>
        <translation>Удалить дело {case}</translation>
    </message>
    <message>
        <source>The person asked for their data to be erased (Art. 17 GDPR). Choose the ground of the request.</source>
        <translation>Человек потребовал удалить его данные (ст. 17 GDPR). Выберите основание запроса.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>I have told the person why their data must be &amp;kept.</source>
        <translation>Я объяснил(а) человеку, почему его данные должны &amp;храниться.</translation>
    </message>
    <message>
        <source>&amp;Remove what is not needed</source>
        <translation>Удалить &amp;ненужное</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The server&apos;s own backups still hold the data until they are replaced: tell whoever runs the server. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>Все данные об этом человеке удаляются безвозвратно: дело, консультации и заметки, проекты, напоминания, согласия, тандемы и черновики; часы, которые волонтёры провели с ним, сохраняются без привязки к нему. Собственные резервные копии сервера содержат данные, пока их не заменят: сообщите тому, кто обслуживает сервер. В журнале аудита остаётся только то, что номер дела был удалён, кем, когда и на каком основании.</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the data until they are replaced. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>Все данные об этом человеке удаляются безвозвратно: дело, консультации и заметки, проекты, напоминания, согласия, тандемы и черновики; часы, которые волонтёры провели с ним, сохраняются без привязки к нему. Резервные копии в папке данных заменяются новой; копии в других местах (USB-накопители) содержат данные, пока их не заменят. В журнале аудита остаётся только то, что номер дела был удалён, кем, когда и на каком основании.</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone.</source>
        <translation>Я понимаю, что это действие нельзя о&amp;тменить.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Удалить безвозвратно</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Removing …</source>
        <translation>Удаление ненужного …</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>Удаление …</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Case number: there is no case {number}.</source>
        <translation>Номер дела: дела {number} не существует.</translation>
    </message>
    <message>
        <source>Folder: {path} is a file; choose a folder.</source>
        <translation>Папка: {path} – это файл; выберите папку.</translation>
    </message>
    <message>
        <source>The account {user} was deactivated. Please log in again.</source>
        <translation>Учётная запись {user} отключена. Пожалуйста, войдите снова.</translation>
    </message>
    <message>
        <source>User {user} (role {role}) may not do this ({permission}).</source>
        <translation>Пользователь {user} (роль {role}) не имеет права на это ({permission}).</translation>
    </message>
    <message>
        <source>{label}: must be more than 0 euro.</source>
        <translation>{label}: сумма должна быть больше 0 евро.</translation>
    </message>
    <message>
        <source>{label}: an allowance pays for work; give the first and last day of the work it compensates.</source>
        <translation>{label}: компенсационная выплата оплачивает работу; укажите первый и последний день работы, которую она покрывает.</translation>
    </message>
    <message>
        <source>{label}: the last day must not lie before the first.</source>
        <translation>{label}: последний день не может быть раньше первого.</translation>
    </message>
    <message>
        <source>This volunteer does not exist (any more).</source>
        <translation>Этого волонтёра нет (больше нет).</translation>
    </message>
    <message>
        <source>User {user} may not record declarations.</source>
        <translation>Пользователь {user} не имеет права вносить заявления.</translation>
    </message>
    <message>
        <source>Kind: expense refunds have no cap and need no declaration.</source>
        <translation>Вид: возмещение расходов не имеет лимита и не требует заявления.</translation>
    </message>
    <message>
        <source>Year: a year from 2000 to 2100 is allowed.</source>
        <translation>Год: допускается год с 2000 по 2100.</translation>
    </message>
    <message>
        <source>{label}: please choose an advisor.</source>
        <translation>{label}: пожалуйста, выберите консультанта.</translation>
    </message>
    <message>
        <source>{label}: a new appointment must not lie in the past.</source>
        <translation>{label}: новая встреча не может быть в прошлом.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} minutes are allowed.</source>
        <translation>{label}: допускается от {low} до {high} минут.</translation>
    </message>
    <message>
        <source>{label}: an appointment with a case file takes no other name.</source>
        <translation>{label}: для встречи с делом другое имя не указывается.</translation>
    </message>
    <message>
        <source>{label}: please choose an active advisor.</source>
        <translation>{label}: пожалуйста, выберите активного консультанта.</translation>
    </message>
    <message>
        <source>Advisor: you may only book appointments for yourself.</source>
        <translation>Консультант: вы можете назначать встречи только для себя.</translation>
    </message>
    <message>
        <source>{label}: {advisor} already has an appointment on {date} at {time} ({whom}).</source>
        <translation>{label}: у {advisor} уже есть встреча {date} в {time} ({whom}).</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Этой встречи больше нет.</translation>
    </message>
    <message>
        <source>This appointment belongs to another advisor&apos;s case.</source>
        <translation>Эта встреча относится к делу другого консультанта.</translation>
    </message>
    <message>
        <source>{label}: this appointment became a consultation; it stays held.</source>
        <translation>{label}: эта встреча стала консультацией; она остаётся «состоялась».</translation>
    </message>
    <message>
        <source>This appointment already became a consultation.</source>
        <translation>Эта встреча уже записана как консультация.</translation>
    </message>
    <message>
        <source>To: the end of the period lies before its start.</source>
        <translation>По: конец периода раньше его начала.</translation>
    </message>
    <message>
        <source>Action: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>Действие: неизвестное значение &apos;{value}&apos;. Допустимо: {allowed}.</translation>
    </message>
    <message>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation>Неверное имя пользователя или пароль, либо учётная запись отключена.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account. Please wait {seconds} seconds and try again, or ask an administrator to unlock it.</source>
        <translation>Слишком много неверных паролей для этой учётной записи. Подождите {seconds} с и попробуйте снова или попросите администратора разблокировать её.</translation>
    </message>
    <message>
        <source>Backup file: the folder {folder} does not exist.</source>
        <translation>Файл резервной копии: папка {folder} не существует.</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: {reason}</source>
        <translation>Не удалось проверить резервную копию, и она не сохранена: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Не удалось записать резервную копию в {path}: {reason}</translation>
    </message>
    <message>
        <source>The file was not restored and the current database is unchanged: {reason}</source>
        <translation>Файл не восстановлен, текущая база данных не изменена: {reason}</translation>
    </message>
    <message>
        <source>the file is not a Lotse backup</source>
        <translation>файл не является резервной копией Lotse</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>файл повреждён ({detail})</translation>
    </message>
    <message>
        <source>the backup belongs to another Lotse database, and your password does not open it</source>
        <translation>резервная копия относится к другой базе данных Lotse, и ваш пароль её не открывает</translation>
    </message>
    <message>
        <source>the backup was made by a newer version of Lotse</source>
        <translation>резервная копия создана более новой версией Lotse</translation>
    </message>
    <message>
        <source>the backup failed the integrity check ({detail})</source>
        <translation>резервная копия не прошла проверку целостности ({detail})</translation>
    </message>
    <message>
        <source>a database on a server is restored by the server&apos;s administrator (from its pg_dump backups), not from a Lotse backup file</source>
        <translation>базу данных на сервере восстанавливает администратор сервера (из резервных копий pg_dump на сервере), а не из файла резервной копии Lotse</translation>
    </message>
    <message>
        <source>Backup file: {path} does not exist.</source>
        <translation>Файл резервной копии: {path} не существует.</translation>
    </message>
    <message>
        <source>Keeping the current database as a backup…</source>
        <translation>Текущая база данных сохраняется как резервная копия…</translation>
    </message>
    <message>
        <source>Opening the restored database…</source>
        <translation>Открытие восстановленной базы данных…</translation>
    </message>
    <message>
        <source>Both case files are enrolled in {projects}. Remove the wrong enrollment first (Projects tab, “Remove enrollment”), then merge.</source>
        <translation>Оба дела включены в {projects}. Сначала удалите ошибочное участие (вкладка «Проекты», «Удалить участие»), затем объедините.</translation>
    </message>
    <message>
        <source>Both case files are enrolled in the course {courses}. Remove the wrong enrollment first (Courses section), then merge.</source>
        <translation>Оба дела записаны на курс {courses}. Сначала удалите ошибочное участие в курсе (раздел «Курсы»), затем объедините.</translation>
    </message>
    <message>
        <source>Choose a different case file to merge with this one.</source>
        <translation>Выберите для объединения другое дело.</translation>
    </message>
    <message>
        <source>Only an administrator may remove an enrollment.</source>
        <translation>Удалить участие может только администратор.</translation>
    </message>
    <message>
        <source>This project enrollment no longer exists.</source>
        <translation>Этого участия в проекте больше нет.</translation>
    </message>
    <message>
        <source>{label}: please choose one; &apos;not specified&apos; is possible too.</source>
        <translation>{label}: пожалуйста, выберите значение; можно выбрать и «не указано».</translation>
    </message>
    <message>
        <source>{label}: must lie between 1900 and today.</source>
        <translation>{label}: должно быть между 1900 годом и сегодняшним днём.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use five digits.</source>
        <translation>{label}: &apos;{value}&apos; не допускается. Введите пять цифр.</translation>
    </message>
    <message>
        <source>{label}: only for an address in Germany. For a person living abroad, leave it empty and write the foreign postcode with the town.</source>
        <translation>{label}: только для адреса в Германии. Если человек живёт за рубежом, оставьте поле пустым и укажите иностранный индекс вместе с городом.</translation>
    </message>
    <message>
        <source>{label}: a year from 1900 to {year} is allowed.</source>
        <translation>{label}: допускается год с 1900 по {year}.</translation>
    </message>
    <message>
        <source>{label}: only for a qualification that was obtained; leave it empty for none or unknown.</source>
        <translation>{label}: только для полученного образования; оставьте пустым, если его нет или оно неизвестно.</translation>
    </message>
    <message>
        <source>Case {id} does not exist (any more).</source>
        <translation>Дела {id} нет (больше нет).</translation>
    </message>
    <message>
        <source>Case {case} is anonymised: it can no longer be changed.</source>
        <translation>Дело {case} анонимизировано: его больше нельзя изменить.</translation>
    </message>
    <message>
        <source>The case file {case}</source>
        <translation>Дело {case}</translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation>Файл базы данных {path} не существует.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Lotse database (perhaps a copy or a save was interrupted). Restore the latest backup.</source>
        <translation>Файл {path} пуст: это не база данных Lotse (возможно, копирование или сохранение было прервано). Восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database, but not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>Файл {path} – база данных SQLite, но не база данных Lotse (в ней нет таблиц Lotse). Lotse его не изменил.</translation>
    </message>
    <message>
        <source>The file {path} is a Lotse database from before encryption; the next administrator login encrypts it.</source>
        <translation>Файл {path} – база данных Lotse, созданная до введения шифрования; при следующем входе администратора она будет зашифрована.</translation>
    </message>
    <message>
        <source>The file is damaged ({details}). Restore the latest backup; Lotse did not change the file.</source>
        <translation>Файл повреждён ({details}). Восстановите последнюю резервную копию; Lotse файл не изменил.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist (foreign keys), or the check could not run.</source>
        <translation>
            <numerusform>Строк со ссылками на несуществующие строки (внешние ключи): %n, либо проверку не удалось выполнить.</numerusform>
            <numerusform>Строк со ссылками на несуществующие строки (внешние ключи): %n, либо проверку не удалось выполнить.</numerusform>
            <numerusform>Строк со ссылками на несуществующие строки (внешние ключи): %n, либо проверку не удалось выполнить.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database ({reason}): it is damaged, belongs to other keys or is no database at all. Lotse did not change it.</source>
        <translation>Файл {path} невозможно прочитать как базу данных Lotse ({reason}): он повреждён, относится к другим ключам или вообще не является базой данных. Lotse его не изменил.</translation>
    </message>
    <message>
        <source>The database on the server {server} cannot be read ({reason}). Lotse did not change it.</source>
        <translation>Базу данных на сервере {server} невозможно прочитать ({reason}). Lotse её не изменил.</translation>
    </message>
    <message>
        <source>The database on the server {server} is not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>База данных на сервере {server} не является базой данных Lotse (в ней нет таблиц Lotse). Lotse её не изменил.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>Этой записи нет (больше нет).</translation>
    </message>
    <message>
        <source>{label}: &apos;;&apos; and &apos;,&apos; are not allowed; they separate several entries in a spreadsheet cell.</source>
        <translation>{label}: &apos;;&apos; и &apos;,&apos; не допускаются; они разделяют несколько значений в ячейке таблицы.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; already exists.</source>
        <translation>{label}: «{name}» уже существует.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; exists but is retired; take it back into use.</source>
        <translation>{label}: «{name}» существует, но выведено из употребления; включите его снова.</translation>
    </message>
    <message>
        <source>{label}: this field is required.</source>
        <translation>{label}: это поле обязательно.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; is already on the list.</source>
        <translation>{label}: «{name}» уже есть в списке.</translation>
    </message>
    <message>
        <source>Languages keep their standard names; add another one instead.</source>
        <translation>Языки сохраняют свои стандартные названия; вместо этого добавьте другой язык.</translation>
    </message>
    <message>
        <source>Consents asked: &apos;{value}&apos; cannot be chosen here (allowed: {allowed}; the consent for a partner is asked for each active partner).</source>
        <translation>Запрашиваемые согласия: «{value}» здесь выбрать нельзя (допустимо: {allowed}; согласие для партнёра запрашивается для каждого активного партнёра).</translation>
    </message>
    <message>
        <source>Partner: &apos;{name}&apos; is already in the list.</source>
        <translation>Партнёр: «{name}» уже есть в списке.</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Этого партнёра больше нет.</translation>
    </message>
    <message>
        <source>Partner: a consent to pass data to a partner names one partner; other consents name none.</source>
        <translation>Партнёр: в согласии на передачу данных указывается ровно один партнёр, в остальных согласиях – ни одного.</translation>
    </message>
    <message>
        <source>Partner: choose one of the club&apos;s active partners.</source>
        <translation>Партнёр: выберите одного из активных партнёров организации.</translation>
    </message>
    <message>
        <source>Consents: each consent can be answered once.</source>
        <translation>Согласия: на каждое согласие можно ответить только один раз.</translation>
    </message>
    <message>
        <source>Consents: the information notice is no consent.</source>
        <translation>Согласия: информация о защите данных не является согласием.</translation>
    </message>
    <message>
        <source>{label}: must not lie in the future.</source>
        <translation>{label}: не может быть в будущем.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>Этого согласия больше нет.</translation>
    </message>
    <message>
        <source>The information notice was handed over; it is no consent and cannot be withdrawn.</source>
        <translation>Информация о защите данных была выдана; это не согласие, и её нельзя отозвать.</translation>
    </message>
    <message>
        <source>{label}: this consent was already withdrawn.</source>
        <translation>{label}: это согласие уже отозвано.</translation>
    </message>
    <message>
        <source>{label}: the day the consent was given ({given}) or later.</source>
        <translation>{label}: день дачи согласия ({given}) или позже.</translation>
    </message>
    <message>
        <source>{label}: from 1 to 600 minutes are allowed.</source>
        <translation>{label}: допускается от 1 до 600 минут.</translation>
    </message>
    <message>
        <source>{label}: must not be before the consultation.</source>
        <translation>{label}: не может быть раньше консультации.</translation>
    </message>
    <message>
        <source>{label}: anonymous contacts cannot have a follow-up.</source>
        <translation>{label}: для анонимных контактов нельзя создать напоминание.</translation>
    </message>
    <message>
        <source>Topics: unknown topic chosen.</source>
        <translation>Темы: выбрана неизвестная тема.</translation>
    </message>
    <message>
        <source>Referred to: unknown service chosen.</source>
        <translation>Направлен(а) в: выбрана неизвестная служба.</translation>
    </message>
    <message>
        <source>This consultation does not exist (any more).</source>
        <translation>Этой консультации нет (больше нет).</translation>
    </message>
    <message>
        <source>Only the advisor who wrote a consultation or an administrator may change or delete it.</source>
        <translation>Изменить или удалить консультацию может только консультант, который её записал, или администратор.</translation>
    </message>
    <message>
        <source>The consultation of {day}</source>
        <translation>Консультация от {day}</translation>
    </message>
    <message>
        <source>Kind: please choose the kind of course from the list.</source>
        <translation>Вид: выберите вид курса из списка.</translation>
    </message>
    <message>
        <source>Last day: {end} lies before the first day {start}.</source>
        <translation>Последний день: {end} раньше первого дня {start}.</translation>
    </message>
    <message>
        <source>Date: {date} lies outside the course ({start} – {end}); choose a day within it or change the course&apos;s dates first.</source>
        <translation>Дата: {date} вне сроков курса ({start} – {end}); выберите день в этих пределах или сначала измените даты курса.</translation>
    </message>
    <message>
        <source>Duration: {minutes} minutes is not allowed; a session lasts {low} to {high} minutes.</source>
        <translation>Длительность: {minutes} мин не допускается; занятие длится от {low} до {high} минут.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>Этого курса больше нет.</translation>
    </message>
    <message>
        <source>This course session no longer exists.</source>
        <translation>Этого занятия курса больше нет.</translation>
    </message>
    <message>
        <source>This project does not exist.</source>
        <translation>Этого проекта не существует.</translation>
    </message>
    <message>
        <source>First day / last day: the sessions on {dates} would lie outside the course; move or remove them first.</source>
        <translation>Первый / последний день: занятия {dates} оказались бы вне сроков курса; сначала перенесите или удалите их.</translation>
    </message>
    <message>
        <source>Course {course}: attendance is recorded in {n} cells; a course with attendance cannot be deleted.</source>
        <translation>Курс {course}: посещаемость отмечена в ячейках ({n}); курс с отмеченной посещаемостью удалить нельзя.</translation>
    </message>
    <message>
        <source>Start time: the course already has a session on {date} at {time}.</source>
        <translation>Начало: у курса уже есть занятие {date} в {time}.</translation>
    </message>
    <message>
        <source>Session on {date}: attendance is recorded for {n} people; clear their cells first.</source>
        <translation>Занятие {date}: посещаемость отмечена для людей ({n}); сначала очистите их ячейки.</translation>
    </message>
    <message>
        <source>Participant: {name} ({case}) is already enrolled in {course}.</source>
        <translation>Участник: {name} ({case}) уже записан(а) на {course}.</translation>
    </message>
    <message>
        <source>This course participation no longer exists.</source>
        <translation>Этого участия в курсе больше нет.</translation>
    </message>
    <message>
        <source>Attendance: the session on {date} has not taken place yet; only “excused” can be recorded in advance.</source>
        <translation>Посещаемость: занятие {date} ещё не состоялось; заранее можно отметить только «по уважительной причине».</translation>
    </message>
    <message>
        <source>Attendance: {name} ({case}) is not enrolled in this course; enrol the person first.</source>
        <translation>Посещаемость: {name} ({case}) не записан(а) на этот курс; сначала запишите человека.</translation>
    </message>
    <message>
        <source>Certificate: {name} ({case}) has attended no session of {course} yet (only sessions ticked “present” count).</source>
        <translation>Справка об участии: {name} ({case}) ещё не посетил(а) ни одного занятия курса {course} (учитываются только занятия с отметкой «присутствовал»).</translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Lotse waited 10 seconds; nothing was changed. Please try again in a moment.</source>
        <translation>Другой процесс сейчас записывает данные в базу (импорт, резервное копирование или другой экземпляр Lotse). Lotse ждал 10 секунд; ничего не изменено. Пожалуйста, повторите попытку через минуту.</translation>
    </message>
    <message numerus="yes">
        <source>%n ESF entry questionnaire(s) had been saved untouched with answers the old form pre-selected. They were reset to &apos;not yet asked&apos; and are now listed as missing on the start page and in the ESF report.</source>
        <translation>
            <numerusform>Анкет ESF при начале участия, сохранённых без изменений с ответами, которые заранее выбирала старая форма: %n. Они сброшены на «ещё не задано» и теперь отображаются как недостающие на главной странице и в отчёте ESF.</numerusform>
            <numerusform>Анкет ESF при начале участия, сохранённых без изменений с ответами, которые заранее выбирала старая форма: %n. Они сброшены на «ещё не задано» и теперь отображаются как недостающие на главной странице и в отчёте ESF.</numerusform>
            <numerusform>Анкет ESF при начале участия, сохранённых без изменений с ответами, которые заранее выбирала старая форма: %n. Они сброшены на «ещё не задано» и теперь отображаются как недостающие на главной странице и в отчёте ESF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) had a reference occupation or recognition status. Each now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</source>
        <translation>
            <numerusform>Дел с референтной профессией или статусом признания: %n. В каждом теперь есть первая процедура признания (вкладка «Признание») с внесёнными данными; даты никогда не запрашивались и пусты.</numerusform>
            <numerusform>Дел с референтной профессией или статусом признания: %n. В каждом теперь есть первая процедура признания (вкладка «Признание») с внесёнными данными; даты никогда не запрашивались и пусты.</numerusform>
            <numerusform>Дел с референтной профессией или статусом признания: %n. В каждом теперь есть первая процедура признания (вкладка «Признание») с внесёнными данными; даты никогда не запрашивались и пусты.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} is not a Lotse database (it has no Lotse tables, or it is empty). Lotse did not change it. Choose another data folder or restore a backup.</source>
        <translation>Файл {path} не является базой данных Lotse (в нём нет таблиц Lotse или он пуст). Lotse его не изменил. Выберите другую папку данных или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged, so no password can open the database. Restore it from a backup, or restore a whole backup (Lotse backups carry their keys).</source>
        <translation>Файл ключей {path} повреждён, поэтому ни один пароль не может открыть базу данных. Восстановите его из резервной копии или восстановите всю резервную копию (резервные копии Lotse содержат свои ключи).</translation>
    </message>
    <message>
        <source>The key file {path} is missing, so no password can open the database. Put the file lotse.keys back beside lotse.sqlite3, or restore a backup.</source>
        <translation>Файл ключей {path} отсутствует, поэтому ни один пароль не может открыть базу данных. Верните файл lotse.keys рядом с lotse.sqlite3 или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>There is no Lotse database in {path} yet. Run &apos;lotse init&apos; first.</source>
        <translation>В {path} ещё нет базы данных Lotse. Сначала выполните &apos;lotse init&apos;.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key: the file is damaged or belongs to other keys ({reason}).</source>
        <translation>Базу данных {path} нельзя открыть этим ключом: файл повреждён или относится к другим ключам ({reason}).</translation>
    </message>
    <message>
        <source>There is no Lotse database on the server yet ({server}). Set it up first: lotse init --server &apos;{server}&apos; --org NAME --admin USER</source>
        <translation>На сервере ({server}) ещё нет базы данных Lotse. Сначала создайте её: lotse init --server &apos;{server}&apos; --org NAME --admin USER</translation>
    </message>
    <message>
        <source>This database already holds case files, consultations or volunteers that were not made by the demo. Demo data is meant for an empty database: use a new data folder (--data-dir), or add --force to mix fake people with these.</source>
        <translation>В этой базе данных уже есть дела, консультации или волонтёры, созданные не демоверсией. Демонстрационные данные предназначены для пустой базы данных: используйте новую папку данных (--data-dir) или добавьте --force, чтобы смешать вымышленных людей с этими.</translation>
    </message>
    <message>
        <source>Participants: a whole number from 1 to {n} is allowed.</source>
        <translation>Участники: допускается целое число от 1 до {n}.</translation>
    </message>
    <message>
        <source>This tandem no longer exists.</source>
        <translation>Этого тандема больше нет.</translation>
    </message>
    <message>
        <source>Kind: choose what the document is.</source>
        <translation>Вид: выберите, что это за документ.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: пожалуйста, введите дату.</translation>
    </message>
    <message>
        <source>File: {path} cannot be read.</source>
        <translation>Файл: не удаётся прочитать {path}.</translation>
    </message>
    <message>
        <source>File: {name} has {size} MB; a document may have 1 byte to {max} MB.</source>
        <translation>Файл: размер {name} – {size} МБ; документ может занимать от 1 байта до {max} МБ.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Этого документа больше нет.</translation>
    </message>
    <message>
        <source>The enrollment in {project}</source>
        <translation>Участие в {project}</translation>
    </message>
    <message>
        <source>{label}: only allowed for unemployed people.</source>
        <translation>{label}: допускается только для безработных.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 0 to 600 is allowed.</source>
        <translation>{label}: допускается целое число от 0 до 600.</translation>
    </message>
    <message>
        <source>The ESF questionnaires are only asked in ESF projects; {project} is not one.</source>
        <translation>Анкеты ESF заполняются только в проектах ESF; {project} к ним не относится.</translation>
    </message>
    <message>
        <source>Project: please choose one.</source>
        <translation>Проект: пожалуйста, выберите проект.</translation>
    </message>
    <message>
        <source>Project: case {case} is already enrolled in {project}.</source>
        <translation>Проект: дело {case} уже включено в {project}.</translation>
    </message>
    <message>
        <source>{label}: must lie within the project period.</source>
        <translation>{label}: должно быть в пределах срока проекта.</translation>
    </message>
    <message>
        <source>{label}: entry answers describe the entry date; changing them more than four weeks after entry needs a reason.</source>
        <translation>{label}: ответы при начале участия описывают день начала; для их изменения позже чем через четыре недели после начала нужна причина.</translation>
    </message>
    <message>
        <source>{label}: please choose one of the project&apos;s reasons.</source>
        <translation>{label}: пожалуйста, выберите одну из причин проекта.</translation>
    </message>
    <message>
        <source>{label}: must not be before the entry date {entry}.</source>
        <translation>{label}: не может быть раньше даты начала участия {entry}.</translation>
    </message>
    <message>
        <source>6-month answers: record the exit first.</source>
        <translation>Ответы через 6 месяцев: сначала внесите окончание участия.</translation>
    </message>
    <message>
        <source>{label}: only asked of people who were employed or self-employed at entry.</source>
        <translation>{label}: спрашивается только у тех, кто при начале участия работал по найму или был самозанятым.</translation>
    </message>
    <message>
        <source>Case {case} is not closed.</source>
        <translation>Дело {case} не закрыто.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Lotse (schema {revision}). Please install the newer Lotse; the file was left unchanged.</source>
        <translation>База данных {path} записана более новой версией Lotse (схема {revision}). Установите более новую версию Lotse; файл не изменён.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>Невозможно записать в папку данных {path}: {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database: {reason}</source>
        <translation>Файл {path} невозможно прочитать как базу данных Lotse: {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed (a copy is in {backup}): {reason}</source>
        <translation>Не удалось обновить базу данных {path}, ничего не изменено (копия находится в {backup}): {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed: {reason}</source>
        <translation>Не удалось обновить базу данных {path}, ничего не изменено: {reason}</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: Lotse could not write and left the data as it was. Please tell whoever runs the server.</source>
        <translation>Диск сервера базы данных заполнен: Lotse не смог записать данные и оставил их без изменений. Сообщите об этом тому, кто обслуживает сервер.</translation>
    </message>
    <message>
        <source>The database server refused this: the account Lotse uses there lacks the permission, or the server only reads. Nothing was changed. Please tell whoever runs the server.</source>
        <translation>Сервер базы данных отказал: у учётной записи, которую Lotse там использует, нет прав, или сервер работает только на чтение. Ничего не изменено. Сообщите об этом тому, кто обслуживает сервер.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment, so nothing was saved. Please try again.</source>
        <translation>Кто-то другой изменил те же данные в тот же момент, поэтому ничего не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>A volunteer&apos;s hours on one day may add up to at most 10 hours; hours saved meanwhile already fill this day. Nothing was changed.</source>
        <translation>Часы волонтёра за один день в сумме не могут превышать 10 часов; часы, сохранённые за это время, уже заполняют этот день. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full: Lotse could not write and left the data as it was. Free some space (or choose another folder) and try again.</source>
        <translation>Диск заполнен: Lotse не смог записать данные и оставил их без изменений. Освободите место (или выберите другую папку) и повторите попытку.</translation>
    </message>
    <message>
        <source>Lotse may not write here{where}: the file or its folder is read-only (a write-protected stick, missing permission). Nothing was changed.</source>
        <translation>Lotse не может записывать здесь{where}: файл или его папка доступны только для чтения (накопитель с защитой от записи, нет прав доступа). Ничего не изменено.</translation>
    </message>
    <message>
        <source>{label}: counts must not be negative.</source>
        <translation>{label}: количество не может быть отрицательным.</translation>
    </message>
    <message>
        <source>{label}: women, men and diverse add up to {sum}, more than the {total} attendees in total.</source>
        <translation>{label}: женщин, мужчин и лиц другого пола в сумме {sum} – больше, чем всего участников ({total}).</translation>
    </message>
    <message>
        <source>Kind: choose what kind of event it was.</source>
        <translation>Вид: выберите вид мероприятия.</translation>
    </message>
    <message>
        <source>Topics: choose topics from the club&apos;s list.</source>
        <translation>Темы: выберите темы из списка организации.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Этого напоминания больше нет.</translation>
    </message>
    <message>
        <source>This Lotse version encrypts the database once before it is used again. Please ask an administrator to log in first.</source>
        <translation>Эта версия Lotse один раз шифрует базу данных перед дальнейшим использованием. Пожалуйста, попросите администратора сначала войти в систему.</translation>
    </message>
    <message>
        <source>Encrypting the database failed and nothing was changed: {reason}</source>
        <translation>Не удалось зашифровать базу данных, ничего не изменено: {reason}</translation>
    </message>
    <message>
        <source>Goals: choose at least one goal or describe one.</source>
        <translation>Цели: выберите хотя бы одну цель или опишите её.</translation>
    </message>
    <message>
        <source>Meetings: choose how often the tandem meets.</source>
        <translation>Встречи: выберите, как часто встречается тандем.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has no valid police clearance on {date}; a tandem needs one.</source>
        <translation>Волонтёр: у {name} на {date} нет действующей расширенной справки о несудимости; для тандема она необходима.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has not taken part in the club&apos;s training by {date}; the club requires it before a tandem (Settings → General).</source>
        <translation>Волонтёр: {name} не прошёл(-ла) обучение организации к {date}; организация требует его до начала тандема (Настройки → Общие).</translation>
    </message>
    <message>
        <source>{label}: an ended tandem needs the day it ended.</source>
        <translation>{label}: для завершённого тандема нужна дата его окончания.</translation>
    </message>
    <message>
        <source>{label}: must not lie before the start ({start}).</source>
        <translation>{label}: не может быть раньше начала ({start}).</translation>
    </message>
    <message>
        <source>The template {file} cannot be read: {problem}</source>
        <translation>Не удаётся прочитать шаблон {file}: {problem}</translation>
    </message>
    <message>
        <source>The template {file} does not use the placeholders of the German one: missing {missing}; unknown {unknown}.</source>
        <translation>Шаблон {file} не использует заполнители немецкого шаблона: отсутствуют {missing}; неизвестны {unknown}.</translation>
    </message>
    <message>
        <source>The organisation has not been set up.</source>
        <translation>Организация ещё не настроена.</translation>
    </message>
    <message>
        <source>Logo: the file is not a picture Lotse can read.</source>
        <translation>Логотип: файл не является изображением, которое может прочитать Lotse.</translation>
    </message>
    <message>
        <source>Logo: at most {size} MB are allowed.</source>
        <translation>Логотип: допускается не более {size} МБ.</translation>
    </message>
    <message>
        <source>Password: at least {n} characters are required.</source>
        <translation>Пароль: требуется не менее {n} символов.</translation>
    </message>
    <message>
        <source>Password: too easy to guess (common passwords, names, words of the club, keyboard rows and dates are tried first). Use a longer one, for example three or four unrelated words.</source>
        <translation>Пароль: слишком легко угадать (сначала проверяются распространённые пароли, имена, слова, связанные с организацией, ряды клавиш и даты). Выберите более длинный, например три-четыре не связанных между собой слова.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} years are allowed.</source>
        <translation>{label}: допускается от {low} до {high} лет.</translation>
    </message>
    <message>
        <source>Reason for the erasure: choose one of the grounds of Art. 17 (1).</source>
        <translation>Причина удаления: выберите одно из оснований ст. 17 (1).</translation>
    </message>
    <message>
        <source>The person&apos;s data must be kept: ESF projects have to keep their documents for years after the project ends (Art. 82 Regulation (EU) 2021/1060), which Art. 17 (3) (b) GDPR allows.</source>
        <translation>Данные человека должны храниться: проекты ESF обязаны хранить документы ещё несколько лет после окончания проекта (ст. 82 Регламента (ЕС) 2021/1060), что допускает ст. 17 (3) (b) GDPR.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>{code}: kept until some years after the project ends.</source>
        <translation>{code}: хранить до истечения нескольких лет после окончания проекта.</translation>
    </message>
    <message>
        <source>{code}: kept until {date}.</source>
        <translation>{code}: хранить до {date}.</translation>
    </message>
    <message>
        <source>Instead, what the project does not need can be removed now: notes, remarks, follow-ups, contact data and spoken languages.</source>
        <translation>Вместо этого сейчас можно удалить то, что не нужно проекту: заметки, примечания, напоминания, контактные данные и языки, которыми владеет человек.</translation>
    </message>
    <message>
        <source>{label}: a whole number from {low} to {high} is allowed.</source>
        <translation>{label}: допускается целое число от {low} до {high}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use up to 20 letters, digits, dot, hyphen or underscore.</source>
        <translation>{label}: &apos;{value}&apos; не допускается. Используйте до 20 букв, цифр, точку, дефис или подчёркивание.</translation>
    </message>
    <message>
        <source>{label}: must not be before the start date.</source>
        <translation>{label}: не может быть раньше даты начала.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 1 to 30 is allowed.</source>
        <translation>{label}: допускается целое число от 1 до 30.</translation>
    </message>
    <message>
        <source>{label}: a project with the code {code} already exists.</source>
        <translation>{label}: проект с кодом {code} уже существует.</translation>
    </message>
    <message>
        <source>This project does not exist (any more).</source>
        <translation>Этого проекта нет (больше нет).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; already exists in this project.</source>
        <translation>{label}: «{value}» уже есть в этом проекте.</translation>
    </message>
    <message>
        <source>This exit reason does not exist (any more).</source>
        <translation>Этой причины окончания участия нет (больше нет).</translation>
    </message>
    <message>
        <source>Project {project} does not support organisations; switch the setting on in the project first.</source>
        <translation>Проект {project} не поддерживает организации; сначала включите эту настройку в проекте.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a KldB 2010 code (5 digits, the last 1-4).</source>
        <translation>{label}: &apos;{value}&apos; не является кодом KldB 2010 (5 цифр, последняя – от 1 до 4).</translation>
    </message>
    <message>
        <source>{label}: must not be before the application date.</source>
        <translation>{label}: не может быть раньше даты подачи заявления.</translation>
    </message>
    <message>
        <source>{label}: please choose the decision&apos;s result.</source>
        <translation>{label}: пожалуйста, выберите результат решения.</translation>
    </message>
    <message>
        <source>{label}: please choose its kind, or leave the adaptation fields empty.</source>
        <translation>{label}: выберите её вид или оставьте поля адаптационной квалификации пустыми.</translation>
    </message>
    <message>
        <source>{label}: must not be before its start.</source>
        <translation>{label}: не может быть раньше начала.</translation>
    </message>
    <message>
        <source>This recognition procedure no longer exists.</source>
        <translation>Этой процедуры признания больше нет.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use a number from 0.5 to {max}.</source>
        <translation>{label}: &apos;{value}&apos; не допускается. Введите число от 0,5 до {max}.</translation>
    </message>
    <message>
        <source>{label}: please choose one (employment subject to social insurance, marginal, self-employed, apprenticeship or internship).</source>
        <translation>{label}: выберите один вариант (работа с обязательным социальным страхованием, мини-работа, самозанятость, профессиональное обучение или практика).</translation>
    </message>
    <message>
        <source>{label}: only a participation of this person that ended in employment or self-employment can be linked.</source>
        <translation>{label}: можно связать только участие этого человека, завершившееся трудоустройством или самозанятостью.</translation>
    </message>
    <message>
        <source>This placement no longer exists.</source>
        <translation>Этого трудоустройства больше нет.</translation>
    </message>
    <message>
        <source>A database on a server has no recovery key. An administrator sets a new password in Lotse (Settings, Users, or &apos;lotse user passwd NAME&apos;). If no administrator can log in any more, the person who runs the server has to help: the accounts are in the table &quot;user&quot; of the server&apos;s database.</source>
        <translation>У базы данных на сервере нет ключа восстановления. Новый пароль задаёт администратор в Lotse (Настройки, Учётные записи или &apos;lotse user passwd NAME&apos;). Если ни один администратор больше не может войти, помочь должен тот, кто обслуживает сервер: учётные записи хранятся в таблице &quot;user&quot; базы данных на сервере.</translation>
    </message>
    <message>
        <source>Recovery key: 32 letters and digits are expected (eight groups of four, as on the printed Notfallschlüssel).</source>
        <translation>Ключ восстановления: ожидается 32 буквы и цифры (восемь групп по четыре, как на распечатанном ключе восстановления – Notfallschlüssel).</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Этот ключ восстановления не открывает эту базу данных.</translation>
    </message>
    <message>
        <source>User name: {name} is no administrator account; the recovery key sets an administrator&apos;s password.</source>
        <translation>Имя пользователя: {name} – не учётная запись администратора; ключ восстановления задаёт пароль администратора.</translation>
    </message>
    <message>
        <source>This is no recovery key.</source>
        <translation>Это не ключ восстановления.</translation>
    </message>
    <message>
        <source>Report: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>Отчёт: &apos;{value}&apos; недоступен; допустимо: {allowed}.</translation>
    </message>
    <message>
        <source>Project: this report is made for one project.</source>
        <translation>Проект: этот отчёт составляется для одного проекта.</translation>
    </message>
    <message>
        <source>Project: there is no project with the code {code}.</source>
        <translation>Проект: проекта с кодом {code} нет.</translation>
    </message>
    <message>
        <source>Project: {code} does not report to ESF Plus.</source>
        <translation>Проект: {code} не отчитывается перед ESF Plus.</translation>
    </message>
    <message>
        <source>Format: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>Формат: &apos;{value}&apos; недоступен; допустимо: {allowed}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. These fields differ between the saved version and yours: {fields}.</source>
        <translation>{what}: с момента, как вы открыли запись, её изменил кто-то другой; ничего не сохранено. Эти поля различаются в сохранённой версии и вашей: {fields}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. The fields of this form are the same in both versions.</source>
        <translation>{what}: с момента, как вы открыли запись, её изменил кто-то другой; ничего не сохранено. Поля этой формы в обеих версиях одинаковы.</translation>
    </message>
    <message>
        <source>Case {case}: only the responsible advisor may open it.</source>
        <translation>Дело {case}: открыть его может только ответственный консультант.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} {unit} are allowed.</source>
        <translation>{label}: допускается от {low} до {high} {unit}.</translation>
    </message>
    <message>
        <source>A Lotse database already exists in {path}; nothing was changed. Use another data folder (--data-dir) for a new organisation.</source>
        <translation>В {path} уже есть база данных Lotse; ничего не изменено. Для новой организации используйте другую папку данных (--data-dir).</translation>
    </message>
    <message>
        <source>The database {database} on {host} already holds a Lotse organisation; nothing was changed. Log in to it, or ask the server&apos;s administrator for another database for a new organisation.</source>
        <translation>База данных {database} на {host} уже содержит организацию Lotse; ничего не изменено. Войдите в неё или попросите администратора сервера выделить другую базу данных для новой организации.</translation>
    </message>
    <message>
        <source>Month: &apos;{value}&apos; is not allowed; use YYYY-MM such as 2026-03.</source>
        <translation>Месяц: &apos;{value}&apos; не допускается; используйте формат ГГГГ-ММ, например 2026-03.</translation>
    </message>
    <message>
        <source>There is no volunteer with the number {number}.</source>
        <translation>Волонтёра с номером {number} нет.</translation>
    </message>
    <message>
        <source>{label}: the name {name} is already taken.</source>
        <translation>{label}: имя {name} уже занято.</translation>
    </message>
    <message>
        <source>This user account does not exist (any more).</source>
        <translation>Этой учётной записи нет (больше нет).</translation>
    </message>
    <message>
        <source>{user} is the last active administrator; make someone else an administrator first.</source>
        <translation>{user} – последний активный администратор; сначала назначьте администратором кого-то другого.</translation>
    </message>
    <message>
        <source>New password: please choose a password you did not use now.</source>
        <translation>Новый пароль: выберите пароль, отличный от текущего.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>Language: please choose one of {choices}.</source>
        <translation>Язык: выберите один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Volunteer record: only a login with the role volunteer is linked.</source>
        <translation>Запись волонтёра: связать можно только учётную запись с ролью «волонтёр».</translation>
    </message>
    <message>
        <source>Volunteer record: {number} already has another login.</source>
        <translation>Запись волонтёра: у {number} уже есть другая учётная запись.</translation>
    </message>
    <message>
        <source>{label}: at most {n} characters are allowed.</source>
        <translation>{label}: допускается не более {n} символов.</translation>
    </message>
    <message>
        <source>{label}: character {position} is an invisible control character; please remove it (letters, digits, punctuation and line breaks are allowed).</source>
        <translation>{label}: символ {position} – невидимый управляющий символ; удалите его (допускаются буквы, цифры, знаки препинания и переносы строк).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{label}: &apos;{value}&apos; не является адресом эл. почты.</translation>
    </message>
    <message>
        <source>Did you mean {names}?</source>
        <translation>Возможно, вы имели в виду {names}?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country; use its name or a code such as SY.</source>
        <translation>&apos;{value}&apos; – не страна; используйте название или код, например SY.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language; use its name or a code such as ar.</source>
        <translation>&apos;{value}&apos; – не язык; используйте название или код, например ar.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use 2 to 32 letters a-z, digits, dot, hyphen or underscore, starting with a letter or digit.</source>
        <translation>{label}: &apos;{value}&apos; не допускается. Используйте от 2 до 32 символов: латинские буквы a-z, цифры, точку, дефис или подчёркивание; первым должна быть буква или цифра.</translation>
    </message>
    <message>
        <source>{label}: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>{label}: неизвестное значение &apos;{value}&apos;. Допустимо: {allowed}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY or YYYY-MM-DD.</source>
        <translation>{label}: &apos;{value}&apos; не является датой. Используйте формат ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euro between 0 and {maximum}, e.g. 15 or 15,50.</source>
        <translation>{label}: &apos;{value}&apos; не является суммой в евро от 0 до {maximum}, например 15 или 15,50.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Enter 0,25 to 10 hours in quarter hours (e.g. 1,5 or 2,25).</source>
        <translation>{label}: &apos;{value}&apos; не допускается. Введите от 0,25 до 10 часов с шагом в четверть часа (напр., 1,5 или 2,25).</translation>
    </message>
    <message>
        <source>You may enter hours only for yourself.</source>
        <translation>Вы можете вносить часы только за себя.</translation>
    </message>
    <message>
        <source>{label}: hours for a participant need a tandem of the volunteer with them.</source>
        <translation>{label}: для часов с участником нужен тандем волонтёра с этим участником.</translation>
    </message>
    <message>
        <source>{label}: with these {hours} hours the day would have {total} hours; at most 10 hours a day count.</source>
        <translation>{label}: с этими часами ({hours}) за день получилось бы {total} ч; засчитывается не более 10 часов в день.</translation>
    </message>
    <message>
        <source>{label}: must not lie after the day the certificate was seen.</source>
        <translation>{label}: не может быть позже дня предъявления справки.</translation>
    </message>
    <message>
        <source>{label}: needed when the certificate&apos;s details are recorded.</source>
        <translation>{label}: обязательно, если вносятся сведения о справке.</translation>
    </message>
    <message>
        <source>{label}: needed when the status is &apos;left&apos; (the police clearance is deleted three months after that day).</source>
        <translation>{label}: обязательно при статусе «выбыл(а)» (сведения о справке о несудимости удаляются через три месяца после этой даты).</translation>
    </message>
    <message>
        <source>{label}: only for a volunteer whose status is &apos;left&apos;.</source>
        <translation>{label}: только для волонтёров со статусом «выбыл(а)».</translation>
    </message>
    <message>
        <source>{label}: must not lie before the day they joined.</source>
        <translation>{label}: не может быть раньше даты вступления.</translation>
    </message>
    <message>
        <source>The volunteer {number}</source>
        <translation>Волонтёр {number}</translation>
    </message>
    <message>
        <source>Copying {table}: {rows} rows…</source>
        <translation>Копирование {table} (строк: {rows})…</translation>
    </message>
    <message>
        <source>The database to copy is at schema version {source}, the one to copy into at {target}; both must be at the same version. Nothing was copied.</source>
        <translation>Копируемая база данных имеет версию схемы {source}, а целевая – {target}; версии должны совпадать. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>The server database is not empty ({cases} case files, {users} users, {rows} rows in all). Nothing was copied; import into a new, empty database.</source>
        <translation>База данных на сервере не пуста (дел: {cases}, пользователей: {users}, всего строк: {rows}). Ничего не скопировано; импортируйте данные в новую пустую базу данных.</translation>
    </message>
    <message>
        <source>The target database refused a row of the table {table} ({reason}). Nothing was copied.</source>
        <translation>Целевая база данных отклонила строку таблицы {table} ({reason}). Ничего не скопировано.</translation>
    </message>
    <message>
        <source>The server did not let Lotse switch off the triggers of the table {table} for the copy ({reason}). Import with the database account that owns Lotse&apos;s tables. Nothing was copied.</source>
        <translation>Сервер не позволил Lotse отключить триггеры таблицы {table} на время копирования ({reason}). Выполните импорт под учётной записью базы данных, которой принадлежат таблицы Lotse. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>The copy differs from the original in: {tables}. Nothing was kept.</source>
        <translation>Копия отличается от оригинала в следующих таблицах: {tables}. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The server database has tables but no Lotse schema version; Lotse writes only into a database it created. Use a new, empty database.</source>
        <translation>В базе данных на сервере есть таблицы, но нет версии схемы Lotse; Lotse записывает данные только в базу данных, которую создал сам. Используйте новую пустую базу данных.</translation>
    </message>
    <message>
        <source>Only an administrator may move the club&apos;s data to a server.</source>
        <translation>Перенести данные организации на сервер может только администратор.</translation>
    </message>
    <message>
        <source>Server address: please leave the password out of the address. It would be kept in the shell history and the settings file; Lotse asks for it and keeps it in this computer&apos;s credential store.</source>
        <translation>Адрес сервера: не указывайте пароль в адресе. Иначе он останется в истории командной оболочки и в файле настроек; Lotse запросит его и сохранит в хранилище учётных данных этого компьютера.</translation>
    </message>
    <message>
        <source>Server address: &apos;{text}&apos; is not a PostgreSQL address. Expected is postgresql://user@host:port/database, for example postgresql://lotse@server.verein.de:5432/lotse.</source>
        <translation>Адрес сервера: &apos;{text}&apos; не является адресом PostgreSQL. Ожидается postgresql://user@host:port/database, например postgresql://lotse@server.verein.de:5432/lotse.</translation>
    </message>
    <message>
        <source>Server: the host name or IP address is missing.</source>
        <translation>Сервер: не указано имя хоста или IP-адрес.</translation>
    </message>
    <message>
        <source>Port: &apos;{port}&apos; is no port number; a number from 1 to 65535 is expected.</source>
        <translation>Порт: &apos;{port}&apos; не является номером порта; ожидается число от 1 до 65535.</translation>
    </message>
    <message>
        <source>Database: the name of the database is missing.</source>
        <translation>База данных: не указано имя базы данных.</translation>
    </message>
    <message>
        <source>User: the server&apos;s user name (the database role) is missing.</source>
        <translation>Учётная запись: не указано имя пользователя на сервере (роль базы данных).</translation>
    </message>
    <message>
        <source>Server address: sslmode={mode} is not supported; use require (the default), verify-ca, verify-full or, only on a trusted network, disable.</source>
        <translation>Адрес сервера: sslmode={mode} не поддерживается; используйте require (по умолчанию), verify-ca, verify-full или, только в доверенной сети, disable.</translation>
    </message>
    <message>
        <source>Server address: the parameter &apos;{name}&apos; is not supported; only sslmode, host and port may follow the &apos;?&apos;.</source>
        <translation>Адрес сервера: параметр &apos;{name}&apos; не поддерживается; после &apos;?&apos; допускаются только sslmode, host и port.</translation>
    </message>
    <message>
        <source>No password for the server {server}: store it once with lotse server password --server &apos;{server}&apos; (kept in this computer&apos;s credential store), or set LOTSE_SERVER_PASSWORD.</source>
        <translation>Нет пароля для сервера {server}: сохраните его один раз командой lotse server password --server &apos;{server}&apos; (он будет храниться в хранилище учётных данных этого компьютера) или задайте LOTSE_SERVER_PASSWORD.</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password was not stored. Set LOTSE_SERVER_PASSWORD for the command line instead.</source>
        <translation>На этом компьютере нет хранилища учётных данных, которое может использовать Lotse, поэтому пароль сервера не сохранён. Вместо этого задайте LOTSE_SERVER_PASSWORD для командной строки.</translation>
    </message>
    <message>
        <source>The server {host} refused the password of the user {user}. Store the right one with &apos;lotse server password&apos; (or in the login dialog); the server&apos;s administrator can tell you which.</source>
        <translation>Сервер {host} отклонил пароль пользователя {user}. Сохраните правильный пароль командой &apos;lotse server password&apos; (или в окне входа); какой именно, подскажет администратор сервера.</translation>
    </message>
    <message>
        <source>No encrypted connection to the server {host} could be made ({reason}). Lotse sends the club&apos;s data only encrypted: ask the server&apos;s administrator to enable TLS, or to give you the server&apos;s certificate.</source>
        <translation>Не удалось установить зашифрованное соединение с сервером {host} ({reason}). Lotse передаёт данные организации только в зашифрованном виде: попросите администратора сервера включить TLS или предоставить вам сертификат сервера.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached (port {port}): {reason}. Check the address and this computer&apos;s network connection, or ask whoever looks after the server whether it is running.</source>
        <translation>Сервер {host} недоступен (порт {port}): {reason}. Проверьте адрес и сетевое подключение этого компьютера или спросите у того, кто обслуживает сервер, работает ли он.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection: {reason}</source>
        <translation>Сервер {host} отклонил подключение: {reason}</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached. Nothing was saved; what you entered stays in the form (a consultation note is kept as a draft). Please check the network connection and try again.</source>
        <translation>Сервер {host} недоступен. Ничего не сохранено; введённые данные остаются в форме (заметка о консультации сохраняется как черновик). Проверьте сетевое подключение и повторите попытку.</translation>
    </message>
    <message>
        <source>The database {database} on {host} holds tables that are not Lotse&apos;s. Lotse did not change it; ask the server&apos;s administrator for an empty database for Lotse.</source>
        <translation>База данных {database} на {host} содержит таблицы, не принадлежащие Lotse. Lotse её не изменил; попросите администратора сервера выделить для Lotse пустую базу данных.</translation>
    </message>
    <message>
        <source>The database {database} on {host} was set up by a newer version of Lotse (schema {revision}). Please install the newer Lotse on this computer; nothing was changed.</source>
        <translation>База данных {database} на {host} создана более новой версией Lotse (схема {revision}). Установите более новую версию Lotse на этом компьютере; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>e.g. Information evening on vocational training</source>
        <translation>напр., информационный вечер о профессиональном обучении</translation>
    </message>
    <message>
        <source>counted by gender</source>
        <translation>по полу</translation>
    </message>
    <message>
        <source>women</source>
        <translation>женщины</translation>
    </message>
    <message>
        <source>men</source>
        <translation>мужчины</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>другой пол</translation>
    </message>
    <message>
        <source>e.g. a community association, the Jobcenter</source>
        <translation>напр., общинная организация, Jobcenter</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не подсчитано</translation>
    </message>
    <message>
        <source>People who did not come but were reached through the event, e.g. through the community&apos;s messenger groups or flyers passed on</source>
        <translation>Люди, которые не пришли, но были охвачены через мероприятие, напр., через группы сообщества в мессенджерах или переданные листовки</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Deutsch</source>
        <translation>напр., Arabisch; Deutsch</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Add &amp;helper</source>
        <translation>Добавить помо&amp;щника</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>Further people r&amp;eached:</source>
        <translation>Другие охва&amp;ченные люди:</translation>
    </message>
    <message>
        <source>Partner &amp;organisation:</source>
        <translation>&amp;Организация-партнёр:</translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation>&amp;Темы:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>Прим&amp;ечания:</translation>
    </message>
    <message>
        <source>Volunteers who helped:</source>
        <translation>Помогавшие волонтёры:</translation>
    </message>
    <message>
        <source>hours, e.g. 2,5</source>
        <translation>часы, напр., 2,5</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>По полу</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Помощники</translation>
    </message>
    <message>
        <source>Helper hours</source>
        <translation>Часы помощников</translation>
    </message>
    <message>
        <source>{female} w / {male} m / {diverse} d</source>
        <translation>{female} ж / {male} м / {diverse} д</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Year </source>
        <translation>Год </translation>
    </message>
    <message>
        <source>New &amp;event …</source>
        <translation>Новое &amp;мероприятие …</translation>
    </message>
    <message>
        <source>No events yet – record one with “New event”.</source>
        <translation>Мероприятий пока нет – добавьте мероприятие кнопкой «Новое мероприятие».</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>ExitAnswersBox</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>Д&amp;ата окончания участия:</translation>
    </message>
    <message>
        <source>Exit &amp;reason:</source>
        <translation>&amp;Причина окончания:</translation>
    </message>
    <message>
        <source>S&amp;tatus within 4 weeks after exit:</source>
        <translation>По&amp;ложение в течение 4 недель после окончания:</translation>
    </message>
    <message>
        <source>&amp;Qualification gained:</source>
        <translation>Получена &amp;квалификация:</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Дата окончания участия</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit from {project}</source>
        <translation>Окончание участия в {project}</translation>
    </message>
</context>
<context>
    <name>ExitReasonDialog</name>
    <message>
        <source>Exit reason</source>
        <translation>Причина окончания участия</translation>
    </message>
    <message>
        <source>counts as success in the outcome report</source>
        <translation>считается успехом в отчёте о результатах</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Counts as:</source>
        <translation>&amp;Считается как:</translation>
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
        <translation>Причины окончания участия (сохраняются сразу при изменении)</translation>
    </message>
    <message>
        <source>No exit reasons yet – add one with “Add reason”.</source>
        <translation>Причин окончания пока нет – добавьте кнопкой «Добавить причину».</translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation>Причины окончания участия</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>&amp;Добавить причину</translation>
    </message>
    <message>
        <source>&amp;Edit reason</source>
        <translation>&amp;Изменить причину</translation>
    </message>
    <message>
        <source>Re&amp;tire / reactivate</source>
        <translation>&amp;Вывести из употребления / вернуть</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведено из употребления</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Считается как</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>Оплаченная работа</translation>
    </message>
    <message>
        <source>Received from other clubs</source>
        <translation>Получено от других организаций</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason for merging</source>
        <translation>Причина объединения</translation>
    </message>
    <message>
        <source>Reason for removing</source>
        <translation>Причина удаления</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Страна рождения</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Статус пребывания</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Год въезда</translation>
    </message>
    <message>
        <source>School qualification</source>
        <translation>Школьное образование</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>Страна получения школьного образования</translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation>Профессиональное образование</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>Страна получения профессионального образования</translation>
    </message>
    <message>
        <source>Reference occupation</source>
        <translation>Референтная профессия</translation>
    </message>
    <message>
        <source>Regulated profession</source>
        <translation>Регулируемая профессия</translation>
    </message>
    <message>
        <source>Recognition status</source>
        <translation>Статус признания</translation>
    </message>
    <message>
        <source>German level</source>
        <translation>Уровень немецкого</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Как узнал(а) о нас</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>Куда направлен(а)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Направлен(а) в</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Напоминание на</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Причина удаления</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Статус занятости при начале участия</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>Месяцев без работы</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Высший уровень образования</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Меньшинство</translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation>Иностранное происхождение</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>Бездомность или исключение из жилья</translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation>Сельская местность</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Дата окончания участия</translation>
    </message>
    <message>
        <source>Status within 4 weeks after exit</source>
        <translation>Положение в течение 4 недель после окончания участия</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Получена квалификация</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Причина окончания участия</translation>
    </message>
    <message>
        <source>Employed after 6 months</source>
        <translation>Занятость через 6 месяцев</translation>
    </message>
    <message>
        <source>Situation improved</source>
        <translation>Положение улучшилось</translation>
    </message>
    <message>
        <source>Unemployed for months</source>
        <translation>Безработный(-ая), месяцев</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата начала участия</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Причина повторного открытия</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Организация-партнёр</translation>
    </message>
    <message>
        <source>Further people reached</source>
        <translation>Другие охваченные люди</translation>
    </message>
    <message>
        <source>Further goals</source>
        <translation>Другие цели</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Причина завершения</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation>Контакт по вопросам защиты данных</translation>
    </message>
    <message>
        <source>Cases without a project, after the last contact</source>
        <translation>Дела без проекта, после последнего контакта</translation>
    </message>
    <message>
        <source>Former volunteers, after leaving</source>
        <translation>Бывшие волонтёры, после выбытия</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Код проекта</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Retention years</source>
        <translation>Срок хранения (лет)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Название проекта</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Программа финансирования</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Почасовая ставка</translation>
    </message>
    <message>
        <source>Minimum support</source>
        <translation>Минимальный объём поддержки</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Дата поддержки</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>Компетентный орган</translation>
    </message>
    <message>
        <source>Country of the qualification</source>
        <translation>Страна получения квалификации</translation>
    </message>
    <message>
        <source>KldB code</source>
        <translation>Код KldB</translation>
    </message>
    <message>
        <source>Year of the qualification</source>
        <translation>Год получения квалификации</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Дата подачи заявления</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Адаптационная квалификация</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>Адаптационная квалификация до</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>Профессиональная сфера</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Вид договора</translation>
    </message>
    <message>
        <source>Linked exit</source>
        <translation>Связанное окончание участия</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Блокировать через</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <source>Backup reminder after</source>
        <translation>Напоминание о резервной копии через</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Подопечный</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>Справка о несудимости предъявлена</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Дата выдачи справки</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>Дата обучения</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Relevant entry</source>
        <translation>Значимая запись</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Дата подписания соглашения</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <source>Information and consent – {case}</source>
        <translation>Информация и согласие – {case}</translation>
    </message>
    <message>
        <source>Hand over the data protection information and ask for the consents the club uses. Record only what the person said: a consent that was not asked stays “not answered”.</source>
        <translation>Выдайте информацию о защите данных и спросите о согласиях, которые использует организация. Вносите только то, что сказал человек: согласие, о котором не спрашивали, остаётся «без ответа».</translation>
    </message>
    <message>
        <source>Print &amp;information notice …</source>
        <translation>Печать &amp;информации о защите данных …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>Печать &amp;формы согласия …</translation>
    </message>
    <message>
        <source>Information notice (Art. 13 GDPR)</source>
        <translation>Информация о защите данных (ст. 13 GDPR)</translation>
    </message>
    <message>
        <source>Handed over &amp;today</source>
        <translation>Выдана с&amp;егодня</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>передача контактных данных в {partner}</translation>
    </message>
    <message>
        <source>The club asks for no consents.</source>
        <translation>Организация не запрашивает согласий.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— без ответа —</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Lotse – first start</source>
        <translation>Lotse – первый запуск</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Создать базу данных</translation>
    </message>
    <message>
        <source>&amp;Start Lotse</source>
        <translation>&amp;Запустить Lotse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Новое напоминание</translation>
    </message>
    <message>
        <source>what to do, e.g. ask about the decision</source>
        <translation>что нужно сделать, напр., спросить о решении ведомства</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>No follow-ups yet – add one with “New follow-up”.</source>
        <translation>Напоминаний пока нет – добавьте кнопкой «Новое напоминание».</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>&amp;New follow-up</source>
        <translation>&amp;Новое напоминание</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Отметить как &amp;выполненное</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>Save the information notice – not encrypted</source>
        <translation>Сохранить информацию о защите данных – не зашифровано</translation>
    </message>
    <message>
        <source>Save the consent form – not encrypted</source>
        <translation>Сохранить форму согласия – не зашифровано</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>Создание PDF …</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Choose from calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY, e.g. 31.12.2027.</source>
        <translation>{label}: &apos;{value}&apos; не является датой. Используйте формат ДД.ММ.ГГГГ, напр., 31.12.2027.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: пожалуйста, введите дату.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Исправьте %n отмеченное поле.</numerusform>
            <numerusform>Исправьте %n отмеченных поля.</numerusform>
            <numerusform>Исправьте %n отмеченных полей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>You have entered something that is not saved yet. Discard it?</source>
        <translation>Вы ввели данные, которые ещё не сохранены. Отменить их?</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Working with Lotse</source>
        <translation>Работа с Lotse</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Файл журнала:</translation>
    </message>
    <message>
        <source>Advisors see only the cases they are &amp;responsible for</source>
        <translation>Консультанты видят только дела, за которые они &amp;отвечают</translation>
    </message>
    <message>
        <source>Case access:</source>
        <translation>Доступ к делам:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> г.</translation>
    </message>
    <message>
        <source>Police clearance valid for (&amp;years):</source>
        <translation>Справка о несудимости действительна (&amp;лет):</translation>
    </message>
    <message>
        <source>A mentor needs the club&apos;s &amp;training before a tandem</source>
        <translation>Наставнику нужно пройти обу&amp;чение организации до начала тандема</translation>
    </message>
    <message>
        <source>Tandems:</source>
        <translation>Тандемы:</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> мин без ввода</translation>
    </message>
    <message>
        <source>Then Lotse covers its windows and asks for the password again; nothing typed is lost.</source>
        <translation>После этого Lotse закрывает свои окна и снова запрашивает пароль; ничего из введённого не теряется.</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The start page reminds administrators when no backup was saved outside the data folder (a USB stick, a network drive) for this long.</source>
        <translation>Главная страница напоминает администраторам, если за этот срок не было сохранено ни одной резервной копии вне папки данных (USB-накопитель, сетевой диск).</translation>
    </message>
    <message>
        <source>&amp;Backup reminder after:</source>
        <translation>&amp;Напоминание о резервной копии через:</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>Изменять эти настройки могут только администраторы.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Right)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Table of contents (Alt+Home)</source>
        <translation>Оглавление (Alt+Home)</translation>
    </message>
    <message>
        <source>Find in this page (Ctrl+F)</source>
        <translation>Поиск на этой странице (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Поиск на этой странице</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Lotse user manual</source>
        <translation>Руководство пользователя Lotse</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>HourlyRatesTab</name>
    <message>
        <source>Hours are valued with the value of their year. A year without its own value uses the flat value on the first tab, and without that the statutory minimum wage of that year.</source>
        <translation>Часы оцениваются по ставке их года. Для года без собственной ставки используется единая ставка с первой вкладки, а если её нет – установленный законом минимальный размер оплаты труда этого года.</translation>
    </message>
    <message>
        <source>No values of their own yet – enter a year and a value below and click “Set value”.</source>
        <translation>Собственных ставок пока нет – введите ниже год и ставку и нажмите «Применить ставку».</translation>
    </message>
    <message>
        <source>Value of a volunteer hour per year</source>
        <translation>Стоимость волонтёрского часа по годам</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>e.g. 13,90</source>
        <translation>напр., 13,90</translation>
    </message>
    <message>
        <source>Value in euro</source>
        <translation>Ставка в евро</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>&amp;Применить ставку</translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation>&amp;Удалить ставку</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Value (€):</source>
        <translation>Ставка (€):</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>Ставка (€)</translation>
    </message>
    <message>
        <source>Minimum wage (€)</source>
        <translation>Минимальная оплата (€)</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Enter volunteer hours</source>
        <translation>Внести волонтёрские часы</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>напр., 1,5</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Волонтёр:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Часы:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Д&amp;еятельность:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>П&amp;одопечный:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
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
        <translation>Невозможно записать файл {path}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; allowed are DD.MM.YYYY, YYYY-MM-DD or an Excel date</source>
        <translation>&apos;{value}&apos; не является датой; допустимо ДД.ММ.ГГГГ, ГГГГ-ММ-ДД или дата Excel</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed; allowed: {allowed}</source>
        <translation>&apos;{value}&apos; не допускается; допустимо: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of hours such as 1,5 or 1:30</source>
        <translation>&apos;{value}&apos; не является количеством часов, например 1,5 или 1:30</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; не является числом</translation>
    </message>
    <message>
        <source>{value} read as {postcode}: the leading zero was added</source>
        <translation>{value} прочитано как {postcode}: добавлен ведущий ноль</translation>
    </message>
    <message>
        <source>{count} characters; at most {n} are allowed</source>
        <translation>символов: {count}; допускается не более {n}</translation>
    </message>
    <message>
        <source>character {position} is an invisible control character; remove it</source>
        <translation>символ {position} – невидимый управляющий символ; удалите его</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; не является целым числом</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value} вне диапазона от {low} до {high}</translation>
    </message>
    <message>
        <source>{value} hours: allowed are 0,25 to 10 in quarter hours</source>
        <translation>{value} ч: допускается от 0,25 до 10 с шагом в четверть часа</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a postcode; five digits are required</source>
        <translation>&apos;{value}&apos; не является почтовым индексом; нужно пять цифр</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a case number such as 2026-0042</source>
        <translation>&apos;{value}&apos; не является номером дела вида 2026-0042</translation>
    </message>
    <message>
        <source>a year from 1900 to {year} is allowed</source>
        <translation>допускается год с 1900 по {year}</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>«{value}» не является адресом эл. почты</translation>
    </message>
    <message>
        <source>only for a qualification that was obtained; leave it empty for none or unknown</source>
        <translation>только для полученного образования; оставьте пустым, если его нет или оно неизвестно</translation>
    </message>
    <message>
        <source>only for a closed case (Fallstatus “{closed}”)</source>
        <translation>только для закрытого дела (Fallstatus «{closed}»)</translation>
    </message>
    <message>
        <source>must not lie in the future</source>
        <translation>не может быть в будущем</translation>
    </message>
    <message>
        <source>your role may not enter this column; leave it empty</source>
        <translation>ваша роль не позволяет заполнять этот столбец; оставьте его пустым</translation>
    </message>
    <message>
        <source>only for an address in Germany; the person lives abroad (Wohnsitz im Ausland), leave it empty</source>
        <translation>только для адреса в Германии; человек живёт за рубежом (Wohnsitz im Ausland), оставьте пустым</translation>
    </message>
    <message>
        <source>user “{name}” does not exist in Lotse</source>
        <translation>пользователя «{name}» в Lotse нет</translation>
    </message>
    <message>
        <source>only an administrator may make another user responsible for a case; leave the column empty or give your own user name</source>
        <translation>только администратор может назначить ответственным за дело другого пользователя; оставьте столбец пустым или укажите своё имя пользователя</translation>
    </message>
    <message>
        <source>case number {number} does not exist</source>
        <translation>номера дела {number} не существует</translation>
    </message>
    <message>
        <source>your role may not enter this sheet; remove it from the file</source>
        <translation>ваша роль не позволяет заполнять этот лист; удалите его из файла</translation>
    </message>
    <message>
        <source>no partner of this name; add it under Settings → Data protection</source>
        <translation>партнёра с таким названием нет; добавьте его в разделе Настройки → Защита данных</translation>
    </message>
    <message>
        <source>a consent to pass data to a partner names the partner; other consents leave this column empty</source>
        <translation>в согласии на передачу данных указывается партнёр; в остальных согласиях этот столбец остаётся пустым</translation>
    </message>
    <message>
        <source>must not be before the date it was given</source>
        <translation>не может быть раньше даты дачи согласия</translation>
    </message>
    <message>
        <source>only an administrator may enter consultations in another user’s name; leave the column empty or give your own user name</source>
        <translation>только администратор может вносить консультации от имени другого пользователя; оставьте столбец пустым или укажите своё имя пользователя</translation>
    </message>
    <message>
        <source>topic “{name}” is not in the catalogue</source>
        <translation>темы «{name}» нет в каталоге</translation>
    </message>
    <message>
        <source>this consultation was written by another advisor; only they or an administrator may change it</source>
        <translation>эту консультацию записал другой консультант; изменить её может только он или администратор</translation>
    </message>
    <message>
        <source>“{name}” matches several volunteers; use the number</source>
        <translation>«{name}» подходит нескольким волонтёрам; используйте номер</translation>
    </message>
    <message>
        <source>no volunteer with number or name “{name}”</source>
        <translation>нет волонтёра с номером или именем «{name}»</translation>
    </message>
    <message>
        <source>case {number} is no mentee of this volunteer; hours for a participant need a tandem of the two</source>
        <translation>дело {number} не является подопечным этого волонтёра; для часов с участником нужен тандем между ними</translation>
    </message>
    <message>
        <source>with this row the volunteer would have {hours} hours on {date}; at most 10 hours a day are allowed</source>
        <translation>с этой строкой у волонтёра было бы {hours} ч за {date}; допускается не более 10 часов в день</translation>
    </message>
    <message>
        <source>only asked in ESF projects; {project} is not one, leave the cell empty</source>
        <translation>спрашивается только в проектах ESF; {project} к ним не относится, оставьте ячейку пустой</translation>
    </message>
    <message>
        <source>must not be before the entry date</source>
        <translation>не может быть раньше даты начала участия</translation>
    </message>
    <message>
        <source>only allowed with “arbeitslos”</source>
        <translation>допускается только при «arbeitslos»</translation>
    </message>
    <message>
        <source>project “{code}” does not exist in Lotse</source>
        <translation>проекта «{code}» в Lotse нет</translation>
    </message>
    <message>
        <source>the same person and project are already in row {row}</source>
        <translation>этот же человек с этим же проектом уже есть в строке {row}</translation>
    </message>
    <message>
        <source>case {number} belongs to another advisor; only they or an administrator may change it</source>
        <translation>дело {number} принадлежит другому консультанту; изменить его может только он или администратор</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>строка {row}, столбец {column}: {message}</translation>
    </message>
    <message>
        <source>required column is missing; the header row needs “{header}”</source>
        <translation>отсутствует обязательный столбец; в строке заголовков нужен «{header}»</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>этот столбец обязателен</translation>
    </message>
    <message>
        <source>Unknown kind {kind}; allowed: {allowed}.</source>
        <translation>Неизвестный вид {kind}; допустимо: {allowed}.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>Невозможно прочитать файл {name}: {reason}</translation>
    </message>
    <message>
        <source>it has {size} MB; at most {limit} MB can be imported</source>
        <translation>его размер {size} МБ; импортировать можно не более {limit} МБ</translation>
    </message>
    <message>
        <source>it would unpack to {size} MB (at most {limit} MB, packed at most {ratio} times, are allowed); it is not a normal spreadsheet and was not opened</source>
        <translation>в распакованном виде он занял бы {size} МБ (допускается не более {limit} МБ и степень сжатия не более {ratio}); это не обычная таблица, файл не открыт</translation>
    </message>
    <message>
        <source>only Excel (.xlsx, .xls), LibreOffice (.ods) and .csv files can be imported</source>
        <translation>импортировать можно только файлы Excel (.xlsx, .xls), LibreOffice (.ods) и .csv</translation>
    </message>
    <message>
        <source>more than 200,000 rows</source>
        <translation>более 200 000 строк</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (ANSI). Check that umlauts and names look right in the preview.</source>
        <translation>Файл не в кодировке UTF-8; он прочитан как Windows-1252 (ANSI). Проверьте в предпросмотре, правильно ли выглядят умляуты и имена.</translation>
    </message>
    <message>
        <source>line {line} contains a byte that is not valid in the file&apos;s encoding; save the file again as UTF-8 (“CSV UTF-8” in Excel) and import it again</source>
        <translation>строка {line} содержит байт, недопустимый в кодировке файла; сохраните файл заново в UTF-8 («CSV UTF-8» в Excel) и импортируйте снова</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Your role may not import spreadsheets.</source>
        <translation>Ваша роль не позволяет импортировать таблицы.</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Проверка …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Импорт …</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Lotse is already open</source>
        <translation>Lotse уже открыт</translation>
    </message>
    <message>
        <source>Lotse is already open with the data folder
{path}
(in another window, perhaps by another user of this computer). Please use that window: two Lotse windows on the same data would overwrite each other&apos;s work.</source>
        <translation>Lotse уже открыт с папкой данных
{path}
(в другом окне, возможно, другим пользователем этого компьютера). Пожалуйста, работайте в том окне: два окна Lotse с одними и теми же данными перезаписывали бы работу друг друга.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>— please choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>Labels.Activity</name>
    <message>
        <source>mentoring</source>
        <translation>наставничество</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>сопровождение</translation>
    </message>
    <message>
        <source>language support</source>
        <translation>языковая помощь</translation>
    </message>
    <message>
        <source>interpreting</source>
        <translation>устный перевод</translation>
    </message>
    <message>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>администрирование</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>Labels.AdaptationKind</name>
    <message>
        <source>adaptation course</source>
        <translation>адаптационный курс</translation>
    </message>
    <message>
        <source>aptitude test</source>
        <translation>экзамен на профпригодность</translation>
    </message>
    <message>
        <source>knowledge test</source>
        <translation>экзамен на проверку знаний</translation>
    </message>
    <message>
        <source>adaptation qualification</source>
        <translation>адаптационная квалификация</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>Labels.AllowanceKind</name>
    <message>
        <source>Trainer allowance (§ 3 No. 26 EStG)</source>
        <translation>Паушальная выплата инструкторам (§ 3 Nr. 26 EStG)</translation>
    </message>
    <message>
        <source>Volunteer allowance (§ 3 No. 26a EStG)</source>
        <translation>Паушальная выплата волонтёрам (§ 3 Nr. 26a EStG)</translation>
    </message>
    <message>
        <source>Expense refund</source>
        <translation>Возмещение расходов</translation>
    </message>
</context>
<context>
    <name>Labels.Answer</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>Labels.AppointmentStatus</name>
    <message>
        <source>planned</source>
        <translation>запланирована</translation>
    </message>
    <message>
        <source>held</source>
        <translation>состоялась</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>not attended</source>
        <translation>не явился(-лась)</translation>
    </message>
</context>
<context>
    <name>Labels.AttendanceState</name>
    <message>
        <source>present</source>
        <translation>присутствовал(а)</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>по уважительной причине</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствовал(а)</translation>
    </message>
</context>
<context>
    <name>Labels.CaseStatus</name>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>анонимизировано</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentForm</name>
    <message>
        <source>given in writing</source>
        <translation>письменно</translation>
    </message>
    <message>
        <source>given orally</source>
        <translation>устно</translation>
    </message>
    <message>
        <source>given electronically</source>
        <translation>в электронной форме</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentKind</name>
    <message>
        <source>consent to data processing</source>
        <translation>согласие на обработку данных</translation>
    </message>
    <message>
        <source>Art. 13 GDPR notice handed over</source>
        <translation>выдана информация по ст. 13 GDPR</translation>
    </message>
    <message>
        <source>consent to transfer to funder</source>
        <translation>согласие на передачу грантодателю</translation>
    </message>
    <message>
        <source>consent to photos</source>
        <translation>согласие на фотосъёмку</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>согласие на связь</translation>
    </message>
    <message>
        <source>consent to pass contact data to a partner</source>
        <translation>согласие на передачу контактных данных партнёру</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationFormat</name>
    <message>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>written</source>
        <translation>письменно</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>выездная</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationKind</name>
    <message>
        <source>first consultation</source>
        <translation>первичная консультация</translation>
    </message>
    <message>
        <source>follow-up consultation</source>
        <translation>повторная консультация</translation>
    </message>
</context>
<context>
    <name>Labels.ContractType</name>
    <message>
        <source>employment subject to social insurance</source>
        <translation>работа с обязательным социальным страхованием</translation>
    </message>
    <message>
        <source>marginal employment</source>
        <translation>мини-работа</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>самозанятость</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>профессиональное обучение</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>практика</translation>
    </message>
</context>
<context>
    <name>Labels.CourseKind</name>
    <message>
        <source>language course</source>
        <translation>языковой курс</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>повышение квалификации</translation>
    </message>
    <message>
        <source>application training</source>
        <translation>тренинг по составлению заявлений о приёме на работу</translation>
    </message>
    <message>
        <source>orientation course</source>
        <translation>ориентационный курс</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой курс</translation>
    </message>
</context>
<context>
    <name>Labels.DocumentKind</name>
    <message>
        <source>signed questionnaire</source>
        <translation>подписанная анкета</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>recognition decision</source>
        <translation>решение о признании</translation>
    </message>
    <message>
        <source>certificate or attestation</source>
        <translation>свидетельство или справка</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>Labels.EconomicSector</name>
    <message>
        <source>A Agriculture, forestry and fishing</source>
        <translation>A Сельское, лесное хозяйство и рыболовство</translation>
    </message>
    <message>
        <source>B Mining and quarrying</source>
        <translation>B Добыча полезных ископаемых</translation>
    </message>
    <message>
        <source>C Manufacturing</source>
        <translation>C Обрабатывающая промышленность</translation>
    </message>
    <message>
        <source>D Energy supply</source>
        <translation>D Энергоснабжение</translation>
    </message>
    <message>
        <source>E Water supply, sewerage and waste management</source>
        <translation>E Водоснабжение, водоотведение и утилизация отходов</translation>
    </message>
    <message>
        <source>F Construction</source>
        <translation>F Строительство</translation>
    </message>
    <message>
        <source>G Trade; repair of motor vehicles</source>
        <translation>G Торговля; ремонт автотранспортных средств</translation>
    </message>
    <message>
        <source>H Transportation and storage</source>
        <translation>H Транспорт и складское хозяйство</translation>
    </message>
    <message>
        <source>I Accommodation and food service</source>
        <translation>I Гостиницы и общественное питание</translation>
    </message>
    <message>
        <source>J Information and communication</source>
        <translation>J Информация и связь</translation>
    </message>
    <message>
        <source>K Financial and insurance services</source>
        <translation>K Финансовые и страховые услуги</translation>
    </message>
    <message>
        <source>L Real estate</source>
        <translation>L Операции с недвижимостью</translation>
    </message>
    <message>
        <source>M Professional, scientific and technical services</source>
        <translation>M Профессиональная, научная и техническая деятельность</translation>
    </message>
    <message>
        <source>N Administrative and support services</source>
        <translation>N Административные и вспомогательные услуги</translation>
    </message>
    <message>
        <source>O Public administration; social security</source>
        <translation>O Государственное управление; социальное страхование</translation>
    </message>
    <message>
        <source>P Education</source>
        <translation>P Образование</translation>
    </message>
    <message>
        <source>Q Human health and social work</source>
        <translation>Q Здравоохранение и социальные услуги</translation>
    </message>
    <message>
        <source>R Arts, entertainment and recreation</source>
        <translation>R Культура, развлечения и отдых</translation>
    </message>
    <message>
        <source>S Other services</source>
        <translation>S Прочие услуги</translation>
    </message>
    <message>
        <source>T Private households</source>
        <translation>T Частные домохозяйства</translation>
    </message>
    <message>
        <source>U Extraterritorial organisations</source>
        <translation>U Экстерриториальные организации</translation>
    </message>
</context>
<context>
    <name>Labels.EducationLevel</name>
    <message>
        <source>ISCED 0-2 (up to lower secondary)</source>
        <translation>ISCED 0-2 (до основного общего образования)</translation>
    </message>
    <message>
        <source>ISCED 3-4 (upper secondary, vocational training)</source>
        <translation>ISCED 3-4 (среднее общее, профессиональное обучение)</translation>
    </message>
    <message>
        <source>ISCED 5-8 (tertiary)</source>
        <translation>ISCED 5-8 (высшее)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>Labels.EmploymentStatus</name>
    <message>
        <source>employed</source>
        <translation>работает по найму</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>самозанятый(-ая)</translation>
    </message>
    <message>
        <source>unemployed (registered)</source>
        <translation>безработный(-ая) (зарегистрирован(а))</translation>
    </message>
    <message>
        <source>not employed, not registered</source>
        <translation>не работает, не зарегистрирован(а)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>Labels.ErasureGround</name>
    <message>
        <source>The data are no longer needed (Art. 17 (1) (a))</source>
        <translation>Данные больше не нужны (ст. 17 (1) (a))</translation>
    </message>
    <message>
        <source>The person withdrew their consent (Art. 17 (1) (b))</source>
        <translation>Человек отозвал согласие (ст. 17 (1) (b))</translation>
    </message>
    <message>
        <source>The person objected to the processing (Art. 17 (1) (c))</source>
        <translation>Человек возразил против обработки (ст. 17 (1) (c))</translation>
    </message>
    <message>
        <source>The data were processed unlawfully (Art. 17 (1) (d))</source>
        <translation>Данные обрабатывались незаконно (ст. 17 (1) (d))</translation>
    </message>
    <message>
        <source>A legal obligation requires the erasure (Art. 17 (1) (e))</source>
        <translation>Удаление требуется по закону (ст. 17 (1) (e))</translation>
    </message>
</context>
<context>
    <name>Labels.EventKind</name>
    <message>
        <source>information event</source>
        <translation>информационное мероприятие</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>семинар</translation>
    </message>
    <message>
        <source>office hours</source>
        <translation>часы приёма</translation>
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
        <translation>прервано</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>другая причина</translation>
    </message>
</context>
<context>
    <name>Labels.ExitStatus</name>
    <message>
        <source>job-seeking</source>
        <translation>ищет работу</translation>
    </message>
    <message>
        <source>in school or training</source>
        <translation>в школе или на обучении</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>работает по найму</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>самозанятый(-ая)</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>ничего из перечисленного</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>Labels.Gender</name>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>non-binary</source>
        <translation>небинарный</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>Labels.GermanLevel</name>
    <message>
        <source>no German</source>
        <translation>не владеет немецким</translation>
    </message>
    <message>
        <source>A1 (beginner)</source>
        <translation>A1 (начальный)</translation>
    </message>
    <message>
        <source>A2 (elementary)</source>
        <translation>A2 (элементарный)</translation>
    </message>
    <message>
        <source>B1 (intermediate)</source>
        <translation>B1 (средний)</translation>
    </message>
    <message>
        <source>B2 (upper intermediate)</source>
        <translation>B2 (выше среднего)</translation>
    </message>
    <message>
        <source>C1 (advanced)</source>
        <translation>C1 (продвинутый)</translation>
    </message>
    <message>
        <source>C2 (proficient)</source>
        <translation>C2 (в совершенстве)</translation>
    </message>
    <message>
        <source>German as first language</source>
        <translation>немецкий – родной язык</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не указано</translation>
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
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>Labels.LongTermUnemploymentRule</name>
    <message>
        <source>12 months or longer (§ 18 SGB III)</source>
        <translation>12 месяцев и дольше (§ 18 SGB III)</translation>
    </message>
    <message>
        <source>over 12 months, below 25 over 6 months (EU survey rule)</source>
        <translation>более 12 месяцев, до 25 лет – более 6 месяцев (правило обследований ЕС)</translation>
    </message>
</context>
<context>
    <name>Labels.MeetingRhythm</name>
    <message>
        <source>weekly</source>
        <translation>еженедельно</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>раз в две недели</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <source>as agreed</source>
        <translation>по договорённости</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipGoal</name>
    <message>
        <source>learning and practising German</source>
        <translation>изучение и практика немецкого языка</translation>
    </message>
    <message>
        <source>applications for training and jobs</source>
        <translation>заявления о приёме на обучение и работу</translation>
    </message>
    <message>
        <source>support in training and school</source>
        <translation>поддержка в профессиональном обучении и школе</translation>
    </message>
    <message>
        <source>authorities and forms</source>
        <translation>ведомства и формуляры</translation>
    </message>
    <message>
        <source>leisure and social contacts</source>
        <translation>досуг и общение</translation>
    </message>
    <message>
        <source>other goal</source>
        <translation>другая цель</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipStatus</name>
    <message>
        <source>proposed</source>
        <translation>предложен</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionResult</name>
    <message>
        <source>full equivalence</source>
        <translation>полная равноценность</translation>
    </message>
    <message>
        <source>partial equivalence (adaptation measure)</source>
        <translation>частичная равноценность (компенсирующая мера)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionStatus</name>
    <message>
        <source>not applicable</source>
        <translation>не применимо</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>подано заявление</translation>
    </message>
    <message>
        <source>full equivalence</source>
        <translation>полная равноценность</translation>
    </message>
    <message>
        <source>partial equivalence</source>
        <translation>частичная равноценность</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>compensation measure</source>
        <translation>компенсирующая мера</translation>
    </message>
</context>
<context>
    <name>Labels.ReferralSource</name>
    <message>
        <source>came by themselves</source>
        <translation>пришёл(-ла) сам(а)</translation>
    </message>
    <message>
        <source>family or friends</source>
        <translation>семья или знакомые</translation>
    </message>
    <message>
        <source>Jobcenter / employment agency</source>
        <translation>Jobcenter / агентство по труду</translation>
    </message>
    <message>
        <source>community organisation</source>
        <translation>организация сообщества</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>интернет</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>Labels.ResidenceStatus</name>
    <message>
        <source>Permission to remain (asylum procedure)</source>
        <translation>Разрешение на пребывание (процедура убежища, Aufenthaltsgestattung)</translation>
    </message>
    <message>
        <source>Toleration (Duldung)</source>
        <translation>Отсрочка депортации (Duldung)</translation>
    </message>
    <message>
        <source>Residence permit § 24 (temporary protection)</source>
        <translation>Вид на жительство § 24 (временная защита)</translation>
    </message>
    <message>
        <source>Residence permit § 25 (humanitarian)</source>
        <translation>Вид на жительство § 25 (гуманитарные основания)</translation>
    </message>
    <message>
        <source>Other residence permit</source>
        <translation>Другой вид на жительство</translation>
    </message>
    <message>
        <source>Settlement permit</source>
        <translation>Бессрочный вид на жительство (Niederlassungserlaubnis)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>Гражданин(-ка) ЕС</translation>
    </message>
    <message>
        <source>German citizen</source>
        <translation>Гражданин(-ка) Германии</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>Labels.Role</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation>Координатор волонтёров</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Казначей</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
</context>
<context>
    <name>Labels.SchoolQualification</name>
    <message>
        <source>no school qualification</source>
        <translation>нет школьного образования</translation>
    </message>
    <message>
        <source>lower secondary (Hauptschulabschluss)</source>
        <translation>неполное среднее (Hauptschulabschluss)</translation>
    </message>
    <message>
        <source>intermediate (Mittlerer Abschluss)</source>
        <translation>среднее (Mittlerer Abschluss)</translation>
    </message>
    <message>
        <source>upper secondary (Abitur, Fachhochschulreife)</source>
        <translation>полное среднее (Abitur, Fachhochschulreife)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>Labels.SensitiveAnswer</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказ от ответа</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>Labels.SupportedOrganisationKind</name>
    <message>
        <source>public administration or service (EECO18)</source>
        <translation>государственное управление или учреждение (EECO18)</translation>
    </message>
    <message>
        <source>micro, small or medium-sized enterprise (EECO19)</source>
        <translation>микро-, малое или среднее предприятие (EECO19)</translation>
    </message>
</context>
<context>
    <name>Labels.VocationalQualification</name>
    <message>
        <source>no vocational qualification</source>
        <translation>нет профессионального образования</translation>
    </message>
    <message>
        <source>vocational training</source>
        <translation>профессиональное обучение</translation>
    </message>
    <message>
        <source>master craftsman / technician</source>
        <translation>мастер / техник</translation>
    </message>
    <message>
        <source>bachelor</source>
        <translation>бакалавр</translation>
    </message>
    <message>
        <source>master, diploma, state exam</source>
        <translation>магистр, диплом, государственный экзамен</translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation>докторская степень</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>Labels.VolunteerStatus</name>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>left</source>
        <translation>выбыл(а)</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Your language</source>
        <translation>Ваш язык</translation>
    </message>
    <message>
        <source>As chosen at the login on this computer</source>
        <translation>Как выбрано при входе на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Язык программы:</translation>
    </message>
    <message>
        <source>Documents for a person (notices, consent forms, letters) are printed in German and in the person&apos;s languages, whatever you choose here.</source>
        <translation>Документы для человека (информация о защите данных, формы согласия, письма) печатаются на немецком и на языках этого человека, независимо от выбора здесь.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Data folder not found</source>
        <translation>Папка данных не найдена</translation>
    </message>
    <message>
        <source>Lotse keeps its data in
{path}
but this folder cannot be found. If it is on a USB stick or a network drive, connect it and click Retry.</source>
        <translation>Lotse хранит данные в
{path}
но эта папка не найдена. Если она на USB-накопителе или сетевом диске, подключите его и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Выбрать другую папку</translation>
    </message>
</context>
<context>
    <name>LetterWriter</name>
    <message>
        <source>Save the appointment letter – not encrypted</source>
        <translation>Сохранить приглашение на встречу – не зашифровано</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>Создание PDF …</translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation>Приглашение на встречу</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Consultation topics</source>
        <translation>Темы консультаций</translation>
    </message>
    <message>
        <source>Referral targets</source>
        <translation>Куда направлять</translation>
    </message>
    <message>
        <source>Languages the club counsels in</source>
        <translation>Языки консультирования</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>This list is empty – add the first entry with “Add”.</source>
        <translation>Этот список пуст – добавьте первую запись кнопкой «Добавить».</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Retire / take back</source>
        <translation>Вывести из употребления / в&amp;ернуть</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Offered first wherever a language is chosen. A retired language stays on old records.</source>
        <translation>Предлагается первым везде, где выбирается язык. Выведенный из употребления язык остаётся в старых записях.</translation>
    </message>
    <message>
        <source>A retired entry stays on the consultations that used it and leaves the choice lists. A new name shows on every consultation.</source>
        <translation>Выведенная из употребления запись остаётся в консультациях, где она использовалась, и исчезает из списков выбора. Новое название отображается во всех консультациях.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведено из употребления</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>Сначала выберите запись в списке.</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>Добавить в: {list}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was added.</source>
        <translation>«{name}» добавлено.</translation>
    </message>
    <message>
        <source>Rename &apos;{name}&apos;</source>
        <translation>Переименовать «{name}»</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Новое &amp;название:</translation>
    </message>
    <message>
        <source>Renamed; every consultation shows the new name.</source>
        <translation>Переименовано; во всех консультациях отображается новое название.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is retired: it stays on old records and leaves the choice lists.</source>
        <translation>«{name}» выведено из употребления: запись остаётся в старых данных и исчезает из списков выбора.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in use again.</source>
        <translation>«{name}» снова используется.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Lotse – log in</source>
        <translation>Lotse – вход</translation>
    </message>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Добро пожаловать в Lotse</translation>
    </message>
    <message>
        <source>The club&apos;s data is on a server: log in with your Lotse account.</source>
        <translation>Данные организации хранятся на сервере: войдите со своей учётной записью Lotse.</translation>
    </message>
    <message>
        <source>The data is encrypted: log in to open it.</source>
        <translation>Данные зашифрованы: войдите, чтобы открыть их.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
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
        <translation>Пароль базы данных организации на сервере (её служебной учётной записи); его сообщает тот, кто настроил сервер.</translation>
    </message>
    <message>
        <source>Remember it on this computer (in the system&apos;s credential store)</source>
        <translation>Запомнить на этом компьютере (в системном хранилище учётных данных)</translation>
    </message>
    <message>
        <source>&amp;Server password:</source>
        <translation>Пароль &amp;сервера:</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>Forgot the password? Use the &amp;recovery key…</source>
        <translation>Забыли пароль? Используйте &amp;ключ восстановления…</translation>
    </message>
    <message>
        <source>Forgot the password? An administrator of your club sets a new one.</source>
        <translation>Забыли пароль? Новый пароль задаст администратор вашей организации.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it now.</source>
        <translation>Новый пароль установлен. Войдите с ним сейчас.</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password will be asked for at every start.</source>
        <translation>На этом компьютере нет хранилища учётных данных, которое может использовать Lotse, поэтому пароль сервера будет запрашиваться при каждом запуске.</translation>
    </message>
    <message>
        <source>Please choose your own password to log in.</source>
        <translation>Чтобы войти, выберите собственный пароль.</translation>
    </message>
    <message>
        <source>Lotse has encrypted the database. Every account keeps its password. The unencrypted file, old backups and drafts were overwritten and removed.</source>
        <translation>Lotse зашифровал базу данных. Все учётные записи сохраняют свои пароли. Незашифрованный файл, старые резервные копии и черновики перезаписаны и удалены.</translation>
    </message>
    <message>
        <source>Copies of the old, unencrypted database elsewhere (USB sticks, network drives, e-mail, backups of the computer) can still be read: delete them.</source>
        <translation>Копии старой незашифрованной базы данных в других местах (USB-накопители, сетевые диски, эл. почта, резервные копии компьютера) по-прежнему можно прочитать: удалите их.</translation>
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
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Волонтёрство</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>New &amp;consultation for the selected case</source>
        <translation>Новая &amp;консультация по выбранному делу</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>&amp;Анонимный краткий контакт</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>На&amp;йти дело</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet …</source>
        <translation>&amp;Импорт таблицы …</translation>
    </message>
    <message>
        <source>&amp;Export everything …</source>
        <translation>&amp;Экспортировать всё …</translation>
    </message>
    <message>
        <source>Audit &amp;trail …</source>
        <translation>&amp;Журнал аудита …</translation>
    </message>
    <message>
        <source>Change &amp;password …</source>
        <translation>Сменить &amp;пароль …</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>&amp;Выйти / сменить пользователя</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About Lotse</source>
        <translation>&amp;О программе Lotse</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Вход выполнен: {name} ({role})</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Anonymous short contact</source>
        <translation>Анонимный краткий контакт</translation>
    </message>
    <message>
        <source>Choose a case first, then press Ctrl+Shift+N.</source>
        <translation>Сначала выберите дело, затем нажмите Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>Export for reading – not encrypted, and not a backup</source>
        <translation>Экспорт для чтения – не зашифрован и не является резервной копией</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Экспорт …</translation>
    </message>
    <message>
        <source>Exported to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed. It is not a backup: an import does not read back the sheets Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen and Veranstaltungen and the course sheets; nor the start time and referrals of consultations, the exit reason and recording days of enrollments, the time of day a follow-up was done, the address, region, availability, status, leaving and agreement dates and remarks of volunteers, and the event of volunteer hours. User accounts and project settings are not exported. A backup (Create backup …) keeps everything.</source>
        <translation>Экспортировано в {path}. Файл не зашифрован: храните его в надёжном месте и удалите, когда он станет не нужен. Это не резервная копия: при импорте не считываются обратно листы Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen и Veranstaltungen, а также листы курсов; также не считываются время начала и перенаправления консультаций, причина окончания и даты внесения участий, время выполнения напоминания, адрес, район, доступность, статус, даты выбытия и соглашения, а также примечания волонтёров и мероприятие, к которому относятся волонтёрские часы. Учётные записи пользователей и настройки проектов не экспортируются. Резервная копия («Создать резервную копию …») сохраняет всё.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Экспортировать всё</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>База данных обновлена</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} в {time}</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(время неизвестно)</translation>
    </message>
    <message>
        <source>Unsaved consultation</source>
        <translation>Несохранённая консультация</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note from {when} for a case you can no longer open. Discard it?</source>
        <translation>Есть несохранённая заметка о консультации от {when} по делу, которое вы больше не можете открыть. Отменить её?</translation>
    </message>
    <message>
        <source>There is an unsaved note of an anonymous short contact from {when}. Restore it?</source>
        <translation>Есть несохранённая заметка анонимного краткого контакта от {when}. Восстановить её?</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note for {case} from {when}. Restore it?</source>
        <translation>Есть несохранённая заметка о консультации по {case} от {when}. Восстановить её?</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Предпросмотр таблицы</translation>
    </message>
    <message>
        <source>&amp;Remember these assignments for the next import</source>
        <translation>&amp;Запомнить эти соответствия для следующего импорта</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. Some column headers are not known: assign them to a template column or leave them ignored.</source>
        <translation>Первые строки в том виде, как их читает Lotse. Некоторые заголовки столбцов неизвестны: сопоставьте их со столбцом шаблона или оставьте их пропущенными.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. All column headers are known.</source>
        <translation>Первые строки в том виде, как их читает Lotse. Все заголовки столбцов известны.</translation>
    </message>
</context>
<context>
    <name>MentorshipModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Отработано часов</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case files</source>
        <translation>Объединение дел</translation>
    </message>
    <message>
        <source>Everything of the other case file – consultations, enrollments, follow-ups, consents and tandems – moves into {case} ({name}); the other case file is then removed. This cannot be undone.</source>
        <translation>Всё из другого дела – консультации, участия, напоминания, согласия и тандемы – переносится в {case} ({name}); затем другое дело удаляется. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>имя или номер дела</translation>
    </message>
    <message>
        <source>Find the other case file</source>
        <translation>Найти другое дело</translation>
    </message>
    <message>
        <source>Case files to merge</source>
        <translation>Дела для объединения</translation>
    </message>
    <message>
        <source>e.g. entered twice at the first contact</source>
        <translation>напр., создано дважды при первом контакте</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>&amp;Other case file:</source>
        <translation>&amp;Другое дело:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>{case} · {name} · born {birth} · likely the same person</source>
        <translation>{case} · {name} · дата рождения {birth} · вероятно, тот же человек</translation>
    </message>
    <message>
        <source>Other case file: please choose one.</source>
        <translation>Другое дело: пожалуйста, выберите дело.</translation>
    </message>
</context>
<context>
    <name>OrganisationBox</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>e.g. Data protection officer, Musterstr. 1, 30159 Hannover, datenschutz@…</source>
        <translation>напр., уполномоченный по защите данных, Musterstr. 1, 30159 Hannover, datenschutz@…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>У&amp;далить логотип</translation>
    </message>
    <message>
        <source>Save &amp;organisation</source>
        <translation>Сохранить &amp;организацию</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>Post&amp;code / city:</source>
        <translation>&amp;Индекс / город:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Data protection contact:</source>
        <translation>Контакт по вопросам &amp;защиты данных:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Printed at the top of reports, agreements, timesheets and notices.</source>
        <translation>Печатается вверху отчётов, соглашений, табелей учёта часов и информационных листов.</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>без логотипа</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Выбрать логотип</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This file is not a picture Lotse can read.</source>
        <translation>Этот файл не является изображением, которое может прочитать Lotse.</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Логотип сохранён.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>Логотип удалён.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <source>The name appears on reports and timesheets.</source>
        <translation>Название отображается в отчётах и табелях учёта часов.</translation>
    </message>
    <message>
        <source>e.g. Brückenschlag e.V.</source>
        <translation>напр., Brückenschlag e.V.</translation>
    </message>
    <message>
        <source>Na&amp;me of the organisation:</source>
        <translation>Н&amp;азвание организации:</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Название организации</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>My follow-ups due</source>
        <translation>Мои напоминания к исполнению</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Ничего не требуется.</translation>
    </message>
    <message>
        <source>ESF entry data missing</source>
        <translation>Нет данных ESF при начале участия</translation>
    </message>
    <message>
        <source>All entry questionnaires recorded.</source>
        <translation>Все анкеты при начале участия заполнены.</translation>
    </message>
    <message>
        <source>ESF exit data overdue</source>
        <translation>Просрочены данные ESF при окончании участия</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Ничего не просрочено.</translation>
    </message>
    <message>
        <source>6-month follow-ups due</source>
        <translation>Опросы через 6 месяцев к проведению</translation>
    </message>
    <message>
        <source>Recently opened cases</source>
        <translation>Недавно открытые дела</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Дел пока нет.</translation>
    </message>
    <message>
        <source>No backup has been copied outside the data folder yet. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>Ни одна резервная копия ещё не сохранена вне папки данных. Выберите Файл → Создать резервную копию … и сохраните её на USB-накопитель или сетевой диск.</translation>
    </message>
    <message>
        <source>The last backup outside the data folder is from {date}, more than {days} days ago. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>Последняя резервная копия вне папки данных создана {date}, более {days} дн. назад. Выберите Файл → Создать резервную копию … и сохраните её на USB-накопитель или сетевой диск.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Anonymisations due:&lt;/b&gt; the retention of %n record(s) has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Требуется анонимизация:&lt;/b&gt; срок хранения %n записи истёк. &lt;a href=&quot;privacy&quot;&gt;Просмотреть и подтвердить&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Требуется анонимизация:&lt;/b&gt; срок хранения %n записей истёк. &lt;a href=&quot;privacy&quot;&gt;Просмотреть и подтвердить&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Требуется анонимизация:&lt;/b&gt; срок хранения %n записей истёк. &lt;a href=&quot;privacy&quot;&gt;Просмотреть и подтвердить&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Здравствуйте, {name}</translation>
    </message>
    <message>
        <source>consultations this month</source>
        <translation>консультаций в этом месяце</translation>
    </message>
    <message>
        <source>people counselled this month</source>
        <translation>человек получили консультацию в этом месяце</translation>
    </message>
    <message>
        <source>new cases this month</source>
        <translation>новых дел в этом месяце</translation>
    </message>
    <message>
        <source>open cases of {total} in total</source>
        <translation>открытых дел из {total}</translation>
    </message>
    <message>
        <source>active volunteers</source>
        <translation>активных волонтёров</translation>
    </message>
    <message>
        <source>volunteer hours approved this month</source>
        <translation>подтверждённых волонтёрских часов в этом месяце</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Встречи</translation>
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
        <translation>Часы</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>OwnHoursTab</name>
    <message>
        <source>No hours yet – enter them with “Enter my hours”.</source>
        <translation>Часов пока нет – внесите их кнопкой «Внести мои часы».</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>Мои часы</translation>
    </message>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>&amp;Внести мои часы …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>Моя &amp;неделя …</translation>
    </message>
    <message>
        <source>Approved so far: {hours} hours</source>
        <translation>Подтверждено на данный момент: {hours} ч</translation>
    </message>
</context>
<context>
    <name>PaperworkList</name>
    <message>
        <source>Police clearances and trainings</source>
        <translation>Справки о несудимости и обучение</translation>
    </message>
    <message>
        <source>All clearances and trainings in order.</source>
        <translation>Все справки и обучение в порядке.</translation>
    </message>
    <message>
        <source>police clearance missing</source>
        <translation>нет справки о несудимости</translation>
    </message>
    <message>
        <source>training missing</source>
        <translation>не пройдено обучение</translation>
    </message>
    <message>
        <source>police clearance to renew by {date}</source>
        <translation>обновить справку о несудимости до {date}</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Изменить партнёра</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <source>e.g. placement into work</source>
        <translation>напр., трудоустройство</translation>
    </message>
    <message>
        <source>&amp;Active: asked at first contact</source>
        <translation>&amp;Активен: запрашивается при первом контакте</translation>
    </message>
    <message>
        <source>The consent form names the partner and the purpose. Only people who consented, and did not withdraw, are in the partner&apos;s export.</source>
        <translation>В форме согласия указываются партнёр и цель. В экспорт для партнёра попадают только люди, давшие согласие и не отозвавшие его.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведен из употребления</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record allowance payment</source>
        <translation>Зафиксировать компенсационную выплату</translation>
    </message>
    <message>
        <source>e.g. 120,00</source>
        <translation>напр., 120,00</translation>
    </message>
    <message>
        <source>Work compensated to</source>
        <translation>Оплаченная работа по</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Work compensated from:</source>
        <translation>Оплаченная &amp;работа с:</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Волонтёр:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Дата выплаты:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>С&amp;умма (€):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <source>Work compensated from</source>
        <translation>Оплаченная работа с</translation>
    </message>
    <message>
        <source>Hours on the compensated days are paid work, not an in-kind contribution.</source>
        <translation>Часы в оплаченные дни – это оплачиваемая работа, а не неденежный собственный вклад.</translation>
    </message>
    <message>
        <source>With this payment: </source>
        <translation>С учётом этой выплаты: </translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Living abroad in:</source>
        <translation>Проживает за рубежом в:</translation>
    </message>
    <message>
        <source>Phone / e-mail:</source>
        <translation>Телефон / эл. почта:</translation>
    </message>
    <message>
        <source>Nationalities:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>Страна рождения:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>Статус пребывания:</translation>
    </message>
    <message>
        <source>Year of arrival:</source>
        <translation>Год въезда:</translation>
    </message>
    <message>
        <source>Knowledge of German:</source>
        <translation>Знание немецкого:</translation>
    </message>
    <message>
        <source>School qualification:</source>
        <translation>Школьное образование:</translation>
    </message>
    <message>
        <source>Vocational qualification:</source>
        <translation>Профессиональное образование:</translation>
    </message>
    <message>
        <source>Reference occupation:</source>
        <translation>Референтная профессия:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>Регулируемая профессия:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>Статус признания:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>Как узнал(а) о нас:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>{value} (obtained in {country})</source>
        <translation>{value} (получено в {country})</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Новое трудоустройство</translation>
    </message>
    <message>
        <source>e.g. 39,5</source>
        <translation>напр., 39,5</translation>
    </message>
    <message>
        <source>e.g. nursing, software development</source>
        <translation>напр., уход за больными, разработка ПО</translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation>— не связано —</translation>
    </message>
    <message>
        <source>&amp;Employer *</source>
        <translation>&amp;Работодатель *</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <source>Secto&amp;r (WZ 2008)</source>
        <translation>&amp;Отрасль (WZ 2008)</translation>
    </message>
    <message>
        <source>Start &amp;date *</source>
        <translation>&amp;Дата начала *</translation>
    </message>
    <message>
        <source>&amp;Contract type *</source>
        <translation>&amp;Вид договора *</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;Часов в неделю</translation>
    </message>
    <message>
        <source>Occupation &amp;field</source>
        <translation>&amp;Профессиональная сфера</translation>
    </message>
    <message>
        <source>&amp;Linked exit</source>
        <translation>Св&amp;язанное окончание участия</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>Профессиональная сфера</translation>
    </message>
    <message>
        <source>Exit from project</source>
        <translation>Окончание участия в проекте</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>No work or training taken up yet – record it with “New placement”.</source>
        <translation>Пока нет трудоустройства или начала обучения – внесите его кнопкой «Новое трудоустройство».</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Трудоустройства</translation>
    </message>
    <message>
        <source>&amp;New placement …</source>
        <translation>&amp;Новое трудоустройство …</translation>
    </message>
    <message>
        <source>Edit &amp;placement …</source>
        <translation>Из&amp;менить трудоустройство …</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>Удалить трудоустройство</translation>
    </message>
    <message>
        <source>Delete the placement at “{employer}”?</source>
        <translation>Удалить трудоустройство в «{employer}»?</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>How long personal data are kept</source>
        <translation>Как долго хранятся персональные данные</translation>
    </message>
    <message>
        <source>Cases &amp;without a project, after the last contact:</source>
        <translation>Дела &amp;без проекта, после последнего контакта:</translation>
    </message>
    <message>
        <source>Former &amp;volunteers, after leaving:</source>
        <translation>Бывшие &amp;волонтёры, после выбытия:</translation>
    </message>
    <message>
        <source>Participants of a project are kept for the years set in the project after 31 December of the year it ends (ESF: Art. 82 Regulation (EU) 2021/1060), see Projects. Police clearances are deleted three months after a volunteer leaves (§ 72a (5) SGB VIII).</source>
        <translation>Данные участников проекта хранятся столько лет после 31 декабря года окончания проекта, сколько задано в проекте (ESF: ст. 82 Регламента (ЕС) 2021/1060), см. «Проекты». Сведения о справке о несудимости удаляются через три месяца после выбытия волонтёра (§ 72a (5) SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;Save retention</source>
        <translation>&amp;Сохранить сроки хранения</translation>
    </message>
    <message>
        <source>Anonymisations due</source>
        <translation>Требуется анонимизация</translation>
    </message>
    <message>
        <source>&amp;Anonymise all that is due …</source>
        <translation>&amp;Анонимизировать всё, что требуется …</translation>
    </message>
    <message>
        <source>Records of processing acti&amp;vities (Art. 30) …</source>
        <translation>&amp;Реестр операций обработки (ст. 30) …</translation>
    </message>
    <message>
        <source> years</source>
        <translation> г.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due.</source>
        <translation>
            <numerusform>Требуется: %n запись.</numerusform>
            <numerusform>Требуется: %n записи.</numerusform>
            <numerusform>Требуется: %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due: no retention has ended.</source>
        <translation>Ничего не требуется: ни один срок хранения не истёк.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The server&apos;s own backups still hold the old data until they are replaced: tell whoever runs the server.</source>
        <translation>
            <numerusform>Анонимизировать %n запись сейчас? Имена, контактные данные, заметки и даты рождения удаляются безвозвратно; цифры в отчётах сохраняются. Собственные резервные копии сервера содержат старые данные, пока их не заменят: сообщите тому, кто обслуживает сервер.</numerusform>
            <numerusform>Анонимизировать %n записи сейчас? Имена, контактные данные, заметки и даты рождения удаляются безвозвратно; цифры в отчётах сохраняются. Собственные резервные копии сервера содержат старые данные, пока их не заменят: сообщите тому, кто обслуживает сервер.</numerusform>
            <numerusform>Анонимизировать %n записей сейчас? Имена, контактные данные, заметки и даты рождения удаляются безвозвратно; цифры в отчётах сохраняются. Собственные резервные копии сервера содержат старые данные, пока их не заменят: сообщите тому, кто обслуживает сервер.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Анонимизировать</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</source>
        <translation>
            <numerusform>Анонимизировать %n запись сейчас? Имена, контактные данные, заметки и даты рождения удаляются безвозвратно; цифры в отчётах сохраняются. Резервные копии в папке данных заменяются новой; копии в других местах (USB-накопители) по-прежнему содержат старые данные.</numerusform>
            <numerusform>Анонимизировать %n записи сейчас? Имена, контактные данные, заметки и даты рождения удаляются безвозвратно; цифры в отчётах сохраняются. Резервные копии в папке данных заменяются новой; копии в других местах (USB-накопители) по-прежнему содержат старые данные.</numerusform>
            <numerusform>Анонимизировать %n записей сейчас? Имена, контактные данные, заметки и даты рождения удаляются безвозвратно; цифры в отчётах сохраняются. Резервные копии в папке данных заменяются новой; копии в других местах (USB-накопители) по-прежнему содержат старые данные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising …</source>
        <translation>Анонимизация …</translation>
    </message>
    <message>
        <source>Anonymised case files: {cases}; anonymised former volunteers: {volunteers}; police clearances deleted: {clearances}.</source>
        <translation>Анонимизировано: дел – {cases}, бывших волонтёров – {volunteers}; удалено сведений о справках о несудимости: {clearances}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The file {path} could not be written or read: {reason}.</source>
        <translation>Не удалось записать или прочитать файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>A file could not be written or read: {reason}.</source>
        <translation>Не удалось записать или прочитать файл: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Recognition procedure</source>
        <translation>Процедура признания</translation>
    </message>
    <message>
        <source>New recognition procedure</source>
        <translation>Новая процедура признания</translation>
    </message>
    <message>
        <source>German reference occupation, e.g. Pflegefachfrau</source>
        <translation>немецкая референтная профессия, напр., Pflegefachfrau</translation>
    </message>
    <message>
        <source>e.g. 81302</source>
        <translation>напр., 81302</translation>
    </message>
    <message>
        <source>KldB 2010 code of the Bundesagentur für Arbeit, five digits; the last one is the level of requirement (1 helper, 2 skilled, 3 specialist, 4 expert).</source>
        <translation>Код KldB 2010 Федерального агентства по труду (Bundesagentur für Arbeit), пять цифр; последняя – уровень требований (1 – вспомогательный персонал, 2 – квалифицированный специалист, 3 – специалист высокой квалификации, 4 – эксперт).</translation>
    </message>
    <message>
        <source>e.g. Landesamt für Soziales</source>
        <translation>напр., Landesamt für Soziales</translation>
    </message>
    <message>
        <source>— not decided yet —</source>
        <translation>— решение ещё не принято —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Qualification and reference occupation</source>
        <translation>Квалификация и референтная профессия</translation>
    </message>
    <message>
        <source>Reference &amp;occupation *</source>
        <translation>&amp;Референтная профессия *</translation>
    </message>
    <message>
        <source>&amp;KldB 2010 code</source>
        <translation>&amp;Код KldB 2010</translation>
    </message>
    <message>
        <source>&amp;Regulated profession</source>
        <translation>Ре&amp;гулируемая профессия</translation>
    </message>
    <message>
        <source>Qualification obtained &amp;in</source>
        <translation>Квалификация получена &amp;в</translation>
    </message>
    <message>
        <source>&amp;Year obtained</source>
        <translation>Год пол&amp;учения</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation>Компе&amp;тентный орган</translation>
    </message>
    <message>
        <source>A&amp;pplication date</source>
        <translation>Дата &amp;подачи заявления</translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation>Дата реше&amp;ния</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Р&amp;езультат</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Адаптационная квалификация</translation>
    </message>
    <message>
        <source>Kind of &amp;measure</source>
        <translation>Вид &amp;меры</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>&amp;Организатор</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>Adaptation from</source>
        <translation>Адаптационная квалификация с</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>Адаптационная квалификация до</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Завершена</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Дата подачи заявления</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Дата решения</translation>
    </message>
</context>
<context>
    <name>ProcedureModel</name>
    <message>
        <source>Reference occupation</source>
        <translation>Референтная профессия</translation>
    </message>
    <message>
        <source>Regulated</source>
        <translation>Регулируемая</translation>
    </message>
    <message>
        <source>Qualification from</source>
        <translation>Квалификация из</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Адаптационная квалификация</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
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
        <translation>Проект {code}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>ESF &amp;Plus</source>
        <translation>ESF &amp;Plus</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <source>&amp;Hour values</source>
        <translation>С&amp;тоимость часа</translation>
    </message>
    <message>
        <source>Supported &amp;organisations</source>
        <translation>Поддерживаемые органи&amp;зации</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>напр., WIR-2026</translation>
    </message>
    <message>
        <source> years</source>
        <translation> г.</translation>
    </message>
    <message>
        <source>empty: statutory minimum wage of each year</source>
        <translation>пусто: установленный законом минимальный размер оплаты труда соответствующего года</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Funding progra&amp;mme:</source>
        <translation>&amp;Программа финансирования:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Грантодатель:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>На&amp;чало:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>Оконч&amp;ание:</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>Хран&amp;ить персональные данные:</translation>
    </message>
    <message>
        <source>Value of a volunteer hour (€, &amp;all years):</source>
        <translation>Стоимость волонтёрского часа (€, &amp;все годы):</translation>
    </message>
    <message>
        <source>The project reports participant data to ESF Plus</source>
        <translation>Проект передаёт данные участников в ESF Plus</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>без минимума</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>The project supports administrations or enterprises (EECO18, EECO19)</source>
        <translation>Проект поддерживает органы управления или предприятия (EECO18, EECO19)</translation>
    </message>
    <message>
        <source>People who received less support than the minimum (hours of consultations booked to the project) stay counselling contacts and count in no ESF indicator. The entry and exit questionnaires are asked only in ESF projects.</source>
        <translation>Люди, получившие поддержку меньше минимальной (часы консультаций, отнесённых к проекту), остаются консультационными контактами и не учитываются ни в одном показателе ESF. Анкеты при начале и окончании участия заполняются только в проектах ESF.</translation>
    </message>
    <message>
        <source>&amp;Long-term unemployed:</source>
        <translation>&amp;Длительно безработные:</translation>
    </message>
    <message>
        <source>&amp;Minimum support for ESF participants:</source>
        <translation>&amp;Минимальный объём поддержки для участников ESF:</translation>
    </message>
    <message>
        <source>Situations after exit that count as success</source>
        <translation>Положение после окончания участия, которое считается успехом</translation>
    </message>
    <message>
        <source>a qualification gained</source>
        <translation>полученная квалификация</translation>
    </message>
    <message>
        <source>The project starts with the usual exit reasons (finished, goal reached, dropped out, moved away …). Rename, add or retire them after saving.</source>
        <translation>Проект начинается с обычных причин окончания участия (завершено, цель достигнута, прервано, переезд …). После сохранения их можно переименовать, дополнить или вывести из употребления.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>First project</source>
        <translation>Первый проект</translation>
    </message>
    <message>
        <source>A funded project groups participants, consultations and volunteer hours for the funder&apos;s statistics.</source>
        <translation>Проект с финансированием объединяет участников, консультации и волонтёрские часы для статистики грантодателя.</translation>
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
        <translation>У проекта есть &amp;дата окончания</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>ESF Plus reporting (participant questionnaires)</source>
        <translation>Отчётность ESF Plus (анкеты участников)</translation>
    </message>
    <message>
        <source>Value of one volunteer hour for the club&apos;s own contribution.</source>
        <translation>Стоимость одного волонтёрского часа для собственного вклада организации.</translation>
    </message>
    <message>
        <source>Project co&amp;de:</source>
        <translation>&amp;Код проекта:</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Н&amp;азвание проекта:</translation>
    </message>
    <message>
        <source>Funding &amp;programme:</source>
        <translation>&amp;Программа финансирования:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Грантодатель:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>На&amp;чало:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate volunteering:</source>
        <translation>П&amp;очасовая ставка волонтёрства:</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Программа финансирования</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>ESF Plus</source>
        <translation>ESF Plus</translation>
    </message>
    <message>
        <source>Value of a volunteer hour</source>
        <translation>Стоимость волонтёрского часа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>per year / minimum wage</source>
        <translation>по годам / МРОТ</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Not enrolled in a project yet – enroll with “Enroll in project”.</source>
        <translation>Пока не участвует ни в одном проекте – включите кнопкой «Включить в проект».</translation>
    </message>
    <message>
        <source>Project enrollments</source>
        <translation>Участие в проектах</translation>
    </message>
    <message>
        <source>Enroll in &amp;project</source>
        <translation>Включить в &amp;проект</translation>
    </message>
    <message>
        <source>Entry &amp;questionnaire</source>
        <translation>&amp;Анкета при начале участия</translation>
    </message>
    <message>
        <source>Record e&amp;xit</source>
        <translation>&amp;Внести окончание участия</translation>
    </message>
    <message>
        <source>&amp;6-month answers</source>
        <translation>О&amp;тветы через 6 месяцев</translation>
    </message>
    <message>
        <source>Remo&amp;ve enrollment</source>
        <translation>&amp;Удалить участие</translation>
    </message>
    <message>
        <source>Remove enrollment</source>
        <translation>Удалить участие</translation>
    </message>
    <message>
        <source>Remove the enrollment in {project}? It is deleted with its questionnaire. Why?</source>
        <translation>Удалить участие в {project}? Оно будет удалено вместе с анкетой. Почему?</translation>
    </message>
    <message>
        <source>No projects yet – add one with “New project”.</source>
        <translation>Проектов пока нет – добавьте проект кнопкой «Новый проект».</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <source>&amp;Edit project</source>
        <translation>&amp;Изменить проект</translation>
    </message>
    <message>
        <source>&amp;Show project</source>
        <translation>Показат&amp;ь проект</translation>
    </message>
    <message>
        <source>&amp;Close / reopen project</source>
        <translation>&amp;Закрыть / открыть проект снова</translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>Сначала выберите проект в списке.</translation>
    </message>
    <message>
        <source>{code} is open again.</source>
        <translation>{code} снова открыт.</translation>
    </message>
    <message>
        <source>{code} is closed: it leaves the choice lists; its data and reports stay.</source>
        <translation>{code} закрыт: он исчезает из списков выбора; его данные и отчёты сохраняются.</translation>
    </message>
</context>
<context>
    <name>QuietTandemList</name>
    <message>
        <source>Tandems without meetings</source>
        <translation>Тандемы без встреч</translation>
    </message>
    <message>
        <source>Every tandem meets as agreed.</source>
        <translation>Все тандемы встречаются, как договорились.</translation>
    </message>
    <message>
        <source>no meeting logged yet</source>
        <translation>встречи ещё не внесены</translation>
    </message>
    <message>
        <source>last meeting {date}</source>
        <translation>последняя встреча {date}</translation>
    </message>
    <message>
        <source>A meeting was due by {date}.</source>
        <translation>Встреча должна была состояться до {date}.</translation>
    </message>
</context>
<context>
    <name>RecognitionTab</name>
    <message>
        <source>No recognition procedure yet – add one with “New procedure”.</source>
        <translation>Процедур признания пока нет – добавьте кнопкой «Новая процедура».</translation>
    </message>
    <message>
        <source>Recognition procedures</source>
        <translation>Процедуры признания</translation>
    </message>
    <message>
        <source>&amp;New procedure …</source>
        <translation>&amp;Новая процедура …</translation>
    </message>
    <message>
        <source>Edit &amp;procedure …</source>
        <translation>Из&amp;менить процедуру …</translation>
    </message>
    <message>
        <source>Delete recognition procedure</source>
        <translation>Удалить процедуру признания</translation>
    </message>
    <message>
        <source>Delete the procedure “{occupation}”?</source>
        <translation>Удалить процедуру «{occupation}»?</translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessingDialog</name>
    <message>
        <source>Records of processing activities (Art. 30 GDPR)</source>
        <translation>Реестр операций обработки (ст. 30 GDPR)</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>Реестр операций обработки</translation>
    </message>
    <message>
        <source>Save as &amp;PDF …</source>
        <translation>Сохранить как &amp;PDF …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the records of processing</source>
        <translation>Сохранить реестр операций обработки</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>Создание PDF …</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <source>Lotse – new administrator password</source>
        <translation>Lotse – новый пароль администратора</translation>
    </message>
    <message>
        <source>With the recovery key (the printed Notfallschlüssel) an administrator account gets a new password. Other accounts get theirs from an administrator.</source>
        <translation>С помощью ключа восстановления (распечатанного листа Notfallschlüssel) учётная запись администратора получает новый пароль. Другие учётные записи получают пароль от администратора.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>&amp;Имя пользователя администратора:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>&amp;Повторите пароль:</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Установить пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>Повторите пароль: пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Lotse – recovery key</source>
        <translation>Lotse – ключ восстановления</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>The database is created and encrypted.</source>
        <translation>База данных создана и зашифрована.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Lotse encrypts all data. Without a password or this recovery key nobody can read it – not even whoever finds the laptop or a backup. If no administrator knows their password any more, the recovery key sets a new one. It is shown only now: print it as the Notfallschlüssel or write it down, and keep it locked away, apart from the laptop.</source>
        <translation>Lotse шифрует все данные. Без пароля или этого ключа восстановления никто не сможет их прочитать – даже тот, кто найдёт ноутбук или резервную копию. Если ни один администратор больше не помнит свой пароль, ключ восстановления позволяет задать новый. Он показывается только сейчас: распечатайте его как лист Notfallschlüssel или перепишите и храните под замком отдельно от ноутбука.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print (Notfallschlüssel)…</source>
        <translation>Сохранить как &amp;PDF для печати (Notfallschlüssel)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key.</source>
        <translation>Я распечатал(а) или записал(а) ключ восстановления.</translation>
    </message>
    <message>
        <source>Lotse-Notfallschluessel.pdf</source>
        <translation>Lotse-Notfallschluessel.pdf</translation>
    </message>
    <message>
        <source>Save the Notfallschlüssel</source>
        <translation>Сохранить Notfallschlüssel</translation>
    </message>
    <message>
        <source>Notfallschlüssel</source>
        <translation>Ключ восстановления (Notfallschlüssel)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file: whoever has it can read the data.</source>
        <translation>Сохранено в {path}. Распечатайте файл, затем удалите его: любой, у кого он есть, может прочитать данные.</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Police clearance</source>
        <translation>Справка о несудимости</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>Часы в этом году</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>renewal due since {date}</source>
        <translation>требуется обновление с {date}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>действительна до {date}</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Search volunteers</source>
        <translation>Поиск волонтёров</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Поиск по имени или номеру</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>No volunteers found – register one with “New volunteer”.</source>
        <translation>Волонтёры не найдены – добавьте волонтёра кнопкой «Новый волонтёр».</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <source>&amp;New volunteer …</source>
        <translation>&amp;Новый волонтёр …</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Изменить …</translation>
    </message>
    <message>
        <source>Enter h&amp;ours …</source>
        <translation>Внести &amp;часы …</translation>
    </message>
    <message>
        <source>&amp;Week …</source>
        <translation>Н&amp;еделя …</translation>
    </message>
    <message>
        <source>&amp;Timesheets …</source>
        <translation>&amp;Табели учёта часов …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>&amp;Документы …</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>Сначала выберите волонтёра в списке.</translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation>Документы: {name}</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>ESF Plus participant data</source>
        <translation>Данные участников ESF Plus</translation>
    </message>
    <message>
        <source>Counselling statistics</source>
        <translation>Статистика консультаций</translation>
    </message>
    <message>
        <source>Volunteering (hours, value, allowances)</source>
        <translation>Волонтёрство (часы, стоимость, выплаты)</translation>
    </message>
    <message>
        <source>Outcomes after exit</source>
        <translation>Результаты после окончания участия</translation>
    </message>
    <message>
        <source>Events (attendees, languages, partners)</source>
        <translation>Мероприятия (участники, языки, партнёры)</translation>
    </message>
    <message>
        <source>Recognition counselling</source>
        <translation>Консультирование по признанию</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Календарный год</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Полугодие</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>cumulative from the project start</source>
        <translation>нарастающим итогом с начала проекта</translation>
    </message>
    <message>
        <source>&amp;Show preview</source>
        <translation>По&amp;казать предпросмотр</translation>
    </message>
    <message>
        <source>Save as &amp;Excel …</source>
        <translation>Сохранить в &amp;Excel …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF …</source>
        <translation>Сохранить в P&amp;DF …</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>Projects (none = all):</source>
        <translation>Проекты (не выбрано = все):</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>Choose the report and period, then show the preview.</source>
        <translation>Выберите отчёт и период, затем откройте предпросмотр.</translation>
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
        <translation>Сохранить отчёт – файл не будет зашифрован</translation>
    </message>
    <message>
        <source>Writing the report …</source>
        <translation>Создание отчёта …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <source>The report was saved as
{path}

The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Отчёт сохранён как
{path}

Файл не зашифрован: храните его в надёжном месте и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Открыть &amp;файл</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>Сбросить пароль пользователя {name}</translation>
    </message>
    <message>
        <source>{name} is active again. Deactivating removed the account&apos;s key to the database, so {name} can log in only after you set a new password.</source>
        <translation>{name} снова активен(-на). При отключении ключ учётной записи к базе данных был удалён, поэтому {name} сможет войти только после того, как вы установите новый пароль.</translation>
    </message>
    <message>
        <source>Give the temporary password to {name} in person. At the next login Lotse asks for a new one.</source>
        <translation>Передайте временный пароль пользователю {name} лично. При следующем входе Lotse попросит задать новый.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Временный пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Повторите пароль:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>All rows are imported together, or none.</source>
        <translation>Все строки импортируются вместе – или ни одна.</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Импорт …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Импорт прерван. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The import found problems and changed nothing.</source>
        <translation>При импорте обнаружены проблемы, ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>Импортировано: создано – {created}, обновлено – {updated}, без изменений – {unchanged}.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The database server</source>
        <translation>Сервер базы данных</translation>
    </message>
    <message>
        <source>Enter what the person who set up the server gave you. Lotse connects now to check it.</source>
        <translation>Введите данные, которые вам дал тот, кто настроил сервер. Lotse сразу подключится, чтобы их проверить.</translation>
    </message>
    <message>
        <source>e.g. server.local or 192.168.1.10</source>
        <translation>напр., server.local или 192.168.1.10</translation>
    </message>
    <message>
        <source>e.g. lotse</source>
        <translation>напр., lotse</translation>
    </message>
    <message>
        <source>Encrypted connection (&amp;TLS) required</source>
        <translation>Зашифрованное соединение (&amp;TLS) обязательно</translation>
    </message>
    <message>
        <source>Untick only for a server on this computer: otherwise the data would cross the network readable.</source>
        <translation>Снимайте флажок только для сервера на этом компьютере: иначе данные будут передаваться по сети в открытом виде.</translation>
    </message>
    <message>
        <source>Remember the password on this computer (in the system&apos;s credential store)</source>
        <translation>Запомнить пароль на этом компьютере (в системном хранилище учётных данных)</translation>
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
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password: enter the server password.</source>
        <translation>Пароль: введите пароль сервера.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session – {course}</source>
        <translation>Новое занятие – {course}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>&amp;Время начала:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Д&amp;лительность:</translation>
    </message>
    <message>
        <source>Repeat &amp;weekly until the course&apos;s last day</source>
        <translation>Повторять &amp;еженедельно до последнего дня курса</translation>
    </message>
    <message>
        <source>The course runs from {start} to {end}.</source>
        <translation>Курс проходит с {start} по {end}.</translation>
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
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Consents and partners</source>
        <translation>Согласия и партнёры</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Защита данных</translation>
    </message>
</context>
<context>
    <name>SixMonthDialog</name>
    <message>
        <source>Six months after exit – {project}</source>
        <translation>Шесть месяцев после окончания участия – {project}</translation>
    </message>
    <message>
        <source>Exit on {date}; follow-up due on {due}.</source>
        <translation>Окончание участия {date}; опрос нужно провести {due}.</translation>
    </message>
    <message>
        <source>&amp;Employed or self-employed:</source>
        <translation>&amp;Работает по найму или самозанят(а):</translation>
    </message>
    <message>
        <source>Situation on the labour market &amp;improved:</source>
        <translation>Положение на рынке труда &amp;улучшилось:</translation>
    </message>
    <message>
        <source>Whether the situation improved is only asked of people who were employed at entry.</source>
        <translation>Улучшилось ли положение, спрашивают только у тех, кто работал при начале участия.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>Что вы хотите импортировать?</translation>
    </message>
    <message>
        <source>Lotse reads Excel (.xlsx, .xls), LibreOffice (.ods) and text files (.csv, Excel&apos;s Unicode text) separated by semicolons, commas or tabs.</source>
        <translation>Lotse читает файлы Excel (.xlsx, .xls), LibreOffice (.ods) и текстовые файлы (.csv, «Текст в Юникоде» из Excel) с разделителями – точкой с запятой, запятой или табуляцией.</translation>
    </message>
    <message>
        <source>Participants (Teilnehmende)</source>
        <translation>Участники (Teilnehmende)</translation>
    </message>
    <message>
        <source>Consultations (Beratungen)</source>
        <translation>Консультации (Beratungen)</translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamtliche)</source>
        <translation>Волонтёры (Ehrenamtliche)</translation>
    </message>
    <message>
        <source>Volunteer hours (Ehrenamtsstunden)</source>
        <translation>Волонтёрские часы (Ehrenamtsstunden)</translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation>Выберите файл …</translation>
    </message>
    <message>
        <source>B&amp;rowse …</source>
        <translation>&amp;Обзор …</translation>
    </message>
    <message>
        <source>Save an empty &amp;template …</source>
        <translation>Сохранить пустой &amp;шаблон …</translation>
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
        <translation>Выберите лист</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
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
            <numerusform>{project}: не задан %n вопрос</numerusform>
            <numerusform>{project}: не задано %n вопроса</numerusform>
            <numerusform>{project}: не задано %n вопросов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationDialog</name>
    <message>
        <source>Supported organisation</source>
        <translation>Поддерживаемая организация</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Supported on:</source>
        <translation>&amp;Дата поддержки:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Дата поддержки</translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationsTab</name>
    <message>
        <source>Public administrations and small and medium-sized enterprises the project supported. The ESF report counts them by the date of support.</source>
        <translation>Органы государственного управления, а также малые и средние предприятия, которые поддержал проект. Отчёт ESF учитывает их по дате поддержки.</translation>
    </message>
    <message>
        <source>No organisations yet – add one with “Add organisation”.</source>
        <translation>Организаций пока нет – добавьте кнопкой «Добавить организацию».</translation>
    </message>
    <message>
        <source>Supported organisations</source>
        <translation>Поддерживаемые организации</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>&amp;Добавить организацию</translation>
    </message>
    <message>
        <source>Re&amp;move entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Дата поддержки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Remove {name} from the register?</source>
        <translation>Удалить {name} из реестра?</translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <source>New tandem</source>
        <translation>Новый тандем</translation>
    </message>
    <message>
        <source>Case number or name</source>
        <translation>Номер дела или имя</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>e.g. prepare for the driving test</source>
        <translation>напр., подготовка к экзамену на водительские права</translation>
    </message>
    <message>
        <source>Find partic&amp;ipant:</source>
        <translation>Найти &amp;участника:</translation>
    </message>
    <message>
        <source>Partici&amp;pant:</source>
        <translation>Учас&amp;тник:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>Н&amp;аставник:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>На&amp;чало:</translation>
    </message>
    <message>
        <source>M&amp;eetings:</source>
        <translation>&amp;Встречи:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Цели:</translation>
    </message>
    <message>
        <source>Further &amp;goals:</source>
        <translation>&amp;Другие цели:</translation>
    </message>
    <message>
        <source>{case} (born {year})</source>
        <translation>{case} ({year} г. р.)</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>Нет дел, соответствующих «{text}».</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation>говорит на: {languages}</translation>
    </message>
    <message>
        <source>same town</source>
        <translation>тот же город</translation>
    </message>
    <message>
        <source>Only active volunteers with a valid police clearance (and the club&apos;s training, where the club requires it) are offered; shared languages first, then the same town.</source>
        <translation>Предлагаются только активные волонтёры с действующей справкой о несудимости (и прошедшие обучение организации, если она его требует); сначала – с общими языками, затем – из того же города.</translation>
    </message>
    <message>
        <source>No active volunteer has a valid police clearance (and the club&apos;s training, where the club requires it).</source>
        <translation>Ни у одного активного волонтёра нет действующей справки о несудимости (и обучения организации, если она его требует).</translation>
    </message>
    <message>
        <source>Participant: find and choose a case.</source>
        <translation>Участник: найдите и выберите дело.</translation>
    </message>
    <message>
        <source>Mentor: choose a volunteer.</source>
        <translation>Наставник: выберите волонтёра.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
</context>
<context>
    <name>TandemStatusDialog</name>
    <message>
        <source>Agreed goals reached?</source>
        <translation>Согласованные цели достигнуты?</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>достигнуты</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>не достигнуты</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Дата завершения:</translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation>&amp;Причина завершения:</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата завершения</translation>
    </message>
</context>
<context>
    <name>TandemTab</name>
    <message>
        <source>No mentoring tandem yet – match a mentor with “New tandem”.</source>
        <translation>Тандема пока нет – подберите наставника кнопкой «Новый тандем».</translation>
    </message>
    <message>
        <source>No mentoring tandem. Volunteer coordinators match tandems in the Volunteering section.</source>
        <translation>Тандема нет. Тандемы составляет координатор волонтёров в разделе «Волонтёрство».</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Тандемы</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>Новый &amp;тандем …</translation>
    </message>
</context>
<context>
    <name>TandemsModel</name>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Подопечный</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Отработано часов</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
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
        <translation>Тандемов пока нет – подберите наставника кнопкой «Новый тандем».</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Тандемы</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>Новый &amp;тандем …</translation>
    </message>
    <message>
        <source>&amp;Agreement as PDF …</source>
        <translation>&amp;Соглашение в PDF …</translation>
    </message>
    <message>
        <source>Change &amp;status …</source>
        <translation>Изменить стат&amp;ус …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>&amp;Документы …</translation>
    </message>
    <message>
        <source>Choose a tandem in the list first.</source>
        <translation>Сначала выберите тандем в списке.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Documents of the tandem {mentor} – {mentee}</source>
        <translation>Документы тандема {mentor} – {mentee}</translation>
    </message>
    <message>
        <source>Tandem status</source>
        <translation>Статус тандема</translation>
    </message>
    <message>
        <source>Tandem agreement</source>
        <translation>Соглашение о тандеме</translation>
    </message>
    <message>
        <source>Save tandem agreement – the file will not be encrypted</source>
        <translation>Сохранить соглашение о тандеме – файл не будет зашифрован</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TimesheetDialog</name>
    <message>
        <source>Timesheets (Stundennachweise)</source>
        <translation>Табели учёта часов (Stundennachweise)</translation>
    </message>
    <message>
        <source>All volunteers with approved hours</source>
        <translation>Все волонтёры с подтверждёнными часами</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>В&amp;ыбрать …</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Волонтёр:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Folder for the timesheets – the files will not be encrypted</source>
        <translation>Папка для табелей учёта часов – файлы не будут зашифрованы</translation>
    </message>
    <message>
        <source>Folder: choose where the timesheets are saved.</source>
        <translation>Папка: выберите, куда сохранять табели.</translation>
    </message>
    <message>
        <source>Writing timesheets …</source>
        <translation>Создание табелей …</translation>
    </message>
    <message>
        <source>No volunteer has approved hours in this period; nothing was written.</source>
        <translation>Ни у одного волонтёра нет подтверждённых часов за этот период; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n timesheet(s) saved in
{folder}</source>
        <translation>
            <numerusform>%n табель сохранён в
{folder}</numerusform>
            <numerusform>%n табеля сохранено в
{folder}</numerusform>
            <numerusform>%n табелей сохранено в
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lotse is locked</source>
        <translation>Lotse заблокирован</translation>
    </message>
    <message>
        <source>Lotse was not used for a while and locked itself. Your unsaved input is kept. Enter the password of {name} to continue.</source>
        <translation>Lotse какое-то время не использовался и заблокировался. Ваши несохранённые данные сохранены. Введите пароль пользователя {name}, чтобы продолжить.</translation>
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
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User {name}</source>
        <translation>Пользователь {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Полное им&amp;я:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Volunteer record:</source>
        <translation>&amp;Запись волонтёра:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <source>The new user chooses an own password at the first login.</source>
        <translation>Новый пользователь выберет собственный пароль при первом входе.</translation>
    </message>
    <message>
        <source>Role: please choose what the person does in the club.</source>
        <translation>Роль: выберите, чем человек занимается в организации.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Volunteer record</source>
        <translation>Запись волонтёра</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>active, cannot log in until an administrator sets a new password</source>
        <translation>активна, вход возможен только после установки нового пароля администратором</translation>
    </message>
    <message>
        <source>waiting after wrong passwords until {time}</source>
        <translation>заблокирована после неверных паролей до {time}</translation>
    </message>
    <message>
        <source>active, must change the password</source>
        <translation>активна, нужно сменить пароль</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>Повторите пароль: пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Новый пользователь</translation>
    </message>
    <message>
        <source>&amp;Edit user</source>
        <translation>&amp;Изменить пользователя</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Сбросить &amp;пароль</translation>
    </message>
    <message>
        <source>&amp;Deactivate / reactivate</source>
        <translation>&amp;Отключить / включить</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Сначала выберите пользователя в списке.</translation>
    </message>
    <message>
        <source>The user was added and chooses an own password at first login.</source>
        <translation>Пользователь добавлен и выберет собственный пароль при первом входе.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the user&apos;s next action.</source>
        <translation>Сохранено. Изменения вступят в силу со следующего действия пользователя.</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next login.</source>
        <translation>{name} должен(-на) выбрать новый пароль при следующем входе.</translation>
    </message>
    <message>
        <source>{name} is deactivated and stopped at the next action. Reactivating the account needs a new password.</source>
        <translation>Учётная запись {name} отключена; работа будет остановлена при следующем действии. Для повторного включения учётной записи нужен новый пароль.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} снова может войти в систему.</translation>
    </message>
    <message>
        <source>{name} is active again but cannot log in until a new password is set: choose “Reset password”.</source>
        <translation>{name} снова активен(-на), но сможет войти только после установки нового пароля: выберите «Сбросить пароль».</translation>
    </message>
    <message>
        <source>{name} can log in again now.</source>
        <translation>{name} теперь снова может войти в систему.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Edit volunteer {number}</source>
        <translation>Изменить волонтёра {number}</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Новый волонтёр</translation>
    </message>
    <message>
        <source>e.g. Deutsch; Arabisch</source>
        <translation>напр., Deutsch; Arabisch</translation>
    </message>
    <message>
        <source>no relevant entry</source>
        <translation>нет значимой записи</translation>
    </message>
    <message>
        <source>relevant entry</source>
        <translation>есть значимая запись</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;Имя *:</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>&amp;Фамилия *:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>S&amp;kills and profession:</source>
        <translation>&amp;Навыки и профессия:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Доступность:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Дата &amp;вступления:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Left o&amp;n:</source>
        <translation>Дата в&amp;ыбытия:</translation>
    </message>
    <message>
        <source>Police &amp;clearance seen on:</source>
        <translation>Справка о несуди&amp;мости предъявлена:</translation>
    </message>
    <message>
        <source>Issue date of t&amp;he certificate:</source>
        <translation>Дата выдачи с&amp;правки:</translation>
    </message>
    <message>
        <source>Rele&amp;vant entry (§ 72a SGB VIII):</source>
        <translation>&amp;Значимая запись (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <source>&amp;Training on:</source>
        <translation>Дата &amp;обучения:</translation>
    </message>
    <message>
        <source>Agreement si&amp;gned on:</source>
        <translation>Дата подписания сог&amp;лашения:</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>Справка о несудимости предъявлена</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Дата выдачи справки</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>Дата обучения</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Дата подписания соглашения</translation>
    </message>
</context>
<context>
    <name>VolunteerStartPage</name>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>&amp;Внести мои часы …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>Моя &amp;неделя …</translation>
    </message>
    <message>
        <source>My tandems</source>
        <translation>Мои тандемы</translation>
    </message>
    <message>
        <source>Police clearance and training</source>
        <translation>Справка о несудимости и обучение</translation>
    </message>
    <message>
        <source>Your login is not yet linked to your volunteer record, so Lotse cannot show your hours. Please ask your administrator to link it (Settings → User accounts).</source>
        <translation>Ваша учётная запись ещё не связана с вашей записью волонтёра, поэтому Lotse не может показать ваши часы. Попросите администратора связать их (Настройки → Учётные записи).</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Здравствуйте, {name}</translation>
    </message>
    <message>
        <source>hours this month</source>
        <translation>часов в этом месяце</translation>
    </message>
    <message>
        <source>hours waiting for approval</source>
        <translation>часов ожидают подтверждения</translation>
    </message>
    <message>
        <source>approved hours this year</source>
        <translation>подтверждённых часов в этом году</translation>
    </message>
    <message>
        <source>You have no active tandem at the moment.</source>
        <translation>Сейчас у вас нет активного тандема.</translation>
    </message>
    <message>
        <source>last met on {date}</source>
        <translation>последняя встреча {date}</translation>
    </message>
    <message>
        <source>no meeting recorded yet</source>
        <translation>встречи ещё не внесены</translation>
    </message>
    <message>
        <source>next meeting due by {date}</source>
        <translation>следующая встреча – до {date}</translation>
    </message>
    <message>
        <source>No police clearance has been seen yet. Please bring it to your coordinator.</source>
        <translation>Справка о несудимости ещё не предъявлена. Пожалуйста, принесите её координатору.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}; a new one was due on {due}. Please bring a current one.</source>
        <translation>Справка о несудимости предъявлена {seen}; новую нужно было предъявить {due}. Пожалуйста, принесите актуальную справку.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}, valid until {due}.</source>
        <translation>Справка о несудимости предъявлена {seen}, действительна до {due}.</translation>
    </message>
    <message>
        <source>Training attended on {date}.</source>
        <translation>Обучение пройдено {date}.</translation>
    </message>
    <message>
        <source>No training recorded yet; your coordinator will tell you the dates.</source>
        <translation>Обучение ещё не внесено; координатор сообщит вам даты.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteering</source>
        <translation>Волонтёрство</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Тандемы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Компенсационные выплаты</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>Мои часы</translation>
    </message>
    <message numerus="yes">
        <source>Hours to approve (%n)</source>
        <translation>
            <numerusform>Часы на подтверждение (%n)</numerusform>
            <numerusform>Часы на подтверждение (%n)</numerusform>
            <numerusform>Часы на подтверждение (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Hours for a week</source>
        <translation>Часы за неделю</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Волонтёр:</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Неделя:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Деятельность:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>Неделя {number}: {first} – {last}</translation>
    </message>
    <message>
        <source>Hours on {day}</source>
        <translation>Часы {day}</translation>
    </message>
    <message>
        <source>{hours} h recorded</source>
        <translation>Внесено: {hours} ч</translation>
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
        <translation>Вс</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Добро пожаловать в Lotse</translation>
    </message>
    <message>
        <source>A few short steps and your club can start working.</source>
        <translation>Несколько коротких шагов – и ваша организация может начать работу.</translation>
    </message>
    <message>
        <source>Lotse keeps your case files, consultation notes, volunteers and funder statistics in one file on this computer. No internet connection is needed and no data leaves the computer.

Next you choose where the data is kept and enter your organisation, the first administrator account and your first funded project. Everything can be changed later.</source>
        <translation>Lotse хранит дела, заметки о консультациях, данные о волонтёрах и статистику для грантодателей в одном файле на этом компьютере. Подключение к интернету не требуется, и никакие данные не покидают компьютер.

Далее вы выберете, где хранить данные, и введёте сведения о своей организации, первую учётную запись администратора и первый проект с финансированием. Всё это можно изменить позже.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language / Sprache:</source>
        <translation>&amp;Язык / Sprache:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>“{what}”, given on {date}. From the day of the withdrawal on, the processing it covered stops (a partner&apos;s export leaves the person out).</source>
        <translation>«{what}», дано {date}. Со дня отзыва прекращается обработка, которую оно разрешало (в экспорт для партнёра этот человек больше не попадает).</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Дата отзыва:</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
</context>
</TS>
