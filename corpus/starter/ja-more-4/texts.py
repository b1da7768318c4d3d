# -*- coding: utf-8 -*-
"""Texts and per-message settings of the ja-more-4 messages.

Phishing (spam) and the genuine transactional notices it imitates (ham),
plus some ordinary business and personal mail.  Every text here was written
for this set; none of it is real mail.  Each record is a dict with:

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
  hard      True on ham that shares its vocabulary with phishing
            (security notices, payment reminders, delivery notices, ...)

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
# spam: banks and cards
# ===========================================================================

add("spam/bank-phish-01.eml", "iso-2022-jp", "7bit", "2025-02-18 07:12:44",
    ("三菱UFJ銀行", "support@bk-mufg-kakunin.example.com"),
    [(None, "t.nishimura@example.ne.jp")],
    "【重要】三菱UFJダイレクト お取引制限のお知らせ",
    """\
三菱UFJダイレクトをご利用いただき、ありがとうございます。

お客さまの口座において、通常と異なる環境からのログインが複数回
確認されたため、2025年2月18日（火）より一部のお取引を制限しております。

制限を解除するには、以下のページでご本人さま確認を行ってください。

https://bk-mufg-kakunin.example.com/direct/unlock?id=8821045

※本日中にご確認いただけない場合、口座のご利用を停止させていただく
　ことがございます。あらかじめご了承ください。

株式会社三菱UFJ銀行
""",
    via=("mail.bk-mufg-kakunin.example.com", "mail.bk-mufg-kakunin.example.com", "203.0.113.57"))

add("spam/bank-phish-02.eml", "utf-8", "base64", "2024-11-05 02:37:09",
    ("ゆうちょ銀行", "service@jp-bank.yucho-kouza.test"),
    [(None, "sakura.m@freemail.example.com")],
    "【ゆうちょ銀行】您的账户已被冻结，请尽快确认",
    """\
尊敬的ゆうちょ銀行お客様

お客様の账户は、異常な取引が検出されましたので、
一時的に凍結を致しました。

ゆうちょダイレクトの安全を保護するため、下記のリンクを
クリックし、24時間以内に账户情報を更新してお願いします。

https://jp-bank.yucho-kouza.test/login.php?ref=jp

期限内に更新を完了しない場合は、お客様の口座が永久に
使用不可能になりますので、ご注意ください。

ゆうちょ銀行　お客様サービス中心
""",
    via=("WIN-8K2QF0LJ3", "unknown", "198.51.100.203"), hops=1)

add("spam/bank-phish-03.eml", "shift_jis", "8bit", "2025-07-22 21:05:33",
    ("りそな銀行", "info@resona-anshin.example.net"),
    [(None, "y.kono@example.jp")],
    "りそなグループアプリ：不正利用検知のご連絡",
    """\
りそな銀行をご利用のお客さま

いつもりそな銀行をご利用いただきありがとうございます。

お客さまの口座にて、第三者による不正利用の疑いがある振込を検知しました。
被害拡大を防ぐため、現在インターネットバンキングのご利用を停止しております。

ご利用を再開するには、下記URLより本人確認手続きをお願いいたします。
https://shrt.example/rsn7Qa

なお、手続きには以下の情報が必要となります。
・ログインID、ログインパスワード
・口座番号、キャッシュカード暗証番号
・ワンタイムパスワード

株式会社りそな銀行
""",
    ret="bounce-7731@mx2.anshin-relay.example.net",
    via=("mx2.anshin-relay.example.net", "mx2.anshin-relay.example.net", "192.0.2.188"))

add("spam/bank-phish-04.eml", "utf-8", "quoted-printable", "2025-10-09 10:48:02",
    ("千葉銀行", "notice@chibabank-info.example"),
    [(None, "m.hasegawa@example.co.jp")],
    "＜ちばぎん＞お客さま情報の確認について", qsubj=True,
    text="""\
ちばぎんをご利用いただき、誠にありがとうございます。

当行では、犯罪収益移転防止法に基づき、お取引を継続いただいている
お客さまのご職業やお取引の目的について、定期的に確認をお願いしております。

お手数をおかけいたしますが、2025年10月31日までに、
以下の確認フォームよりご回答をお願いいたします。

https://chibabank-info.example/kyc/form

ご回答いただけない場合は、お取引の一部を制限させていただく場合が
ございます。何卒ご理解とご協力をお願い申し上げます。

株式会社千葉銀行
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#222">
<p>ちばぎんをご利用いただき、誠にありがとうございます。</p>
<p>当行では、犯罪収益移転防止法に基づき、お取引を継続いただいているお客さまのご職業やお取引の目的について、定期的に確認をお願いしております。</p>
<p>お手数をおかけいたしますが、2025年10月31日までに、以下の確認フォームよりご回答をお願いいたします。</p>
<p><a href="https://chibabank-info.example/kyc/form">https://www.chibabank.example.jp/kyc/</a></p>
<p>ご回答いただけない場合は、お取引の一部を制限させていただく場合がございます。</p>
<p>株式会社千葉銀行</p>
</body></html>
""",
    via=("mta01.chibabank-info.example", "mta01.chibabank-info.example", "198.51.100.92"))

add("spam/bank-phish-05.eml", "utf-8", "8bit", "2026-03-03 23:19:51",
    ("住信SBIネット銀行", "no-reply@netbk-sbi.example.org"),
    [(None, "k.ishida@example.com")],
    "【住信SBIネット銀行】スマート認証NEO 再設定のお願い",
    """\
住信SBIネット銀行をご利用いただきありがとうございます。

スマート認証NEOのセキュリティ強化に伴い、
2026年3月6日（金）までに認証アプリの再設定が必要です。

再設定はこちら：
http://203.0.113.119/netbk/neo/reset

再設定が完了していない場合、3月7日以降のお振込み・お引出しが
ご利用いただけなくなります。

※本メールは送信専用です。
住信SBIネット銀行株式会社
""",
    via=("[203.0.113.119]", "unknown", "203.0.113.119"), hops=1)

add("spam/card-phish-01.eml", "iso-2022-jp", "7bit", "2024-06-14 16:22:08",
    ("MyJCB", "myjcb@jcb-info.card-check.test"),
    [(None, "a.fujita@example.ne.jp")],
    "【MyJCB】カードご利用確認のお願い",
    """\
JCBカードをご利用いただき、ありがとうございます。

お客様のカードにつきまして、第三者によるご利用の可能性が
ある取引を確認いたしました。

　ご利用日時：2024/06/14 13:48
　ご利用金額：128,600円
　ご利用先　：ONLINE STORE JP

お心当たりのない場合は、以下よりご利用内容の確認をお願いいたします。
https://jcb-info.card-check.test/myjcb/confirm?no=60145

ご確認いただけない場合、カードのご利用を一時的に停止させて
いただきます。

株式会社ジェーシービー
""",
    via=("mail3.card-check.test", "mail3.card-check.test", "192.0.2.74"))

add("spam/card-phish-02.eml", "utf-8", "base64", "2025-04-28 09:03:17",
    ("三井住友カード", "vpass@smcc-vpass.example.jp"),
    [(None, "r.ogawa@example.net")],
    "【三井住友カード】3Dセキュア（本人認証サービス）登録更新のご案内",
    None, html_only=True,
    html="""\
<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><title>三井住友カード</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Meiryo,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#004c3f;color:#fff;padding:12px 20px;font-weight:bold">三井住友カード</td></tr>
<tr><td style="padding:20px">
<p>いつも三井住友カードをご利用いただき、ありがとうございます。</p>
<p>2025年5月より、オンラインショッピングの本人認証が「3Dセキュア2.0」に完全移行いたします。</p>
<p>移行後も引き続きネットショッピングをご利用いただくため、Vpassより登録情報の更新をお願いいたします。</p>
<p style="text-align:center;margin:28px 0"><a href="https://vpass.smbc-card.example.jp.secure-3ds.test/update" style="background:#00a040;color:#fff;padding:12px 36px;text-decoration:none;border-radius:4px">Vpassにログインして更新する</a></p>
<p>更新が完了していないカードは、5月8日以降、一部加盟店でのご利用ができなくなります。</p>
<p style="font-size:12px;color:#888">三井住友カード株式会社<br>本メールは送信専用アドレスからお送りしています。</p>
</td></tr></table>
</body></html>
""",
    ret="smtp-out@secure-3ds.test",
    via=("smtp-out.secure-3ds.test", "smtp-out.secure-3ds.test", "198.51.100.36"))

add("spam/card-phish-03.eml", "utf-8", "8bit", "2025-01-27 04:51:40",
    ("イオンカード", "aeon@aeoncard-jp.example"),
    [(None, "nakamura.k@example.jp")],
    "イオンカード ご支払い遅延に関する重要な通知",
    """\
イオンカード会員様

您好。お客様のカードは、今月のご支払いが確認できませんでした。
延滞状態が続くと、カードは自動的に利用停止になりますでございます。

下記リンクより、お支払い情報を更新してください。
请在2025年1月28日までにお手続きしてください。

https://aeoncard-jp.example/member/pay

手続きをしない場合、延滞金と共に信用情報機関へ登録されますので、
ご注意ください。

イオンフィナンシャルサービス株式会社
""",
    via=("aeoncard-jp.example", "unknown", "203.0.113.164"), hops=1)

add("spam/card-phish-04.eml", "shift_jis", "8bit", "2024-09-02 12:30:26",
    ("エポスカード", "info@eposcard.example.co.jp"),
    [(None, "maiko.s@example.ne.jp")],
    "【エポスカード】ご利用確認のお願い（至急）",
    """\
エポスカードをご利用いただきありがとうございます。

弊社のモニタリングシステムにより、お客様のカードで
不審なお取引が検出されました。ｺﾞ確認をお願いします。

▼エポスNetにログインしてご確認ください
https://s.example/epos-kakunin

24時間以内にご確認がない場合、カードの利用を制限いたします。

株式会社エポスカード
""",
    ret="apache@www2.sakuraba-kogyo.example.co.jp",
    via=("www2.sakuraba-kogyo.example.co.jp", "p4121-ipoe.osaka.example.ne.jp", "198.51.100.141"))

add("spam/card-phish-05.eml", "euc-jp", "8bit", "2025-08-19 18:44:05",
    ("セゾンカード", "netanswer@saison-card.example.net"),
    [(None, "h.matsuda@example.or.jp")],
    "Netアンサー 登録情報の確認のお願い",
    """\
いつもセゾンカードをご利用いただき、誠にありがとうございます。

Netアンサーのシステム更新に伴い、ご登録情報の再確認をお願いしております。
お手数ですが、下記よりログインいただき、カード情報・ご連絡先をご確認ください。

https://saison-card.example.net@netanswer-login.test/member/check

本確認はすべての会員様にお願いしているものです。
8月22日（金）までにご確認がない場合、Netアンサーのご利用を
一時停止させていただきます。

株式会社クレディセゾン
""",
    via=("mx.netanswer-login.test", "mx.netanswer-login.test", "203.0.113.22"))

add("spam/card-phish-06.eml", "utf-8", "quoted-printable", "2026-05-12 11:07:59",
    ("American Express", "amex-alert@americanexpress.example.com"),
    [(None, "s.kubo@example.com")],
    "アメリカン・エキスプレス：ご利用内容の確認が必要です",
    text="""\
アメリカン・エキスプレス・カード会員様

不正利用防止のため、下記のお取引を一時保留しております。

　加盟店：GIFTCARD*ONLINE TOKYO
　金額　：48,800円
　日時　：2026年5月12日 10:52

このお取引にお心当たりがある場合も、ない場合も、
オンライン・サービスにてご回答ください。
ご回答までの間、カードのご利用が制限されます。

https://americanexpress.example.com.jp-amex.test/verify

アメリカン・エキスプレス・インターナショナル, Inc.
""",
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#006fcf;color:#fff;padding:10px 16px">AMERICAN EXPRESS</div>
<p>アメリカン・エキスプレス・カード会員様</p>
<p>不正利用防止のため、下記のお取引を一時保留しております。</p>
<table style="border:1px solid #ccc;font-size:13px"><tr><td>加盟店</td><td>GIFTCARD*ONLINE TOKYO</td></tr>
<tr><td>金額</td><td>48,800円</td></tr><tr><td>日時</td><td>2026年5月12日 10:52</td></tr></table>
<p>このお取引にお心当たりがある場合も、ない場合も、オンライン・サービスにてご回答ください。</p>
<p><a href="https://americanexpress.example.com.jp-amex.test/verify">https://www.americanexpress.example.com/jp/verify</a></p>
</body></html>
""",
    ret="bounce@jp-amex.test",
    via=("out2.jp-amex.test", "out2.jp-amex.test", "192.0.2.201"))

# ===========================================================================
# spam: shops, carriers, couriers, travel, utilities
# ===========================================================================

