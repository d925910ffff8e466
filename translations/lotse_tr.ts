<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lotse</source>
        <translation>Lotse hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Case files, consultations, volunteers and funder statistics for small migrant organisations and volunteer clubs – offline, in one file.&lt;/p&gt;&lt;p&gt;Database: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse is free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. It uses the packages listed under “Third-party licences”, each under its own licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotse {version}&lt;/h3&gt;&lt;p&gt;Küçük göçmen örgütleri ve gönüllü dernekleri için vaka dosyaları, danışmanlık görüşmeleri, gönüllüler ve fon sağlayıcı istatistikleri – çevrimdışı, tek bir dosyada.&lt;/p&gt;&lt;p&gt;Veritabanı: &lt;br/&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;Lotse, GNU Genel Kamu Lisansı (GNU General Public License) sürüm 3 veya sonrası kapsamında özgür bir yazılımdır. HİÇBİR GARANTİ VERİLMEZ. Lotse, “Üçüncü taraf lisansları” altında listelenen paketleri, her birini kendi lisansı kapsamında kullanır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation: GNU General Public License, version 3 or later.</source>
        <translation>Bu kurulumda lisans metni eksik: GNU General Public License, sürüm 3 veya sonrası.</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lisans</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Üçüncü &amp;taraf lisansları</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add document</source>
        <translation>Belge ekle</translation>
    </message>
    <message>
        <source>the scanned or saved file</source>
        <translation>taranmış veya kaydedilmiş dosya</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>&amp;Seç …</translation>
    </message>
    <message>
        <source>e.g. ESF entry questionnaire, signed</source>
        <translation>ör. ESF giriş anketi, imzalı</translation>
    </message>
    <message>
        <source>Up to {size} MB. The file is kept encrypted in the database; the original stays where it is (delete it there if it should not remain on this computer). Do not keep copies of police clearance certificates: only their facts may be recorded (§ 72a SGB VIII).</source>
        <translation>En fazla {size} MB. Dosya veritabanında şifreli olarak saklanır; orijinal dosya bulunduğu yerde kalır (bu bilgisayarda kalmaması gerekiyorsa oradan silin). Adli sicil belgelerinin kopyalarını saklamayın: yalnızca belgeye ilişkin bilgiler kaydedilebilir (§ 72a SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Date of the document:</source>
        <translation>Belgenin tari&amp;hi:</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Belgeyi seçin</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;All files (*)</source>
        <translation>Belgeler (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Belgenin tarihi</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation>Yönetici hesabı</translation>
    </message>
    <message>
        <source>The administrator manages users, projects and settings. Choose a password of at least eight characters.</source>
        <translation>Yönetici; kullanıcıları, projeleri ve ayarları yönetir. En az sekiz karakterden oluşan bir parola seçin.</translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation>ör. Amira Haddad</translation>
    </message>
    <message>
        <source>e.g. amira</source>
        <translation>ör. amira</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>A&amp;d soyad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>Parolayı &amp;tekrarlayın:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Parolayı tekrarlayın: iki parola birbirinden farklı.</translation>
    </message>
</context>
<context>
    <name>AllowanceSummary</name>
    <message>
        <source>Allowances {year}</source>
        <translation>Ödenekler {year}</translation>
    </message>
    <message>
        <source>Record &amp;declaration of other clubs …</source>
        <translation>Di&amp;ğer derneklere ilişkin beyanı kaydet …</translation>
    </message>
</context>
<context>
    <name>Allowances</name>
    <message>
        <source>{kind}: {received} received; no tax-free cap.</source>
        <translation>{kind}: {received} alındı; vergisiz üst sınır yok.</translation>
    </message>
    <message>
        <source>{kind} {year}: {received} received (of it {other} declared from other clubs), tax-free cap {cap}.</source>
        <translation>{kind} {year}: {received} alındı (bunun {other} kadarı diğer derneklerden beyan edildi), vergisiz üst sınır {cap}.</translation>
    </message>
    <message>
        <source>{taxable} above the cap are taxable income of the volunteer.</source>
        <translation>Üst sınırı aşan {taxable}, gönüllünün vergiye tabi geliridir.</translation>
    </message>
    <message>
        <source>{room} can still be paid tax-free.</source>
        <translation>{room} daha vergisiz ödenebilir.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <source>Paid on</source>
        <translation>Ödeme tarihi</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Gönüllü</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Received this year</source>
        <translation>Bu yıl alınan</translation>
    </message>
    <message>
        <source>Tax-free cap</source>
        <translation>Vergisiz üst sınır</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Vergiye tabi</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>Karşılanan çalışma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>üst sınır yok</translation>
    </message>
</context>
<context>
    <name>AllowancesTab</name>
    <message>
        <source>Year </source>
        <translation>Yıl </translation>
    </message>
    <message>
        <source>Record &amp;payment …</source>
        <translation>Ödeme &amp;kaydet …</translation>
    </message>
    <message>
        <source>&amp;Declaration of other clubs …</source>
        <translation>Diğer derneklerin &amp;beyanı …</translation>
    </message>
    <message>
        <source>No payments yet – record one with “Record payment”.</source>
        <translation>Henüz ödeme yok – “Ödeme kaydet” ile ekleyin.</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Ödenekler</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment – {whom}</source>
        <translation>Randevu – {whom}</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Yeni randevu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>e.g. 2026-0042; empty: no case file</source>
        <translation>ör. 2026-0042; boş: vaka dosyası yok</translation>
    </message>
    <message>
        <source>office hours, or whom it is for</source>
        <translation>danışma saati veya kimin için olduğu</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Danışman:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Saat:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Sür&amp;e:</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>Vaka dosyası:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Vaka numarası:</translation>
    </message>
    <message>
        <source>&amp;Name (no case file):</source>
        <translation>&amp;Ad (vaka dosyası yok):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Yer:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>K&amp;onu:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>D&amp;urum:</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>&amp;Görüşme olarak kaydet</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>&amp;Mektup …</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>S&amp;il</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Randevuyu sil</translation>
    </message>
    <message>
        <source>Delete the appointment on {date} at {time}?</source>
        <translation>{date} tarihinde saat {time} randevusu silinsin mi?</translation>
    </message>
</context>
<context>
    <name>AppointmentList</name>
    <message>
        <source>My appointments today and tomorrow</source>
        <translation>Bugünkü ve yarınki randevularım</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Randevu yok.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>yarın</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Open slot</source>
        <translation>Boş randevu</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>Görüşme olarak kaydet</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Tüm danışmanlar</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Danışman:</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>Önce&amp;ki hafta</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Bu hafta</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>So&amp;nraki hafta</translation>
    </message>
    <message>
        <source>&amp;New appointment …</source>
        <translation>&amp;Yeni randevu …</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <source>No appointments on this day – double-click a free time in the week to book one.</source>
        <translation>Bu günde randevu yok – randevu vermek için haftadaki boş bir saate çift tıklayın.</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Günün randevuları</translation>
    </message>
    <message>
        <source>Record as c&amp;onsultation</source>
        <translation>&amp;Görüşme olarak kaydet</translation>
    </message>
    <message>
        <source>&amp;Letter …</source>
        <translation>&amp;Mektup …</translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation>V&amp;akayı aç</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>{first} – {last} haftası</translation>
    </message>
    <message>
        <source>Appointments on {day}</source>
        <translation>{day} randevuları</translation>
    </message>
    <message>
        <source>Record as consultation</source>
        <translation>Görüşme olarak kaydet</translation>
    </message>
    <message>
        <source>Choose an appointment in the day&apos;s list first.</source>
        <translation>Önce günün listesinden bir randevu seçin.</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Gönüllü</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>No hours are waiting for approval.</source>
        <translation>Onay bekleyen saat yok.</translation>
    </message>
    <message>
        <source>Hours to approve</source>
        <translation>Onaylanacak saatler</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>Seçilenleri &amp;onayla</translation>
    </message>
    <message>
        <source>&amp;Reject selected</source>
        <translation>Seçilenleri &amp;reddet</translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <source>— not ticked —</source>
        <translation>— işaretlenmedi —</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Hours attended</source>
        <translation>Katılınan saat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>{date}, {time}, {hours} h</source>
        <translation>{date}, {time}, {hours} sa</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>işaretlenmedi</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>case file</source>
        <translation>vaka dosyası</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>danışmanlık görüşmesi</translation>
    </message>
    <message>
        <source>project participation</source>
        <translation>proje katılımı</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>rıza</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>takip</translation>
    </message>
    <message>
        <source>recognition procedure</source>
        <translation>denklik süreci</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>işe yerleştirme</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>kullanıcı hesabı</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>gönüllü</translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation>gönüllü saatleri</translation>
    </message>
    <message>
        <source>tandem</source>
        <translation>tandem</translation>
    </message>
    <message>
        <source>allowance payment</source>
        <translation>ödenek ödemesi</translation>
    </message>
    <message>
        <source>allowance declaration</source>
        <translation>ödenek beyanı</translation>
    </message>
    <message>
        <source>timesheet</source>
        <translation>saat çizelgesi</translation>
    </message>
    <message>
        <source>event</source>
        <translation>etkinlik</translation>
    </message>
    <message>
        <source>course</source>
        <translation>kurs</translation>
    </message>
    <message>
        <source>course participation</source>
        <translation>kurs katılımı</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>randevu</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proje</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>çıkış nedeni</translation>
    </message>
    <message>
        <source>supported organisation</source>
        <translation>desteklenen kuruluş</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>kuruluş</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>ayar</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>konu</translation>
    </message>
    <message>
        <source>referral service</source>
        <translation>yönlendirme yeri</translation>
    </message>
    <message>
        <source>partner organisation</source>
        <translation>ortak kuruluş</translation>
    </message>
    <message>
        <source>club languages</source>
        <translation>dernek dilleri</translation>
    </message>
    <message>
        <source>database</source>
        <translation>veritabanı</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>denetim kaydı</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapor</translation>
    </message>
    <message>
        <source>participants sheet</source>
        <translation>katılımcılar tablosu</translation>
    </message>
    <message>
        <source>consultations sheet</source>
        <translation>görüşmeler tablosu</translation>
    </message>
    <message>
        <source>volunteers sheet</source>
        <translation>gönüllüler tablosu</translation>
    </message>
    <message>
        <source>hours sheet</source>
        <translation>saatler tablosu</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oluşturuldu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>oturum açtı</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>başarısız oturum açma</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>oturumu kapattı</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>içe aktarıldı</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>dışa aktarıldı</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo veriler</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>kuruldu</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>görüntülendi</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>yedek</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>geri yükleme</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zaman (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Kayıt türü</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Vaka numarası</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Alanlar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>tüm kullanıcılar</translation>
    </message>
    <message>
        <source>e.g. 2026-0042</source>
        <translation>ör. 2026-0042</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>tüm işlemler</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Dönem:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Kullanıcı:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Vaka numarası:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>İşle&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>&amp;Export …</source>
        <translation>Dışa &amp;aktar …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} / {total} kayıt</translation>
    </message>
    <message>
        <source>{total} events</source>
        <translation>{total} kayıt</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Denetim kaydını dışa aktar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} events were written to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>{count} kayıt {path} dosyasına yazıldı. Dosya şifreli değildir: güvenli bir yerde saklayın ve artık gerekmediğinde silin.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Create &amp;backup …</source>
        <translation>&amp;Yedek oluştur …</translation>
    </message>
    <message>
        <source>&amp;Restore backup …</source>
        <translation>Yedeği &amp;geri yükle …</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Yedek oluştur</translation>
    </message>
    <message>
        <source>Lotse backup (*.lotsebackup)</source>
        <translation>Lotse yedeği (*.lotsebackup)</translation>
    </message>
    <message>
        <source>Creating and verifying the backup …</source>
        <translation>Yedek oluşturuluyor ve doğrulanıyor …</translation>
    </message>
    <message>
        <source>The backup was written and verified:
{path}

It is encrypted: a password of this database or the recovery key opens it. Keep a copy outside this computer (USB stick, network drive).</source>
        <translation>Yedek yazıldı ve doğrulandı:
{path}

Yedek şifrelidir: bu veritabanının bir parolası veya kurtarma anahtarı onu açar. Bir kopyasını bu bilgisayarın dışında saklayın (USB bellek, ağ sürücüsü).</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Yedek</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <source>Replace the current database with the backup {name}? Everything entered since the backup was made is replaced; the current database is kept as a backup in the folder backups.</source>
        <translation>Mevcut veritabanı {name} yedeğiyle değiştirilsin mi? Yedeğin alınmasından bu yana girilen her şey değiştirilir; mevcut veritabanı backups klasöründe yedek olarak saklanır.</translation>
    </message>
    <message>
        <source>Your password (it opens backups made under other keys):</source>
        <translation>Parolanız (başka anahtarlarla alınmış yedekleri açar):</translation>
    </message>
    <message>
        <source>Verifying and restoring the backup …</source>
        <translation>Yedek doğrulanıyor ve geri yükleniyor …</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept in
{path}

Please log in again.</source>
        <translation>Yedek geri yüklendi. Veritabanının önceki hâli şurada saklanıyor:
{path}

Lütfen yeniden oturum açın.</translation>
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
        <translation>Şu anda başka bir işlem veritabanına yazıyor (içe aktarma, yedekleme veya başka bir Lotse). Henüz hiçbir şey değiştirilmedi.

Tekrar beklensin mi?</translation>
    </message>
</context>
<context>
    <name>CaseCoursesModel</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Katılınan oturumlar</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Katılınan saat</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Belge verildi</translation>
    </message>
    <message>
        <source>{attended} of {total}</source>
        <translation>{attended} / {total}</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzenle</translation>
    </message>
    <message>
        <source>New c&amp;onsultation</source>
        <translation>Y&amp;eni görüşme</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Close c&amp;ase</source>
        <translation>&amp;Vakayı kapat</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Yeniden aç</translation>
    </message>
    <message>
        <source>&amp;Merge …</source>
        <translation>&amp;Birleştir …</translation>
    </message>
    <message>
        <source>Merge a second case file of the same person</source>
        <translation>Aynı kişiye ait ikinci bir vaka dosyasını birleştir</translation>
    </message>
    <message>
        <source>Make a&amp;ppointment …</source>
        <translation>&amp;Randevu ver …</translation>
    </message>
    <message>
        <source>Book an appointment with this person (and print the letter)</source>
        <translation>Bu kişiyle randevu ayarla (ve mektubu yazdır)</translation>
    </message>
    <message>
        <source>Right of access (Art. &amp;15) …</source>
        <translation>Bilgi edinme hakkı (Md. &amp;15) …</translation>
    </message>
    <message>
        <source>Everything Lotse holds about this person, as PDF and JSON (Art. 15 GDPR)</source>
        <translation>Lotse&apos;nin bu kişi hakkında sakladığı her şey, PDF ve JSON olarak (GDPR Md. 15)</translation>
    </message>
    <message>
        <source>De&amp;lete …</source>
        <translation>&amp;Sil …</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data on request (Art. 17 GDPR)</source>
        <translation>Kişinin verilerini talebi üzerine sil (GDPR Md. 17)</translation>
    </message>
    <message>
        <source>&amp;More actions</source>
        <translation>Diğer işle&amp;mler</translation>
    </message>
    <message>
        <source>Notice handed over &amp;today</source>
        <translation>Bilgilendirme bugün &amp;verildi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Takipler</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Denklik</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>İşe yerleştirmeler</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Rızalar</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurslar</translation>
    </message>
    <message>
        <source>Case {case} – {name}</source>
        <translation>Vaka {case} – {name}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} yaş</translation>
    </message>
    <message>
        <source>Advisor: {name}</source>
        <translation>Danışman: {name}</translation>
    </message>
    <message>
        <source>The Art. 13 GDPR information notice has not been recorded as handed over.</source>
        <translation>GDPR Md. 13 kapsamındaki bilgilendirmenin verildiği henüz kaydedilmedi.</translation>
    </message>
    <message>
        <source>Consultation – {name} ({case})</source>
        <translation>Görüşme – {name} ({case})</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Görüşmeyi düzenle</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>İşe yerleştirme</translation>
    </message>
    <message>
        <source>The person took up work. Record the placement now (employer, sector, start, contract)?</source>
        <translation>Kişi işe başladı. İşe yerleştirme şimdi kaydedilsin mi (işveren, sektör, başlangıç, sözleşme)?</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Vakayı yeniden aç</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>Vaka neden yeniden açılıyor?</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Vakayı sil</translation>
    </message>
    <message>
        <source>Folder for the access files – they are not encrypted</source>
        <translation>Bilgi edinme dosyaları için klasör – dosyalar şifreli değildir</translation>
    </message>
    <message>
        <source>Collecting everything about the person …</source>
        <translation>Kişiye ait tüm veriler derleniyor …</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Bilgi edinme hakkı</translation>
    </message>
    <message>
        <source>Written: {files}. The files are not encrypted: hand them to the person and delete them afterwards.</source>
        <translation>Yazıldı: {files}. Dosyalar şifreli değildir: kişiye verin ve ardından silin.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Edit case {case}</source>
        <translation>Vakayı düzenle: {case}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Yeni vaka</translation>
    </message>
    <message>
        <source>empty when living in Germany</source>
        <translation>Almanya&apos;da yaşıyorsa boş</translation>
    </message>
    <message>
        <source>e.g. Syrien; Deutschland or SY; DE</source>
        <translation>ör. Syrien; Deutschland veya SY; DE</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Kurdisch or ar; ku</source>
        <translation>ör. Arabisch; Kurdisch veya ar; ku</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>Okul diplomasının alındığı ülke</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>Mesleki yeterliliğin alındığı ülke</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Ad *</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>&amp;Soyad *</translation>
    </message>
    <message>
        <source>&amp;Gender *</source>
        <translation>&amp;Cinsiyet *</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Doğum tarihi</translation>
    </message>
    <message>
        <source>Stree&amp;t</source>
        <translation>Cadde/s&amp;okak</translation>
    </message>
    <message>
        <source>Post&amp;code / city</source>
        <translation>Posta kodu / şe&amp;hir</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-posta</translation>
    </message>
    <message>
        <source>Living abroa&amp;d in</source>
        <translation>&amp;Yurt dışında ikamet</translation>
    </message>
    <message>
        <source>Background and qualifications</source>
        <translation>Geçmiş ve yeterlilikler</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>&amp;Uyruklar:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>Di&amp;ller:</translation>
    </message>
    <message>
        <source>Country of b&amp;irth:</source>
        <translation>Doğum ülkes&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation>Otu&amp;rum durumu:</translation>
    </message>
    <message>
        <source>&amp;Year of arrival:</source>
        <translation>&amp;Geliş yılı:</translation>
    </message>
    <message>
        <source>Sc&amp;hool qualification:</source>
        <translation>Okul di&amp;ploması:</translation>
    </message>
    <message>
        <source>&amp;Vocational qualification:</source>
        <translation>&amp;Mesleki yeterlilik:</translation>
    </message>
    <message>
        <source>Reference &amp;occupation:</source>
        <translation>Re&amp;ferans meslek:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>Düzenlenmiş meslek:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>Denklik durumu:</translation>
    </message>
    <message>
        <source>&amp;Knowledge of German:</source>
        <translation>Almanca se&amp;viyesi:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>Bize nasıl ulaştı:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>Da&amp;nışman:</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>Ek &amp;bilgiler:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>country obtained</source>
        <translation>alındığı ülke</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Possibly already recorded: {cases}. Please check before saving.</source>
        <translation>Daha önce kaydedilmiş olabilir: {cases}. Lütfen kaydetmeden önce kontrol edin.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>Vaka no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Uyruklar</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Son temas</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Sonraki takip</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Vakalar</translation>
    </message>
    <message>
        <source>Search name, case number or phone (Ctrl+F)</source>
        <translation>Ad, vaka numarası veya telefon ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Vaka ara</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tüm projeler</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Tüm danışmanlar</translation>
    </message>
    <message>
        <source>ESF data incomplete</source>
        <translation>ESF verileri eksik</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Yeni vaka</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n vaka</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>Aramaya ve filtrelere uyan vaka yok.</translation>
    </message>
    <message>
        <source>No cases yet – add one with “New case” or import a sheet (File → Import spreadsheet).</source>
        <translation>Henüz vaka yok – “Yeni vaka” ile ekleyin veya bir tablo içe aktarın (Dosya → Tablo içe aktar).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for you. Please choose your own password now.</source>
        <translation>Bir yönetici sizin için geçici bir parola belirledi. Lütfen şimdi kendi parolanızı seçin.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Mevcut parola:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>Yeni parolayı &amp;tekrarlayın:</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Lotse reads the whole file and changes nothing yet.</source>
        <translation>Lotse tüm dosyayı okur ve henüz hiçbir şeyi değiştirmez.</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Listeyi &amp;kopyala</translation>
    </message>
    <message>
        <source>&amp;Save list …</source>
        <translation>Listeyi k&amp;aydet …</translation>
    </message>
    <message>
        <source>Checking the file …</source>
        <translation>Dosya kontrol ediliyor …</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>Kontrol iptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported. Correct the file and start again.</source>
        <translation>
            <numerusform>Dosyada %n sorun var. Hiçbir şey içe aktarılmadı. Dosyayı düzeltin ve yeniden başlayın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is in order. The import will create {created}, update {updated} and leave {unchanged} unchanged.</source>
        <translation>Her şey yolunda. İçe aktarma {created} yeni kayıt oluşturacak, {updated} kaydı güncelleyecek ve {unchanged} kaydı değiştirmeden bırakacak.</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>Yok sayılan sütunlar: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of ESF projects have entry questions left empty. They are imported as not yet asked and listed as missing until answered.</source>
        <translation>
            <numerusform>ESF projelerine ait %n satırda giriş soruları boş bırakılmış. Bu satırlar “henüz sorulmadı” olarak aktarılır ve yanıtlanana kadar eksik olarak listelenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lotse corrected %n cell(s) in an obvious way; the list below shows how.</source>
        <translation>
            <numerusform>Lotse %n hücreyi açık bir şekilde düzeltti; aşağıdaki liste nasıl düzeltildiğini gösteriyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Düzeltildi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Listeyi kaydet</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV dosyası (*.csv)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Vakayı kapat</translation>
    </message>
    <message>
        <source>Closing &amp;date:</source>
        <translation>&amp;Kapanış tarihi:</translation>
    </message>
    <message>
        <source>Exit from {project}</source>
        <translation>{project} projesinden çıkış</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation>&amp;Vakayı kapat</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Kapanış tarihi</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>{field}
    saved now: {saved}
    yours: {yours}</source>
        <translation>{field}
    şu an kayıtlı: {saved}
    sizinki: {yours}</translation>
    </message>
    <message>
        <source>Changed in the meantime</source>
        <translation>Bu arada değiştirildi</translation>
    </message>
    <message>
        <source>&amp;Save mine</source>
        <translation>&amp;Benimkini kaydet</translation>
    </message>
    <message>
        <source>&amp;Keep the saved version</source>
        <translation>&amp;Kayıtlı sürümü koru</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Forma dön</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Verildiği tarih</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Nasıl</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Geri alındığı tarih</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>iletişim bilgilerinin {partner} kuruluşuna iletilmesi</translation>
    </message>
