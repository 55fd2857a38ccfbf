# Machine translation (Turkish), reviewed by back-translation to German; not yet proof-read by a native speaker. Cities: please have it checked before going live.

## /meine: the resident's signups (src/conversation/actions/signup-actions.ts).
## { $status } is one of the my-signups-status-* labels (the resident's view; coordinators
## see the status-* labels in Slack).

my-signups-heading = Başvurularınız:
my-signups-item =
    { $title }
    { $organisation }
    Durum: { $status }
my-signups-none = Henüz hiçbir ilana başvurmadınız. Size uygun ilanları /offers komutuyla bulabilirsiniz.

## Withdrawing a signup (flows/my-signups.yaml).

my-signups-choose = Bir başvurunuzu geri çekmek ister misiniz? O zaman üzerine dokunun.
my-signups-withdraw-button = Geri çek: { $title }
my-signups-close = Hayır, her şey kalsın
my-signups-withdraw-confirm = Bu başvuruyu gerçekten geri çekmek istiyor musunuz? Kuruluşa bilgi verilecek.
my-signups-withdraw-yes = Evet, geri çek
my-signups-withdraw-no = Hayır, kalsın
my-signups-kept = Tamam, başvurunuz geçerli kalıyor.
my-signups-withdrawn = Başvurunuz geri çekildi. Kuruluşa bilgi verilecek.
my-signups-not-withdrawable = Bu başvuru artık geri çekilemez. Durumu az önce değişmiş olabilir; son durumu /signups komutuyla görebilirsiniz.

## Status of a signup as the resident reads it.

my-signups-status-new = başvuru yapıldı, kuruluş sizinle iletişime geçecek
my-signups-status-contacted = kuruluş sizinle iletişime geçti
my-signups-status-accepted = kabul edildi – aramızda olmanıza çok sevindik!
my-signups-status-declined = maalesef kabul edilmedi
my-signups-status-withdrawn = sizin tarafınızdan geri çekildi
