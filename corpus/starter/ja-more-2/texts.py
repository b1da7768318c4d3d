# -*- coding: utf-8 -*-
"""Texts and per-message settings of the ja-more-2 starter messages.

Every text here was written for this set; none of it is real mail.  Each
record is a dict with:

  path      "spam/<kind>-NN.eml" or "ham/<kind>-NN.eml"
  charset   iso-2022-jp, shift_jis, utf-8 or euc-jp (body charset)
  hcharset  charset of the RFC 2047 words in Subject/From/To (default: charset)
  cte       7bit, 8bit, base64 or quoted-printable
  qsubj     True for Q-encoded words instead of B
  date      "YYYY-MM-DD HH:MM:SS", JST
  sender    (display name or None, address)
  to        [(display name or None, address), ...] or a raw To: string with rcpt
  ret       Return-Path address (default: the sender address)
  via       (HELO, reverse DNS or "unknown", IP) of the host that reached the MX
  hops      1 (MX only), 2 (MX + mailbox server, default) or 3 (also the
            sender's submission hop; needs origin=(HELO, IP))
  headers   extra ASCII headers [(name, value), ...]
  text      text/plain body; html: text/html body (multipart/alternative),
            html_only=True: the HTML is the only body
  attach    [(filename, content type, placeholder kind), ...], with fname the
            filename style (rfc2231, rfc2231-only, word)
  hard      True on ham that shares its vocabulary with phishing or sales
            spam (security notices, payment reminders, sale newsletters, ...)

Sender domains, Return-Path, relays and link hosts of both classes are drawn
from the same reserved families (example.*.jp, example.com/.net/.org,
.example, .test, .invalid); see README.md.
"""

MESSAGES = []


def add(path, charset, cte, date, sender, to, subject, text, **kw):
    if text and not text.endswith("\n"):
        text += "\n"
    m = dict(path=path, charset=charset, cte=cte, date=date, sender=sender,
             to=to, subject=subject, text=text)
    m.update(kw)
    MESSAGES.append(m)


# ===========================================================================
# spam
# ===========================================================================

add("spam/bank-phish-01.eml", "iso-2022-jp", "7bit", "2025-05-13 06:41:18",
    ("みずほダイレクト", "info@mizuho-direct-secure.test"),
    [(None, "h.okada@example.ne.jp")],
    "【みずほ銀行】ワンタイムパスワード再登録のお願い（5月16日まで）",
    """\
みずほダイレクトをご利用のお客さまへ

平素はみずほ銀行をお引き立ていただき、誠にありがとうございます。

当行では、インターネットバンキングの不正送金被害の拡大を受け、
2025年5月19日（月）よりワンタイムパスワードの認証方式を変更いたします。

つきましては、5月16日（金）までに下記ページより
ワンタイムパスワードの再登録を完了してください。

　▼再登録はこちら
　https://mizuho-direct-secure.test/otp/re-entry?cid=40216

期限までに再登録が確認できないお客さまは、
安全のため、振込・振替などのお取引を一時停止させていただきます。

再登録には、お客さま番号、ログインパスワード、第2暗証番号が必要です。
お手元にご用意のうえお手続きください。

株式会社みずほ銀行
""",
    via=("vps12.hostbank.test", "vps12.hostbank.test", "198.51.100.14"), hops=2)

add("spam/card-phish-01.eml", "utf-8", "quoted-printable", "2024-10-08 19:26:50",
    ("楽天カード株式会社", "info@rakuten-card.co.jp.secure-id.example"),
    [(None, "kanako.ueno@example.jp")],
    "楽天カード：ご利用内容確認のお願い", qsubj=True,
    text="""\
楽天カードをご利用いただき、誠にありがとうございます。

お客様のカードにつきまして、第三者による不正利用の可能性があるお取引を
検知いたしましたので、ご本人様のご利用かどうか確認させていただきたく
ご連絡いたしました。

お手数ではございますが、下記よりご利用内容をご確認ください。

https://rakuten-card.co.jp.secure-id.example/e-navi/confirm

ご確認いただけるまで、カードのご利用を一部制限させていただく場合がございます。
何卒ご理解とご協力をお願い申し上げます。

楽天カード株式会社
""",
    html="""\
<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#333">
<div style="border-bottom:4px solid #bf0000;padding:6px 0"><b style="color:#bf0000">楽天カード</b></div>
<p>楽天カードをご利用いただき、誠にありがとうございます。</p>
<p>お客様のカードにつきまして、第三者による不正利用の可能性があるお取引を検知いたしましたので、ご本人様のご利用かどうか確認させていただきたくご連絡いたしました。</p>
<p>お手数ではございますが、下記よりご利用内容をご確認ください。</p>
<p><a href="https://rakuten-card.co.jp.secure-id.example/e-navi/confirm">楽天e-NAVIでご利用内容を確認する</a></p>
<p>ご確認いただけるまで、カードのご利用を一部制限させていただく場合がございます。<br>何卒ご理解とご協力をお願い申し上げます。</p>
<p style="font-size:12px;color:#777">楽天カード株式会社</p>
</body></html>
""",
    ret="mailer-daemon@mail.secure-id.example",
    via=("mail.secure-id.example", "unknown", "203.0.113.81"), hops=2)

add("spam/card-phish-02.eml", "shift_jis", "8bit", "2025-01-22 03:17:09",
    ("三井住友カード", "sales@tanaka-kogyo.example.co.jp"),
    [(None, "nakano.s@example.com")],
    "【三井住友カード】Vpass ご登録情報更新のお願い",
    """\
三井住友カードをご利用のお客様

いつも三井住友カードをご利用いただきありがとうございます。

このたび、Vpass のシステム更新に伴い、全会員様にご登録情報の
再確認をお願いしております。
お手数ですが、2025年1月24日までに下記URLよりログインのうえ、
カード番号・有効期限・セキュリティコードをご確認ください。

http://vpass-update.tanaka-kogyo.example.co.jp/jp/login.php

ご確認のない場合、カードのご利用を停止させていただきます。

※本メールは送信専用アドレスより配信しております。

三井住友カード株式会社
""",
    hcharset="iso-2022-jp",
    via=("tanaka-kogyo.example.co.jp", "p2211-ipngn502.osaka.example.ne.jp", "192.0.2.211"), hops=2)

add("spam/securities-phish-01.eml", "utf-8", "base64", "2025-04-02 11:05:33",
    ("SBI証券", "support@sbisec-kouza-check.example"),
    [(None, "ryo.fukuda@example.ne.jp")],
    "【SBI証券】重要：お客様の口座で不審なログインを検知しました（取引制限中）",
    """\
SBI証券をご利用のお客様

お客様の口座に対し、普段と異なる環境からのログインを検知いたしました。
第三者による不正アクセスの可能性があるため、
現在お客様の口座では以下のお取引を制限しております。

　・国内株式／外国株式の売買
　・出金、出金先口座の変更

制限の解除には、本人確認の手続きが必要です。
下記より、ログインID・パスワード・取引パスワードをご入力のうえ、
ご本人様確認を完了してください。

https://sbisec-kouza-check.example/login/verify

※24時間以内にお手続きいただけない場合、口座を凍結いたします。
※凍結後の解除には書面でのお手続きが必要となり、2週間ほどかかります。

株式会社SBI証券
""",
    html="""\
<html><body style="font-family:sans-serif;background:#f4f4f4">
<table width="620" align="center" style="background:#fff;border:1px solid #ddd"><tr><td style="padding:18px">
<p style="color:#0b3d91;font-size:20px;font-weight:bold">SBI証券</p>
<p>SBI証券をご利用のお客様</p>
<p>お客様の口座に対し、普段と異なる環境からのログインを検知いたしました。<br>第三者による不正アクセスの可能性があるため、現在お客様の口座では以下のお取引を制限しております。</p>
<ul><li>国内株式／外国株式の売買</li><li>出金、出金先口座の変更</li></ul>
<p>制限の解除には、本人確認の手続きが必要です。</p>
<p style="text-align:center"><a href="https://sbisec-kouza-check.example/login/verify" style="display:inline-block;background:#0b3d91;color:#fff;padding:12px 40px;text-decoration:none">本人確認を行う</a></p>
<p style="color:#c00;font-size:13px">※24時間以内にお手続きいただけない場合、口座を凍結いたします。<br>※凍結後の解除には書面でのお手続きが必要となり、2週間ほどかかります。</p>
<p style="font-size:12px;color:#888">株式会社SBI証券</p>
</td></tr></table>
</body></html>
""",
    via=("sbisec-kouza-check.example", "sbisec-kouza-check.example", "203.0.113.171"), hops=2)

add("spam/securities-phish-02.eml", "iso-2022-jp", "7bit", "2025-04-21 22:53:02",
    ("野村證券 お客様サポート", "support@nomura-kouza.example.net"),
    [(None, "k-ishikawa@example.jp")],
    "【野村證券】お客様口座での第三者による取引について",
    """\
野村證券をご利用いただき、ありがとうございます。

お客様の口座におきまして、4月21日、お客様ご本人のものではない可能性がある
中国株式の買付注文が確認されました。
被害の拡大を防ぐため、当社にて口座の取引を一時的に制限しております。

お預かり資産の保全のため、至急下記の手順にてご対応ください。

　1. 下記URLからログインする
　2. 登録情報（住所・電話番号・出金先口座）を確認する
　3. 新しいパスワードを設定する

　https://nomura-kouza.example.net/sec/restore

お手続き完了後、24時間以内に制限を解除いたします。
なお、期限内にお手続きいただけない場合の損失については、
当社では補償いたしかねますのでご了承ください。

野村證券株式会社 お客様サポートセンター
""",
    ret="bounce-0421@mta.nomura-kouza.example.net",
    via=("mta.nomura-kouza.example.net", "mta.nomura-kouza.example.net", "198.51.100.203"), hops=2)

add("spam/carrier-phish-01.eml", "utf-8", "8bit", "2024-08-27 12:14:40",
    ("NTTドコモ", "d-account@docomo-info.example.ne.jp"),
    [(None, "saori.m@example.com")],
    "【ドコモ】ご利用料金のお支払い確認ができておりません",
    """\
いつもドコモをご利用いただきありがとうございます。

8月ご請求分のご利用料金について、ご指定のお支払い方法での
お支払いが確認できませんでした。

　ご請求金額：9,812円
　お支払い期限：2024年8月30日（金）

期限までにお支払いが確認できない場合、
携帯電話のご利用を停止させていただく場合がございます。

dアカウントにログインのうえ、お支払い方法をご確認ください。
https://docomo-info.example.ne.jp/dcm/pay/login

※このメールは送信専用です。

株式会社NTTドコモ
""",
    via=("docomo-info.example.ne.jp", "unknown", "203.0.113.45"), hops=2)

add("spam/carrier-phish-02.eml", "shift_jis", "base64", "2025-09-03 08:02:27",
    ("au お客さまセンター", "info@au-kddi-kaisen.test"),
    [(None, "tomomi.i@example.jp")],
    "【au】回線利用停止のご予告",
    """\
auをご利用いただき、誠にありがとうございます。

お客さまのご契約回線について、2か月分のご利用料金が未納となっております。
このままお支払いが確認できない場合、9月5日をもちまして
回線のご利用を停止させていただきます。

未納額：18,460円

下記のページより、クレジットカードまたはau PAYでお支払いいただけます。
https://au-kddi-kaisen.test/pay/

回線停止後は、電話・データ通信・SMSのすべてがご利用いただけなくなります。

KDDI株式会社
""",
    via=("ip-203-0-113-9.static.hostplus.test", "ip-203-0-113-9.static.hostplus.test", "203.0.113.9"), hops=1)

add("spam/ec-phish-01.eml", "utf-8", "base64", "2025-02-18 23:44:12",
    ("Amazon.co.jp", "account-update@amazon-co-jp.mailsvc.example.com"),
    [(None, "yuji.hara@example.ne.jp")],
    "Amazonプライム会員資格の更新ができませんでした",
    None, html_only=True,
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;color:#111">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 0;font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.co.jp</span></td></tr>
<tr><td style="padding:10px 0">
<p>いつもAmazonをご利用いただきありがとうございます。</p>
<p>ご登録のお支払い方法に問題があったため、Amazonプライム会員資格を更新できませんでした。お支払い情報を更新いただくまで、お急ぎ便やPrime Videoなどの特典はご利用いただけません。</p>
<p>お支払い方法を更新しない場合、お客様のアカウントは<b>48時間以内</b>に保留となり、未発送のご注文はキャンセルされます。</p>
<p><a href="https://amazon-co-jp.mailsvc.example.com/ap/signin?ref=prime_renew" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:8px 24px;color:#111;text-decoration:none">お支払い方法を更新する</a></p>
<p style="font-size:12px;color:#555">このメールは配信専用です。ご不明な点はカスタマーサービスまでお問い合わせください。<br>Amazon.co.jp</p>
</td></tr></table>
</body></html>
""",
    via=("mailsvc.example.com", "unknown", "192.0.2.66"), hops=2)

add("spam/ec-phish-02.eml", "iso-2022-jp", "7bit", "2024-12-03 14:29:55",
    ("楽天市場", "info@kobayashi-shoten.example.jp"),
    [(None, "a.morita@example.co.jp")],
    "【楽天市場】ご注文内容の確認（自動配信メール）",
    """\
この度は楽天市場をご利用いただきありがとうございます。
以下の内容でご注文を承りました。

[受注番号] 282714-20241203-0091374
[ご注文日時] 2024-12-03 14:21
[商品] Apple iPad Pro 13インチ 1TB Wi-Fi + Cellular × 2
[お支払い金額] 733,600円
[お支払い方法] クレジットカード決済

お心当たりのないご注文の場合は、24時間以内に下記より
ご注文のキャンセル手続きを行ってください。
キャンセル手続きがない場合、そのまま発送手続きに進みます。

▼ご注文のキャンセル・お問い合わせ
http://kobayashi-shoten.example.jp/wp-content/rakuten/cancel/

楽天グループ株式会社
""",
    via=("kobayashi-shoten.example.jp", "sv81.rental-srv.example.jp", "198.51.100.81"), hops=2)

add("spam/delivery-phish-01.eml", "utf-8", "quoted-printable", "2025-06-10 09:13:21",
    ("ヤマト運輸", "no-reply@yamato-otodoke.invalid"),
    [(None, "hiroko.s@example.ne.jp")],
    "ヤマト運輸：お届け予定日時の変更手続きのお願い", qsubj=True,
    text="""\
ヤマト運輸です。
お客様宛のお荷物について、配達予定日時を確定できておりません。

下記より受け取り希望日時を選択してください。
選択がない場合、お荷物は発送元へ返送となります。

https://yamato-otodoke.invalid/t?c=88124

※日時指定サービス料（110円）はクレジットカード決済のみとなります。
""",
    via=("mx-relay3.yamato-otodoke.invalid", "unknown", "192.0.2.188"), hops=2)

add("spam/delivery-phish-02.eml", "shift_jis", "8bit", "2025-03-06 16:50:08",
    ("日本郵便 国際郵便課", "notice@post-jp.example.org"),
    [(None, "k.endo@example.net")],
    "【日本郵便】国際郵便物 関税のお支払いについて（ｺﾞ確認ください）",
    """\
お客様

海外から発送されたお客様宛の国際郵便物が、税関にて保留されております。
お荷物をお届けするには、関税・消費税のお支払いが必要です。

　追跡番号：RR 4418 2077 6 CN
　差出国　：中国
　お支払い金額：1,480円（関税・通関手数料）

下記ページにてお支払いください。お支払い確認後、2〜3日でお届けします。
https://post-jp.example.org/customs/pay

7日以内にお支払いが確認できない場合、
お荷物は差出国へ返送または廃棄処分となります。

日本郵便株式会社
""",
    via=("smtp.post-jp.example.org", "smtp.post-jp.example.org", "198.51.100.149"), hops=2)

add("spam/utility-phish-01.eml", "utf-8", "base64", "2024-11-14 10:31:47",
    ("関西電力 はぴeみる電", "refund@kepco-hapie.test"),
    [(None, "t.maeda@example.jp")],
    "【関西電力】電気料金の過払い分返金のお知らせ",
    """\
関西電力をご利用いただき、ありがとうございます。

料金システムの点検の結果、お客さまの過去12か月分の電気料金について、
燃料費調整額の計算に誤りがあり、過払いが発生していたことが判明しました。

　返金予定額：7,264円

返金をご希望のお客さまは、11月20日までに下記より
返金先の口座情報をご登録ください。
https://kepco-hapie.test/refund/entry

期限を過ぎますと、返金の受付を終了させていただきます。
ご迷惑をおかけしましたことを深くお詫び申し上げます。

関西電力株式会社 お客さまセンター
""",
    html="""\
<html><body style="font-family:sans-serif">
<p style="background:#00569c;color:#fff;padding:8px">関西電力 はぴeみる電</p>
<p>関西電力をご利用いただき、ありがとうございます。</p>
<p>料金システムの点検の結果、お客さまの過去12か月分の電気料金について、燃料費調整額の計算に誤りがあり、過払いが発生していたことが判明しました。</p>
<p style="font-size:20px">返金予定額：<b style="color:#d00">7,264円</b></p>
<p>返金をご希望のお客さまは、11月20日までに下記より返金先の口座情報をご登録ください。</p>
<p><a href="https://kepco-hapie.test/refund/entry">返金先口座を登録する</a></p>
<p>期限を過ぎますと、返金の受付を終了させていただきます。<br>ご迷惑をおかけしましたことを深くお詫び申し上げます。</p>
<p style="font-size:12px">関西電力株式会社 お客さまセンター</p>
</body></html>
""",
    via=("kepco-hapie.test", "kepco-hapie.test", "203.0.113.106"), hops=2)

add("spam/tax-phish-01.eml", "iso-2022-jp", "7bit", "2025-03-25 07:55:38",
    ("国税庁", "info@nta.example.go.jp"),
    [(None, "yoshida.m@example.ne.jp")],
    "【国税庁】所得税の還付金受け取り手続きのご案内",
    """\
納税者各位

令和6年分の確定申告に基づき、お客様には所得税の還付金が発生しております。

　還付金額：38,200円
　受付期限：令和7年3月31日（月）

還付金の受け取りには、e-Taxの還付金受取口座の登録が必要です。
下記の専用ページより、受取口座とご本人様確認情報を登録してください。

https://nta-kanpu-uketori.example.com/etax/refund

期限までに登録がない場合、還付金は国庫に返納されますのでご注意ください。

国税庁 個人課税課
""",
    ret="mailer@bb-pool-17.example.net",
    via=("bb-pool-17.example.net", "p17-198-51-100-64.dyn.example.net", "198.51.100.64"), hops=1)

add("spam/tax-phish-02.eml", "euc-jp", "8bit", "2024-06-12 13:36:19",
    ("地方税お支払サイト", "eltax-info@chihouzei-shiharai.example.com"),
    [(None, "m.kubota@example.jp")],
    "【地方税お支払サイト】住民税の未納付に関する重要なお知らせ",
    """\
地方税共同機構より、住民税の納付状況についてお知らせいたします。

お客様の令和5年度分個人住民税（普通徴収 第4期）について、
納期限を過ぎても納付が確認できておりません。

　未納額　：21,300円
　延滞金　：1,180円

6月14日までに下記サイトより納付をお済ませください。
ペイジー、クレジットカード、スマホ決済がご利用いただけます。
https://chihouzei-shiharai.example.com/eltax/pay

期限内にご納付いただけない場合、地方税法に基づき
給与・預貯金等の財産の差押えを行うことがあります。

地方税共同機構
""",
    via=("chihouzei-shiharai.example.com", "chihouzei-shiharai.example.com", "192.0.2.133"), hops=2)

add("spam/pension-phish-01.eml", "iso-2022-jp", "7bit", "2024-09-19 09:22:03",
    ("日本年金機構", "nenkin-net@nenkin-kyufu.example"),
    [(None, "s.kimura@example.jp")],
    "【日本年金機構】年金の未支給分の受け取りについて（重要）",
    """\
年金受給者の皆様へ

日本年金機構です。
記録の再点検により、お客様の過去の年金に未支給分があることが判明しました。

　未支給額：156,400円

受け取りには、ねんきんネットでの受取口座の確認手続きが必要です。
下記よりお手続きください。

https://nenkin-kyufu.example/nenkinnet/kakunin

お手続きの際には、基礎年金番号、お受け取り口座の暗証番号を
お手元にご用意ください。
9月30日を過ぎますと、時効により受け取りができなくなります。

日本年金機構 年金給付事業部
""",
    via=("nenkin-kyufu.example", "nenkin-kyufu.example", "198.51.100.226"), hops=2)

add("spam/mynumber-phish-01.eml", "utf-8", "quoted-printable", "2024-11-28 18:05:44",
    ("デジタル庁", "myna-hoken@digital.example.go.jp"),
    [(None, "yamamoto.k@example.com")],
    "【重要】マイナ保険証への移行手続きが完了していません", qsubj=True,
    text="""\
マイナンバーカードをお持ちの皆様へ

2024年12月2日より、現行の健康保険証は新規発行が停止され、
マイナ保険証（マイナンバーカードの健康保険証利用）へ移行します。

お客様のマイナンバーカードは、まだ健康保険証としての
利用登録が完了しておりません。
12月1日までに登録を完了されない場合、医療機関の窓口で
医療費を全額自己負担していただく場合があります。

今なら登録完了で、マイナポイント 7,500円分 を付与いたします。

▼利用登録はこちら（所要時間3分）
https://myna-hokensho.example.com/touroku

デジタル庁 マイナンバーカード推進室
""",
    html="""\
<html><body style="font-family:sans-serif;color:#222">
<p style="border-left:6px solid #003f8e;padding-left:8px;font-size:18px">デジタル庁</p>
<p>マイナンバーカードをお持ちの皆様へ</p>
<p>2024年12月2日より、現行の健康保険証は新規発行が停止され、マイナ保険証（マイナンバーカードの健康保険証利用）へ移行します。</p>
<p>お客様のマイナンバーカードは、まだ健康保険証としての<b>利用登録が完了しておりません</b>。<br>12月1日までに登録を完了されない場合、医療機関の窓口で医療費を全額自己負担していただく場合があります。</p>
<p style="background:#fff4d6;padding:10px">今なら登録完了で、<b style="color:#d40000">マイナポイント 7,500円分</b> を付与いたします。</p>
<p><a href="https://myna-hokensho.example.com/touroku">利用登録はこちら（所要時間3分）</a></p>
<p style="font-size:12px">デジタル庁 マイナンバーカード推進室</p>
</body></html>
""",
    via=("mail.myna-hokensho.example.com", "unknown", "203.0.113.57"), hops=2)

add("spam/kyufukin-phish-01.eml", "utf-8", "8bit", "2025-01-29 20:18:35",
    ("給付金事務センター", "kyufu@bukka-kyufu.test"),
    [(None, "ayaka.n@example.ne.jp")],
    "物価高騰対策給付金（3万円）の受給申請期限が迫っています",
    """\
【給付金事務センター】
物価高騰対策給付金（1世帯あたり3万円）の受給対象となっております。
申請期限は1月31日です。

下記より振込先口座とマイナンバーを登録してください。
https://bukka-kyufu.test/shinsei

期限を過ぎると受給できなくなります。
""",
    via=("[192.0.2.240]", "pool-192-0-2-240.dhcp.example.com", "192.0.2.240"), hops=1)

add("spam/nhk-phish-01.eml", "utf-8", "base64", "2025-07-23 15:47:11",
    ("NHK受信料の窓口", "jushinryo@nhk-keiyaku.example.net"),
    [(None, "d.sasaki@example.jp")],
    "【NHK】受信料お支払い状況の確認および契約情報更新のお願い",
    None, html_only=True,
    html="""\
<html><body style="font-family:sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<p style="font-size:20px;font-weight:bold;color:#000">NHK 受信料の窓口</p>
<p>いつもNHKの放送をご覧いただき、ありがとうございます。</p>
<p>お客様の放送受信契約について、お支払い方法に登録されたクレジットカードの有効期限が切れているため、2025年4月期以降の受信料をお預かりできておりません。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>未払い期間</td><td>2025年4月〜7月</td></tr>
<tr><td>未払い受信料</td><td>4,400円</td></tr>
</table>
<p>7月31日までにお支払い情報を更新されない場合、割増金（未払い額の2倍）を請求させていただくことがあります。</p>
<p><a href="https://nhk-keiyaku.example.net/renew/">契約情報を更新する</a></p>
<p style="font-size:12px;color:#666">日本放送協会 営業局</p>
</td></tr></table>
</body></html>
""",
    via=("nhk-keiyaku.example.net", "nhk-keiyaku.example.net", "198.51.100.37"), hops=2)

add("spam/etc-phish-01.eml", "shift_jis", "8bit", "2024-07-16 05:58:40",
    ("ETCマイレージサービス", "info@ohara-sekkei.example.co.jp"),
    [(None, "kenta.ono@example.ne.jp")],
    "ETCマイレージサービス ポイント失効と登録情報の更新について",
    """\
ETCマイレージサービスをご利用のお客様

いつもETCマイレージサービスをご利用いただきありがとうございます。

お客様のご登録ETCカードの有効期限が切れているため、
還元額（3,500円分）が無料通行分に交換できない状態になっております。
7月19日までに登録情報を更新されない場合、還元額は失効し、
あわせてETCマイレージサービスの登録が抹消されます。

▼登録情報の更新はこちら
http://ohara-sekkei.example.co.jp/images/etc-mileage/

※更新の際は、新しいETCカードの番号・有効期限をご入力ください。

ETCマイレージサービス事務局
""",
    hcharset="iso-2022-jp",
    via=("ohara-sekkei.example.co.jp", "sv22.rental-srv.example.jp", "203.0.113.212"), hops=2)

add("spam/airline-phish-01.eml", "utf-8", "quoted-printable", "2025-08-05 12:40:09",
    ("ANAマイレージクラブ", "survey@ana-mileage-enquete.example"),
    [(None, "nakamura.yuka@example.com")],
    "【ANA】アンケートご回答で5,000マイルをプレゼント", qsubj=True,
    text="""\
ANAマイレージクラブ会員の皆様

いつもANAをご利用いただき、誠にありがとうございます。

サービス向上のため、会員様を対象としたアンケートを実施しております。
簡単な5つの質問にお答えいただいた方全員に、
もれなく 5,000マイル をプレゼントいたします。

▼アンケートに回答する（所要時間1分）
https://ana-mileage-enquete.example/q/5000

※マイル付与のため、回答後にお客様番号とご本人確認（クレジットカード）を
　お願いしております。
※本アンケートは8月8日までの実施となります。

全日本空輸株式会社
""",
    html="""\
<html><body style="font-family:sans-serif;background:#eef3fa">
<div style="width:580px;margin:0 auto;background:#fff;padding:16px">
<p style="color:#13448f;font-size:20px;font-weight:bold">ANA Mileage Club</p>
<p>ANAマイレージクラブ会員の皆様</p>
<p>サービス向上のため、会員様を対象としたアンケートを実施しております。簡単な5つの質問にお答えいただいた方全員に、もれなく<b style="font-size:20px;color:#13448f"> 5,000マイル </b>をプレゼントいたします。</p>
<p style="text-align:center"><a href="https://ana-mileage-enquete.example/q/5000" style="background:#13448f;color:#fff;padding:10px 30px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:12px;color:#666">※マイル付与のため、回答後にお客様番号とご本人確認（クレジットカード）をお願いしております。<br>※本アンケートは8月8日までの実施となります。</p>
</div>
</body></html>
""",
    headers=[("List-Unsubscribe", "<https://ana-mileage-enquete.example/optout>")],
    ret="survey-bounce@out2.ana-mileage-enquete.example",
    via=("out2.ana-mileage-enquete.example", "out2.ana-mileage-enquete.example", "192.0.2.29"), hops=2)

add("spam/apple-phish-01.eml", "utf-8", "base64", "2024-09-30 01:12:56",
    ("Apple", "no_reply@apple-receipt.example.org"),
    [(None, "mai.hoshino@example.jp")],
    "Apple からの領収書（ご注文番号: MT8Q2K4LPX）",
    """\
領収書

Apple ID：mai.hoshino@example.jp
請求日：2024年9月29日
ご注文番号：MT8Q2K4LPX

App Store
  ゲーム内通貨パック（ジェム 12,000個）　　　　12,000円
  年間プラン（写真編集アプリ Pro）　　　　　　　 6,800円

合計　　　　　　　　　　　　　　　　　　　　18,800円

この購入に心当たりがない場合は、14日以内であれば
下記の「購入をキャンセル」から払い戻しを申請できます。
https://apple-receipt.example.org/reportaproblem/?o=MT8Q2K4LPX

払い戻しの際は、ご本人確認のため Apple ID のサインインと
お支払い方法の再確認が必要です。

Apple Japan 合同会社
""",
    html="""\
<html><body style="font-family:-apple-system,'Hiragino Kaku Gothic ProN',sans-serif;color:#333">
<table width="640" align="center"><tr><td>
<p style="font-size:28px;color:#888">領収書</p>
<table width="100%" style="background:#f5f5f7;font-size:12px"><tr>
<td>Apple ID<br>mai.hoshino@example.jp</td><td>請求日<br>2024年9月29日</td><td>ご注文番号<br>MT8Q2K4LPX</td></tr></table>
<table width="100%" style="font-size:13px;margin-top:12px">
<tr><td>ゲーム内通貨パック（ジェム 12,000個）</td><td align="right">12,000円</td></tr>
<tr><td>年間プラン（写真編集アプリ Pro）</td><td align="right">6,800円</td></tr>
<tr><td style="border-top:1px solid #ccc"><b>合計</b></td><td align="right" style="border-top:1px solid #ccc"><b>18,800円</b></td></tr>
</table>
<p style="font-size:13px">この購入に心当たりがない場合は、14日以内であれば払い戻しを申請できます。</p>
<p><a href="https://apple-receipt.example.org/reportaproblem/?o=MT8Q2K4LPX">購入をキャンセル</a></p>
<p style="font-size:11px;color:#888">Apple Japan 合同会社</p>
</td></tr></table>
</body></html>
""",
    via=("apple-receipt.example.org", "apple-receipt.example.org", "203.0.113.93"), hops=2)

add("spam/microsoft-phish-01.eml", "iso-2022-jp", "7bit", "2025-06-24 10:08:14",
    ("Microsoft 365", "j.sato@eng.example.ac.jp"),
    [(None, "r.hayashi@kirameki-denshi.example.co.jp")],
    "Microsoft 365 サブスクリプションのお支払いに失敗しました",
    """\
Microsoft 365 管理者様

お客様の Microsoft 365 Business Standard サブスクリプションについて、
登録されているお支払い方法での決済に失敗しました。

　サブスクリプション：Microsoft 365 Business Standard（25 ユーザー）
　請求額：47,025円
　ステータス：支払い保留

お支払い情報が更新されない場合、6月27日以降、組織内のすべてのユーザーの
Outlook、Teams、OneDrive へのアクセスが停止されます。

下記の管理センターにサインインし、お支払い方法を更新してください。
https://m365-billing-admin.example/adminportal/billing

Microsoft Corporation
One Microsoft Way, Redmond, WA 98052
""",
    via=("mail.eng.example.ac.jp", "mail.eng.example.ac.jp", "192.0.2.7"), hops=3,
    origin=("[198.51.100.139]", "198.51.100.139"))

add("spam/google-phish-01.eml", "utf-8", "quoted-printable", "2024-05-15 16:33:27",
    ("Google Workspace", "workspace-noreply@gws-admin-alert.test"),
    [(None, "admin@sora-design.example")],
    "[対応が必要] Google Workspace アカウントが停止されます", qsubj=True,
    text="""\
Google Workspace 管理者様

sora-design.example のドメインについて、利用規約に違反する
大量のメール送信が検出されました。

このため、2024年5月17日（金）にドメイン内のすべての
Google Workspace アカウントを停止する予定です。

停止を回避するには、管理者アカウントで本人確認を行い、
異議申し立てを送信してください。

  異議を申し立てる
  https://gws-admin-alert.test/a/sora-design.example/appeal

本人確認が完了すると、停止の予定は取り消されます。

Google LLC
1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    via=("gws-admin-alert.test", "gws-admin-alert.test", "198.51.100.77"), hops=2)