</context>
<context>
    <name>ConsentsPartnersTab</name>
    <message>
        <source>Consents asked at first contact</source>
        <translation>İlk temasta sorulan rızalar</translation>
    </message>
    <message>
        <source>A consent to pass contact data is asked for each active partner below. The texts of the forms are in the notice templates (see the manual).</source>
        <translation>Aşağıdaki her etkin ortak kuruluş için iletişim bilgilerinin iletilmesine rıza sorulur. Formların metinleri bilgilendirme şablonlarında yer alır (kılavuza bakın).</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Ortak kuruluşlar</translation>
    </message>
    <message>
        <source>No partners yet – add one with “New partner”.</source>
        <translation>Henüz ortak kuruluş yok – “Yeni ortak” ile ekleyin.</translation>
    </message>
    <message>
        <source>New &amp;partner …</source>
        <translation>Yeni &amp;ortak …</translation>
    </message>
    <message>
        <source>Edit p&amp;artner …</source>
        <translation>Ortağı &amp;düzenle …</translation>
    </message>
    <message>
        <source>E&amp;xport contact data …</source>
        <translation>İletişim bilgilerini dışa &amp;aktar …</translation>
    </message>
    <message>
        <source>The people who consented to passing their contact data to this partner</source>
        <translation>İletişim bilgilerinin bu ortak kuruluşa iletilmesine rıza gösteren kişiler</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Veri koruma</translation>
    </message>
    <message>
        <source>Choose a partner in the list.</source>
        <translation>Listeden bir ortak kuruluş seçin.</translation>
    </message>
    <message>
        <source>Contact data for {partner} – not encrypted</source>
        <translation>{partner} için iletişim bilgileri – şifreli değil</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Dışa aktarılıyor …</translation>
    </message>
    <message>
        <source>Written to {path}. Only people whose consent for this partner is recorded and not withdrawn are in it. The file is not encrypted: send it safely and delete it afterwards.</source>
        <translation>{path} dosyasına yazıldı. Dosyada yalnızca bu ortak kuruluş için rızası kaydedilmiş ve geri alınmamış kişiler yer alır. Dosya şifreli değildir: güvenli bir şekilde gönderin ve ardından silin.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>No consent and no information notice recorded yet – choose the kind below and “Record”.</source>
        <translation>Henüz rıza veya bilgilendirme kaydedilmedi – aşağıdan türü seçin ve “Kaydet”e tıklayın.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Rızalar</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>Rıza türü</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>iletişim bilgilerinin {partner} kuruluşuna iletilmesi</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Nasıl verildi</translation>
    </message>
    <message>
        <source>— how given —</source>
        <translation>— nasıl verildi —</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Verildiği tarih</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Withdraw …</source>
        <translation>&amp;Geri al …</translation>
    </message>
    <message>
        <source>Print &amp;notice …</source>
        <translation>&amp;Bilgilendirmeyi yazdır …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>Rıza &amp;formunu yazdır …</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Rızayı geri al</translation>
    </message>
    <message>
        <source>Choose a consent in the list first.</source>
        <translation>Önce listeden bir rıza seçin.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Tercüman &amp;gerekli</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Yönlendirilen yer</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed, next steps</source>
        <translation>Neler konuşuldu, neler kararlaştırıldı, sonraki adımlar</translation>
    </message>
    <message>
        <source>Set a &amp;follow-up on</source>
        <translation>T&amp;akip tarihi</translation>
    </message>
    <message>
        <source>Follow-up subject</source>
        <translation>Takip konusu</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Takip tarihi</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>yapılacak iş</translation>
    </message>
    <message>
        <source>at</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>for</source>
        <translation>süre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Biçim:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>K&amp;onular:</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;Yönlendirilen yer:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proje:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>Anonymous short contact: counts in the counselling statistics, not in ESF. Do not write names into the note.</source>
        <translation>Anonim kısa görüşme: danışmanlık istatistiğinde sayılır, ESF&apos;de sayılmaz. Nota isim yazmayın.</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Return)</source>
        <translation>&amp;Kaydet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Correct consultation – {title}</source>
        <translation>Görüşmeyi düzelt – {title}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>{language} (interpreter)</source>
        <translation>{language} (tercüman)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Follow-up from the consultation on {date}</source>
        <translation>{date} tarihli görüşmeden takip</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Consultations</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Tüm danışmanlar</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tüm konular</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Tüm biçimler</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tüm diller</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>Yalnızca anonim</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>&amp;Anonim kısa görüşme</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>No consultations in this period. Open a case and write one with “New consultation”.</source>
        <translation>Bu dönemde görüşme yok. Bir vaka açın ve “Yeni görüşme” ile kaydedin.</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n görüşme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Consultations</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>New consultation …</source>
        <translation>Yeni görüşme …</translation>
    </message>
    <message>
        <source>Coming appointments</source>
        <translation>Yaklaşan randevular</translation>
    </message>
    <message>
        <source>No appointments planned – book one with “Make appointment”.</source>
        <translation>Planlanmış randevu yok – “Randevu ver” ile ayarlayın.</translation>
    </message>
    <message>
        <source>Make appointment …</source>
        <translation>Randevu ver …</translation>
    </message>
    <message>
        <source>Record appointment as consultation</source>
        <translation>Randevuyu görüşme olarak kaydet</translation>
    </message>
    <message>
        <source>No consultations yet – write the first with “New consultation”.</source>
        <translation>Henüz görüşme yok – ilkini “Yeni görüşme” ile kaydedin.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} dk</translation>
    </message>
    <message>
        <source>{language}, with interpreter</source>
        <translation>{language}, tercümanla</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Konular:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Delete …</source>
        <translation>Sil …</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>Görüşmeyi sil</translation>
    </message>
    <message>
        <source>The consultation and its note are deleted for good. Why is it deleted (e.g. entered in the wrong case)?</source>
        <translation>Görüşme ve notu kalıcı olarak silinecek. Neden siliniyor (ör. yanlış vakaya girildi)?</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Kursu düzenle</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Yeni kurs</translation>
    </message>
    <message>
        <source>e.g. German B1 evening course</source>
        <translation>ör. Almanca B1 akşam kursu</translation>
    </message>
    <message>
        <source>who runs it, e.g. our club or a language school</source>
        <translation>kursu kim veriyor, ör. derneğimiz veya bir dil okulu</translation>
    </message>
    <message>
        <source>— no project —</source>
        <translation>— proje yok —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Düzenleyen:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proje:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>İ&amp;lk gün:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Son gün:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Yer:</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>&amp;Ek bilgiler:</translation>
    </message>
    <message>
        <source>Hours attended in a course of a project count towards the project&apos;s minimum support of the ESF statistics.</source>
        <translation>Bir projenin kursunda katılınan saatler, ESF istatistiğinde projenin asgari destek süresine sayılır.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Düzenleyen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Sonraki oturum</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Kurslar</translation>
    </message>
    <message>
        <source>Language courses, qualifications and trainings: who takes part, attendance per session, lists to sign and certificates.</source>
        <translation>Dil kursları, nitelik kazandırma ve eğitimler: kimlerin katıldığı, her oturumdaki katılım, imza listeleri ve katılım belgeleri.</translation>
    </message>
    <message>
        <source>&amp;New course …</source>
        <translation>&amp;Yeni kurs …</translation>
    </message>
    <message>
        <source>&amp;Edit course …</source>
        <translation>Kursu &amp;düzenle …</translation>
    </message>
    <message>
        <source>&amp;Delete course</source>
        <translation>Kursu &amp;sil</translation>
    </message>
    <message>
        <source>No courses yet – add one with “New course”.</source>
        <translation>Henüz kurs yok – “Yeni kurs” ile ekleyin.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <source>Space: next state · 1 present · 2 excused · 3 absent · Del: clear · F2: choose from the list</source>
        <translation>Boşluk: sonraki durum · 1 katıldı · 2 mazeretli · 3 mazeretsiz · Del: temizle · F2: listeden seç</translation>
    </message>
    <message>
        <source>Double-click a name to open the case</source>
        <translation>Vaka dosyasını açmak için bir ada çift tıklayın</translation>
    </message>
    <message>
        <source>Add &amp;session …</source>
        <translation>Oturum &amp;ekle …</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;Oturumu kaldır</translation>
    </message>
    <message>
        <source>Enrol &amp;participant …</source>
        <translation>&amp;Katılımcı kaydet …</translation>
    </message>
    <message>
        <source>Remove par&amp;ticipant</source>
        <translation>Katılımcıyı ka&amp;ldır</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF) …</source>
        <translation>İm&amp;za listesi (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Certificates (PDF) …</source>
        <translation>&amp;Belgeler (PDF) …</translation>
    </message>
    <message>
        <source>The list to sign for the session of the current column</source>
        <translation>Seçili sütundaki oturum için imzalanacak liste</translation>
    </message>
    <message>
        <source>For the selected participants; issued today</source>
        <translation>Seçili katılımcılar için; bugünün tarihiyle düzenlenir</translation>
    </message>
    <message>
        <source>Choose a course above to see its attendance.</source>
        <translation>Katılımı görmek için yukarıdan bir kurs seçin.</translation>
    </message>
    <message>
        <source>No sessions yet – add them with “Add session”.</source>
        <translation>Henüz oturum yok – “Oturum ekle” ile ekleyin.</translation>
    </message>
    <message>
        <source>Nobody enrolled yet – add people with “Enrol participant”.</source>
        <translation>Henüz kimse kayıtlı değil – “Katılımcı kaydet” ile kişi ekleyin.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) from other advisors&apos; cases are not shown.</source>
        <translation>
            <numerusform>Diğer danışmanların vakalarından %n katılımcı gösterilmiyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Kursu sil</translation>
    </message>
    <message>
        <source>Delete the course {title} with its sessions and its list of participants?</source>
        <translation>{title} kursu, oturumları ve katılımcı listesiyle birlikte silinsin mi?</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Oturumu kaldır</translation>
    </message>
    <message>
        <source>Choose a cell of the session first.</source>
        <translation>Önce oturuma ait bir hücre seçin.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Katılımcıyı kaldır</translation>
    </message>
    <message>
        <source>Remove {name} from the course? Their ticked attendance is removed too.</source>
        <translation>{name} kurstan çıkarılsın mı? İşaretlenmiş katılım bilgileri de silinir.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>İmza listesi</translation>
    </message>
    <message>
        <source>The course has no sessions yet.</source>
        <translation>Kursun henüz oturumu yok.</translation>
    </message>
    <message>
        <source>Save attendance list – the file will not be encrypted</source>
        <translation>İmza listesini kaydet – dosya şifrelenmeyecek</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the attendance list …</source>
        <translation>İmza listesi yazılıyor …</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Katılım belgeleri</translation>
    </message>
    <message>
        <source>Select the participants who receive a certificate first.</source>
        <translation>Önce belge alacak katılımcıları seçin.</translation>
    </message>
    <message>
        <source>Folder for the certificates – the files will not be encrypted</source>
        <translation>Belgeler için klasör – dosyalar şifrelenmeyecek</translation>
    </message>
    <message>
        <source>Writing certificates …</source>
        <translation>Katılım belgeleri yazılıyor …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written (not encrypted).</source>
        <translation>
            <numerusform>%n dosya yazıldı (şifrelenmedi).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Klasörü aç</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Not enrolled in any course. Courses are planned and attendance is ticked in the Courses section.</source>
        <translation>Hiçbir kursa kayıtlı değil. Kurslar Kurslar bölümünde planlanır ve katılım orada işaretlenir.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurslar</translation>
    </message>
    <message>
        <source>Hours attended in all courses: {hours}</source>
        <translation>Tüm kurslarda katılınan saat: {hours}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Lotse – unexpected error</source>
        <translation>Lotse – beklenmeyen hata</translation>
    </message>
    <message>
        <source>Something went wrong that Lotse did not expect. Your saved data is safe. Please copy this report and send it to whoever looks after Lotse for your club. The report is also in the log file:
{log_file}</source>
        <translation>Lotse&apos;nin beklemediği bir hata oluştu. Kaydedilmiş verileriniz güvende. Lütfen bu raporu kopyalayın ve derneğinizde Lotse ile ilgilenen kişiye gönderin. Rapor ayrıca günlük dosyasında da bulunuyor:
{log_file}</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Raporu &amp;kopyala</translation>
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
        <translation>Lotse kilitli.</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Verileriniz nerede duruyor</translation>
    </message>
    <message>
        <source>All of Lotse&apos;s data is in one folder. Back it up regularly; to move to a new computer, copy the whole folder.</source>
        <translation>Lotse&apos;nin tüm verileri tek bir klasörde bulunur. Bu klasörü düzenli olarak yedekleyin; yeni bir bilgisayara geçmek için klasörün tamamını kopyalayın.</translation>
    </message>
    <message>
        <source>On this &amp;computer (recommended)</source>
        <translation>Bu &amp;bilgisayarda (önerilir)</translation>
    </message>
    <message>
        <source>In another &amp;folder or on a USB stick:</source>
        <translation>Başka bir &amp;klasörde veya USB bellekte:</translation>
    </message>
    <message>
        <source>Database on a &amp;server (team)</source>
        <translation>S&amp;unucudaki veritabanı (ekip çalışması)</translation>
    </message>
    <message>
        <source>For an office where several people work at the same time: the data is in a PostgreSQL database that your club or its umbrella organisation runs.</source>
        <translation>Birkaç kişinin aynı anda çalıştığı bir ofis için: veriler, derneğinizin veya bağlı olduğu üst kuruluşun işlettiği bir PostgreSQL veritabanındadır.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Klasör seçin</translation>
    </message>
    <message>
        <source>Other folder</source>
        <translation>Başka klasör</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>The folder is set with --data-dir.</source>
        <translation>Klasör --data-dir ile belirlenmiş.</translation>
    </message>
    <message>
        <source>The folder is set by LOTSE_DATA_DIR.</source>
        <translation>Klasör LOTSE_DATA_DIR ile belirlenmiş.</translation>
    </message>
    <message>
        <source>This is a portable Lotse: the data stays beside the program.</source>
        <translation>Bu taşınabilir bir Lotse: veriler programın yanında kalır.</translation>
    </message>
    <message>
        <source>The database will be created here:
{path}</source>
        <translation>Veritabanı burada oluşturulacak:
{path}</translation>
    </message>
    <message>
        <source>Folder for Lotse&apos;s data</source>
        <translation>Lotse verileri için klasör</translation>
    </message>
    <message>
        <source>Choose the folder for Lotse&apos;s data.</source>
        <translation>Lotse verileri için klasörü seçin.</translation>
    </message>
    <message>
        <source>Existing database</source>
        <translation>Mevcut veritabanı</translation>
    </message>
    <message>
        <source>This folder already holds a Lotse database:
{path}

Use it instead of creating a new one?</source>
        <translation>Bu klasörde zaten bir Lotse veritabanı var:
{path}

Yenisini oluşturmak yerine bu kullanılsın mı?</translation>
    </message>
    <message>
        <source>Choose an empty folder for a new database.</source>
        <translation>Yeni bir veritabanı için boş bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kimin için</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>Allowances from other clubs</source>
        <translation>Diğer derneklerden ödenekler</translation>
    </message>
    <message>
        <source>e.g. 300,00; 0 if none</source>
        <translation>ör. 300,00; yoksa 0</translation>
    </message>
    <message>
        <source>The tax-free cap counts per person across all clubs: what the volunteer received elsewhere reduces what this club may pay tax-free.</source>
        <translation>Vergisiz üst sınır, tüm dernekler genelinde kişi başına geçerlidir: gönüllünün başka yerden aldığı tutar, bu derneğin vergisiz ödeyebileceği tutarı azaltır.</translation>
    </message>
    <message>
        <source>Vol&amp;unteer:</source>
        <translation>&amp;Gönüllü:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Yıl:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Received from &amp;other clubs (€):</source>
        <translation>&amp;Diğer derneklerden alınan (€):</translation>
    </message>
    <message>
        <source>&amp;Declared on:</source>
        <translation>&amp;Beyan tarihi:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Beyan tarihi</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating case files…</source>
        <translation>Vaka dosyaları oluşturuluyor…</translation>
    </message>
    <message>
        <source>Creating consultations…</source>
        <translation>Görüşmeler oluşturuluyor…</translation>
    </message>
    <message>
        <source>Creating volunteers, hours and tandems…</source>
        <translation>Gönüllüler, saatler ve tandemler oluşturuluyor…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>No document kept yet – signed questionnaires and consents, decisions and certificates can be added with “Add document”.</source>
        <translation>Henüz saklanan belge yok – imzalı anketler ve rıza beyanları, kararlar ve belgeler “Belge ekle” ile eklenebilir.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Add &amp;document …</source>
        <translation>&amp;Belge ekle …</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Shows the document in the program this computer uses for it. For that, Lotse writes an unencrypted copy into the data folder and deletes it when Lotse is closed.</source>
        <translation>Belgeyi, bu bilgisayarın bu tür dosyalar için kullandığı programda gösterir. Bunun için Lotse veri klasörüne şifresiz bir kopya yazar ve Lotse kapatıldığında bu kopyayı siler.</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy …</source>
        <translation>K&amp;opyasını kaydet …</translation>
    </message>
    <message>
        <source>Dele&amp;te …</source>
        <translation>&amp;Sil …</translation>
    </message>
    <message>
        <source>Please choose a document in the list.</source>
        <translation>Lütfen listeden bir belge seçin.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy and open it with a program of your choice.</source>
        <translation>Bu bilgisayarda bu tür dosyayı açan bir program yok. Bir kopyasını kaydedin ve istediğiniz bir programla açın.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Belgenin kopyasını kaydet</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted: delete it when it is no longer needed.</source>
        <translation>{path} konumuna kaydedildi. Bu kopya şifreli değildir: artık gerekmediğinde silin.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Belgeyi sil</translation>
    </message>
    <message>
        <source>Why is “{title}” deleted? (kept in the audit trail)</source>
        <translation>“{title}” neden siliniyor? (denetim kaydında tutulur)</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ne yapılacak</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Saklama bitişi</translation>
    </message>
    <message>
        <source>Anonymise case file</source>
        <translation>Vaka dosyasını anonimleştir</translation>
    </message>
    <message>
        <source>Anonymise former volunteer</source>
        <translation>Eski gönüllüyü anonimleştir</translation>
    </message>
    <message>
        <source>Delete police clearance (§ 72a SGB VIII)</source>
        <translation>Adli sicil belgesi bilgilerini sil (§ 72a SGB VIII)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol participant – {course}</source>
        <translation>Katılımcı kaydet – {course}</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>ad veya vaka numarası</translation>
    </message>
    <message>
        <source>Matching case files</source>
        <translation>Eşleşen vaka dosyaları</translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation>&amp;Vaka ara:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Participant: find and choose a case file first.</source>
        <translation>Katılımcı: önce bir vaka dosyası arayın ve seçin.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>required after the 4-week deadline</source>
        <translation>4 haftalık süre dolduktan sonra zorunlu</translation>
    </message>
    <message>
        <source>Enroll in a project</source>
        <translation>Projeye kaydet</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proje:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>&amp;Giriş tarihi:</translation>
    </message>
    <message>
        <source>Entry questionnaire {project}</source>
        <translation>Giriş anketi {project}</translation>
    </message>
    <message>
        <source>Entry on {entry} in {project}; entry data due by {due}.</source>
        <translation>{entry} tarihinde {project} projesine giriş; giriş verilerinin son tarihi {due}.</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>Değişikliğin ge&amp;rekçesi:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Giriş tarihi</translation>
    </message>
