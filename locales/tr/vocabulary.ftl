# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Labels of the closed vocabularies in src/domain/vocabulary.ts. Adding a code there
## means adding its label here and in every other locale (test/locales.test.ts).

## Bot languages (BOT_LOCALES), each in its own language.

# same as German: the name of the language in its own language (German), as in every locale.
locale-name-de = Deutsch
# same as German: the name of the bot language in its own language (plain German), as in every locale.
locale-name-de-x-simple = Einfache Sprache
# same as German: the name of the language in its own language (English), as in every locale.
locale-name-en = English
# same as German: the name of the language in its own language (Ukrainian), as in every locale.
locale-name-uk = Українська
# same as German: the name of the language in its own language (Russian), as in every locale.
locale-name-ru = Русский
# same as German: the name of the language in its own language (Arabic), as in every locale.
locale-name-ar = العربية
# same as German: the name of the language in its own language (Turkish), as in every locale.
locale-name-tr = Türkçe
# same as German: the name of the language in its own language (Persian), as in every locale.
locale-name-fa = فارسی

## Interests (INTEREST_KEYS): buttons and the "passt zu" line.

interest-kinder = Çocuklar ve gençler
interest-senioren = Yaşlılar
interest-familien = Aileler
interest-integration = Mülteciler ve göçmenler
interest-kultur-bildung = Kültür ve eğitim
interest-nachbarschaft = Komşuluk
interest-sport-bewegung = Spor ve hareket
interest-umwelt = Çevre ve doğa
interest-handwerk-technik = El becerisi ve teknik
interest-digitales = Telefon ve bilgisayar
interest-essen-kochen = Yemek ve mutfak
interest-begleitung-fahrdienste = Refakat ve araçla taşıma
interest-organisation-verwaltung = Organizasyon ve büro işi

## When a resident has time (RESIDENT_SLOTS): buttons. "flexible" clears the others.

slot-weekday-morning = Hafta içi, öğleden önce
slot-weekday-afternoon = Hafta içi, öğleden sonra
slot-weekday-evening = Hafta içi, akşamları
slot-weekend-morning = Hafta sonu, öğleden önce
slot-weekend-afternoon = Hafta sonu, öğleden sonra
slot-weekend-evening = Hafta sonu, akşamları
slot-flexible = Tamamen esnek

## When an offer takes place (OPPORTUNITY_SLOTS): details and the "passt zu" line.

slot-mon-morning = Pazartesi öğleden önce
slot-mon-afternoon = Pazartesi öğleden sonra
slot-mon-evening = Pazartesi akşamı
slot-tue-morning = Salı öğleden önce
slot-tue-afternoon = Salı öğleden sonra
slot-tue-evening = Salı akşamı
slot-wed-morning = Çarşamba öğleden önce
slot-wed-afternoon = Çarşamba öğleden sonra
slot-wed-evening = Çarşamba akşamı
slot-thu-morning = Perşembe öğleden önce
slot-thu-afternoon = Perşembe öğleden sonra
slot-thu-evening = Perşembe akşamı
slot-fri-morning = Cuma öğleden önce
slot-fri-afternoon = Cuma öğleden sonra
slot-fri-evening = Cuma akşamı
slot-sat-morning = Cumartesi öğleden önce
slot-sat-afternoon = Cumartesi öğleden sonra
slot-sat-evening = Cumartesi akşamı
slot-sun-morning = Pazar öğleden önce
slot-sun-afternoon = Pazar öğleden sonra
slot-sun-evening = Pazar akşamı

## Hours per week (HOURS_CHOICES); the answer is stored as the upper bound.

hours-1 = En fazla 1 saat
hours-2 = En fazla 2 saat
hours-4 = En fazla 4 saat
hours-8 = En fazla 8 saat

## Languages a resident speaks (LANGUAGE_CODES).

language-de = Almanca
language-en = İngilizce
language-ar = Arapça
language-uk = Ukraynaca
language-ru = Rusça
language-tr = Türkçe
language-fa = Farsça
language-fr = Fransızca
language-es = İspanyolca
language-pl = Lehçe
language-ro = Romence
language-it = İtalyanca

## Preconditions of an offer (REQUIREMENT_KEYS), spelled out for someone who has never
## heard of them.

requirement-fuehrungszeugnis = Genişletilmiş adli sicil belgesi („Erweitertes Führungszeugnis“): Gönüllüler için ücretsizdir; kuruluş size, Bürgeramt’a (belediyenin vatandaş hizmetleri bürosu) götürmeniz için bir onay yazısı verir.
requirement-ifsg-belehrung = Enfeksiyondan Korunma Yasası’nın 43. maddesine (§ 43 Infektionsschutzgesetz) göre bilgilendirme: Gesundheitsamt’ta (sağlık dairesi) yapılır; gıdayla çalışmak için gereklidir.
requirement-fuehrerschein = Otomobil ehliyeti (B sınıfı)
requirement-schulung = İlk görevden önce kuruluşun vereceği bir tanıtım eğitimi
requirement-erste-hilfe = İlk yardım kursu (bir günlük kurs, örneğin Alman Kızılhaçı’nda)