add("spam/webmail-phish-01.eml", "iso-2022-jp", "7bit", "2024-04-09 02:47:31",
    ("example.ne.jp メール管理", "postmaster@example.ne.jp"),
    [(None, "f.takeuchi@example.ne.jp")],
    "[警告] メールボックスの容量が上限に達しました (98%)",
    """\
f.takeuchi@example.ne.jp 様

お使いのメールボックスの容量が上限の 98% に達しています。

　使用中：1.96 GB / 2.00 GB

容量を超えると、新しいメールは受信されずに送信者へ返送されます。
現在、受信メール 14 通が保留されています。

下記のリンクからログインすると、保留中のメールの受信と
容量の無料追加（10 GB）が行えます。

https://mailbox-storage.example.com/webmail/login?u=f.takeuchi

このメールは自動送信されています。
example.ne.jp メールシステム管理者
""",
    via=("[203.0.113.164]", "unknown", "203.0.113.164"), hops=1)

add("spam/webmail-phish-02.eml", "utf-8", "8bit", "2025-10-16 07:21:03",
    ("Webメール サポート", "admin@webmail-upgrade.example.net"),
    [(None, "info@nagi.test")],
    "ご利用中のWebメールアカウントは削除予定です",
    """\
お客様各位

ご利用中のWebメールは旧バージョンのため、2025年10月20日（月）をもって
サービスを終了し、アカウントを削除いたします。

引き続きご利用いただくには、新バージョンへのアップグレードが必要です。
アップグレードは無料で、メールやアドレス帳はそのまま引き継がれます。

アップグレード手続き：
https://webmail-upgrade.example.net/upgrade?d=nagi.test

手続きの際は、現在のメールアドレスとパスワードでログインしてください。
期限後に削除されたメールは復元できません。

Webメール サポートチーム
""",
    via=("webmail-upgrade.example.net", "unknown", "198.51.100.251"), hops=2)

add("spam/sso-phish-01.eml", "iso-2022-jp", "7bit", "2025-09-08 08:49:26",
    ("情報システム部 ヘルプデスク", "it-helpdesk@kirameki-denshi.example.co.jp"),
    [(None, "m.yoshikawa@kirameki-denshi.example.co.jp")],
    "【情報システム部】多要素認証（MFA）の再登録のお願い",
    """\
各位

情報システム部です。

シングルサインオン基盤の更改に伴い、全社員を対象に
多要素認証（MFA）の再登録をお願いしております。

対象：全社員（派遣社員・業務委託の方を含む）
期限：9月10日 17:00

下記のポータルにサインインし、画面の案内に従って
認証アプリまたはSMSを再登録してください。

　https://kirameki-denshi-sso.example/portal/mfa/re-register

期限までに再登録がない場合、社外からのメール・ファイルサーバーへの
アクセスができなくなります。

ご不明な点は内線 2400 までお問い合わせください。

情報システム部 ヘルプデスク
""",
    ret="it-helpdesk@kirameki-denshi-sso.example",
    via=("kirameki-denshi-sso.example", "unknown", "192.0.2.97"), hops=2)