</context>
<context>
    <name>EnrollmentModel</name>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>ESF entry data</source>
        <translation>ESF giriş verileri</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Çıkış nedeni</translation>
    </message>
    <message>
        <source>Status after exit</source>
        <translation>Çıkış sonrası durum</translation>
    </message>
    <message>
        <source>6-month follow-up</source>
        <translation>6 ay sonraki izleme</translation>
    </message>
    <message>
        <source>not an ESF project</source>
        <translation>ESF projesi değil</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, overdue since {date}</source>
        <translation>
            <numerusform>%n soru sorulmadı, {date} tarihinden beri gecikmiş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked, due by {date}</source>
        <translation>
            <numerusform>%n soru sorulmadı, son tarih {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded on {date}</source>
        <translation>{date} tarihinde kaydedildi</translation>
    </message>
    <message>
        <source>(exit data overdue)</source>
        <translation>(çıkış verileri gecikmiş)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>e.g. Tigrinya, Dari or ti</source>
        <translation>ör. Tigrinya, Dari veya ti</translation>
    </message>
</context>
<context>
    <name>EntryQuestionnaire</name>
    <message>
        <source>ESF entry questionnaire (situation on the entry date)</source>
        <translation>ESF giriş anketi (giriş tarihindeki durum)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ay</translation>
    </message>
    <message>
        <source>&amp;Employment status:</source>
        <translation>Çalışma &amp;durumu:</translation>
    </message>
    <message>
        <source>Unemployed &amp;for:</source>
        <translation>İşsizlik &amp;süresi:</translation>
    </message>
    <message>
        <source>Highest &amp;education:</source>
        <translation>En yüksek eği&amp;tim düzeyi:</translation>
    </message>
    <message>
        <source>&amp;Disability:</source>
        <translation>&amp;Engellilik:</translation>
    </message>
    <message>
        <source>&amp;Minority:</source>
        <translation>&amp;Azınlık:</translation>
    </message>
    <message>
        <source>Foreign &amp;origin:</source>
        <translation>&amp;Yabancı köken:</translation>
    </message>
    <message>
        <source>&amp;Homeless or excluded from housing:</source>
        <translation>&amp;Evsiz veya konuttan dışlanmış:</translation>
    </message>
    <message>
        <source>&amp;Rural area:</source>
        <translation>&amp;Kırsal bölge:</translation>
    </message>
    <message>
        <source>All questions answered: the entry data count as recorded.</source>
        <translation>Tüm sorular yanıtlandı: giriş verileri kaydedilmiş sayılır.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not yet asked. They stay missing and are listed on the start page and in the ESF report until answered.</source>
        <translation>
            <numerusform>%n soru henüz sorulmadı. Bu sorular yanıtlanana kadar eksik kalır ve başlangıç sayfasında ve ESF raporunda listelenir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Delete case {case}</source>
        <translation>{case} vaka dosyasını sil</translation>
    </message>
    <message>
        <source>The person asked for their data to be erased (Art. 17 GDPR). Choose the ground of the request.</source>
        <translation>Kişi verilerinin silinmesini talep etti (GDPR Md. 17). Talebin gerekçesini seçin.</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <source>I have told the person why their data must be &amp;kept.</source>
        <translation>Kişiye verilerinin neden &amp;saklanması gerektiğini açıkladım.</translation>
    </message>
    <message>
        <source>&amp;Remove what is not needed</source>
        <translation>Gerekmeyenleri ka&amp;ldır</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The server&apos;s own backups still hold the data until they are replaced: tell whoever runs the server. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>Kişiye ait her şey kalıcı olarak silinir: vaka dosyası, görüşmeler ve notlar, projeler, takipler, rızalar, tandemler ve taslaklar; gönüllülerin bu kişiyle geçirdiği saatler bağlantısız olarak kalır. Sunucunun kendi yedekleri, değiştirilene kadar verileri içermeye devam eder: Sunucuyu yöneten kişiye haber verin. Denetim kaydında yalnızca vaka numarasının silindiği, kim tarafından, ne zaman ve hangi gerekçeyle silindiği kalır.</translation>
    </message>
    <message>
        <source>Everything about the person is erased for good: the case file, consultations and notes, projects, follow-ups, consents, tandems and drafts; hours volunteers gave with them stay without the link. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the data until they are replaced. The audit trail keeps only that the case number was erased, by whom, when and on which ground.</source>
        <translation>Kişiye ait her şey kalıcı olarak silinir: vaka dosyası, görüşmeler ve notlar, projeler, takipler, rızalar, tandemler ve taslaklar; gönüllülerin bu kişiyle geçirdiği saatler bağlantısız olarak kalır. Veri klasöründeki yedekler yenisiyle değiştirilir; başka yerlerdeki kopyalar (USB bellekler) değiştirilene kadar verileri içermeye devam eder. Denetim kaydında yalnızca vaka numarasının silindiği, kim tarafından, ne zaman ve hangi gerekçeyle silindiği kalır.</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone.</source>
        <translation>&amp;Bunun geri alınamayacağını anlıyorum.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Kalıcı olarak sil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Removing …</source>
        <translation>Kaldırılıyor …</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>Siliniyor …</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Case number: there is no case {number}.</source>
        <translation>Vaka numarası: {number} numaralı vaka yok.</translation>
    </message>
    <message>
        <source>Folder: {path} is a file; choose a folder.</source>
        <translation>Klasör: {path} bir dosya; bir klasör seçin.</translation>
    </message>
    <message>
        <source>The account {user} was deactivated. Please log in again.</source>
        <translation>{user} hesabı devre dışı bırakıldı. Lütfen yeniden oturum açın.</translation>
    </message>
    <message>
        <source>User {user} (role {role}) may not do this ({permission}).</source>
        <translation>{user} kullanıcısı ({role} rolü) bunu yapamaz ({permission}).</translation>
    </message>
    <message>
        <source>{label}: must be more than 0 euro.</source>
        <translation>{label}: 0 eurodan fazla olmalıdır.</translation>
    </message>
    <message>
        <source>{label}: an allowance pays for work; give the first and last day of the work it compensates.</source>
        <translation>{label}: ödenek, yapılan çalışmanın karşılığıdır; karşılanan çalışmanın ilk ve son gününü girin.</translation>
    </message>
    <message>
        <source>{label}: the last day must not lie before the first.</source>
        <translation>{label}: son gün ilk günden önce olamaz.</translation>
    </message>
    <message>
        <source>This volunteer does not exist (any more).</source>
        <translation>Bu gönüllü (artık) mevcut değil.</translation>
    </message>
    <message>
        <source>User {user} may not record declarations.</source>
        <translation>{user} kullanıcısı beyan kaydedemez.</translation>
    </message>
    <message>
        <source>Kind: expense refunds have no cap and need no declaration.</source>
        <translation>Tür: masraf iadelerinin üst sınırı yoktur ve beyan gerektirmez.</translation>
    </message>
    <message>
        <source>Year: a year from 2000 to 2100 is allowed.</source>
        <translation>Yıl: 2000 ile 2100 arasında bir yıl girilebilir.</translation>
    </message>
    <message>
        <source>{label}: please choose an advisor.</source>
        <translation>{label}: lütfen bir danışman seçin.</translation>
    </message>
    <message>
        <source>{label}: a new appointment must not lie in the past.</source>
        <translation>{label}: yeni bir randevu geçmişte olamaz.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} minutes are allowed.</source>
        <translation>{label}: {low} ile {high} dakika arası girilebilir.</translation>
    </message>
    <message>
        <source>{label}: an appointment with a case file takes no other name.</source>
        <translation>{label}: vaka dosyasına bağlı bir randevuya başka bir ad girilemez.</translation>
    </message>
    <message>
        <source>{label}: please choose an active advisor.</source>
        <translation>{label}: lütfen etkin bir danışman seçin.</translation>
    </message>
    <message>
        <source>Advisor: you may only book appointments for yourself.</source>
        <translation>Danışman: yalnızca kendiniz için randevu verebilirsiniz.</translation>
    </message>
    <message>
        <source>{label}: {advisor} already has an appointment on {date} at {time} ({whom}).</source>
        <translation>{label}: {advisor} kişisinin {date} tarihinde saat {time} için zaten bir randevusu var ({whom}).</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Bu randevu artık mevcut değil.</translation>
    </message>
    <message>
        <source>This appointment belongs to another advisor&apos;s case.</source>
        <translation>Bu randevu başka bir danışmanın vakasına ait.</translation>
    </message>
    <message>
        <source>{label}: this appointment became a consultation; it stays held.</source>
        <translation>{label}: bu randevu bir görüşmeye dönüştürüldü; “gerçekleşti” olarak kalır.</translation>
    </message>
    <message>
        <source>This appointment already became a consultation.</source>
        <translation>Bu randevu zaten bir görüşmeye dönüştürüldü.</translation>
    </message>
    <message>
        <source>To: the end of the period lies before its start.</source>
        <translation>Bitiş: dönemin sonu başlangıcından önce.</translation>
    </message>
    <message>
        <source>Action: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>İşlem: bilinmeyen değer &apos;{value}&apos;. İzin verilenler: {allowed}.</translation>
    </message>
    <message>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation>Kullanıcı adı veya parola yanlış ya da hesap devre dışı.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account. Please wait {seconds} seconds and try again, or ask an administrator to unlock it.</source>
        <translation>Bu hesap için çok fazla yanlış parola girildi. Lütfen {seconds} saniye bekleyip yeniden deneyin veya hesabın kilidini açması için bir yöneticiye başvurun.</translation>
    </message>
    <message>
        <source>Backup file: the folder {folder} does not exist.</source>
        <translation>Yedek dosyası: {folder} klasörü mevcut değil.</translation>
    </message>
    <message>
        <source>The backup could not be verified and was not kept: {reason}</source>
        <translation>Yedek doğrulanamadı ve saklanmadı: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Yedek {path} konumuna yazılamadı: {reason}</translation>
    </message>
    <message>
        <source>The file was not restored and the current database is unchanged: {reason}</source>
        <translation>Dosya geri yüklenmedi ve mevcut veritabanı değişmedi: {reason}</translation>
    </message>
    <message>
        <source>the file is not a Lotse backup</source>
        <translation>dosya bir Lotse yedeği değil</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>dosya hasarlı ({detail})</translation>
    </message>
    <message>
        <source>the backup belongs to another Lotse database, and your password does not open it</source>
        <translation>yedek başka bir Lotse veritabanına ait ve parolanız onu açmıyor</translation>
    </message>
    <message>
        <source>the backup was made by a newer version of Lotse</source>
        <translation>yedek Lotse&apos;nin daha yeni bir sürümüyle oluşturulmuş</translation>
    </message>
    <message>
        <source>the backup failed the integrity check ({detail})</source>
        <translation>yedek bütünlük denetiminden geçemedi ({detail})</translation>
    </message>
    <message>
        <source>a database on a server is restored by the server&apos;s administrator (from its pg_dump backups), not from a Lotse backup file</source>
        <translation>sunucudaki bir veritabanını bir Lotse yedek dosyasından değil, sunucu yöneticisi (sunucunun pg_dump yedeklerinden) geri yükler</translation>
    </message>
    <message>
        <source>Backup file: {path} does not exist.</source>
        <translation>Yedek dosyası: {path} mevcut değil.</translation>
    </message>
    <message>
        <source>Keeping the current database as a backup…</source>
        <translation>Mevcut veritabanı yedek olarak saklanıyor…</translation>
    </message>
    <message>
        <source>Opening the restored database…</source>
        <translation>Geri yüklenen veritabanı açılıyor…</translation>
    </message>
    <message>
        <source>Both case files are enrolled in {projects}. Remove the wrong enrollment first (Projects tab, “Remove enrollment”), then merge.</source>
        <translation>Her iki vaka dosyası da {projects} projesine kayıtlı. Önce yanlış kaydı kaldırın (Projeler sekmesi, “Kaydı kaldır”), ardından birleştirin.</translation>
    </message>
    <message>
        <source>Both case files are enrolled in the course {courses}. Remove the wrong enrollment first (Courses section), then merge.</source>
        <translation>Her iki vaka dosyası da {courses} kursuna kayıtlı. Önce yanlış kaydı kaldırın (Kurslar bölümü), ardından birleştirin.</translation>
    </message>
    <message>
        <source>Choose a different case file to merge with this one.</source>
        <translation>Bununla birleştirmek için farklı bir vaka dosyası seçin.</translation>
    </message>
    <message>
        <source>Only an administrator may remove an enrollment.</source>
        <translation>Bir proje kaydını yalnızca yönetici kaldırabilir.</translation>
    </message>
    <message>
        <source>This project enrollment no longer exists.</source>
        <translation>Bu proje kaydı artık mevcut değil.</translation>
    </message>
    <message>
        <source>{label}: please choose one; &apos;not specified&apos; is possible too.</source>
        <translation>{label}: lütfen birini seçin; “belirtilmedi” de seçilebilir.</translation>
    </message>
    <message>
        <source>{label}: must lie between 1900 and today.</source>
        <translation>{label}: 1900 ile bugün arasında olmalıdır.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use five digits.</source>
        <translation>{label}: &apos;{value}&apos; geçerli değil. Beş haneli bir sayı kullanın.</translation>
    </message>
    <message>
        <source>{label}: only for an address in Germany. For a person living abroad, leave it empty and write the foreign postcode with the town.</source>
        <translation>{label}: yalnızca Almanya&apos;daki bir adres için. Yurt dışında yaşayan biri için boş bırakın ve yabancı posta kodunu şehirle birlikte yazın.</translation>
    </message>
    <message>
        <source>{label}: a year from 1900 to {year} is allowed.</source>
        <translation>{label}: 1900 ile {year} arasında bir yıl girilebilir.</translation>
    </message>
    <message>
        <source>{label}: only for a qualification that was obtained; leave it empty for none or unknown.</source>
        <translation>{label}: yalnızca elde edilmiş bir yeterlilik için; yoksa veya bilinmiyorsa boş bırakın.</translation>
    </message>
    <message>
        <source>Case {id} does not exist (any more).</source>
        <translation>Vaka {id} (artık) mevcut değil.</translation>
    </message>
    <message>
        <source>Case {case} is anonymised: it can no longer be changed.</source>
        <translation>Vaka {case} anonimleştirildi: artık değiştirilemez.</translation>
    </message>
    <message>
        <source>The case file {case}</source>
        <translation>{case} vaka dosyası</translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation>{path} veritabanı dosyası yok.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Lotse database (perhaps a copy or a save was interrupted). Restore the latest backup.</source>
        <translation>{path} dosyası boş: bir Lotse veritabanı değil (belki bir kopyalama veya kaydetme işlemi yarıda kesildi). En son yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database, but not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>{path} dosyası bir SQLite veritabanı, ancak bir Lotse veritabanı değil (Lotse tablolarının hiçbiri yok). Lotse dosyayı değiştirmedi.</translation>
    </message>
    <message>
        <source>The file {path} is a Lotse database from before encryption; the next administrator login encrypts it.</source>
        <translation>{path} dosyası, şifreleme öncesinden kalma bir Lotse veritabanı; bir yöneticinin bir sonraki oturum açışında şifrelenecek.</translation>
    </message>
    <message>
        <source>The file is damaged ({details}). Restore the latest backup; Lotse did not change the file.</source>
        <translation>Dosya hasarlı ({details}). En son yedeği geri yükleyin; Lotse dosyayı değiştirmedi.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist (foreign keys), or the check could not run.</source>
        <translation>
            <numerusform>%n satır mevcut olmayan satırlara başvuruyor (yabancı anahtarlar) veya denetim çalıştırılamadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database ({reason}): it is damaged, belongs to other keys or is no database at all. Lotse did not change it.</source>
        <translation>{path} dosyası Lotse veritabanı olarak okunamıyor ({reason}): hasarlı, başka anahtarlara ait veya hiç veritabanı değil. Lotse dosyayı değiştirmedi.</translation>
    </message>
    <message>
        <source>The database on the server {server} cannot be read ({reason}). Lotse did not change it.</source>
        <translation>{server} sunucusundaki veritabanı okunamıyor ({reason}). Lotse veritabanını değiştirmedi.</translation>
    </message>
    <message>
        <source>The database on the server {server} is not a Lotse database (it has none of Lotse&apos;s tables). Lotse did not change it.</source>
        <translation>{server} sunucusundaki veritabanı bir Lotse veritabanı değil (Lotse tablolarının hiçbiri yok). Lotse veritabanını değiştirmedi.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>Bu kayıt (artık) mevcut değil.</translation>
    </message>
    <message>
        <source>{label}: &apos;;&apos; and &apos;,&apos; are not allowed; they separate several entries in a spreadsheet cell.</source>
        <translation>{label}: &apos;;&apos; ve &apos;,&apos; kullanılamaz; bunlar bir tablo hücresindeki birden fazla girişi ayırır.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; already exists.</source>
        <translation>{label}: &apos;{name}&apos; zaten var.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; exists but is retired; take it back into use.</source>
        <translation>{label}: &apos;{name}&apos; var ancak kullanımdan kaldırılmış; yeniden kullanıma alın.</translation>
    </message>
    <message>
        <source>{label}: this field is required.</source>
        <translation>{label}: bu alan zorunludur.</translation>
    </message>
    <message>
        <source>{label}: &apos;{name}&apos; is already on the list.</source>
        <translation>{label}: &apos;{name}&apos; zaten listede.</translation>
    </message>
    <message>
        <source>Languages keep their standard names; add another one instead.</source>
        <translation>Diller standart adlarını korur; bunun yerine başka bir dil ekleyin.</translation>
    </message>
    <message>
        <source>Consents asked: &apos;{value}&apos; cannot be chosen here (allowed: {allowed}; the consent for a partner is asked for each active partner).</source>
        <translation>Sorulan rızalar: &apos;{value}&apos; burada seçilemez (izin verilenler: {allowed}; ortak kuruluş için rıza, her etkin ortak için ayrıca sorulur).</translation>
    </message>
    <message>
        <source>Partner: &apos;{name}&apos; is already in the list.</source>
        <translation>Ortak kuruluş: &apos;{name}&apos; zaten listede.</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Bu ortak kuruluş artık mevcut değil.</translation>
    </message>
    <message>
        <source>Partner: a consent to pass data to a partner names one partner; other consents name none.</source>
        <translation>Ortak kuruluş: verilerin bir ortağa iletilmesine ilişkin rıza tek bir ortağı belirtir; diğer rızalar hiçbir ortağı belirtmez.</translation>
    </message>
    <message>
        <source>Partner: choose one of the club&apos;s active partners.</source>
        <translation>Ortak kuruluş: derneğin etkin ortaklarından birini seçin.</translation>
    </message>
    <message>
        <source>Consents: each consent can be answered once.</source>
        <translation>Rızalar: her rıza yalnızca bir kez yanıtlanabilir.</translation>
    </message>
    <message>
        <source>Consents: the information notice is no consent.</source>
        <translation>Rızalar: veri koruma bilgilendirmesi bir rıza değildir.</translation>
    </message>
    <message>
        <source>{label}: must not lie in the future.</source>
        <translation>{label}: gelecekte olamaz.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>Bu rıza artık mevcut değil.</translation>
    </message>
    <message>
        <source>The information notice was handed over; it is no consent and cannot be withdrawn.</source>
        <translation>Veri koruma bilgilendirmesi verildi; bu bir rıza değildir ve geri alınamaz.</translation>
    </message>
    <message>
        <source>{label}: this consent was already withdrawn.</source>
        <translation>{label}: bu rıza zaten geri alındı.</translation>
    </message>
    <message>
        <source>{label}: the day the consent was given ({given}) or later.</source>
        <translation>{label}: rızanın verildiği gün ({given}) veya sonrası olmalıdır.</translation>
    </message>
    <message>
        <source>{label}: from 1 to 600 minutes are allowed.</source>
        <translation>{label}: 1 ile 600 dakika arası girilebilir.</translation>
    </message>
    <message>
        <source>{label}: must not be before the consultation.</source>
        <translation>{label}: görüşmeden önce olamaz.</translation>
    </message>
    <message>
        <source>{label}: anonymous contacts cannot have a follow-up.</source>
        <translation>{label}: anonim görüşmeler için takip belirlenemez.</translation>
    </message>
    <message>
        <source>Topics: unknown topic chosen.</source>
        <translation>Konular: bilinmeyen bir konu seçildi.</translation>
    </message>
    <message>
        <source>Referred to: unknown service chosen.</source>
        <translation>Yönlendirilen yer: bilinmeyen bir kurum seçildi.</translation>
    </message>
    <message>
        <source>This consultation does not exist (any more).</source>
        <translation>Bu görüşme (artık) mevcut değil.</translation>
    </message>
    <message>
        <source>Only the advisor who wrote a consultation or an administrator may change or delete it.</source>
        <translation>Bir görüşmeyi yalnızca onu yazan danışman veya bir yönetici değiştirebilir ya da silebilir.</translation>
    </message>
    <message>
        <source>The consultation of {day}</source>
        <translation>{day} tarihli görüşme</translation>
    </message>
    <message>
        <source>Kind: please choose the kind of course from the list.</source>
        <translation>Tür: lütfen listeden kurs türünü seçin.</translation>
    </message>
    <message>
        <source>Last day: {end} lies before the first day {start}.</source>
        <translation>Son gün: {end}, ilk gün olan {start} tarihinden önce.</translation>
    </message>
    <message>
        <source>Date: {date} lies outside the course ({start} – {end}); choose a day within it or change the course&apos;s dates first.</source>
        <translation>Tarih: {date} kurs döneminin ({start} – {end}) dışında; bu dönem içinde bir gün seçin veya önce kursun tarihlerini değiştirin.</translation>
    </message>
    <message>
        <source>Duration: {minutes} minutes is not allowed; a session lasts {low} to {high} minutes.</source>
        <translation>Süre: {minutes} dakika geçerli değil; bir oturum {low} ile {high} dakika arasında sürer.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>Bu kurs artık mevcut değil.</translation>
    </message>
    <message>
        <source>This course session no longer exists.</source>
        <translation>Bu kurs oturumu artık mevcut değil.</translation>
    </message>
    <message>
        <source>This project does not exist.</source>
        <translation>Bu proje mevcut değil.</translation>
    </message>
    <message>
        <source>First day / last day: the sessions on {dates} would lie outside the course; move or remove them first.</source>
        <translation>İlk gün / son gün: {dates} tarihlerindeki oturumlar kurs döneminin dışında kalır; önce bunları taşıyın veya kaldırın.</translation>
    </message>
    <message>
        <source>Course {course}: attendance is recorded in {n} cells; a course with attendance cannot be deleted.</source>
        <translation>Kurs {course}: {n} hücrede katılım kayıtlı; katılım kaydı olan bir kurs silinemez.</translation>
    </message>
    <message>
        <source>Start time: the course already has a session on {date} at {time}.</source>
        <translation>Başlangıç saati: kursun {date} tarihinde saat {time} için zaten bir oturumu var.</translation>
    </message>
    <message>
        <source>Session on {date}: attendance is recorded for {n} people; clear their cells first.</source>
        <translation>{date} tarihli oturum: {n} kişi için katılım kayıtlı; önce bu hücreleri temizleyin.</translation>
    </message>
    <message>
        <source>Participant: {name} ({case}) is already enrolled in {course}.</source>
        <translation>Katılımcı: {name} ({case}) zaten {course} kursuna kayıtlı.</translation>
    </message>
    <message>
        <source>This course participation no longer exists.</source>
        <translation>Bu kurs katılımı artık mevcut değil.</translation>
    </message>
    <message>
        <source>Attendance: the session on {date} has not taken place yet; only “excused” can be recorded in advance.</source>
        <translation>Katılım: {date} tarihli oturum henüz gerçekleşmedi; önceden yalnızca “mazeretli” kaydedilebilir.</translation>
    </message>
    <message>
        <source>Attendance: {name} ({case}) is not enrolled in this course; enrol the person first.</source>
        <translation>Katılım: {name} ({case}) bu kursa kayıtlı değil; önce kişiyi kursa kaydedin.</translation>
    </message>
    <message>
        <source>Certificate: {name} ({case}) has attended no session of {course} yet (only sessions ticked “present” count).</source>
        <translation>Katılım belgesi: {name} ({case}) henüz {course} kursunun hiçbir oturumuna katılmadı (yalnızca “katıldı” olarak işaretlenen oturumlar sayılır).</translation>
    </message>
    <message>
        <source>Another process is writing to the database right now (an import, a backup or another Lotse). Lotse waited 10 seconds; nothing was changed. Please try again in a moment.</source>
        <translation>Şu anda başka bir işlem veritabanına yazıyor (içe aktarma, yedekleme veya başka bir Lotse). Lotse 10 saniye bekledi; hiçbir şey değiştirilmedi. Lütfen birazdan tekrar deneyin.</translation>
    </message>
    <message numerus="yes">
        <source>%n ESF entry questionnaire(s) had been saved untouched with answers the old form pre-selected. They were reset to &apos;not yet asked&apos; and are now listed as missing on the start page and in the ESF report.</source>
        <translation>
            <numerusform>%n ESF giriş anketi, eski formun önceden seçtiği yanıtlarla hiç dokunulmadan kaydedilmişti. Bunlar “henüz sorulmadı” olarak sıfırlandı ve artık başlangıç sayfasında ve ESF raporunda eksik olarak listeleniyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) had a reference occupation or recognition status. Each now has a first recognition procedure (tab Recognition) with what was recorded; dates were never asked and are empty.</source>
        <translation>
            <numerusform>%n vaka dosyasında referans meslek veya denklik durumu vardı. Her birinde artık kaydedilen bilgilerle bir ilk denklik süreci (Denklik sekmesi) bulunuyor; tarihler hiç sorulmadığı için boş.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {path} is not a Lotse database (it has no Lotse tables, or it is empty). Lotse did not change it. Choose another data folder or restore a backup.</source>
        <translation>{path} dosyası bir Lotse veritabanı değil (Lotse tabloları yok veya dosya boş). Lotse dosyayı değiştirmedi. Başka bir veri klasörü seçin veya bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged, so no password can open the database. Restore it from a backup, or restore a whole backup (Lotse backups carry their keys).</source>
        <translation>{path} anahtar dosyası hasarlı, bu yüzden hiçbir parola veritabanını açamaz. Dosyayı bir yedekten geri yükleyin veya bütün bir yedeği geri yükleyin (Lotse yedekleri anahtarlarını da içerir).</translation>
    </message>
    <message>
        <source>The key file {path} is missing, so no password can open the database. Put the file lotse.keys back beside lotse.sqlite3, or restore a backup.</source>
        <translation>{path} anahtar dosyası eksik, bu yüzden hiçbir parola veritabanını açamaz. lotse.keys dosyasını lotse.sqlite3 dosyasının yanına geri koyun veya bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>There is no Lotse database in {path} yet. Run &apos;lotse init&apos; first.</source>
        <translation>{path} konumunda henüz bir Lotse veritabanı yok. Önce &apos;lotse init&apos; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key: the file is damaged or belongs to other keys ({reason}).</source>
        <translation>{path} veritabanı bu anahtarla açılamıyor: dosya hasarlı veya başka anahtarlara ait ({reason}).</translation>
    </message>
    <message>
        <source>There is no Lotse database on the server yet ({server}). Set it up first: lotse init --server &apos;{server}&apos; --org NAME --admin USER</source>
        <translation>Sunucuda ({server}) henüz bir Lotse veritabanı yok. Önce veritabanını kurun: lotse init --server &apos;{server}&apos; --org NAME --admin USER</translation>
    </message>
    <message>
        <source>This database already holds case files, consultations or volunteers that were not made by the demo. Demo data is meant for an empty database: use a new data folder (--data-dir), or add --force to mix fake people with these.</source>
        <translation>Bu veritabanında demo tarafından oluşturulmamış vaka dosyaları, görüşmeler veya gönüllüler zaten var. Demo veriler boş bir veritabanı içindir: yeni bir veri klasörü kullanın (--data-dir) veya uydurma kişileri bunlarla karıştırmak için --force ekleyin.</translation>
    </message>
    <message>
        <source>Participants: a whole number from 1 to {n} is allowed.</source>
        <translation>Katılımcılar: 1 ile {n} arasında bir tam sayı girilebilir.</translation>
    </message>
    <message>
        <source>This tandem no longer exists.</source>
        <translation>Bu tandem artık mevcut değil.</translation>
    </message>
    <message>
        <source>Kind: choose what the document is.</source>
        <translation>Tür: belgenin ne olduğunu seçin.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: lütfen bir tarih girin.</translation>
    </message>
    <message>
        <source>File: {path} cannot be read.</source>
        <translation>Dosya: {path} okunamıyor.</translation>
    </message>
    <message>
        <source>File: {name} has {size} MB; a document may have 1 byte to {max} MB.</source>
        <translation>Dosya: {name} {size} MB; bir belge 1 bayt ile {max} MB arasında olabilir.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Bu belge artık mevcut değil.</translation>
    </message>
    <message>
        <source>The enrollment in {project}</source>
        <translation>{project} projesine kayıt</translation>
    </message>
    <message>
        <source>{label}: only allowed for unemployed people.</source>
        <translation>{label}: yalnızca işsiz kişiler için geçerlidir.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 0 to 600 is allowed.</source>
        <translation>{label}: 0 ile 600 arasında bir tam sayı girilebilir.</translation>
    </message>
    <message>
        <source>The ESF questionnaires are only asked in ESF projects; {project} is not one.</source>
        <translation>ESF anketleri yalnızca ESF projelerinde sorulur; {project} bir ESF projesi değil.</translation>
    </message>
    <message>
        <source>Project: please choose one.</source>
        <translation>Proje: lütfen bir proje seçin.</translation>
    </message>
    <message>
        <source>Project: case {case} is already enrolled in {project}.</source>
        <translation>Proje: vaka {case} zaten {project} projesine kayıtlı.</translation>
    </message>
    <message>
        <source>{label}: must lie within the project period.</source>
        <translation>{label}: proje süresi içinde olmalıdır.</translation>
    </message>
    <message>
        <source>{label}: entry answers describe the entry date; changing them more than four weeks after entry needs a reason.</source>
        <translation>{label}: giriş yanıtları giriş tarihindeki durumu anlatır; girişten dört haftadan fazla sonra değiştirilmeleri için gerekçe gerekir.</translation>
    </message>
    <message>
        <source>{label}: please choose one of the project&apos;s reasons.</source>
        <translation>{label}: lütfen projenin nedenlerinden birini seçin.</translation>
    </message>
    <message>
        <source>{label}: must not be before the entry date {entry}.</source>
        <translation>{label}: {entry} giriş tarihinden önce olamaz.</translation>
    </message>
    <message>
        <source>6-month answers: record the exit first.</source>
        <translation>6 ay yanıtları: önce çıkışı kaydedin.</translation>
    </message>
    <message>
        <source>{label}: only asked of people who were employed or self-employed at entry.</source>
        <translation>{label}: yalnızca girişte çalışan veya serbest çalışan kişilere sorulur.</translation>
    </message>
    <message>
        <source>Case {case} is not closed.</source>
        <translation>Vaka {case} kapatılmadı.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Lotse (schema {revision}). Please install the newer Lotse; the file was left unchanged.</source>
        <translation>{path} veritabanı Lotse&apos;nin daha yeni bir sürümüyle yazılmış (şema {revision}). Lütfen daha yeni Lotse&apos;yi kurun; dosya değiştirilmedi.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written: {reason}</source>
        <translation>{path} veri klasörüne yazılamıyor: {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a Lotse database: {reason}</source>
        <translation>{path} dosyası Lotse veritabanı olarak okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed (a copy is in {backup}): {reason}</source>
        <translation>{path} veritabanının güncellenmesi başarısız oldu ve hiçbir şey değiştirilmedi (bir kopyası {backup} konumunda): {reason}</translation>
    </message>
    <message>
        <source>Updating the database {path} failed and nothing was changed: {reason}</source>
        <translation>{path} veritabanının güncellenmesi başarısız oldu ve hiçbir şey değiştirilmedi: {reason}</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: Lotse could not write and left the data as it was. Please tell whoever runs the server.</source>
        <translation>Veritabanı sunucusunun diski dolu: Lotse yazamadı ve verileri olduğu gibi bıraktı. Lütfen sunucuyu işleten kişiye bildirin.</translation>
    </message>
    <message>
        <source>The database server refused this: the account Lotse uses there lacks the permission, or the server only reads. Nothing was changed. Please tell whoever runs the server.</source>
        <translation>Veritabanı sunucusu bu işlemi reddetti: Lotse&apos;nin orada kullandığı hesabın yetkisi yok veya sunucu yalnızca okumaya izin veriyor. Hiçbir şey değiştirilmedi. Lütfen sunucuyu işleten kişiye bildirin.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment, so nothing was saved. Please try again.</source>
        <translation>Başka biri aynı verileri aynı anda değiştirdi, bu yüzden hiçbir şey kaydedilmedi. Lütfen yeniden deneyin.</translation>
    </message>
    <message>
        <source>A volunteer&apos;s hours on one day may add up to at most 10 hours; hours saved meanwhile already fill this day. Nothing was changed.</source>
        <translation>Bir gönüllünün bir gündeki saatleri toplamda en fazla 10 saat olabilir; bu arada kaydedilen saatler bu günü zaten dolduruyor. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The disk is full: Lotse could not write and left the data as it was. Free some space (or choose another folder) and try again.</source>
        <translation>Disk dolu: Lotse yazamadı ve verileri olduğu gibi bıraktı. Biraz yer açın (veya başka bir klasör seçin) ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>Lotse may not write here{where}: the file or its folder is read-only (a write-protected stick, missing permission). Nothing was changed.</source>
        <translation>Lotse buraya yazamıyor{where}: dosya veya klasörü salt okunur (yazmaya karşı korumalı bir bellek, eksik izin). Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>{label}: counts must not be negative.</source>
        <translation>{label}: sayılar negatif olamaz.</translation>
    </message>
    <message>
        <source>{label}: women, men and diverse add up to {sum}, more than the {total} attendees in total.</source>
        <translation>{label}: kadın, erkek ve diğer toplamı {sum}; bu, toplam {total} katılımcıdan fazla.</translation>
    </message>
    <message>
        <source>Kind: choose what kind of event it was.</source>
        <translation>Tür: etkinliğin türünü seçin.</translation>
    </message>
    <message>
        <source>Topics: choose topics from the club&apos;s list.</source>
        <translation>Konular: derneğin listesinden konu seçin.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Bu takip artık mevcut değil.</translation>
    </message>
    <message>
        <source>This Lotse version encrypts the database once before it is used again. Please ask an administrator to log in first.</source>
        <translation>Lotse&apos;nin bu sürümü, veritabanı yeniden kullanılmadan önce onu bir kez şifreler. Lütfen önce bir yöneticinin oturum açmasını sağlayın.</translation>
    </message>
    <message>
        <source>Encrypting the database failed and nothing was changed: {reason}</source>
        <translation>Veritabanının şifrelenmesi başarısız oldu ve hiçbir şey değiştirilmedi: {reason}</translation>
    </message>
    <message>
        <source>Goals: choose at least one goal or describe one.</source>
        <translation>Hedefler: en az bir hedef seçin veya bir hedef yazın.</translation>
    </message>
    <message>
        <source>Meetings: choose how often the tandem meets.</source>
        <translation>Buluşmalar: tandemin ne sıklıkla buluştuğunu seçin.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has no valid police clearance on {date}; a tandem needs one.</source>
        <translation>Gönüllü: {name} kişisinin {date} tarihinde geçerli bir adli sicil belgesi yok; tandem için bu belge gereklidir.</translation>
    </message>
    <message>
        <source>Volunteer: {name} has not taken part in the club&apos;s training by {date}; the club requires it before a tandem (Settings → General).</source>
        <translation>Gönüllü: {name}, {date} tarihine kadar derneğin eğitimine katılmadı; dernek bunu tandemden önce şart koşuyor (Ayarlar → Genel).</translation>
    </message>
    <message>
        <source>{label}: an ended tandem needs the day it ended.</source>
        <translation>{label}: sona ermiş bir tandem için bitiş günü gereklidir.</translation>
    </message>
    <message>
        <source>{label}: must not lie before the start ({start}).</source>
        <translation>{label}: başlangıçtan ({start}) önce olamaz.</translation>
    </message>
    <message>
        <source>The template {file} cannot be read: {problem}</source>
        <translation>{file} şablonu okunamıyor: {problem}</translation>
    </message>
    <message>
        <source>The template {file} does not use the placeholders of the German one: missing {missing}; unknown {unknown}.</source>
        <translation>{file} şablonu Almanca şablonun yer tutucularını kullanmıyor: eksik {missing}; bilinmeyen {unknown}.</translation>
    </message>
    <message>
        <source>The organisation has not been set up.</source>
        <translation>Kuruluş henüz ayarlanmadı.</translation>
    </message>
    <message>
        <source>Logo: the file is not a picture Lotse can read.</source>
        <translation>Logo: dosya, Lotse&apos;nin okuyabileceği bir resim değil.</translation>
    </message>
    <message>
        <source>Logo: at most {size} MB are allowed.</source>
        <translation>Logo: en fazla {size} MB olabilir.</translation>
    </message>
    <message>
        <source>Password: at least {n} characters are required.</source>
        <translation>Parola: en az {n} karakter gereklidir.</translation>
    </message>
    <message>
        <source>Password: too easy to guess (common passwords, names, words of the club, keyboard rows and dates are tried first). Use a longer one, for example three or four unrelated words.</source>
        <translation>Parola: tahmin edilmesi çok kolay (önce yaygın parolalar, adlar, derneğe ait sözcükler, klavye sıraları ve tarihler denenir). Daha uzun bir parola kullanın, örneğin birbiriyle ilgisi olmayan üç veya dört sözcük.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} years are allowed.</source>
        <translation>{label}: {low} ile {high} yıl arası girilebilir.</translation>
    </message>
    <message>
        <source>Reason for the erasure: choose one of the grounds of Art. 17 (1).</source>
        <translation>Silme gerekçesi: Md. 17 (1) kapsamındaki gerekçelerden birini seçin.</translation>
    </message>
    <message>
        <source>The person&apos;s data must be kept: ESF projects have to keep their documents for years after the project ends (Art. 82 Regulation (EU) 2021/1060), which Art. 17 (3) (b) GDPR allows.</source>
        <translation>Kişinin verileri saklanmalıdır: ESF projeleri belgelerini proje bittikten sonra da yıllarca saklamak zorundadır (Md. 82 Tüzük (AB) 2021/1060); GDPR Md. 17 (3) (b) buna izin verir.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Hiçbir şey silinmedi.</translation>
    </message>
    <message>
        <source>{code}: kept until some years after the project ends.</source>
        <translation>{code}: proje bittikten birkaç yıl sonrasına kadar saklanır.</translation>
    </message>
    <message>
        <source>{code}: kept until {date}.</source>
        <translation>{code}: {date} tarihine kadar saklanır.</translation>
    </message>
    <message>
        <source>Instead, what the project does not need can be removed now: notes, remarks, follow-ups, contact data and spoken languages.</source>
        <translation>Bunun yerine projenin ihtiyaç duymadığı bilgiler şimdi kaldırılabilir: notlar, ek bilgiler, takipler, iletişim bilgileri ve konuşulan diller.</translation>
    </message>
    <message>
        <source>{label}: a whole number from {low} to {high} is allowed.</source>
        <translation>{label}: {low} ile {high} arasında bir tam sayı girilebilir.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use up to 20 letters, digits, dot, hyphen or underscore.</source>
        <translation>{label}: &apos;{value}&apos; geçerli değil. En fazla 20 harf, rakam, nokta, tire veya alt çizgi kullanın.</translation>
    </message>
    <message>
        <source>{label}: must not be before the start date.</source>
        <translation>{label}: başlangıç tarihinden önce olamaz.</translation>
    </message>
    <message>
        <source>{label}: a whole number from 1 to 30 is allowed.</source>
        <translation>{label}: 1 ile 30 arasında bir tam sayı girilebilir.</translation>
    </message>
    <message>
        <source>{label}: a project with the code {code} already exists.</source>
        <translation>{label}: {code} kodlu bir proje zaten var.</translation>
    </message>
    <message>
        <source>This project does not exist (any more).</source>
        <translation>Bu proje (artık) mevcut değil.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; already exists in this project.</source>
        <translation>{label}: &apos;{value}&apos; bu projede zaten var.</translation>
    </message>
    <message>
        <source>This exit reason does not exist (any more).</source>
        <translation>Bu çıkış nedeni (artık) mevcut değil.</translation>
    </message>
    <message>
        <source>Project {project} does not support organisations; switch the setting on in the project first.</source>
        <translation>{project} projesi kuruluşları desteklemiyor; önce projede bu ayarı açın.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a KldB 2010 code (5 digits, the last 1-4).</source>
        <translation>{label}: &apos;{value}&apos; bir KldB 2010 kodu değil (5 hane, sonuncusu 1-4).</translation>
    </message>
    <message>
        <source>{label}: must not be before the application date.</source>
        <translation>{label}: başvuru tarihinden önce olamaz.</translation>
    </message>
    <message>
        <source>{label}: please choose the decision&apos;s result.</source>
        <translation>{label}: lütfen kararın sonucunu seçin.</translation>
    </message>
    <message>
        <source>{label}: please choose its kind, or leave the adaptation fields empty.</source>
        <translation>{label}: lütfen türünü seçin veya uyum tedbiri alanlarını boş bırakın.</translation>
    </message>
    <message>
        <source>{label}: must not be before its start.</source>
        <translation>{label}: başlangıcından önce olamaz.</translation>
    </message>
    <message>
        <source>This recognition procedure no longer exists.</source>
        <translation>Bu denklik süreci artık mevcut değil.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use a number from 0.5 to {max}.</source>
        <translation>{label}: &apos;{value}&apos; geçerli değil. 0,5 ile {max} arasında bir sayı kullanın.</translation>
    </message>
    <message>
        <source>{label}: please choose one (employment subject to social insurance, marginal, self-employed, apprenticeship or internship).</source>
        <translation>{label}: lütfen birini seçin (sosyal sigortalı, mini iş, serbest çalışma, mesleki eğitim veya staj).</translation>
    </message>
    <message>
        <source>{label}: only a participation of this person that ended in employment or self-employment can be linked.</source>
        <translation>{label}: yalnızca bu kişinin işe girme veya serbest çalışmayla sonuçlanan bir proje katılımı bağlanabilir.</translation>
    </message>
    <message>
        <source>This placement no longer exists.</source>
        <translation>Bu işe yerleştirme artık mevcut değil.</translation>
    </message>
    <message>
        <source>A database on a server has no recovery key. An administrator sets a new password in Lotse (Settings, Users, or &apos;lotse user passwd NAME&apos;). If no administrator can log in any more, the person who runs the server has to help: the accounts are in the table &quot;user&quot; of the server&apos;s database.</source>
        <translation>Sunucudaki bir veritabanının kurtarma anahtarı yoktur. Yeni parolayı bir yönetici Lotse&apos;de belirler (Ayarlar, Kullanıcı hesapları veya &apos;lotse user passwd NAME&apos;). Artık hiçbir yönetici oturum açamıyorsa sunucuyu işleten kişinin yardım etmesi gerekir: hesaplar sunucu veritabanındaki &quot;user&quot; tablosundadır.</translation>
    </message>
    <message>
        <source>Recovery key: 32 letters and digits are expected (eight groups of four, as on the printed Notfallschlüssel).</source>
        <translation>Kurtarma anahtarı: 32 harf ve rakam bekleniyor (basılı kurtarma anahtarındaki (Notfallschlüssel) gibi dörtlü sekiz grup).</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Bu kurtarma anahtarı bu veritabanını açmıyor.</translation>
    </message>
    <message>
        <source>User name: {name} is no administrator account; the recovery key sets an administrator&apos;s password.</source>
        <translation>Kullanıcı adı: {name} bir yönetici hesabı değil; kurtarma anahtarı bir yöneticinin parolasını belirler.</translation>
    </message>
    <message>
        <source>This is no recovery key.</source>
        <translation>Bu bir kurtarma anahtarı değil.</translation>
    </message>
    <message>
        <source>Report: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>Rapor: &apos;{value}&apos; mevcut değil; izin verilenler: {allowed}.</translation>
    </message>
    <message>
        <source>Project: this report is made for one project.</source>
        <translation>Proje: bu rapor tek bir proje için hazırlanır.</translation>
    </message>
    <message>
        <source>Project: there is no project with the code {code}.</source>
        <translation>Proje: {code} kodlu bir proje yok.</translation>
    </message>
    <message>
        <source>Project: {code} does not report to ESF Plus.</source>
        <translation>Proje: {code} ESF Plus&apos;a rapor vermiyor.</translation>
    </message>
    <message>
        <source>Format: &apos;{value}&apos; is not available; allowed: {allowed}.</source>
        <translation>Biçim: &apos;{value}&apos; mevcut değil; izin verilenler: {allowed}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. These fields differ between the saved version and yours: {fields}.</source>
        <translation>{what}, siz açtıktan sonra başka biri tarafından değiştirildi ve hiçbir şey kaydedilmedi. Kayıtlı sürüm ile sizinki arasında şu alanlar farklı: {fields}.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it, and nothing was saved. The fields of this form are the same in both versions.</source>
        <translation>{what}, siz açtıktan sonra başka biri tarafından değiştirildi ve hiçbir şey kaydedilmedi. Bu formun alanları her iki sürümde de aynı.</translation>
    </message>
    <message>
        <source>Case {case}: only the responsible advisor may open it.</source>
        <translation>Vaka {case}: yalnızca sorumlu danışman açabilir.</translation>
    </message>
    <message>
        <source>{label}: from {low} to {high} {unit} are allowed.</source>
        <translation>{label}: {low} ile {high} {unit} arası girilebilir.</translation>
    </message>
    <message>
        <source>A Lotse database already exists in {path}; nothing was changed. Use another data folder (--data-dir) for a new organisation.</source>
        <translation>{path} konumunda zaten bir Lotse veritabanı var; hiçbir şey değiştirilmedi. Yeni bir kuruluş için başka bir veri klasörü (--data-dir) kullanın.</translation>
    </message>
    <message>
        <source>The database {database} on {host} already holds a Lotse organisation; nothing was changed. Log in to it, or ask the server&apos;s administrator for another database for a new organisation.</source>
        <translation>{host} üzerindeki {database} veritabanında zaten bir Lotse kuruluşu var; hiçbir şey değiştirilmedi. Bu kuruluşta oturum açın veya yeni bir kuruluş için sunucu yöneticisinden başka bir veritabanı isteyin.</translation>
    </message>
    <message>
        <source>Month: &apos;{value}&apos; is not allowed; use YYYY-MM such as 2026-03.</source>
        <translation>Ay: &apos;{value}&apos; geçerli değil; 2026-03 gibi YYYY-AA biçimini kullanın.</translation>
    </message>
    <message>
        <source>There is no volunteer with the number {number}.</source>
        <translation>{number} numaralı gönüllü yok.</translation>
    </message>
    <message>
        <source>{label}: the name {name} is already taken.</source>
        <translation>{label}: {name} adı zaten kullanılıyor.</translation>
    </message>
    <message>
        <source>This user account does not exist (any more).</source>
        <translation>Bu kullanıcı hesabı (artık) mevcut değil.</translation>
    </message>
    <message>
        <source>{user} is the last active administrator; make someone else an administrator first.</source>
        <translation>{user} son etkin yönetici; önce başka birini yönetici yapın.</translation>
    </message>
    <message>
        <source>New password: please choose a password you did not use now.</source>
        <translation>Yeni parola: lütfen şu anki parolanızdan farklı bir parola seçin.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mevcut parola yanlış.</translation>
    </message>
    <message>
        <source>Language: please choose one of {choices}.</source>
        <translation>Dil: lütfen şunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <source>Volunteer record: only a login with the role volunteer is linked.</source>
        <translation>Gönüllü kaydı: yalnızca gönüllü rolündeki bir kullanıcı hesabı bağlanabilir.</translation>
    </message>
    <message>
        <source>Volunteer record: {number} already has another login.</source>
        <translation>Gönüllü kaydı: {number} için zaten başka bir kullanıcı hesabı var.</translation>
    </message>
    <message>
        <source>{label}: at most {n} characters are allowed.</source>
        <translation>{label}: en fazla {n} karakter girilebilir.</translation>
    </message>
    <message>
        <source>{label}: character {position} is an invisible control character; please remove it (letters, digits, punctuation and line breaks are allowed).</source>
        <translation>{label}: {position}. karakter görünmez bir kontrol karakteri; lütfen silin (harf, rakam, noktalama işareti ve satır sonu kullanılabilir).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{label}: &apos;{value}&apos; bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>Did you mean {names}?</source>
        <translation>Şunu mu demek istediniz: {names}?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> veya </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country; use its name or a code such as SY.</source>
        <translation>&apos;{value}&apos; bir ülke değil; adını veya SY gibi bir kodu kullanın.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language; use its name or a code such as ar.</source>
        <translation>&apos;{value}&apos; bir dil değil; adını veya ar gibi bir kodu kullanın.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Use 2 to 32 letters a-z, digits, dot, hyphen or underscore, starting with a letter or digit.</source>
        <translation>{label}: &apos;{value}&apos; geçerli değil. Harf veya rakamla başlayan, 2 ile 32 karakterden oluşan; a-z harfleri, rakam, nokta, tire veya alt çizgi kullanın.</translation>
    </message>
    <message>
        <source>{label}: unknown value &apos;{value}&apos;. Allowed: {allowed}.</source>
        <translation>{label}: bilinmeyen değer &apos;{value}&apos;. İzin verilenler: {allowed}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY or YYYY-MM-DD.</source>
        <translation>{label}: &apos;{value}&apos; bir tarih değil. GG.AA.YYYY veya YYYY-AA-GG biçimini kullanın.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euro between 0 and {maximum}, e.g. 15 or 15,50.</source>
        <translation>{label}: &apos;{value}&apos;, 0 ile {maximum} arasında bir euro tutarı değil, ör. 15 veya 15,50.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not allowed. Enter 0,25 to 10 hours in quarter hours (e.g. 1,5 or 2,25).</source>
        <translation>{label}: &apos;{value}&apos; geçerli değil. Çeyrek saatlik adımlarla 0,25 ile 10 saat arası girin (ör. 1,5 veya 2,25).</translation>
    </message>
    <message>
        <source>You may enter hours only for yourself.</source>
        <translation>Yalnızca kendiniz için saat girebilirsiniz.</translation>
    </message>
    <message>
        <source>{label}: hours for a participant need a tandem of the volunteer with them.</source>
        <translation>{label}: bir katılımcı için girilen saatler, gönüllünün bu katılımcıyla bir tandemi olmasını gerektirir.</translation>
    </message>
    <message>
        <source>{label}: with these {hours} hours the day would have {total} hours; at most 10 hours a day count.</source>
        <translation>{label}: bu {hours} saatle gün {total} saat olur; günde en fazla 10 saat sayılır.</translation>
    </message>
    <message>
        <source>{label}: must not lie after the day the certificate was seen.</source>
        <translation>{label}: belgenin görüldüğü günden sonra olamaz.</translation>
    </message>
    <message>
        <source>{label}: needed when the certificate&apos;s details are recorded.</source>
        <translation>{label}: belgenin bilgileri kaydedildiğinde gereklidir.</translation>
    </message>
    <message>
        <source>{label}: needed when the status is &apos;left&apos; (the police clearance is deleted three months after that day).</source>
        <translation>{label}: durum “ayrıldı” olduğunda gereklidir (adli sicil belgesi bilgileri bu günden üç ay sonra silinir).</translation>
    </message>
    <message>
        <source>{label}: only for a volunteer whose status is &apos;left&apos;.</source>
        <translation>{label}: yalnızca durumu “ayrıldı” olan bir gönüllü için.</translation>
    </message>
    <message>
        <source>{label}: must not lie before the day they joined.</source>
        <translation>{label}: katıldığı günden önce olamaz.</translation>
    </message>
    <message>
        <source>The volunteer {number}</source>
        <translation>{number} numaralı gönüllü</translation>
    </message>
    <message>
        <source>Copying {table}: {rows} rows…</source>
        <translation>{table} kopyalanıyor: {rows} satır…</translation>
    </message>
    <message>
        <source>The database to copy is at schema version {source}, the one to copy into at {target}; both must be at the same version. Nothing was copied.</source>
        <translation>Kopyalanacak veritabanı {source} şema sürümünde, hedef veritabanı ise {target} sürümünde; ikisinin de aynı sürümde olması gerekir. Hiçbir şey kopyalanmadı.</translation>
    </message>
    <message>
        <source>The server database is not empty ({cases} case files, {users} users, {rows} rows in all). Nothing was copied; import into a new, empty database.</source>
        <translation>Sunucu veritabanı boş değil ({cases} vaka dosyası, {users} kullanıcı, toplam {rows} satır). Hiçbir şey kopyalanmadı; yeni ve boş bir veritabanına aktarın.</translation>
    </message>
    <message>
        <source>The target database refused a row of the table {table} ({reason}). Nothing was copied.</source>
        <translation>Hedef veritabanı {table} tablosunun bir satırını reddetti ({reason}). Hiçbir şey kopyalanmadı.</translation>
    </message>
    <message>
        <source>The server did not let Lotse switch off the triggers of the table {table} for the copy ({reason}). Import with the database account that owns Lotse&apos;s tables. Nothing was copied.</source>
        <translation>Sunucu, kopyalama için Lotse&apos;nin {table} tablosunun tetikleyicilerini kapatmasına izin vermedi ({reason}). Lotse tablolarının sahibi olan veritabanı hesabıyla içe aktarın. Hiçbir şey kopyalanmadı.</translation>
    </message>
    <message>
        <source>The copy differs from the original in: {tables}. Nothing was kept.</source>
        <translation>Kopya şu tablolarda orijinalden farklı: {tables}. Hiçbir şey tutulmadı.</translation>
    </message>
    <message>
        <source>The server database has tables but no Lotse schema version; Lotse writes only into a database it created. Use a new, empty database.</source>
        <translation>Sunucu veritabanında tablolar var ama Lotse şema sürümü yok; Lotse yalnızca kendi oluşturduğu bir veritabanına yazar. Yeni ve boş bir veritabanı kullanın.</translation>
    </message>
    <message>
        <source>Only an administrator may move the club&apos;s data to a server.</source>
        <translation>Derneğin verilerini bir sunucuya yalnızca yönetici taşıyabilir.</translation>
    </message>
    <message>
        <source>Server address: please leave the password out of the address. It would be kept in the shell history and the settings file; Lotse asks for it and keeps it in this computer&apos;s credential store.</source>
        <translation>Sunucu adresi: lütfen parolayı adrese yazmayın. Aksi hâlde kabuk (shell) geçmişinde ve ayar dosyasında kalır; Lotse parolayı sizden ister ve bu bilgisayarın kimlik bilgisi deposunda saklar.</translation>
    </message>
    <message>
        <source>Server address: &apos;{text}&apos; is not a PostgreSQL address. Expected is postgresql://user@host:port/database, for example postgresql://lotse@server.verein.de:5432/lotse.</source>
        <translation>Sunucu adresi: &apos;{text}&apos; bir PostgreSQL adresi değil. Beklenen biçim postgresql://user@host:port/database, örneğin postgresql://lotse@server.verein.de:5432/lotse.</translation>
    </message>
    <message>
        <source>Server: the host name or IP address is missing.</source>
        <translation>Sunucu: ana bilgisayar adı veya IP adresi eksik.</translation>
    </message>
    <message>
        <source>Port: &apos;{port}&apos; is no port number; a number from 1 to 65535 is expected.</source>
        <translation>Port: &apos;{port}&apos; bir port numarası değil; 1 ile 65535 arasında bir sayı bekleniyor.</translation>
    </message>
    <message>
        <source>Database: the name of the database is missing.</source>
        <translation>Veritabanı: veritabanının adı eksik.</translation>
    </message>
    <message>
        <source>User: the server&apos;s user name (the database role) is missing.</source>
        <translation>Hesap: sunucudaki kullanıcı adı (veritabanı rolü) eksik.</translation>
    </message>
    <message>
        <source>Server address: sslmode={mode} is not supported; use require (the default), verify-ca, verify-full or, only on a trusted network, disable.</source>
        <translation>Sunucu adresi: sslmode={mode} desteklenmiyor; require (varsayılan), verify-ca, verify-full veya yalnızca güvenilir bir ağda disable kullanın.</translation>
    </message>
    <message>
        <source>Server address: the parameter &apos;{name}&apos; is not supported; only sslmode, host and port may follow the &apos;?&apos;.</source>
        <translation>Sunucu adresi: &apos;{name}&apos; parametresi desteklenmiyor; &apos;?&apos; işaretinden sonra yalnızca sslmode, host ve port gelebilir.</translation>
    </message>
    <message>
        <source>No password for the server {server}: store it once with lotse server password --server &apos;{server}&apos; (kept in this computer&apos;s credential store), or set LOTSE_SERVER_PASSWORD.</source>
        <translation>{server} sunucusu için parola yok: parolayı bir kez lotse server password --server &apos;{server}&apos; komutuyla kaydedin (bu bilgisayarın kimlik bilgisi deposunda saklanır) veya LOTSE_SERVER_PASSWORD değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password was not stored. Set LOTSE_SERVER_PASSWORD for the command line instead.</source>
        <translation>Bu bilgisayarda Lotse&apos;nin kullanabileceği bir kimlik bilgisi deposu yok, bu yüzden sunucu parolası kaydedilmedi. Bunun yerine komut satırı için LOTSE_SERVER_PASSWORD değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>The server {host} refused the password of the user {user}. Store the right one with &apos;lotse server password&apos; (or in the login dialog); the server&apos;s administrator can tell you which.</source>
        <translation>{host} sunucusu {user} kullanıcısının parolasını reddetti. Doğru parolayı &apos;lotse server password&apos; ile (veya oturum açma penceresinde) kaydedin; hangisi olduğunu sunucu yöneticisi söyleyebilir.</translation>
    </message>
    <message>
        <source>No encrypted connection to the server {host} could be made ({reason}). Lotse sends the club&apos;s data only encrypted: ask the server&apos;s administrator to enable TLS, or to give you the server&apos;s certificate.</source>
        <translation>{host} sunucusuyla şifreli bağlantı kurulamadı ({reason}). Lotse derneğin verilerini yalnızca şifreli gönderir: sunucu yöneticisinden TLS&apos;yi etkinleştirmesini veya size sunucunun sertifikasını vermesini isteyin.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached (port {port}): {reason}. Check the address and this computer&apos;s network connection, or ask whoever looks after the server whether it is running.</source>
        <translation>{host} sunucusuna ulaşılamıyor (port {port}): {reason}. Adresi ve bu bilgisayarın ağ bağlantısını kontrol edin veya sunucuyla ilgilenen kişiye sunucunun çalışıp çalışmadığını sorun.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection: {reason}</source>
        <translation>{host} sunucusu bağlantıyı reddetti: {reason}</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached. Nothing was saved; what you entered stays in the form (a consultation note is kept as a draft). Please check the network connection and try again.</source>
        <translation>{host} sunucusuna ulaşılamıyor. Hiçbir şey kaydedilmedi; girdikleriniz formda kalıyor (görüşme notu taslak olarak saklanır). Lütfen ağ bağlantısını kontrol edin ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The database {database} on {host} holds tables that are not Lotse&apos;s. Lotse did not change it; ask the server&apos;s administrator for an empty database for Lotse.</source>
        <translation>{host} üzerindeki {database} veritabanında Lotse&apos;ye ait olmayan tablolar var. Lotse veritabanını değiştirmedi; sunucu yöneticisinden Lotse için boş bir veritabanı isteyin.</translation>
    </message>
    <message>
        <source>The database {database} on {host} was set up by a newer version of Lotse (schema {revision}). Please install the newer Lotse on this computer; nothing was changed.</source>
        <translation>{host} üzerindeki {database} veritabanı Lotse&apos;nin daha yeni bir sürümüyle kurulmuş (şema {revision}). Lütfen bu bilgisayara daha yeni Lotse&apos;yi kurun; hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Yeni etkinlik</translation>
    </message>
    <message>
        <source>e.g. Information evening on vocational training</source>
        <translation>ör. Mesleki eğitim hakkında bilgilendirme akşamı</translation>
    </message>
    <message>
        <source>counted by gender</source>
        <translation>cinsiyete göre sayıldı</translation>
    </message>
    <message>
        <source>women</source>
        <translation>kadın</translation>
    </message>
    <message>
        <source>men</source>
        <translation>erkek</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>diğer</translation>
    </message>
    <message>
        <source>e.g. a community association, the Jobcenter</source>
        <translation>ör. bir topluluk derneği, Jobcenter</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sayılmadı</translation>
    </message>
    <message>
        <source>People who did not come but were reached through the event, e.g. through the community&apos;s messenger groups or flyers passed on</source>
        <translation>Etkinliğe gelmemiş ancak etkinlik aracılığıyla ulaşılan kişiler, ör. topluluğun mesajlaşma grupları veya elden ele dağıtılan broşürler aracılığıyla</translation>
    </message>
    <message>
        <source>e.g. Arabisch; Deutsch</source>
        <translation>ör. Arabisch; Deutsch</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Add &amp;helper</source>
        <translation>&amp;Yardımcı ekle</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tari&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proje:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Ye&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>K&amp;atılımcılar:</translation>
    </message>
    <message>
        <source>Further people r&amp;eached:</source>
        <translation>&amp;Ulaşılan diğer kişiler:</translation>
    </message>
    <message>
        <source>Partner &amp;organisation:</source>
        <translation>&amp;Ortak kuruluş:</translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation>&amp;Diller:</translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation>Ko&amp;nular:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Ek bilgiler:</translation>
    </message>
    <message>
        <source>Volunteers who helped:</source>
        <translation>Yardım eden gönüllüler:</translation>
    </message>
    <message>
        <source>hours, e.g. 2,5</source>
        <translation>saat, ör. 2,5</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Ortak kuruluş</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Cinsiyete göre</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Yardımcılar</translation>
    </message>
    <message>
        <source>Helper hours</source>
        <translation>Yardımcı saatleri</translation>
    </message>
    <message>
        <source>{female} w / {male} m / {diverse} d</source>
        <translation>{female} K / {male} E / {diverse} D</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Year </source>
        <translation>Yıl </translation>
    </message>
    <message>
        <source>New &amp;event …</source>
        <translation>Yeni &amp;etkinlik …</translation>
    </message>
    <message>
        <source>No events yet – record one with “New event”.</source>
        <translation>Henüz etkinlik yok – “Yeni etkinlik” ile kaydedin.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