add("spam/ec-phish-01.eml", "utf-8", "base64", "2025-06-03 05:26:14",
    ("Amazon.co.jp", "account-update@amazon-co-jp.shop-notice.example"),
    [(None, "miyuki.t@example.jp")],
    "Amazonアカウントを一時停止しました",
    None, html_only=True,
    html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,'Hiragino Kaku Gothic ProN',sans-serif;font-size:14px;color:#111">
<div style="border-bottom:1px solid #ddd;padding:8px 0"><b>amazon</b>.co.jp</div>
<p>Amazonをご利用いただきありがとうございます。</p>
<p>お客様のアカウントに登録されているお支払い方法の有効性を確認できなかったため、アカウントを一時的に停止しました。</p>
<p>停止中は、ご注文・プライム特典・デジタルコンテンツがご利用いただけません。</p>
<p>アカウントを復元するには、48時間以内にお支払い情報を更新してください。</p>
<p><a href="http://%61%6d%61%7a%6f%6e-restore.example/ap/signin" style="display:inline-block;background:#ffd814;color:#111;padding:9px 20px;border-radius:8px;text-decoration:none">Amazon.co.jpにサインインする</a></p>
<p style="font-size:12px;color:#555">Amazon.co.jp カスタマーサービス</p>
</body></html>
""",
    via=("shop-notice.example", "mail.shop-notice.example", "198.51.100.58"))

add("spam/ec-phish-02.eml", "iso-2022-jp", "7bit", "2024-12-10 19:41:30",
    ("楽天市場", "order@rakuten-ichiba.example.ne.jp"),
    [(None, "okamoto.y@example.ne.jp")],
    "【楽天市場】お支払い方法の更新が必要なご注文があります",
    """\
楽天会員様

いつも楽天市場をご利用いただきありがとうございます。

下記ご注文について、ご登録のクレジットカードの有効期限切れにより
決済が完了しておりません。

　注文番号：289134-20241210-0427716
　商品　　：ダイソン コードレスクリーナー 他1点
　合計金額：69,780円

12月12日（木）23:59までにお支払い方法を更新いただけない場合、
ご注文は自動的にキャンセルされ、キャンセル手数料が発生いたします。

お支払い方法の更新はこちら
https://rakuten-ichiba.example.ne.jp/my/order/payment?o=0427716

楽天グループ株式会社
""",
    via=("smtp.mura-hosting.example.ne.jp", "smtp.mura-hosting.example.ne.jp", "192.0.2.115"))

add("spam/ec-phish-03.eml", "utf-8", "quoted-printable", "2025-09-16 14:12:55",
    ("メルカリ事務局", "no-reply@mercari-jp.support-desk.test"),
    [(None, "hina.y@freemail.example.com")],
    "【メルカリ】売上金の振込申請が保留されています",
    """\
メルカリをご利用いただきありがとうございます。

お客様の売上金 38,420円 の振込申請について、
本人確認情報に不備があるため、振込を保留しております。

以下のページから本人確認書類を再提出してください。
https://mercari-jp.support-desk.test/kyc/upload

9月18日（木）までに再提出がない場合、売上金は失効し、
アカウントは利用制限の対象となります。

メルカリ事務局
""",
    via=("smtp.ryokan-tsukiyo.example.jp", "smtp.ryokan-tsukiyo.example.jp", "203.0.113.77"))

add("spam/ec-phish-04.eml", "shift_jis", "8bit", "2026-01-20 08:35:12",
    ("Yahoo!オークション", "auctions-info@yahoo-auction.example.org"),
    [(None, "tanaka.shin@example.co.jp")],
    "［ヤフオク!］落札商品の取引がキャンセルされました",
    """\
Yahoo! JAPAN ID：tana****** 様

ご落札いただいた下記商品の取引が、出品者都合によりキャンセルされました。

　商品名：【美品】ロレックス デイトジャスト 箱付き
　落札価格：548,000円

すでにお支払い済みの場合、返金手続きが必要です。
下記より返金先口座をご登録ください。

http://yahoo-auction.example.org/refund/form.cgi?id=t8841

返金受付期限：本日中

ヤフオク!カスタマーサポート
""",
    via=("yahoo-auction.example.org", "ns1.cheap-vps.example.org", "192.0.2.33"), hops=1)

add("spam/carrier-phish-01.eml", "utf-8", "8bit", "2024-08-26 12:04:47",
    ("NTTドコモ", "info@docomo-ryokin.example.jp"),
    [(None, "hiroshi.k@example.jp")],
    "【ドコモ】ご利用料金のお支払いが確認できません",
    """\
いつもドコモをご利用いただき、ありがとうございます。

お客様の2024年7月ご利用分の携帯電話料金について、
お支払いの確認ができておりません。

このままお支払いがない場合、8月28日（水）より
回線のご利用を停止させていただきます。

My docomoからお支払いください。
https://docomo-ryokin.example.jp/mydocomo/pay

※既にお支払い済みの場合は、本メールと行き違いとなりますことを
ご容赦ください。

株式会社NTTドコモ
""",
    via=("mail.docomo-ryokin.example.jp", "mail.docomo-ryokin.example.jp", "198.51.100.213"))

add("spam/carrier-phish-02.eml", "utf-8", "base64", "2025-03-28 20:16:03",
    ("au PAY", "point@aupay-info.example.com"),
    [(None, "ayaka.n@example.net")],
    "Pontaポイント 12,800pt が本日失効します",
    """\
au IDをご利用のお客さまへ

お客さまの保有ポイントのうち、12,800ポイントが
2025年3月31日（月）に有効期限を迎えます。

失効前に、au PAY 残高へチャージ（交換）することができます。
交換のお手続きは下記から。

https://tinyurl.example/aupay-pt

※お手続きにはau IDとパスワード、ご登録のクレジットカード情報が必要です。

KDDI株式会社
""",
    ret="mail@aupay-info.example.com",
    via=("pool-203-0-113-48.dsl.example.com", "pool-203-0-113-48.dsl.example.com", "203.0.113.48"))

add("spam/carrier-phish-03.eml", "iso-2022-jp", "7bit", "2025-11-06 15:38:21",
    ("楽天モバイル", "mobile@rakuten-mobile.pay-check.example"),
    [(None, "kenji.w@example.ne.jp")],
    "【楽天モバイル】ご利用料金未払いによる回線停止予告",
    """\
楽天モバイルをご利用いただきありがとうございます。

10月分のご利用料金のお引き落としができませんでした。
本メール受信後24時間以内にお支払いが確認できない場合、
回線の利用を停止し、契約解除の手続きに移行いたします。

■お支払い金額：3,278円（税込）
■お支払い方法の変更・お支払いはこちら
https://rakuten-mobile.pay-check.example/my-rakuten-mobile/billing

楽天モバイル株式会社
""",
    via=("srv23.pay-check.example", "srv23.pay-check.example", "192.0.2.223"))

add("spam/delivery-phish-01.eml", "utf-8", "8bit", "2025-05-21 13:52:09",
    ("ヤマト運輸", "kuroneko@yamato-delivery.example.co.jp"),
    [(None, "t.sugimoto@example.jp")],
    "お荷物のお届けについて",
    """\
ヤマト運輸よりお荷物のお届けに参りましたが、
ご不在のため持ち帰りました。

再配達のご依頼は下記よりお願いします。
http://192.0.2.147/kuroneko/redelivery

お問い合わせ伝票番号：4921-****-8830
保管期限を過ぎますと差出人様へ返送となります。
""",
    via=("localhost", "unknown", "192.0.2.147"), hops=1)

add("spam/delivery-phish-02.eml", "shift_jis", "8bit", "2024-10-15 09:27:33",
    ("佐川急便", "sagawa-info@sagawa-exp.example"),
    [(None, "fumiko.a@example.ne.jp")],
    "【佐川急便】お届け先住所不備のため保管中です",
    """\
佐川急便をご利用いただきありがとうございます。

お客様宛てのお荷物について、ご住所の番地・部屋番号に不備があり、
配達ができなかったため営業所にて保管しております。

以下のURLより正しい住所をご入力ください。
住所確認後、再配達料（330円）のお支払いをお願いいたします。

https://sagawa-exp.example/delivery/address?no=3601-2214-09

保管期限：10月17日（木）
期限を過ぎた場合、お荷物は差出人へ返送されます。

佐川急便株式会社
""",
    via=("mail.sagawa-exp.example", "mail.sagawa-exp.example", "203.0.113.185"))

add("spam/delivery-phish-03.eml", "utf-8", "quoted-printable", "2026-02-10 16:45:18",
    ("日本郵便", "customs@japanpost-kokusai.example.net"),
    [(None, "y.iwata@example.com")],
    "国際郵便物の関税お支払いのお願い", qsubj=True,
    text="""\
日本郵便株式会社です。

お客様宛ての国際郵便物（EMS）が税関検査を終了しました。
お受け取りには関税・消費税のお支払いが必要です。

　差出国：アメリカ合衆国
　お支払い金額：1,840円
　お支払い期限：2026年2月12日（木）

お支払いはクレジットカードのみ受け付けております。
https://%6a%61%70%61%6e%70%6f%73%74.customs-pay.example.net/ems

期限までにお支払いがない場合、郵便物は差出国へ返送されます。
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px">
<p style="color:#c00;font-weight:bold">日本郵便 国際郵便 関税のお支払い</p>
<p>お客様宛ての国際郵便物（EMS）が税関検査を終了しました。お受け取りには関税・消費税のお支払いが必要です。</p>
<ul><li>差出国：アメリカ合衆国</li><li>お支払い金額：1,840円</li><li>お支払い期限：2026年2月12日（木）</li></ul>
<p><a href="https://%6a%61%70%61%6e%70%6f%73%74.customs-pay.example.net/ems">関税を支払う（クレジットカード）</a></p>
<p>期限までにお支払いがない場合、郵便物は差出国へ返送されます。</p>
</body></html>
""",
    via=("customs-pay.example.net", "unknown", "198.51.100.66"))

add("spam/etc-phish-01.eml", "iso-2022-jp", "7bit", "2024-07-09 22:14:40",
    ("ETC利用照会サービス", "etc-meisai@etc-riyou.example.jp"),
    [(None, "ohashi@example.co.jp")],
    "【ETC利用照会サービス】サービス利用停止のお知らせ",
    """\
ETC利用照会サービスをご利用のお客様へ

お客様のアカウントは、長期間ご利用が確認できないため、
まもなく自動退会となります。

引き続きご利用を希望される場合は、下記より
登録情報（ETCカード情報を含む）の更新をお願いいたします。

https://etc-riyou.example.jp/etc/R?funccode=1013000000

ETC利用照会サービス事務局
""",
    via=("etc-riyou.example.jp", "etc-riyou.example.jp", "203.0.113.98"))

add("spam/etc-phish-02.eml", "utf-8", "base64", "2025-12-01 07:58:26",
    ("NEXCO東日本", "toll@e-nexco-ryokin.example.org"),
    [(None, "kobayashi.h@example.jp")],
    "【NEXCO】高速道路料金の未払いについて（最終通知）",
    """\
NEXCO東日本 お客さまセンターです。

お客様のお車で通行された高速道路料金について、
ETCカードの決済エラーにより未払いとなっております。

　通行日：2025年11月22日
　区間　：東北自動車道 浦和料金所 〜 宇都宮IC
　未払い額：2,650円

本日中にお支払いいただけない場合、未払い金に加え
割増金（未払い額の2倍）を請求し、法的措置を検討いたします。

https://e-nexco-ryokin.example.org/pay/unpaid

東日本高速道路株式会社
""",
    via=("mta.e-nexco-ryokin.example.org", "mta.e-nexco-ryokin.example.org", "192.0.2.58"))

add("spam/ekinet-phish-01.eml", "utf-8", "quoted-printable", "2025-07-01 06:33:19",
    ("えきねっと", "info@eki-net.example.co.jp"),
    [(None, "sato.nao@example.ne.jp")],
    "えきねっと：ご登録情報の確認のお願い",
    """\
えきねっとをご利用いただき、ありがとうございます。

えきねっとでは、不正ログインの被害防止のため、
会員情報の定期確認を実施しております。

下記URLよりログインのうえ、登録されているクレジットカード情報を
ご確認ください。確認が取れない場合、えきねっとのご利用が
制限されます。

https://eki-net.example.co.jp.member-jr.test/login

東日本旅客鉄道株式会社
""",
    ret="nobody@member-jr.test",
    via=("member-jr.test", "smtp1.member-jr.test", "203.0.113.133"))

add("spam/utility-phish-01.eml", "iso-2022-jp", "7bit", "2025-01-14 10:29:50",
    ("東京電力エナジーパートナー", "info@tepco-denki.example.com"),
    [(None, "h.yoshida@example.net")],
    "【東京電力】電気料金お支払い期限超過による送電停止のご案内",
    """\
東京電力エナジーパートナーをご利用いただきありがとうございます。

お客さまの12月分電気料金（7,932円）のお支払いが、
お支払い期限を過ぎても確認できておりません。

つきましては、1月17日（金）をもって送電を停止させていただきます。
停止を回避するためには、下記よりお支払いをお願いいたします。

https://tepco-denki.example.com/kiwi/pay

※クレジットカード・デビットカードでのお支払いが可能です。

東京電力エナジーパートナー株式会社
""",
    via=("mail2.tepco-denki.example.com", "mail2.tepco-denki.example.com", "198.51.100.124"))

add("spam/utility-phish-02.eml", "shift_jis", "8bit", "2025-09-29 17:20:44",
    ("水道局 料金課", "ryokin@suido-kyoku.example.lg.jp"),
    [(None, "miura.k@example.ne.jp")],
    "水道料金の過払い金返還のお知らせ",
    """\
水道局よりお知らせいたします。

令和7年4月の料金改定の際、一部のお客様に対して
水道料金を誤って多く請求していたことが判明いたしました。

お客様には、過払い分 4,216円 を返還いたします。
下記のページより、返還先のお口座情報をご入力ください。

https://suido-henkan.example/refund?c=41077

受付期限は10月3日（金）までとなります。
ご迷惑をおかけしましたことを深くお詫び申し上げます。

水道局 お客さまセンター
""",
    ret="www-data@suido-henkan.example",
    via=("suido-henkan.example", "unknown", "192.0.2.242"))

# ===========================================================================
# spam: public bodies, subscriptions, social networks
# ===========================================================================

add("spam/nhk-phish-01.eml", "utf-8", "base64", "2024-05-23 11:16:37",
    ("NHK受信料窓口", "jushinryo@nhk-madoguchi.example.jp"),
    [(None, "ishikawa.r@example.com")],
    "【NHK】受信料のお支払い状況に関するお知らせ",
    None, html_only=True,
    html="""\
<html><body style="font-family:'Yu Gothic',sans-serif;font-size:14px;color:#222;max-width:620px">
<h3 style="border-left:6px solid #3c3c3c;padding-left:8px">受信料のお支払い状況について</h3>
<p>いつもNHKの放送をご覧いただき、ありがとうございます。</p>
<p>お客様の放送受信契約につきまして、2024年度前期分の受信料が未払いとなっております。</p>
<p>放送法の改正により、正当な理由なく期限までにお支払いいただけない場合、<b>割増金（受信料の2倍）</b>をご請求することとなりました。</p>
<p>下記のお手続きページより、お支払い方法をご登録ください。</p>
<p><a href="https://nhk-madoguchi.example.jp/jushinryo/pay?k=55301">お支払い手続きページへ</a></p>
<p style="font-size:12px;color:#666">NHK受信料窓口<br>このメールは送信専用です。</p>
</body></html>
""",
    via=("web01.nhk-madoguchi.example.jp", "web01.nhk-madoguchi.example.jp", "203.0.113.151"))

add("spam/tax-phish-01.eml", "iso-2022-jp", "7bit", "2025-03-10 14:02:18",
    ("国税庁", "e-tax@nta-kanpu.example.go.jp"),
    [(None, "morita.k@example.ne.jp")],
    "【e-Tax】所得税の還付金受取手続きのお知らせ",
    """\
国税庁 e-Taxからのお知らせです。

令和6年分の所得税及び復興特別所得税の確定申告について、
還付金（31,540円）の受取手続きが完了しておりません。

還付金の受取口座を登録のうえ、受取手続きを行ってください。

　手続き期限：令和7年3月14日（金）
　手続きURL：https://nta-kanpu.example.go.jp.etax-refund.test/kanpu

期限を過ぎますと、還付金の受取権利が失効いたしますので
ご注意ください。

国税庁
""",
    ret="root@vm-4411.etax-refund.test",
    via=("vm-4411.etax-refund.test", "vm-4411.etax-refund.test", "198.51.100.211"))

add("spam/tax-phish-02.eml", "utf-8", "8bit", "2026-06-08 09:30:05",
    ("国税庁 徴収部", "chousyu@nta.example.go.jp"),
    [(None, "shimizu.t@example.jp")],
    "【最終催告】未納税額の差押予告について",
    """\
国税庁からの重要なお知らせ

あなたの令和7年度の所得税について、未納付の税額があります。
再三の督促にもかかわらず納付が確認できないため、
本書をもって最終催告とします。

　未納税額：　　　86,300円（延滞税を含む）
　納付期限：　　　2026年6月9日（火）

期限までに納付がない場合、国税徴収法に基づき、
給与・預貯金・不動産等の財産を差し押さえます。

オンライン納付（クレジットカード・電子マネー）は以下から
https://b.example/nta-nofu

国税庁 徴収部
""",
    via=("mail.tax-notice.example.org", "mail.tax-notice.example.org", "192.0.2.79"))

add("spam/pension-phish-01.eml", "shift_jis", "8bit", "2025-02-04 13:14:56",
    ("日本年金機構", "nenkin@nenkin-kikou.example.com"),
    [(None, "s.ota@example.ne.jp")],
    "年金の未支給分に関するお知らせ",
    """\
日本年金機構よりご連絡いたします。

過去の年金記録を照合した結果、お客様に
未支給の年金（142,800円）があることが判明しました。

お受け取りには、下記の専用ページから
基礎年金番号とお振込先口座のご登録が必要です。

https://nenkin-kikou.example.com/mishikyu/touroku

受付期限：2月7日（金）
期限を過ぎますと、お支払いができなくなりますのでご注意ください。

日本年金機構　年金相談センター
""",
    via=("nenkin-kikou.example.com", "p1024-ipoe.chiba.example.ne.jp", "203.0.113.204"))

add("spam/mynumber-phish-01.eml", "utf-8", "quoted-printable", "2024-04-16 18:26:42",
    ("マイナポイント事務局", "info@mynapoint-jimukyoku.example"),
    [(None, "yamazaki.m@example.com")],
    "【デジタル庁】マイナポイント第3弾 申込受付のご案内", qsubj=True,
    text="""\
マイナンバーカードをお持ちの皆さまへ

マイナポイント第3弾の受付を開始いたしました。
期間中にお申込みいただいた方には、最大20,000円分のポイントを
付与いたします。

申込期限：2024年4月30日（火）

お申込みには、マイナンバーカードの署名用電子証明書の
パスワード（英数字6〜16文字）と、ポイント受取用の
キャッシュレス決済サービスの情報が必要です。

▼お申込みはこちら
https://www.hanamizuki-clinic.example.or.jp/wp-content/mynapoint/apply

マイナポイント事務局（デジタル庁）
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px">
<p>マイナンバーカードをお持ちの皆さまへ</p>
<p style="font-size:18px;color:#d40000;font-weight:bold">マイナポイント第3弾　最大20,000円分</p>
<p>申込期限：2024年4月30日（火）</p>
<p>お申込みには、マイナンバーカードの署名用電子証明書のパスワード（英数字6〜16文字）と、ポイント受取用のキャッシュレス決済サービスの情報が必要です。</p>
<p><a href="https://www.hanamizuki-clinic.example.or.jp/wp-content/mynapoint/apply">https://mynumbercard.example.go.jp/mynapoint/</a></p>
<p>マイナポイント事務局（デジタル庁）</p>
</body></html>
""",
    headers=[("List-Unsubscribe", "<mailto:stop@mynapoint-jimukyoku.example>")],
    via=("www.hanamizuki-clinic.example.or.jp", "www.hanamizuki-clinic.example.or.jp", "198.51.100.5"))

add("spam/kyufu-phish-01.eml", "utf-8", "8bit", "2025-08-04 08:12:31",
    ("市役所 給付金担当", "kyufukin@city-shien.example.lg.jp"),
    [(None, "nobu.k@freemail.example.com")],
    "【重要】物価高騰対策給付金（1世帯5万円）申請のご案内",
    """\
市民の皆様へ

物価高騰対策として、1世帯あたり50,000円の給付金を
支給いたします。

本給付金は申請が必要です。以下のオンライン申請窓口から、
世帯主の氏名・マイナンバー・振込先口座を入力してください。

https://bit.example/kyufu50000

申請期限：8月8日（金）17時
期限を過ぎた申請は受け付けられませんので、お早めにお手続きください。

給付金担当
""",
    via=("dyn-198-51-100-87.example.net", "dyn-198-51-100-87.example.net", "198.51.100.87"), hops=1)

add("spam/subscription-phish-01.eml", "utf-8", "base64", "2024-09-19 03:48:11",
    ("Netflix", "info@account-netflix.example.org"),
    [(None, "kaori.f@example.jp")],
    "お支払いに問題があります - メンバーシップを保留中",
    None, html_only=True,
    html="""\
<html><body style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#221f1f">
<div style="color:#e50914;font-size:28px;font-weight:bold;padding:16px 0">NETFLIX</div>
<p>お支払い情報の更新をお願いします</p>
<p>次回の請求のお支払いを処理できませんでした。メンバーシップは保留中になっています。</p>
<p>お支払い情報を更新すると、すぐに視聴を再開できます。</p>
<p><a href="https://netflix.example.com.account-help.example.org/billing" style="background:#e50914;color:#fff;padding:12px 24px;text-decoration:none">お支払い情報を更新</a></p>
<p style="font-size:12px;color:#777">ご不明な点がございましたら、ヘルプセンターまでお問い合わせください。<br>Netflixチーム</p>
</body></html>
""",
    headers=[("List-Unsubscribe", "<https://netflix.example.com.account-help.example.org/unsub>")],
    via=("mail.account-help.example.org", "mail.account-help.example.org", "203.0.113.16"))

add("spam/subscription-phish-02.eml", "utf-8", "quoted-printable", "2025-12-22 22:03:27",
    ("Disney+", "billing@disneyplus-jp.example.net"),
    [(None, "r.inoue@example.ne.jp")],
    "Disney+：ご契約の更新に失敗しました",
    """\
Disney+をご利用いただきありがとうございます。

ご登録のお支払い方法で、月額料金（1,140円）の決済ができませんでした。
お支払い方法を更新いただくまで、視聴を一時停止しております。

アカウント：r.in****@example.ne.jp
次回請求日：2025年12月25日（木）

以下のリンクからお支払い方法を更新してください。
https://disneyplus-jp.example.net/account/payment

Disney+ サポート
""",
    via=("o1.disneyplus-jp.example.net", "o1.disneyplus-jp.example.net", "192.0.2.7"))

add("spam/subscription-phish-03.eml", "iso-2022-jp", "7bit", "2025-05-30 01:22:54",
    ("iCloud", "noreply@icloud-storage.apple-id.example"),
    [(None, "m.kimura@example.co.jp")],
    "iCloudストレージの容量がいっぱいです",
    """\
Apple IDをご利用のお客様

お客様のiCloudストレージは容量の上限に達しました。
写真、ビデオ、書類のバックアップが停止しています。

ご契約のプランのお支払いが確認できなかったため、
5GBの無料プランに変更されました。50GBを超えるデータは
30日後に削除されます。

データを守るため、お支払い情報を更新してください。
https://icloud-storage.apple-id.example/plan/renew

Apple サポート
""",
    via=("apple-id.example", "mx.apple-id.example", "198.51.100.193"))

add("spam/subscription-phish-04.eml", "utf-8", "8bit", "2026-04-07 09:41:06",
    ("Microsoft 365", "billing@ms365-renew.example.com"),
    [(None, "f.kato@kumoi.test")],
    "Microsoft 365 Business Standard のサブスクリプションが停止されます",
    """\
Microsoft 365 管理者様

組織のサブスクリプション「Microsoft 365 Business Standard」の
請求処理が失敗しました。

テナント名：kumoi.test
ライセンス数：25
状態：支払い保留

2026年4月9日（木）までに支払い方法を更新しない場合、
ユーザーのメールボックスと OneDrive のデータへのアクセスが
無効になります。

支払い方法を更新する:
https://admin.microsoft.example.com.ms365-renew.example.com/billing

Microsoft Corporation
""",
    ret="postmaster@ms365-renew.example.com",
    via=("smtp.ms365-renew.example.com", "smtp.ms365-renew.example.com", "203.0.113.211"))

add("spam/subscription-phish-05.eml", "utf-8", "base64", "2025-10-27 13:55:40",
    ("Google", "storage-noreply@google-one.example.test"),
    [(None, "akiko.s@example.net")],
    "Google アカウントの保存容量が不足しています",
    """\
Google アカウントの保存容量が上限に達しました。

Gmail で新しいメールを送受信できなくなっています。
また、Google フォトへのバックアップも停止しています。

今なら 100 GB プランへの無料アップグレードが可能です。
10月29日（水）までにお手続きください。

https://google-one.example.test/storage/upgrade?hl=ja

このメールは、お客様の Google アカウントに関する重要な変更を
お知らせするために送信されました。
""",
    via=("mail.oka-kensetsu.example.co.jp", "mail.oka-kensetsu.example.co.jp", "192.0.2.162"))

add("spam/subscription-phish-06.eml", "shift_jis", "8bit", "2024-11-26 16:37:29",
    ("Adobe", "adobe-id@adobe-cc-jp.example"),
    [(None, "design@sasanami.example")],
    "Adobe Creative Cloud：お支払い情報を確認できませんでした",
    """\
Adobe Creative Cloud をご利用のお客様

Creative Cloud コンプリートプラン（年間プラン・月々払い）の
今月分のお支払いが失敗しました。

7日以内にお支払い情報を更新していただけない場合、
アカウントは無料メンバーシップに変更され、
クラウド上のファイルにアクセスできなくなります。

お支払い情報の更新
https://adobe-cc-jp.example/account/payment

アドビ株式会社
""",
    via=("adobe-cc-jp.example", "unknown", "203.0.113.234"))

add("spam/sns-phish-01.eml", "utf-8", "8bit", "2025-06-17 21:44:12",
    ("LINE", "security@line-account.example.jp"),
    [(None, "yui.matsumoto@example.jp")],
    "【LINE】アカウントの利用が制限されました",
    """\
LINEをご利用いただき、ありがとうございます。

お客様のLINEアカウントが、利用規約に違反している可能性があるとの
報告を受けたため、一時的に利用を制限しました。

ご本人様による利用であることを確認するため、下記から
電話番号と本人確認を行ってください。

https://line-account.example.jp/verify/?uid=ja_88401

24時間以内に認証を完了しない場合、アカウントは削除され、
トーク履歴は復元できなくなります。

LINEヤフー株式会社
""",
    via=("mail.line-account.example.jp", "mail.line-account.example.jp", "203.0.113.87"))

add("spam/sns-phish-02.eml", "utf-8", "quoted-printable", "2025-02-25 02:15:48",
    ("Instagram", "security@mail.instagram-help.test"),
    [(None, "mao.k@freemail.example.com")],
    "あなたの投稿が著作権侵害として報告されました",
    """\
こんにちは、mao_k.daysさん

あなたのアカウントで共有された投稿が、著作権侵害として報告されました。
この報告に異議がある場合は、48時間以内に異議申し立てを行ってください。
申し立てがない場合、アカウントは完全に削除されます。

異議申し立てフォーム:
https://instagram.example.com@appeal-center.instagram-help.test/form

Instagram 著作権チーム
Meta Platforms, Inc.
""",
    via=("instagram-help.test", "unknown", "198.51.100.180"), hops=1)

add("spam/sns-phish-03.eml", "utf-8", "base64", "2026-08-11 10:26:33",
    ("X Verified", "verify@x-badge.example.org"),
    [(None, "hayato.o@example.com")],
    "認証バッジ付与のご案内",
    """\
あなたのアカウントは認証バッジの付与対象に選ばれました。

フォロワー数と投稿内容に基づき、無料で認証済みバッジを
付与いたします。以下のページでアカウント情報を確認し、
申請を完了してください。

https://x-badge.example.org/verified/apply

申請の有効期限は72時間です。期限を過ぎると付与資格が
失われます。

X Corp. 認証チーム
""",
    via=("srv1.x-badge.example.org", "srv1.x-badge.example.org", "192.0.2.99"))

# ===========================================================================
# spam: webmail, securities, travel, QR, BEC, invoices, tech support
# ===========================================================================

add("spam/webmail-phish-01.eml", "iso-2022-jp", "7bit", "2024-12-03 05:09:37",
    ("メールサポート", "postmaster@example.ne.jp"),
    [(None, "k.hirano@example.ne.jp")],
    "メールボックスの容量が上限に達しました（k.hirano@example.ne.jp）",
    """\
お客様各位

お客様のメールボックスの使用容量が98%に達しています。
このままでは新しいメールを受信できなくなり、
送信されたメールは差出人に返送されます。

下記より認証を行うと、容量を無料で2GBに拡張できます。

https://webmail-example-ne-jp.quota-up.test/upgrade?u=k.hirano

※認証を行わない場合、72時間後に古いメールから順に削除されます。

メールサポートセンター
""",
    ret="k.hirano@example.ne.jp",
    via=("[198.51.100.239]", "unknown", "198.51.100.239"), hops=1)

add("spam/webmail-phish-02.eml", "utf-8", "quoted-printable", "2026-01-13 08:47:02",
    ("情報システム部", "it-helpdesk@hinode-seiki.example.co.jp"),
    [(None, "m.ueda@hinode-seiki.example.co.jp")],
    "【情報システム部】社内メールシステム移行に伴うアカウント再認証のお願い", qsubj=True,
    text="""\
社員各位

情報システム部です。

1月16日（金）に社内メールシステムを新サーバーへ移行します。
移行後もメールを継続して利用するため、全社員に
アカウントの再認証をお願いしています。

以下のポータルにアクセスし、社員番号とメールパスワードで
ログインしてください（所要時間1分）。

https://portal-hinode-seiki.sso-login.example/auth

本日17時までに再認証が完了していないアカウントは、
移行対象外となり、メールが送受信できなくなります。

情報システム部 ヘルプデスク（内線 2200）
""",
    headers=[("Reply-To", "<hinode-helpdesk@freemail.example.com>")],
    ret="bounce@sso-login.example",
    via=("mail.sso-login.example", "mail.sso-login.example", "203.0.113.29"))

add("spam/securities-phish-01.eml", "utf-8", "base64", "2025-04-03 07:15:40",
    ("SBI証券", "info@sbisec-torihiki.invalid"),
    [(None, "t.okada@example.jp")],
    "【SBI証券】お取引制限のお知らせと本人確認のお願い",
    """\
SBI証券をご利用いただき、誠にありがとうございます。

最近、フィッシングサイトを経由した不正ログインおよび
不正取引の被害が多発しております。

お客様の口座において、海外IPアドレスからのログインを確認したため、
現在、お取引（買付・出金）を制限しております。

制限を解除するには、以下より本人確認を行ってください。
https://sbisec-torihiki.invalid/ETGate/unlock

本人確認には、ユーザーネーム、ログインパスワード、
取引パスワードが必要です。

株式会社SBI証券
""",
    via=("sbisec-torihiki.invalid", "unknown", "198.51.100.147"))

add("spam/securities-phish-02.eml", "iso-2022-jp", "7bit", "2024-02-20 12:48:23",
    ("楽天証券", "nisa@rakuten-sec.example.or.jp"),
    [(None, "sasaki.m@example.com")],
    "【楽天証券】新NISA口座の登録情報更新のお願い",
    """\
楽天証券をご利用いただきありがとうございます。

新NISA制度の開始に伴い、NISA口座をお持ちのお客様に
マイナンバーおよび登録情報の再確認をお願いしております。

2024年2月22日（木）までに更新いただけない場合、
NISA口座での新規買付ができなくなり、
つみたて投資枠の積立設定も停止されます。

登録情報の更新はこちら
https://rakuten-sec.example.or.jp/member/nisa/update

楽天証券株式会社
""",
    via=("smtp2.tsukuba-npo.example.or.jp", "smtp2.tsukuba-npo.example.or.jp", "192.0.2.95"))

add("spam/securities-phish-03.eml", "utf-8", "8bit", "2025-05-08 16:59:16",
    ("マネックス証券", "support@monex-account.test"),
    [(None, "daisuke.y@example.net")],
    "マネックス証券：重要なお知らせ（出金先口座の確認）",
    """\
お客様

お客様の口座で、出金先口座の変更申請が受け付けられました。
このお手続きにお心当たりがない場合は、直ちに以下より
変更の取消しを行ってください。

変更取消し：https://monex-account.test/member/cancel?no=2505081659

お手続きがない場合、変更は本日中に確定し、
以降の出金は新しい口座に行われます。

マネックス証券株式会社
""",
    via=("cpanel12.example.ne.jp", "cpanel12.example.ne.jp", "203.0.113.61"))

add("spam/travel-phish-01.eml", "utf-8", "quoted-printable", "2025-07-24 11:31:08",
    ("JALマイレージバンク", "jmb@jal-mileage.example"),
    [(None, "kazuya.h@example.ne.jp")],
    "【JAL】マイルの有効期限延長手続きのご案内",
    """\
JALマイレージバンク会員の皆さま

いつもJALグループをご利用いただき、ありがとうございます。

お客さまの保有マイルのうち、15,420マイルが
まもなく有効期限を迎えます。

現在、特別に有効期限を12か月延長できるキャンペーンを
実施しております。下記ページでお得意様番号と
パスワードを入力し、お手続きください。

https://web3.example.jp/~jmb/extend/

受付期間：7月27日（日）まで

日本航空株式会社
""",
    via=("web3.example.jp", "web3.example.jp", "192.0.2.215"))

add("spam/travel-phish-02.eml", "utf-8", "base64", "2024-11-12 19:18:40",
    ("楽天トラベル", "travel-info@rakuten-travel.invalid"),
    [(None, "eri.k@example.com")],
    "ご予約の宿泊施設よりメッセージが届いています",
    """\
楽天トラベルをご利用いただきありがとうございます。

ご予約の宿泊施設からメッセージが届いています。

施設名：湯の里 翠月楼
チェックイン：2024年11月23日（土）

「ご予約時のクレジットカードの認証が完了しておりません。
24時間以内に下記ページからカード情報の再認証をお願いします。
認証が確認できない場合、ご予約は自動的にキャンセルとなります。」

メッセージを確認する
https://rakuten-travel.invalid/booking/msg?id=99310224

楽天トラベル
""",
    via=("rakuten-travel.invalid", "unknown", "203.0.113.243"))

add("spam/qr-phish-01.eml", "utf-8", "base64", "2025-10-21 09:06:52",
    ("みずほ銀行", "mizuho-info@mizuho-smart.example"),
    [(None, "j.mori@example.jp")],
    "【みずほ銀行】セキュリティ強化のためのアプリ認証手続き",
    None, html_only=True,
    html="""\
<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#002c5f">
<p style="font-size:18px;font-weight:bold">みずほダイレクト アプリ認証のお願い</p>
<p>平素はみずほ銀行をご利用いただきありがとうございます。</p>
<p>2025年10月24日（金）より、パソコンからのログインにはスマートフォンアプリによる認証が必須となります。</p>
<p>スマートフォンのカメラで下記のQRコードを読み取り、認証手続きを完了してください。</p>
<p><img src="https://mizuho-smart.example/qr/8f2c11.png" width="180" height="180" alt="QRコード"></p>
<p>QRコードを読み取れない場合は<a href="https://mizuho-smart.example/app/auth">こちら</a>から手続きしてください。</p>
<p style="font-size:12px">株式会社みずほ銀行</p>
</body></html>
""",
    via=("mizuho-smart.example", "mail.mizuho-smart.example", "198.51.100.229"))

add("spam/qr-phish-02.eml", "iso-2022-jp", "7bit", "2025-06-24 15:20:19",
    ("ソフトバンク お客さまセンター", "billing@softbank-ryokin.test"),
    [(None, "yoko.t@example.ne.jp")],
    "ご利用料金お支払いのお願い（ソフトバンク）",
    """\
ソフトバンクをご利用いただきありがとうございます。

5月分のご利用料金のお支払いが確認できておりません。
添付の「お支払いのお願い」に記載のQRコードから、
スマートフォンでお支払い手続きを行ってください。

お支払い期限：2025年6月26日（木）

期限を過ぎた場合、ご利用を停止させていただくことがあります。

ソフトバンク株式会社
""",
    attach=[("お支払いのお願い_202505.pdf", "application/pdf", "pdf")], fname="word",
    via=("softbank-ryokin.test", "unknown", "192.0.2.131"))

add("spam/bec-ceo-01.eml", "iso-2022-jp", "7bit", "2025-11-18 10:02:41",
    ("田辺 誠一", "seiichi.tanabe@example.jp"),
    [(None, "keiri@hinode-seiki.example.co.jp")],
    "至急の件",
    """\
経理ご担当者様

お疲れ様です。田辺です。

現在、極秘で進めている買収案件があり、本日中に
手付金の送金が必要になりました。
詳細は顧問の弁護士から連絡させますので、
この件は社内の誰にも話さないでください。

今、会社にいますか？送金の手続きはすぐにできますか。
このメールに返信してください。

田辺
""",
    headers=[("Reply-To", "<s.tanabe.ceo@freemail.example.com>")],
    via=("smtp.example.jp", "smtp.example.jp", "198.51.100.60"))

add("spam/bec-account-01.eml", "iso-2022-jp", "7bit", "2026-02-26 13:44:07",
    ("北村商事 経理部", "keiri@kitamura-shouji.example"),
    [(None, "kaikei@sasanami.example")],
    "Re: 2月度ご請求書送付の件",
    """\
ささなみデザイン株式会社
経理ご担当者様

いつもお世話になっております。北村商事 経理部の山本です。

先日お送りしました2月度ご請求書につきまして、
弊社の取引銀行変更に伴い、お振込先口座が変更となりました。
大変お手数ですが、今回より下記口座へお振込みください。

　銀行名：ひので銀行　港南支店
　口座種別：普通
　口座番号：0000000
　口座名義：キタムラシヨウジ（カ

旧口座は今月末で解約となるため、お振込みいただいても
返金となりますのでご注意ください。
なお、監査対応中のため、お電話でのお問い合わせは
控えていただけますと幸いです。

北村商事株式会社 経理部　山本
""",
    headers=[("In-Reply-To", "<20260224101533.5b1c@kitamura-shoji.example.co.jp>")],
    via=("mail.kitamura-shouji.example", "mail.kitamura-shouji.example", "203.0.113.182"))

add("spam/fake-invoice-01.eml", "shift_jis", "base64", "2024-06-27 17:33:51",
    ("小松 直人", "n.komatsu@example.or.jp"),
    [(None, "somu@example.co.jp")],
    "請求書の送付（6月分）",
    """\
ご担当者様

お世話になっております。
6月分の請求書を送付いたします。

パスワード付きZIPファイルにて送付いたしますので、
解凍パスワードは別途メールにてお送りいたします。

お支払期日までにご確認のほど、よろしくお願いいたします。

小松
""",
    hcharset="iso-2022-jp",
    attach=[("請求書_202406.zip", "application/zip", "zip")], fname="word",
    via=("mail.example.or.jp", "mail.example.or.jp", "192.0.2.90"), hops=3,
    origin=("NAOTO-PC", "198.51.100.222"))

add("spam/fake-invoice-02.eml", "utf-8", "base64", "2025-09-04 04:40:26",
    ("DocuShare 通知", "no-reply@docshare-sign.invalid"),
    [(None, "h.ono@kumoi.test")],
    "[要署名] 支払通知書_0904.html が共有されました",
    """\
h.ono@kumoi.test 様

経理部から「支払通知書_0904」が共有されました。
添付のファイルを開き、メールアカウントでサインインすると
文書を閲覧・署名できます。

このドキュメントは48時間後に期限切れとなります。

DocuShare 通知システム
""",
    attach=[("支払通知書_0904.html", "text/html", "html")], fname="rfc2231",
    via=("docshare-sign.invalid", "out.docshare-sign.invalid", "198.51.100.13"))

add("spam/tech-support-01.eml", "utf-8", "8bit", "2026-07-15 23:05:18",
    ("Windows セキュリティ", "alert@defender-center.test"),
    [(None, "ito.sachiko@example.ne.jp")],
    "警告：お使いのPCがトロイの木馬に感染しています",
    """\
***** セキュリティ警告 *****

お使いのコンピューターで、トロイの木馬型ウイルス
(Trojan:Win32/Wacatac) が検出されました。

個人情報、クレジットカード情報、写真が外部に送信されている
可能性があります。PCの電源を切らないでください。

直ちにマイクロソフト サポートへお電話ください。
フリーダイヤル：0120-000-381（24時間対応）

遠隔操作でウイルスを除去いたします。
ご連絡がない場合、お使いのライセンスは無効化されます。
""",
    via=("defender-center.test", "unknown", "192.0.2.50"), hops=1)


# ===========================================================================
# ham: banks, cards, securities (hard)
# ===========================================================================

add("ham/bank-security-01.eml", "utf-8", "quoted-printable", "2025-03-17 22:41:09",
    ("ことり銀行", "notice@kotori-bank.example.jp"),
    [(None, "t.nishimura@example.ne.jp")],
    "【ことり銀行】新しい端末からのログインがありました",
    """\
西村 俊介 様

ことり銀行インターネットバンキングに、これまでご利用のない端末から
ログインがありましたので、お知らせします。

　日時　　：2025年3月17日（月）22:38
　端末　　：iPhone（アプリ）
　地域　　：日本国内

お客さまご自身によるログインであれば、このメールへの対応は不要です。

お心当たりがない場合は、アプリまたは当行ホームページから
パスワードを変更のうえ、キャッシュカード裏面の
お問い合わせ窓口（24時間受付）までご連絡ください。

当行がメールやSMSでパスワードや暗証番号の入力を
お願いすることはありません。
このメールにはリンクを記載しておりません。

株式会社ことり銀行
""",
    via=("mta02.kotori-bank.example.jp", "mta02.kotori-bank.example.jp", "203.0.113.70"), qsubj=True, hard=True)

add("ham/bank-otp-01.eml", "iso-2022-jp", "7bit", "2024-08-30 14:20:51",
    ("北辰ネット銀行", "otp@hokushin-netbank.example.com"),
    [(None, "ohashi@example.co.jp")],
    "ワンタイムパスワードのお知らせ",
    """\
北辰ネット銀行をご利用いただきありがとうございます。

お振込みのお手続きに必要なワンタイムパスワードをお知らせします。

　ワンタイムパスワード：418 207
　有効期限：発行から5分間

お振込先：ハナダ　カズオ 様
お振込金額：120,000円

このお手続きにお心当たりがない場合は、ワンタイムパスワードを
入力せず、直ちにログインパスワードを変更してください。
当行の社員がワンタイムパスワードをお尋ねすることはありません。

北辰ネット銀行
""",
    via=("out1.hokushin-netbank.example.com", "out1.hokushin-netbank.example.com", "198.51.100.31"), hard=True)

add("ham/bank-warning-01.eml", "utf-8", "quoted-printable", "2025-06-02 10:00:00",
    ("ことり銀行 お知らせ", "info@mail.kotori-bank.example.jp"),
    [(None, "y.kono@example.jp")],
    "当行を装ったフィッシングメールにご注意ください",
    text="""\
ことり銀行をご利用のお客さまへ

最近、当行を装って「お取引を制限しました」「本人確認が必要です」
などと記載し、偽のログインページへ誘導するメールやSMSが
確認されています。確認されている文面の一例は次のとおりです。

　件名：【ことり銀行】お取引制限のお知らせ
　「お客様の口座で不審な取引を検知したため、一部のお取引を
　　制限しております。24時間以内に下記URLより本人確認を
　　お願いいたします。」

当行は、メールやSMSでログインページへのリンクをお送りして、
パスワード・暗証番号・ワンタイムパスワードの入力を求めることは
ありません。

万一、入力してしまった場合は、すぐにお取引店または
不正利用ダイヤル（0120-000-561）までご連絡ください。

当行のホームページやアプリは、ブックマークや公式アプリから
ご利用ください。最新の手口は次のページでご案内しています。
https://www.kotori-bank.example.jp/security/phishing/

株式会社ことり銀行
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#333">
<p>ことり銀行をご利用のお客さまへ</p>
<p>最近、当行を装って「お取引を制限しました」「本人確認が必要です」などと記載し、偽のログインページへ誘導するメールやSMSが確認されています。確認されている文面の一例は次のとおりです。</p>
<blockquote style="border-left:3px solid #c00;padding-left:10px;color:#555">件名：【ことり銀行】お取引制限のお知らせ<br>「お客様の口座で不審な取引を検知したため、一部のお取引を制限しております。24時間以内に下記URLより本人確認をお願いいたします。」</blockquote>
<p><b>当行は、メールやSMSでログインページへのリンクをお送りして、パスワード・暗証番号・ワンタイムパスワードの入力を求めることはありません。</b></p>
<p>万一、入力してしまった場合は、すぐにお取引店または不正利用ダイヤル（0120-000-561）までご連絡ください。</p>
<p>当行のホームページやアプリは、ブックマークや公式アプリからご利用ください。</p>
<p>株式会社ことり銀行</p>
</body></html>
""",
    headers=[("List-Unsubscribe", "<https://mail.kotori-bank.example.jp/unsub?u=7c1e>")],
    ret="bounce-7c1e@mail.kotori-bank.example.jp",
    via=("mail.kotori-bank.example.jp", "mail.kotori-bank.example.jp", "203.0.113.71"), hard=True)

add("ham/bank-verify-01.eml", "shift_jis", "8bit", "2024-10-01 09:15:22",
    ("つばめ信用金庫", "kakunin@tsubame-shinkin.example"),
    [(None, "fumiko.a@example.ne.jp")],
    "【つばめ信用金庫】お客さま情報・お取引目的のご確認のお願い",
    """\
安藤 文子 様

平素はつばめ信用金庫をご利用いただき、誠にありがとうございます。

当金庫では、犯罪収益移転防止法に基づき、お客さまのご職業や
お取引の目的を定期的に確認させていただいております。

本日、ご登録のご住所あてに「お客さま情報確認のお願い」を
郵送いたしました。同封の回答書にご記入のうえ、
返信用封筒でご返送ください。

郵送のほか、当金庫アプリの「各種手続」メニューからも
ご回答いただけます（https://www.tsubame-shinkin.example/app/）。なお、本メールからご回答いただく
ことはできません。

ご回答がない場合、お取引の一部をご利用いただけなくなる
ことがございます。ご不明な点は、お取引店までお問い合わせください。

つばめ信用金庫　業務推進部
""",
    via=("smtp.tsubame-shinkin.example", "smtp.tsubame-shinkin.example", "192.0.2.141"), hard=True)

add("ham/card-usage-01.eml", "utf-8", "8bit", "2025-12-19 20:03:44",
    ("しらさぎカード", "info@shirasagi-card.test"),
    [(None, "kobayashi.h@example.jp")],
    "カードご利用のお知らせ（しらさぎカード）",
    """\
小林 秀樹 様

しらさぎカードをご利用いただき、ありがとうございます。
お客様のカードのご利用がありましたので、お知らせいたします。

　ご利用日時：2025/12/19 19:58
　ご利用先　：ミドリ家電 駅前店
　ご利用金額：38,280円

ご利用内容の詳細は、会員サイトまたは公式アプリで
翌日以降にご確認いただけます。
https://www.shirasagi-card.test/member/

お心当たりのないご利用がある場合は、カード裏面に記載の
紛失・盗難受付デスクまでご連絡ください。

※本メールは、ご利用の都度お送りしている自動配信メールです。
しらさぎカード株式会社
""",
    ret="bounce-0019@mo3.shirasagi-card.test",
    via=("mo3.shirasagi-card.test", "mo3.shirasagi-card.test", "198.51.100.154"), hard=True)

add("ham/card-statement-01.eml", "utf-8", "base64", "2024-04-22 06:00:12",
    ("ルリカード", "statement@ruri-card.example.com"),
    [(None, "sasaki.m@example.com")],
    "【ルリカード】5月お支払い金額確定のお知らせ",
    text="""\
佐々木 美穂 様

いつもルリカードをご利用いただきありがとうございます。
5月のお支払い金額が確定しましたので、お知らせいたします。

　お支払い日：2024年5月7日（火）
　お支払い金額：52,613円
　お支払い口座：ひので銀行　****123

ご利用明細は、会員サイト「ルリNet」でご確認ください。
https://www.ruri-card.example.com/member/

お支払い日の前日までに、口座のご入金をお願いいたします。

ルリカード株式会社
""",
    html="""\
<html><body style="font-family:Meiryo,sans-serif;font-size:14px;color:#333">
<p>佐々木 美穂 様</p>
<p>いつもルリカードをご利用いただきありがとうございます。5月のお支払い金額が確定しましたので、お知らせいたします。</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #bbb">
<tr><td style="background:#eef">お支払い日</td><td>2024年5月7日（火）</td></tr>
<tr><td style="background:#eef">お支払い金額</td><td><b>52,613円</b></td></tr>
<tr><td style="background:#eef">お支払い口座</td><td>ひので銀行　****123</td></tr></table>
<p>ご利用明細は、会員サイト「ルリNet」でご確認ください。<br><a href="https://www.ruri-card.example.com/member/">https://www.ruri-card.example.com/member/</a></p>
<p>お支払い日の前日までに、口座のご入金をお願いいたします。</p>
<p style="font-size:12px;color:#777">ルリカード株式会社</p>
</body></html>
""",
    headers=[("Reply-To", "<support@ruri-card.example.com>"),
             ("List-Unsubscribe", "<mailto:unsub@ruri-card.example.com>")],
    via=("mail-out3.ruri-card.example.com", "mail-out3.ruri-card.example.com", "203.0.113.116"), hard=True)

add("ham/card-3ds-01.eml", "iso-2022-jp", "7bit", "2025-08-08 12:33:05",
    ("しらさぎカード", "3ds@shirasagi-card.test"),
    [(None, "h.matsuda@example.or.jp")],
    "本人認証サービス（3Dセキュア）ワンタイムパスワード",
    """\
しらさぎカードをご利用いただきありがとうございます。

インターネットショッピングの本人認証用
ワンタイムパスワードをお知らせします。

　ワンタイムパスワード：592046
　ご利用先：ONLINE SHOP HARUNO
　ご利用金額：6,490円

有効期限は10分です。ご本人のお取引でない場合は入力せず、
このメールを破棄してください。
""",
    via=("mo3.shirasagi-card.test", "mo3.shirasagi-card.test", "198.51.100.154"), hard=True)

add("ham/card-overdue-01.eml", "iso-2022-jp", "7bit", "2025-01-10 11:02:37",
    ("ルリカード", "collection@ruri-card.example.com"),
    [(None, "r.ogawa@example.net")],
    "【ルリカード】お支払いのお願い（口座振替不能のため）",
    """\
小川 亮 様

ルリカードをご利用いただきありがとうございます。

1月6日（月）のご請求分につきまして、ご指定の口座から
お引き落としができませんでした。

　ご請求金額：24,870円

1月20日（月）に同じ口座から再度お引き落としいたします。
前日までにご入金をお願いいたします。
お振込みをご希望の場合は、会員サイト（https://www.ruri-card.example.com/member/）
に表示される当社指定口座へお振込みください。

お支払いの確認ができない場合、カードのご利用を一時的に
停止させていただくことがございます。

本メールと行き違いでお支払いいただいた場合はご容赦ください。

ルリカード株式会社　お客様相談室
""",
    via=("mail-out1.ruri-card.example.com", "mail-out1.ruri-card.example.com", "203.0.113.114"), hard=True)

add("ham/card-fraud-01.eml", "euc-jp", "8bit", "2026-02-14 08:51:29",
    ("ひいらぎカード 不正検知室", "security@hiiragi-card.example.jp"),
    [(None, "nakamura.k@example.jp")],
    "カードの一時利用停止について（ひいらぎカード）",
    """\
中村 健太 様

ひいらぎカードをご利用いただき、ありがとうございます。

お客様のカードで、普段と異なる海外サイトでのお取引が
短時間に複数回行われたため、不正利用防止の観点から
本日8時40分にカードのご利用を一時停止いたしました。

お手数ですが、カード裏面に記載の電話番号
（24時間受付）までご連絡ください。ご本人様のご利用であることが
確認でき次第、停止を解除いたします。

本メールにはURLを記載しておりません。当社が電話やメールで
カードの暗証番号をお尋ねすることはありません。

ひいらぎカード株式会社　不正検知室
""",
    via=("gw1.hiiragi-card.example.jp", "gw1.hiiragi-card.example.jp", "192.0.2.20"), hard=True)

add("ham/securities-report-01.eml", "shift_jis", "base64", "2024-07-05 18:10:47",
    ("いぶき証券", "report@ibuki-sec.example.co.jp"),
    [(None, "tanaka.shin@example.co.jp")],
    "【いぶき証券】取引報告書等の電子交付のお知らせ",
    """\
田中 慎一 様

いつもいぶき証券をご利用いただき、ありがとうございます。

下記の書面を電子交付いたしましたので、お知らせいたします。
ログイン後、「口座管理」→「電子交付書面」よりご確認ください。
https://www.ibuki-sec.example.co.jp/

　書面名称：取引報告書
　交付日　：2024年7月5日
　対象取引：国内株式（現物買付）1件、投資信託（NISA つみたて投資枠）1件

電子交付書面の閲覧期間は交付日から5年間です。
必要に応じて保存・印刷してください。

※本メールは送信専用アドレスからお送りしています。
いぶき証券株式会社
""",
    hcharset="iso-2022-jp",
    via=("mx-out.ibuki-sec.example.co.jp", "mx-out.ibuki-sec.example.co.jp", "198.51.100.77"), hard=True)

add("ham/securities-nisa-01.eml", "utf-8", "quoted-printable", "2024-03-12 15:45:03",
    ("あさなぎ証券", "nisa@asanagi-sec.example"),
    [(None, "daisuke.y@example.net")],
    "NISA口座開設完了のお知らせ／マイナンバーのご提出について",
    """\
山口 大輔 様

あさなぎ証券をご利用いただきありがとうございます。

税務署による確認が完了し、NISA口座を開設いたしました。
本日から、つみたて投資枠・成長投資枠でのお取引が可能です。

なお、お客様のマイナンバーのご提出がまだ確認できておりません。
マイナンバーのご提出は法令で義務付けられており、
ご提出いただくまで、一部のお取引（出庫・特定口座の変更など）を
制限させていただく場合があります。

ご提出は、当社アプリの「お手続き」メニューから、
マイナンバーカードを撮影する方法で行えます。
当社から電話やメールでマイナンバーをお尋ねすることはありません。

あさなぎ証券株式会社
""",
    via=("mta1.asanagi-sec.example", "mta1.asanagi-sec.example", "203.0.113.37"), hard=True)

add("ham/securities-login-01.eml", "iso-2022-jp", "7bit", "2025-05-08 21:27:14",
    ("いぶき証券", "security@ibuki-sec.example.co.jp"),
    [(None, "m.hasegawa@example.co.jp")],
    "【いぶき証券】出金先口座の変更を受け付けました",
    """\
長谷川 真理 様

いぶき証券をご利用いただきありがとうございます。

出金先口座の変更を受け付けましたので、お知らせします。

　受付日時：2025年5月8日（木）21:24
　変更後　：あかね銀行　本店営業部　普通　****567

不正出金防止のため、変更後24時間は出金のご指示を
お受けできません。

お客様ご自身のお手続きでない場合は、ログインせずに
いぶき証券カスタマーサポート（0120-000-742、平日8時〜17時）
までお電話ください。

いぶき証券株式会社
""",
    via=("mx-out.ibuki-sec.example.co.jp", "mx-out.ibuki-sec.example.co.jp", "198.51.100.77"), hard=True)

add("ham/securities-mfa-01.eml", "utf-8", "quoted-printable", "2025-09-25 17:00:00",
    ("あさなぎ証券", "info@asanagi-sec.example"),
    [(None, "t.okada@example.jp")],
    "【重要】ログイン時の多要素認証を必須化します（10月25日より）",
    text="""\
お客様各位

あさなぎ証券をご利用いただきありがとうございます。

証券会社を装ったフィッシングによる不正取引の被害拡大を受け、
2025年10月25日（土）から、ログイン時の多要素認証を必須といたします。

必須化以降は、ID・パスワードに加えて、ご登録のメールアドレスに
届く認証コード、または認証アプリでの承認が必要になります。

事前の設定は、ログイン後の「セキュリティ設定」から行えます。
設定していない場合も、初回ログイン時にご案内いたします。
設定方法：https://www.asanagi-sec.example/guide/mfa.html

当社からのメールに記載されたリンクからログインすることは
お控えいただき、公式アプリまたはブックマークをご利用ください。

あさなぎ証券株式会社
""",
    html="""\
<html><body style="font-family:'Hiragino Sans',sans-serif;font-size:14px;color:#222">
<p>お客様各位</p>
<p>証券会社を装ったフィッシングによる不正取引の被害拡大を受け、<b>2025年10月25日（土）</b>から、ログイン時の多要素認証を必須といたします。</p>
<p>必須化以降は、ID・パスワードに加えて、ご登録のメールアドレスに届く認証コード、または認証アプリでの承認が必要になります。</p>
<p>事前の設定は、ログイン後の「セキュリティ設定」から行えます。</p>
<p style="background:#fff4e5;padding:8px">当社からのメールに記載されたリンクからログインすることはお控えいただき、公式アプリまたはブックマークをご利用ください。</p>
<p>あさなぎ証券株式会社</p>
</body></html>
""",
    headers=[("List-Unsubscribe", "<https://asanagi-sec.example/mail/stop>")],
    via=("mta1.asanagi-sec.example", "mta1.asanagi-sec.example", "203.0.113.37"), hard=True)


# ===========================================================================
# ham: subscriptions, accounts, shops, couriers (hard)
# ===========================================================================

add("ham/subscription-failed-01.eml", "utf-8", "base64", "2025-12-23 07:30:41",
    ("シネマポケット", "billing@cinepoke.example.net"),
    [(None, "r.inoue@example.ne.jp")],
    "【シネマポケット】お支払いを完了できませんでした",
    text="""\
井上 玲奈 様

いつもシネマポケットをご利用いただきありがとうございます。

12月分の月額料金（990円）について、ご登録のクレジットカードで
決済を完了できませんでした。カードの有効期限が切れている
可能性があります。

アプリまたはWebサイトにログインし、「アカウント」→「お支払い方法」
からカード情報を更新してください。更新後、自動で再決済いたします。

12月30日までに決済が完了しない場合、ご契約は一時停止となり、
マイリストと視聴履歴は90日間保存されます。

シネマポケット サポートチーム
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#222;background:#fafafa">
<div style="max-width:560px;margin:auto;background:#fff;padding:20px">
<p style="font-size:20px;font-weight:bold;color:#3a2bd6">シネマポケット</p>
<p>井上 玲奈 様</p>
<p>12月分の月額料金（990円）について、ご登録のクレジットカードで決済を完了できませんでした。カードの有効期限が切れている可能性があります。</p>
<p>アプリまたはWebサイトにログインし、「アカウント」→「お支払い方法」からカード情報を更新してください。更新後、自動で再決済いたします。</p>
<p><a href="https://www.cinepoke.example.net/account/payment" style="background:#3a2bd6;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">お支払い方法を更新</a></p>
<p style="font-size:12px;color:#666">12月30日までに決済が完了しない場合、ご契約は一時停止となり、マイリストと視聴履歴は90日間保存されます。</p>
</div></body></html>
""",
    html_only=True,
    ret="bounces+r.inoue=example.ne.jp@em.cinepoke.example.net",
    via=("o7.em.cinepoke.example.net", "o7.em.cinepoke.example.net", "192.0.2.37"), hard=True)

add("ham/subscription-storage-01.eml", "utf-8", "8bit", "2025-04-14 12:05:19",
    ("ハコブネ Drive", "no-reply@hakobune.test"),
    [(None, "m.kimura@example.co.jp")],
    "ストレージの空き容量が残りわずかです",
    """\
木村 美咲 様

ハコブネ Drive の使用量が、無料プランの上限（15 GB）の
95% に達しました。

上限に達すると、新しいファイルのアップロードと
スマートフォン写真の自動バックアップが停止します。
すでに保存されているファイルが削除されることはありません。

容量を空けるには、不要なファイルやゴミ箱を整理してください。
有料プラン（100 GB・月額250円）への変更も、アプリの
「設定」→「プラン」から行えます。
https://hakobune.test/plans

ハコブネ Drive
このメールは、アカウントの重要なお知らせとして送信しています。
""",
    via=("mailer2.hakobune.test", "mailer2.hakobune.test", "203.0.113.95"), hard=True)

add("ham/subscription-renewal-01.eml", "iso-2022-jp", "7bit", "2026-04-02 09:12:00",
    ("ツクモオフィス", "account@tsukumo-office.example.com"),
    [(None, "f.kato@kumoi.test")],
    "ご契約更新の完了と領収書のお知らせ",
    """\
株式会社くもいソフト
加藤 文彦 様

ツクモオフィス ビジネスプランのご契約を更新いたしました。

　契約番号：TO-00000-4471
　更新期間：2026年4月1日〜2027年3月31日
　ライセンス数：25
　ご請求金額：396,000円（税込）
　お支払い方法：クレジットカード（末尾 0000）

領収書（PDF）は、管理コンソールの「請求」画面から
ダウンロードいただけます。
https://admin.tsukumo-office.example.com/billing

ライセンス数の変更は、管理コンソールからいつでも行えます。

ツクモオフィス 契約管理センター
""",
    via=("smtp.tsukumo-office.example.com", "smtp.tsukumo-office.example.com", "198.51.100.102"), hard=True)

add("ham/account-login-01.eml", "utf-8", "quoted-printable", "2025-06-17 23:12:06",
    ("トークル", "notify@talkle.invalid"),
    [(None, "yui.matsumoto@example.jp")],
    "新しい端末でトークルにログインしました", qsubj=True,
    text="""\
トークルをご利用いただきありがとうございます。

お客様のアカウントに、新しい端末からログインがありました。

　日時：2025/06/17 23:10
　端末：Android（Pixel 8）
　場所：日本（推定）

ご自身のログインであれば、対応は必要ありません。

身に覚えがない場合は、今お使いの端末でトークルを開き、
「設定」→「アカウント」→「ログイン中の端末」から
その端末をログアウトさせ、パスワードを変更してください。

トークルの運営がメッセージで認証番号を聞くことはありません。
ヘルプ：https://help.talkle.invalid/ja/articles/login-alert
""",
    via=("mx-send.talkle.invalid", "mx-send.talkle.invalid", "192.0.2.232"), hard=True)

add("ham/password-changed-01.eml", "iso-2022-jp", "7bit", "2024-12-03 09:48:33",
    ("ひかりネット サポート", "support@example.ne.jp"),
    [(None, "k.hirano@example.ne.jp")],
    "メールパスワード変更完了のお知らせ",
    """\
平野 一樹 様

ひかりネットをご利用いただきありがとうございます。

本日、お客様のメールアカウントのパスワードが変更されました。

　メールアドレス：k.hirano@example.ne.jp
　変更日時　　　：2024年12月3日（火）09:47

お客様ご自身で変更された場合、このメールへの対応は不要です。

お心当たりのない場合は、会員サポートデスク
（0120-000-155、9時〜18時）までご連絡ください。

なお、最近「メールボックスの容量が上限に達しました」という
当社を装ったメールが確認されています。当社が容量拡張のために
パスワードの入力をお願いすることはありません。

ひかりネット 会員サポート
""",
    via=("smtp-int.example.ne.jp", "smtp-int.example.ne.jp", "198.51.100.26"), hard=True)

add("ham/otp-01.eml", "utf-8", "8bit", "2025-02-08 19:03:51",
    ("ことぶきマーケット", "no-reply@kotobuki-market.example.jp"),
    [(None, "miyuki.t@example.jp")],
    "確認コード：739184",
    """\
ことぶきマーケットのログインに必要な確認コードです。

　確認コード：739184

このコードの有効期限は10分間です。
このコードを他人に教えないでください。

ログインしようとしていない場合は、このメールを無視してください。
アカウントのパスワードは変更されていません。
""",
    via=("m2.kotobuki-market.example.jp", "m2.kotobuki-market.example.jp", "203.0.113.54"), hard=True)

add("ham/otp-02.eml", "utf-8", "base64", "2026-08-11 10:40:02",
    ("PhotoLog", "security@photolog.example"),
    [(None, "hayato.o@example.com")],
    "PhotoLog の認証コード",
    """\
hayato_o さん

PhotoLog へのログインに使用する認証コードは 406 812 です。

このコードを求めていない場合は、誰かがあなたのアカウントに
ログインしようとしている可能性があります。
アプリの「設定」→「セキュリティ」でパスワードを変更してください。
https://help.photolog.example/ja/security

PhotoLog チーム
""",
    via=("out-4.photolog.example", "out-4.photolog.example", "198.51.100.172"), hard=True)

add("ham/ec-order-01.eml", "utf-8", "quoted-printable", "2025-11-28 13:17:45",
    ("ことぶきマーケット", "order@kotobuki-market.example.jp"),
    [(None, "okamoto.y@example.ne.jp")],
    "【ことぶきマーケット】ご注文ありがとうございます（注文番号 KM-2511-0000734）",
    text="""\
岡本 由紀 様

ことぶきマーケットをご利用いただき、ありがとうございます。
以下の内容でご注文を承りました。

　注文番号：KM-2511-0000734
　注文日時：2025年11月28日 13:16
　商品　　：コードレス掃除機 KX-220（ホワイト）　1点
　　　　　　交換用フィルター 2個セット　　　　　1点
　合計金額：31,460円（税込・送料無料）
　お支払い：クレジットカード（一括）
　お届け予定：12月1日（月）〜12月2日（火）

発送が完了しましたら、改めてメールでお知らせします。
ご注文内容は「購入履歴」からご確認いただけます。
https://www.kotobuki-market.example.jp/mypage/orders

ことぶきマーケット
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#333">
<p>岡本 由紀 様</p>
<p>ことぶきマーケットをご利用いただき、ありがとうございます。以下の内容でご注文を承りました。</p>
<table cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr><td>注文番号</td><td>KM-2511-0000734</td></tr>
<tr><td>商品</td><td>コードレス掃除機 KX-220（ホワイト）×1<br>交換用フィルター 2個セット×1</td></tr>
<tr><td>合計金額</td><td>31,460円（税込・送料無料）</td></tr>
<tr><td>お届け予定</td><td>12月1日（月）〜12月2日（火）</td></tr></table>
<p><a href="https://www.kotobuki-market.example.jp/mypage/orders">購入履歴を見る</a></p>
</body></html>
""",
    ret="bounce-order@m1.kotobuki-market.example.jp",
    via=("m1.kotobuki-market.example.jp", "m1.kotobuki-market.example.jp", "203.0.113.53"), hard=True)

add("ham/ec-shipped-01.eml", "shift_jis", "8bit", "2024-09-11 16:40:08",
    ("雑貨店こもれび", "shop@komorebi-zakka.example.com"),
    [(None, "kaori.f@example.jp")],
    "[雑貨店こもれび] 商品発送のお知らせ",
    """\
藤井 香織 様

この度は雑貨店こもれびでお買い上げいただき、
誠にありがとうございます。

本日、ご注文の商品を発送いたしました。

　ご注文番号：10482
　商品：　手ぬぐい（藍・千鳥柄）×2、豆皿セット×1
　配送業者：こだま急便
　お問い合わせ番号：0000-1234-5678

配送状況は、こだま急便のホームページで
お問い合わせ番号を入力するとご確認いただけます。
https://www.kodama-kyubin.example.net/tracking/

小さな店ですので、何かございましたら
このメールにそのままご返信ください。

雑貨店こもれび　店主　森下
""",
    hcharset="iso-2022-jp",
    via=("www14.shared-host.example.com", "www14.shared-host.example.com", "192.0.2.112"), hard=True)

add("ham/ec-cancel-01.eml", "iso-2022-jp", "7bit", "2025-03-06 10:26:17",
    ("文具屋はなまる", "info@bunguya-hanamaru.test"),
    [(None, "y.iwata@example.com")],
    "ご注文キャンセルのお知らせ（在庫切れのため）",
    """\
岩田 陽子 様

文具屋はなまるでございます。
ご注文いただきました下記商品につきまして、メーカー在庫が
終了しており、お届けできないことが判明いたしました。

　ご注文番号：H-20250304-0219
　商品名　　：万年筆 ライト 細字（ネイビー）

誠に勝手ながら、本ご注文はキャンセルとさせていただきます。
クレジットカードのご請求は取り消し済みです。
カード会社の処理の都合上、明細に一度計上されたのち、
翌月以降に相殺される場合がございます。

ご迷惑をおかけし、大変申し訳ございません。

文具屋はなまる
https://www.bunguya-hanamaru.test/
""",
    via=("mail.bunguya-hanamaru.test", "unknown", "198.51.100.137"), hard=True)

add("ham/ec-payment-01.eml", "utf-8", "8bit", "2025-07-18 11:44:52",
    ("おいしい定期便", "teiki@oishii-teikibin.example"),
    [(None, "sato.nao@example.ne.jp")],
    "【要確認】次回お届け分の決済ができませんでした",
    """\
佐藤 奈央 様

おいしい定期便をご利用いただき、ありがとうございます。

7月25日お届け予定の「旬の野菜セット（Mサイズ）」について、
ご登録のクレジットカードで決済ができませんでした。

7月21日（月）正午までに、マイページの「お支払い方法」から
カード情報をご確認・ご変更ください。
期限までに決済が確認できない場合、今回のお届けはお休みとなります
（定期便のご契約は継続されます）。

マイページ：https://oishii-teikibin.example/mypage

おいしい定期便 お客様窓口
""",
    via=("send.oishii-teikibin.example", "send.oishii-teikibin.example", "203.0.113.225"), hard=True)

add("ham/marketplace-verify-01.eml", "utf-8", "quoted-printable", "2025-09-16 19:20:33",
    ("ゆずりはフリマ", "support@yuzuriha-frima.example.com"),
    [(None, "hina.y@freemail.example.com")],
    "本人確認（eKYC）のお願い",
    """\
ゆずりはフリマをご利用いただきありがとうございます。

売上金の合計が一定額を超えたため、法令に基づき、
本人確認（eKYC）をお願いしております。
本人確認が完了するまで、売上金の振込申請はお受けできません。

お手続きはアプリからのみ行えます。
アプリの「マイページ」→「本人確認」を開き、
運転免許証またはマイナンバーカードと顔写真を撮影してください。

審査は通常1〜2営業日で完了します。
メールやSMSで本人確認書類の画像を送っていただくことはありません。
詳しくはヘルプをご覧ください：https://help.yuzuriha-frima.example.com/kyc

ゆずりはフリマ 事務局
""",
    via=("mail2.yuzuriha-frima.example.com", "mail2.yuzuriha-frima.example.com", "198.51.100.88"), hard=True)

add("ham/delivery-01.eml", "iso-2022-jp", "7bit", "2025-05-21 14:10:36",
    ("はやぶさ運輸", "member@hayabusa-unyu.example.co.jp"),
    [(None, "t.sugimoto@example.jp")],
    "【はやぶさ運輸】ご不在連絡（お荷物をお預かりしています）",
    """\
杉本 拓也 様（はやぶさメンバーズ会員）

本日13時52分にお荷物をお届けにあがりましたが、
ご不在でしたので持ち帰りました。

　伝票番号：0000-4455-6612
　ご依頼主：ことぶきマーケット
　保管営業所：港北センター（保管期限 5月28日（水））

再配達のご依頼は、はやぶさ運輸アプリ、またはメンバーズページの
「お荷物一覧」からお手続きください。
https://members.hayabusa-unyu.example.co.jp/

※当社がSMSで再配達の手数料をご請求することはありません。

はやぶさ運輸株式会社
""",
    via=("mail-a.hayabusa-unyu.example.co.jp", "mail-a.hayabusa-unyu.example.co.jp", "192.0.2.176"), hard=True)

add("ham/delivery-02.eml", "utf-8", "8bit", "2024-09-12 07:05:13",
    ("こだま急便", "info@kodama-kyubin.example.net"),
    [(None, "kaori.f@example.jp")],
    "お荷物のお届け予定日のお知らせ",
    """\
藤井 香織 様

こだま急便です。以下のお荷物のお届け予定をお知らせします。

　お問い合わせ番号：0000-1234-5678
　ご依頼主　　　　：雑貨店こもれび 様
　お届け予定日　　：9月13日（金）
　お届け時間帯　　：指定なし

日時の変更や置き配のご指定は、こだま急便Webサービスから
お問い合わせ番号を入力して行えます。
https://www.kodama-kyubin.example.net/tracking/?no=000012345678

このメールは送信専用アドレスから配信しています。
""",
    via=("notice.kodama-kyubin.example.net", "notice.kodama-kyubin.example.net", "203.0.113.160"), hard=True)

add("ham/delivery-customs-01.eml", "utf-8", "base64", "2026-02-09 15:22:48",
    ("ワールドリンク便", "import@worldlink-express.example"),
    [(None, "akiko.s@example.net")],
    "輸入貨物の関税・消費税立替金のお支払いについて",
    text="""\
鈴木 明子 様

ワールドリンク便をご利用いただきありがとうございます。

海外から発送されたお客様宛ての貨物について、
輸入通関の際に当社が関税・消費税を立て替えました。

　送り状番号：WL-0000-8871-22
　発送元　　：英国
　品名　　　：書籍・文具
　立替金額　：2,700円（関税 0円、消費税等 2,700円）

お支払いは、配達時の現金・カード払い、または事前のWeb決済から
お選びいただけます。配達予定は2月12日（木）です。

立替金の内訳は、税関発行の通知書の写しで確認できます。
ご不明な点は、送り状番号を添えてご返信ください。

ワールドリンク便 輸入通関チーム
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px">
<p>鈴木 明子 様</p>
<p>海外から発送されたお客様宛ての貨物について、輸入通関の際に当社が関税・消費税を立て替えました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><th>送り状番号</th><td>WL-0000-8871-22</td></tr><tr><th>発送元</th><td>英国</td></tr>
<tr><th>品名</th><td>書籍・文具</td></tr><tr><th>立替金額</th><td>2,700円（関税 0円、消費税等 2,700円）</td></tr></table>
<p>お支払いは、配達時の現金・カード払い、または事前のWeb決済からお選びいただけます。配達予定は2月12日（木）です。</p>
<p><a href="https://track.worldlink-express.example/ja/WL0000887122">配送状況と立替金の内訳を見る</a></p>
</body></html>
""",
    via=("smtp-jp.worldlink-express.example", "smtp-jp.worldlink-express.example", "198.51.100.19"), hard=True)

add("ham/delivery-address-01.eml", "shift_jis", "8bit", "2025-10-15 17:31:02",
    ("はやぶさ運輸 港北センター", "kohoku@hayabusa-unyu.example.co.jp"),
    [(None, "miura.k@example.ne.jp")],
    "お届け先ご住所の確認のお願い",
    """\
三浦 和也 様

はやぶさ運輸 港北センターでございます。

お客様宛てのお荷物（伝票番号 0000-7713-2048、ご依頼主：
しおかぜ電力 様）について、伝票に記載のご住所に建物名・
部屋番号の記載がなく、お届けできずにセンターで保管しております。

お手数ですが、センター（045-000-0000、8時〜21時）まで
お電話いただくか、メンバーズページの「お荷物一覧」から
お届け先の補足をご入力ください。手数料はかかりません。

保管期限は10月22日（水）です。

はやぶさ運輸株式会社　港北センター
""",
    hcharset="iso-2022-jp",
    via=("mail-a.hayabusa-unyu.example.co.jp", "mail-a.hayabusa-unyu.example.co.jp", "192.0.2.176"), hard=True)


# ===========================================================================
# ham: carriers, travel, public bodies, utilities, IT and security (hard)
# ===========================================================================

add("ham/carrier-bill-01.eml", "utf-8", "quoted-printable", "2025-03-28 10:00:21",
    ("そらまめモバイル", "bill@soramame-mobile.example.org"),
    [(None, "ayaka.n@example.net")],
    "【そらまめモバイル】3月分ご利用料金確定のお知らせ",
    """\
野村 彩花 様

そらまめモバイルをご利用いただきありがとうございます。
2025年3月分のご利用料金が確定しました。

　ご請求金額：2,145円（税込）
　　基本料金（5GBプラン）　　　　 1,650円
　　通話料　　　　　　　　　　　　　 330円
　　ユニバーサルサービス料等　　　　 165円
　お支払い方法：クレジットカード
　ご請求日：4月10日

獲得ポイント：21pt（有効期限 2026年3月31日）

明細の詳細は、マイページまたはアプリの「ご利用料金」から
ご確認いただけます。
https://my.soramame-mobile.example.org/bill

そらまめモバイル
""",
    via=("mail.soramame-mobile.example.org", "mail.soramame-mobile.example.org", "192.0.2.60"), hard=True)

add("ham/carrier-overdue-01.eml", "iso-2022-jp", "7bit", "2025-11-07 12:15:40",
    ("そらまめモバイル", "collect@soramame-mobile.example.org"),
    [(None, "kenji.w@example.ne.jp")],
    "ご利用料金のお支払いについて（ご利用停止予定のお知らせ）",
    """\
渡辺 健二 様

そらまめモバイルをご利用いただきありがとうございます。

9月分のご利用料金（1,958円）について、お支払い期日を過ぎても
ご入金が確認できておりません。先日郵送いたしました
払込用紙にて、コンビニエンスストアでお支払いください。

11月17日（月）までにお支払いが確認できない場合、
同日より音声通話・データ通信のご利用を停止させていただきます。

払込用紙がお手元にない場合は、マイページの「お支払い」から
再発行をお申し込みいただけます。
https://my.soramame-mobile.example.org/

そらまめモバイル　料金センター
""",
    via=("mail.soramame-mobile.example.org", "mail.soramame-mobile.example.org", "192.0.2.60"), hard=True)

add("ham/points-expiry-01.eml", "utf-8", "base64", "2024-05-27 08:00:33",
    ("ドラッグひまわり堂", "point@himawarido.test"),
    [(None, "ishikawa.r@example.com")],
    "ひまわりポイント 1,240pt の有効期限が近づいています",
    text="""\
石川 涼子 様

いつもドラッグひまわり堂をご利用いただきありがとうございます。

お客様の保有ポイントのうち、1,240ポイントが
2024年5月31日（金）に有効期限を迎えます。

1ポイント＝1円として、全店舗とオンラインストアの
お会計でご利用いただけます。
期限を過ぎたポイントは失効し、元に戻すことはできません。

保有ポイントと有効期限は、ひまわり堂アプリの会員証画面で
いつでもご確認いただけます。

ドラッグひまわり堂
配信停止：https://www.himawarido.test/mail/stop
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#333">
<div style="background:#ffc400;padding:10px;font-weight:bold">ドラッグひまわり堂</div>
<p>石川 涼子 様</p>
<p>お客様の保有ポイントのうち、<b style="color:#d00">1,240ポイント</b>が2024年5月31日（金）に有効期限を迎えます。</p>
<p>1ポイント＝1円として、全店舗とオンラインストアのお会計でご利用いただけます。期限を過ぎたポイントは失効し、元に戻すことはできません。</p>
<p><a href="https://www.himawarido.test/online/">オンラインストアでポイントを使う</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.himawarido.test/mail/stop">配信停止</a></p>
</body></html>
""",
    html_only=True,
    headers=[("List-Unsubscribe", "<https://www.himawarido.test/mail/stop>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    via=("mta.himawarido.test", "mta.himawarido.test", "203.0.113.124"), hard=True)

add("ham/etc-statement-01.eml", "iso-2022-jp", "7bit", "2024-07-10 09:30:55",
    ("ハイウェイ明細サービス", "meisai@highway-meisai.example.or.jp"),
    [(None, "ohashi@example.co.jp")],
    "ETC利用明細（6月分）確定のお知らせ",
    """\
大橋 様

ハイウェイ明細サービスをご利用いただきありがとうございます。

ご登録のETCカード（末尾0000）の6月分ご利用明細が
確定しました。

　ご利用件数：8件
　ご利用金額合計：14,320円

明細の閲覧・ダウンロード（PDF・CSV）は、サービスに
ログインしてご確認ください。明細は15か月間保存されます。
https://www.highway-meisai.example.or.jp/

本サービスで、カード番号や暗証番号の入力をメールで
お願いすることはありません。

ハイウェイ明細サービス事務局
""",
    via=("mail.highway-meisai.example.or.jp", "mail.highway-meisai.example.or.jp", "192.0.2.92"), hard=True)

add("ham/rail-booking-01.eml", "utf-8", "8bit", "2025-07-30 21:14:29",
    ("きっぷナビ", "yoyaku@kippu-navi.example"),
    [(None, "kazuya.h@example.ne.jp")],
    "【きっぷナビ】予約変更完了のお知らせ",
    """\
林 和也 様

きっぷナビをご利用いただき、ありがとうございます。
以下のとおり、ご予約の変更を承りました。

　予約番号：E0000
　乗車日　：2025年8月12日（火）
　列車　　：はやて号 23号（変更前：19号）
　区間　　：東京 13:20発 → 仙台 14:51着
　座席　　：6号車 11番A席（普通車指定席）
　人数　　：大人1名

差額はございません。
ご乗車の際は、ご登録の交通系ICカードで改札をご利用ください。

乗車日の前日まで、きっぷナビで変更を1回無料で承ります。
予約の確認：https://www.kippu-navi.example/reserve/list

きっぷナビ
""",
    via=("mail02.kippu-navi.example", "mail02.kippu-navi.example", "198.51.100.208"), hard=True)

add("ham/airline-booking-01.eml", "utf-8", "quoted-printable", "2025-07-24 12:40:11",
    ("ハルカゼ航空", "booking@harukaze-air.example.com"),
    [(None, "eri.k@example.com")],
    "ご予約確認（予約番号 HZ7Q4M）", qsubj=True,
    text="""\
小島 恵理 様

ハルカゼ航空をご利用いただき、ありがとうございます。
ご予約とお支払いが完了しました。

　予約番号　：HZ7Q4M
　搭乗日　　：2025年8月15日（金）
　便名　　　：HZ 205
　区間　　　：羽田 08:10 → 那覇 10:55
　ご搭乗者　：コジマ エリ 様、コジマ ユウタ 様
　お支払い額：54,980円（クレジットカード）

オンラインチェックインは出発の24時間前から可能です。
保安検査場は出発時刻の20分前までにお通りください。

予約の確認・変更：https://www.harukaze-air.example.com/manage

ハルカゼ航空株式会社
""",
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b2a41">
<div style="background:#1b6fc8;color:#fff;padding:10px 16px;font-weight:bold">ハルカゼ航空</div>
<p>小島 恵理 様</p>
<p>ご予約とお支払いが完了しました。</p>
<table cellpadding="5" style="font-size:13px;border:1px solid #ccd">
<tr><td>予約番号</td><td><b>HZ7Q4M</b></td></tr>
<tr><td>搭乗日</td><td>2025年8月15日（金）</td></tr>
<tr><td>便名・区間</td><td>HZ 205　羽田 08:10 → 那覇 10:55</td></tr>
<tr><td>お支払い額</td><td>54,980円</td></tr></table>
<p><a href="https://www.harukaze-air.example.com/manage">予約の確認・変更</a></p>
<p style="font-size:12px">オンラインチェックインは出発の24時間前から可能です。</p>
</body></html>
""",
    ret="return-hz7q4m@mx-out.harukaze-air.example.com",
    via=("mx-out.harukaze-air.example.com", "mx-out.harukaze-air.example.com", "203.0.113.198"), hard=True)

