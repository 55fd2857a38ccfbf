# Machine translation (Arabic), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: the resident's signups (src/conversation/actions/signup-actions.ts).
## { $status } is one of the my-signups-status-* labels (the resident's view; coordinators
## see the status-* labels in Slack).

my-signups-heading = تسجيلاتك:
my-signups-item =
    { $title }
    { $organisation }
    الحالة: { $status }
my-signups-none = لا توجد لديك أي تسجيلات حتى الآن. يعرض لك الأمر /offers فرص التطوع المناسبة لك.

## Withdrawing a signup (flows/my-signups.yaml).

my-signups-choose = لسحب أحد تسجيلاتك، يكفي الضغط عليه.
my-signups-withdraw-button = سحب: { $title }
my-signups-close = لا، يبقى كل شيء كما هو
my-signups-withdraw-confirm = هل أسحب هذا التسجيل فعلًا؟ سيتم إبلاغ المنظمة بذلك.
my-signups-withdraw-yes = نعم، اسحب التسجيل
my-signups-withdraw-no = لا، احتفظ به
my-signups-kept = حسنًا، يبقى تسجيلك قائمًا.
my-signups-withdrawn = تم سحب تسجيلك، وسيتم إبلاغ المنظمة.
my-signups-not-withdrawable = لم يعد من الممكن سحب هذا التسجيل. ربما تغيّرت حالته للتو؛ يعرض لك الأمر /signups وضعه الحالي.

## Status of a signup as the resident reads it.

my-signups-status-new = تم التسجيل، وستتواصل معك المنظمة
my-signups-status-contacted = تواصلت المنظمة معك
my-signups-status-accepted = تم القبول – يسعدنا انضمامك!
my-signups-status-declined = للأسف لم يتم القبول
my-signups-status-withdrawn = سحبته أنت