</context>
<context>
    <name>ExitAnswersBox</name>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>Çıkış &amp;tarihi:</translation>
    </message>
    <message>
        <source>Exit &amp;reason:</source>
        <translation>Çıkış &amp;nedeni:</translation>
    </message>
    <message>
        <source>S&amp;tatus within 4 weeks after exit:</source>
        <translation>Çıkıştan sonraki 4 hafta içindeki &amp;durum:</translation>
    </message>
    <message>
        <source>&amp;Qualification gained:</source>
        <translation>K&amp;azanılan yeterlilik:</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Çıkış tarihi</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Exit from {project}</source>
        <translation>{project} projesinden çıkış</translation>
    </message>
</context>
<context>
    <name>ExitReasonDialog</name>
    <message>
        <source>Exit reason</source>
        <translation>Çıkış nedeni</translation>
    </message>
    <message>
        <source>counts as success in the outcome report</source>
        <translation>sonuç raporunda başarı olarak sayılır</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Counts as:</source>
        <translation>&amp;Sayıldığı grup:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Tamam</translation>
    </message>
</context>
<context>
    <name>ExitReasonsBox</name>
    <message>
        <source>Exit reasons (saved as you edit them)</source>
        <translation>Çıkış nedenleri (düzenlerken kaydedilir)</translation>
    </message>
    <message>
        <source>No exit reasons yet – add one with “Add reason”.</source>
        <translation>Henüz çıkış nedeni yok – “Neden ekle” ile ekleyin.</translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation>Çıkış nedenleri</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>Neden &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Edit reason</source>
        <translation>&amp;Nedeni düzenle</translation>
    </message>
    <message>
        <source>Re&amp;tire / reactivate</source>
        <translation>K&amp;ullanımdan kaldır / yeniden etkinleştir</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>kullanımda</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>kullanımdan kaldırıldı</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Sayıldığı grup</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Başarı</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Work compensated</source>
        <translation>Karşılanan çalışma</translation>
    </message>
    <message>
        <source>Received from other clubs</source>
        <translation>Diğer derneklerden alınan</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Reason for merging</source>
        <translation>Birleştirme gerekçesi</translation>
    </message>
    <message>
        <source>Reason for removing</source>
        <translation>Kaldırma gerekçesi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Cadde/sokak</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>İkamet ülkesi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Uyruklar</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Doğum ülkesi</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Oturum durumu</translation>
    </message>
    <message>
        <source>Year of arrival</source>
        <translation>Geliş yılı</translation>
    </message>
    <message>
        <source>School qualification</source>
        <translation>Okul diploması</translation>
    </message>
    <message>
        <source>Country of school qualification</source>
        <translation>Okul diplomasının alındığı ülke</translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation>Mesleki yeterlilik</translation>
    </message>
    <message>
        <source>Country of vocational qualification</source>
        <translation>Mesleki yeterliliğin alındığı ülke</translation>
    </message>
    <message>
        <source>Reference occupation</source>
        <translation>Referans meslek</translation>
    </message>
    <message>
        <source>Regulated profession</source>
        <translation>Düzenlenmiş meslek</translation>
    </message>
    <message>
        <source>Recognition status</source>
        <translation>Denklik durumu</translation>
    </message>
    <message>
        <source>German level</source>
        <translation>Almanca seviyesi</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Yönlendiren</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ek bilgiler</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Referral target</source>
        <translation>Yönlendirme yeri</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Ortak kuruluş</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Geri alındığı tarih</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Yönlendirilen yer</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Takip tarihi</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Silme gerekçesi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Düzenleyen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Başlangıç saati</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Belgenin tarihi</translation>
    </message>
    <message>
        <source>Employment status at entry</source>
        <translation>Girişteki çalışma durumu</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>İşsiz geçen ay sayısı</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>En yüksek eğitim düzeyi</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Engellilik</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Azınlık</translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation>Yabancı köken</translation>
    </message>
    <message>
        <source>Homeless or excluded from housing</source>
        <translation>Evsiz veya konuttan dışlanmış</translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation>Kırsal bölge</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Çıkış tarihi</translation>
    </message>
    <message>
        <source>Status within 4 weeks after exit</source>
        <translation>Çıkıştan sonraki 4 hafta içindeki durum</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Kazanılan yeterlilik</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Çıkış nedeni</translation>
    </message>
    <message>
        <source>Employed after 6 months</source>
        <translation>6 ay sonra çalışıyor</translation>
    </message>
    <message>
        <source>Situation improved</source>
        <translation>Durum iyileşti</translation>
    </message>
    <message>
        <source>Unemployed for months</source>
        <translation>İşsizlik süresi (ay)</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Giriş tarihi</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Değişikliğin gerekçesi</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Kapanış tarihi</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Yeniden açma gerekçesi</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Ortak kuruluş</translation>
    </message>
    <message>
        <source>Further people reached</source>
        <translation>Ulaşılan diğer kişiler</translation>
    </message>
    <message>
        <source>Further goals</source>
        <translation>Diğer hedefler</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Bitiş nedeni</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Kuruluşun adı</translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation>Veri koruma irtibat kişisi</translation>
    </message>
    <message>
        <source>Cases without a project, after the last contact</source>
        <translation>Projesi olmayan vakalar, son temastan sonra</translation>
    </message>
    <message>
        <source>Former volunteers, after leaving</source>
        <translation>Eski gönüllüler, ayrıldıktan sonra</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Proje kodu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Retention years</source>
        <translation>Saklama süresi (yıl)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Proje adı</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Destek programı</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Saatlik ücret</translation>
    </message>
    <message>
        <source>Minimum support</source>
        <translation>Asgari destek</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Fon sağlayıcı</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Destek tarihi</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>Yetkili kurum</translation>
    </message>
    <message>
        <source>Country of the qualification</source>
        <translation>Yeterliliğin alındığı ülke</translation>
    </message>
    <message>
        <source>KldB code</source>
        <translation>KldB kodu</translation>
    </message>
    <message>
        <source>Year of the qualification</source>
        <translation>Yeterliliğin alındığı yıl</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Başvuru tarihi</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Uyum tedbiri</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>Uyum tedbiri bitişi</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Haftalık saat</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>İşveren</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>Meslek alanı</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Sözleşme türü</translation>
    </message>
    <message>
        <source>Linked exit</source>
        <translation>Bağlı çıkış</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Kilitleme süresi</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>Backup reminder after</source>
        <translation>Yedek hatırlatma süresi</translation>
    </message>
    <message>
        <source>days</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Görünen ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Menti</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Beceriler</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Uygunluk</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>Adli sicil belgesinin görüldüğü tarih</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Belgenin düzenlenme tarihi</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>Eğitim tarihi</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ayrılış tarihi</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Katılış tarihi</translation>
    </message>
    <message>
        <source>Relevant entry</source>
        <translation>İlgili kayıt</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Sözleşmenin imzalandığı tarih</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <source>Information and consent – {case}</source>
        <translation>Bilgilendirme ve rıza – {case}</translation>
    </message>
    <message>
        <source>Hand over the data protection information and ask for the consents the club uses. Record only what the person said: a consent that was not asked stays “not answered”.</source>
        <translation>Veri koruma bilgilendirmesini verin ve derneğin kullandığı rızaları sorun. Yalnızca kişinin söylediklerini kaydedin: sorulmayan bir rıza “yanıtlanmadı” olarak kalır.</translation>
    </message>
    <message>
        <source>Print &amp;information notice …</source>
        <translation>Bilgilendirmeyi &amp;yazdır …</translation>
    </message>
    <message>
        <source>Print consent &amp;form …</source>
        <translation>Rıza &amp;formunu yazdır …</translation>
    </message>
    <message>
        <source>Information notice (Art. 13 GDPR)</source>
        <translation>Veri koruma bilgilendirmesi (GDPR Md. 13)</translation>
    </message>
    <message>
        <source>Handed over &amp;today</source>
        <translation>&amp;Bugün verildi</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Daha sonra</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Rızalar</translation>
    </message>
    <message>
        <source>pass contact data to {partner}</source>
        <translation>iletişim bilgilerinin {partner} kuruluşuna iletilmesi</translation>
    </message>
    <message>
        <source>The club asks for no consents.</source>
        <translation>Dernek hiçbir rıza sormuyor.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— yanıtlanmadı —</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Lotse – first start</source>
        <translation>Lotse – ilk başlatma</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;leri &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Veritabanı oluştur</translation>
    </message>
    <message>
        <source>&amp;Start Lotse</source>
        <translation>Lotse&apos;yi &amp;başlat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Yeni takip</translation>
    </message>
    <message>
        <source>what to do, e.g. ask about the decision</source>
        <translation>yapılacak iş, ör. karar hakkında bilgi almak</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Son tarih:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>K&amp;onu:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Son tarih</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>No follow-ups yet – add one with “New follow-up”.</source>
        <translation>Henüz takip yok – “Yeni takip” ile ekleyin.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Takipler</translation>
    </message>
    <message>
        <source>&amp;New follow-up</source>
        <translation>&amp;Yeni takip</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>&amp;Tamamlandı olarak işaretle</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>Save the information notice – not encrypted</source>
        <translation>Veri koruma bilgilendirmesini kaydet – şifrelenmez</translation>
    </message>
    <message>
        <source>Save the consent form – not encrypted</source>
        <translation>Rıza formunu kaydet – şifrelenmez</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>PDF yazılıyor …</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>GG.AA.YYYY</translation>
    </message>
    <message>
        <source>Choose from calendar</source>
        <translation>Takvimden seç</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date. Use DD.MM.YYYY, e.g. 31.12.2027.</source>
        <translation>{label}: &apos;{value}&apos; bir tarih değil. GG.AA.YYYY biçimini kullanın, ör. 31.12.2027.</translation>
    </message>
    <message>
        <source>{label}: please enter a date.</source>
        <translation>{label}: lütfen bir tarih girin.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Lütfen işaretli %n alanı düzeltin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Değişiklikler atılsın mı?</translation>
    </message>
    <message>
        <source>You have entered something that is not saved yet. Discard it?</source>
        <translation>Henüz kaydedilmemiş bir şey girdiniz. Atılsın mı?</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Working with Lotse</source>
        <translation>Lotse ile çalışma</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Veri klasörü:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Günlük dosyası:</translation>
    </message>
    <message>
        <source>Advisors see only the cases they are &amp;responsible for</source>
        <translation>Danışmanlar yalnızca &amp;sorumlu oldukları vakaları görür</translation>
    </message>
    <message>
        <source>Case access:</source>
        <translation>Vaka erişimi:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> yıl</translation>
    </message>
    <message>
        <source>Police clearance valid for (&amp;years):</source>
        <translation>Adli sicil belgesinin &amp;geçerlilik süresi (yıl):</translation>
    </message>
    <message>
        <source>A mentor needs the club&apos;s &amp;training before a tandem</source>
        <translation>Mentorun tandemden önce derneğin &amp;eğitimini alması gerekir</translation>
    </message>
    <message>
        <source>Tandems:</source>
        <translation>Tandemler:</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> dakika işlem yapılmazsa</translation>
    </message>
    <message>
        <source>Then Lotse covers its windows and asks for the password again; nothing typed is lost.</source>
        <translation>Bu durumda Lotse pencerelerini gizler ve parolayı yeniden sorar; yazılanlar kaybolmaz.</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Kilitleme süresi:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>The start page reminds administrators when no backup was saved outside the data folder (a USB stick, a network drive) for this long.</source>
        <translation>Bu süre boyunca veri klasörünün dışına (USB bellek, ağ sürücüsü) hiçbir yedek kaydedilmemişse, başlangıç sayfası yöneticilere hatırlatır.</translation>
    </message>
    <message>
        <source>&amp;Backup reminder after:</source>
        <translation>&amp;Yedek hatırlatma süresi:</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>Bu ayarları yalnızca yöneticiler değiştirebilir.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Geri (Alt+Sol)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>İleri (Alt+Sağ)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>İçindekiler</translation>
    </message>
    <message>
        <source>Table of contents (Alt+Home)</source>
        <translation>İçindekiler (Alt+Home)</translation>
    </message>
    <message>
        <source>Find in this page (Ctrl+F)</source>
        <translation>Bu sayfada ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Bu sayfada ara</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Gezinme</translation>
    </message>
    <message>
        <source>Lotse user manual</source>
        <translation>Lotse kullanım kılavuzu</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Bulunamadı</translation>
    </message>