add("ham/hotel-booking-01.eml", "euc-jp", "8bit", "2024-11-08 15:03:48",
    ("ホテル潮見坂", "reserve@shiomizaka-hotel.test"),
    [(None, "eri.k@example.com")],
    "ご予約の確認（ホテル潮見坂）",
    """\
小島 恵理 様

このたびはホテル潮見坂をご予約いただき、誠にありがとうございます。
下記のとおりご予約を承りました。

　ご宿泊日　：2024年11月23日（土）　1泊
　お部屋　　：和洋室（オーシャンビュー）
　ご人数　　：大人2名
　プラン　　：季節の会席夕食付き
　料金　　　：46,200円（事前カード決済済み）

チェックインは15時から、チェックアウトは11時です。
交通のご案内：https://www.shiomizaka-hotel.test/access/
キャンセル料は、前日30%、当日100%となります。

カード情報の再入力などをメールやメッセージでお願いすることは
ございません。ご不明な点はお電話（0557-00-0000）でどうぞ。

ホテル潮見坂　予約係
""",
    headers=[("Reply-To", "<front@shiomizaka-hotel.test>")],
    via=("mail.shiomizaka-hotel.test", "mail.shiomizaka-hotel.test", "192.0.2.208"), hard=True)

add("ham/city-tax-01.eml", "iso-2022-jp", "7bit", "2025-06-10 09:00:05",
    ("ひなた市 市民税課", "shiminzei@city.hinata.example.lg.jp"),
    [(None, "shimizu.t@example.jp")],
    "【ひなた市】令和7年度 市民税・県民税 納税通知書の発送について",
    """\
ひなた市メール配信サービス（税のお知らせ）

令和7年度の市民税・県民税（普通徴収）の納税通知書を、
6月10日（火）に発送しました。

第1期の納期限は6月30日（月）です。
口座振替をご利用の方は、同日に引き落としとなります。

納付は、同封の納付書により金融機関・コンビニエンスストアのほか、
スマートフォン決済アプリでも行えます。
詳しくは市ホームページをご覧ください。
https://www.city.hinata.example.lg.jp/kurashi/zei/shiminzei.html

市から電話やメールで、ATMの操作や口座番号の入力を
お願いすることはありません。不審な連絡にご注意ください。

問い合わせ：ひなた市 市民税課　0000-00-0000
""",
    headers=[("List-Id", "<zei.city.hinata.example.lg.jp>")],
    via=("mlsv.city.hinata.example.lg.jp", "mlsv.city.hinata.example.lg.jp", "198.51.100.45"), hard=True)

