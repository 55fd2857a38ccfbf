# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## Descriptions in Telegram's command menu (src/channels/telegram/set-bot-commands.ts), one per
## flow with commands, named by the flow's English command. German menus show the German
## command (/angebote), the others the English one (/offers); both work in every language.
## Short: the menu shows about one line.

command-start = البدء من جديد
command-offers = عرض فرص التطوع المناسبة لك
command-profile = تغيير إجاباتي
command-signups = تسجيلاتي
command-question = طرح سؤال على الفريق
command-language = تغيير اللغة
command-help = المساعدة وكل الأوامر
command-privacy = حماية البيانات: ماذا يحدث لبياناتي
command-delete = حذف بياناتي
command-mydata = عرض بياناتي المحفوظة