</context>
<context>
    <name>HourlyRatesTab</name>
    <message>
        <source>Hours are valued with the value of their year. A year without its own value uses the flat value on the first tab, and without that the statutory minimum wage of that year.</source>
        <translation>Saatler, ait oldukları yılın değeriyle hesaplanır. Kendi değeri olmayan bir yıl için ilk sekmedeki sabit değer, o da yoksa o yılın yasal asgari ücreti kullanılır.</translation>
    </message>
    <message>
        <source>No values of their own yet – enter a year and a value below and click “Set value”.</source>
        <translation>Henüz kendi değer yok – aşağıya bir yıl ve değer girip “Değeri belirle”ye tıklayın.</translation>
    </message>
    <message>
        <source>Value of a volunteer hour per year</source>
        <translation>Yıllara göre bir gönüllü saatinin değeri</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>e.g. 13,90</source>
        <translation>ör. 13,90</translation>
    </message>
    <message>
        <source>Value in euro</source>
        <translation>Euro cinsinden değer</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>D&amp;eğeri belirle</translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation>De&amp;ğeri kaldır</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Yıl:</translation>
    </message>
    <message>
        <source>Value (€):</source>
        <translation>Değer (€):</translation>
    </message>
    <message>
        <source>Value (€)</source>
        <translation>Değer (€)</translation>
    </message>
    <message>
        <source>Minimum wage (€)</source>
        <translation>Asgari ücret (€)</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Enter volunteer hours</source>
        <translation>Gönüllü saatlerini gir</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>ör. 1,5</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Gönüllü:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Saat:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Faaliyet:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proje:</translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation>&amp;Menti:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— yok —</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>{path} dosyasına yazılamıyor: {reason}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; allowed are DD.MM.YYYY, YYYY-MM-DD or an Excel date</source>
        <translation>&apos;{value}&apos; bir tarih değil; GG.AA.YYYY, YYYY-AA-GG veya bir Excel tarihi kullanılabilir</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed; allowed: {allowed}</source>
        <translation>&apos;{value}&apos; geçerli değil; izin verilenler: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of hours such as 1,5 or 1:30</source>
        <translation>&apos;{value}&apos;, 1,5 veya 1:30 gibi bir saat sayısı değil</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; bir sayı değil</translation>
    </message>
    <message>
        <source>{value} read as {postcode}: the leading zero was added</source>
        <translation>{value}, {postcode} olarak okundu: baştaki sıfır eklendi</translation>
    </message>
    <message>
        <source>{count} characters; at most {n} are allowed</source>
        <translation>{count} karakter; en fazla {n} karakter girilebilir</translation>
    </message>
    <message>
        <source>character {position} is an invisible control character; remove it</source>
        <translation>{position}. karakter görünmez bir kontrol karakteri; silin</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; bir tam sayı değil</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value}, {low} ile {high} aralığının dışında</translation>
    </message>
    <message>
        <source>{value} hours: allowed are 0,25 to 10 in quarter hours</source>
        <translation>{value} saat: çeyrek saatlik adımlarla 0,25 ile 10 arası girilebilir</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a postcode; five digits are required</source>
        <translation>&apos;{value}&apos; bir posta kodu değil; beş haneli olmalıdır</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a case number such as 2026-0042</source>
        <translation>&apos;{value}&apos;, 2026-0042 gibi bir vaka numarası değil</translation>
    </message>
    <message>
        <source>a year from 1900 to {year} is allowed</source>
        <translation>1900 ile {year} arasında bir yıl girilebilir</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>“{value}” bir e-posta adresi değil</translation>
    </message>
    <message>
        <source>only for a qualification that was obtained; leave it empty for none or unknown</source>
        <translation>yalnızca elde edilmiş bir yeterlilik için; yoksa veya bilinmiyorsa boş bırakın</translation>
    </message>
    <message>
        <source>only for a closed case (Fallstatus “{closed}”)</source>
        <translation>yalnızca kapatılmış bir vaka için (Fallstatus “{closed}”)</translation>
    </message>
    <message>
        <source>must not lie in the future</source>
        <translation>gelecekte olamaz</translation>
    </message>
    <message>
        <source>your role may not enter this column; leave it empty</source>
        <translation>rolünüz bu sütuna veri giremez; boş bırakın</translation>
    </message>
    <message>
        <source>only for an address in Germany; the person lives abroad (Wohnsitz im Ausland), leave it empty</source>
        <translation>yalnızca Almanya&apos;daki bir adres için; kişi yurt dışında yaşıyor (Wohnsitz im Ausland), boş bırakın</translation>
    </message>
    <message>
        <source>user “{name}” does not exist in Lotse</source>
        <translation>“{name}” kullanıcısı Lotse&apos;de yok</translation>
    </message>
    <message>
        <source>only an administrator may make another user responsible for a case; leave the column empty or give your own user name</source>
        <translation>bir vakanın sorumluluğunu başka bir kullanıcıya yalnızca yönetici verebilir; sütunu boş bırakın veya kendi kullanıcı adınızı yazın</translation>
    </message>
    <message>
        <source>case number {number} does not exist</source>
        <translation>{number} vaka numarası yok</translation>
    </message>
    <message>
        <source>your role may not enter this sheet; remove it from the file</source>
        <translation>rolünüz bu sayfaya veri giremez; sayfayı dosyadan kaldırın</translation>
    </message>
    <message>
        <source>no partner of this name; add it under Settings → Data protection</source>
        <translation>bu adda bir ortak kuruluş yok; Ayarlar → Veri koruma altında ekleyin</translation>
    </message>
    <message>
        <source>a consent to pass data to a partner names the partner; other consents leave this column empty</source>
        <translation>verilerin bir ortağa iletilmesine ilişkin rıza ortağın adını belirtir; diğer rızalarda bu sütun boş kalır</translation>
    </message>
    <message>
        <source>must not be before the date it was given</source>
        <translation>verildiği tarihten önce olamaz</translation>
    </message>
    <message>
        <source>only an administrator may enter consultations in another user’s name; leave the column empty or give your own user name</source>
        <translation>başka bir kullanıcı adına görüşme girişini yalnızca yönetici yapabilir; sütunu boş bırakın veya kendi kullanıcı adınızı yazın</translation>
    </message>
    <message>
        <source>topic “{name}” is not in the catalogue</source>
        <translation>“{name}” konusu katalogda yok</translation>
    </message>
    <message>
        <source>this consultation was written by another advisor; only they or an administrator may change it</source>
        <translation>bu görüşmeyi başka bir danışman yazdı; yalnızca o danışman veya bir yönetici değiştirebilir</translation>
    </message>
    <message>
        <source>“{name}” matches several volunteers; use the number</source>
        <translation>“{name}” birden fazla gönüllüyle eşleşiyor; numarayı kullanın</translation>
    </message>
    <message>
        <source>no volunteer with number or name “{name}”</source>
        <translation>“{name}” numaralı veya adlı gönüllü yok</translation>
    </message>
    <message>
        <source>case {number} is no mentee of this volunteer; hours for a participant need a tandem of the two</source>
        <translation>vaka {number} bu gönüllünün mentisi değil; bir katılımcı için girilen saatler ikisinin bir tandemi olmasını gerektirir</translation>
    </message>
    <message>
        <source>with this row the volunteer would have {hours} hours on {date}; at most 10 hours a day are allowed</source>
        <translation>bu satırla gönüllünün {date} tarihinde {hours} saati olur; günde en fazla 10 saat girilebilir</translation>
    </message>
    <message>
        <source>only asked in ESF projects; {project} is not one, leave the cell empty</source>
        <translation>yalnızca ESF projelerinde sorulur; {project} bir ESF projesi değil, hücreyi boş bırakın</translation>
    </message>
    <message>
        <source>must not be before the entry date</source>
        <translation>giriş tarihinden önce olamaz</translation>
    </message>
    <message>
        <source>only allowed with “arbeitslos”</source>
        <translation>yalnızca “arbeitslos” (işsiz) ile birlikte geçerli</translation>
    </message>
    <message>
        <source>project “{code}” does not exist in Lotse</source>
        <translation>“{code}” projesi Lotse&apos;de yok</translation>
    </message>
    <message>
        <source>the same person and project are already in row {row}</source>
        <translation>aynı kişi ve proje zaten {row}. satırda var</translation>
    </message>
    <message>
        <source>case {number} belongs to another advisor; only they or an administrator may change it</source>
        <translation>vaka {number} başka bir danışmana ait; yalnızca o danışman veya bir yönetici değiştirebilir</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>satır {row}, sütun {column}: {message}</translation>
    </message>
    <message>
        <source>required column is missing; the header row needs “{header}”</source>
        <translation>zorunlu sütun eksik; başlık satırında “{header}” olmalıdır</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>bu sütun zorunludur</translation>
    </message>
    <message>
        <source>Unknown kind {kind}; allowed: {allowed}.</source>
        <translation>Bilinmeyen tür {kind}; izin verilenler: {allowed}.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>{name} dosyası okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>it has {size} MB; at most {limit} MB can be imported</source>
        <translation>dosya {size} MB; en fazla {limit} MB içe aktarılabilir</translation>
    </message>
    <message>
        <source>it would unpack to {size} MB (at most {limit} MB, packed at most {ratio} times, are allowed); it is not a normal spreadsheet and was not opened</source>
        <translation>dosya açıldığında {size} MB olacaktı (en fazla {limit} MB ve en fazla {ratio} kat sıkıştırma kabul edilir); normal bir tablo değil ve açılmadı</translation>
    </message>
    <message>
        <source>only Excel (.xlsx, .xls), LibreOffice (.ods) and .csv files can be imported</source>
        <translation>yalnızca Excel (.xlsx, .xls), LibreOffice (.ods) ve .csv dosyaları içe aktarılabilir</translation>
    </message>
    <message>
        <source>more than 200,000 rows</source>
        <translation>200.000&apos;den fazla satır</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (ANSI). Check that umlauts and names look right in the preview.</source>
        <translation>Dosya UTF-8 değil; Windows-1252 (ANSI) olarak okundu. Önizlemede özel karakterlerin ve adların doğru göründüğünü kontrol edin.</translation>
    </message>
    <message>
        <source>line {line} contains a byte that is not valid in the file&apos;s encoding; save the file again as UTF-8 (“CSV UTF-8” in Excel) and import it again</source>
        <translation>{line}. satır, dosyanın kodlamasında geçerli olmayan bir bayt içeriyor; dosyayı UTF-8 olarak yeniden kaydedin (Excel&apos;de “CSV UTF-8”) ve tekrar içe aktarın</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Tablo içe aktar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;leri &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Your role may not import spreadsheets.</source>
        <translation>Rolünüz tablo içe aktaramaz.</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Kontrol ediliyor …</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>İçe aktarılıyor …</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Lotse is already open</source>
        <translation>Lotse zaten açık</translation>
    </message>
    <message>
        <source>Lotse is already open with the data folder
{path}
(in another window, perhaps by another user of this computer). Please use that window: two Lotse windows on the same data would overwrite each other&apos;s work.</source>
        <translation>Lotse şu veri klasörüyle zaten açık:
{path}
(başka bir pencerede, belki bu bilgisayarın başka bir kullanıcısı tarafından). Lütfen o pencereyi kullanın: aynı veriler üzerinde açık iki Lotse penceresi birbirinin çalışmasının üzerine yazar.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>— please choose —</source>
        <translation>— lütfen seçin —</translation>
    </message>
</context>
<context>
    <name>Labels.Activity</name>
    <message>
        <source>mentoring</source>
        <translation>mentorluk</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>refakat</translation>
    </message>
    <message>
        <source>language support</source>
        <translation>dil desteği</translation>
    </message>
    <message>
        <source>interpreting</source>
        <translation>tercümanlık</translation>
    </message>
    <message>
        <source>event</source>
        <translation>etkinlik</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>idari işler</translation>
    </message>
    <message>
        <source>other activity</source>
        <translation>diğer faaliyet</translation>
    </message>
</context>
<context>
    <name>Labels.AdaptationKind</name>
    <message>
        <source>adaptation course</source>
        <translation>uyum kursu</translation>
    </message>
    <message>
        <source>aptitude test</source>
        <translation>yeterlilik sınavı</translation>
    </message>
    <message>
        <source>knowledge test</source>
        <translation>bilgi sınavı</translation>
    </message>
    <message>
        <source>adaptation qualification</source>
        <translation>uyum tedbiri</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer</translation>
    </message>
</context>
<context>
    <name>Labels.AllowanceKind</name>
    <message>
        <source>Trainer allowance (§ 3 No. 26 EStG)</source>
        <translation>Eğitmen götürü ödeneği (§ 3 Nr. 26 EStG)</translation>
    </message>
    <message>
        <source>Volunteer allowance (§ 3 No. 26a EStG)</source>
        <translation>Gönüllülük götürü ödeneği (§ 3 Nr. 26a EStG)</translation>
    </message>
    <message>
        <source>Expense refund</source>
        <translation>Masraf iadesi</translation>
    </message>
</context>
<context>
    <name>Labels.Answer</name>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>belirtilmedi</translation>
    </message>
</context>
<context>
    <name>Labels.AppointmentStatus</name>
    <message>
        <source>planned</source>
        <translation>planlandı</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gerçekleşti</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>not attended</source>
        <translation>gelmedi</translation>
    </message>
</context>
<context>
    <name>Labels.AttendanceState</name>
    <message>
        <source>present</source>
        <translation>katıldı</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>mazeretli</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>mazeretsiz</translation>
    </message>
</context>
<context>
    <name>Labels.CaseStatus</name>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>kapatıldı</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonimleştirildi</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentForm</name>
    <message>
        <source>given in writing</source>
        <translation>yazılı olarak verildi</translation>
    </message>
    <message>
        <source>given orally</source>
        <translation>sözlü olarak verildi</translation>
    </message>
    <message>
        <source>given electronically</source>
        <translation>elektronik olarak verildi</translation>
    </message>
</context>
<context>
    <name>Labels.ConsentKind</name>
    <message>
        <source>consent to data processing</source>
        <translation>veri işleme rızası</translation>
    </message>
    <message>
        <source>Art. 13 GDPR notice handed over</source>
        <translation>GDPR Md. 13 bilgilendirmesi verildi</translation>
    </message>
    <message>
        <source>consent to transfer to funder</source>
        <translation>fon sağlayıcıya iletim rızası</translation>
    </message>
    <message>
        <source>consent to photos</source>
        <translation>fotoğraf rızası</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>iletişime geçilmesine rıza</translation>
    </message>
    <message>
        <source>consent to pass contact data to a partner</source>
        <translation>iletişim bilgilerinin bir ortak kuruluşa iletilmesine rıza</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationFormat</name>
    <message>
        <source>in person</source>
        <translation>yüz yüze</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>video</source>
        <translation>görüntülü</translation>
    </message>
    <message>
        <source>written</source>
        <translation>yazılı</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>yerinde (saha çalışması)</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grup</translation>
    </message>
</context>
<context>
    <name>Labels.ConsultationKind</name>
    <message>
        <source>first consultation</source>
        <translation>ilk görüşme</translation>
    </message>
    <message>
        <source>follow-up consultation</source>
        <translation>devam görüşmesi</translation>
    </message>
</context>
<context>
    <name>Labels.ContractType</name>
    <message>
        <source>employment subject to social insurance</source>
        <translation>sosyal sigortalı istihdam</translation>
    </message>
    <message>
        <source>marginal employment</source>
        <translation>mini iş (geringfügig)</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>serbest çalışan</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>mesleki eğitim (Ausbildung)</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>staj</translation>
    </message>
</context>
<context>
    <name>Labels.CourseKind</name>
    <message>
        <source>language course</source>
        <translation>dil kursu</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>nitelik kazandırma</translation>
    </message>
    <message>
        <source>application training</source>
        <translation>iş başvurusu eğitimi</translation>
    </message>
    <message>
        <source>orientation course</source>
        <translation>oryantasyon kursu</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer</translation>
    </message>
</context>
<context>
    <name>Labels.DocumentKind</name>
    <message>
        <source>signed questionnaire</source>
        <translation>imzalı anket</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>rıza</translation>
    </message>
    <message>
        <source>recognition decision</source>
        <translation>denklik kararı</translation>
    </message>
    <message>
        <source>certificate or attestation</source>
        <translation>diploma veya belge</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>sözleşme</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer</translation>
    </message>