add("ham/tax-refund-01.eml", "utf-8", "8bit", "2026-03-24 17:48:36",
    ("あすなろ会計 山内", "yamauchi@asunaro-kaikei.example.jp"),
    [(None, "morita.k@example.ne.jp")],
    "確定申告の還付金について",
    """\
森田 様

あすなろ会計の山内です。いつもお世話になっております。

先日e-Taxで提出した令和7年分の確定申告について、
税務署での処理が進み、還付金の額が確定しました。

　還付金額：58,420円
　振込先　：ご指定の ひので銀行 普通口座

税務署からの「国税還付金振込通知書」がご自宅に届き、
その後1週間ほどで振り込まれる見込みです。

還付金の手続きで、税務署やこちらから口座番号の入力を
メールでお願いすることはありません。
届いた通知書は、来年の申告のために保管しておいてください。

あすなろ会計事務所　税理士　山内 恵
""",
    via=("asunaro-sv", "p2210-ipoe.saitama.example.ne.jp", "203.0.113.90"), hard=True)

add("ham/pension-01.eml", "utf-8", "quoted-printable", "2025-01-20 10:10:10",
    ("ひので精機企業年金基金", "kikin@hinode-kikin.example.or.jp"),
    [(None, "keiri@hinode-seiki.example.co.jp")],
    "加入者Webサービス パスワード有効期限のお知らせ",
    """\
ひので精機企業年金基金 加入者の皆さま

加入者Webサービス（年金見込額の試算・登録内容の確認）の
ログインパスワードは、有効期限が180日となっています。

有効期限が近づいている方には、ログイン時に変更画面が
表示されますので、画面の案内に従って変更してください。

期限を過ぎてもアカウントが削除されることはありません。
ログインできなくなった場合は、基金事務局で再設定を承ります。
加入者Webサービス：https://web.hinode-kikin.example.or.jp/

基金事務局が、メールで年金の口座番号やマイナンバーを
お尋ねすることはありません。

ひので精機企業年金基金 事務局（内線 3105）
""",
    via=("mail.hinode-kikin.example.or.jp", "mail.hinode-kikin.example.or.jp", "192.0.2.93"), hard=True)