add("spam/bec-ceo-01.eml", "iso-2022-jp", "7bit", "2025-02-26 10:12:44",
    ("木村 浩一", "k.kimura.office@freemail.example.com"),
    [(None, "s.aoki@hokuyo.example.com")],
    "LINEグループ作成の件",
    """\
青木さん

お疲れ様です。木村です。

新しい業務の件で、社内でLINEグループを作成したいと考えています。
青木さんの方でグループを作成し、QRコードをこのメールに返信で
送ってもらえますか。

グループには私と青木さんの二人だけ入れてください。
他のメンバーは後ほど私から招待します。

会議中のため電話には出られません。
急ぎで対応をお願いします。

木村
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.31"), hops=2)

add("spam/bec-ceo-02.eml", "iso-2022-jp", "7bit", "2024-11-11 09:03:15",
    ("松田 博之", "hiro.matsuda.ceo@example.ne.jp"),
    [(None, "y.kondo@kirameki-denshi.example.co.jp")],
    "確認",
    """\
近藤さん

今、社内にいますか？
少しお願いしたいことがあるので、メールで対応できるか返信ください。

松田
""",
    via=("smtp-out2.example.ne.jp", "smtp-out2.example.ne.jp", "198.51.100.33"), hops=2)

add("spam/bec-account-01.eml", "shift_jis", "8bit", "2025-05-27 15:24:50",
    ("三和部品 経理部 田中", "keiri@sanwa-buhin.example.co.jp"),
    [(None, "kobayashi@hokuyo.example.com")],
    "Re: 5月分ご請求書送付の件【振込先口座変更のお願い】",
    """\
北洋商事株式会社
経理ご担当　小林様

いつも大変お世話になっております。
三和部品の田中でございます。

先日お送りした5月分のご請求書の件で、ご連絡いたします。
現在、弊社取引銀行の口座が監査のため一時的に入金できない状態となっており、
今回のお支払いより、下記の口座へお振込みいただけますでしょうか。

　銀行名　　：ひびき銀行
　支店名　　：東京中央支店
　口座種別　：普通
　口座番号　：0000718
　口座名義　：サンワブヒン（カ

誠に勝手ながら、お支払い期日は5月30日のままでお願いいたします。
なお、本件は電話ではなくメールにてご回答いただけますと幸いです。

何卒よろしくお願い申し上げます。

三和部品株式会社
経理部　田中 美紀
""",
    hcharset="iso-2022-jp",
    headers=[("Reply-To", "keiri@sanwa-buhin.test"),
             ("In-Reply-To", "<20250519.4d1c@hokuyo.example.com>")],
    via=("sanwa-buhin.example.co.jp", "mail.sanwa-buhin.example.co.jp", "192.0.2.158"), hops=2)

add("spam/thread-hijack-01.eml", "iso-2022-jp", "7bit", "2024-03-14 17:41:08",
    ("井上 真由美", "m.inoue@example.or.jp"),
    [(None, "t.fujii@example.co.jp")],
    "Re: 3月の定例打ち合わせの件",
    """\
藤井様

お世話になっております。
先日の打ち合わせの件、資料をお送りします。
ご確認のほどよろしくお願いいたします。

添付ファイルのパスワード：Mt2403

井上

-----Original Message-----
From: 藤井 隆
Sent: Monday, March 4, 2024 10:15 AM
Subject: 3月の定例打ち合わせの件

井上様
いつもお世話になっております。
次回の定例会は3月12日（火）14時からでお願いいたします。
""",
    headers=[("In-Reply-To", "<000c01da6e01$7a3b2c10$2f6e4a50@example.co.jp>"),
             ("References", "<000c01da6e01$7a3b2c10$2f6e4a50@example.co.jp>")],
    attach=[("打ち合わせ資料_0314.zip", "application/zip", "zip")], fname="word",
    via=("mail.example.or.jp", "mail.example.or.jp", "192.0.2.91"), hops=3,
    origin=("WIN-3LQ8KD0P2", "203.0.113.250"))

add("spam/fake-invoice-01.eml", "utf-8", "quoted-printable", "2025-08-19 09:36:42",
    ("経理部 請求書送付システム", "share-notice@filebox.example.com"),
    [(None, "keiri@sora-design.example")],
    "【ご確認】8月分請求書（No.2025-0819）を共有しました", qsubj=True,
    text="""\
ご担当者様

いつもお世話になっております。
8月分の請求書を共有フォルダにアップロードいたしましたので、
ご確認をお願いいたします。

ファイル名：請求書_2025-0819.pdf（312 KB）
共有期限：2025年8月22日

▼ファイルを開く
https://filebox.example.com/s/Qa7Kp2x/view

※ファイルの閲覧には、お使いのメールアカウントでのサインインが必要です。

何卒よろしくお願いいたします。
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px">
<p>ご担当者様</p>
<p>いつもお世話になっております。<br>8月分の請求書を共有フォルダにアップロードいたしましたので、ご確認をお願いいたします。</p>
<table style="border:1px solid #ccc;padding:10px"><tr><td>&#128196; 請求書_2025-0819.pdf（312 KB）<br><span style="font-size:12px;color:#777">共有期限：2025年8月22日</span></td></tr></table>
<p><a href="https://filebox.example.com/s/Qa7Kp2x/view" style="background:#2d6cdf;color:#fff;padding:8px 22px;text-decoration:none">ファイルを開く</a></p>
<p style="font-size:12px;color:#777">※ファイルの閲覧には、お使いのメールアカウントでのサインインが必要です。</p>
</body></html>
""",
    via=("out-07.filebox.example.com", "out-07.filebox.example.com", "192.0.2.71"), hops=2)

add("spam/fake-invoice-02.eml", "iso-2022-jp", "7bit", "2024-10-31 11:58:20",
    ("ネットワーク保守センター", "billing@netsupport-hoshu.test"),
    [(None, "soumu@example.co.jp")],
    "サーバー保守費用 ご請求書の送付（お支払期限 11/8）",
    """\
総務ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。

貴社ウェブサイトのサーバー保守・セキュリティ監視費用につきまして、
年間契約分のご請求書を添付にてお送りいたします。

　ご請求金額：198,000円（税込）
　お支払期限：2024年11月8日（金）

期限までにお振込みの確認ができない場合、保守サービスを停止し、
ウェブサイトが閲覧できなくなることがございます。

請求内容にご不明な点がございましたら、本メールへご返信ください。

ネットワーク保守センター 請求管理課
""",
    headers=[("Reply-To", "keiri.netsupport@freemail.example.com")],
    attach=[("ご請求書_保守費用_2024.pdf", "application/pdf", "pdf")], fname="rfc2231",
    via=("netsupport-hoshu.test", "ftth-203-0-113-117.osaka.example.ne.jp", "203.0.113.117"), hops=2)

add("spam/kakuu-seikyu-01.eml", "shift_jis", "8bit", "2024-08-08 13:02:33",
    ("料金未納管理センター", "info@minou-kanri.example"),
    [(None, "kenji.w@example.com")],
    "【最終通告】ご利用料金未納のお知らせ",
    """\
お客様がご利用された有料コンテンツの料金について、
再三のご請求にもかかわらずお支払いが確認できておりません。

本日中にご連絡のない場合、法的手続きに移行いたします。
また、お客様の情報は信用情報機関に登録されます。

退会・和解のご相談は、本日18時までに下記までお電話ください。

料金未納管理センター
電話：03-0000-4471（担当 佐藤）
""",
    via=("User", "unknown", "198.51.100.196"), hops=1)

add("spam/sextortion-01.eml", "utf-8", "8bit", "2025-03-19 04:26:01",
    (None, "info@sakai-seikotsu.example.jp"),
    [(None, "takeshi.n@example.ne.jp")],
    "あなたのパスワードは a8s#Kq21 ですね",
    """\
このメールに見覚えのあるパスワードが書かれていることに驚いたでしょう。
数か月前、あなたがよく訪れる成人向けサイトを通じて、
あなたのデバイスに私のプログラムを仕込みました。

カメラとマイクの映像、連絡先、閲覧履歴はすべて保存してあります。
あなたがどんな動画を見ていたかも、あなたの顔と一緒に。

この映像をあなたの家族、友人、職場の全員に送ることもできます。
それを望まないなら、ビットコインで 1,500 米ドル相当を
以下のアドレスに送ってください。

BTC：bc1q0000examplenotarealaddress00000

このメールを開いた時点でタイマーが作動しています。48時間です。
警察に相談しても無駄です。私の身元は追跡できません。
""",
    via=("sakai-seikotsu.example.jp", "sv1402.shared-host.example.jp", "192.0.2.142"), hops=2)

add("spam/romance-01.eml", "iso-2022-jp", "7bit", "2024-07-02 21:34:49",
    ("国際結婚サポート ブリッジ", "info@marriage-bridge.example.org"),
    [(None, "takahashi.h@example.jp")],
    "真剣に結婚を考えている東欧の女性があなたとの出会いを待っています",
    """\
はじめまして。国際結婚サポート「ブリッジ」です。

日本人男性との結婚を真剣に希望している、ウクライナ・モルドバ出身の
女性会員が300名以上在籍しております。
家庭的で誠実な女性ばかりで、日本語を勉強している方も多数います。

今回、あなたのプロフィールに興味を持った女性が3名いらっしゃいます。
写真付きプロフィールは下記からご覧いただけます。

https://marriage-bridge.example.org/members/?ref=jp0702

ご紹介料は成婚時のみ。まずは無料の文通から始められます。
ただし、現地との連絡のための翻訳登録料（29,800円）が必要です。

国際結婚サポート ブリッジ
""",
    headers=[("Reply-To", "bridge.office@example.ne.jp")],
    via=("mail.marriage-bridge.example.org", "mail.marriage-bridge.example.org", "203.0.113.138"), hops=2)

add("spam/romance-02.eml", "utf-8", "base64", "2025-05-04 22:11:37",
    ("美咲", "misaki.k0312@example.ne.jp"),
    [(None, "shun.ogawa@example.com")],
    "お久しぶりです、覚えていますか？",
    """\
お久しぶりです。
以前マッチングアプリで少しだけお話しした美咲です。
アプリを退会してしまったので、教えてもらったアドレスに連絡しました。

最近は仕事が落ち着いて、叔父に教わりながら資産運用を始めました。
おかげで少しずつですが生活に余裕ができてきて、
毎日がちょっと楽しくなっています。

そういえば、お仕事は相変わらず忙しいですか？
よかったら、また少しお話ししませんか。
メールだと返信が遅くなってしまうので、LINEのほうが嬉しいです。

LINE ID：misaki_0312w

美咲
""",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.27"), hops=3,
    origin=("[192.0.2.226]", "192.0.2.226"))

add("spam/invest-line-01.eml", "utf-8", "quoted-printable", "2024-02-20 19:08:22",
    ("新NISA完全攻略セミナー事務局", "info@nisa-kouryaku-juku.example"),
    [(None, "naoko.t@example.jp")],
    "【参加無料】新NISAで資産を3倍に。著名アナリスト監修のLINE勉強会", qsubj=True,
    text="""\
新NISAが始まり、「何を買えばいいかわからない」という声を多くいただきます。

そこで、テレビでもおなじみの経済アナリストが監修する
無料のLINE勉強会を期間限定で開講いたします。

・毎朝の注目銘柄を無料配信
・過去3か月の推奨銘柄の平均上昇率 +84%
・アナリスト本人のアシスタントが個別にアドバイス

参加はLINEで友だち追加するだけ。先着100名様限定です。
▼今すぐ参加する
https://nisa-kouryaku-juku.example/line/add?src=ml

※本勉強会は投資助言を行うものではありません。
""",
    html="""\
<html><body style="font-family:sans-serif;text-align:center;background:#fffbea">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:20px">
<p style="font-size:24px;color:#c2185b;font-weight:bold">新NISAで資産を3倍に</p>
<p>テレビでもおなじみの経済アナリストが監修する<br><b>無料のLINE勉強会</b>を期間限定で開講</p>
<p style="text-align:left">・毎朝の注目銘柄を無料配信<br>・過去3か月の推奨銘柄の平均上昇率 <b style="color:#c2185b">+84%</b><br>・アナリスト本人のアシスタントが個別にアドバイス</p>
<p><a href="https://nisa-kouryaku-juku.example/line/add?src=ml" style="background:#06c755;color:#fff;padding:14px 40px;border-radius:30px;text-decoration:none;font-size:18px">LINEで今すぐ参加</a></p>
<p style="font-size:12px;color:#999">先着100名様限定／※本勉強会は投資助言を行うものではありません。</p>
</div>
</body></html>
""",
    headers=[("List-Unsubscribe", "<https://nisa-kouryaku-juku.example/mail/stop?u=nt0220>")],
    ret="return-nt0220@bulk2.nisa-kouryaku-juku.example",
    via=("bulk2.nisa-kouryaku-juku.example", "bulk2.nisa-kouryaku-juku.example", "192.0.2.118"), hops=2)

add("spam/invest-crypto-01.eml", "utf-8", "base64", "2025-01-07 03:44:18",
    ("CoinVault Japan", "wallet@coinvault-jp.example.com"),
    [(None, "ichiro.m@example.jp")],
    "【出金保留】お客様のウォレットに 0.4318 BTC の残高があります",
    None, html_only=True,
    html="""\
<html><body style="font-family:sans-serif;background:#0e1726;color:#e8eef7">
<div style="max-width:560px;margin:0 auto;padding:20px">
<p style="font-size:20px;color:#f7931a;font-weight:bold">CoinVault Japan</p>
<p>お客様のウォレットに以下の残高があります。</p>
<p style="font-size:30px;font-weight:bold">0.4318 BTC</p>
<p>（約 6,420,000円相当）</p>
<p>お客様のアカウントは、2023年に登録された自動マイニングプランにより残高が蓄積されていますが、長期間ログインがないため出金が保留されています。</p>
<p>72時間以内に本人確認と出金手数料（0.005 BTC）のお支払いを完了すると、ご指定の口座へ日本円で出金できます。</p>
<p><a href="https://coinvault-jp.example.com/withdraw?acc=77120" style="background:#f7931a;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">今すぐ出金する</a></p>
<p style="font-size:11px;color:#8899aa">期限を過ぎた残高は規約に基づき失効します。</p>
</div>
</body></html>
""",
    via=("coinvault-jp.example.com", "unknown", "198.51.100.158"), hops=1)

add("spam/invest-fx-01.eml", "euc-jp", "base64", "2024-06-26 20:55:06",
    ("FX自動売買ラボ", "info@fx-ea-labo.test"),
    [(None, "yamazaki.t@example.ne.jp")],
    "勝率92.4%のFX自動売買EA、モニター価格で限定提供",
    """\
毎日チャートに張り付く生活、もう終わりにしませんか。

当ラボが開発したFX自動売買EA「ゴールドファルコン」は、
過去5年間のバックテストで勝率92.4%、月利平均18%を記録しています。

・設定はわずか5分、あとは完全放置
・ドル円、ユーロ円、ゴールドに対応
・ドローダウン最小設計で初心者でも安心

通常価格298,000円のところ、今回はモニター価格として
先着30名様に49,800円でご提供いたします。

お申し込みはこちら
https://fx-ea-labo.test/gf/monitor

※利益を保証するものではありません。
FX自動売買ラボ 運営事務局
""",
    headers=[("List-Unsubscribe", "<https://fx-ea-labo.test/unsubscribe?e=yt0626>")],
    via=("fx-ea-labo.test", "unknown", "203.0.113.199"), hops=2)

add("spam/sidejob-01.eml", "utf-8", "8bit", "2025-07-30 12:31:57",
    ("スマホ副業サポート", "support@kasegu.example.jp"),
    [(None, "emi.k@example.com")],
    "【1件500円】スマホで「いいね」するだけの簡単なお仕事です",
    """\
はじめまして！スマホ副業サポートです。

ｶﾝﾀﾝ作業で、すき間時間にお小遣い稼ぎしませんか？

お仕事の流れ
①指定されたお店のSNS投稿に「いいね」する
②スクリーンショットを送る
③1件につき500円をその日のうちにお支払い

1日10件で5,000円、ひと月で15万円以上稼ぐ方もいます。
経験・資格は一切不要です。

まずはLINEで担当者を友だち追加してください。
初回は体験として3件分（1,500円）をすぐにお支払いします。

https://kasegu.example.jp/line

※本業のある方、主婦の方、学生さんも大歓迎です。
""",
    via=("kasegu.example.jp", "kd192000059.ppp.example.ne.jp", "192.0.2.59"), hops=2)

add("spam/yami-baito-01.eml", "utf-8", "quoted-printable", "2025-02-09 01:19:40",
    (None, "white.job.2025@freemail.example.com"),
    [(None, "ryota.s@example.jp")],
    "高額即日払い／ホワイト案件／書類を受け取って届けるだけ", qsubj=True,
    text="""\
即日現金手渡し　1件 3万〜10万円

仕事内容：指定の場所で書類を受け取り、別の場所へ届けるだけ
勤務地：全国（交通費全額支給）
勤務時間：1日2〜3時間、週1日からOK

未経験OK、年齢不問、審査なし、完全匿名で働けます。
怪しい仕事ではありません。ホワイト案件です。

応募方法：
下記のテレグラムIDに「求人見た」とメッセージを送ってください。
担当者から仕事の詳細をお伝えします。

Telegram：@white_job_2025

※採用時に身分証（免許証など）の画像を送っていただきます。
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.32"), hops=2)

add("spam/fake-shop-01.eml", "utf-8", "base64", "2024-12-16 14:47:29",
    ("ブランドセレクト閉店セール", "sale@brand-select-outlet.example"),
    [(None, "chika.y@example.ne.jp")],
    "【閉店のお知らせ】全品最大85%OFF 在庫一掃セール最終日",
    """\
ブランドセレクト ストアをご愛顧いただき、誠にありがとうございます。

このたび、誠に勝手ながら12月末をもちまして閉店することとなりました。
感謝の気持ちを込めて、在庫一掃セールを開催中です。

・人気ブランドバッグ　　定価298,000円 → 44,700円
・ブランド財布　　　　　定価 89,000円 → 13,350円
・高級腕時計　　　　　　定価680,000円 → 98,000円

すべて正規品・国内発送です。在庫限りのため売り切れ次第終了となります。

▼セール会場はこちら
https://brand-select-outlet.example/closing-sale

※お支払いは銀行振込のみとなります。
運営：㈱ブランドセレクト
""",
    html="""\
<html><body style="font-family:sans-serif;text-align:center">
<p style="background:#000;color:#fff;padding:10px;font-size:20px">CLOSING SALE 閉店のお知らせ</p>
<p>12月末をもちまして閉店することとなりました。<br>感謝の気持ちを込めて、在庫一掃セールを開催中です。</p>
<p style="font-size:36px;color:#e00;font-weight:bold">全品最大85%OFF</p>
<table align="center" cellpadding="6">
<tr><td>人気ブランドバッグ</td><td><s>298,000円</s></td><td style="color:#e00"><b>44,700円</b></td></tr>
<tr><td>ブランド財布</td><td><s>89,000円</s></td><td style="color:#e00"><b>13,350円</b></td></tr>
<tr><td>高級腕時計</td><td><s>680,000円</s></td><td style="color:#e00"><b>98,000円</b></td></tr>
</table>
<p><a href="https://brand-select-outlet.example/closing-sale" style="background:#e00;color:#fff;padding:12px 36px;text-decoration:none">セール会場へ</a></p>
<p style="font-size:11px;color:#888">すべて正規品・国内発送／お支払いは銀行振込のみ／運営：㈱ブランドセレクト</p>
</body></html>
""",
    headers=[("List-Unsubscribe", "<mailto:stop@brand-select-outlet.example?subject=unsubscribe>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    ret="bounce@mailer.brand-select-outlet.example",
    via=("brand-select-outlet.example", "unknown", "198.51.100.186"), hops=2)

add("spam/supplement-01.eml", "shift_jis", "8bit", "2024-05-28 18:16:52",
    ("スリムラボ", "info@slim-labo.example.co.jp"),
    [(None, "rika.h@example.jp")],
    "飲むだけで-12kg！？話題のｽﾘﾑｻﾌﾟﾘ 初回980円",
    """\
食事制限なし、運動なし。
それなのに、3か月で-12kgを達成した方も！

今、SNSで話題の「燃焼ｽﾘﾑｻﾌﾟﾘ ｶﾛﾘｶｯﾄEX」。
独自配合の成分が、寝ている間も脂肪の燃焼をサポートします。

【初回限定】通常価格7,980円 → 980円（送料無料）

※2回目以降は5,980円でお届けします（4回以上の継続が条件です）
※効果には個人差があります

▼ご注文はこちら
https://slim-labo.example.co.jp/lp/calocut/

スリムラボ株式会社
配信停止をご希望の方は、本メールにその旨ご返信ください。
""",
    headers=[("List-Unsubscribe", "<https://slim-labo.example.co.jp/mail/stop>")],
    via=("slim-labo.example.co.jp", "slim-labo.example.co.jp", "203.0.113.156"), hops=2)

add("spam/ed-drug-01.eml", "iso-2022-jp", "7bit", "2025-10-02 23:09:45",
    ("メンズヘルスサポート", "care@mens-health-support.test"),
    [(None, "h.kaneko@example.com")],
    "ご年齢とともに感じる変化について",
    """\
突然のご連絡失礼いたします。
メンズヘルスサポートの佐々木と申します。

40代以降の男性の多くが、口には出さないものの、
夜の自信の衰えを感じていると言われています。

当店では、海外で広く使われている治療薬のジェネリックを、
医師の診察なしで個人輸入代行にてお届けしております。
中身がわからない包装でご自宅へお送りしますので、ご家族にも知られません。

詳しくは下記ページをご覧ください。
https://mens-health-support.test/guide

ご興味がなければ、このメールは破棄してください。
""",
    via=("mens-health-support.test", "mens-health-support.test", "192.0.2.81"), hops=2)

add("spam/adult-dating-01.eml", "utf-8", "8bit", "2024-10-22 22:48:03",
    ("ゆい", "yui.tonight@example.org"),
    [(None, "masaki.i@example.jp")],
    "今夜、近くで会えませんか？",
    """\
はじめまして、ゆいです。
同じ地域の人を探していて、あなたのプロフィールを見つけました。

既婚者なんだけど、旦那とはもう何年もそういうことがなくて…
今夜は旦那が出張でいないので、誰かと会いたい気分です。

写真はここに載せてます。気に入ったらメッセージください。
https://hitozuma-match.example.org/p/yui0811

登録は無料で、すぐにメッセージできます。
待ってますね。
""",
    via=("hitozuma-match.example.org", "unknown", "203.0.113.237"), hops=2)

add("spam/adult-dating-02.eml", "shift_jis", "8bit", "2025-04-15 15:05:27",
    ("運営事務局", "support@deai-mail.example.jp"),
    [(None, "n.ueda@example.ne.jp")],
    "【運営事務局】女性会員様より支援金500万円のお申し出がございます",
    """\
会員様へ

運営事務局でございます。

当サイトの女性会員「麗子」様（52歳・会社経営）より、
会員様に対して生活支援金として500万円をお渡ししたいとの
お申し出がございました。

麗子様は、ご主人を亡くされたあと、お話し相手を探していらっしゃいます。
支援金の受け取りには、麗子様とのメッセージ交換（10往復）が必要です。

メッセージの送信には1通につき1,000ポイントが必要となります。
今なら初回ポイント購入で30%増量中です。

▼麗子様からのメッセージを読む
https://deai-mail.example.jp/msg/reiko

運営事務局
""",
    hcharset="iso-2022-jp",
    via=("deai-mail.example.jp", "unknown", "198.51.100.97"), hops=1)

add("spam/seo-sales-01.eml", "iso-2022-jp", "7bit", "2024-09-10 10:21:35",
    ("田中 亮（ウェブマーケ）", "tanaka@webmarke-partners.example.co.jp"),
    [(None, "info@sora-design.example")],
    "貴社ホームページについてのご提案",
    """\
ご担当者様

突然のご連絡失礼いたします。
株式会社ウェブマーケパートナーズの田中と申します。

貴社のホームページを拝見し、デザイン性の高さに感銘を受けました。
一方で、「デザイン事務所　渋谷」などの主要キーワードで
検索結果の上位に表示されていないことが気になり、ご連絡いたしました。

弊社では、成果報酬型のSEO対策をご提供しております。
上位表示されなかった月は費用をいただきません。

もしご興味がございましたら、15分ほどオンラインで
現状の分析結果をご説明させていただけないでしょうか。
ご返信いただければ、候補日をお送りいたします。

株式会社ウェブマーケパートナーズ
営業部　田中 亮
""",
    via=("sv3.webmarke-partners.example.co.jp", "sv3.webmarke-partners.example.co.jp", "192.0.2.173"), hops=2)

add("spam/list-sales-01.eml", "euc-jp", "8bit", "2025-06-03 09:50:12",
    ("法人リストセンター", "sales@houjin-list-center.example"),
    [(None, "eigyo@hokuyo.example.com")],
    "【営業ご担当者様へ】最新法人リスト120万件　メールアドレス付きで販売中",
    """\
営業ご担当者様

新規開拓にお困りではありませんか。

法人リストセンターでは、全国の企業情報120万件を
業種・地域・従業員数で絞り込んでご購入いただけます。

・代表者名、電話番号、FAX番号、メールアドレス付き
・毎月更新、到達率の高い最新データ
・1件あたり1円〜、CSV形式ですぐにお届け

今月末までのお申し込みで、FAX一斉送信サービスを
1か月無料でお付けいたします。

サンプルデータのご請求はこちら
https://houjin-list-center.example/sample

配信停止：本メールに「停止」とご返信ください。
法人リストセンター
""",
    via=("houjin-list-center.example", "unknown", "203.0.113.74"), hops=2)

add("spam/prize-01.eml", "utf-8", "quoted-printable", "2025-11-21 13:27:40",
    ("プレゼント事務局", "winner@present-jimukyoku.invalid"),
    [(None, "sato.megumi@example.com")],
    "おめでとうございます！iPhone 17 Pro の当選者に選ばれました", qsubj=True,
    text="""\
おめでとうございます！

毎年恒例の「年末感謝キャンペーン」で、あなたのメールアドレスが
iPhone 17 Pro（256GB）の当選者に選ばれました。

当選者は全国で10名のみです。
賞品を受け取るには、11月23日までにお届け先をご登録ください。
送料（全国一律 250円）のみご負担いただきます。

▼賞品の受け取りはこちら
https://present-jimukyoku.invalid/claim?id=JP-20251121-0088

期限を過ぎますと、当選は無効となり次点の方へ繰り上げとなります。
""",
    html="""\
<html><body style="font-family:sans-serif;text-align:center;background:#fdf3e7">
<p style="font-size:32px;color:#d4145a;font-weight:bold">🎉 おめでとうございます！ 🎉</p>
<p>「年末感謝キャンペーン」で、あなたのメールアドレスが<br><b style="font-size:20px">iPhone 17 Pro（256GB）</b><br>の当選者に選ばれました。</p>
<p>当選者は全国で<b>10名のみ</b>です。<br>11月23日までにお届け先をご登録ください。<br>送料（全国一律 250円）のみご負担いただきます。</p>
<p><a href="https://present-jimukyoku.invalid/claim?id=JP-20251121-0088" style="background:#d4145a;color:#fff;padding:14px 40px;border-radius:6px;text-decoration:none;font-size:18px">賞品を受け取る</a></p>
<p style="font-size:11px;color:#888">期限を過ぎますと、当選は無効となり次点の方へ繰り上げとなります。</p>
</body></html>
""",
    ret="b.0088@mta.present-jimukyoku.invalid",
    via=("mta.present-jimukyoku.invalid", "mta.present-jimukyoku.invalid", "192.0.2.121"), hops=2)

add("spam/inheritance-01.eml", "utf-8", "base64", "2024-04-24 06:14:25",
    ("International Trust Claims", "claims-dept@intl-trust.example.com"),
    [(None, "watanabe.k@example.ne.jp")],
    "【至急】未請求の生命保険金（渡辺様）お受け取り手続きについて",
    """\
渡辺様

国際信託請求部のマイケル・ターナーと申します。

当信託が管理する口座に、2019年にロンドンで亡くなられた
日本人投資家（渡辺 正一氏）の生命保険金 285万米ドルが、
受取人不明のまま残されております。

同じ姓を持つあなた様を最も近い受取人候補として、
当方の弁護士が書類を準備いたします。
手続きはすべて合法で、リスクはございません。

受取金額の40%をお礼としてお渡しいたします。
ご興味がございましたら、氏名、住所、電話番号、
身分証明書のコピーを本メールに返信でお送りください。

本件は極秘でお願いいたします。

Michael Turner
International Trust Claims Department
""",
    headers=[("Reply-To", "m.turner.claims@freemail.example.com")],
    via=("intl-trust.example.com", "dsl-198-51-100-5.pool.example.net", "198.51.100.5"), hops=2)

add("spam/tech-support-01.eml", "iso-2022-jp", "7bit", "2025-08-26 11:39:58",
    ("ノートン 請求センター", "h.nakagawa@example.ne.jp"),
    [(None, "kazuko.m@example.jp")],
    "ご購入ありがとうございます：ノートン 360 自動更新（39,800円）",
    """\
お客様

この度はノートン 360 デラックスの自動更新をご利用いただき、
誠にありがとうございます。

　請求番号　：NT-88240316
　製品　　　：ノートン 360 デラックス（5台・3年版）
　金額　　　：39,800円
　お支払い　：ご登録のクレジットカード
　更新日　　：2025年8月26日

本日より24時間以内にご登録のカードへ請求されます。

この更新に心当たりがない場合、またはキャンセルをご希望の場合は、
下記のサポート窓口までお電話ください（年中無休 9:00〜21:00）。

　キャンセル受付：050-0000-7316

ノートン 請求センター
""",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.28"), hops=3,
    origin=("[203.0.113.219]", "203.0.113.219"))

add("spam/fake-antivirus-01.eml", "utf-8", "base64", "2024-12-28 19:40:33",
    ("McAfee", "alert@mcafee-protection.example"),
    [(None, "m.tsuji@example.com")],
    "お使いのPCは保護されていません（ライセンス期限切れ）",
    None, html_only=True,
    html="""\
<html><body style="font-family:sans-serif;background:#f2f2f2">
<div style="max-width:580px;margin:0 auto;background:#fff;border-top:6px solid #c01818;padding:20px">
<p style="font-size:22px;color:#c01818;font-weight:bold">⚠ お使いのPCは保護されていません</p>
<p>McAfee Total Protection のライセンスの有効期限が切れています。</p>
<p>保護されていない状態では、ウイルス、ランサムウェア、個人情報の盗難などのリスクにさらされます。本日、お使いのネットワークで<b>4件の脅威</b>が確認されました。</p>
<table width="100%" style="background:#fbeaea;padding:8px"><tr><td>ウイルス対策</td><td style="color:#c01818">期限切れ</td></tr><tr><td>Webプロテクション</td><td style="color:#c01818">期限切れ</td></tr><tr><td>ファイアウォール</td><td style="color:#c01818">無効</td></tr></table>
<p style="font-size:18px">本日限り <b style="color:#c01818">80%OFF</b> で更新できます。</p>
<p style="text-align:center"><a href="https://mcafee-protection.example/renew?o=80off" style="background:#c01818;color:#fff;padding:12px 34px;text-decoration:none">今すぐ保護を更新する</a></p>
<p style="font-size:11px;color:#999">この割引は本メールの受信者のみに有効です。</p>
</div>
</body></html>
""",
    via=("mcafee-protection.example", "unknown", "192.0.2.213"), hops=2)

add("spam/domain-slamming-01.eml", "iso-2022-jp", "7bit", "2025-03-03 10:02:48",
    ("ドメイン管理サービスセンター", "renewal@domain-kanri-center.test"),
    [(None, "webmaster@nagi.test")],
    "ドメイン名 nagi.test 登録更新期限のお知らせ",
    """\
ドメイン名登録者様

ご登録いただいているドメイン名の登録期限が近づいております。

　ドメイン名　：nagi.test
　登録期限　　：2025年3月14日（金）
　更新費用　　：1年　12,800円（税別）

期限までに更新料のお支払いがない場合、ドメイン名は失効し、
ウェブサイトおよびメールがご利用いただけなくなります。
また、失効したドメイン名は第三者に取得される可能性がございます。

添付の請求書に記載の口座へお振込みください。
お振込みの確認をもって、更新手続きを行います。

本通知は、検索エンジン登録サービスのご案内を兼ねております。

ドメイン管理サービスセンター
""",
    headers=[("Reply-To", "support@domain-kanri-center.example")],
    attach=[("更新請求書_nagi.test.pdf", "application/pdf", "pdf")], fname="rfc2231-only",
    via=("domain-kanri-center.test", "domain-kanri-center.test", "198.51.100.120"), hops=2)

add("spam/qr-phish-01.eml", "utf-8", "quoted-printable", "2025-07-14 08:17:22",
    ("三井住友銀行", "info@smbc.mail-center.example.com"),
    [(None, "t.ikeda@example.jp")],
    "【三井住友銀行】お客さま情報の確認（スマートフォンでQRコードを読み取ってください）",
    None, html_only=True, qsubj=True,
    html="""\
<html><body style="font-family:sans-serif;color:#222">
<div style="max-width:560px;margin:0 auto;padding:16px;border:1px solid #cfd8cf">
<p style="color:#004831;font-size:20px;font-weight:bold">三井住友銀行</p>
<p>いつも三井住友銀行をご利用いただき、誠にありがとうございます。</p>
<p>犯罪収益移転防止法に基づき、お客さまの情報およびお取引の目的を定期的に確認させていただいております。</p>
<p>セキュリティ強化のため、確認手続きは<b>スマートフォン専用</b>となりました。下記のQRコードをスマートフォンで読み取り、お手続きください。</p>
<p style="text-align:center"><img src="https://smbc.mail-center.example.com/qr/7714.png" width="180" height="180" alt="QRコード"></p>
<p style="font-size:13px">回答期限：2025年7月16日（水）<br>期限までにご回答がない場合、お取引を制限させていただきます。</p>
<p style="font-size:11px;color:#777">株式会社三井住友銀行</p>
</div>
</body></html>
""",
    via=("mail-center.example.com", "unknown", "203.0.113.162"), hops=2)

add("spam/qr-phish-02.eml", "iso-2022-jp", "7bit", "2024-12-09 08:30:11",
    ("人事部 給与担当", "jinji@example.co.jp"),
    [(None, "k.matsumoto@example.co.jp")],
    "【人事部】冬季賞与明細および年末調整書類のご確認",
    """\
社員各位

お疲れ様です。人事部 給与担当です。

冬季賞与の支給明細と、年末調整に関する書類を添付にてお送りします。
今回より、明細はスマートフォンで確認する方式に変更となりました。

添付のPDFを開き、記載のQRコードをスマートフォンで読み取って
社員ポータルにログインのうえ、内容をご確認ください。

確認期限：12月11日（水）

期限までに確認がない場合、賞与の振込が遅れる可能性がございます。
ご協力をお願いいたします。

人事部 給与担当
""",
    attach=[("賞与明細_年末調整_2024.pdf", "application/pdf", "pdf")], fname="word",
    via=("mail.example.co.jp.relay.test", "unknown", "198.51.100.231"), hops=2)

add("spam/lottery-01.eml", "shift_jis", "8bit", "2024-03-27 20:33:58",
    ("ロト予想研究会", "info@loto-yosou-kenkyukai.example"),
    [(None, "f.kojima@example.ne.jp")],
    "ロト７ 次回当選数字を的中させる独自ロジックのご案内",
    """\
宝くじは「運」だと思っていませんか。

当研究会は、過去の抽せん結果を独自のロジックで解析し、
次回の当選数字を高い確率で予想することに成功しました。

昨年は会員様から1等2名、2等14名の当選者が出ています。

今回、特別に次回ロト７の予想数字を、
会員登録いただいた方に無料でお届けいたします。

▼無料会員登録
https://loto-yosou-kenkyukai.example/entry

さらに、高額当選保証付きの「プレミアム予想」（月額29,800円）も
今なら初月無料でお試しいただけます。

ロト予想研究会 事務局
""",
    via=("localhost", "unknown", "192.0.2.247"), hops=1)

add("spam/paypay-phish-01.eml", "utf-8", "quoted-printable", "2025-09-24 17:52:30",
    ("PayPay", "campaign@paypay-point-info.example.net"),
    [(None, "rina.t@example.jp")],
    "【PayPay】ポイント付与のお知らせ（受け取り期限：本日中）", qsubj=True,
    text="""\
PayPayをご利用いただきありがとうございます。

「秋のキャッシュバック祭」の対象となりましたので、
以下のポイントを付与いたします。

　付与予定：PayPayポイント 3,000ポイント
　受け取り期限：2025年9月24日 23:59

ポイントを受け取るには、下記よりログインし
「受け取る」ボタンを押してください。
https://paypay-point-info.example.net/receive?c=AUTUMN3000

※受け取り期限を過ぎると、ポイントは無効となります。

PayPay株式会社
""",
    via=("mail.paypay-point-info.example.net", "mail.paypay-point-info.example.net", "192.0.2.31"), hops=2)

add("spam/ekinet-phish-01.eml", "iso-2022-jp", "7bit", "2024-07-09 06:22:47",
    ("えきねっと", "info@eki-net.example.jp"),
    [(None, "sakamoto.y@example.com")],
    "【えきねっと】自動退会処理についてのご案内",
    """\
えきねっとをご利用いただき、ありがとうございます。

お客様のアカウントは、最終ログインから1年以上経過しているため、
2024年7月12日（金）に自動退会の対象となります。

自動退会となった場合、以下のものが失効いたします。
　・保有中のJRE POINT
　・ご登録のクレジットカード情報
　・お気に入り区間、予約履歴

引き続きご利用いただく場合は、下記よりログインのうえ
会員情報の確認を行ってください。

https://eki-net.example.jp/member/continue

※本メールは送信専用アドレスから送信しております。
えきねっと事務局
""",
    via=("eki-net.example.jp", "unknown", "203.0.113.14"), hops=2)

add("spam/subsidy-sales-01.eml", "utf-8", "8bit", "2025-05-20 14:08:31",
    ("補助金申請サポートセンター", "info@hojokin-support.example"),
    [(None, "daihyo@example.co.jp")],
    "経営者様へ：今年度の補助金、まだ間に合います（①設備投資 ②IT導入）",
    """\
経営者様

突然のご連絡失礼いたします。
補助金申請サポートセンターの山下と申します。

今年度も、設備投資やIT導入を対象とした補助金の公募が始まっています。
中小企業の場合、最大1,000万円程度の補助が受けられるケースがあります。

弊社では、申請書類の作成から採択後の手続きまでを代行しており、
これまで多くの企業様の採択をお手伝いしてまいりました。

現在、御社が対象となる補助金の「無料診断」を受け付けております。
下記フォームに簡単な情報をご入力いただくだけで、3営業日以内に
受給可能額の目安をお知らせいたします。

https://hojokin-support.example/shindan

着手金は5万円、成功報酬は採択額の15%です。

補助金申請サポートセンター
山下 健二
""",
    via=("hojokin-support.example", "hojokin-support.example", "198.51.100.66"), hops=2)

add("spam/hotel-phish-01.eml", "utf-8", "base64", "2025-11-04 21:15:09",
    ("グランヴェール京都 予約係", "reservations@grandvert-kyoto.example"),
    [(None, "mizuki.a@example.ne.jp")],
    "ご予約の確認：カード認証が完了していません（予約番号 4418207731）",
    """\
お客様

この度はホテル グランヴェール京都をご予約いただき、
誠にありがとうございます。

ご予約時にご登録いただいたクレジットカードの認証が
完了していないことが確認されました。

　予約番号：4418207731
　チェックイン：2025年11月15日
　宿泊料金：64,800円

24時間以内にカードの再認証が行われない場合、
ご予約は自動的にキャンセルされます。

下記の予約確認ページから、カード情報を再入力してください。
https://grandvert-kyoto.example/reservation/verify?b=4418207731

ご滞在を心よりお待ちしております。
ホテル グランヴェール京都 予約係
""",
    via=("grandvert-kyoto.example", "grandvert-kyoto.example", "203.0.113.88"), hops=2)


# ===========================================================================
# ham
# ===========================================================================

add("ham/bank-security-01.eml", "iso-2022-jp", "7bit", "2025-03-08 21:14:06",
    ("あおば銀行", "notice@mail.aoba-bank.example"),
    [(None, "h.okada@example.ne.jp")],
    "【あおば銀行】新しい端末からのログインのお知らせ",
    """\
岡田 浩 様

いつもあおば銀行をご利用いただき、ありがとうございます。
あおばダイレクトに、これまでと異なる端末からのログインがありました。

　ログイン日時：2025年3月8日 21:13
　端末　　　　：iPhone（あおば銀行アプリ）
　おおよその地域：日本

お客さまご本人によるログインであれば、このメールへの対応は不要です。

お心当たりがない場合は、すぐにアプリまたはブックマークした公式サイトから
ログインパスワードを変更し、あおばダイレクトヘルプデスクへご連絡ください。
このメールにリンクは記載しておりません。

※当行がメールやSMSで、パスワード・暗証番号・ワンタイムパスワードを
　おたずねすることはありません。

株式会社あおば銀行
あおばダイレクトヘルプデスク　0120-000-418（平日9時〜20時）
""",
    ret="bounce-s7@mail.aoba-bank.example", hard=True,
    via=("out3.mail.aoba-bank.example", "out3.mail.aoba-bank.example", "203.0.113.43"), hops=2)

add("ham/bank-otp-01.eml", "utf-8", "quoted-printable", "2024-06-28 10:47:55",
    ("くらし信用金庫", "otp@kurashi-shinkin.example.com"),
    [(None, "keiri@sora-design.example")],
    "【くらし信用金庫】振込承認用ワンタイムパスワード", qsubj=True,
    text="""\
くらし信用金庫 法人インターネットバンキングをご利用いただき、
ありがとうございます。

振込データの承認用ワンタイムパスワードをお知らせします。

　ワンタイムパスワード：418 096
　有効期限：2024年6月28日 10:57

承認対象
　振込件数：3件
　振込合計金額：1,284,600円

このワンタイムパスワードは、承認画面でのみ入力してください。
お心当たりのない場合は、承認を行わず、当金庫までご連絡ください。

くらし信用金庫 法人サポートデスク
電話：0120-000-552（平日 9:00〜17:00）
""",
    hard=True,
    via=("smtp-ib.kurashi-shinkin.example.com", "smtp-ib.kurashi-shinkin.example.com", "192.0.2.104"), hops=2)

add("ham/bank-notice-01.eml", "shift_jis", "8bit", "2024-10-28 09:05:42",
    ("ほしぞら銀行", "info@hoshizora-bank.example.co.jp"),
    [(None, "nakano.s@example.com")],
    "【ほしぞら銀行】口座振替のお引き落としができませんでした",
    """\
中野 聡 様

いつもほしぞら銀行をご利用いただき、ありがとうございます。

10月28日にご指定の口座から振替予定であった下記のご請求について、
お預金残高の不足により、お引き落としができませんでした。

　収納機関　：くらしでんき株式会社
　振替予定額：8,412円
　口座　　　：ひばりが丘支店　普通　***3307

お支払い方法につきましては、収納機関（くらしでんき）から
後日ご案内が届きますので、そちらに従ってお手続きください。
当行から振込先をご案内したり、このメールからお支払いを
お願いすることはございません。

入出金明細は、ほしぞらダイレクトでご確認いただけます。

株式会社ほしぞら銀行
""",
    hcharset="iso-2022-jp", hard=True,
    via=("mo2.hoshizora-bank.example.co.jp", "mo2.hoshizora-bank.example.co.jp", "198.51.100.52"), hops=2)

add("ham/bank-procedure-01.eml", "utf-8", "base64", "2025-02-12 13:20:17",
    ("さざなみ銀行", "kakunin@sazanami-bank.test"),
    [(None, "tomomi.i@example.jp")],
    "【さざなみ銀行】お取引目的等のご確認のお願い（郵送書類について）",
    """\
石井 友美 様

いつもさざなみ銀行をご利用いただき、ありがとうございます。

当行では、犯罪収益移転防止法に基づき、お客さまの情報やお取引の目的を
定期的に確認させていただいております。
先日、ご登録のご住所宛てに「お取引目的等のご確認のお願い」を
郵送いたしましたので、3月14日までにご回答をお願いいたします。

ご回答方法（いずれか一つ）
・郵送書類に同封の返信用封筒でご返送
・さざなみ銀行アプリにログインし、「お知らせ」からご回答

ご回答がない場合でも、直ちにお取引を制限することはございませんが、
改めてご連絡させていただくことがございます。

このメールにはリンクを記載しておりません。
お手続きは必ず公式アプリ、または郵送書類でお願いいたします。

株式会社さざなみ銀行
""",
    html="""\
<html><body style="font-family:sans-serif;color:#222;font-size:14px">
<p style="color:#0a5a8c;font-size:18px;border-bottom:1px solid #0a5a8c">さざなみ銀行</p>
<p>石井 友美 様</p>
<p>いつもさざなみ銀行をご利用いただき、ありがとうございます。</p>
<p>当行では、犯罪収益移転防止法に基づき、お客さまの情報やお取引の目的を定期的に確認させていただいております。先日、ご登録のご住所宛てに「お取引目的等のご確認のお願い」を郵送いたしましたので、3月14日までにご回答をお願いいたします。</p>
<p><b>ご回答方法（いずれか一つ）</b><br>・郵送書類に同封の返信用封筒でご返送<br>・さざなみ銀行アプリにログインし、「お知らせ」からご回答</p>
<p>ご回答がない場合でも、直ちにお取引を制限することはございませんが、改めてご連絡させていただくことがございます。</p>
<p style="font-size:12px;color:#555">このメールにはリンクを記載しておりません。お手続きは必ず公式アプリ、または郵送書類でお願いいたします。</p>
<p style="font-size:12px">株式会社さざなみ銀行</p>
</body></html>
""",
    hard=True,
    via=("mta02.sazanami-bank.test", "mta02.sazanami-bank.test", "192.0.2.162"), hops=2)

add("ham/card-statement-01.eml", "utf-8", "base64", "2025-06-09 07:30:12",
    ("こはくカード", "info@mail.kohaku-card.example"),
    [(None, "yamamoto.k@example.com")],
    "【こはくカード】6月お支払い金額のご案内",
    """\
山本 和也 様

いつもこはくカードをご利用いただき、ありがとうございます。
6月27日お支払い分のご請求金額が確定しました。

　お支払い日　：2025年6月27日
　お支払い金額：41,930円
　うち分割・リボ：0円

ご利用明細は会員サイト「こはくWeb」でご確認ください。
https://www.kohaku-card.example/web/login

━━━━━━━━━━━━━━━━━━━━
＼期間限定／ 夏のエントリーキャンペーン
エントリー後の合計5万円以上のご利用で、最大5,000円キャッシュバック！
https://www.kohaku-card.example/campaign/summer2025
━━━━━━━━━━━━━━━━━━━━

※このメールは送信専用です。
※こはくカードが、カード番号や暗証番号をメールでおたずねすることはありません。

株式会社こはくカード
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<p style="background:#c98a2b;color:#fff;padding:8px;font-weight:bold">こはくカード</p>
<p>山本 和也 様</p>
<p>いつもこはくカードをご利用いただき、ありがとうございます。<br>6月27日お支払い分のご請求金額が確定しました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">お支払い日</th><td>2025年6月27日</td></tr>
<tr><th align="left">お支払い金額</th><td><b>41,930円</b></td></tr>
<tr><th align="left">うち分割・リボ</th><td>0円</td></tr>
</table>
<p>ご利用明細は<a href="https://www.kohaku-card.example/web/login">会員サイト「こはくWeb」</a>でご確認ください。</p>
<div style="border:2px dashed #c98a2b;padding:10px;margin:14px 0">
<p style="margin:0;color:#c0392b;font-weight:bold">＼期間限定／ 夏のエントリーキャンペーン</p>
<p style="margin:4px 0">エントリー後の合計5万円以上のご利用で、最大5,000円キャッシュバック！</p>
<p style="margin:0"><a href="https://www.kohaku-card.example/campaign/summer2025">今すぐエントリー</a></p>
</div>
<p style="font-size:12px;color:#777">※このメールは送信専用です。<br>※こはくカードが、カード番号や暗証番号をメールでおたずねすることはありません。</p>
<p style="font-size:12px">株式会社こはくカード</p>
</td></tr></table>
</body></html>
""",
    ret="rt-0609-7731@bounce.kohaku-card.example", hard=True,
    via=("em12.kohaku-card.example", "em12.kohaku-card.example", "198.51.100.12"), hops=2)

add("ham/card-security-01.eml", "iso-2022-jp", "7bit", "2024-08-17 02:36:48",
    ("にじいろカード", "alert@nijiiro-card.example.net"),
    [(None, "kenta.ono@example.ne.jp")],
    "【にじいろカード】不正利用の可能性があるため、カードのご利用を停止しました",
    """\
小野 健太 様

にじいろカード セキュリティセンターです。

お客さまのカードで、不正利用の可能性が高いお取引を検知したため、
被害防止のため、本日2時30分にカードのご利用を停止いたしました。

　検知したお取引：海外の通販サイトでの少額決済（複数回）
　カード番号　　：末尾 4418

これらのお取引がご本人のご利用でない場合、新しいカード番号で
カードを再発行いたします（再発行手数料は無料です）。
お手数ですが、カード裏面に記載のセキュリティセンター（24時間受付）まで
お電話でご連絡ください。

ご本人のご利用であった場合も、お電話にて確認のうえ停止を解除いたします。

本メールでは、お客さまにURLからのログインやカード情報の入力を
お願いすることはございません。

株式会社にじいろカード セキュリティセンター
""",
    hard=True,
    via=("mx-out1.nijiiro-card.example.net", "mx-out1.nijiiro-card.example.net", "203.0.113.71"), hops=2)

add("ham/card-payment-failed-01.eml", "iso-2022-jp", "7bit", "2025-01-29 11:02:33",
    ("はなみずきカード", "info@hanamizuki-card.example.co.jp"),
    [(None, "a.morita@example.co.jp")],
    "【はなみずきカード】1月27日のお引き落としについて（再振替のご案内）",
    """\
森田 彩 様

いつもはなみずきカードをご利用いただき、ありがとうございます。

1月27日のお支払い分（22,180円）について、お支払い口座からの
お引き落としが確認できませんでした。

ご指定の金融機関により、2月10日に再振替を行います。
再振替日の前日までに、口座へのご入金をお願いいたします。

なお、再振替の対象外となる金融機関の場合は、郵送でお送りする
払込用紙、または会員サイトの「お支払い」メニューからの
お振込みでお支払いください。

お支払いが確認できるまでの間、カードのご利用を一時的に
お控えいただく場合がございます。

会員サイト「はなみずきNet」
https://net.hanamizuki-card.example.co.jp/

株式会社はなみずきカード　お客様センター
""",
    hard=True,
    via=("mailgw2.hanamizuki-card.example.co.jp", "mailgw2.hanamizuki-card.example.co.jp", "192.0.2.20"), hops=2)

add("ham/card-3ds-01.eml", "utf-8", "quoted-printable", "2025-02-20 12:00:15",
    ("こはくカード", "info@mail.kohaku-card.example"),
    [(None, "nakamura.yuka@example.com")],
    "【重要】本人認証サービス（3Dセキュア2.0）のご登録のお願い", qsubj=True,
    text="""\
中村 優花 様

いつもこはくカードをご利用いただき、ありがとうございます。

2025年3月末までに、国内のすべてのECサイトで本人認証サービス
（3Dセキュア2.0）の導入が義務化されます。
これに伴い、ネットショッピングの際にワンタイムパスワードによる
本人認証が必要になる場合があります。

本人認証には、会員サイト「こはくWeb」へのメールアドレスの
ご登録が必要です。まだご登録のないお客さまは、公式アプリまたは
会員サイトの「登録情報の変更」からご登録ください。

　こはくWeb：https://www.kohaku-card.example/web/

ご注意ください
・ワンタイムパスワードは、ネットショッピングの認証画面でのみ入力するものです。
・当社からのメールやお電話で、ワンタイムパスワードをおたずねすることはありません。

株式会社こはくカード
""",
    ret="rt-0220-1190@bounce.kohaku-card.example", hard=True,
    via=("em12.kohaku-card.example", "em12.kohaku-card.example", "198.51.100.12"), hops=2)

add("ham/securities-login-01.eml", "iso-2022-jp", "7bit", "2025-05-22 07:45:31",
    ("かえで証券", "notice@kaede-sec.test"),
    [(None, "ryo.fukuda@example.ne.jp")],
    "【かえで証券】ログイン時の多要素認証の必須化について",
    """\
福田 亮 様

いつもかえで証券をご利用いただき、誠にありがとうございます。

昨今、他社を含む証券口座への不正アクセスと、第三者による
不正な株式売買が多発していることを受け、当社では
2025年6月7日（土）より、ログイン時の多要素認証を必須といたします。

必須化以降は、ログインのたびに、ご登録のメールアドレスまたは
スマートフォンアプリに届く認証コードの入力が必要になります。

事前のお手続きは不要ですが、ご登録のメールアドレスが
最新のものかご確認ください。
ご確認は、公式アプリまたはブックマークした当社ウェブサイトから
ログインのうえ、「お客様情報」画面で行えます。

このお知らせには、ログイン画面へのリンクを記載しておりません。
当社を名乗るメールやSMSのリンクからはログインしないようご注意ください。

かえで証券株式会社
金融商品取引業者 関東財務局長（金商）第0000号
""",
    hard=True,
    via=("mo1.kaede-sec.test", "mo1.kaede-sec.test", "198.51.100.141"), hops=2)

add("ham/securities-seminar-01.eml", "utf-8", "quoted-printable", "2024-01-17 12:30:00",
    ("いぶき証券 セミナー事務局", "seminar@ibuki-sec.example.com"),
    [(None, "naoko.t@example.jp")],
    "【無料オンラインセミナー】新NISA、はじめの一歩 〜つみたて投資枠の使い方〜", qsubj=True,
    text="""\
高橋 直子 様

いつもいぶき証券をご利用いただき、ありがとうございます。

2024年から新しいNISA制度が始まりました。
「何から始めればいいの？」という声にお応えして、
初心者向けの無料オンラインセミナーを開催いたします。

■日時：2024年1月27日（土）10:00〜11:00
■形式：オンライン（当社ウェブサイトの会員ページから視聴）
■講師：いぶき証券 投資情報部 ファイナンシャルプランナー
■内容：つみたて投資枠と成長投資枠の違い／非課税保有限度額の考え方／
　　　　よくある質問

お申し込みは会員ページの「セミナー・イベント」から。
定員500名、先着順となります。今すぐお申し込みください。
https://www.ibuki-sec.example.com/seminar/

※本セミナーは特定の銘柄の購入を勧誘するものではありません。
※投資信託は元本が保証されたものではありません。

いぶき証券株式会社
金融商品取引業者 関東財務局長（金商）第0000号
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<p style="background:#2e7d32;color:#fff;padding:10px;font-size:18px">いぶき証券 無料オンラインセミナー</p>
<p>高橋 直子 様</p>
<p>2024年から新しいNISA制度が始まりました。「何から始めればいいの？」という声にお応えして、初心者向けの無料オンラインセミナーを開催いたします。</p>
<p style="font-size:20px;font-weight:bold">新NISA、はじめの一歩 〜つみたて投資枠の使い方〜</p>
<table cellpadding="4">
<tr><td>日時</td><td>2024年1月27日（土）10:00〜11:00</td></tr>
<tr><td>形式</td><td>オンライン（会員ページから視聴）</td></tr>
<tr><td>講師</td><td>いぶき証券 投資情報部 ファイナンシャルプランナー</td></tr>
</table>
<p><a href="https://www.ibuki-sec.example.com/seminar/" style="background:#2e7d32;color:#fff;padding:10px 28px;text-decoration:none">今すぐ申し込む（定員500名）</a></p>
<p style="font-size:11px;color:#777">※本セミナーは特定の銘柄の購入を勧誘するものではありません。※投資信託は元本が保証されたものではありません。<br>いぶき証券株式会社　金融商品取引業者 関東財務局長（金商）第0000号</p>
</td></tr></table>
</body></html>
""",
    headers=[("List-Unsubscribe", "<https://www.ibuki-sec.example.com/mail/unsubscribe?u=5c1e>")],
    ret="bounce+5c1e@mailer.ibuki-sec.example.com", hard=True,
    via=("mailer.ibuki-sec.example.com", "mailer.ibuki-sec.example.com", "203.0.113.27"), hops=2)

add("ham/securities-statement-01.eml", "shift_jis", "base64", "2025-01-10 18:02:10",
    ("しおかぜ証券", "report@shiokaze-sec.example.co.jp"),
    [(None, "k-ishikawa@example.jp")],
    "【しおかぜ証券】取引残高報告書の電子交付について",
    """\
石川 健一 様

平素はしおかぜ証券をご利用いただき、誠にありがとうございます。

2024年12月末基準の「取引残高報告書」を電子交付いたしました。
ログイン後、「電子書面」メニューよりご確認ください。

　書面名　　：取引残高報告書（四半期）
　基準日　　：2024年12月31日
　交付日　　：2025年1月10日

取引残高報告書は、お客さまのお取引と残高を確認いただくための
大切な書面です。記載内容に相違がございましたら、
お早めにカスタマーセンターまでお申し出ください。

しおかぜ証券 ログインページ
https://www.shiokaze-sec.example.co.jp/login

しおかぜ証券株式会社
カスタマーセンター　0120-000-729
""",
    hcharset="iso-2022-jp", hard=True,
    via=("smtp01.shiokaze-sec.example.co.jp", "smtp01.shiokaze-sec.example.co.jp", "192.0.2.63"), hops=2)

add("ham/securities-restriction-01.eml", "iso-2022-jp", "7bit", "2025-04-26 16:11:52",
    ("かえで証券", "notice@kaede-sec.test"),
    [(None, "k.endo@example.net")],
    "【かえで証券】出金先口座の変更受付と出金制限について",
    """\
遠藤 圭 様

いつもかえで証券をご利用いただき、ありがとうございます。
出金先口座の変更を、以下のとおり受け付けました。

　受付日時　　：2025年4月26日 16:10
　変更後の口座：みのり銀行　本店　普通　****582
　受付方法　　：スマートフォンアプリ

セキュリティ確保のため、出金先口座の変更後24時間は、
出金および外部への振替を制限させていただきます。
制限は2025年4月27日 16:10に自動的に解除されます。

このお手続きにお心当たりがない場合は、第三者による不正な操作の
おそれがあります。直ちにカスタマーサポート（24時間受付）まで
お電話でご連絡ください。

かえで証券株式会社
カスタマーサポート　0120-000-860
""",
    hard=True,
    via=("mo2.kaede-sec.test", "mo2.kaede-sec.test", "198.51.100.142"), hops=2)

add("ham/password-reset-01.eml", "utf-8", "8bit", "2024-11-05 22:41:17",
    ("タスクノート", "no-reply@tasknote.example"),
    [(None, "saori.m@example.com")],
    "パスワード再設定のご案内",
    """\
タスクノートをご利用いただきありがとうございます。

saori.m@example.com のアカウントについて、パスワード再設定の
リクエストを受け付けました。
下記のリンクから、新しいパスワードを設定してください。

https://app.tasknote.example/reset-password?token=5f2c0e7a91b84d6e

このリンクの有効期限は30分です。
リンクの期限が切れた場合は、ログイン画面から再度お手続きください。

このリクエストにお心当たりがない場合は、このメールを無視してください。
パスワードが変更されることはありません。

タスクノート サポートチーム
""",
    hard=True,
    via=("o7.mail.tasknote.example", "o7.mail.tasknote.example", "203.0.113.207"), hops=2)

add("ham/password-reset-02.eml", "iso-2022-jp", "7bit", "2024-04-09 20:05:44",
    ("そよかぜネット サポート", "support@soyokaze-net.example.ne.jp"),
    [(None, "f.takeuchi@example.ne.jp")],
    "【そよかぜネット】メールパスワード変更完了のお知らせ",
    """\
竹内 文子 様

いつもそよかぜネットをご利用いただき、ありがとうございます。

会員サポートページにて、以下のメールアドレスのパスワードが
変更されましたので、お知らせいたします。

　メールアドレス：f.takeuchi@example.ne.jp
　変更日時　　　：2024年4月9日 20:04

メールソフトやスマートフォンに設定しているパスワードも、
新しいパスワードに変更してください。

なお、最近「メールボックスの容量が上限に達しました」などと
当社を装い、パスワードを入力させるメールが確認されています。
当社がメールでパスワードの入力をお願いすることはありません。

お心当たりのない変更の場合は、サポートセンターまでご連絡ください。

そよかぜネット サポートセンター
0120-000-364（10:00〜18:00 年中無休）
""",
    hard=True,
    via=("smtp-sys.soyokaze-net.example.ne.jp", "smtp-sys.soyokaze-net.example.ne.jp", "198.51.100.34"), hops=2)

add("ham/otp-01.eml", "utf-8", "quoted-printable", "2025-07-02 19:58:03",
    ("ショップまるいち", "auth@maruichi-shop.example.com"),
    [(None, "emi.k@example.com")],
    "【ショップまるいち】ログイン認証コード", qsubj=True,
    text="""\
ショップまるいちをご利用いただきありがとうございます。

ログインのための認証コードは以下のとおりです。

　認証コード：730 416

このコードの有効期限は10分です。
ログイン画面に入力して、お手続きを完了してください。

このコードを他人に教えないでください。
ショップまるいちの従業員が、電話やメールでコードをおたずねすることはありません。

お心当たりがない場合は、パスワードの変更をおすすめします。

ショップまるいち
""",
    hard=True,
    via=("auth-mail.maruichi-shop.example.com", "auth-mail.maruichi-shop.example.com", "192.0.2.237"), hops=1)

add("ham/otp-02.eml", "utf-8", "base64", "2024-12-20 06:12:40",
    ("あおぞらエア", "no-reply@aozora-air.test"),
    [(None, "mizuki.a@example.ne.jp")],
    "あおぞらエア：ワンタイム認証コードのお知らせ",
    """\
あおぞらエアをご利用いただき、ありがとうございます。

あおぞらクラブ会員ページへのログインに必要な
ワンタイム認証コードをお知らせします。

　認証コード：58219374
　有効期限　：発行から15分

お客様番号：****6021

このメールにお心当たりがない場合は、第三者がお客様番号で
ログインを試みた可能性があります。
会員ページのパスワードを変更してください。

あおぞらエア株式会社　あおぞらクラブ事務局
""",
    hard=True,
    via=("mail01.aozora-air.test", "mail01.aozora-air.test", "203.0.113.150"), hops=2)

add("ham/payment-due-01.eml", "iso-2022-jp", "7bit", "2024-11-06 10:15:27",
    ("くらしでんき お客さまセンター", "info@mail.kurashi-denki.example"),
    [(None, "nakano.s@example.com")],
    "【くらしでんき】10月分電気料金のお支払いについて（払込用紙送付のご案内）",
    """\
中野 聡 様

いつもくらしでんきをご利用いただき、ありがとうございます。

10月分の電気料金（8,412円）について、ご指定の口座からの
お引き落としができなかったとの連絡を金融機関より受けました。

つきましては、11月8日ごろにご契約住所へ払込用紙を郵送いたします。
お手元に届きましたら、11月25日までに、コンビニエンスストアまたは
郵便局でお支払いください。

　お客さま番号：7702-4418-xx
　ご請求金額　：8,412円

次回以降も口座振替を継続いたしますので、振替日の前日までに
口座残高のご確認をお願いいたします。

マイページでもご請求内容をご確認いただけます。
https://my.kurashi-denki.example/

くらしでんき株式会社 お客さまセンター
0120-000-185（9:00〜18:00 日祝休み）
""",
    hard=True,
    via=("smtp2.mail.kurashi-denki.example", "smtp2.mail.kurashi-denki.example", "192.0.2.109"), hops=2)

add("ham/payment-due-02.eml", "shift_jis", "8bit", "2025-08-18 11:40:05",
    ("コトリモバイル", "billing@kotori-mobile.test"),
    [(None, "ryota.s@example.jp")],
    "【コトリモバイル】ご利用料金のお支払いが確認できておりません",
    """\
佐藤 亮太 様

コトリモバイルをご利用いただき、ありがとうございます。

7月ご利用分の料金（2,178円）について、ご登録のクレジットカードでの
決済ができませんでした。カードの有効期限切れ、ご利用限度額の超過などが
考えられます。

8月29日までに、マイページからお支払い方法を更新いただくか、
別のカードで再決済をお願いいたします。
期限を過ぎてもお支払いが確認できない場合、9月1日以降、
回線のご利用を一時停止させていただくことがございます。

マイページには、コトリモバイルアプリからログインできます。
https://my.kotori-mobile.test/

すでにお手続き済みの場合は、行き違いですのでご容赦ください。

コトリモバイル カスタマーセンター
""",
    hard=True,
    via=("mta-b.kotori-mobile.test", "unknown", "203.0.113.244"), hops=2)

add("ham/payment-failed-01.eml", "utf-8", "base64", "2025-04-11 04:02:51",
    ("ミルシネマ", "billing@mirucinema.example.com"),
    [(None, "d.sasaki@example.jp")],
    "お支払いに問題があります：お支払い情報を更新してください",
    """\
佐々木 大輔 様

ミルシネマをご利用いただきありがとうございます。

次の請求期間（4月11日〜5月10日）のお支払いを処理できませんでした。
ご登録のカードの有効期限が切れている可能性があります。

　プラン　：スタンダード（月額1,490円）
　カード　：末尾 0627

引き続き視聴いただくには、アカウントページでお支払い方法を
更新してください。7日以内に更新されない場合、メンバーシップは
一時停止されます（視聴履歴やマイリストは保持されます）。

アカウントページ：https://www.mirucinema.example.com/account

ミルシネマ ヘルプセンター
""",
    html="""\
<html><body style="font-family:sans-serif;background:#141414;color:#eee">
<div style="max-width:560px;margin:0 auto;padding:20px">
<p style="color:#e50914;font-size:24px;font-weight:bold">MIRU CINEMA</p>
<p>佐々木 大輔 様</p>
<p>次の請求期間（4月11日〜5月10日）のお支払いを処理できませんでした。ご登録のカードの有効期限が切れている可能性があります。</p>
<p>プラン：スタンダード（月額1,490円）<br>カード：末尾 0627</p>
<p><a href="https://www.mirucinema.example.com/account" style="background:#e50914;color:#fff;padding:10px 26px;text-decoration:none">お支払い情報を更新</a></p>
<p style="font-size:12px;color:#aaa">7日以内に更新されない場合、メンバーシップは一時停止されます（視聴履歴やマイリストは保持されます）。</p>
</div>
</body></html>
""",
    hard=True,
    via=("mail-us3.mirucinema.example.com", "mail-us3.mirucinema.example.com", "198.51.100.83"), hops=2)

add("ham/payment-failed-02.eml", "utf-8", "quoted-printable", "2025-10-03 09:26:38",
    ("ハコクラウド", "billing@hako-cloud.example"),
    [(None, "ichiro.m@example.jp")],
    "ハコクラウド：お支払いができなかったため、プランが無料プランに戻ります", qsubj=True,
    text="""\
森 一郎 様

ハコクラウドをご利用いただきありがとうございます。

ハコクラウド 200GB プラン（月額400円）の更新料金を、ご登録の
お支払い方法で決済できませんでした。

このまま10月17日までに決済が完了しない場合、プランは無料プラン（5GB）に
戻ります。現在の使用量（83.2GB）が無料プランの容量を超えているため、
その後は新しい写真やファイルのアップロードができなくなります。
保存済みのファイルがすぐに削除されることはありません。

お支払い方法は、アプリの「設定」>「プランとお支払い」から更新できます。

ハコクラウド サポート
https://help.hako-cloud.example/billing
""",
    ret="billing-bounces@hako-cloud.example", hard=True,
    via=("smtp-out4.hako-cloud.example", "smtp-out4.hako-cloud.example", "192.0.2.194"), hops=2)

add("ham/points-expiry-01.eml", "utf-8", "8bit", "2025-05-26 12:10:44",
    ("ドラッグひまわり", "point@himawari-drug.example.co.jp"),
    [(None, "rika.h@example.jp")],
    "【ドラッグひまわり】ﾎﾟｲﾝﾄ失効のお知らせ（5月31日まで）",
    """\
ひまわり会員 原 里佳 様

いつもドラッグひまわりをご利用いただき、ありがとうございます。

お客さまの保有ポイントのうち、一部が今月末で有効期限を迎えます。

　失効予定ポイント：1,240ﾎﾟｲﾝﾄ
　有効期限　　　　：2025年5月31日（土）

ポイントは1ポイント＝1円として、店頭・公式アプリでのお買い物にご利用いただけます。
ぜひ期限内にご利用ください。

さらに！5月28日（水）〜30日（金）は「ひまわりデー」。
アプリ会員さまはポイント5倍です。

※ポイント残高は公式アプリの会員証画面でご確認いただけます。
※本メールは配信を希望された会員さまにお送りしています。

ドラッグひまわり
https://www.himawari-drug.example.co.jp/
""",
    headers=[("List-Unsubscribe", "<https://www.himawari-drug.example.co.jp/mail/stop?m=hr0526>")],
    hard=True,
    via=("mag3.himawari-drug.example.co.jp", "mag3.himawari-drug.example.co.jp", "203.0.113.186"), hops=2)

add("ham/points-expiry-02.eml", "iso-2022-jp", "7bit", "2024-09-02 08:00:19",
    ("あおぞらクラブ事務局", "club@aozora-air.test"),
    [(None, "k.endo@example.net")],
    "【あおぞらクラブ】マイルの有効期限のお知らせ（2024年9月末）",
    """\
遠藤 圭 様

いつもあおぞらエアをご利用いただき、誠にありがとうございます。

お客様がお持ちのマイルのうち、下記のマイルが今月末で有効期限を迎えます。

　失効予定マイル：6,200マイル
　有効期限　　　：2024年9月30日（月）

6,000マイルから、国内線の片道特典航空券にお引き換えいただけます。
また、提携先の電子マネーへの交換（1マイル＝1円相当）も可能です。

特典のお申し込みは、あおぞらエアの公式アプリ、またはウェブサイトの
会員ページから承っております。

なお、あおぞらエアがメールでクレジットカード番号や
パスワードの入力をお願いすることはございません。

あおぞらエア株式会社　あおぞらクラブ事務局
""",
    hard=True,
    via=("mail02.aozora-air.test", "mail02.aozora-air.test", "203.0.113.151"), hops=2)

add("ham/delivery-01.eml", "utf-8", "8bit", "2025-06-14 15:32:09",
    ("はやて便", "notice@hayate-bin.example.com"),
    [(None, "hiroko.s@example.ne.jp")],
    "【はやて便】ご不在のためお荷物を持ち帰りました",
    """\
鈴木 裕子 様

はやて便です。本日15時30分ごろお届けにあがりましたが、
ご不在でしたので、お荷物を持ち帰りました。

　送り状番号：4418-0615-2277
　ご依頼主　：こもれび茶房 様
　保管期限　：6月21日

再配達のご依頼は、はやて便ウェブサイトの「再配達受付」で、
送り状番号を入力してお申し込みください（手数料はかかりません）。
https://www.hayate-bin.example.com/redelivery/

担当ドライバー直通：090-0000-6112（9時〜20時）

このメールは、はやて便のお届け通知サービスにご登録の方にお送りしています。
""",
    hard=True,
    via=("notify2.hayate-bin.example.com", "notify2.hayate-bin.example.com", "198.51.100.235"), hops=1)

add("ham/delivery-02.eml", "iso-2022-jp", "7bit", "2024-12-11 18:22:36",
    ("ショップまるいち", "shipping@maruichi-shop.example.com"),
    [(None, "yuji.hara@example.ne.jp")],
    "【ショップまるいち】ご注文商品を発送しました（注文番号 M1-2412-08837）",
    """\
原 裕二 様

ショップまるいちをご利用いただき、ありがとうございます。
ご注文の商品を本日発送いたしました。

　注文番号　：M1-2412-08837
　配送業者　：はやて便
　送り状番号：4418-1211-9025
　お届け予定：12月13日（金）19時〜21時

【発送商品】
　電気ケトル 1.0L（ホワイト）× 1
　ドリップコーヒー 30袋セット × 2

配送状況は、マイページの「注文履歴」からご確認いただけます。
https://www.maruichi-shop.example.com/mypage/orders

お届け日時の変更は、配送業者のウェブサイトで承っております。

ショップまるいち カスタマーサポート
""",
    hard=True,
    via=("ship-mail.maruichi-shop.example.com", "ship-mail.maruichi-shop.example.com", "192.0.2.238"), hops=2)

add("ham/delivery-03.eml", "shift_jis", "8bit", "2025-09-12 13:48:21",
    ("ツバメ急便", "info@tsubame-kyubin.example"),
    [(None, "t.maeda@example.jp")],
    "【ツバメ急便】お荷物を置き配いたしました",
    """\
前田 隆 様

ツバメ急便をご利用いただきありがとうございます。
ご指定の場所に、お荷物をお届けいたしました。

　お問い合わせ番号：7720-0912-4418
　お届け日時　　　：9月12日 13時47分
　置き配場所　　　：玄関前
　ご依頼主　　　　：北斗書林

お届け時の写真は、ツバメ急便のウェブサイトで
お問い合わせ番号を入力するとご確認いただけます。
https://tsubame-kyubin.example/track/

お荷物が見当たらない場合は、お手数ですが
担当営業所（0000-22-4418）までご連絡ください。

ツバメ急便株式会社
""",
    hcharset="iso-2022-jp", hard=True,
    via=("sender.tsubame-kyubin.example", "unknown", "198.51.100.209"), hops=2)

add("ham/delivery-04.eml", "utf-8", "quoted-printable", "2025-03-18 10:04:59",
    ("グローバルエクスプレス", "customs@gx-express.example.net"),
    [(None, "kanako.ueno@example.jp")],
    "輸入通関のお知らせ：関税・消費税のお支払いについて（伝票番号 GX 6620 4418 07）", qsubj=True,
    text="""\
上野 加奈子 様

グローバルエクスプレスです。
海外から発送されたお客様宛のお荷物について、輸入通関が完了しました。

　伝票番号　　：GX 6620 4418 07
　差出人　　　：Atelier Lumen（フランス）
　品名　　　　：陶器（マグカップ）2点
　関税・消費税：2,300円（当社立替）

この関税・消費税は、差出人様が「受取人払い」を選択されたため、
お届けの際にお客様にお支払いいただくものです。
お支払いは、配達時の現金またはカード、もしくは下記の当社ウェブサイトで
伝票番号を入力してお支払いいただけます。

https://www.gx-express.example.net/ja/duties/

ご不明な点は、伝票番号を添えて本メールにご返信ください。

グローバルエクスプレス株式会社 通関窓口
""",
    headers=[("Reply-To", "customs-reply@gx-express.example.net")],
    hard=True,
    via=("mx-jp2.gx-express.example.net", "mx-jp2.gx-express.example.net", "203.0.113.226"), hops=2)

add("ham/subscription-renewal-01.eml", "iso-2022-jp", "7bit", "2025-02-28 09:30:14",
    ("ドメインの森", "renew@domain-no-mori.example.com"),
    [(None, "webmaster@nagi.test")],
    "【ドメインの森】ドメイン自動更新のお知らせ（nagi.test）",
    """\
凪デザイン事務所 ご担当者様

ドメインの森をご利用いただき、ありがとうございます。

ご契約中のドメインについて、自動更新の時期が近づいておりますので
お知らせいたします。

　ドメイン名　　：nagi.test
　有効期限　　　：2025年4月30日
　自動更新予定日：2025年4月15日
　更新料金　　　：1,650円（税込、1年）
　お支払い方法　：ご登録のクレジットカード（末尾 2231）

自動更新を行うため、お客様によるお手続きは不要です。
自動更新を停止する場合や、お支払い方法を変更する場合は、
コントロールパネルからお手続きください。

なお、当社以外の事業者から「登録期限のお知らせ」と称して
振込を求める請求書が届く事例があります。
当社がご請求書を郵送やPDFで送ることはありません。

ドメインの森 サポート
https://www.domain-no-mori.example.com/cp/
""",
    hard=True,
    via=("cp-mail.domain-no-mori.example.com", "cp-mail.domain-no-mori.example.com", "192.0.2.177"), hops=2)

add("ham/subscription-renewal-02.eml", "utf-8", "quoted-printable", "2025-01-05 10:00:47",
    ("ガードウィング ストア", "store@guardwing.example"),
    [(None, "m.tsuji@example.com")],
    "ガードウィング セキュリティ：自動更新のお知らせ（更新日 2025/01/19）", qsubj=True,
    text="""\
辻 正樹 様

ガードウィング セキュリティをご利用いただきありがとうございます。
お客様のライセンスは、まもなく自動更新されます。

　製品　　：ガードウィング セキュリティ（3台・1年）
　更新日　：2025年1月19日
　更新料金：5,280円（税込）
　お支払い：ご登録のクレジットカード（末尾 7713）

更新後も、これまでどおり保護が継続されます。
自動更新を停止したい場合は、更新日の前日までに
ガードウィング アカウントの「ライセンス管理」から設定を変更してください。
https://account.guardwing.example/licenses

【今だけ】家族みんなで使える「5台版」へのアップグレードが、
更新と同時なら初年度30%OFFでご利用いただけます。

※ガードウィングが電話で更新や返金の手続きを求めることはありません。
　「返金のためにお電話を」というメールにはご注意ください。

ガードウィング株式会社
""",
    html="""\
<html><body style="font-family:sans-serif;color:#222">
<table width="600" align="center"><tr><td>
<p style="color:#1b6ef3;font-size:20px;font-weight:bold">GUARDWING</p>
<p>辻 正樹 様</p>
<p>ガードウィング セキュリティをご利用いただきありがとうございます。お客様のライセンスは、まもなく自動更新されます。</p>
<table cellpadding="5" style="background:#f3f6fb">
<tr><td>製品</td><td>ガードウィング セキュリティ（3台・1年）</td></tr>
<tr><td>更新日</td><td>2025年1月19日</td></tr>
<tr><td>更新料金</td><td>5,280円（税込）</td></tr>
</table>
<p>自動更新を停止したい場合は、更新日の前日までに<a href="https://account.guardwing.example/licenses">ライセンス管理</a>から設定を変更してください。</p>
<p style="border:1px solid #1b6ef3;padding:8px"><b>【今だけ】</b>「5台版」へのアップグレードが、更新と同時なら初年度<b style="color:#d33">30%OFF</b>。</p>
<p style="font-size:12px;color:#666">※ガードウィングが電話で更新や返金の手続きを求めることはありません。「返金のためにお電話を」というメールにはご注意ください。</p>
</td></tr></table>
</body></html>
""",
    hard=True,
    via=("mail-ap1.guardwing.example", "mail-ap1.guardwing.example", "203.0.113.102"), hops=2)

add("ham/subscription-renewal-03.eml", "euc-jp", "8bit", "2024-03-21 07:15:02",
    ("北斗新報デジタル", "digital@hokuto-shimpo.example.jp"),
    [(None, "s.kimura@example.jp")],
    "北斗新報デジタル　ご契約更新のお知らせ",
    """\
木村 聡子 様

北斗新報デジタルをご購読いただき、ありがとうございます。

ご契約中の「年間プラン」は、2024年4月10日に更新を迎えます。
ご契約は自動で更新され、ご登録のお支払い方法に
年間購読料（35,640円）を請求させていただきます。

　会員番号　：HS-0044187
　現在の期間：2023年4月11日〜2024年4月10日
　次の期間　：2024年4月11日〜2025年4月10日

月額プランへの変更や解約は、更新日の前日までに
「マイアカウント」からお手続きいただけます。
https://digital.hokuto-shimpo.example.jp/account

今後とも北斗新報デジタルをよろしくお願いいたします。

北斗新報社　デジタル読者センター
""",
    hard=True,
    via=("mta.hokuto-shimpo.example.jp", "unknown", "192.0.2.84"), hops=2)

add("ham/invoice-01.eml", "utf-8", "base64", "2024-07-01 09:00:31",
    ("クラウド会計そろばん", "billing@soroban-cloud.example.com"),
    [(None, "keiri@sora-design.example")],
    "【クラウド会計そろばん】2024年6月分 ご請求書発行のお知らせ",
    """\
株式会社ソラデザイン
経理ご担当者様

いつもクラウド会計そろばんをご利用いただき、ありがとうございます。
2024年6月分のご請求書を発行いたしましたので、添付にてお送りします。

　請求番号　　：SR-2406-00418
　ご利用プラン：ビジネスプラン（5ユーザー）
　ご請求金額　：13,200円（税込）
　お支払い方法：口座振替（7月27日予定）

適格請求書発行事業者登録番号：T0000000000000

管理画面の「契約・請求」からも、過去のご請求書を
ダウンロードいただけます。
https://app.soroban-cloud.example.com/billing

クラウド会計そろばん カスタマーサクセス
""",
    attach=[("請求書_SR-2406-00418.pdf", "application/pdf", "pdf")], fname="rfc2231",
    hard=True,
    via=("send3.soroban-cloud.example.com", "send3.soroban-cloud.example.com", "198.51.100.103"), hops=2)

add("ham/invoice-02.eml", "utf-8", "8bit", "2025-09-10 08:30:55",
    ("コトリモバイル", "billing@kotori-mobile.test"),
    [(None, "saori.m@example.com")],
    "【コトリモバイル】８月分ご利用料金確定のお知らせ",
    """\
松本 沙織 様

コトリモバイルをご利用いただき、ありがとうございます。
8月分のご利用料金が確定しましたのでお知らせします。

　ご請求金額：2,970円（税込）
　内訳　　　：基本料金 1,870円／通話料 880円／オプション 220円
　お支払い日：9月26日（ご登録のクレジットカード）

料金の詳細は、マイページの「ご利用料金」からご確認いただけます。
https://my.kotori-mobile.test/bill/

━━━━━━━━━━━━
＼データ増量キャンペーン実施中／
9月30日までのプラン変更で、3か月間データ容量が2倍！
━━━━━━━━━━━━

コトリモバイル カスタマーセンター
""",
    hard=True,
    via=("mta-a.kotori-mobile.test", "mta-a.kotori-mobile.test", "203.0.113.243"), hops=2)

add("ham/invoice-03.eml", "iso-2022-jp", "7bit", "2024-05-14 10:10:38",
    ("ヤマネサーバー 料金センター", "billing@yamane-server.example"),
    [(None, "info@sora-design.example")],
    "【ヤマネサーバー】ご利用料金お支払いのお願い（お支払期限 5月31日）",
    """\
株式会社ソラデザイン 様

ヤマネサーバーをご利用いただき、誠にありがとうございます。

以下のご利用料金について、本日時点でご入金を確認できておりません。

　サーバーID　：sora-design-01
　ご請求内容　：スタンダードプラン 12か月分
　ご請求金額　：15,840円（税込）
　お支払期限　：2024年5月31日

お支払いは、会員ページの「料金のお支払い」から、クレジットカード、
銀行振込、コンビニ払いをご選択いただけます。
https://secure.yamane-server.example/member/

お支払期限を過ぎますと、サーバーのご利用を停止させていただき、
停止から30日後にデータを削除いたします。
すでにお振込みいただいた場合は、行き違いですのでご容赦ください。

ヤマネサーバー 料金センター
""",
    hard=True,
    via=("mailer1.yamane-server.example", "unknown", "192.0.2.201"), hops=2)

add("ham/verify-01.eml", "utf-8", "quoted-printable", "2025-01-18 21:33:26",
    ("こんだてノート", "verify@kondate-note.example.com"),
    [(None, "chika.y@example.ne.jp")],
    "【こんだてノート】メールアドレスの確認をお願いします", qsubj=True,
    text="""\
こんだてノートへのご登録ありがとうございます。

ご登録を完了するには、24時間以内に下のリンクをクリックして
メールアドレスを確認してください。

https://kondate-note.example.com/verify?k=c81e728d9d4c2f63

確認が完了すると、レシピの保存や献立カレンダーが使えるようになります。

このメールに心当たりがない場合は、どなたかが誤ってあなたの
メールアドレスを入力した可能性があります。
何もしなければ登録は完了しませんので、このメールは削除してください。

こんだてノート運営チーム
""",
    hard=True,
    via=("mail.kondate-note.example.com", "unknown", "198.51.100.45"), hops=2)

add("ham/verify-02.eml", "utf-8", "base64", "2025-08-02 14:55:12",
    ("フリマポケット", "support@furipoke.example.jp"),
    [(None, "shun.ogawa@example.com")],
    "【フリマポケット】売上金の振込申請には本人確認が必要です",
    """\
小川 俊 様

フリマポケットをご利用いただきありがとうございます。

売上金の振込申請（12,400円）を受け付けましたが、
振込申請の累計額が一定額を超えたため、法令に基づく
本人確認（eKYC）が必要となりました。

アプリの「マイページ」>「本人確認」から、以下の手順でお手続きください。
　1. 本人確認書類（運転免許証またはマイナンバーカード）を撮影
　2. ご自身の顔を撮影

本人確認の完了後、通常2営業日以内に振込を行います。
なお、本人確認は必ずアプリ内で行ってください。
フリマポケットがメールやSMSのリンクから書類の提出をお願いすることはありません。

フリマポケット 事務局
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<div style="max-width:560px;margin:0 auto">
<p style="background:#ff6f61;color:#fff;padding:8px;font-weight:bold">フリマポケット</p>
<p>小川 俊 様</p>
<p>売上金の振込申請（12,400円）を受け付けましたが、振込申請の累計額が一定額を超えたため、法令に基づく<b>本人確認（eKYC）</b>が必要となりました。</p>
<p>アプリの「マイページ」&gt;「本人確認」から、以下の手順でお手続きください。</p>
<ol><li>本人確認書類（運転免許証またはマイナンバーカード）を撮影</li><li>ご自身の顔を撮影</li></ol>
<p>本人確認の完了後、通常2営業日以内に振込を行います。</p>
<p style="font-size:12px;color:#777">本人確認は必ずアプリ内で行ってください。フリマポケットがメールやSMSのリンクから書類の提出をお願いすることはありません。</p>
</div>
</body></html>
""",
    hard=True,
    via=("out1.furipoke.example.jp", "out1.furipoke.example.jp", "203.0.113.180"), hops=2)

add("ham/verify-03.eml", "iso-2022-jp", "7bit", "2024-06-04 10:20:43",
    ("しおかぜ証券", "info@shiokaze-sec.example.co.jp"),
    [(None, "m.kubota@example.jp")],
    "【しおかぜ証券】ご登録内容確認のお願い（年1回のご確認）",
    """\
久保田 誠 様

いつもしおかぜ証券をご利用いただき、ありがとうございます。

当社では、お客さまに適した商品・サービスをご案内するため、
年に一度、ご登録内容（ご職業、ご年収、金融資産、投資目的など）の
ご確認をお願いしております。

　回答期限：2024年6月28日

ログイン後のトップ画面に表示される「ご登録内容の確認」から
ご回答ください。所要時間は3分程度です。
変更がない場合も、「変更なし」を選んでご回答をお願いいたします。

しおかぜ証券 ログインページ
https://www.shiokaze-sec.example.co.jp/login

ご回答がない場合、一部の商品のお取引をお受けできないことがございます。

しおかぜ証券株式会社
""",
    hard=True,
    via=("smtp02.shiokaze-sec.example.co.jp", "smtp02.shiokaze-sec.example.co.jp", "192.0.2.64"), hops=2)

add("ham/newsletter-01.eml", "utf-8", "quoted-printable", "2024-12-26 10:00:02",
    ("ミナモ オンラインストア", "news@minamo-store.example"),
    [(None, "ayaka.n@example.ne.jp")],
    "【最大70%OFF】年末年始セール開幕！今すぐチェック", qsubj=True,
    text="""\
ミナモ会員のみなさま

いつもミナモ オンラインストアをご利用いただき、ありがとうございます。
本日10:00より、年末年始セールがスタートしました！

★ 冬物アウター 最大70%OFF
★ ニット・カットソー 全品40%OFF
★ 会員様限定 さらに使える500円OFFクーポン（1/5まで）

クーポンコード：MINAMO500

人気アイテムはお早めに。在庫がなくなり次第終了です。
▼セール会場はこちら
https://minamo-store.example/sale/newyear

配信停止・配信設定の変更はこちら
https://minamo-store.example/account/mail

株式会社ミナモ
""",
    html="""\
<html><body style="margin:0;font-family:sans-serif;background:#faf7f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px;text-align:center">
<p style="letter-spacing:4px;font-size:20px">MINAMO</p>
<p style="font-size:34px;color:#b03a2e;font-weight:bold;margin:8px 0">最大70%OFF</p>
<p>年末年始セール開幕！</p>
<p>★ 冬物アウター 最大70%OFF<br>★ ニット・カットソー 全品40%OFF<br>★ 会員様限定 さらに使える500円OFFクーポン（1/5まで）</p>
<p style="border:1px dashed #b03a2e;display:inline-block;padding:6px 14px">クーポンコード：<b>MINAMO500</b></p>
<p><a href="https://minamo-store.example/sale/newyear" style="background:#222;color:#fff;padding:12px 40px;text-decoration:none">今すぐチェック</a></p>
<p style="font-size:11px;color:#888"><a href="https://minamo-store.example/account/mail">配信停止・配信設定の変更</a>／株式会社ミナモ</p>
</td></tr></table>
</body></html>
""",
    headers=[("List-Unsubscribe", "<https://minamo-store.example/account/mail/unsub?u=2f9d>, <mailto:unsubscribe@minamo-store.example>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    ret="bounce-2f9d@em.minamo-store.example", hard=True,
    via=("em.minamo-store.example", "em.minamo-store.example", "192.0.2.144"), hops=2)

add("ham/newsletter-02.eml", "utf-8", "base64", "2025-11-28 07:00:09",
    ("ショップまるいち", "news@maruichi-shop.example.com"),
    [(None, "yuji.hara@example.ne.jp")],
    "【本日23:59まで】ブラックフライデー 今すぐ使える20%OFFクーポン",
    None, html_only=True,
    html="""\
<html><body style="margin:0;background:#111;font-family:sans-serif;color:#fff">
<table width="600" align="center"><tr><td style="padding:20px;text-align:center">
<p style="font-size:14px;letter-spacing:3px">SHOP MARUICHI</p>
<p style="font-size:40px;font-weight:bold;color:#ffd400;margin:6px 0">BLACK FRIDAY</p>
<p style="font-size:20px">原 裕二 様だけの<b>20%OFFクーポン</b>をお届けします</p>
<p style="font-size:13px">有効期限：<b style="color:#ff5252">本日 11月28日 23:59まで</b></p>
<p><a href="https://www.maruichi-shop.example.com/bf2025?cp=BF20" style="display:inline-block;background:#ffd400;color:#111;padding:14px 48px;font-weight:bold;text-decoration:none">今すぐクーポンを使う</a></p>
<p style="font-size:13px">家電・キッチン用品・日用品が対象。1回のお買い物で最大5,000円引き。</p>
<p style="font-size:11px;color:#aaa">このメールはメールマガジンの配信を希望された方にお送りしています。<br><a href="https://www.maruichi-shop.example.com/mypage/mail" style="color:#aaa">配信停止</a>／ショップまるいち</p>
</td></tr></table>
</body></html>
""",
    headers=[("List-Unsubscribe", "<https://www.maruichi-shop.example.com/mypage/mail/unsub?u=88a1>")],
    ret="mag-bounce@maruichi-shop.example.com", hard=True,
    via=("mag-mail.maruichi-shop.example.com", "mag-mail.maruichi-shop.example.com", "192.0.2.239"), hops=1)

add("ham/newsletter-03.eml", "shift_jis", "8bit", "2024-08-09 17:00:45",
    ("ハレノヒ家電", "mag@harenohi-kaden.example.jp"),
    [(None, "kenji.w@example.com")],
    "【ﾎﾟｲﾝﾄ10倍】ハレノヒ家電 夏の大感謝祭 明日から3日間！",
    """\
ハレノヒ家電 会員の皆さまへ

いつもハレノヒ家電をご利用いただき、ありがとうございます。

明日8月10日（土）から12日（月・祝）までの3日間、
「夏の大感謝祭」を開催いたします！

■期間中、全商品ﾎﾟｲﾝﾄ10倍（店舗・オンライン共通）
■エアコン、冷蔵庫の下取り 最大20,000円
■先着100名様 ｵﾘｼﾞﾅﾙ保冷バッグ プレゼント

この機会をお見逃しなく！

オンラインストアはこちら
https://www.harenohi-kaden.example.jp/

※ポイント10倍は会員カードまたはアプリのご提示が必要です。
※一部対象外の商品がございます。

ハレノヒ家電株式会社
メール配信の停止は、会員ページの「メール設定」から行えます。
""",
    hcharset="shift_jis", hard=True,
    via=("mag1.harenohi-kaden.example.jp", "mag1.harenohi-kaden.example.jp", "203.0.113.64"), hops=2)

add("ham/newsletter-04.eml", "utf-8", "quoted-printable", "2025-05-30 12:00:05",
    ("たびまる", "news@news.tabimaru.test"),
    [(None, "mai.hoshino@example.jp")],
    "【72時間限定タイムセール】夏休みの宿が最大50%OFF！今すぐ予約", qsubj=True,
    text=None, html_only=True,
    html="""\
<html><body style="font-family:sans-serif;background:#e9f6fb">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:18px">
<p style="color:#0087c3;font-size:22px;font-weight:bold">たびまる</p>
<p style="background:#ff6b35;color:#fff;text-align:center;padding:10px;font-size:24px;font-weight:bold">72時間限定タイムセール</p>
<p>◆ 沖縄・リゾートホテル　<b style="color:#ff6b35">最大50%OFF</b><br>◆ 北海道・温泉旅館　<b style="color:#ff6b35">最大40%OFF</b><br>◆ 会員限定クーポン　最大3,000円OFF</p>
<p>セール期間：5月30日（金）12:00 〜 6月2日（月）11:59</p>
<p style="text-align:center"><a href="https://www.tabimaru.test/sale/72h" style="background:#0087c3;color:#fff;padding:12px 40px;text-decoration:none">今すぐ予約する</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.tabimaru.test/mypage/mailmag">配信停止</a>／株式会社たびまる</p>
</td></tr></table>
</body></html>
""",
    headers=[("List-Unsubscribe", "<https://www.tabimaru.test/mypage/mailmag/unsub?u=e41b>")],
    ret="b-e41b@news.tabimaru.test", hard=True,
    via=("mta5.news.tabimaru.test", "mta5.news.tabimaru.test", "198.51.100.75"), hops=2)

add("ham/newsletter-05.eml", "euc-jp", "base64", "2024-10-15 20:00:31",
    ("すこやか本舗", "info@sukoyaka-honpo.example"),
    [(None, "kazuko.m@example.jp")],
    "【すこやか本舗】定期便のお客さまへ　次回お届けのご案内と秋の感謝セール",
    """\
松尾 和子 様

いつもすこやか本舗の「黒酢にんにく」定期便をご利用いただき、
ありがとうございます。

次回のお届け予定をお知らせいたします。

　お届け予定日：10月25日ごろ
　商品　　　　：黒酢にんにく（62粒）× 2袋
　お支払い金額：5,400円（税込・送料無料）

お届け日の変更やお休みは、10月18日までにマイページ、または
フリーダイヤルにてお申し付けください。

【定期便のお客さま限定 秋の感謝セール】
10月31日まで、追加のご注文がすべて20%OFF。
いまなら「しょうが湯」のお試し品をおつけします。

すこやか本舗　お客さま窓口　0120-000-538（9時〜18時）
https://sukoyaka-honpo.example/mypage/
""",
    hard=True,
    via=("mail.sukoyaka-honpo.example", "unknown", "203.0.113.119"), hops=2)

add("ham/newsletter-06.eml", "iso-2022-jp", "7bit", "2025-03-01 09:00:17",
    ("ワールドブリッジ英会話", "info@worldbridge.example.jp"),
    [(None, "yamazaki.t@example.ne.jp")],
    "【3月限定】入会金0円＋初月レッスン半額！春の入会キャンペーン",
    """\
山崎 達也 様

先日は無料体験レッスンにご参加いただき、ありがとうございました。

新年度に向けて英語を始めたい方のために、3月限定で
春の入会キャンペーンを実施しています。

　・入会金 22,000円 → 0円
　・初月のレッスン料 半額
　・教材費 無料

キャンペーン期間：2025年3月1日（土）〜3月31日（月）

体験レッスンを受けられた方は、担当カウンセラーが
最適なコースをご提案いたします。
ご都合のよい日時を、本メールへのご返信でお知らせください。

配信停止をご希望の方は、その旨をご返信ください。

ワールドブリッジ英会話　横浜校
""",
    headers=[("Reply-To", "yokohama@worldbridge.example.jp")],
    hard=True,
    via=("mail.worldbridge.example.jp", "unknown", "192.0.2.58"), hops=2)

add("ham/campaign-winner-01.eml", "utf-8", "8bit", "2025-07-08 16:20:33",
    ("みどり製菓 キャンペーン事務局", "campaign@midori-seika.example.com"),
    [(None, "rina.t@example.jp")],
    "【当選のお知らせ】みどり製菓 夏のフォロー＆リポストキャンペーン",
    """\
田村 里奈 様

このたびは、みどり製菓「夏のフォロー＆リポストキャンペーン」に
ご応募いただき、誠にありがとうございました。

厳正なる抽選の結果、田村様が
「夏季限定 抹茶クッキー詰め合わせ」に当選されました。
おめでとうございます！

賞品の発送のため、7月15日までに下記フォームへ
お届け先のご住所・お名前・お電話番号をご入力ください。
https://campaign.midori-seika.example.com/summer2025/form?id=A0734

・送料を含め、ご負担いただく費用は一切ございません。
・当事務局から、クレジットカード情報や口座情報をおたずねすることはありません。
・期限までにご入力がない場合、当選は無効とさせていただきます。

賞品は7月下旬の発送を予定しております。

みどり製菓株式会社 キャンペーン事務局
（平日10:00〜17:00）
""",
    hard=True,
    via=("cp-mail.midori-seika.example.com", "cp-mail.midori-seika.example.com", "198.51.100.131"), hops=2)

add("ham/campaign-winner-02.eml", "iso-2022-jp", "7bit", "2024-02-09 14:03:27",
    ("スーパーいちば キャンペーン係", "cp@ichiba-super.example"),
    [(None, "takahashi.h@example.jp")],
    "レシート応募キャンペーン　当選のご連絡",
    """\
高橋 秀樹 様

スーパーいちば「冬のおうち鍋レシートキャンペーン」に
ご応募いただき、ありがとうございました。

厳正な抽選の結果、B賞「QUOカード 3,000円分」に当選されましたので
ご連絡いたします。

賞品は、ご応募時にご入力いただいたご住所へ、
2月下旬に簡易書留で発送いたします。
お手続きは不要です。

ご住所に変更がある場合のみ、2月16日までに本メールへ
ご返信ください（応募番号：IC-24-01872）。

※当選の権利は、ご本人のみ有効です。
※このメールは応募時のメールアドレスにお送りしています。

スーパーいちば キャンペーン係
""",
    headers=[("Reply-To", "cp-reply@ichiba-super.example")],
    hard=True,
    via=("mail.ichiba-super.example", "unknown", "203.0.113.53"), hops=2)

add("ham/recruiter-01.eml", "utf-8", "base64", "2025-04-08 12:15:40",
    ("キャリアブリッジ スカウト", "scout@career-bridge.example.com"),
    [(None, "ryo.fukuda@example.ne.jp")],
    "【スカウト】あなたの経歴に興味を持った企業から面談のオファーが届いています",
    """\
福田 亮 様

キャリアブリッジをご利用いただき、ありがとうございます。
ご登録の職務経歴を見た企業から、カジュアル面談のオファーが届きました。

　企業名　：株式会社ノースウィンド・システムズ
　募集職種：バックエンドエンジニア（Go／クラウド）
　想定年収：650万円〜900万円
　勤務形態：フルリモート可（月1回程度の出社）

企業からのメッセージ
「決済基盤の開発経験を拝見し、ぜひ一度お話ししたいと思いました。
　選考ではありませんので、お気軽にご応募ください。」

オファーの詳細確認・返信は、キャリアブリッジのマイページから行えます。
https://www.career-bridge.example.com/mypage/offers/8812

このオファーの有効期限は4月22日です。

キャリアブリッジ
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<div style="max-width:580px;margin:0 auto">
<p style="color:#00897b;font-size:18px;font-weight:bold">CAREER BRIDGE</p>
<p>福田 亮 様</p>
<p>ご登録の職務経歴を見た企業から、<b>カジュアル面談のオファー</b>が届きました。</p>
<table cellpadding="5" style="background:#f1f8f7;width:100%">
<tr><td>企業名</td><td>株式会社ノースウィンド・システムズ</td></tr>
<tr><td>募集職種</td><td>バックエンドエンジニア（Go／クラウド）</td></tr>
<tr><td>想定年収</td><td>650万円〜900万円</td></tr>
<tr><td>勤務形態</td><td>フルリモート可（月1回程度の出社）</td></tr>
</table>
<p style="border-left:3px solid #00897b;padding-left:8px">決済基盤の開発経験を拝見し、ぜひ一度お話ししたいと思いました。選考ではありませんので、お気軽にご応募ください。</p>
<p><a href="https://www.career-bridge.example.com/mypage/offers/8812" style="background:#00897b;color:#fff;padding:10px 26px;text-decoration:none">オファーを確認する</a></p>
<p style="font-size:12px;color:#888">このオファーの有効期限は4月22日です。</p>
</div>
</body></html>
""",
    hard=True,
    via=("mail-scout.career-bridge.example.com", "mail-scout.career-bridge.example.com", "192.0.2.126"), hops=2)

add("ham/recruiter-02.eml", "iso-2022-jp", "7bit", "2024-10-02 19:41:06",
    ("森 和彦", "k.mori@exe-search.example.co.jp"),
    [(None, "y.kondo@kirameki-denshi.example.co.jp")],
    "突然のご連絡失礼いたします（品質保証部門責任者ポジションのご相談）",
    """\
近藤 洋平 様

突然のご連絡、失礼いたします。
エグゼサーチ株式会社でヘッドハンターをしております森と申します。

業界団体の講演資料で近藤様のお名前とご経歴を拝見し、
ご連絡させていただきました。

現在、ある電子部品メーカー（東証プライム上場）から、
品質保証部門の責任者候補の方をご紹介してほしいとのご依頼を
いただいております。車載向け製品の品質体制の立ち上げ経験を
お持ちの方を探しておられ、近藤様のご経歴が重なると考えました。

現時点で転職をお考えでなくても構いません。
情報交換として、30分ほどお時間をいただけないでしょうか。
ご興味をお持ちいただけましたら、ご都合のよい日時を
いくつかお知らせいただけますと幸いです。

エグゼサーチ株式会社
シニアコンサルタント　森 和彦
有料職業紹介事業許可番号 00-ユ-000000
""",
    hard=True,
    via=("mail.exe-search.example.co.jp", "mail.exe-search.example.co.jp", "198.51.100.161"), hops=3,
    origin=("[192.0.2.250]", "192.0.2.250"))

add("ham/recruiter-03.eml", "utf-8", "quoted-printable", "2025-06-19 11:27:13",
    ("スキルマッチ", "offer@skillmatch.test"),
    [(None, "emi.k@example.com")],
    "【副業案件のご紹介】週5時間〜／在宅OK・Webライティング", qsubj=True,
    text="""\
木下 恵美 様

スキルマッチをご利用いただきありがとうございます。
ご登録のスキルに合う副業案件が見つかりましたので、ご紹介します。

　案件名　：地域情報サイトの取材記事作成
　依頼企業：株式会社ひまわり出版
　報酬　　：1記事 8,000円〜（2,000字程度・写真撮影込み）
　稼働目安：週5時間〜、在宅中心（取材時のみ外出）
　契約形態：業務委託（スキルマッチ経由の契約）

報酬はスキルマッチを通じてお支払いし、登録料や教材費などを
お客様にご負担いただくことはありません。

案件の詳細と応募は、マイページからご確認ください。
https://skillmatch.test/jobs/30471

スキルマッチ 運営事務局
""",
    hard=True,
    via=("notify.skillmatch.test", "unknown", "192.0.2.53"), hops=2)

add("ham/it-warning-01.eml", "iso-2022-jp", "7bit", "2025-09-08 10:30:41",
    ("情報システム部", "it-admin@kirameki-denshi.example.co.jp"),
    [(None, "all-staff@kirameki-denshi.example.co.jp")],
    "【注意喚起】情報システム部を装った「MFA再登録」メールについて",
    """\
全社員各位

情報システム部です。

本日8時50分ごろから、当部を装った不審なメールが
社内の複数の方に届いています。絶対にリンクを開かないでください。

　件名　：【情報システム部】多要素認証（MFA）の再登録のお願い
　差出人：情報システム部 ヘルプデスク
　本文　：「シングルサインオン基盤の更改に伴い」「期限：9月10日 17:00」
　リンク先：kirameki-denshi-sso.example（当社のドメインではありません）

当部では、MFAの再登録をメールで依頼することはありません。
また、現在SSO基盤の更改は予定しておりません。

すでにリンクを開いてID・パスワードを入力してしまった方は、
すぐに内線2400（ヘルプデスク）へ連絡してください。
パスワードのリセットとセッションの無効化を行います。

不審なメールは、Outlookの「報告」ボタンから報告をお願いします。

情報システム部
""",
    hard=True,
    via=("exch-out.kirameki-denshi.example.co.jp", "exch-out.kirameki-denshi.example.co.jp", "203.0.113.141"), hops=2)

add("ham/it-warning-02.eml", "iso-2022-jp", "7bit", "2025-02-26 13:44:02",
    ("総務部 IT担当", "soumu-it@hokuyo.example.com"),
    [(None, "staff@hokuyo.example.com")],
    "【至急・注意】社長の名前を使った「LINEグループ作成」依頼メールにご注意ください",
    """\
社員各位

総務部IT担当の原田です。

本日午前、木村社長の名前を使った以下のメールが
複数の社員に届いていることを確認しました。

　差出人：木村 浩一 <k.kimura.office@freemail.example.com>
　件名　：LINEグループ作成の件
　内容　：LINEグループを作ってQRコードを返信してほしい、
　　　　　会議中のため電話には出られない、など

これは社長本人からのメールではありません。
グループ作成後に「至急の送金」を指示する、いわゆるビジネスメール詐欺の手口です。

・返信やQRコードの送付はしないでください
・すでに返信した方は、総務部IT担当まで至急ご連絡ください
・社長・役員からの送金や支払いの依頼は、必ず電話または対面で確認してください

社長本人にも確認済みで、社外のアドレスから業務依頼を送ることはないとのことです。

総務部 IT担当　原田
""",
    hard=True,
    via=("exch.hokuyo.example.com", "exch.hokuyo.example.com", "192.0.2.151"), hops=2)

add("ham/it-warning-03.eml", "iso-2022-jp", "7bit", "2024-12-17 16:05:29",
    ("情報セキュリティ委員会", "it@nagi.test"),
    [(None, "members@nagi.test")],
    "標的型メール訓練の結果と今後の注意点",
    """\
メンバー各位

先週実施した標的型メール訓練の結果をお知らせします。

　訓練メールの件名：「【人事部】冬季賞与明細および年末調整書類のご確認」
　送信数　　　　：24名
　添付ファイルを開いた人：7名（29%）
　QRコードを読み取った人：3名
　報告してくれた人：9名

今回の訓練メールは、実際に他社で確認されている
「賞与明細をQRコードで確認させる」手口を模したものです。
スマートフォンで読み取らせることで、会社のPCの
セキュリティ対策を回避する狙いがあります。

覚えておいてほしいこと
・給与や賞与の明細は、社内ポータルのブックマークから確認する
・メール内のQRコードは読み取らない
・開いてしまっても責めません。すぐに報告してください

次回の訓練は3月を予定しています。

凪デザイン事務所　情報セキュリティ委員会
""",
    hard=True,
    via=("mail.nagi.test", "p1123-ipoe.tokyo.example.ne.jp", "198.51.100.123"), hops=2)

add("ham/security-vendor-01.eml", "utf-8", "quoted-printable", "2024-03-12 15:30:08",
    ("セキュアリンク総研", "alert@securelink.example"),
    [(None, "r.hayashi@kirameki-denshi.example.co.jp")],
    "[SecureLink Alert] マルウェアEmotetの再拡散と「パスワード付きZIP」メールへの注意", qsubj=True,
    text="""\
セキュアリンク脅威情報サービス ご契約者様

セキュアリンク総研 脅威情報チームです。

3月上旬より、マルウェア「Emotet」に感染させるメールの
国内での再拡散を確認しています。主な特徴は次のとおりです。

・過去に実際にやり取りしたメールへの返信（Re:）を装う
・件名の例：「Re: 3月の定例打ち合わせの件」「請求書送付のお知らせ」
・パスワード付きZIPファイルを添付し、本文にパスワードを記載
・ZIP内にマクロ付きのOfficeファイル、またはショートカットファイル

推奨する対策
1. パスワード付きZIPの受信時は、送信者に別経路で確認する
2. Officeのマクロを既定で無効化する
3. EDRの検知ルールを最新に更新する

詳細なIoC（送信元IPアドレス、ハッシュ値）は、ポータルの
「脅威情報」ページに掲載しています。
https://portal.securelink.example/intel/2024-0312-emotet

本メールは情報提供を目的としています。転送は組織内に限ります。

株式会社セキュアリンク総研
""",
    hard=True,
    via=("intel-mail.securelink.example", "intel-mail.securelink.example", "203.0.113.16"), hops=2)

add("ham/security-vendor-02.eml", "utf-8", "8bit", "2025-06-24 10:12:37",
    ("ミハリEDR", "noreply@console.mihari-edr.test"),
    [(None, "r.hayashi@kirameki-denshi.example.co.jp")],
    "[ミハリEDR] 重大度: 高 - 不審なURLへのアクセスをブロックしました (KD-PC-0418)",
    """\
ミハリEDR アラート通知

重大度　：高
検知日時：2025-06-24 10:11:52 (JST)
端末名　：KD-PC-0418
ユーザー：kirameki\\t.nishida
検知内容：フィッシングサイトとして報告されたURLへのアクセスをブロック
URL　　 ：https://m365-billing-admin.example/adminportal/billing
プロセス：msedge.exe
対応　　：ブロック済み（ユーザーによる入力は行われていません）

関連する可能性のあるメール
　件名：Microsoft 365 サブスクリプションのお支払いに失敗しました
　差出人ドメイン：eng.example.ac.jp

管理コンソールでアラートの詳細を確認してください。
https://console.mihari-edr.test/alerts/77310

この通知は、重大度「高」以上のアラートを受信する設定の管理者に送信されています。
""",
    hard=True,
    via=("mail.console.mihari-edr.test", "mail.console.mihari-edr.test", "198.51.100.219"), hops=2)

add("ham/gov-mynumber-01.eml", "iso-2022-jp", "7bit", "2025-04-15 09:00:23",
    ("かもめ市 市民課", "shimin@city.kamome.example.lg.jp"),
    [(None, "takeshi.n@example.ne.jp")],
    "【かもめ市】マイナンバーカードの電子証明書の有効期限について",
    """\
かもめ市メール配信サービス「くらしの便り」登録者の皆さまへ

かもめ市 市民課からのお知らせです。

マイナンバーカードの電子証明書は、発行から5回目の誕生日に
有効期限を迎えます。有効期限が切れると、マイナ保険証や
コンビニでの証明書交付、e-Taxなどがご利用いただけなくなります。

有効期限の2〜3か月前に、地方公共団体情報システム機構から
「有効期限通知書」が封書で届きます。
通知書が届いた方は、通知書とマイナンバーカードをお持ちのうえ、
市民課窓口または各出張所で更新手続きを行ってください。手数料は無料です。

ご注意ください
市や国の機関が、メールやSMSでマイナンバーや口座番号、
暗証番号を入力させることはありません。

詳しくは、市ホームページの「マイナンバーカード」のページをご覧ください。
https://www.city.kamome.example.lg.jp/shimin/mynumber/

かもめ市 市民課 マイナンバー係
""",
    hard=True,
    via=("mail.city.kamome.example.lg.jp", "mail.city.kamome.example.lg.jp", "192.0.2.10"), hops=2)

add("ham/gov-kyufu-01.eml", "shift_jis", "8bit", "2024-08-20 14:30:51",
    ("あけぼの町 福祉課", "fukushi@town.akebono.example.lg.jp"),
    [(None, "ayumi.k@example.or.jp")],
    "【あけぼの町】定額減税補足給付金（調整給付）の支給について",
    """\
あけぼの町 電子申請サービスをご利用の皆さまへ

あけぼの町 福祉課 給付金担当です。

令和6年度の定額減税しきれないと見込まれる方への
「調整給付金」について、対象となる方へ7月末に
「支給のお知らせ」または「確認書」を郵送いたしました。

・「支給のお知らせ」が届いた方：手続きは不要です。
　8月30日（金）に、ご登録の口座へお振り込みします。
・「確認書」が届いた方：同封の返信用封筒でご返送いただくか、
　電子申請サービスからお手続きください（期限：10月31日）。

【詐欺にご注意ください】
町が、ATMの操作をお願いしたり、メールのリンクから
口座番号やマイナンバーを入力させたりすることは絶対にありません。
不審な電話やメールは、福祉課または警察にご相談ください。

あけぼの町 福祉課 給付金担当
電話　0000-44-1180（平日8時30分〜17時15分）
""",
    hcharset="iso-2022-jp", hard=True,
    via=("smtp.town.akebono.example.lg.jp", "smtp.town.akebono.example.lg.jp", "203.0.113.201"), hops=2)

add("ham/gov-tax-01.eml", "utf-8", "base64", "2024-06-10 09:15:44",
    ("かもめ市 市民税課", "shiminzei@city.kamome.example.lg.jp"),
    [(None, "m.ogawa@example.jp")],
    "【かもめ市】令和6年度 市・県民税（普通徴収）の納税通知書を発送しました",
    """\
かもめ市メール配信サービス「くらしの便り」登録者の皆さまへ

令和6年度の市・県民税（普通徴収）の納税通知書を、
6月10日に発送しました。

今年度は定額減税の実施により、第1期分の税額から
減税額を控除しています。控除しきれない分は、第2期以降の
税額から順に控除しています。

第1期の納期限は、7月1日（月）です。
納付は、同封の納付書のほか、スマートフォン決済アプリや
地方税お支払サイトでも行えます。

口座振替をご希望の方は、指定の金融機関で手続きができます。

※市が納税のお願いをメールやSMSで個別にお送りしたり、
　メールのリンクから支払いを求めたりすることはありません。

お問い合わせ：かもめ市 市民税課（0000-11-2234）
https://www.city.kamome.example.lg.jp/zei/
""",
    hard=True,
    via=("mail.city.kamome.example.lg.jp", "mail.city.kamome.example.lg.jp", "192.0.2.10"), hops=2)

add("ham/gov-pension-01.eml", "iso-2022-jp", "7bit", "2025-07-01 10:02:14",
    ("きらめき電子企業年金基金", "kikin@kirameki-denshi.example.co.jp"),
    [(None, "m.yoshikawa@kirameki-denshi.example.co.jp")],
    "【企業年金基金】確定拠出年金 加入者Webサイトのパスワード変更のお願い",
    """\
加入者各位

きらめき電子企業年金基金です。

確定拠出年金（DC）の記録関連運営管理機関のシステム更新に伴い、
7月14日から、加入者Webサイトのログインには
新しいパスワードの設定が必要になります。

7月14日以降に初めてログインする際、画面の案内に従って
パスワードを再設定してください。
再設定には、加入者番号と、ご登録のメールアドレスに届く
確認コードが必要です。

加入者Webサイトへは、社内ポータルの「福利厚生」>「企業年金」
にあるリンクからアクセスしてください。
（本メールにはリンクを記載していません）

あわせて、年1回の「運用商品の見直し」もご検討ください。
7月中は社内で個別相談会を開催しています。

きらめき電子企業年金基金 事務局（内線 3150）
""",
    hard=True,
    via=("exch-out.kirameki-denshi.example.co.jp", "exch-out.kirameki-denshi.example.co.jp", "203.0.113.141"), hops=1)

add("ham/shop-order-01.eml", "iso-2022-jp", "7bit", "2025-03-02 23:18:40",
    ("ハレノヒ家電 オンラインストア", "order@harenohi-kaden.example.jp"),
    [(None, "tomomi.i@example.jp")],
    "【ハレノヒ家電】ご注文内容の確認（ご注文番号 HK250302-11873）",
    """\
石井 友美 様

ハレノヒ家電オンラインストアをご利用いただき、ありがとうございます。
以下の内容でご注文を承りました。

　ご注文番号：HK250302-11873
　ご注文日時：2025年3月2日 23:17

　ドラム式洗濯乾燥機 ＨＤ−Ｗ９００（左開き）　1台　　248,000円
　設置・リサイクル回収（洗濯機）　　　　　　　1式　　　5,830円
　　　　　　　　　　　　　　　　　　　　　　合計　　253,830円（税込）

　お支払い方法：クレジットカード（一括）
　配送・設置　：3月9日（日）午前

ご注文の変更・キャンセルは、商品手配前であれば
会員ページの「ご注文履歴」から承ります。
https://www.harenohi-kaden.example.jp/mypage/orders

設置日の前日に、配送担当から時間帯のご連絡をいたします。

ハレノヒ家電オンラインストア
""",
    hard=True,
    via=("shop-mail.harenohi-kaden.example.jp", "shop-mail.harenohi-kaden.example.jp", "203.0.113.65"), hops=2)

add("ham/shop-refund-01.eml", "utf-8", "quoted-printable", "2024-09-25 17:05:12",
    ("やまなみアウトドア", "shop@yamanami-outdoor.example.net"),
    [(None, "kenta.ono@example.ne.jp")],
    "【やまなみアウトドア】ご注文キャンセルと返金手続き完了のお知らせ", qsubj=True,
    text="""\
小野 健太 様

やまなみアウトドアをご利用いただき、ありがとうございます。

ご依頼いただいたご注文のキャンセルを承り、
返金の手続きが完了しましたのでお知らせいたします。

　ご注文番号：YO-24-0918-552
　キャンセル商品：ソロテント 1P（オリーブ）
　返金額　　：32,780円
　返金方法　：ご利用のクレジットカードへの返金（売上取消）

カード会社の締め日により、返金はご利用明細上で翌月または翌々月に
「マイナス表示」または「相殺」として反映されます。
当店から返金のために口座番号をおたずねすることはございません。

またのご利用を心よりお待ちしております。

やまなみアウトドア
https://www.yamanami-outdoor.example.net/
""",
    hard=True,
    via=("mail.yamanami-outdoor.example.net", "unknown", "198.51.100.189"), hops=2)

add("ham/account-restricted-01.eml", "utf-8", "base64", "2025-10-21 18:47:25",
    ("つぶやきひろば サポート", "support@tsubuyaki-hiroba.test"),
    [(None, "masaki.i@example.jp")],
    "アカウントの一部機能を一時的に制限しました",
    """\
つぶやきひろばをご利用いただきありがとうございます。

@masaki_i さんのアカウントから、短時間に多数の同じ内容の
返信が投稿されたため、スパム対策として、投稿とDMの機能を
24時間制限しました。

制限の対象：投稿、返信、ダイレクトメッセージ
制限の終了：2025年10月22日 18:45ごろ（自動的に解除されます）

ご自身で投稿した覚えがない場合は、アカウントが第三者に
使われている可能性があります。アプリの「設定」>「セキュリティ」から
パスワードを変更し、連携アプリを確認してください。

この制限に誤りがあると思われる場合は、アプリ内の
「ヘルプ」>「制限について問い合わせる」から申し立てができます。

つぶやきひろば サポートチーム
""",
    hard=True,
    via=("out.tsubuyaki-hiroba.test", "out.tsubuyaki-hiroba.test", "192.0.2.216"), hops=2)

add("ham/login-alert-01.eml", "utf-8", "quoted-printable", "2024-05-04 00:41:52",
    ("ドラゴンアーク運営チーム", "account@dragonarc-game.invalid"),
    [(None, "ryota.s@example.jp")],
    "[ドラゴンアーク] 新しいデバイスからのログインがありました", qsubj=True,
    text="""\
冒険者 ryota_s 様

いつもドラゴンアークをお楽しみいただきありがとうございます。
お客様のアカウントに、新しいデバイスからのログインがありました。

日時：2024/05/04 00:40
デバイス：Android（Pixel 8）
場所：日本（推定）

ご本人のログインであれば、対応は不要です。

身に覚えがない場合は、ゲーム内の「アカウント」>「セキュリティ」から
パスワードを変更し、二段階認証を有効にしてください。
運営チームがゲーム内アイテムの付与を理由に、パスワードを
おたずねすることはありません。

ドラゴンアーク運営チーム
""",
    hard=True,
    via=("mailer-02.dragonarc-game.invalid", "203-0-113-58.static.example.net", "203.0.113.58"), hops=2)

add("ham/insurance-01.eml", "iso-2022-jp", "7bit", "2025-01-14 11:20:36",
    ("たんぽぽ生命 給付金サービス課", "kyufu@tanpopo-life.example.co.jp"),
    [(None, "naoko.t@example.jp")],
    "【たんぽぽ生命】入院給付金ご請求書類についてのご連絡",
    """\
高橋 直子 様

たんぽぽ生命をご契約いただき、誠にありがとうございます。
給付金サービス課の村井でございます。

先日ご提出いただいた入院給付金のご請求書類を確認いたしましたところ、
以下の書類が不足しておりましたので、ご連絡いたします。

　証券番号　：0000-44182
　不足書類　：入院証明書（診断書）の2枚目（手術の内容の欄）

お手数ですが、医療機関で2枚目の写しをお受け取りのうえ、
先日お送りした返信用封筒でご返送ください。
書類が揃い次第、5営業日以内にお支払いいたします。

給付金のお振込先は、ご請求書にご記入の口座から変更いたしません。
当社から電話やメールで口座情報の変更をお願いすることはございません。

ご不明な点は、給付金専用ダイヤル（0120-000-247）までお問い合わせください。

たんぽぽ生命保険株式会社 給付金サービス課　村井
""",
    hard=True,
    via=("mgw.tanpopo-life.example.co.jp", "mgw.tanpopo-life.example.co.jp", "198.51.100.217"), hops=2)

add("ham/utility-01.eml", "utf-8", "quoted-printable", "2024-04-16 10:00:48",
    ("みなみガス", "info@minami-gas.example.com"),
    [(None, "d.sasaki@example.jp")],
    "【みなみガス】3月分のガスご使用量と料金改定のお知らせ", qsubj=True,
    text="""\
佐々木 大輔 様

いつもみなみガスをご利用いただき、ありがとうございます。
3月分のガスご使用量とご請求予定額をお知らせします。

　ご使用期間：2月15日〜3月14日（29日間）
　ご使用量　：42㎥（前年同月 46㎥）
　ご請求予定額：7,864円
　口座振替日　：4月25日

【料金改定のお知らせ】
原料費の上昇に伴い、5月検針分から基本料金を改定いたします。
詳しくは、会員サイトの「料金改定について」をご覧ください。
https://my.minami-gas.example.com/info/kaitei2024

会員サイトでは、過去24か月のご使用量をグラフでご確認いただけます。

みなみガス株式会社 お客さまセンター
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<p style="color:#1e88e5;font-size:20px;font-weight:bold">みなみガス</p>
<p>佐々木 大輔 様</p>
<p>3月分のガスご使用量とご請求予定額をお知らせします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>ご使用期間</td><td>2月15日〜3月14日（29日間）</td></tr>
<tr><td>ご使用量</td><td>42㎥（前年同月 46㎥）</td></tr>
<tr><td>ご請求予定額</td><td><b>7,864円</b></td></tr>
<tr><td>口座振替日</td><td>4月25日</td></tr>
</table>
<p><b>【料金改定のお知らせ】</b><br>原料費の上昇に伴い、5月検針分から基本料金を改定いたします。<a href="https://my.minami-gas.example.com/info/kaitei2024">料金改定について</a></p>
<p style="font-size:12px">みなみガス株式会社 お客さまセンター</p>
</td></tr></table>
</body></html>
""",
    hard=True,
    via=("mail.minami-gas.example.com", "mail.minami-gas.example.com", "192.0.2.47"), hops=2)

add("ham/utility-02.eml", "euc-jp", "8bit", "2025-02-04 14:22:10",
    ("かもめ市 上下水道局", "suido@city.kamome.example.lg.jp"),
    [(None, "s.kimura@example.jp")],
    "【かもめ市上下水道局】水道ご使用量の増加についてのお知らせ",
    """\
木村 聡子 様

かもめ市上下水道局です。
水道スマートメーターのデータにより、ご使用量の大幅な増加を
確認しましたのでお知らせします。

　お客さま番号：0000-1877-02
　直近の使用量：1日あたり約1.8立方メートル（前月平均の約3倍）

夜間も水が流れ続けている状態が続いており、
宅内の配管やトイレなどで漏水している可能性があります。
すべての蛇口を閉めた状態で、メーターのパイロットが
回っていないかご確認ください。

宅内の修理は、市の指定給水装置工事事業者にご依頼ください。
漏水が認められた場合、料金の減額制度がございます。

上下水道局の職員が、修理代金の振込を求めたり、
事前の連絡なく訪問して工事の契約を迫ったりすることはありません。

かもめ市上下水道局 お客さまセンター　0000-11-3300
""",
    hard=True,
    via=("mail.city.kamome.example.lg.jp", "mail.city.kamome.example.lg.jp", "192.0.2.10"), hops=2)

add("ham/telecom-01.eml", "iso-2022-jp", "7bit", "2025-11-06 12:30:22",
    ("ミライ光 開通センター", "koji@mirai-hikari.example"),
    [(None, "hiroko.s@example.ne.jp")],
    "【ミライ光】開通工事日確定のお知らせ",
    """\
鈴木 裕子 様

このたびはミライ光をお申し込みいただき、ありがとうございます。
開通工事の日程が確定しましたので、お知らせいたします。

　お申込番号：MH-2511-04418
　工事日　　：2025年11月15日（土）13:00〜15:00
　工事内容　：光ファイバーの引き込み、回線終端装置の設置
　工事費　　：22,000円（36回分割、月額換算で実質無料キャンペーン適用）

工事当日は立ち会いが必要です。
作業員は「ミライ光」の社員証を携帯しております。

工事日の変更は、工事日の3日前までにお電話でご連絡ください。
ミライ光 開通センター　0120-000-933（10時〜19時）

※工事費の前払いや、現金でのお支払いをお願いすることはありません。

ミライ光株式会社
""",
    hard=True,
    via=("mail.mirai-hikari.example", "mail.mirai-hikari.example", "203.0.113.34"), hops=2)

add("ham/marketing-b2b-01.eml", "utf-8", "base64", "2025-09-17 08:00:14",
    ("DX EXPO 2025 運営事務局", "expo@dx-expo.example.org"),
    [(None, "r.hayashi@kirameki-denshi.example.co.jp")],
    "【無料招待券】DX EXPO 2025 秋 ／ 事前登録は今すぐ（来場登録締切間近）",
    """\
林 隆之 様

DX EXPO 2025 秋 運営事務局です。
昨年ご来場いただいた方へ、無料招待券のご案内をお送りしています。

会期：2025年10月22日（水）〜24日（金）10:00〜17:00
会場：湾岸国際展示場 東ホール

・出展社数 420社、製造業DX・生成AI・セキュリティの最新製品が集結
・基調講演、専門セミナー 60本以上（事前予約制・無料）
・当日登録は入場料 5,000円。事前登録なら無料です

▼無料の来場事前登録はこちら
https://www.dx-expo.example.org/register?c=VIP2025

人気のセミナーは満席が予想されます。お早めにご予約ください。

DX EXPO 運営事務局
メール配信停止：https://www.dx-expo.example.org/unsubscribe
""",
    html="""\
<html><body style="margin:0;background:#0b2545;font-family:sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<p style="font-size:26px;font-weight:bold;color:#0b2545">DX EXPO 2025 秋</p>
<p style="background:#ffcc00;padding:8px;font-weight:bold;text-align:center">無料招待券のご案内（事前登録で入場無料）</p>
<p>会期：2025年10月22日（水）〜24日（金）10:00〜17:00<br>会場：湾岸国際展示場 東ホール</p>
<ul><li>出展社数 420社、製造業DX・生成AI・セキュリティの最新製品が集結</li><li>基調講演、専門セミナー 60本以上（事前予約制・無料）</li><li>当日登録は入場料 5,000円</li></ul>
<p style="text-align:center"><a href="https://www.dx-expo.example.org/register?c=VIP2025" style="background:#e63946;color:#fff;padding:12px 40px;text-decoration:none;font-weight:bold">今すぐ無料登録</a></p>
<p style="font-size:11px;color:#777">DX EXPO 運営事務局／<a href="https://www.dx-expo.example.org/unsubscribe">メール配信停止</a></p>
</td></tr></table>
</body></html>
""",
    headers=[("Reply-To", "info@dx-expo.example.org"),
             ("List-Unsubscribe", "<https://www.dx-expo.example.org/unsubscribe?u=hy1187>")],
    ret="bnc-hy1187@mail.dx-expo.example.org", hard=True,
    via=("mail.dx-expo.example.org", "mail.dx-expo.example.org", "198.51.100.94"), hops=2)

add("ham/crowdfunding-01.eml", "utf-8", "8bit", "2025-03-27 19:30:40",
    ("ツクルファンド", "info@tsukuru-fund.test"),
    [(None, "sakamoto.y@example.com")],
    "【ツクルファンド】支援したプロジェクトからのお知らせ：リターン発送前のお届け先確認",
    """\
坂本 陽介 様

ツクルファンドで支援いただいたプロジェクトから、
新しい活動報告が届きました。

プロジェクト：「廃校の木材でつくる、ひとりがけの椅子」
実行者　　　：木工房こだま

活動報告（抜粋）
「ご支援ありがとうございました！ 椅子の組み立てが終わり、
　4月中旬から順次発送します。発送前に、お届け先の確認をお願いします。」

お届け先の確認・変更は、ツクルファンドのマイページ
「支援したプロジェクト」から4月5日までに行ってください。
https://tsukuru-fund.test/mypage/backed

※実行者から直接、追加のお支払いや口座情報をお願いすることはありません。
　不審な連絡があった場合は、ツクルファンド事務局までお知らせください。

ツクルファンド事務局
""",
    hard=True,
    via=("mailer.tsukuru-fund.test", "unknown", "192.0.2.131"), hops=2)

add("ham/ticket-lottery-01.eml", "utf-8", "quoted-printable", "2024-07-24 12:00:33",
    ("チケットはなび", "lottery@ticket-hanabi.example"),
    [(None, "nishimura.a@example.jp")],
    "【当選】抽選結果のお知らせ／お支払い期限：7月26日 23:00", qsubj=True,
    text="""\
西村 明美 様

チケットはなびをご利用いただき、ありがとうございます。
お申し込みいただいた抽選の結果をお知らせします。

■抽選結果：当選
公演名：あおいろ楽団 ホールツアー2024「しおさい」
日時　：2024年9月14日（土）開場17:00／開演18:00
会場　：みなとみらい市民ホール
席種・枚数：S席 2枚
お支払い金額：17,440円（チケット代・手数料込み）

■お支払い期限：2024年7月26日（金）23:00
期限までにお支払いがない場合、当選は無効となります。
お支払いは、マイページの「申込履歴」からお手続きください。
https://ticket-hanabi.example/mypage/history

※チケットの転売は禁止されています。
チケットはなび
""",
    hard=True,
    via=("mta2.ticket-hanabi.example", "unknown", "203.0.113.23"), hops=2)

add("ham/furusato-01.eml", "utf-8", "base64", "2024-12-30 22:16:09",
    ("ふるさとのたより", "noreply@furusato-tayori.invalid"),
    [(None, "kenji.w@example.com")],
    "【ふるさとのたより】寄附お申し込み受付のお知らせ（ワンストップ特例申請について）",
    """\
渡辺 健二 様

ふるさとのたよりをご利用いただき、ありがとうございます。
以下の寄附のお申し込みを受け付けました。

　寄附先　　：しおさい町（北海道）
　寄附金額　：15,000円
　お礼の品　：秋鮭いくら醤油漬け 250g×2
　お支払い　：クレジットカード（決済完了）

寄附金受領証明書は、しおさい町から1〜2か月以内に郵送されます。

ワンストップ特例制度をご利用の場合は、寄附翌年の1月10日までに、
申請書を寄附先の自治体へ提出する必要があります。
しおさい町はオンライン申請に対応しています。
マイページの「寄附履歴」からお手続きください。
https://www.furusato-tayori.invalid/mypage/history

ふるさとのたより 運営事務局
""",
    hard=True,
    via=("send01.furusato-tayori.invalid", "send01.furusato-tayori.invalid", "198.51.100.61"), hops=2)

add("ham/business-quote-01.eml", "iso-2022-jp", "7bit", "2024-06-19 16:42:17",
    ("佐藤 修", "sato@kirameki-denshi.example.co.jp"),
    [("北洋商事株式会社 小林様", "kobayashi@hokuyo.example.com")],
    "お見積書送付の件（制御基板 KD-220 追加ロット）",
    """\
北洋商事株式会社
購買部　小林様

いつも大変お世話になっております。
きらめき電子の佐藤です。

先日お問い合わせいただいた制御基板 KD-220 の追加ロットにつき、
お見積書を添付にてお送りいたします。

　品名　　：制御基板 KD-220（Rev.C）
　数量　　：500枚
　単価　　：3,860円（税別）
　納期　　：ご注文後 6週間
　有効期限：2024年7月19日

部材の価格改定により、前回ロットより単価が120円上がっております。
ご不明な点がございましたら、お気軽にお問い合わせください。

引き続きよろしくお願いいたします。

きらめき電子株式会社　営業部
佐藤 修
""",
    attach=[("御見積書_KD-220_20240619.pdf", "application/pdf", "pdf")], fname="word",
    via=("exch-out.kirameki-denshi.example.co.jp", "exch-out.kirameki-denshi.example.co.jp", "203.0.113.141"), hops=3,
    origin=("KD-PC-0233", "203.0.113.233"))

add("ham/business-invoice-01.eml", "shift_jis", "base64", "2025-05-30 17:55:03",
    ("ソラデザイン 経理", "keiri@sora-design.example"),
    [(None, "soumu@example.co.jp")],
    "【請求書送付】5月分 Webサイト保守費用のご請求",
    """\
株式会社みさき工務店
総務部 ご担当者様

いつもお世話になっております。
株式会社ソラデザインの経理担当、宮本でございます。

5月分のWebサイト保守費用のご請求書を添付にてお送りいたします。

　ご請求金額：33,000円（税込）
　お支払期日：2025年6月30日
　お振込先　：いろは銀行 渋谷支店 普通 0000561
　　　　　　　カ）ソラデザイン

なお、弊社の振込先口座は変更の予定がございません。
口座変更を依頼するメールが届いた場合は、お手数ですが
お電話（03-0000-8812）にてご確認をお願いいたします。

今後ともよろしくお願い申し上げます。

株式会社ソラデザイン　経理担当　宮本
""",
    hcharset="iso-2022-jp",
    attach=[("請求書_202505_みさき工務店様.xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")],
    fname="rfc2231",
    via=("mail.sora-design.example", "fp7a3c1d22.tkyc.example.ne.jp", "198.51.100.172"), hops=2)

add("ham/business-meeting-01.eml", "iso-2022-jp", "7bit", "2024-11-13 11:08:29",
    ("近藤 洋平", "y.kondo@kirameki-denshi.example.co.jp"),
    [("青木 真二", "s.aoki@hokuyo.example.com")],
    "Re: 次回定例会の日程調整について",
    """\
青木様

お世話になっております。きらめき電子の近藤です。
日程のご提示、ありがとうございます。

ご提示いただいた候補のうち、
　11月20日（水）14:00〜15:30
でお願いできますでしょうか。

場所は前回と同じく、御社の3階会議室に伺います。
当日は、品質保証部の吉川も同席させていただきます。

議題は以下を予定しております。
　1. 10月出荷分の不具合報告と対策
　2. 来期の発注見込み
　3. 梱包仕様の変更について

よろしくお願いいたします。

きらめき電子株式会社　品質保証部
近藤 洋平

> 近藤様
> 次回定例会の候補日をお送りします。
> 11/19(火) 10:00〜、11/20(水) 14:00〜、11/22(金) 15:00〜
""",
    headers=[("In-Reply-To", "<20241112173044.0a91@hokuyo.example.com>"),
             ("References", "<20241112173044.0a91@hokuyo.example.com>")],
    via=("exch-out.kirameki-denshi.example.co.jp", "exch-out.kirameki-denshi.example.co.jp", "203.0.113.141"), hops=2)

add("ham/business-minutes-01.eml", "utf-8", "8bit", "2025-07-16 18:20:44",
    ("清水 香織", "k.shimizu@example.co.jp"),
    [(None, "pj-aozora@example.co.jp")],
    "【議事録】あおぞらPJ 第5回定例（7/16）",
    """\
関係者各位

お疲れ様です。清水です。
本日の定例会の議事録を共有します。

日時：2025年7月16日（水）15:00〜16:00
場所：本社7F 会議室B／オンライン併用
出席：宮田、原、清水、高木（敬称略）

■決定事項
①ユーザーテストは8月4日（月）から2週間で実施する
②問い合わせフォームの改修は次フェーズに回す

■課題・宿題
・テスト参加者の募集文面（原さん、7/23まで）
・ステージング環境のデータ準備（高木さん、7/30まで）

■次回
2025年7月30日（水）15:00〜

修正・追記があれば、明日中に返信でお願いします。

清水
""",
    via=("mail.example.co.jp", "mail.example.co.jp", "198.51.100.41"), hops=1)

add("ham/business-order-01.eml", "iso-2022-jp", "7bit", "2025-01-21 09:47:55",
    ("凪デザイン事務所 営業", "eigyo@nagi.test"),
    [(None, "order@insatsu-kobo.example.com")],
    "納期のご確認（パンフレット 3,000部）",
    """\
いろどり印刷工房
ご担当　西田様

いつもお世話になっております。
凪デザイン事務所の上野です。

先日入稿いたしました「あけぼの町観光パンフレット」3,000部について、
納期の見込みを確認させていただけますでしょうか。

　品名　　：A4 三つ折り パンフレット（4色／両面）
　部数　　：3,000部
　希望納期：2月7日（金）午前必着
　納品先　：あけぼの町役場 観光課

先方のイベントで使用するため、もし2月7日が難しい場合は、
一部（500部）だけでも先行で納品いただけると助かります。

お手数ですが、ご確認のほどよろしくお願いいたします。

凪デザイン事務所
上野 さやか
""",
    via=("[198.51.100.124]", "p1124-ipoe.tokyo.example.ne.jp", "198.51.100.124"), hops=2)

add("ham/business-thanks-01.eml", "utf-8", "quoted-printable", "2024-04-25 19:02:11",
    ("原田 美加", "m.harada@hokuyo.example.com"),
    [(None, "tanaka@webmarke-partners.example.co.jp")],
    "本日のお打ち合わせのお礼（北洋商事㈱ 原田）", qsubj=True,
    text="""\
株式会社ウェブマーケパートナーズ
田中様

お世話になっております。北洋商事の原田です。
本日はお忙しい中、弊社までお越しいただきありがとうございました。

ご提案いただいたECサイトのアクセス解析の件、
社内で共有いたしました。
特に、商品ページの離脱率の分析はとても参考になりました。

費用感については、来期の予算と合わせて検討いたしますので、
5月中旬ごろにあらためてご連絡いたします。

引き続きよろしくお願いいたします。

──────────────
北洋商事㈱　営業企画部
原田 美加
──────────────
""",
    via=("exch.hokuyo.example.com", "exch.hokuyo.example.com", "192.0.2.151"), hops=2)

add("ham/business-contract-01.eml", "iso-2022-jp", "7bit", "2025-08-07 14:36:58",
    ("ソラデザイン 法務", "legal@sora-design.example"),
    [(None, "s.aoki@hokuyo.example.com")],
    "秘密保持契約書（案）のご確認のお願い",
    """\
北洋商事株式会社
青木様

お世話になっております。
株式会社ソラデザインの法務担当、久保でございます。

先日お話のあった新ブランドのロゴ制作の件につき、
着手前に秘密保持契約を締結させていただきたく、
契約書（案）を添付にてお送りいたします。

主な内容
　・対象情報：新ブランドの名称、商品企画、発売時期
　・有効期間：締結日から3年間
　・準拠法・管轄：日本法、東京地方裁判所

修正のご希望がございましたら、変更履歴付きでご返送ください。
内容にご異存がなければ、電子契約サービスにて
締結のご依頼をお送りいたします。

よろしくお願いいたします。

株式会社ソラデザイン　法務担当　久保 理恵
""",
    attach=[("秘密保持契約書_案_北洋商事様.pdf", "application/pdf", "pdf")], fname="rfc2231",
    via=("mail.sora-design.example", "fp7a3c1d22.tkyc.example.ne.jp", "198.51.100.172"), hops=2)

add("ham/personal-01.eml", "iso-2022-jp", "7bit", "2024-05-09 20:13:44",
    ("母", "keiko.nishimura@example.ne.jp"),
    [(None, "nishimura.a@example.jp")],
    "母の日のお花ありがとう",
    """\
明美へ

お花、今日届きました。ありがとうね。
カーネーションと一緒にかすみ草が入っていて、とてもきれいです。
さっそく玄関に飾りました。

お父さんも「明美は気が利くな」と喜んでいました。

こちらはみんな元気です。
庭のえんどう豆がたくさん採れたので、今度送ります。

仕事、忙しいみたいだけど無理しないでね。
夏休みには帰ってこられそう？ 日にちが決まったら教えてください。

母より
""",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.27"), hops=3,
    origin=("[203.0.113.187]", "203.0.113.187"))

add("ham/personal-02.eml", "utf-8", "8bit", "2025-08-21 23:02:38",
    ("ゆき", "yuki.h@freemail.example.com"),
    [(None, "mai.hoshino@example.jp")],
    "10月の旅行の件〜",
    """\
まいちゃん

おつかれ〜！ 10月の旅行の件、いくつか調べてみたよ。

候補1：金沢（新幹線で2時間半、ひがし茶屋街とか21世紀美術館とか）
候補2：松本＋上高地（紅葉がちょうどいい時期かも）

どっちも土日1泊で、宿は1人1万5千円くらいで探せそう。
個人的には上高地の紅葉見てみたいけど、歩くの大変かな？笑

あと、宿はたびまるのセールで安くなってるところがあったから、
決まったらすぐ押さえちゃおう。

都合のいい週末教えてね〜
ゆき
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.31"), hops=2)

add("ham/personal-03.eml", "utf-8", "base64", "2024-09-04 21:40:15",
    ("石田 拓海", "takumi.ishida@example.jp"),
    [(None, "k.endo@example.net")],
    "結婚式の二次会の幹事をお願いできないかな",
    """\
遠藤へ

久しぶり！石田です。元気にしてる？

実は、来年の3月に結婚することになりました。
相手は前に一度会ったことのある、大学の後輩の美和です。

それで、急なお願いで申し訳ないんだけど、
二次会の幹事をお願いできないかな。
サークルのみんなとも顔が広いし、遠藤に頼めたら心強いです。

日程は、2025年3月15日（土）の夜を考えています。
会場はまだ決まっていないので、一緒に相談できたら嬉しい。

詳しいことは、今度ご飯でも食べながら話そう。
来週あたり、都合のいい日ある？

石田
""",
    via=("mail.example.jp", "mail.example.jp", "198.51.100.62"), hops=3,
    origin=("[192.0.2.221]", "192.0.2.221"))

add("ham/personal-04.eml", "iso-2022-jp", "7bit", "2025-01-12 10:26:03",
    ("山田 太郎", "taro@yamada-family.example"),
    [("鉄道研究会OB各位", "tetsuken-ob@freemail.example.com")],
    "鉄研OB会（2月）のご案内",
    """\
鉄道研究会OBの皆さま

あけましておめでとうございます。山田（平成12年卒）です。
恒例のOB会を、今年も下記のとおり開催します。

　日時：2月15日（土）18:00〜20:30
　場所：ビアレストラン「はしけ」（駅東口から徒歩3分）
　会費：6,000円（当日集金）

今年は現役生も3名参加してくれる予定です。
昨年の夏合宿で撮った写真をスライドで流すので、
提供してもよい写真があれば、2月8日までに送ってください。

出欠は、このメールに返信で2月5日（水）までにお願いします。

山田 太郎
""",
    via=("mail.yamada-family.example", "p3210-ipoe.kanagawa.example.ne.jp", "203.0.113.210"), hops=2)

add("ham/ml-01.eml", "iso-2022-jp", "7bit", "2024-02-27 14:55:20",
    ("Keisuke Mori", "k-mori@eng.example.ac.jp"),
    "pgsql-users-ja@lists.example.jp",
    "[pgsql-users-ja:08812] Re: VACUUM が終わらないテーブルの対処",
    """\
森です。

> 1億行ほどのテーブルで autovacuum が何時間も終わらず、
> テーブルが肥大化し続けています。

まず pg_stat_progress_vacuum で、どのフェーズで止まっているか
確認してみてはいかがでしょうか。
index vacuuming のフェーズが長い場合は、インデックスが多すぎるか、
maintenance_work_mem が小さすぎることがよくあります。

あとは、長時間残っているトランザクションがないかも確認してください。
古いスナップショットを持ったセッションがあると、
VACUUM しても不要行が回収できません。

  SELECT pid, xact_start, state, query
    FROM pg_stat_activity
   WHERE xact_start < now() - interval '1 hour';

うちでは、夜間バッチの接続が idle in transaction のまま
残っていたのが原因でした。

--
森 圭介（工学研究科 情報基盤センター）
""",
    ret="pgsql-users-ja-bounces@lists.example.jp",
    rcpt="k.endo@example.net",
    headers=[("List-Id", "<pgsql-users-ja.lists.example.jp>"),
             ("List-Post", "<mailto:pgsql-users-ja@lists.example.jp>"),
             ("X-ML-Count", "08812"),
             ("In-Reply-To", "<8812-q.20240226@example.co.jp>"),
             ("Reply-To", "pgsql-users-ja@lists.example.jp")],
    via=("lists.example.jp", "lists.example.jp", "192.0.2.2"), hops=2)

add("ham/ml-02.eml", "shift_jis", "8bit", "2024-06-03 22:31:47",
    ("はらぐち", "haraguchi@tetsu-photo.test"),
    "tetsu-photo@ml.tetsu-photo.test",
    "[tetsu-photo:2291] 6/8 ローカル線撮影会のお知らせ",
    """\
皆さまこんばんは、世話人のはらぐちです。

今月の撮影会のご案内です。

　日時：6月8日（土）9:30集合、15時ごろ解散
　集合：みさき線 終点駅の改札前
　撮影地：沿線の田んぼ（水鏡が撮れるかもしれません）

雨天の場合は、車両基地の見学会（要事前申込）に変更します。
参加される方は、6月6日（木）までにML宛てにお返事ください。

注意事項
・線路内や私有地には絶対に立ち入らないでください
・脚立の使用は、地元の方の迷惑にならない場所でお願いします

昨年の写真はメンバーページに置いてあります。

はらぐち
""",
    rcpt="kenta.ono@example.ne.jp",
    headers=[("List-Id", "tetsu-photo <tetsu-photo.ml.tetsu-photo.test>"),
             ("X-ML-Name", "tetsu-photo"), ("X-Mail-Count", "2291")],
    ret="tetsu-photo-admin@ml.tetsu-photo.test",
    via=("ml.tetsu-photo.test", "p0199-ipoe.saitama.example.ne.jp", "198.51.100.199"), hops=2)

add("ham/ml-03.eml", "utf-8", "8bit", "2025-10-09 08:14:33",
    ("Yuta Kaneda", "y.kaneda@example.org"),
    "docs-ja@lists.example.org",
    "[docs-ja] 用語集：\"deprecated\" の訳語について",
    """\
金田です。翻訳チームの皆さん、おはようございます。

用語集の "deprecated" の訳語について相談させてください。
現在、ページによって「非推奨」「廃止予定」「推奨されません」が
混在しています。

調べたところ、次のように使い分けるのがよさそうです。

- deprecated：「非推奨」（まだ使えるが、将来削除される可能性がある）
- removed：「削除」
- obsolete：「廃止」

特に反対がなければ、来週の水曜に用語集を更新して、
既存ページの置き換えのプルリクエストを出します。

ご意見があれば、このスレッドに返信をお願いします。

--
金田 雄太
""",
    ret="docs-ja-bounces@lists.example.org",
    rcpt="yamazaki.t@example.ne.jp",
    headers=[("List-Id", "Japanese documentation team <docs-ja.lists.example.org>"),
             ("List-Unsubscribe", "<mailto:docs-ja-leave@lists.example.org>")],
    via=("lists.example.org", "lists.example.org", "192.0.2.200"), hops=1)

add("ham/school-01.eml", "iso-2022-jp", "7bit", "2024-10-18 15:50:26",
    ("かもめ中学校", "renraku@kamome-chu.example"),
    [(None, "yoshida.m@example.ne.jp")],
    "【かもめ中学校】2年生 修学旅行 持ち物と集合時刻のお知らせ",
    """\
2年生 保護者の皆様

いつも本校の教育活動にご理解とご協力をいただき、
ありがとうございます。

修学旅行の集合時刻と持ち物について、最終のご案内をお送りします。

　出発日：10月29日（火）
　集合　：午前6時50分　かもめ駅 中央改札前
　解散　：10月31日（木）午後5時30分ごろ　かもめ駅

持ち物
　・しおり、筆記用具、健康カード（保護者記入欄にご記入ください）
　・常備薬（必要な場合。事前に担任へお知らせください）
　・お小遣い（上限5,000円）

体調不良などで当日欠席される場合は、午前6時30分までに
学年主任の携帯電話（090-0000-5218）へご連絡ください。

かもめ市立かもめ中学校　第2学年
""",
    via=("SV-KAMOMECHU", "unknown", "192.0.2.18"), hops=2)

add("ham/school-02.eml", "utf-8", "quoted-printable", "2025-04-03 09:30:51",
    ("工学部 学務係", "gakumu@eng.example.ac.jp"),
    [(None, "s2412087@eng.example.ac.jp")],
    "【工学部】2025年度前期 履修登録期間のお知らせ", qsubj=True,
    text="""\
工学部 学部生の皆さんへ

2025年度前期の履修登録期間をお知らせします。

　履修登録期間：4月7日（月）9:00 〜 4月14日（月）17:00
　修正期間　　：4月21日（月）9:00 〜 4月23日（水）17:00

履修登録は、学務情報システムから行ってください。
学務情報システムのパスワードを忘れた場合は、
情報基盤センターの窓口で再発行の手続きをしてください。

注意事項
・卒業要件の単位数を、各自の学生便覧で必ず確認してください
・必修科目の登録漏れが毎年見られます。登録後に確認画面を保存してください
・期間外の登録は、原則として受け付けません

学務情報システム：https://gakumu.eng.example.ac.jp/

工学部 学務係（工学部1号館 1階）
""",
    via=("mail.eng.example.ac.jp", "mail.eng.example.ac.jp", "192.0.2.7"), hops=1)

add("ham/clinic-01.eml", "utf-8", "8bit", "2025-06-02 18:00:14",
    ("えがお歯科クリニック", "yoyaku@egao-dental.example"),
    [(None, "kanako.ueno@example.jp")],
    "【えがお歯科】ご予約の確認（6/5 木曜 10:30）",
    """\
上野 加奈子 様

えがお歯科クリニックです。
ご予約の確認のため、ご連絡いたします。

　日時　：2025年6月5日（木）10:30〜
　内容　：定期検診・クリーニング
　担当　：歯科衛生士 吉田

保険証（またはマイナ保険証）と診察券をお持ちください。

ご予約の変更・キャンセルは、前日までにお電話（0000-55-1182）
またはWeb予約ページからお願いいたします。
https://egao-dental.example/reserve/

えがお歯科クリニック
""",
    via=("localhost", "unknown", "203.0.113.91"), hops=1)

add("ham/clinic-02.eml", "iso-2022-jp", "7bit", "2024-11-20 13:12:49",
    ("あおば健診センター", "kenshin@kenko-center.example.net"),
    [(None, "k.matsumoto@example.co.jp")],
    "健康診断結果のお知らせ（受診日 11月6日）",
    """\
松本 和彦 様

先日はあおば健診センターで健康診断を受診いただき、
ありがとうございました。

健康診断の結果報告書を、パスワード付きPDFではなく
通常のPDFとして添付しております。
報告書は、ご勤務先の健康管理担当者様にも別途お送りしております。

今回の結果では、以下の項目で「要再検査」となっています。
　・血液検査（LDLコレステロール）

3か月以内に、かかりつけ医または当センターの
内科外来で再検査を受けてください。
当センターで再検査をご希望の場合は、お電話でご予約ください。

ご不明な点は、健診センター（0000-33-7410）までお問い合わせください。

医療法人あおば会　あおば健診センター
""",
    attach=[("健診結果報告書_松本和彦様_20241106.pdf", "application/pdf", "pdf")], fname="word",
    via=("smtp.kenko-center.example.net", "unknown", "198.51.100.107"), hops=2)

add("ham/mansion-01.eml", "shift_jis", "8bit", "2024-07-08 10:05:33",
    ("サンライズ管理 フロント", "kanri@sunrise-kanri.test"),
    [(None, "a.morita@example.co.jp")],
    "【グリーンヒル桜台】エレベーター定期点検のお知らせ",
    """\
グリーンヒル桜台　居住者の皆様

いつもお世話になっております。
管理会社のサンライズ管理です。

下記の日程で、エレベーターの法定点検を実施いたします。

　日時：7月17日（水）10:00〜12:00
　対象：1号機、2号機（1台ずつ順番に停止します）

点検中は、1台のみの運転となり、混雑が予想されます。
お急ぎの方は階段をご利用ください。
ご不便をおかけしますが、ご理解とご協力をお願いいたします。

なお、当日はエントランスにも同じ内容を掲示いたします。

サンライズ管理株式会社　フロント担当　井上
""",
    hcharset="iso-2022-jp",
    via=("[203.0.113.98]", "unknown", "203.0.113.98"), hops=2)

add("ham/mansion-02.eml", "euc-jp", "8bit", "2025-04-28 21:48:06",
    ("鈴木 理事長", "riji.suzuki@example.com"),
    [("理事各位", "riji-kai@example.com")],
    "第4回理事会 議事録（案）の確認",
    """\
理事の皆様

お疲れ様です。理事長の鈴木です。
4月26日の理事会の議事録（案）をお送りします。

1. 大規模修繕工事について
　・管理会社から施工会社3社の見積を受領
　・次回理事会で2社に絞り、住民説明会を6月に開催する
2. 駐輪場の放置自転車
　・5月中に警告札を付け、6月末に撤去する
3. 植栽の剪定
　・例年どおり6月に実施

修正があれば、5月2日までに返信でお知らせください。
特になければ、掲示板に掲示します。

鈴木
""",
    via=("mail.example.com", "mail.example.com", "203.0.113.11"), hops=3,
    origin=("[198.51.100.190]", "198.51.100.190"))

add("ham/community-01.eml", "iso-2022-jp", "7bit", "2025-07-06 19:20:42",
    ("桜台三丁目自治会 斉藤", "saito.tsutomu@example.ne.jp"),
    [("自治会役員各位", "sakuradai3-yakuin@example.ne.jp")],
    "夏祭りの準備について（7/26）",
    """\
役員の皆様

いつもありがとうございます。自治会長の斉藤です。

夏祭りの準備について、役割分担の案をお送りします。

　日時　：7月26日（土）16:00〜20:00（準備は13:00から）
　場所　：桜台三丁目公園
　雨天時：翌27日（日）に順延

役割分担（案）
　テント設営：田中さん、小川さん、中学生ボランティア
　焼きそば　：婦人部
　ヨーヨー釣り・くじ：子ども会
　会計　　　：前田さん

くじの景品の買い出しは、7月19日（土）に
私と前田さんで行く予定です。

ご意見があれば、今週中にお知らせください。

桜台三丁目自治会　会長　斉藤 勉
""",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.27"), hops=3,
    origin=("[192.0.2.140]", "192.0.2.140"))

add("ham/library-01.eml", "utf-8", "quoted-printable", "2024-01-23 09:12:30",
    ("かもめ市立図書館", "library@city.kamome.example.lg.jp"),
    [(None, "m.ogawa@example.jp")],
    "【かもめ市立図書館】予約資料のご用意ができました", qsubj=True,
    text="""\
小川 真理子 様

かもめ市立図書館です。
ご予約いただいた資料のご用意ができましたのでお知らせします。

　資料名　：『はじめての庭しごと』
　受取館　：中央図書館
　取置期限：2024年1月30日（火）

カウンターで図書館カードをご提示ください。
取置期限を過ぎますと、次の方へ回しますのでご了承ください。

貸出状況や予約の確認は、図書館ホームページの
「利用者のページ」から行えます。
https://www.library.city.kamome.example.lg.jp/

このメールは送信専用です。
""",
    via=("mail.city.kamome.example.lg.jp", "mail.city.kamome.example.lg.jp", "192.0.2.10"), hops=1)

add("ham/event-01.eml", "utf-8", "8bit", "2025-10-27 12:40:17",
    ("ソフトウェア設計読書会", "event@study-kai.invalid"),
    [(None, "ryo.fukuda@example.ne.jp")],
    "【参加確定】第12回 ソフトウェア設計読書会（11/8）",
    """\
福田 亮 さん

ソフトウェア設計読書会にお申し込みいただき、ありがとうございます。
参加が確定しましたのでお知らせします。

　日時：2025年11月8日（土）13:30〜17:00
　会場：コワーキングスペース「ハブ・ミナト」会議室A
　範囲：第7章「境界づけられたコンテキスト」〜第8章

参加費は会場費として500円を当日集めます。
カレンダー登録用のファイルを添付しています。

当日は、章ごとに担当者が15分ほどでまとめを発表し、
その後みんなで議論します。事前に範囲を読んできてください。

キャンセルする場合は、前日までにこのメールに返信してください。

ソフトウェア設計読書会　運営
""",
    headers=[("Reply-To", "tanabe.reading@freemail.example.com")],
    attach=[("study-kai-12.ics", "text/calendar", "ics")], fname="rfc2231",
    via=("mail.study-kai.invalid", "unknown", "192.0.2.166"), hops=2)