</context>
<context>
    <name>Labels.EconomicSector</name>
    <message>
        <source>A Agriculture, forestry and fishing</source>
        <translation>A Tarım, ormancılık ve balıkçılık</translation>
    </message>
    <message>
        <source>B Mining and quarrying</source>
        <translation>B Madencilik ve taş ocakçılığı</translation>
    </message>
    <message>
        <source>C Manufacturing</source>
        <translation>C İmalat</translation>
    </message>
    <message>
        <source>D Energy supply</source>
        <translation>D Enerji temini</translation>
    </message>
    <message>
        <source>E Water supply, sewerage and waste management</source>
        <translation>E Su temini, kanalizasyon ve atık yönetimi</translation>
    </message>
    <message>
        <source>F Construction</source>
        <translation>F İnşaat</translation>
    </message>
    <message>
        <source>G Trade; repair of motor vehicles</source>
        <translation>G Ticaret; motorlu taşıtların onarımı</translation>
    </message>
    <message>
        <source>H Transportation and storage</source>
        <translation>H Ulaştırma ve depolama</translation>
    </message>
    <message>
        <source>I Accommodation and food service</source>
        <translation>I Konaklama ve yiyecek hizmetleri</translation>
    </message>
    <message>
        <source>J Information and communication</source>
        <translation>J Bilgi ve iletişim</translation>
    </message>
    <message>
        <source>K Financial and insurance services</source>
        <translation>K Finans ve sigorta hizmetleri</translation>
    </message>
    <message>
        <source>L Real estate</source>
        <translation>L Gayrimenkul</translation>
    </message>
    <message>
        <source>M Professional, scientific and technical services</source>
        <translation>M Mesleki, bilimsel ve teknik hizmetler</translation>
    </message>
    <message>
        <source>N Administrative and support services</source>
        <translation>N İdari ve destek hizmetleri</translation>
    </message>
    <message>
        <source>O Public administration; social security</source>
        <translation>O Kamu yönetimi; sosyal güvenlik</translation>
    </message>
    <message>
        <source>P Education</source>
        <translation>P Eğitim</translation>
    </message>
    <message>
        <source>Q Human health and social work</source>
        <translation>Q İnsan sağlığı ve sosyal hizmetler</translation>
    </message>
    <message>
        <source>R Arts, entertainment and recreation</source>
        <translation>R Kültür, sanat, eğlence ve dinlence</translation>
    </message>
    <message>
        <source>S Other services</source>
        <translation>S Diğer hizmetler</translation>
    </message>
    <message>
        <source>T Private households</source>
        <translation>T Hane halkları</translation>
    </message>
    <message>
        <source>U Extraterritorial organisations</source>
        <translation>U Ülke dışı örgütler</translation>
    </message>
</context>
<context>
    <name>Labels.EducationLevel</name>
    <message>
        <source>ISCED 0-2 (up to lower secondary)</source>
        <translation>ISCED 0-2 (ortaokul düzeyine kadar)</translation>
    </message>
    <message>
        <source>ISCED 3-4 (upper secondary, vocational training)</source>
        <translation>ISCED 3-4 (lise düzeyi, mesleki eğitim)</translation>
    </message>
    <message>
        <source>ISCED 5-8 (tertiary)</source>
        <translation>ISCED 5-8 (yükseköğretim)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>belirtilmedi</translation>
    </message>
</context>
<context>
    <name>Labels.EmploymentStatus</name>
    <message>
        <source>employed</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>serbest çalışan</translation>
    </message>
    <message>
        <source>unemployed (registered)</source>
        <translation>işsiz (kayıtlı)</translation>
    </message>
    <message>
        <source>not employed, not registered</source>
        <translation>çalışmıyor, kayıtlı değil</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>belirtilmedi</translation>
    </message>
</context>
<context>
    <name>Labels.ErasureGround</name>
    <message>
        <source>The data are no longer needed (Art. 17 (1) (a))</source>
        <translation>Verilere artık ihtiyaç yok (Md. 17 (1) (a))</translation>
    </message>
    <message>
        <source>The person withdrew their consent (Art. 17 (1) (b))</source>
        <translation>Kişi rızasını geri aldı (Md. 17 (1) (b))</translation>
    </message>
    <message>
        <source>The person objected to the processing (Art. 17 (1) (c))</source>
        <translation>Kişi veri işlemeye itiraz etti (Md. 17 (1) (c))</translation>
    </message>
    <message>
        <source>The data were processed unlawfully (Art. 17 (1) (d))</source>
        <translation>Veriler hukuka aykırı olarak işlendi (Md. 17 (1) (d))</translation>
    </message>
    <message>
        <source>A legal obligation requires the erasure (Art. 17 (1) (e))</source>
        <translation>Yasal bir yükümlülük silmeyi gerektiriyor (Md. 17 (1) (e))</translation>
    </message>
</context>
<context>
    <name>Labels.EventKind</name>
    <message>
        <source>information event</source>
        <translation>bilgilendirme etkinliği</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atölye çalışması</translation>
    </message>
    <message>
        <source>office hours</source>
        <translation>danışma saati</translation>
    </message>
</context>
<context>
    <name>Labels.ExitReasonCategory</name>
    <message>
        <source>finished</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>yarıda bıraktı</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>diğer neden</translation>
    </message>
</context>
<context>
    <name>Labels.ExitStatus</name>
    <message>
        <source>job-seeking</source>
        <translation>iş arıyor</translation>
    </message>
    <message>
        <source>in school or training</source>
        <translation>okulda veya eğitimde</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>serbest çalışan</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>bunların hiçbiri</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
</context>
<context>
    <name>Labels.Gender</name>
    <message>
        <source>female</source>
        <translation>kadın</translation>
    </message>
    <message>
        <source>male</source>
        <translation>erkek</translation>
    </message>
    <message>
        <source>non-binary</source>
        <translation>non-binary (divers)</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>belirtilmedi</translation>
    </message>
</context>
<context>
    <name>Labels.GermanLevel</name>
    <message>
        <source>no German</source>
        <translation>Almanca bilmiyor</translation>
    </message>
    <message>
        <source>A1 (beginner)</source>
        <translation>A1 (başlangıç)</translation>
    </message>
    <message>
        <source>A2 (elementary)</source>
        <translation>A2 (temel)</translation>
    </message>
    <message>
        <source>B1 (intermediate)</source>
        <translation>B1 (orta)</translation>
    </message>
    <message>
        <source>B2 (upper intermediate)</source>
        <translation>B2 (orta üstü)</translation>
    </message>
    <message>
        <source>C1 (advanced)</source>
        <translation>C1 (ileri)</translation>
    </message>
    <message>
        <source>C2 (proficient)</source>
        <translation>C2 (yetkin)</translation>
    </message>
    <message>
        <source>German as first language</source>
        <translation>Anadili Almanca</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>belirtilmedi</translation>
    </message>
</context>
<context>
    <name>Labels.HoursStatus</name>
    <message>
        <source>submitted</source>
        <translation>gönderildi</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
</context>
<context>
    <name>Labels.LongTermUnemploymentRule</name>
    <message>
        <source>12 months or longer (§ 18 SGB III)</source>
        <translation>12 ay veya daha uzun (§ 18 SGB III)</translation>
    </message>
    <message>
        <source>over 12 months, below 25 over 6 months (EU survey rule)</source>
        <translation>12 aydan fazla, 25 yaş altı için 6 aydan fazla (AB anket kuralı)</translation>
    </message>
</context>
<context>
    <name>Labels.MeetingRhythm</name>
    <message>
        <source>weekly</source>
        <translation>haftalık</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>iki haftada bir</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>aylık</translation>
    </message>
    <message>
        <source>as agreed</source>
        <translation>anlaşmaya göre</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipGoal</name>
    <message>
        <source>learning and practising German</source>
        <translation>Almanca öğrenmek ve pratik yapmak</translation>
    </message>
    <message>
        <source>applications for training and jobs</source>
        <translation>mesleki eğitim ve iş başvuruları</translation>
    </message>
    <message>
        <source>support in training and school</source>
        <translation>mesleki eğitimde ve okulda destek</translation>
    </message>
    <message>
        <source>authorities and forms</source>
        <translation>resmî daireler ve formlar</translation>
    </message>
    <message>
        <source>leisure and social contacts</source>
        <translation>boş zaman ve sosyal ilişkiler</translation>
    </message>
    <message>
        <source>other goal</source>
        <translation>diğer hedef</translation>
    </message>
</context>
<context>
    <name>Labels.MentorshipStatus</name>
    <message>
        <source>proposed</source>
        <translation>önerildi</translation>
    </message>
    <message>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>ara verildi</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>sona erdi</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionResult</name>
    <message>
        <source>full equivalence</source>
        <translation>tam denklik</translation>
    </message>
    <message>
        <source>partial equivalence (adaptation measure)</source>
        <translation>kısmi denklik (uyum tedbiri)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>geri çekildi</translation>
    </message>
</context>
<context>
    <name>Labels.RecognitionStatus</name>
    <message>
        <source>not applicable</source>
        <translation>geçerli değil</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>başlamadı</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>başvuruldu</translation>
    </message>
    <message>
        <source>full equivalence</source>
        <translation>tam denklik</translation>
    </message>
    <message>
        <source>partial equivalence</source>
        <translation>kısmi denklik</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <source>compensation measure</source>
        <translation>denkleştirme tedbiri</translation>
    </message>
</context>
<context>
    <name>Labels.ReferralSource</name>
    <message>
        <source>came by themselves</source>
        <translation>kendisi geldi</translation>
    </message>
    <message>
        <source>family or friends</source>
        <translation>aile veya arkadaşlar</translation>
    </message>
    <message>
        <source>Jobcenter / employment agency</source>
        <translation>Jobcenter / İş Ajansı (Agentur für Arbeit)</translation>
    </message>
    <message>
        <source>community organisation</source>
        <translation>topluluk kuruluşu</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer</translation>
    </message>
</context>
<context>
    <name>Labels.ResidenceStatus</name>
    <message>
        <source>Permission to remain (asylum procedure)</source>
        <translation>Sığınma süreci kalış izni (Aufenthaltsgestattung)</translation>
    </message>
    <message>
        <source>Toleration (Duldung)</source>
        <translation>Hoşgörü statüsü (Duldung)</translation>
    </message>
    <message>
        <source>Residence permit § 24 (temporary protection)</source>
        <translation>Oturum izni § 24 (geçici koruma)</translation>
    </message>
    <message>
        <source>Residence permit § 25 (humanitarian)</source>
        <translation>Oturum izni § 25 (insani nedenler)</translation>
    </message>
    <message>
        <source>Other residence permit</source>
        <translation>Diğer oturum izni</translation>
    </message>
    <message>
        <source>Settlement permit</source>
        <translation>Süresiz oturum izni (Niederlassungserlaubnis)</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>AB vatandaşı</translation>
    </message>
    <message>
        <source>German citizen</source>
        <translation>Alman vatandaşı</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
</context>
<context>
    <name>Labels.Role</name>
    <message>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Danışman</translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation>Gönüllü koordinatörü</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Sayman</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Gönüllü</translation>
    </message>
</context>
<context>
    <name>Labels.SchoolQualification</name>
    <message>
        <source>no school qualification</source>
        <translation>okul diploması yok</translation>
    </message>
    <message>
        <source>lower secondary (Hauptschulabschluss)</source>
        <translation>ortaokul diploması (Hauptschulabschluss)</translation>
    </message>
    <message>
        <source>intermediate (Mittlerer Abschluss)</source>
        <translation>orta düzey diploma (Mittlerer Abschluss)</translation>
    </message>
    <message>
        <source>upper secondary (Abitur, Fachhochschulreife)</source>
        <translation>lise diploması (Abitur, Fachhochschulreife)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
</context>
<context>
    <name>Labels.SensitiveAnswer</name>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>yanıt vermek istemedi</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>belirtilmedi</translation>
    </message>
</context>
<context>
    <name>Labels.SupportedOrganisationKind</name>
    <message>
        <source>public administration or service (EECO18)</source>
        <translation>kamu yönetimi veya kamu hizmeti (EECO18)</translation>
    </message>
    <message>
        <source>micro, small or medium-sized enterprise (EECO19)</source>
        <translation>mikro, küçük veya orta ölçekli işletme (EECO19)</translation>
    </message>
</context>
<context>
    <name>Labels.VocationalQualification</name>
    <message>
        <source>no vocational qualification</source>
        <translation>mesleki yeterlilik yok</translation>
    </message>
    <message>
        <source>vocational training</source>
        <translation>mesleki eğitim</translation>
    </message>
    <message>
        <source>master craftsman / technician</source>
        <translation>usta / teknisyen</translation>
    </message>
    <message>
        <source>bachelor</source>
        <translation>lisans</translation>
    </message>
    <message>
        <source>master, diploma, state exam</source>
        <translation>yüksek lisans, diploma, devlet sınavı</translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation>doktora</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
</context>
<context>
    <name>Labels.VolunteerStatus</name>
    <message>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>ara verdi</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ayrıldı</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Your language</source>
        <translation>Diliniz</translation>
    </message>
    <message>
        <source>As chosen at the login on this computer</source>
        <translation>Bu bilgisayarda girişte seçildiği gibi</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>Programın &amp;dili:</translation>
    </message>
    <message>
        <source>Documents for a person (notices, consent forms, letters) are printed in German and in the person&apos;s languages, whatever you choose here.</source>
        <translation>Bir kişiye ait belgeler (bilgilendirme, onay formu, mektuplar) burada ne seçerseniz seçin Almanca ve kişinin dillerinde basılır.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Data folder not found</source>
        <translation>Veri klasörü bulunamadı</translation>
    </message>
    <message>
        <source>Lotse keeps its data in
{path}
but this folder cannot be found. If it is on a USB stick or a network drive, connect it and click Retry.</source>
        <translation>Lotse verilerini şurada saklıyor:
{path}
ancak bu klasör bulunamıyor. Klasör bir USB bellekte veya ağ sürücüsündeyse bunu bağlayın ve Yeniden dene&apos;ye tıklayın.</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Başka bir klasör seç</translation>
    </message>
</context>
<context>
    <name>LetterWriter</name>
    <message>
        <source>Save the appointment letter – not encrypted</source>
        <translation>Randevu mektubunu kaydet – şifrelenmez</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>PDF yazılıyor …</translation>
    </message>
    <message>
        <source>Appointment letter</source>
        <translation>Randevu mektubu</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Consultation topics</source>
        <translation>Danışmanlık konuları</translation>
    </message>
    <message>
        <source>Referral targets</source>
        <translation>Yönlendirme yerleri</translation>
    </message>
    <message>
        <source>Languages the club counsels in</source>
        <translation>Derneğin danışmanlık verdiği diller</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listeler</translation>
    </message>
    <message>
        <source>This list is empty – add the first entry with “Add”.</source>
        <translation>Bu liste boş – ilk girişi “Ekle” ile ekleyin.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Yeniden adlandır…</translation>
    </message>
    <message>
        <source>&amp;Retire / take back</source>
        <translation>&amp;Kullanımdan kaldır / geri al</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Yukarı &amp;taşı</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Aşağı taşı</translation>
    </message>
    <message>
        <source>Offered first wherever a language is chosen. A retired language stays on old records.</source>
        <translation>Bir dilin seçildiği her yerde ilk sırada sunulur. Kullanımdan kaldırılan bir dil eski kayıtlarda kalır.</translation>
    </message>
    <message>
        <source>A retired entry stays on the consultations that used it and leaves the choice lists. A new name shows on every consultation.</source>
        <translation>Kullanımdan kaldırılan bir giriş, onu kullanan görüşmelerde kalır ve seçim listelerinden çıkar. Yeni bir ad her görüşmede görünür.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>kullanımda</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>kullanımdan kaldırıldı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>Önce listeden bir giriş seçin.</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>Ekle: {list}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was added.</source>
        <translation>&apos;{name}&apos; eklendi.</translation>
    </message>
    <message>
        <source>Rename &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; yeniden adlandır</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Yeni &amp;ad:</translation>
    </message>
    <message>
        <source>Renamed; every consultation shows the new name.</source>
        <translation>Yeniden adlandırıldı; her görüşme yeni adı gösterir.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is retired: it stays on old records and leaves the choice lists.</source>
        <translation>&apos;{name}&apos; kullanımdan kaldırıldı: eski kayıtlarda kalır ve seçim listelerinden çıkar.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in use again.</source>
        <translation>&apos;{name}&apos; yeniden kullanımda.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Lotse – log in</source>
        <translation>Lotse – oturum aç</translation>
    </message>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Lotse&apos;ye hoş geldiniz</translation>
    </message>
    <message>
        <source>The club&apos;s data is on a server: log in with your Lotse account.</source>
        <translation>Derneğin verileri bir sunucuda: Lotse hesabınızla oturum açın.</translation>
    </message>
    <message>
        <source>The data is encrypted: log in to open it.</source>
        <translation>Veriler şifreli: açmak için oturum açın.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Sunucu parolası</translation>
    </message>
    <message>
        <source>The password of the club&apos;s database on the server (its service account), from the person who set up the server.</source>
        <translation>Derneğin sunucudaki veritabanının (hizmet hesabının) parolası; bu parolayı sunucuyu kuran kişiden alırsınız.</translation>
    </message>
    <message>
        <source>Remember it on this computer (in the system&apos;s credential store)</source>
        <translation>Bu bilgisayarda hatırla (sistemin kimlik bilgisi deposunda)</translation>
    </message>
    <message>
        <source>&amp;Server password:</source>
        <translation>&amp;Sunucu parolası:</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Veritabanı: {path}</translation>
    </message>
    <message>
        <source>Forgot the password? Use the &amp;recovery key…</source>
        <translation>Parolanızı mı unuttunuz? Kurtarma &amp;anahtarını kullanın…</translation>
    </message>
    <message>
        <source>Forgot the password? An administrator of your club sets a new one.</source>
        <translation>Parolanızı mı unuttunuz? Derneğinizin bir yöneticisi yeni bir parola belirler.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Oturum aç</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it now.</source>
        <translation>Yeni parola belirlendi. Şimdi bu parolayla oturum açın.</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Parola saklanmadı</translation>
    </message>
    <message>
        <source>This computer has no credential store Lotse can use, so the server password will be asked for at every start.</source>
        <translation>Bu bilgisayarda Lotse&apos;nin kullanabileceği bir kimlik bilgisi deposu yok, bu yüzden sunucu parolası her başlangıçta sorulacak.</translation>
    </message>
    <message>
        <source>Please choose your own password to log in.</source>
        <translation>Oturum açmak için lütfen kendi parolanızı seçin.</translation>
    </message>
    <message>
        <source>Lotse has encrypted the database. Every account keeps its password. The unencrypted file, old backups and drafts were overwritten and removed.</source>
        <translation>Lotse veritabanını şifreledi. Her hesap kendi parolasını korur. Şifresiz dosya, eski yedekler ve taslaklar üzerine yazılarak silindi.</translation>
    </message>
    <message>
        <source>Copies of the old, unencrypted database elsewhere (USB sticks, network drives, e-mail, backups of the computer) can still be read: delete them.</source>
        <translation>Eski, şifresiz veritabanının başka yerlerdeki kopyaları (USB bellekler, ağ sürücüleri, e-postalar, bilgisayarın yedekleri) hâlâ okunabilir: bunları silin.</translation>
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
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vakalar</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurslar</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Gönüllülük</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Gezinme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Yeni vaka</translation>
    </message>
    <message>
        <source>New &amp;consultation for the selected case</source>
        <translation>Seçili vaka için yeni &amp;görüşme</translation>
    </message>
    <message>
        <source>&amp;Anonymous short contact</source>
        <translation>&amp;Anonim kısa görüşme</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Vaka ara</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet …</source>
        <translation>Tablo &amp;içe aktar …</translation>
    </message>
    <message>
        <source>&amp;Export everything …</source>
        <translation>Her şeyi &amp;dışa aktar …</translation>
    </message>
    <message>
        <source>Audit &amp;trail …</source>
        <translation>D&amp;enetim kaydı …</translation>
    </message>
    <message>
        <source>Change &amp;password …</source>
        <translation>&amp;Parolayı değiştir …</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>&amp;Oturumu kapat / kullanıcı değiştir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>Kullanım &amp;kılavuzu</translation>
    </message>
    <message>
        <source>&amp;About Lotse</source>
        <translation>Lotse &amp;hakkında</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Veritabanı: {path}</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Oturum açan: {name} ({role})</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Vakayı aç</translation>
    </message>
    <message>
        <source>Anonymous short contact</source>
        <translation>Anonim kısa görüşme</translation>
    </message>
    <message>
        <source>Choose a case first, then press Ctrl+Shift+N.</source>
        <translation>Önce bir vaka seçin, ardından Ctrl+Shift+N tuşlarına basın.</translation>
    </message>
    <message>
        <source>Export for reading – not encrypted, and not a backup</source>
        <translation>Okumak için dışa aktarma – şifresiz ve yedek değil</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Dışa aktarılıyor …</translation>
    </message>
    <message>
        <source>Exported to {path}. The file is not encrypted: keep it safe and delete it when it is no longer needed. It is not a backup: an import does not read back the sheets Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen and Veranstaltungen and the course sheets; nor the start time and referrals of consultations, the exit reason and recording days of enrollments, the time of day a follow-up was done, the address, region, availability, status, leaving and agreement dates and remarks of volunteers, and the event of volunteer hours. User accounts and project settings are not exported. A backup (Create backup …) keeps everything.</source>
        <translation>{path} konumuna dışa aktarıldı. Dosya şifreli değildir: güvenli bir yerde saklayın ve artık gerekmediğinde silin. Bu bir yedek değildir: içe aktarma; Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, Arbeitsaufnahmen, Aufwandsentschädigungen ve Veranstaltungen sayfalarını ve kurs sayfalarını geri okumaz; ayrıca görüşmelerin başlangıç saatini ve yönlendirmelerini, proje kayıtlarının çıkış nedenini ve kayıt günlerini, bir takibin tamamlandığı saati, gönüllülerin adresini, bölgesini, uygunluğunu, durumunu, ayrılış ve sözleşme tarihlerini ve ek bilgilerini, gönüllü saatlerinin etkinliğini de okumaz. Kullanıcı hesapları ve proje ayarları dışa aktarılmaz. Bir yedek (Yedek oluştur …) her şeyi korur.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Her şeyi dışa aktar</translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation>Veritabanı güncellendi</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date}, saat {time}</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(zaman bilinmiyor)</translation>
    </message>
    <message>
        <source>Unsaved consultation</source>
        <translation>Kaydedilmemiş görüşme</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note from {when} for a case you can no longer open. Discard it?</source>
        <translation>Artık açamadığınız bir vaka için {when} tarihli kaydedilmemiş bir görüşme notu var. Atılsın mı?</translation>
    </message>
    <message>
        <source>There is an unsaved note of an anonymous short contact from {when}. Restore it?</source>
        <translation>Anonim bir kısa görüşmeye ait {when} tarihli kaydedilmemiş bir not var. Geri yüklensin mi?</translation>
    </message>
    <message>
        <source>There is an unsaved consultation note for {case} from {when}. Restore it?</source>
        <translation>{case} için {when} tarihli kaydedilmemiş bir görüşme notu var. Geri yüklensin mi?</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Parolanız değiştirildi.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Tablonun önizlemesi</translation>
    </message>
    <message>
        <source>&amp;Remember these assignments for the next import</source>
        <translation>Bu eşleştirmeleri bir sonraki içe aktarma için &amp;hatırla</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. Some column headers are not known: assign them to a template column or leave them ignored.</source>
        <translation>Lotse&apos;nin okuduğu şekliyle ilk satırlar. Bazı sütun başlıkları bilinmiyor: bunları bir şablon sütunuyla eşleştirin veya yok sayılmalarına izin verin.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— yok say —</translation>
    </message>
    <message>
        <source>The first rows as Lotse reads them. All column headers are known.</source>
        <translation>Lotse&apos;nin okuduğu şekliyle ilk satırlar. Tüm sütun başlıkları biliniyor.</translation>
    </message>
</context>
<context>
    <name>MentorshipModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Gönüllü</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Verilen saat</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge case files</source>
        <translation>Vaka dosyalarını birleştir</translation>
    </message>
    <message>
        <source>Everything of the other case file – consultations, enrollments, follow-ups, consents and tandems – moves into {case} ({name}); the other case file is then removed. This cannot be undone.</source>
        <translation>Diğer vaka dosyasındaki her şey – görüşmeler, proje kayıtları, takipler, rızalar ve tandemler – {case} ({name}) dosyasına taşınır; diğer vaka dosyası ardından kaldırılır. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>name or case number</source>
        <translation>ad veya vaka numarası</translation>
    </message>
    <message>
        <source>Find the other case file</source>
        <translation>Diğer vaka dosyasını bul</translation>
    </message>
    <message>
        <source>Case files to merge</source>
        <translation>Birleştirilecek vaka dosyaları</translation>
    </message>
    <message>
        <source>e.g. entered twice at the first contact</source>
        <translation>ör. ilk temasta iki kez girildi</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <source>&amp;Other case file:</source>
        <translation>&amp;Diğer vaka dosyası:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>{case} · {name} · born {birth} · likely the same person</source>
        <translation>{case} · {name} · doğum {birth} · muhtemelen aynı kişi</translation>
    </message>
    <message>
        <source>Other case file: please choose one.</source>
        <translation>Diğer vaka dosyası: lütfen birini seçin.</translation>
    </message>