add("ham/mynumber-01.eml", "shift_jis", "8bit", "2026-05-18 08:30:00",
    ("みずなぎ町 住民課", "juumin@town.mizunagi.example.lg.jp"),
    [(None, "s.ota@example.ne.jp")],
    "マイナンバーカードの電子証明書の有効期限について",
    """\
みずなぎ町からのお知らせです。

マイナンバーカードの電子証明書は、発行日から5回目の誕生日で
有効期限を迎えます。対象の方には、有効期限の2〜3か月前に
地方公共団体情報システム機構から「有効期限通知書」が郵送されます。

更新の手続きは、通知書とマイナンバーカードをお持ちのうえ、
役場住民課の窓口でお願いします。暗証番号の入力が必要です。

休日窓口：6月14日（日）9時〜12時
https://www.town.mizunagi.example.lg.jp/juumin/mynumber.html

町やマイナンバー関係の機関が、メールやSMSで暗証番号や
口座情報の入力を求めることはありません。

みずなぎ町役場 住民課　0000-00-0000
""",
    hcharset="iso-2022-jp",
    via=("mail.town.mizunagi.example.lg.jp", "unknown", "203.0.113.9"), hard=True)

add("ham/city-kyufu-01.eml", "utf-8", "base64", "2025-08-04 16:00:44",
    ("ひなた市 給付金コールセンター", "kyufu@city.hinata.example.lg.jp"),
    [(None, "nobu.k@freemail.example.com")],
    "【ひなた市】物価高騰対策給付金の確認書を発送しました",
    """\
ひなた市メール配信サービス

住民税非課税世帯等を対象とする物価高騰対策給付金について、
対象となる世帯に「支給要件確認書」を8月4日（月）に発送しました。

確認書が届いた世帯は、内容を確認して署名のうえ、
同封の返信用封筒で9月30日（火）までにご返送ください。

確認書が届かない世帯で、対象になると思われる方は、
コールセンターにお問い合わせください。
対象世帯の要件：https://www.city.hinata.example.lg.jp/kyufu/

市が給付金のために手数料の振込やATMの操作をお願いすることは
ありません。市を名乗る不審なメールにご注意ください。

ひなた市 給付金コールセンター　0120-000-228（平日9時〜17時）
""",
    headers=[("List-Id", "<kurashi.city.hinata.example.lg.jp>")],
    via=("mlsv.city.hinata.example.lg.jp", "mlsv.city.hinata.example.lg.jp", "198.51.100.45"), hard=True)

