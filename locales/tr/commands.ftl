# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts), one per
## flow with commands, named by the flow's English command. German menus show the German
## command (/angebote), the others the English one (/offers); both work in every language.
## Short: the menu shows about one line.

command-start = Baştan başla
command-offers = Bana uygun ilanları göster
command-profile = Cevaplarımı değiştir
command-signups = Başvurularım
command-question = Ekibe soru sor
command-language = Dili değiştir
command-help = Yardım ve tüm komutlar
command-privacy = Veri koruma: Verilerime ne oluyor?
command-delete = Verilerimi sil
command-mydata = Kayıtlı verilerimi göster
