# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /hilfe (flows/help.yaml); also the answer to unknown commands and to messages
## outside a question.

help-text =
    أنا «مرشد التطوع» (Ehrenamtslotse). أساعدك في العثور على عمل تطوعي يناسبك.

    يكفي الضغط على أحد الأوامر:
    /offers – فرص تطوع تناسبك
    /profile – تغيير إجاباتك
    /signups – عرض تسجيلاتك أو سحبها
    /question – طرح سؤال على الفريق
    /language – تغيير اللغة
    /privacy – ماذا يحدث لبياناتك
    /mydata – عرض جميع بياناتك المحفوظة
    /delete – حذف جميع بياناتك
    /start – البدء من جديد
    /help – هذه القائمة