add("ham/utility-meter-01.eml", "utf-8", "quoted-printable", "2026-01-09 07:45:12",
    ("しおかぜ電力", "info@shiokaze-denryoku.example"),
    [(None, "h.yoshida@example.net")],
    "【しおかぜ電力】1月分の電気ご使用量のお知らせ", qsubj=True,
    text="""\
吉田 浩之 様

しおかぜ電力をご利用いただきありがとうございます。
1月分の電気ご使用量と料金をお知らせします。

　検針期間：12月6日〜1月7日（33日間）
　ご使用量：412kWh（前年同月 398kWh）
　ご請求額：13,874円
　お支払い：口座振替（1月26日予定）

寒さが続き、暖房のご使用が増える季節です。
時間帯別の使用量はマイページでご確認いただけます。

しおかぜ電力 お客さまセンター
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#234">
<div style="border-bottom:3px solid #2aa5c0;padding:6px;font-weight:bold">しおかぜ電力</div>
<p>吉田 浩之 様</p>
<p>1月分の電気ご使用量と料金をお知らせします。</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>検針期間</td><td>12月6日〜1月7日（33日間）</td></tr>
<tr><td>ご使用量</td><td>412kWh（前年同月 398kWh）</td></tr>
<tr><td>ご請求額</td><td><b>13,874円</b></td></tr>
<tr><td>お支払い</td><td>口座振替（1月26日予定）</td></tr></table>
<p><a href="https://my.shiokaze-denryoku.example/usage">時間帯別の使用量を見る</a></p>
</body></html>
""",
    ret="mailer@bounce.shiokaze-denryoku.example",
    via=("mta3.shiokaze-denryoku.example", "mta3.shiokaze-denryoku.example", "192.0.2.182"), hard=True)