</context>
<context>
    <name>OrganisationBox</name>
    <message>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>e.g. Data protection officer, Musterstr. 1, 30159 Hannover, datenschutz@…</source>
        <translation>ör. Veri koruma görevlisi, Musterstr. 1, 30159 Hannover, datenschutz@…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Logo &amp;seç…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>&amp;Logoyu kaldır</translation>
    </message>
    <message>
        <source>Save &amp;organisation</source>
        <translation>Kuruluşu &amp;kaydet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Cadde/sokak:</translation>
    </message>
    <message>
        <source>Post&amp;code / city:</source>
        <translation>Posta kodu / şe&amp;hir:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Data protection contact:</source>
        <translation>&amp;Veri koruma irtibatı:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Printed at the top of reports, agreements, timesheets and notices.</source>
        <translation>Raporların, sözleşmelerin, saat çizelgelerinin ve bilgilendirmelerin üst kısmına basılır.</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>logo yok</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo seç</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Resimler (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This file is not a picture Lotse can read.</source>
        <translation>Bu dosya, Lotse&apos;nin okuyabileceği bir resim değil.</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Logo kaydedildi.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>Logo kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Kuruluşunuz</translation>
    </message>
    <message>
        <source>The name appears on reports and timesheets.</source>
        <translation>Ad, raporlarda ve saat çizelgelerinde görünür.</translation>
    </message>
    <message>
        <source>e.g. Brückenschlag e.V.</source>
        <translation>ör. Brückenschlag e.V.</translation>
    </message>
    <message>
        <source>Na&amp;me of the organisation:</source>
        <translation>Kuruluşun &amp;adı:</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Kuruluşun adı</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>My follow-ups due</source>
        <translation>Süresi gelen takiplerim</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Süresi gelen bir şey yok.</translation>
    </message>
    <message>
        <source>ESF entry data missing</source>
        <translation>ESF giriş verileri eksik</translation>
    </message>
    <message>
        <source>All entry questionnaires recorded.</source>
        <translation>Tüm giriş anketleri kaydedildi.</translation>
    </message>
    <message>
        <source>ESF exit data overdue</source>
        <translation>ESF çıkış verileri gecikmiş</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Geciken bir şey yok.</translation>
    </message>
    <message>
        <source>6-month follow-ups due</source>
        <translation>Süresi gelen 6 ay izlemeleri</translation>
    </message>
    <message>
        <source>Recently opened cases</source>
        <translation>Son açılan vakalar</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Henüz vaka yok.</translation>
    </message>
    <message>
        <source>No backup has been copied outside the data folder yet. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>Veri klasörünün dışına henüz hiçbir yedek kopyalanmadı. Dosya → Yedek oluştur … seçeneğini kullanın ve yedeği bir USB belleğe veya ağ sürücüsüne kaydedin.</translation>
    </message>
    <message>
        <source>The last backup outside the data folder is from {date}, more than {days} days ago. Use File → Create backup … and save it on a USB stick or a network drive.</source>
        <translation>Veri klasörünün dışındaki son yedek {date} tarihli, yani {days} günden daha eski. Dosya → Yedek oluştur … seçeneğini kullanın ve yedeği bir USB belleğe veya ağ sürücüsüne kaydedin.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Anonymisations due:&lt;/b&gt; the retention of %n record(s) has ended. &lt;a href=&quot;privacy&quot;&gt;Review and confirm&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Süresi gelen anonimleştirmeler:&lt;/b&gt; %n kaydın saklama süresi doldu. &lt;a href=&quot;privacy&quot;&gt;İncele ve onayla&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Merhaba, {name}</translation>
    </message>
    <message>
        <source>consultations this month</source>
        <translation>bu ayki görüşme</translation>
    </message>
    <message>
        <source>people counselled this month</source>
        <translation>bu ay danışmanlık verilen kişi</translation>
    </message>
    <message>
        <source>new cases this month</source>
        <translation>bu ayki yeni vaka</translation>
    </message>
    <message>
        <source>open cases of {total} in total</source>
        <translation>açık vaka (toplam {total})</translation>
    </message>
    <message>
        <source>active volunteers</source>
        <translation>etkin gönüllü</translation>
    </message>
    <message>
        <source>volunteer hours approved this month</source>
        <translation>bu ay onaylanan gönüllü saati</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Randevular</translation>
    </message>
</context>
<context>
    <name>OwnHoursModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>OwnHoursTab</name>
    <message>
        <source>No hours yet – enter them with “Enter my hours”.</source>
        <translation>Henüz saat yok – “Saatlerimi gir” ile girin.</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>Saatlerim</translation>
    </message>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>Saatlerimi &amp;gir …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>&amp;Haftam …</translation>
    </message>
    <message>
        <source>Approved so far: {hours} hours</source>
        <translation>Şimdiye kadar onaylanan: {hours} saat</translation>
    </message>
</context>
<context>
    <name>PaperworkList</name>
    <message>
        <source>Police clearances and trainings</source>
        <translation>Adli sicil belgeleri ve eğitimler</translation>
    </message>
    <message>
        <source>All clearances and trainings in order.</source>
        <translation>Tüm adli sicil belgeleri ve eğitimler tamam.</translation>
    </message>
    <message>
        <source>police clearance missing</source>
        <translation>adli sicil belgesi eksik</translation>
    </message>
    <message>
        <source>training missing</source>
        <translation>eğitim eksik</translation>
    </message>
    <message>
        <source>police clearance to renew by {date}</source>
        <translation>adli sicil belgesi {date} tarihine kadar yenilenmeli</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Ortak kuruluşu düzenle</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Yeni ortak kuruluş</translation>
    </message>
    <message>
        <source>e.g. placement into work</source>
        <translation>ör. işe yerleştirme</translation>
    </message>
    <message>
        <source>&amp;Active: asked at first contact</source>
        <translation>&amp;Etkin: ilk temasta sorulur</translation>
    </message>
    <message>
        <source>The consent form names the partner and the purpose. Only people who consented, and did not withdraw, are in the partner&apos;s export.</source>
        <translation>Rıza formu ortak kuruluşu ve amacı belirtir. Ortak kuruluşa yönelik dışa aktarmada yalnızca rıza gösteren ve rızasını geri almayan kişiler yer alır.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>A&amp;maç:</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>Partner</source>
        <translation>Ortak kuruluş</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>kullanımdan kaldırıldı</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record allowance payment</source>
        <translation>Ödenek ödemesini kaydet</translation>
    </message>
    <message>
        <source>e.g. 120,00</source>
        <translation>ör. 120,00</translation>
    </message>
    <message>
        <source>Work compensated to</source>
        <translation>Karşılanan çalışmanın bitişi</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Work compensated from:</source>
        <translation>Karşılanan çalışmanın &amp;başlangıcı:</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Gönüllü:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>Ö&amp;deme tarihi:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>T&amp;utar (€):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ödeme tarihi</translation>
    </message>
    <message>
        <source>Work compensated from</source>
        <translation>Karşılanan çalışmanın başlangıcı</translation>
    </message>
    <message>
        <source>Hours on the compensated days are paid work, not an in-kind contribution.</source>
        <translation>Karşılanan günlerdeki saatler ücretli çalışmadır, ayni katkı sayılmaz.</translation>
    </message>
    <message>
        <source>With this payment: </source>
        <translation>Bu ödemeyle: </translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Gender:</source>
        <translation>Cinsiyet:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Doğum tarihi:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Living abroad in:</source>
        <translation>Yurt dışında ikamet:</translation>
    </message>
    <message>
        <source>Phone / e-mail:</source>
        <translation>Telefon / e-posta:</translation>
    </message>
    <message>
        <source>Nationalities:</source>
        <translation>Uyruklar:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Diller:</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>Doğum ülkesi:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>Oturum durumu:</translation>
    </message>
    <message>
        <source>Year of arrival:</source>
        <translation>Geliş yılı:</translation>
    </message>
    <message>
        <source>Knowledge of German:</source>
        <translation>Almanca bilgisi:</translation>
    </message>
    <message>
        <source>School qualification:</source>
        <translation>Okul diploması:</translation>
    </message>
    <message>
        <source>Vocational qualification:</source>
        <translation>Mesleki yeterlilik:</translation>
    </message>
    <message>
        <source>Reference occupation:</source>
        <translation>Referans meslek:</translation>
    </message>
    <message>
        <source>Regulated profession:</source>
        <translation>Düzenlenmiş meslek:</translation>
    </message>
    <message>
        <source>Recognition status:</source>
        <translation>Denklik durumu:</translation>
    </message>
    <message>
        <source>Found us via:</source>
        <translation>Bize nasıl ulaştı:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Ek bilgiler:</translation>
    </message>
    <message>
        <source>{value} (obtained in {country})</source>
        <translation>{value} (alındığı ülke: {country})</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement</source>
        <translation>İşe yerleştirme</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Yeni işe yerleştirme</translation>
    </message>
    <message>
        <source>e.g. 39,5</source>
        <translation>ör. 39,5</translation>
    </message>
    <message>
        <source>e.g. nursing, software development</source>
        <translation>ör. bakım, yazılım geliştirme</translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation>— bağlı değil —</translation>
    </message>
    <message>
        <source>&amp;Employer *</source>
        <translation>İş&amp;veren *</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>Ş&amp;ehir</translation>
    </message>
    <message>
        <source>Secto&amp;r (WZ 2008)</source>
        <translation>&amp;Sektör (WZ 2008)</translation>
    </message>
    <message>
        <source>Start &amp;date *</source>
        <translation>&amp;Başlangıç tarihi *</translation>
    </message>
    <message>
        <source>&amp;Contract type *</source>
        <translation>Sö&amp;zleşme türü *</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;Haftalık saat</translation>
    </message>
    <message>
        <source>Occupation &amp;field</source>
        <translation>&amp;Meslek alanı</translation>
    </message>
    <message>
        <source>&amp;Linked exit</source>
        <translation>Ba&amp;ğlı çıkış</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>İşveren</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sözleşme</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Haftalık saat</translation>
    </message>
    <message>
        <source>Occupation field</source>
        <translation>Meslek alanı</translation>
    </message>
    <message>
        <source>Exit from project</source>
        <translation>Projeden çıkış</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>No work or training taken up yet – record it with “New placement”.</source>
        <translation>Henüz işe veya mesleki eğitime başlama yok – “Yeni işe yerleştirme” ile kaydedin.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>İşe yerleştirmeler</translation>
    </message>
    <message>
        <source>&amp;New placement …</source>
        <translation>&amp;Yeni işe yerleştirme …</translation>
    </message>
    <message>
        <source>Edit &amp;placement …</source>
        <translation>&amp;İşe yerleştirmeyi düzenle …</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>İşe yerleştirmeyi sil</translation>
    </message>
    <message>
        <source>Delete the placement at “{employer}”?</source>
        <translation>“{employer}” işverenindeki işe yerleştirme silinsin mi?</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>How long personal data are kept</source>
        <translation>Kişisel veriler ne kadar süre saklanır</translation>
    </message>
    <message>
        <source>Cases &amp;without a project, after the last contact:</source>
        <translation>&amp;Projesi olmayan vakalar, son temastan sonra:</translation>
    </message>
    <message>
        <source>Former &amp;volunteers, after leaving:</source>
        <translation>Eski &amp;gönüllüler, ayrıldıktan sonra:</translation>
    </message>
    <message>
        <source>Participants of a project are kept for the years set in the project after 31 December of the year it ends (ESF: Art. 82 Regulation (EU) 2021/1060), see Projects. Police clearances are deleted three months after a volunteer leaves (§ 72a (5) SGB VIII).</source>
        <translation>Bir projenin katılımcıları, projenin bittiği yılın 31 Aralık tarihinden itibaren projede belirlenen yıl sayısı kadar saklanır (ESF: Md. 82 Tüzük (AB) 2021/1060), bkz. Projeler. Adli sicil belgesi bilgileri, gönüllünün ayrılmasından üç ay sonra silinir (§ 72a (5) SGB VIII).</translation>
    </message>
    <message>
        <source>&amp;Save retention</source>
        <translation>Saklama sürelerini &amp;kaydet</translation>
    </message>
    <message>
        <source>Anonymisations due</source>
        <translation>Süresi gelen anonimleştirmeler</translation>
    </message>
    <message>
        <source>&amp;Anonymise all that is due …</source>
        <translation>Süresi gelenlerin &amp;tümünü anonimleştir …</translation>
    </message>
    <message>
        <source>Records of processing acti&amp;vities (Art. 30) …</source>
        <translation>İşleme faaliyetleri kayıt &amp;envanteri (Md. 30) …</translation>
    </message>
    <message>
        <source> years</source>
        <translation> yıl</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due.</source>
        <translation>
            <numerusform>%n kaydın süresi geldi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due: no retention has ended.</source>
        <translation>Süresi gelen bir şey yok: hiçbir saklama süresi dolmadı.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The server&apos;s own backups still hold the old data until they are replaced: tell whoever runs the server.</source>
        <translation>
            <numerusform>%n kayıt şimdi anonimleştirilsin mi? Adlar, iletişim bilgileri, notlar ve doğum tarihleri kalıcı olarak kaldırılır; raporlar sayılarını korur. Sunucunun kendi yedekleri, değiştirilene kadar eski verileri içermeye devam eder: Sunucuyu yöneten kişiye haber verin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimleştir</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) now? Names, contact data, notes and birth dates are removed for good; the reports keep their figures. The backups in the data folder are replaced by a new one; copies elsewhere (USB sticks) still hold the old data.</source>
        <translation>
            <numerusform>%n kayıt şimdi anonimleştirilsin mi? Adlar, iletişim bilgileri, notlar ve doğum tarihleri kalıcı olarak kaldırılır; raporlar sayılarını korur. Veri klasöründeki yedekler yenisiyle değiştirilir; başka yerlerdeki kopyalar (USB bellekler) eski verileri içermeye devam eder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising …</source>
        <translation>Anonimleştiriliyor …</translation>
    </message>
    <message>
        <source>Anonymised case files: {cases}; anonymised former volunteers: {volunteers}; police clearances deleted: {clearances}.</source>
        <translation>Anonimleştirilen vaka dosyaları: {cases}; anonimleştirilen eski gönüllüler: {volunteers}; silinen adli sicil belgesi bilgileri: {clearances}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The file {path} could not be written or read: {reason}.</source>
        <translation>{path} dosyası yazılamadı veya okunamadı: {reason}.</translation>
    </message>
    <message>
        <source>A file could not be written or read: {reason}.</source>
        <translation>Bir dosya yazılamadı veya okunamadı: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Recognition procedure</source>
        <translation>Denklik süreci</translation>
    </message>
    <message>
        <source>New recognition procedure</source>
        <translation>Yeni denklik süreci</translation>
    </message>
    <message>
        <source>German reference occupation, e.g. Pflegefachfrau</source>
        <translation>Almanya&apos;daki referans meslek, ör. Pflegefachfrau</translation>
    </message>
    <message>
        <source>e.g. 81302</source>
        <translation>ör. 81302</translation>
    </message>
    <message>
        <source>KldB 2010 code of the Bundesagentur für Arbeit, five digits; the last one is the level of requirement (1 helper, 2 skilled, 3 specialist, 4 expert).</source>
        <translation>Federal İş Ajansı&apos;nın (Bundesagentur für Arbeit) KldB 2010 kodu, beş hane; sonuncusu gereklilik düzeyidir (1 yardımcı, 2 kalifiye eleman, 3 uzman, 4 üst düzey uzman).</translation>
    </message>
    <message>
        <source>e.g. Landesamt für Soziales</source>
        <translation>ör. Landesamt für Soziales</translation>
    </message>
    <message>
        <source>— not decided yet —</source>
        <translation>— henüz karar verilmedi —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— yok —</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Qualification and reference occupation</source>
        <translation>Yeterlilik ve referans meslek</translation>
    </message>
    <message>
        <source>Reference &amp;occupation *</source>
        <translation>Referans &amp;meslek *</translation>
    </message>
    <message>
        <source>&amp;KldB 2010 code</source>
        <translation>KldB &amp;2010 kodu</translation>
    </message>
    <message>
        <source>&amp;Regulated profession</source>
        <translation>&amp;Düzenlenmiş meslek</translation>
    </message>
    <message>
        <source>Qualification obtained &amp;in</source>
        <translation>Yeterliliğin alındığı ü&amp;lke</translation>
    </message>
    <message>
        <source>&amp;Year obtained</source>
        <translation>Al&amp;ındığı yıl</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Süreç</translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation>&amp;Yetkili kurum</translation>
    </message>
    <message>
        <source>A&amp;pplication date</source>
        <translation>&amp;Başvuru tarihi</translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation>Ka&amp;rar tarihi</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>&amp;Sonuç</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Uyum tedbiri</translation>
    </message>
    <message>
        <source>Kind of &amp;measure</source>
        <translation>Tedbir &amp;türü</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>Dü&amp;zenleyen</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>bit&amp;iş</translation>
    </message>
    <message>
        <source>Adaptation from</source>
        <translation>Uyum tedbiri başlangıcı</translation>
    </message>
    <message>
        <source>Adaptation until</source>
        <translation>Uyum tedbiri bitişi</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>başlan&amp;gıç</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>Tamamla&amp;ndı</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Başvuru tarihi</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Karar tarihi</translation>
    </message>
</context>
<context>
    <name>ProcedureModel</name>
    <message>
        <source>Reference occupation</source>
        <translation>Referans meslek</translation>
    </message>
    <message>
        <source>Regulated</source>
        <translation>Düzenlenmiş</translation>
    </message>
    <message>
        <source>Qualification from</source>
        <translation>Yeterliliğin ülkesi</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Adaptation qualification</source>
        <translation>Uyum tedbiri</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>tamamlandı</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project {code}</source>
        <translation>Proje {code}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Yeni proje</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Genel</translation>
    </message>
    <message>
        <source>ESF &amp;Plus</source>
        <translation>ESF &amp;Plus</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>&amp;Sonuçlar</translation>
    </message>
    <message>
        <source>&amp;Hour values</source>
        <translation>Saat &amp;değerleri</translation>
    </message>
    <message>
        <source>Supported &amp;organisations</source>
        <translation>Des&amp;teklenen kuruluşlar</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>ör. WIR-2026</translation>
    </message>
    <message>
        <source> years</source>
        <translation> yıl</translation>
    </message>
    <message>
        <source>empty: statutory minimum wage of each year</source>
        <translation>boş: her yılın yasal asgari ücreti</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Funding progra&amp;mme:</source>
        <translation>Destek p&amp;rogramı:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Fon sağlayıcı:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>B&amp;itiş:</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>Kişisel &amp;verilerin saklama süresi:</translation>
    </message>
    <message>
        <source>Value of a volunteer hour (€, &amp;all years):</source>
        <translation>Bir g&amp;önüllü saatinin değeri (€, tüm yıllar):</translation>
    </message>
    <message>
        <source>The project reports participant data to ESF Plus</source>
        <translation>Proje, katılımcı verilerini ESF Plus&apos;a bildirir</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>asgari süre yok</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> saat</translation>
    </message>
    <message>
        <source>The project supports administrations or enterprises (EECO18, EECO19)</source>
        <translation>Proje, kamu kurumlarını veya işletmeleri destekler (EECO18, EECO19)</translation>
    </message>
    <message>
        <source>People who received less support than the minimum (hours of consultations booked to the project) stay counselling contacts and count in no ESF indicator. The entry and exit questionnaires are asked only in ESF projects.</source>
        <translation>Asgari destekten daha az destek alan kişiler (projeye kaydedilen görüşme saatleri) danışmanlık teması olarak kalır ve hiçbir ESF göstergesinde sayılmaz. Giriş ve çıkış anketleri yalnızca ESF projelerinde sorulur.</translation>
    </message>
    <message>
        <source>&amp;Long-term unemployed:</source>
        <translation>&amp;Uzun süreli işsiz:</translation>
    </message>
    <message>
        <source>&amp;Minimum support for ESF participants:</source>
        <translation>ES&amp;F katılımcıları için asgari destek:</translation>
    </message>
    <message>
        <source>Situations after exit that count as success</source>
        <translation>Başarı sayılan çıkış sonrası durumlar</translation>
    </message>
    <message>
        <source>a qualification gained</source>
        <translation>kazanılan bir yeterlilik</translation>
    </message>
    <message>
        <source>The project starts with the usual exit reasons (finished, goal reached, dropped out, moved away …). Rename, add or retire them after saving.</source>
        <translation>Proje, olağan çıkış nedenleriyle başlar (tamamlandı, hedefe ulaşıldı, yarıda bıraktı, taşındı …). Kaydettikten sonra bunları yeniden adlandırabilir, yenilerini ekleyebilir veya kullanımdan kaldırabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>First project</source>
        <translation>İlk proje</translation>
    </message>
    <message>
        <source>A funded project groups participants, consultations and volunteer hours for the funder&apos;s statistics.</source>
        <translation>Fonlanan bir proje, fon sağlayıcının istatistikleri için katılımcıları, görüşmeleri ve gönüllü saatlerini bir araya getirir.</translation>
    </message>
    <message>
        <source>e.g. WIR-2026</source>
        <translation>ör. WIR-2026</translation>
    </message>
    <message>
        <source>e.g. Brücken in Arbeit</source>
        <translation>ör. Brücken in Arbeit</translation>
    </message>
    <message>
        <source>e.g. BMAS / ESF Plus</source>
        <translation>ör. BMAS / ESF Plus</translation>
    </message>
    <message>
        <source>Project has an &amp;end date</source>
        <translation>Projenin bir bitiş &amp;tarihi var</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>ESF Plus reporting (participant questionnaires)</source>
        <translation>ESF Plus raporlaması (katılımcı anketleri)</translation>
    </message>
    <message>
        <source>Value of one volunteer hour for the club&apos;s own contribution.</source>
        <translation>Derneğin öz katkısı için bir gönüllü saatinin değeri.</translation>
    </message>
    <message>
        <source>Project co&amp;de:</source>
        <translation>Proje &amp;kodu:</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Proje &amp;adı:</translation>
    </message>
    <message>
        <source>Funding &amp;programme:</source>
        <translation>Destek &amp;programı:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Fon sağlayıcı:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>&amp;Hourly rate volunteering:</source>
        <translation>Gönüllülük &amp;saatlik ücreti:</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Destek programı</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>ESF Plus</source>
        <translation>ESF Plus</translation>
    </message>
    <message>
        <source>Value of a volunteer hour</source>
        <translation>Bir gönüllü saatinin değeri</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>kapatıldı</translation>
    </message>
    <message>
        <source>running</source>
        <translation>devam ediyor</translation>
    </message>
    <message>
        <source>per year / minimum wage</source>
        <translation>yıllara göre / asgari ücret</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Not enrolled in a project yet – enroll with “Enroll in project”.</source>
        <translation>Henüz bir projeye kayıtlı değil – “Projeye kaydet” ile kaydedin.</translation>
    </message>
    <message>
        <source>Project enrollments</source>
        <translation>Proje kayıtları</translation>
    </message>
    <message>
        <source>Enroll in &amp;project</source>
        <translation>&amp;Projeye kaydet</translation>
    </message>
    <message>
        <source>Entry &amp;questionnaire</source>
        <translation>Giriş &amp;anketi</translation>
    </message>
    <message>
        <source>Record e&amp;xit</source>
        <translation>&amp;Çıkışı kaydet</translation>
    </message>
    <message>
        <source>&amp;6-month answers</source>
        <translation>&amp;6 ay yanıtları</translation>
    </message>
    <message>
        <source>Remo&amp;ve enrollment</source>
        <translation>Kaydı ka&amp;ldır</translation>
    </message>
    <message>
        <source>Remove enrollment</source>
        <translation>Kaydı kaldır</translation>
    </message>
    <message>
        <source>Remove the enrollment in {project}? It is deleted with its questionnaire. Why?</source>
        <translation>{project} projesindeki kayıt kaldırılsın mı? Kayıt, anketiyle birlikte silinir. Neden?</translation>
    </message>
    <message>
        <source>No projects yet – add one with “New project”.</source>
        <translation>Henüz proje yok – “Yeni proje” ile ekleyin.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Yeni proje</translation>
    </message>
    <message>
        <source>&amp;Edit project</source>
        <translation>Projeyi &amp;düzenle</translation>
    </message>
    <message>
        <source>&amp;Show project</source>
        <translation>Projeyi &amp;göster</translation>
    </message>
    <message>
        <source>&amp;Close / reopen project</source>
        <translation>Projeyi &amp;kapat / yeniden aç</translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>Önce listeden bir proje seçin.</translation>
    </message>
    <message>
        <source>{code} is open again.</source>
        <translation>{code} yeniden açık.</translation>
    </message>
    <message>
        <source>{code} is closed: it leaves the choice lists; its data and reports stay.</source>
        <translation>{code} kapatıldı: seçim listelerinden çıkar; verileri ve raporları kalır.</translation>
    </message>
</context>
<context>
    <name>QuietTandemList</name>
    <message>
        <source>Tandems without meetings</source>
        <translation>Buluşması olmayan tandemler</translation>
    </message>
    <message>
        <source>Every tandem meets as agreed.</source>
        <translation>Her tandem kararlaştırıldığı gibi buluşuyor.</translation>
    </message>
    <message>
        <source>no meeting logged yet</source>
        <translation>henüz buluşma kaydedilmedi</translation>
    </message>
    <message>
        <source>last meeting {date}</source>
        <translation>son buluşma {date}</translation>
    </message>
    <message>
        <source>A meeting was due by {date}.</source>
        <translation>{date} tarihine kadar bir buluşma yapılmalıydı.</translation>
    </message>
</context>
<context>
    <name>RecognitionTab</name>
    <message>
        <source>No recognition procedure yet – add one with “New procedure”.</source>
        <translation>Henüz denklik süreci yok – “Yeni süreç” ile ekleyin.</translation>
    </message>
    <message>
        <source>Recognition procedures</source>
        <translation>Denklik süreçleri</translation>
    </message>
    <message>
        <source>&amp;New procedure …</source>
        <translation>&amp;Yeni süreç …</translation>
    </message>
    <message>
        <source>Edit &amp;procedure …</source>
        <translation>S&amp;üreci düzenle …</translation>
    </message>
    <message>
        <source>Delete recognition procedure</source>
        <translation>Denklik sürecini sil</translation>
    </message>
    <message>
        <source>Delete the procedure “{occupation}”?</source>
        <translation>“{occupation}” süreci silinsin mi?</translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessingDialog</name>
    <message>
        <source>Records of processing activities (Art. 30 GDPR)</source>
        <translation>İşleme faaliyetleri kayıt envanteri (GDPR Md. 30)</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>İşleme faaliyetleri kayıt envanteri</translation>
    </message>
    <message>
        <source>Save as &amp;PDF …</source>
        <translation>&amp;PDF olarak kaydet …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Save the records of processing</source>
        <translation>İşleme faaliyetleri kayıt envanterini kaydet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF …</source>
        <translation>PDF yazılıyor …</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Sil</translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <source>Lotse – new administrator password</source>
        <translation>Lotse – yeni yönetici parolası</translation>
    </message>
    <message>
        <source>With the recovery key (the printed Notfallschlüssel) an administrator account gets a new password. Other accounts get theirs from an administrator.</source>
        <translation>Kurtarma anahtarıyla (basılı Notfallschlüssel) bir yönetici hesabına yeni parola verilir. Diğer hesaplar yeni parolalarını bir yöneticiden alır.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Kurtarma anahtarı:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>Yöneticinin kullanıcı &amp;adı:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>Parolayı &amp;tekrarlayın:</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Parolayı &amp;belirle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>Parolayı tekrarlayın: iki parola aynı değil.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Lotse – recovery key</source>
        <translation>Lotse – kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kurtarma anahtarınız</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Devam</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>The database is created and encrypted.</source>
        <translation>Veritabanı oluşturuldu ve şifrelendi.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Lotse encrypts all data. Without a password or this recovery key nobody can read it – not even whoever finds the laptop or a backup. If no administrator knows their password any more, the recovery key sets a new one. It is shown only now: print it as the Notfallschlüssel or write it down, and keep it locked away, apart from the laptop.</source>
        <translation>Lotse tüm verileri şifreler. Bir parola veya bu kurtarma anahtarı olmadan hiç kimse verileri okuyamaz – dizüstü bilgisayarı veya bir yedeği bulan kişi bile. Hiçbir yönetici parolasını artık bilmiyorsa, kurtarma anahtarı yeni bir parola belirler. Anahtar yalnızca şimdi gösterilir: Notfallschlüssel olarak yazdırın veya bir yere yazın ve dizüstü bilgisayardan ayrı, kilitli bir yerde saklayın.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print (Notfallschlüssel)…</source>
        <translation>Yazdırmak için &amp;PDF olarak kaydet (Notfallschlüssel)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key.</source>
        <translation>Kurtarma anahtarını yazdırdım veya bir yere yazdım.</translation>
    </message>
    <message>
        <source>Lotse-Notfallschluessel.pdf</source>
        <translation>Lotse-Notfallschluessel.pdf</translation>
    </message>
    <message>
        <source>Save the Notfallschlüssel</source>
        <translation>Kurtarma anahtarını (Notfallschlüssel) kaydet</translation>
    </message>
    <message>
        <source>Notfallschlüssel</source>
        <translation>Kurtarma anahtarı (Notfallschlüssel)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file: whoever has it can read the data.</source>
        <translation>{path} konumuna kaydedildi. Yazdırın, ardından dosyayı silin: dosyaya sahip olan herkes verileri okuyabilir.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Police clearance</source>
        <translation>Adli sicil belgesi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>Bu yılki saat</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <source>renewal due since {date}</source>
        <translation>{date} tarihinden beri yenilenmesi gerekiyor</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>{date} tarihine kadar geçerli</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Search volunteers</source>
        <translation>Gönüllü ara</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Ad veya numara ara</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>No volunteers found – register one with “New volunteer”.</source>
        <translation>Gönüllü bulunamadı – “Yeni gönüllü” ile kaydedin.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Gönüllüler</translation>
    </message>
    <message>
        <source>&amp;New volunteer …</source>
        <translation>&amp;Yeni gönüllü …</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Düzenle …</translation>
    </message>
    <message>
        <source>Enter h&amp;ours …</source>
        <translation>&amp;Saat gir …</translation>
    </message>
    <message>
        <source>&amp;Week …</source>
        <translation>&amp;Hafta …</translation>
    </message>
    <message>
        <source>&amp;Timesheets …</source>
        <translation>Saat çi&amp;zelgeleri …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>&amp;Belgeler …</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>Önce listeden bir gönüllü seçin.</translation>
    </message>
    <message>
        <source>Documents of {name}</source>
        <translation>{name} belgeleri</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>ESF Plus participant data</source>
        <translation>ESF Plus katılımcı verileri</translation>
    </message>
    <message>
        <source>Counselling statistics</source>
        <translation>Danışmanlık istatistiği</translation>
    </message>
    <message>
        <source>Volunteering (hours, value, allowances)</source>
        <translation>Gönüllülük (saatler, değer, ödenekler)</translation>
    </message>
    <message>
        <source>Outcomes after exit</source>
        <translation>Çıkış sonrası sonuçlar</translation>
    </message>
    <message>
        <source>Events (attendees, languages, partners)</source>
        <translation>Etkinlikler (katılımcılar, diller, ortaklar)</translation>
    </message>
    <message>
        <source>Recognition counselling</source>
        <translation>Denklik danışmanlığı</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Takvim yılı</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Yarıyıl</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Çeyrek</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Özel dönem</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Dönem başlangıcı</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Dönem sonu</translation>
    </message>
    <message>
        <source>cumulative from the project start</source>
        <translation>proje başlangıcından itibaren kümülatif</translation>
    </message>
    <message>
        <source>&amp;Show preview</source>
        <translation>Önizlemeyi &amp;göster</translation>
    </message>
    <message>
        <source>Save as &amp;Excel …</source>
        <translation>&amp;Excel olarak kaydet …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF …</source>
        <translation>P&amp;DF olarak kaydet …</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapor:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proje:</translation>
    </message>
    <message>
        <source>Projects (none = all):</source>
        <translation>Projeler (hiçbiri = tümü):</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <source>Choose the report and period, then show the preview.</source>
        <translation>Raporu ve dönemi seçin, ardından önizlemeyi gösterin.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
        <source>Save report – the file will not be encrypted</source>
        <translation>Raporu kaydet – dosya şifrelenmeyecek</translation>
    </message>
    <message>
        <source>Writing the report …</source>
        <translation>Rapor yazılıyor …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Kaydedildi: {path}</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapor kaydedildi</translation>
    </message>
    <message>
        <source>The report was saved as
{path}

The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Rapor şu adla kaydedildi:
{path}

Dosya şifreli değildir: güvenli bir yerde saklayın ve artık gerekmediğinde silin.</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>&amp;Dosyayı aç</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>&amp;Klasörü aç</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Raporu kaydet</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>{name} için parolayı sıfırla</translation>
    </message>
    <message>
        <source>{name} is active again. Deactivating removed the account&apos;s key to the database, so {name} can log in only after you set a new password.</source>
        <translation>{name} yeniden etkin. Devre dışı bırakma, hesabın veritabanı anahtarını kaldırdı; bu nedenle {name} ancak siz yeni bir parola belirledikten sonra oturum açabilir.</translation>
    </message>
    <message>
        <source>Give the temporary password to {name} in person. At the next login Lotse asks for a new one.</source>
        <translation>Geçici parolayı {name} kişisine yüz yüze verin. Bir sonraki oturum açışta Lotse yeni bir parola ister.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Geçici parola:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Parolayı &amp;tekrarlayın:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
    <message>
        <source>All rows are imported together, or none.</source>
        <translation>Tüm satırlar birlikte içe aktarılır ya da hiçbiri aktarılmaz.</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>İçe aktarılıyor …</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>İçe aktarma iptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The import found problems and changed nothing.</source>
        <translation>İçe aktarma sorunlar buldu ve hiçbir şeyi değiştirmedi.</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>İçe aktarıldı: {created} oluşturuldu, {updated} güncellendi, {unchanged} değişmedi.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The database server</source>
        <translation>Veritabanı sunucusu</translation>
    </message>
    <message>
        <source>Enter what the person who set up the server gave you. Lotse connects now to check it.</source>
        <translation>Sunucuyu kuran kişinin size verdiği bilgileri girin. Lotse bunları denetlemek için şimdi bağlanır.</translation>
    </message>
    <message>
        <source>e.g. server.local or 192.168.1.10</source>
        <translation>ör. server.local veya 192.168.1.10</translation>
    </message>
    <message>
        <source>e.g. lotse</source>
        <translation>ör. lotse</translation>
    </message>
    <message>
        <source>Encrypted connection (&amp;TLS) required</source>
        <translation>Şifreli bağlantı (&amp;TLS) zorunlu</translation>
    </message>
    <message>
        <source>Untick only for a server on this computer: otherwise the data would cross the network readable.</source>
        <translation>İşareti yalnızca bu bilgisayardaki bir sunucu için kaldırın: aksi hâlde veriler ağ üzerinden okunabilir biçimde geçer.</translation>
    </message>
    <message>
        <source>Remember the password on this computer (in the system&apos;s credential store)</source>
        <translation>Parolayı bu bilgisayarda hatırla (sistemin kimlik bilgisi deposunda)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Veritabanı:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Hesap:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rola:</translation>
    </message>
    <message>
        <source>Password: enter the server password.</source>
        <translation>Parola: sunucu parolasını girin.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session – {course}</source>
        <translation>Yeni oturum – {course}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>&amp;Başlangıç saati:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Sür&amp;e:</translation>
    </message>
    <message>
        <source>Repeat &amp;weekly until the course&apos;s last day</source>
        <translation>Kursun son gününe kadar &amp;her hafta tekrarla</translation>
    </message>
    <message>
        <source>The course runs from {start} to {end}.</source>
        <translation>Kurs {start} ile {end} arasında sürüyor.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listeler</translation>
    </message>
    <message>
        <source>Consents and partners</source>
        <translation>Rızalar ve ortak kuruluşlar</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Kullanıcı hesapları</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Veri koruma</translation>
    </message>
</context>
<context>
    <name>SixMonthDialog</name>
    <message>
        <source>Six months after exit – {project}</source>
        <translation>Çıkıştan altı ay sonra – {project}</translation>
    </message>
    <message>
        <source>Exit on {date}; follow-up due on {due}.</source>
        <translation>Çıkış {date}; izleme son tarihi {due}.</translation>
    </message>
    <message>
        <source>&amp;Employed or self-employed:</source>
        <translation>Çalışıyor veya &amp;serbest çalışıyor:</translation>
    </message>
    <message>
        <source>Situation on the labour market &amp;improved:</source>
        <translation>İş piyasasındaki durum &amp;iyileşti:</translation>
    </message>
    <message>
        <source>Whether the situation improved is only asked of people who were employed at entry.</source>
        <translation>Durumun iyileşip iyileşmediği yalnızca girişte çalışan kişilere sorulur.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>Neyi içe aktarmak istiyorsunuz?</translation>
    </message>
    <message>
        <source>Lotse reads Excel (.xlsx, .xls), LibreOffice (.ods) and text files (.csv, Excel&apos;s Unicode text) separated by semicolons, commas or tabs.</source>
        <translation>Lotse; Excel (.xlsx, .xls), LibreOffice (.ods) ve noktalı virgül, virgül veya sekmeyle ayrılmış metin dosyalarını (.csv, Excel&apos;in Unicode metni) okur.</translation>
    </message>
    <message>
        <source>Participants (Teilnehmende)</source>
        <translation>Katılımcılar (Teilnehmende)</translation>
    </message>
    <message>
        <source>Consultations (Beratungen)</source>
        <translation>Görüşmeler (Beratungen)</translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamtliche)</source>
        <translation>Gönüllüler (Ehrenamtliche)</translation>
    </message>
    <message>
        <source>Volunteer hours (Ehrenamtsstunden)</source>
        <translation>Gönüllü saatleri (Ehrenamtsstunden)</translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation>Bir dosya seçin …</translation>
    </message>
    <message>
        <source>B&amp;rowse …</source>
        <translation>G&amp;özat …</translation>
    </message>
    <message>
        <source>Save an empty &amp;template …</source>
        <translation>Boş bir şablon &amp;kaydet …</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Bir tablo seçin</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation>Tablolar (*.xlsx *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Şablonu kaydet</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>{project}: %n question(s) not asked</source>
        <translation>
            <numerusform>{project}: %n soru sorulmadı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationDialog</name>
    <message>
        <source>Supported organisation</source>
        <translation>Desteklenen kuruluş</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Supported on:</source>
        <translation>&amp;Destek tarihi:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Ek bilgiler:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>Ta&amp;mam</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Destek tarihi</translation>
    </message>
</context>
<context>
    <name>SupportedOrganisationsTab</name>
    <message>
        <source>Public administrations and small and medium-sized enterprises the project supported. The ESF report counts them by the date of support.</source>
        <translation>Projenin desteklediği kamu kurumları ile küçük ve orta ölçekli işletmeler. ESF raporu bunları destek tarihine göre sayar.</translation>
    </message>
    <message>
        <source>No organisations yet – add one with “Add organisation”.</source>
        <translation>Henüz kuruluş yok – “Kuruluş ekle” ile ekleyin.</translation>
    </message>
    <message>
        <source>Supported organisations</source>
        <translation>Desteklenen kuruluşlar</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>Kuruluş &amp;ekle</translation>
    </message>
    <message>
        <source>Re&amp;move entry</source>
        <translation>K&amp;aydı kaldır</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Destek tarihi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ek bilgiler</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Kaydı kaldır</translation>
    </message>
    <message>
        <source>Remove {name} from the register?</source>
        <translation>{name} kayıttan kaldırılsın mı?</translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <source>New tandem</source>
        <translation>Yeni tandem</translation>
    </message>
    <message>
        <source>Case number or name</source>
        <translation>Vaka numarası veya ad</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>A&amp;ra</translation>
    </message>
    <message>
        <source>e.g. prepare for the driving test</source>
        <translation>ör. sürücü sınavına hazırlanmak</translation>
    </message>
    <message>
        <source>Find partic&amp;ipant:</source>
        <translation>Ka&amp;tılımcı ara:</translation>
    </message>
    <message>
        <source>Partici&amp;pant:</source>
        <translation>K&amp;atılımcı:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>M&amp;eetings:</source>
        <translation>B&amp;uluşmalar:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Hedefler:</translation>
    </message>
    <message>
        <source>Further &amp;goals:</source>
        <translation>Diğer &amp;hedefler:</translation>
    </message>
    <message>
        <source>{case} (born {year})</source>
        <translation>{case} (doğum {year})</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>“{text}” ile eşleşen vaka yok.</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation>konuştuğu diller: {languages}</translation>
    </message>
    <message>
        <source>same town</source>
        <translation>aynı şehir</translation>
    </message>
    <message>
        <source>Only active volunteers with a valid police clearance (and the club&apos;s training, where the club requires it) are offered; shared languages first, then the same town.</source>
        <translation>Yalnızca geçerli adli sicil belgesi olan (ve dernek şart koşuyorsa derneğin eğitimini almış) etkin gönüllüler önerilir; önce ortak dil konuşanlar, sonra aynı şehirdekiler.</translation>
    </message>
    <message>
        <source>No active volunteer has a valid police clearance (and the club&apos;s training, where the club requires it).</source>
        <translation>Hiçbir etkin gönüllünün geçerli bir adli sicil belgesi (ve dernek şart koşuyorsa derneğin eğitimi) yok.</translation>
    </message>
    <message>
        <source>Participant: find and choose a case.</source>
        <translation>Katılımcı: bir vaka arayın ve seçin.</translation>
    </message>
    <message>
        <source>Mentor: choose a volunteer.</source>
        <translation>Mentor: bir gönüllü seçin.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
</context>
<context>
    <name>TandemStatusDialog</name>
    <message>
        <source>Agreed goals reached?</source>
        <translation>Kararlaştırılan hedeflere ulaşıldı mı?</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>ulaşıldı</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>ulaşılmadı</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>D&amp;urum:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Bitiş tarihi:</translation>
    </message>
    <message>
        <source>End &amp;reason:</source>
        <translation>Bitiş &amp;nedeni:</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Bitiş tarihi</translation>
    </message>
</context>
<context>
    <name>TandemTab</name>
    <message>
        <source>No mentoring tandem yet – match a mentor with “New tandem”.</source>
        <translation>Henüz mentorluk tandemi yok – “Yeni tandem” ile bir mentor eşleştirin.</translation>
    </message>
    <message>
        <source>No mentoring tandem. Volunteer coordinators match tandems in the Volunteering section.</source>
        <translation>Mentorluk tandemi yok. Tandemleri gönüllü koordinatörleri Gönüllülük bölümünde eşleştirir.</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Tandemler</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>Yeni &amp;tandem …</translation>
    </message>
</context>
<context>
    <name>TandemsModel</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Menti</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Buluşmalar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Verilen saat</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{date} tarihinde {status}</translation>
    </message>
</context>
<context>
    <name>TandemsTab</name>
    <message>
        <source>No tandems yet – match a mentor with “New tandem”.</source>
        <translation>Henüz tandem yok – “Yeni tandem” ile bir mentor eşleştirin.</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Tandemler</translation>
    </message>
    <message>
        <source>New &amp;tandem …</source>
        <translation>Yeni &amp;tandem …</translation>
    </message>
    <message>
        <source>&amp;Agreement as PDF …</source>
        <translation>&amp;Sözleşme PDF olarak …</translation>
    </message>
    <message>
        <source>Change &amp;status …</source>
        <translation>&amp;Durumu değiştir …</translation>
    </message>
    <message>
        <source>Doc&amp;uments …</source>
        <translation>&amp;Belgeler …</translation>
    </message>
    <message>
        <source>Choose a tandem in the list first.</source>
        <translation>Önce listeden bir tandem seçin.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Documents of the tandem {mentor} – {mentee}</source>
        <translation>{mentor} – {mentee} tandeminin belgeleri</translation>
    </message>
    <message>
        <source>Tandem status</source>
        <translation>Tandem durumu</translation>
    </message>
    <message>
        <source>Tandem agreement</source>
        <translation>Tandem sözleşmesi</translation>
    </message>
    <message>
        <source>Save tandem agreement – the file will not be encrypted</source>
        <translation>Tandem sözleşmesini kaydet – dosya şifrelenmeyecek</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>TimesheetDialog</name>
    <message>
        <source>Timesheets (Stundennachweise)</source>
        <translation>Saat çizelgeleri (Stundennachweise)</translation>
    </message>
    <message>
        <source>All volunteers with approved hours</source>
        <translation>Onaylanmış saati olan tüm gönüllüler</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Ay:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Yıl:</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>&amp;Seç …</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Gönüllü:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Dönem:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>K&amp;lasör:</translation>
    </message>
    <message>
        <source>Folder for the timesheets – the files will not be encrypted</source>
        <translation>Saat çizelgeleri için klasör – dosyalar şifrelenmeyecek</translation>
    </message>
    <message>
        <source>Folder: choose where the timesheets are saved.</source>
        <translation>Klasör: saat çizelgelerinin nereye kaydedileceğini seçin.</translation>
    </message>
    <message>
        <source>Writing timesheets …</source>
        <translation>Saat çizelgeleri yazılıyor …</translation>
    </message>
    <message>
        <source>No volunteer has approved hours in this period; nothing was written.</source>
        <translation>Bu dönemde onaylanmış saati olan gönüllü yok; hiçbir şey yazılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n timesheet(s) saved in
{folder}</source>
        <translation>
            <numerusform>%n saat çizelgesi şuraya kaydedildi:
{folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>&amp;Klasörü aç</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lotse is locked</source>
        <translation>Lotse kilitli</translation>
    </message>
    <message>
        <source>Lotse was not used for a while and locked itself. Your unsaved input is kept. Enter the password of {name} to continue.</source>
        <translation>Lotse bir süre kullanılmadığı için kendini kilitledi. Kaydedilmemiş girişleriniz korunuyor. Devam etmek için {name} kullanıcısının parolasını girin.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Oturumu kapat</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User {name}</source>
        <translation>Kullanıcı {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Yeni kullanıcı</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— yok —</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>A&amp;d soyad:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Volunteer record:</source>
        <translation>&amp;Gönüllü kaydı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Parolayı &amp;tekrarlayın:</translation>
    </message>
    <message>
        <source>The new user chooses an own password at the first login.</source>
        <translation>Yeni kullanıcı ilk oturum açışta kendi parolasını seçer.</translation>
    </message>
    <message>
        <source>Role: please choose what the person does in the club.</source>
        <translation>Rol: lütfen kişinin dernekte ne yaptığını seçin.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Volunteer record</source>
        <translation>Gönüllü kaydı</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Son oturum açma</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <source>active, cannot log in until an administrator sets a new password</source>
        <translation>etkin, bir yönetici yeni parola belirleyene kadar oturum açamaz</translation>
    </message>
    <message>
        <source>waiting after wrong passwords until {time}</source>
        <translation>yanlış parolalar nedeniyle {time} saatine kadar bekliyor</translation>
    </message>
    <message>
        <source>active, must change the password</source>
        <translation>etkin, parolasını değiştirmesi gerekiyor</translation>
    </message>
    <message>
        <source>active</source>
        <translation>etkin</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Repeat password: the two passwords are not the same.</source>
        <translation>Parolayı tekrarlayın: iki parola aynı değil.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation>Kullanıcı hesapları</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Yeni kullanıcı</translation>
    </message>
    <message>
        <source>&amp;Edit user</source>
        <translation>Kullanıcıyı &amp;düzenle</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>&amp;Parolayı sıfırla</translation>
    </message>
    <message>
        <source>&amp;Deactivate / reactivate</source>
        <translation>Devre dışı &amp;bırak / yeniden etkinleştir</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Önce listeden bir kullanıcı seçin.</translation>
    </message>
    <message>
        <source>The user was added and chooses an own password at first login.</source>
        <translation>Kullanıcı eklendi; ilk oturum açışta kendi parolasını seçecek.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the user&apos;s next action.</source>
        <translation>Kaydedildi. Değişiklikler kullanıcının bir sonraki işleminden itibaren geçerli olur.</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next login.</source>
        <translation>{name} bir sonraki oturum açışta yeni bir parola seçmek zorunda.</translation>
    </message>
    <message>
        <source>{name} is deactivated and stopped at the next action. Reactivating the account needs a new password.</source>
        <translation>{name} devre dışı bırakıldı ve bir sonraki işleminde durdurulacak. Hesabın yeniden etkinleştirilmesi için yeni bir parola gerekir.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} yeniden oturum açabilir.</translation>
    </message>
    <message>
        <source>{name} is active again but cannot log in until a new password is set: choose “Reset password”.</source>
        <translation>{name} yeniden etkin, ancak yeni bir parola belirlenene kadar oturum açamaz: “Parolayı sıfırla”yı seçin.</translation>
    </message>
    <message>
        <source>{name} can log in again now.</source>
        <translation>{name} artık yeniden oturum açabilir.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Edit volunteer {number}</source>
        <translation>Gönüllüyü düzenle: {number}</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Yeni gönüllü</translation>
    </message>
    <message>
        <source>e.g. Deutsch; Arabisch</source>
        <translation>ör. Deutsch; Arabisch</translation>
    </message>
    <message>
        <source>no relevant entry</source>
        <translation>ilgili kayıt yok</translation>
    </message>
    <message>
        <source>relevant entry</source>
        <translation>ilgili kayıt var</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;Ad *:</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>&amp;Soyad *:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Şe&amp;hir:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Bölge:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;Diller:</translation>
    </message>
    <message>
        <source>S&amp;kills and profession:</source>
        <translation>Beceriler ve &amp;meslek:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Uygunluk:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>Kat&amp;ılış tarihi:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Left o&amp;n:</source>
        <translation>A&amp;yrılış tarihi:</translation>
    </message>
    <message>
        <source>Police &amp;clearance seen on:</source>
        <translation>Adli sicil belgesinin &amp;görüldüğü tarih:</translation>
    </message>
    <message>
        <source>Issue date of t&amp;he certificate:</source>
        <translation>Belgenin dü&amp;zenlenme tarihi:</translation>
    </message>
    <message>
        <source>Rele&amp;vant entry (§ 72a SGB VIII):</source>
        <translation>İlgi&amp;li kayıt (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <source>&amp;Training on:</source>
        <translation>Eğitim ta&amp;rihi:</translation>
    </message>
    <message>
        <source>Agreement si&amp;gned on:</source>
        <translation>Sözleşmenin &amp;imzalandığı tarih:</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Katılış tarihi</translation>
    </message>
    <message>
        <source>Police clearance seen on</source>
        <translation>Adli sicil belgesinin görüldüğü tarih</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Belgenin düzenlenme tarihi</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ayrılış tarihi</translation>
    </message>
    <message>
        <source>Training on</source>
        <translation>Eğitim tarihi</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Sözleşmenin imzalandığı tarih</translation>
    </message>
</context>
<context>
    <name>VolunteerStartPage</name>
    <message>
        <source>&amp;Enter my hours …</source>
        <translation>Saatlerimi &amp;gir …</translation>
    </message>
    <message>
        <source>My &amp;week …</source>
        <translation>&amp;Haftam …</translation>
    </message>
    <message>
        <source>My tandems</source>
        <translation>Tandemlerim</translation>
    </message>
    <message>
        <source>Police clearance and training</source>
        <translation>Adli sicil belgesi ve eğitim</translation>
    </message>
    <message>
        <source>Your login is not yet linked to your volunteer record, so Lotse cannot show your hours. Please ask your administrator to link it (Settings → User accounts).</source>
        <translation>Kullanıcı hesabınız henüz gönüllü kaydınıza bağlı değil, bu yüzden Lotse saatlerinizi gösteremiyor. Lütfen yöneticinizden bağlamasını isteyin (Ayarlar → Kullanıcı hesapları).</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Merhaba, {name}</translation>
    </message>
    <message>
        <source>hours this month</source>
        <translation>bu ayki saat</translation>
    </message>
    <message>
        <source>hours waiting for approval</source>
        <translation>onay bekleyen saat</translation>
    </message>
    <message>
        <source>approved hours this year</source>
        <translation>bu yıl onaylanan saat</translation>
    </message>
    <message>
        <source>You have no active tandem at the moment.</source>
        <translation>Şu anda etkin bir tandeminiz yok.</translation>
    </message>
    <message>
        <source>last met on {date}</source>
        <translation>son buluşma {date}</translation>
    </message>
    <message>
        <source>no meeting recorded yet</source>
        <translation>henüz buluşma kaydedilmedi</translation>
    </message>
    <message>
        <source>next meeting due by {date}</source>
        <translation>sonraki buluşma en geç {date}</translation>
    </message>
    <message>
        <source>No police clearance has been seen yet. Please bring it to your coordinator.</source>
        <translation>Henüz adli sicil belgesi görülmedi. Lütfen belgeyi koordinatörünüze getirin.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}; a new one was due on {due}. Please bring a current one.</source>
        <translation>Adli sicil belgesi {seen} tarihinde görüldü; yenisinin {due} tarihinde getirilmesi gerekiyordu. Lütfen güncel bir belge getirin.</translation>
    </message>
    <message>
        <source>Police clearance seen on {seen}, valid until {due}.</source>
        <translation>Adli sicil belgesi {seen} tarihinde görüldü, {due} tarihine kadar geçerli.</translation>
    </message>
    <message>
        <source>Training attended on {date}.</source>
        <translation>Eğitime katılım tarihi: {date}.</translation>
    </message>
    <message>
        <source>No training recorded yet; your coordinator will tell you the dates.</source>
        <translation>Henüz eğitim kaydedilmedi; koordinatörünüz size tarihleri bildirecek.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteering</source>
        <translation>Gönüllülük</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Kayıt listesi</translation>
    </message>
    <message>
        <source>Tandems</source>
        <translation>Tandemler</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>Ödenekler</translation>
    </message>
    <message>
        <source>My hours</source>
        <translation>Saatlerim</translation>
    </message>
    <message numerus="yes">
        <source>Hours to approve (%n)</source>
        <translation>
            <numerusform>Onaylanacak saatler (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Hours for a week</source>
        <translation>Bir haftanın saatleri</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Önceki hafta</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Sonraki hafta</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Gönüllü:</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Hafta:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Faaliyet:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proje:</translation>
    </message>
    <message>
        <source>Week {number}: {first} – {last}</source>
        <translation>{number}. hafta: {first} – {last}</translation>
    </message>
    <message>
        <source>Hours on {day}</source>
        <translation>{day} saatleri</translation>
    </message>
    <message>
        <source>{hours} h recorded</source>
        <translation>{hours} sa kaydedildi</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Mon</source>
        <translation>Pzt</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sal</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Çar</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Cmt</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Paz</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Lotse</source>
        <translation>Lotse&apos;ye hoş geldiniz</translation>
    </message>
    <message>
        <source>A few short steps and your club can start working.</source>
        <translation>Birkaç kısa adımdan sonra derneğiniz çalışmaya başlayabilir.</translation>
    </message>
    <message>
        <source>Lotse keeps your case files, consultation notes, volunteers and funder statistics in one file on this computer. No internet connection is needed and no data leaves the computer.

Next you choose where the data is kept and enter your organisation, the first administrator account and your first funded project. Everything can be changed later.</source>
        <translation>Lotse; vaka dosyalarınızı, görüşme notlarınızı, gönüllülerinizi ve fon sağlayıcı istatistiklerinizi bu bilgisayarda tek bir dosyada saklar. İnternet bağlantısı gerekmez ve hiçbir veri bilgisayardan çıkmaz.

Sonraki adımlarda verilerin nerede saklanacağını seçecek; kuruluşunuzu, ilk yönetici hesabını ve ilk fonlanan projenizi gireceksiniz. Her şey daha sonra değiştirilebilir.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>&amp;Language / Sprache:</source>
        <translation>&amp;Dil / Language:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Rızayı geri al</translation>
    </message>
    <message>
        <source>“{what}”, given on {date}. From the day of the withdrawal on, the processing it covered stops (a partner&apos;s export leaves the person out).</source>
        <translation>{date} tarihinde verilen “{what}”. Geri alma gününden itibaren bu rızanın kapsadığı veri işleme durur (ortak kuruluşa yönelik dışa aktarmada kişi yer almaz).</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Geri alındığı tarih:</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Geri alındığı tarih</translation>
    </message>
</context>
</TS>