add("ham/utility-overdue-01.eml", "iso-2022-jp", "7bit", "2024-08-19 10:05:26",
    ("あかつきガス 料金センター", "ryokin@akatsuki-gas.test"),
    [(None, "y.kono@example.jp")],
    "ガス料金お支払いのお願い（供給停止予告）",
    """\
河野 裕子 様

あかつきガスをご利用いただきありがとうございます。

6月分のガス料金（4,862円）について、お支払い期限を過ぎても
ご入金が確認できておりません。

8月29日（木）までにお支払いが確認できない場合、
ガス需給契約に基づき、ガスの供給を停止させていただきます。

お支払いは、先日お送りした督促状（払込票）で
コンビニエンスストアまたは郵便局でお願いいたします。
すでにお支払いいただいた場合は、行き違いをご容赦ください。
ご契約内容の確認：https://www.akatsuki-gas.test/mypage/

あかつきガス株式会社　料金センター　0120-000-870
""",
    via=("smtp.akatsuki-gas.test", "smtp.akatsuki-gas.test", "198.51.100.201"), hard=True)

add("ham/utility-water-01.eml", "euc-jp", "8bit", "2025-09-30 14:18:09",
    ("みずなぎ町 上下水道課", "suido@water-billing.example.net"),
    [(None, "miura.k@example.ne.jp")],
    "水道の使用量が増えています（漏水の可能性）",
    """\
三浦 和也 様

みずなぎ町 上下水道課です。

9月の検針で、お客様の水道使用量が前回（2か月分）の
約2.4倍となっていました。

　今回：58立方メートル　前回：24立方メートル

蛇口をすべて閉めた状態で、メーターのパイロット（銀色の
コマ）が回っている場合、宅内で漏水している可能性があります。
修理は町の指定給水装置工事事業者にご依頼ください。

漏水が原因の場合、修理後の申請で料金が減額される
場合があります。

みずなぎ町 上下水道課（料金係）0000-00-0000
""",
    via=("mail.water-billing.example.net", "mail.water-billing.example.net", "203.0.113.44"), hard=True)

add("ham/it-notice-01.eml", "iso-2022-jp", "7bit", "2025-01-14 09:05:00",
    ("情報システム部", "it-helpdesk@hinode-seiki.example.co.jp"),
    [(None, "m.ueda@hinode-seiki.example.co.jp")],
    "【情報システム部】Windowsログインパスワードの有効期限について",
    """\
上田 さん

情報システム部です。

あなたのWindowsログインパスワードは、1月21日（火）に
有効期限を迎えます。

期限前に、社内PCで Ctrl+Alt+Delete →「パスワードの変更」から
変更してください（手順：http://portal.hinode-seiki.example.co.jp/it/pw）。社外からVPN接続中に変更すると、
社内PCとの同期がずれることがあるため、出社日に行ってください。

なお、現在「メールシステム移行に伴う再認証」を装った
フィッシングメールが社内に届いています。情報システム部が
メールのリンクからパスワードを入力させることはありません。
届いた場合は開かずに helpdesk 宛に転送してください。

情報システム部 ヘルプデスク（内線 2200）
""",
    via=("exch01.hinode-seiki.example.co.jp", "exch01.hinode-seiki.example.co.jp", "203.0.113.142"), hops=1, hard=True)

add("ham/it-notice-02.eml", "utf-8", "8bit", "2025-10-06 11:30:47",
    ("くもいソフト 情報システム", "is@kumoi.test"),
    [(None, "all@kumoi.test")],
    "【全社】11月からクラウドサービスに多要素認証（MFA）を導入します",
    """\
全社員のみなさん

情報システムチームです。

11月4日（火）から、社内で利用しているクラウドサービス
（メール・ファイル共有・勤怠）へのサインインに
多要素認証（MFA）を必須にします。

■やること（10月31日（金）までに）
1. 社用スマートフォンに認証アプリをインストール
2. 社内ポータルの「MFA登録」手順書のとおりに登録
　 https://portal.kumoi.test/it/mfa
3. 登録後、テスト用のサインインを1回実施

■注意
・認証アプリに身に覚えのない承認要求が来たら、
　「拒否」を押して情報システムに連絡してください。
・情報システムがメールやチャットで認証コードを聞くことは
　ありません。

説明会：10月15日（水）12:15〜12:45（オンライン、録画あり）

くもいソフト 情報システムチーム
""",
    via=("mail.kumoi.test", "mail.kumoi.test", "203.0.113.202"), hops=1, hard=True)

add("ham/it-notice-03.eml", "iso-2022-jp", "7bit", "2024-12-02 10:12:30",
    ("ささなみデザイン 総務", "soumu@sasanami.example"),
    [(None, "design@sasanami.example")],
    "メールボックス容量の上限変更について",
    """\
各位

総務の石田です。

現在のメールサーバーは1アカウントあたり10GBですが、
年内にメールサーバーの契約プランを変更するため、
12月20日（金）から上限が5GBになります。

5GBを超えている方には、個別にご連絡しています。
古い添付ファイルの削除か、共有ドライブへの移動をお願いします。
手順：https://intra.sasanami.example/soumu/mail-quota

※今回の変更で、皆さんの側でパスワードの入力や
　再設定をしていただく必要はありません。
　「容量を増やすにはログイン」などのメールが来ても
　開かないでください。

総務　石田
""",
    via=("mail.sasanami.example", "mail.sasanami.example", "198.51.100.171"), hops=1, hard=True)

add("ham/security-vendor-01.eml", "utf-8", "quoted-printable", "2025-11-25 16:00:03",
    ("ルミナセキュリティ 脅威情報", "advisory@lumina-sec.example"),
    [(None, "is@kumoi.test")],
    "[ルミナ脅威情報] 2025年11月のフィッシング動向",
    text="""\
ルミナセキュリティ 脅威情報 月次レポート（2025年11月）

今月観測したフィッシングメールの主な傾向は次のとおりです。

1. 証券会社をかたるもの（前月比 1.4倍）
　件名の例：「【重要】お取引制限のお知らせと本人確認のお願い」
　本文の例：「海外IPアドレスからのログインを確認したため、
　　現在、お取引（買付・出金）を制限しております」

2. 電力・ガス会社をかたる「送電停止」「過払い金返還」
　本文の例：「本日中にお支払いがない場合、送電を停止します」

3. 請求書を装うHTMLファイル添付
　添付ファイルを開くとメールアカウントのサインイン画面に
　似たページが表示され、入力内容が外部に送信されます。

対策：リンクではなく公式アプリ・ブックマークから確認する、
HTML添付を受信時に隔離する、MFAを有効にする、など。

詳細なIoC（送信元・URL）は契約者ポータルに掲載しています。
https://portal.lumina-sec.example/reports/2025-11

株式会社ルミナセキュリティ 脅威分析センター
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#222">
<h3>ルミナセキュリティ 脅威情報 月次レポート（2025年11月）</h3>
<ol>
<li><b>証券会社をかたるもの（前月比 1.4倍）</b><br>件名の例：「【重要】お取引制限のお知らせと本人確認のお願い」<br>本文の例：「海外IPアドレスからのログインを確認したため、現在、お取引（買付・出金）を制限しております」</li>
<li><b>電力・ガス会社をかたる「送電停止」「過払い金返還」</b><br>本文の例：「本日中にお支払いがない場合、送電を停止します」</li>
<li><b>請求書を装うHTMLファイル添付</b><br>添付ファイルを開くとメールアカウントのサインイン画面に似たページが表示され、入力内容が外部に送信されます。</li>
</ol>
<p>対策：リンクではなく公式アプリ・ブックマークから確認する、HTML添付を受信時に隔離する、MFAを有効にする、など。</p>
<p><a href="https://portal.lumina-sec.example/reports/2025-11">契約者ポータルで詳細を見る</a></p>
</body></html>
""",
    via=("mx1.lumina-sec.example", "mx1.lumina-sec.example", "192.0.2.166"), hard=True)

add("ham/bec-warning-01.eml", "utf-8", "base64", "2026-02-27 09:20:15",
    ("くもいソフト 経理", "keiri@kumoi.test"),
    [(None, "all@kumoi.test")],
    "【注意】取引先を装った「振込先口座変更」メールについて",
    """\
各位

経理の原田です。

取引先の経理担当を名乗り、「取引銀行変更に伴い、今回より
下記口座へお振込みください」と依頼するメールが、
取引先の方の会社に届いたとの連絡がありました。
差出人のドメインが本物と1文字違いで、過去のメールの
件名に「Re:」を付けて返信の形になっていたそうです。

当社でも、振込先の変更依頼を受けた場合は、
メールに記載の電話番号ではなく、取引先台帳の番号に
電話して確認してください。確認が取れるまで支払いは保留です。

不審なメールは経理または情報システムに転送してください。

経理　原田
""",
    via=("mail.kumoi.test", "mail.kumoi.test", "203.0.113.202"), hops=1, hard=True)

add("ham/invoice-01.eml", "utf-8", "base64", "2025-09-01 06:02:41",
    ("カエデ会計クラウド", "billing@kaede-cloud.invalid"),
    [(None, "h.ono@kumoi.test")],
    "【カエデ会計クラウド】8月分請求書のご案内",
    """\
株式会社くもいソフト
小野 様

カエデ会計クラウドをご利用いただきありがとうございます。
8月分のご利用料金の請求書を添付いたします。

　請求書番号：KC-2508-00000
　ご請求金額：32,780円（税込）
　お支払い期限：2025年9月30日（火）
　お支払い方法：口座振替（ご登録口座）

請求書は管理画面の「契約・請求」からもダウンロードできます。
https://app.kaede-cloud.invalid/settings/billing
当社のお振込先口座は、契約時から変更はありません。

カエデ会計クラウド 請求担当
""",
    attach=[("請求書_KC-2508-00000.pdf", "application/pdf", "pdf")], fname="rfc2231-only",
    headers=[("Reply-To", "<support@kaede-cloud.invalid>")],
    via=("send2.kaede-cloud.invalid", "send2.kaede-cloud.invalid", "198.51.100.120"), hard=True)


# ===========================================================================
# ham: ordinary business and personal mail
# ===========================================================================

add("ham/business-meeting-01.eml", "iso-2022-jp", "7bit", "2025-06-11 18:22:40",
    ("上田 真由美", "m.ueda@hinode-seiki.example.co.jp"),
    [(None, "t.kudo@example.co.jp")],
    "Re: 次回打ち合わせ日程のご相談",
    """\
工藤様

お世話になっております。ひので精機の上田です。
日程のご提示ありがとうございます。

6月19日（木）14時〜15時で伺います。
当日は技術の松岡も同席いたします。

議題は前回の宿題だった治具の試作結果と、
7月以降の量産スケジュールの2点を予定しております。

よろしくお願いいたします。

> 以下の日程でご都合いかがでしょうか。
> ・6月18日（水）10時〜
> ・6月19日（木）14時〜

--
ひので精機株式会社 生産技術課　上田 真由美
""",
    headers=[("In-Reply-To", "<20250611101204.3f9a@example.co.jp>")],
    via=("exch01.hinode-seiki.example.co.jp", "exch01.hinode-seiki.example.co.jp", "203.0.113.142"))

add("ham/business-quote-01.eml", "shift_jis", "8bit", "2024-10-22 11:40:05",
    ("松原印刷 営業部", "eigyo@matsubara-print.example.com"),
    [(None, "kaikei@sasanami.example")],
    "パンフレット印刷のお見積り",
    """\
ささなみデザイン株式会社
ご担当者様

いつもお世話になっております。松原印刷の大西でございます。

先日ご相談いただきましたパンフレット（A4・中綴じ16ページ、
カラー、3,000部）のお見積書を添付いたします。

用紙をマットコート110kgにした場合と、
再生紙にした場合の2案を記載しております。

納期は校了後、営業日で7日ほどを見込んでおります。
ご不明な点がございましたら、お気軽にお問い合わせください。

松原印刷株式会社　営業部　大西
""",
    hcharset="iso-2022-jp",
    headers=[("Reply-To", "<onishi@matsubara-print.example.com>")],
    attach=[("お見積書_ささなみデザイン様.pdf", "application/pdf", "pdf")], fname="word",
    via=("mail.matsubara-print.example.com", "mail.matsubara-print.example.com", "192.0.2.199"))

add("ham/business-minutes-01.eml", "utf-8", "8bit", "2025-02-05 19:02:58",
    ("工藤 剛", "t.kudo@example.co.jp"),
    [("上田 真由美", "m.ueda@hinode-seiki.example.co.jp"),
     (None, "matsuoka@hinode-seiki.example.co.jp")],
    "本日の打ち合わせ議事録",
    """\
上田様、松岡様

本日はお時間をいただきありがとうございました。
議事録を以下にまとめます。

1. 試作品の評価結果
　・寸法はすべて公差内。表面の傷が2個に見られた。
　・傷の原因は搬送時の接触と推定。緩衝材を追加する。

2. 今後の予定
　・改良版の試作：2月20日までに出荷
　・評価結果の共有：2月末

3. 宿題
　・当社：緩衝材の仕様案を送付
　・ひので精機様：量産時の月産数の見込み

資料は共有フォルダに置きました。
https://files.example.co.jp/share/hinode/20250205/

修正があればご連絡ください。

工藤
""",
    via=("smtp.example.co.jp", "smtp.example.co.jp", "198.51.100.41"))

add("ham/business-thanks-01.eml", "iso-2022-jp", "7bit", "2024-03-08 17:15:33",
    ("大西 和彦", "k.onishi@example.jp"),
    [(None, "tanaka.shin@example.co.jp")],
    "先日はありがとうございました",
    """\
田中様

先日は展示会のブースにお立ち寄りいただき、
ありがとうございました。

ご興味をお持ちいただいた小型の検査装置について、
カタログと導入事例を郵送でお送りしました。
来週中には届くかと思います。PDF版はこちらです。
https://www.example.jp/catalog/inspect-mini.pdf

デモ機の貸し出しも承っておりますので、
ご検討の際はお声がけください。

大西
""",
    via=("mail.example.jp", "mail.example.jp", "198.51.100.61"))

add("ham/business-order-01.eml", "utf-8", "quoted-printable", "2026-03-10 10:33:19",
    ("北村商事 山本", "yamamoto@kitamura-shoji.example.net"),
    [(None, "kaikei@sasanami.example")],
    "3月納品分のご注文について",
    """\
ささなみデザイン様

北村商事の山本です。いつもありがとうございます。

先週ご依頼いただいた展示用パネルの件、以下の内容で
手配いたしました。

・アルミ複合板パネル A1サイズ　12枚
・スタンド　6台
・納品日　3月18日（水）午前中

請求書はいつもどおり月末締めでお送りします。
お振込先は従来どおりで変更はございません。

よろしくお願いいたします。
""",
    via=("smtp.kitamura-shoji.example.net", "unknown", "203.0.113.183"))

add("ham/personal-01.eml", "utf-8", "base64", "2025-12-15 22:48:07",
    ("なお", "nao.sato.77@freemail.example.com"),
    [(None, "sato.nao@example.ne.jp")],
    "年末の帰省のこと",
    """\
お姉ちゃん

年末、28日の夕方に実家に着く予定です。
新幹線の指定席がやっと取れた〜。

お母さんが「おせちは今年は買う」って言ってたけど、
黒豆だけは作るらしいので、29日に手伝おうと思う。
お姉ちゃんは何日に来る？

あと、お父さんの誕生日プレゼント、二人で何か買わない？
候補あったら教えて。
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.31"), hops=3,
    origin=("[192.0.2.44]", "192.0.2.44"))

add("ham/personal-02.eml", "iso-2022-jp", "7bit", "2024-09-25 21:30:00",
    ("森 純平", "j.mori@example.jp"),
    [(None, "kenji.w@example.ne.jp")],
    "二次会の件",
    """\
健二へ

この前はありがとう。二次会の幹事、引き受けてくれて助かる。

会場は駅前の「ビストロ カシワ」で仮押さえしてある。
https://bistro-kashiwa.example.com/
11月9日（土）19時〜、40人くらいまでOKだって。

景品の予算は3万円くらいで考えてる。
来週どこかで一回打ち合わせしない？

純平
""",
    via=("mail.example.jp", "mail.example.jp", "198.51.100.61"))

add("ham/personal-03.eml", "utf-8", "8bit", "2025-08-18 20:11:44",
    ("Kumiko", "kumiko@hinoki-house.test"),
    [(None, "ishikawa.r@example.com")],
    "キャンプの写真",
    """\
涼子さん

週末はおつかれさまでした！
写真、共有アルバムに入れておきました。
https://album.hinoki-house.test/s/camp2025

子どもたちが川で遊んでいるのがたくさん撮れていて、
見返して笑っちゃいました。

次は秋に紅葉を見に行きたいですね。
また相談しましょう。
""",
    via=("[192.0.2.12]", "p3301-ipoe.yokohama.example.ne.jp", "192.0.2.12"), hops=1)

add("ham/personal-04.eml", "shift_jis", "8bit", "2026-06-20 09:14:38",
    ("岡田 隆", "t.okada@example.net"),
    [(None, "hiroshi.k@example.jp")],
    "同窓会のお知らせ（第3回）",
    """\
北高 平成12年卒業の皆さん

幹事の岡田です。第3回の同窓会を以下のとおり開きます。

日時：8月15日（土）18時から
場所：ホテルの宴会場ではなく、今回は「居酒屋 さくら亭」
会費：6,000円（当日集めます）

出欠は7月20日までにこのメールに返信してください。
連絡先がわからない人がいたら、教えてもらえると助かります。

岡田
""",
    hcharset="iso-2022-jp",
    via=("mail.example.net", "mail.example.net", "198.51.100.111"))

add("ham/ml-01.eml", "utf-8", "quoted-printable", "2025-04-09 23:05:17",
    ("Kenta Ishida", "k.ishida@example.com"),
    [(None, "rust-ja@lists.rustbenkyo.example")],
    "[rust-ja:1184] Re: 非同期ランタイムの選び方",
    """\
石田です。

> 組み込み寄りの用途だと、どのランタイムが向いていますか？

用途次第ですが、std が使える環境ならまず定番のものを試して、
メモリ制約が厳しい場合は no_std 対応のものを検討するのが
よいと思います。

うちでは、センサーデータの収集で後者を使っていますが、
タスク数が固定なら十分でした。

ベンチマークの結果は、来月の勉強会で共有します。

--
rust-ja mailing list
https://lists.rustbenkyo.example/listinfo/rust-ja
""",
    headers=[("List-Id", "Rust benkyokai <rust-ja.lists.rustbenkyo.example>"),
             ("List-Unsubscribe", "<mailto:rust-ja-leave@lists.rustbenkyo.example>"),
             ("In-Reply-To", "<5b3e9a10@mail.example.net>")],
    ret="rust-ja-bounces@lists.rustbenkyo.example",
    via=("lists.rustbenkyo.example", "lists.rustbenkyo.example", "192.0.2.240"), hops=3,
    origin=("mail.example.com", "203.0.113.11"))

add("ham/ml-02.eml", "euc-jp", "8bit", "2024-10-30 12:30:49",
    ("やまある記 ML", "yama-ml@example.org"),
    [(None, "yama-ml@example.org")],
    "[yama:0532] 11月の山行（高尾〜陣馬）",
    """\
やまある記のみなさん

11月の山行のお知らせです。

日程：11月16日（土）（雨天時は17日（日））
コース：高尾山口 〜 城山 〜 景信山 〜 陣馬山 〜 陣馬高原下
集合：高尾山口駅 8時30分
歩行時間：約6時間

紅葉の時期で混み合うので、行動食は多めにお持ちください。
参加の方は11月12日までにリーダーの三好まで返信を。

三好
""",
    headers=[("List-Id", "<yama.example.org>"), ("Reply-To", "<miyoshi.yama@kumoi.test>")],
    rcpt="h.matsuda@example.or.jp",
    via=("ml.example.org", "unknown", "198.51.100.99"))

add("ham/school-01.eml", "iso-2022-jp", "7bit", "2025-10-20 16:40:00",
    ("ひなた小学校", "info@hinata-sho.example.jp"),
    [(None, "kobayashi.h@example.jp")],
    "【ひなた小】4年生 校外学習の持ち物について",
    """\
4年生保護者の皆様

いつも本校の教育活動にご協力いただきありがとうございます。

10月24日（金）の校外学習（浄水場・科学館見学）について、
持ち物をお知らせします。

・お弁当、水筒（お茶または水）
・しおり、筆記用具
・雨具（折りたたみ傘）
・しきもの

当日の朝、体調がすぐれない場合は、学校への欠席連絡と
あわせてお知らせください。しおりは学校ホームページにも掲載しています。
https://www.hinata-sho.example.jp/gakunen/4nen/

ひなた小学校 4学年担当
""",
    via=("[192.0.2.105]", "unknown", "192.0.2.105"))

add("ham/clinic-01.eml", "utf-8", "8bit", "2026-09-14 12:00:08",
    ("さくらぎ歯科", "yoyaku@sakuragi-dental.example"),
    [(None, "yoko.t@example.ne.jp")],
    "ご予約日のお知らせ（さくらぎ歯科）",
    """\
田村 洋子 様

さくらぎ歯科です。次回のご予約日をお知らせします。

　日時：9月17日（木）10:30〜
　内容：定期検診・クリーニング

変更・キャンセルはお電話（0000-00-0000）か、
Web予約（https://sakuragi-dental.example/yoyaku/）でお願いします。
診療時間中は電話がつながりにくいことがあります。

保険証またはマイナ保険証をお持ちください。
""",
    via=("SAKURAGI-RECEPT", "ftth-198-51-100-161.example.net", "198.51.100.161"), hops=1)

add("ham/mansion-01.eml", "shift_jis", "base64", "2025-03-03 19:55:21",
    ("グランシエル管理組合", "riji@example.or.jp"),
    [(None, "y.kono@example.jp")],
    "排水管清掃のお知らせ（3月）",
    """\
グランシエルみなと 居住者の皆様

管理組合理事会です。

年1回の排水管清掃を以下の日程で行います。
各住戸のキッチン・浴室・洗面・洗濯機の排水口を清掃しますので、
在宅にご協力ください。

　1〜4階：3月15日（土）9時〜12時
　5〜8階：3月15日（土）13時〜17時
　予備日：3月22日（土）

ご都合が悪い場合は、管理事務室までご連絡ください。

グランシエルみなと管理組合 理事会
""",
    hcharset="iso-2022-jp",
    via=("mail.example.or.jp", "unknown", "192.0.2.90"))

add("ham/event-01.eml", "utf-8", "base64", "2026-10-05 08:45:30",
    ("Connpass風 勉強会運営", "staff@pyjp-yoru.invalid"),
    [(None, "kenji.w@example.ne.jp")],
    "【よるPython】第42回の参加登録ありがとうございます",
    """\
渡辺 健二 さん

よるPython 第42回への参加登録ありがとうございます。

日時：10月22日（木）19:30〜21:30
会場：オンライン（配信URLは前日にお送りします）
テーマ：型ヒントと静的解析ツールの実践

カレンダー登録用のファイルを添付します。
キャンセルの際は、登録ページから取り消してください。
https://pyjp-yoru.invalid/events/42/

よるPython 運営
""",
    attach=[("yoru-python-42.ics", "text/calendar", "ics")], fname="rfc2231",
    via=("mail.pyjp-yoru.invalid", "unknown", "203.0.113.252"))
