"""Texts and per-message settings of the ja-holdout-3 messages.

Every text here was written for this set; none of it is real mail.  gen.py
renders each record into spam/<kind>-NN.eml or ham/<kind>-NN.eml; check.py
verifies the rendered files against these records.

Record keys:
  path     spam/... or ham/... (the label is the first path element)
  charset  iso-2022-jp, shift_jis, utf-8 or euc-jp (body and encoded words)
  cte      7bit, 8bit, base64 or quoted-printable
  date     sending time, JST
  sender   (display name or None, address)
  to       list of (display name or None, address), or a literal header
           value (then rcpt names the envelope recipient)
  subject  decoded Subject
  via      (HELO name, reverse DNS name or "unknown", IP) of the sending host
  client   optional (HELO, IP) of the sender's own machine when the mail
           was submitted through the sending host (adds a Received line);
           the receiving side's Received lines follow from the recipient
  text     text/plain body, or None for an HTML-only message
  html     optional text/html alternative (or the only body when text is None)
  attach   optional [(filename, content type, placeholder kind)], with
           fname the filename parameter style (rfc2231, rfc2231-only, word)
  headers  optional extra [(name, ASCII value)] (Reply-To, List-*, ...)
  ret      optional Return-Path address (default: sender address)
  qsubj    Q instead of B encoded words in Subject; qname likewise for names

Host names come from the same reserved families in both classes on purpose
(see README.md): a brand-like `.example` or `.test` domain, a subdomain of
example.com or example.co.jp, or an ordinary provider account can be either
spam or ham here.
"""

MESSAGES = []


def add(path, **kw):
    kw["path"] = path
    kw.setdefault("text", None)
    for k in ("text", "html"):
        if kw.get(k) is not None and not kw[k].endswith("\n"):
            raise ValueError("%s: %s must end with a line break" % (path, k))
    if kw["text"] is None and not kw.get("html"):
        raise ValueError("%s: no body" % path)
    MESSAGES.append(kw)


# ===========================================================================
# spam
# ===========================================================================

add("spam/bank-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-03-11 05:12:44",
    sender=("みずほ銀行", "info@mizuho-direct.account-check.example"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【みずほ銀行】お取引の一部を制限しております（要確認）",
    via=("mail.account-check.example", "mail.account-check.example", "203.0.113.57"),
    text="""\
いつもみずほ銀行をご利用いただき、誠にありがとうございます。

お客様の口座において、通常と異なるお取引が確認されたため、
現在、みずほダイレクトのお振込・お引出しを一部制限しております。

お手数ではございますが、下記よりお客様情報の確認をお願いいたします。
確認が完了次第、制限は自動的に解除されます。

▼お客様情報の確認はこちら
https://mizuho-direct.account-check.example/login?session=f3a91c07e2

【確認期限】2025年3月13日（木）
期限内にご確認いただけない場合、口座のご利用を一時停止させていただく
場合がございます。あらかじめご了承ください。

※本メールは送信専用アドレスから送信しております。
─────────────────
株式会社みずほ銀行
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<div style="background:#00146e;color:#fff;padding:10px;font-weight:bold">みずほ銀行</div>
<p>いつもみずほ銀行をご利用いただき、誠にありがとうございます。</p>
<p>お客様の口座において、通常と異なるお取引が確認されたため、<br>
現在、みずほダイレクトのお振込・お引出しを一部制限しております。</p>
<p>お手数ではございますが、下記よりお客様情報の確認をお願いいたします。<br>
確認が完了次第、制限は自動的に解除されます。</p>
<p style="text-align:center"><a href="https://mizuho-direct.account-check.example/login?session=f3a91c07e2"
 style="background:#e60012;color:#fff;padding:12px 30px;text-decoration:none">お客様情報を確認する</a></p>
<p><b>【確認期限】2025年3月13日（木）</b><br>
期限内にご確認いただけない場合、口座のご利用を一時停止させていただく場合がございます。</p>
<p style="font-size:small;color:#888">※本メールは送信専用アドレスから送信しております。<br>株式会社みずほ銀行</p>
</body></html>
""")

add("spam/bank-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-05-20 23:38:02",
    sender=("三井住友銀行", "smbc-direct@ac-support.test"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【三井住友銀行】お客さま情報等の確認について",
    via=("sv2231.rental-server.example.jp", "sv2231.rental-server.example.jp", "198.51.100.233"),
    text="""\
三井住友銀行をご利用いただきありがとうございます。

犯罪収益移転防止法に基づき、お客さまの情報およびお取引の目的等を
定期的に確認させていただいております。
お客さまのSMBCダイレクトのご登録情報に未確認の項目がございますので、
以下のリンクよりご回答をお願いいたします。

　https://www.kobayashi-seitai.example.jp/wp-includes/css/smbc/index.php

回答期限：5月22日（木）

期限までにご回答いただけない場合、SMBCダイレクトでのお振込、
キャッシュカードでのお引き出し等をお断りする場合がございます。

なお、お手続きにはキャッシュカードの暗証番号、ワンタイムパスワードが
必要となります。お手元にご用意ください。

三井住友銀行
""")

add("spam/bank-phish-03.eml",
    charset="utf-8", cte="quoted-printable", date="2025-07-08 22:47:19",
    sender=("住信SBIネット銀行", "no-reply@netbk-info.example.com"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="【住信SBIネット銀行】ご登録メールアドレス変更受付のお知らせ",
    via=("out3.netbk-info.example.com", "out3.netbk-info.example.com", "192.0.2.147"),
    qsubj=True,
    text="""\
いつも住信SBIネット銀行をご利用いただきありがとうございます。

お客さまのご登録メールアドレスの変更を、下記のとおり受け付けました。

　受付日時：2025年7月8日 22:41
　変更内容：ご登録メールアドレス

このお手続きにお心当たりがない場合は、お手数ですが24時間以内に
下記ページより変更の取消しをお願いいたします。

https://netbk-info.example.com/member/cancel?ref=7c2e90

お心当たりがある場合は、本メールへのご対応は不要です。

住信SBIネット銀行株式会社
""")

add("spam/bank-phish-04.eml",
    charset="shift_jis", cte="8bit", date="2025-10-14 03:05:51",
    sender=("JAバンク", "ja-netbank@info-ja.invalid"),
    to=[(None, "r-fujii@mb.example.ne.jp")],
    subject="【JAネットバンク】ご利用停止のお知らせ",
    via=("unknown-host", "unknown", "192.0.2.201"),
    text="""\
JAネットバンクをご利用のお客様へ

お客様のｱｶｳﾝﾄで、複数回のﾛｸﾞｲﾝ失敗が確認されました。
安全のため、JAネットバンクのご利用を停止いたしました。

ご利用を再開するには、下記ＵＲＬからご本人様確認を行ってください。
https://janetbank-auth.example/saikai/

確認には以下の情報が必要です。
・ﾛｸﾞｲﾝＩＤ
・ﾛｸﾞｲﾝﾊﾟｽﾜｰﾄﾞ
・確認用ﾊﾟｽﾜｰﾄﾞ
・ｷｬｯｼｭｶｰﾄﾞ暗証番号（４桁）

※１０月１６日（木）までにお手続きがない場合、口座は凍結されます。

JAバンク　ネットバンクサポート
""")

add("spam/card-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-01-21 07:16:33",
    sender=("セゾンカード", "netanswer@saisoncard-info.example.net"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【セゾンカード】ご利用確認のお願い（緊急）",
    via=("smtp.saisoncard-info.example.net", "unknown", "203.0.113.44"),
    text="""\
セゾンカードをご利用いただき誠にありがとうございます。

弊社では、第三者による不正利用を防止するため、モニタリングを行っております。
お客様のカードで、以下の通り通常とは異なるご利用が確認されました。

　ご利用日：2025年1月20日（月）
　ご利用先：ONLINE STORE JP
　ご利用金額：128,400円

お心当たりがない場合は、至急Netアンサーにログインのうえ、
ご利用内容の確認とカード情報の再登録を行ってください。

　Netアンサーログイン
　https://saison-netanswer.example.net/login/confirm.html

ご確認いただけるまで、カードのご利用を一時的に保留しております。
24時間以内にご確認がない場合、カードのご利用を停止いたします。

─────────────────────
株式会社クレディセゾン
セゾンカード　Netアンサー事務局
─────────────────────
""")

add("spam/card-phish-02.eml",
    charset="utf-8", cte="8bit", date="2025-04-15 12:02:08",
    sender=("イオンカード", "service@aeon-card.example.co.jp"),
    to=[(None, "keiri@tsubame-shoji.example.co.jp")],
    subject="【イオンカード】暮らしのマネーサイト ご利用確認のお願い",
    via=("mail.aeon-card.example.co.jp", "203-0-113-118.static.example.net", "203.0.113.118"),
    text="""\
イオンカードをご利用いただき、ありがとうございます。

お客さまのカードについて、ご本人様のご利用かどうか確認させていただきたい
お取引がございます。
下記よりイオンカード暮らしのマネーサイトへログインし、
ご利用内容をご確認ください。

https://aeon-kurashi.example.org/verify/?card=confirm

なお、ご確認いただけない場合は、一時的にカードのご利用を制限させていただく
場合がございます。

※本メールは送信専用です。
イオンクレジットサービス株式会社
""",
    html="""\
<html><body>
<table width="600" align="center" style="border:1px solid #ccc;font-family:sans-serif">
<tr><td style="background:#b6007a;color:#fff;padding:8px 12px;font-size:18px">イオンカード</td></tr>
<tr><td style="padding:16px">
<p>イオンカードをご利用いただき、ありがとうございます。</p>
<p>お客さまのカードについて、ご本人様のご利用かどうか確認させていただきたいお取引がございます。<br>
下記よりイオンカード暮らしのマネーサイトへログインし、ご利用内容をご確認ください。</p>
<p><a href="https://aeon-kurashi.example.org/verify/?card=confirm">▶ 暮らしのマネーサイトにログイン</a></p>
<p>なお、ご確認いただけない場合は、一時的にカードのご利用を制限させていただく場合がございます。</p>
<p style="font-size:12px;color:#777">※本メールは送信専用です。<br>イオンクレジットサービス株式会社</p>
</td></tr></table>
</body></html>
""")

add("spam/card-phish-03.eml",
    charset="utf-8", cte="base64", date="2025-08-26 19:44:27",
    sender=("エポスカード", "epos@eposnet-support.test"),
    to=[(None, "s2410388@stu.example.ac.jp")],
    subject="【エポスNet】不正ログインの可能性があります",
    via=("eposnet-support.test", "p1098-ipoe.example.ne.jp", "198.51.100.98"),
    text="""\
エポスNetをご利用のお客さまへ

いつもｴﾎﾟｽｶｰﾄﾞをご利用いただきありがとうございます⚠️

本日、お客さまのエポスNetアカウントに、普段と異なる端末からの
ログインがありました。

　日時：2025/08/26 19:31
　端末：Windows / Chrome
　場所：海外（推定）

ご本人によるログインでない場合は、不正利用を防ぐため、
下記よりパスワードの変更とカード情報の確認をお願いします。

👉 https://eposnet-support.test/member/secure

株式会社エポスカード
""")

add("spam/securities-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-04-03 10:21:45",
    sender=("マネックス証券", "support@monex-trade.example"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【重要】取引パスワード再設定のお願い（マネックス証券）",
    via=("mta2.monex-trade.example", "mta2.monex-trade.example", "192.0.2.118"),
    text="""\
マネックス証券をご利用いただき、ありがとうございます。

昨今、証券会社を装ったフィッシングサイトから窃取された情報により、
お客様の口座で不正な売買が行われる被害が多発しております。

これを受け、当社では全てのお客様に取引パスワードの再設定を
お願いしております。
2025年4月7日（月）までに、以下の会員サイトより再設定を完了してください。

■再設定はこちら
https://monex-trade.example/member/login?redirect=/security/reset

期限を過ぎた場合、お客様保護の観点から、お取引を一時的に制限させて
いただきます。制限後の解除にはお時間をいただく場合がございます。

マネックス証券株式会社
お客様ダイヤル：0120-000-418（平日8:00〜17:00）
""")

add("spam/securities-phish-02.eml",
    charset="utf-8", cte="quoted-printable", date="2025-06-04 08:55:10",
    sender=("三菱UFJ eスマート証券", "info@esmart-kabu.example.jp"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="【三菱UFJ eスマート証券】電話番号認証の必須化について",
    via=("esmart-kabu.example.jp", "unknown", "198.51.100.61"),
    qsubj=True,
    text="""\
三菱UFJ eスマート証券（旧auカブコム証券）をご利用いただき
ありがとうございます。

不正アクセス対策の強化として、ログイン時の電話番号認証を
必須化いたしました。
まだ設定がお済みでないお客さまは、下記よりお手続きをお願いします。

https://esmart-kabu-login.test/auth/tel-regist

設定をされない場合、6月9日（月）以降、一部のお取引がご利用いただけなくなります。

三菱UFJ eスマート証券株式会社
""",
    html="""\
<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>三菱UFJ eスマート証券（旧auカブコム証券）をご利用いただきありがとうございます。</p>
<p>不正アクセス対策の強化として、ログイン時の<strong>電話番号認証を必須化</strong>いたしました。<br>
まだ設定がお済みでないお客さまは、下記よりお手続きをお願いします。</p>
<p><a href="https://esmart-kabu-login.test/auth/tel-regist">電話番号認証を設定する</a></p>
<p>設定をされない場合、6月9日（月）以降、一部のお取引がご利用いただけなくなります。</p>
<p>三菱UFJ eスマート証券株式会社</p>
</body></html>
""")

add("spam/carrier-phish-01.eml",
    charset="shift_jis", cte="base64", date="2025-02-18 14:30:06",
    sender=("NTTドコモ", "d-account@docomo-pay.example.com"),
    to=[(None, "r-fujii@mb.example.ne.jp")],
    subject="【ドコモ】ご利用料金のお支払いが確認できません",
    via=("mail.docomo-pay.example.com", "p3309-ipoe.example.ne.jp", "203.0.113.9"),
    text="""\
いつもﾄﾞｺﾓをご利用いただきありがとうございます。

ご利用料金のお支払いが確認できておりません。
このままお支払いが確認できない場合、回線のご利用を停止させていただきます。

ｄアカウントにログインし、お支払い方法をご確認ください。
https://d-account.docomo-pay.example.com/payment/check

お支払い期限：2025年2月20日（木）

※すでにお支払い済みの場合は、行き違いとなりますことをご容赦ください。

株式会社NTTドコモ
""")

add("spam/carrier-phish-02.eml",
    charset="utf-8", cte="base64", date="2025-09-09 11:07:52",
    sender=("auお客さまセンター", "m.kudo@example.ne.jp"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="au IDのご本人確認が必要です",
    via=("smtp02.example.ne.jp", "smtp02.example.ne.jp", "198.51.100.25"),
    client=("[198.51.100.177]", "198.51.100.177"),
    text="""\
auをご利用いただきありがとうございます。

お客さまのau IDについて、ご本人確認が完了していません。
au PAY 残高およびPontaポイント（4,860ポイント）は、ご本人確認が
完了するまでご利用いただけません。

以下のリンクからご本人確認を行ってください。
https://auid-login.kddi-account.example/verify?uid=30918

確認期限を過ぎると、保有ポイントは失効いたします。

KDDI株式会社
""")

add("spam/ec-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-11-05 02:18:40",
    sender=("Amazon.co.jp", "account-update@amazon-jp.secure-center.example"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="お客様のアカウントは一時的に停止されています",
    via=("secure-center.example", "unknown", "192.0.2.220"),
    text="""\
Amazon お客様

お客様のアカウントで、登録されたお支払い方法が利用できないことが
確認されました。このため、アカウントを一時的に停止しております。

アカウントを引き続きご利用いただくには、お支払い情報を更新してください。
更新が確認できるまで、進行中のご注文およびプライム会員特典は保留されます。

お支払い情報の更新：
https://amazon-jp.secure-center.example/ap/signin?openid=update

48時間以内に更新されない場合、アカウントは完全にロックされます。

Amazon.co.jp カスタマーサービス
""",
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="border-bottom:3px solid #ff9900;padding:6px 0"><b style="font-size:22px">amazon</b></div>
<p>Amazon お客様</p>
<p>お客様のアカウントで、登録されたお支払い方法が利用できないことが確認されました。
このため、アカウントを一時的に停止しております。</p>
<p>アカウントを引き続きご利用いただくには、お支払い情報を更新してください。<br>
更新が確認できるまで、進行中のご注文およびプライム会員特典は保留されます。</p>
<p><a href="https://amazon-jp.secure-center.example/ap/signin?openid=update"
 style="display:inline-block;background:#f0c14b;border:1px solid #a88734;padding:8px 20px;color:#111;text-decoration:none">お支払い情報を更新する</a></p>
<p style="color:#c00">48時間以内に更新されない場合、アカウントは完全にロックされます。</p>
<p>Amazon.co.jp カスタマーサービス</p>
</body></html>
""")

add("spam/ec-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-06-17 16:49:13",
    sender=("メルカリ事務局", "no-reply@mercari-jp.example.org"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="【メルカリ】売上金の振込申請に不備がありました",
    via=("mx-out.example.org", "mx-out.example.org", "203.0.113.73"),
    text="""\
メルカリをご利用いただきありがとうございます。

お客さまが申請された売上金の振込（振込申請額：18,750円）について、
ご登録の口座情報に不備があったため、お振込みができませんでした。

下記より口座情報を再登録してください。
https://mercari-jp.example.org/mypage/bank/re-register

再登録の期限は本メール受信から72時間です。
期限を過ぎますと、売上金は失効となりますのでご注意ください。

メルカリ事務局
""")

add("spam/ec-phish-03.eml",
    charset="utf-8", cte="8bit", date="2025-12-02 21:33:58",
    sender=("Yahoo! JAPAN", "yj-support@shop-yahoo.example.co.jp"),
    to=[(None, "kenta_m@home.example.net")],
    subject="[Yahoo!ショッピング] ご注文がキャンセルされました",
    via=("shop-yahoo.example.co.jp", "shop-yahoo.example.co.jp", "198.51.100.187"),
    text="""\
Yahoo!ショッピングをご利用いただきありがとうございます。

以下のご注文は、お支払い方法の確認が取れなかったため、
キャンセルされました。

　注文番号：yshop-10482273
　商品名：ワイヤレスイヤホン ノイズキャンセリング 他1点
　合計金額：24,980円

ご注文を継続される場合は、Yahoo! JAPAN IDでログインし、
お支払い情報を確認してください。

https://login-yahoo-jp.shopping-check.example.com/order/continue

※このメールは送信専用アドレスから配信されています。
""")

add("spam/delivery-phish-01.eml",
    charset="utf-8", cte="8bit", date="2025-03-25 09:02:11",
    sender=("ヤマト運輸", "t.hasegawa@home.example.net"),
    to=[(None, "r-fujii@mb.example.ne.jp")],
    subject="お荷物お届けのお知らせ",
    via=("smtp.home.example.net", "smtp.home.example.net", "203.0.113.141"),
    client=("[203.0.113.205]", "203.0.113.205"),
    text="""\
【ヤマト運輸】お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。
配送物は下記よりご確認ください。
https://yamato-redelivery.test/?id=kz8831
""")

add("spam/delivery-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-15 13:26:37",
    sender=("日本郵便", "postoffice@jp-post.delivery.example"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【日本郵便】お届け先住所の確認と関税のお支払いについて",
    via=("delivery.example", "unknown", "192.0.2.33"),
    text="""\
日本郵便をご利用いただきありがとうございます。

海外から発送されたお客様宛の国際小包について、お届け先住所の記載に
不備があり、現在、郵便局にて保管しております。
また、当該小包には関税（220円）が発生しております。

下記のページより、住所の確認と関税のお支払いをお願いいたします。
https://jppost-tracking.example.co.jp/intl/confirm?no=EJ000418263JP

お手続きがない場合、お荷物は差出人へ返送されます。

日本郵便株式会社
""")

add("spam/delivery-phish-03.eml",
    charset="euc-jp", cte="8bit", date="2025-10-28 18:40:04",
    sender=("佐川急便", "sagawa@sagawa-exp.example.com"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="【佐川急便】配達予定日変更のお知らせ",
    via=("sagawa-exp.example.com", "198-51-100-52.pool.example.net", "198.51.100.52"),
    text="""\
佐川急便をご利用いただきありがとうございます。

お客様宛のお荷物ですが、お届け先の情報に誤りがあるため、
配達予定日を変更させていただきました。

下記URLより配達日時の再指定をお願いいたします。
http://203.0.113.199/sagawa/redeliver.php

※再指定は本日中にお願いいたします。

佐川急便株式会社
""")

add("spam/utility-phish-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-01-28 06:58:21",
    sender=("東京ガス", "mytokyogas@tokyogas-info.example.net"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="【東京ガス】ガス料金未払いによる供給停止のご案内",
    via=("www.kaneda-koumuten.example.co.jp", "www.kaneda-koumuten.example.co.jp", "203.0.113.96"),
    qsubj=True,
    text="""\
東京ガスをご利用いただき、誠にありがとうございます。

お客さまの1月分のガス料金（6,284円）について、ご登録のクレジットカードで
決済ができませんでした。

お支払いが確認できない場合、ガスの供給を停止させていただくことがございます。
myTOKYOGASにログインのうえ、お支払い方法の変更をお願いいたします。

▼myTOKYOGAS
https://mytokyogas-login.example.net/payment/

なお、供給停止後の再開には、別途開栓作業費がかかります。

東京ガス株式会社
""")

add("spam/tax-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-02-26 10:14:59",
    sender=("国税庁", "info@nta.example.go.jp"),
    to=[(None, "keiri@tsubame-shoji.example.co.jp")],
    subject="【国税庁】未納税金のお知らせ（差押予告）",
    via=("mail-relay.tax-notice.test", "unknown", "192.0.2.163"),
    ret="bounce@tax-notice.test",
    text="""\
納税者各位

国税庁からのお知らせです。

あなたの所得税（令和6年分）について、納付期限を過ぎても納付が確認されて
おりません。
このまま未納の状態が続く場合、国税通則法に基づき、財産（給与、預貯金、
不動産等）の差押えを行います。

　未納額：48,300円（延滞税を含む）
　最終納付期限：2025年3月3日（月）

下記の国税納付サイトから、クレジットカードまたは電子マネーで
お支払いください。

https://nta-tax-payment.example/nozei/

※本通知は最終通知です。期限後の連絡には応じかねます。

国税庁　徴収部
""")

add("spam/gov-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-05-13 15:03:26",
    sender=("日本年金機構", "info@nenkin-kikou.example.or.jp"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【日本年金機構】年金の未払い分（還付金）受け取り手続きのお知らせ",
    via=("nenkin-kikou.example.or.jp", "nenkin-kikou.example.or.jp", "198.51.100.129"),
    text="""\
日本年金機構よりお知らせいたします。

過去の年金記録を再調査した結果、お客様にお支払いしていない年金
（未払い分）があることが判明いたしました。

　還付予定額：126,780円

受け取りには、オンラインでの口座登録が必要です。
下記の専用ページより、お受取口座とマイナンバーをご登録ください。

https://nenkin-refund.test/kanpu/regist

登録期限：5月16日（金）
期限を過ぎると、還付を受ける権利が消滅しますのでご注意ください。

日本年金機構　年金給付事業部
""")

add("spam/gov-phish-02.eml",
    charset="utf-8", cte="8bit", date="2025-11-18 08:12:37",
    sender=("デジタル庁", "myna@digital-go.example"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【重要】マイナ保険証の登録が完了していません",
    via=("digital-go.example", "198-51-100-14.dhcp.example.com", "198.51.100.14"),
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:sans-serif;background:#f5f5f5">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:20px">
<h2 style="color:#0031d8">マイナ保険証 登録のお願い</h2>
<p>現在お使いの健康保険証は、<b>2025年12月1日（月）</b>をもって有効期限を迎えます。</p>
<p>お客様のマイナンバーカードは、健康保険証としての利用登録が完了していません。<br>
このままでは医療機関で保険診療を受けられなくなる可能性があります。</p>
<p>下記より登録手続きを行ってください。手続きは3分ほどで完了します。</p>
<p style="text-align:center"><a href="https://myna-hoken.example.jp/regist/start"
 style="background:#0031d8;color:#fff;padding:12px 36px;text-decoration:none;border-radius:4px">登録手続きへ進む</a></p>
<p style="font-size:12px">※手続きにはマイナンバーカードの暗証番号（4桁）と、本人確認のためのクレジットカード情報が必要です。</p>
<p style="font-size:12px;color:#666">デジタル庁 マイナンバー制度担当</p>
</div></body></html>
""")

add("spam/nhk-phish-01.eml",
    charset="shift_jis", cte="8bit", date="2025-04-22 17:45:30",
    sender=("NHK受信料窓口", "jushinryo@nhk-payment.example.com"),
    to=[(None, "r-fujii@mb.example.ne.jp")],
    subject="【NHK】受信料のお支払い状況について（重要）",
    via=("nhk-payment.example.com", "nhk-payment.example.com", "203.0.113.238"),
    text="""\
ＮＨＫ受信料のお支払いについてのお知らせ

お客様の受信契約について、２０２４年１０月期から２０２５年３月期までの
受信料（計６，８４０円）のお支払いが確認できておりません。

つきましては、下記ページより至急お支払いください。
https://nhk-jushinryo.example.com/pay/?no=8814207

お支払いが確認できない場合、割増金（受信料の２倍）を請求させていただく
ことがございます。

ＮＨＫ受信料窓口
""")

add("spam/etc-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-08-05 07:20:16",
    sender=("ETC利用照会サービス", "etc-meisai@etc-service.invalid"),
    to=[(None, "keiri@tsubame-shoji.example.co.jp")],
    subject="ETCサービスは無効になりました",
    via=("etc-service.invalid", "unknown", "192.0.2.71"),
    ret="vcrqg@mailer.example.net",
    text="""\
ETC利用照会サービスをご利用いただきありがとうございます。

お客様のETCカードに関する登録情報の有効期限が切れたため、
ETCサービスのご利用が無効となりました。

引き続きご利用いただくには、下記よりログインし、
登録情報を更新してください。

ログインはこちら
https://etc-meisai-login.example.net/etc/R?funccode=1013000000

※本メールは送信専用です。お問い合わせには回答できません。
※本日中に更新されない場合、ETCカードのご利用を停止いたします。

ETC利用照会サービス事務局
""")

add("spam/account-phish-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-03-04 04:33:09",
    sender=("Apple", "noreply@id-apple.support-center.test"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="Apple IDがロックされました",
    via=("support-center.test", "unknown", "198.51.100.244"),
    qsubj=True,
    text="""\
Apple IDのセキュリティ情報を更新してください

お客様のApple ID（yuka.m@mail.example.com）は、セキュリティ上の理由により
ロックされました。

不明なデバイスからサインインが試みられたため、お客様のアカウントを保護する
目的で一時的にロックしています。

ロックを解除するには、24時間以内に本人確認を行ってください。
https://id-apple.support-center.test/unlock?locale=ja_JP

本人確認が行われない場合、iCloudに保存されている写真、連絡先などの
データにアクセスできなくなります。

Apple サポート
""",
    html="""\
<html><body style="font-family:-apple-system,'Hiragino Sans',sans-serif;color:#1d1d1f">
<div style="max-width:520px;margin:0 auto;padding:24px">
<p style="font-size:22px;font-weight:600">Apple IDのセキュリティ情報を更新してください</p>
<p>お客様のApple ID（yuka.m@mail.example.com）は、セキュリティ上の理由によりロックされました。</p>
<p>不明なデバイスからサインインが試みられたため、お客様のアカウントを保護する目的で一時的にロックしています。</p>
<p><a href="https://id-apple.support-center.test/unlock?locale=ja_JP">今すぐロックを解除 &gt;</a></p>
<p style="color:#6e6e73;font-size:12px">本人確認が行われない場合、iCloudに保存されている写真、連絡先などのデータにアクセスできなくなります。</p>
<p>Apple サポート</p>
</div></body></html>
""")

add("spam/account-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-06-24 09:48:55",
    sender=("Microsoft 365", "no-reply@ms365-notice.example.com"),
    to=[(None, "s.nishida@tsubame-shoji.example.co.jp")],
    subject="パスワードの有効期限が本日切れます",
    via=("ms365-notice.example.com", "ms365-notice.example.com", "203.0.113.181"),
    text="""\
s.nishida@tsubame-shoji.example.co.jp 様

Microsoft 365 アカウントのパスワードの有効期限が本日切れます。

同じパスワードを引き続き使用する場合は、以下から現在のパスワードを
確認してください。確認しない場合、Outlook、Teams、OneDrive への
サインインができなくなります。

　現在のパスワードを維持する
　https://login-ms365.example.org/common/oauth2/keep?user=s.nishida

このメールは tsubame-shoji.example.co.jp の管理者の設定により送信されています。

Microsoft Corporation
""")

add("spam/account-phish-03.eml",
    charset="utf-8", cte="base64", date="2025-09-30 20:06:42",
    sender=("Google One", "g-one@cloudstorage-notify.example.jp"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="⚠️ ストレージの空き容量がありません。写真が削除されます",
    via=("cloudstorage-notify.example.jp", "unknown", "192.0.2.91"),
    text="""\
お客様のGoogleアカウントのストレージ容量（15GB）が上限に達しました。

このままでは、新しい写真や動画のバックアップ、メールの受信が
できなくなります。また、保存期間を過ぎたデータは順次削除されます。

📸 写真：12,408 枚
🎬 動画：356 本

今なら、特別価格で100GBプランにアップグレードできます。
（年額 250円・本日限り）

👉 https://googleone-plan.example.jp/upgrade?offer=jp250

お支払い情報を入力するだけで、すぐに容量が追加されます。

Google One チーム
""")

add("spam/webmail-phish-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-10-07 11:39:24",
    sender=("mizunara-sys.example メール管理者", "postmaster@mizunara-sys.example"),
    to=[(None, "a.kagawa@mizunara-sys.example")],
    subject="メールアカウントのパスワード有効期限のお知らせ",
    via=("vps88.example.net", "vps88.example.net", "198.51.100.88"),
    ret="bounce-a7@vps88.example.net",
    qsubj=True,
    text="""\
a.kagawa@mizunara-sys.example 様

ご利用中のメールアカウントのパスワードは、2025年10月8日に有効期限を
迎えます。

引き続き同じパスワードを使用するには、下記のリンクから手続きを
行ってください。手続きを行わない場合、メールの送受信が停止されます。

https://mizunara-sys.webmail-portal.test/owa/keep-password?u=a.kagawa

このメッセージはメールサーバーから自動送信されています。
mizunara-sys.example メールシステム管理
""",
    html="""\
<html><body style="font-family:Segoe UI,Meiryo,sans-serif;font-size:14px">
<p>a.kagawa@mizunara-sys.example 様</p>
<p>ご利用中のメールアカウントのパスワードは、2025年10月8日に有効期限を迎えます。</p>
<p>引き続き同じパスワードを使用するには、下記のボタンから手続きを行ってください。<br>
手続きを行わない場合、メールの送受信が停止されます。</p>
<p><a href="https://mizunara-sys.webmail-portal.test/owa/keep-password?u=a.kagawa"
 style="background:#0078d4;color:#fff;padding:10px 24px;text-decoration:none">同じパスワードを使用する</a></p>
<p style="color:#777;font-size:12px">このメッセージはメールサーバーから自動送信されています。<br>
mizunara-sys.example メールシステム管理</p>
</body></html>
""")

add("spam/bec-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-02-13 14:07:31",
    sender=("大森 隆", "tsubame.oomori.office@mail.example.com"),
    to=[(None, "keiri@tsubame-shoji.example.co.jp")],
    subject="至急のお願い",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.84"),
    client=("[203.0.113.143]", "203.0.113.143"),
    text="""\
お疲れ様です。大森です。

今、社内にいますか？
先方との打ち合わせ中で電話に出られないため、メールで失礼します。

本日中に対応してもらいたい件があります。
現在進めている案件で、取引先への支払いを急ぎで行う必要があります。
この件は社外秘で、まだ社内の他のメンバーには共有していません。

ネットバンキングで本日中に振込できるか、確認して返信してください。
詳細は返信をもらってから連絡します。

大森
""")

add("spam/bec-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-29 10:26:48",
    sender=("ミナト精工 経理部", "keiri@minato-seik0.example.co.jp"),
    to=[(None, "keiri@tsubame-shoji.example.co.jp")],
    subject="お振込先口座変更のお願い",
    via=("mail.minato-seik0.example.co.jp", "unknown", "192.0.2.240"),
    client=("[198.51.100.247]", "198.51.100.247"),
    headers=[("Reply-To", "minato.keiri.dept@mail.example.com")],
    text="""\
燕商事株式会社
経理ご担当者様

平素より大変お世話になっております。
株式会社ミナト精工　経理部でございます。

このたび、弊社メインバンクの変更に伴い、お振込先口座を変更させていただく
こととなりました。
誠に恐れ入りますが、8月末日お支払い分より、下記口座へお振込みくださいます
ようお願い申し上げます。

　銀行名：あさひの銀行
　支店名：本店営業部
　口座種別：普通
　口座番号：０００７７３１
　口座名義：カ）ミナトセイコウ

なお、旧口座は現在監査中のため、ご入金いただいても反映までにお時間を
いただく場合がございます。
変更後の口座情報につきましては、本メールへの返信にてご確認のご連絡を
いただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

株式会社ミナト精工
経理部　石井
""")

add("spam/bec-03.eml",
    charset="utf-8", cte="8bit", date="2025-08-20 16:12:05",
    sender=("小野寺 真一", "onodera@kumano-prints.example"),
    to=[("白樺デザイン 経理ご担当者様", "office@shirakaba.test")],
    subject="Re: 7月分ご請求書の件",
    via=("kumano-prints.example", "kumano-prints.example", "203.0.113.250"),
    client=("[192.0.2.231]", "192.0.2.231"),
    headers=[("In-Reply-To", "<20250805101233.4c1a@kumano-print.example>")],
    text="""\
白樺デザイン
経理ご担当者様

いつもお世話になっております。熊野印刷の小野寺です。

先日お送りしました7月分のご請求書ですが、
弊社の口座変更に伴い、振込先を修正したものを再発行いたしました。
添付の請求書にてお手続きいただけますでしょうか。

なお、以前の口座は現在ご利用いただけませんので、
すでにお手続き済みの場合はご一報ください。

恐れ入りますが、本日中にご対応いただけますと幸いです。

熊野印刷株式会社
営業部　小野寺 真一

> 7月分のご請求書を添付にてお送りいたします。
> ご査収のほどよろしくお願いいたします。
""",
    attach=[("請求書_2025年7月分_再発行.pdf", "application/pdf", "pdf")], fname="rfc2231")

add("spam/fake-invoice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-09-12 08:41:17",
    sender=("岡田 直樹", "okada@hinode-kenzai.example.co.jp"),
    to=[(None, "info@shirakaba.test")],
    subject="請求書送付のお知らせ（No.2025-0912）",
    via=("mail.hinode-kenzai.example.co.jp", "mail.hinode-kenzai.example.co.jp", "203.0.113.132"),
    client=("[198.51.100.196]", "198.51.100.196"),
    text="""\
お世話になっております。
日の出建材の岡田です。

請求書を送付いたします。
ご確認のほど、よろしくお願いいたします。

添付ファイルはパスワード付きZIPになっております。
パスワードは別途メールにてお送りいたします。

────────────
日の出建材株式会社
岡田 直樹
────────────
""",
    attach=[("請求書_20250912.zip", "application/zip", "zip")], fname="word")

add("spam/fake-invoice-02.eml",
    charset="utf-8", cte="base64", date="2025-11-11 13:55:02",
    sender=("DocShare 通知", "no-reply@docs-share.example.org"),
    to=[(None, "a.kagawa@mizunara-sys.example")],
    subject="支払通知書が共有されました: 2025年10月分",
    via=("docs-share.example.org", "docs-share.example.org", "198.51.100.37"),
    text="""\
経理部 があなたとファイルを共有しました。

　支払通知書_2025年10月分.pdf

「支払通知書の内容をご確認のうえ、相違がなければ11月14日までに
ご返信をお願いします。」

ファイルを開く
https://docs-share.example.org/view/3f9b20ac?auth=mizunara-sys

このリンクは共有を受けたユーザーのみ使用できます。
""",
    html="""\
<html><body style="font-family:Arial,sans-serif">
<table style="max-width:560px;border:1px solid #ddd;padding:16px">
<tr><td><p><b>経理部</b> があなたとファイルを共有しました。</p>
<p style="border:1px solid #eee;padding:10px">📄 支払通知書_2025年10月分.pdf</p>
<p>「支払通知書の内容をご確認のうえ、相違がなければ11月14日までにご返信をお願いします。」</p>
<p><a href="https://docs-share.example.org/view/3f9b20ac?auth=mizunara-sys"
 style="background:#1a73e8;color:#fff;padding:8px 20px;text-decoration:none">ファイルを開く</a></p>
<p style="font-size:11px;color:#888">このリンクは共有を受けたユーザーのみ使用できます。</p>
</td></tr></table>
</body></html>
""")

add("spam/kakuu-seikyu-01.eml",
    charset="euc-jp", cte="8bit", date="2025-01-16 09:31:48",
    sender=("民事訴訟管理センター", "info@soshou-center.example.jp"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【最終通告】有料動画サイト利用料金未納について",
    via=("soshou-center.example.jp", "unknown", "203.0.113.168"),
    text="""\
【訴訟最終通告のお知らせ】

この度、ご通知致しましたのは、貴方の利用されていた端末から以前ご登録
頂いた「有料動画サイト」から利用料金の未納が発生しており、
契約会社から民事訴訟として訴状が提出されましたことをご通知致します。

管轄裁判所から訴状が届いた場合、裁判所への出頭命令が下された後、
延滞金及び訴訟費用を請求されることになります。

取下げ・ご相談につきましては、当局までご連絡下さい。

　民事訴訟管理センター
　電話：03-0000-4471
　受付時間：9:00〜18:00（土日祝除く）
　取下げ最終期限：本日1月16日（木）17時まで
　お客様管理番号：ＵＪ０４８２１

※個人情報保護のため、お電話にてご本人様確認をさせて頂きます。
""")

add("spam/sextortion-01.eml",
    charset="utf-8", cte="8bit", date="2025-05-27 01:49:33",
    sender=(None, "r-fujii@mb.example.ne.jp"),
    to=[(None, "r-fujii@mb.example.ne.jp")],
    subject="あなたのアカウントはハッキングされました",
    via=("mail.example.org", "unknown", "192.0.2.19"),
    ret="r-fujii@mb.example.ne.jp",
    text="""\
こんにちは。

お気づきかもしれませんが、このメールはあなた自身のアカウントから
送信されています。つまり、私はあなたのデバイスに完全にアクセスできます。

数か月前、あなたがアダルトサイトを閲覧した際に、あなたの端末に
マルウェアを仕込みました。それ以来、カメラとマイク、連絡先、
メッセージの履歴はすべて私の手元にあります。

あなたが何を見ながら何をしていたか、その映像も録画してあります。
画面と顔を並べた動画を、あなたの連絡先すべてに送ることもできます。

それを望まないなら、1,500米ドル相当のビットコインを以下のアドレスに
送ってください。

BTC: bc1qoib7x3k9m2l8rwz5t0dyb4ifo6u2q8e7m3kbi

このメールを開いた時点で通知が届きます。48時間以内に支払いが
確認できなければ、動画を公開します。支払いが確認できれば、
データはすべて削除し、二度と連絡しません。

警察に相談しても無駄です。私を追跡することはできません。
""")

add("spam/romance-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-04-09 22:16:40",
    sender=("Lin Meiling", "lin.meiling88@example.net"),
    to=[(None, "kenta_m@home.example.net")],
    subject="はじめまして、突然のメール失礼します",
    via=("smtp-relay.example.net", "smtp-relay.example.net", "198.51.100.3"),
    client=("[203.0.113.49]", "203.0.113.49"),
    qsubj=True,
    text="""\
はじめまして。突然のメールでごめんなさい。

私はリンと申します。台湾出身で、今はシンガポールの貿易会社で
働いています。日本には大学の時に2年間住んでいたので、日本語は
少しだけ話せます。

以前、日本の友人にこのアドレスを教えてもらったのですが、
間違っていたらごめんなさい。もし違っていたら、それもご縁だと思って、
少しお話しできたら嬉しいです。

最近は仕事ばかりで、日本にいた頃の楽しい思い出をよく思い出します。
京都の紅葉と、大阪のたこ焼きが大好きでした。

もしよかったら、LINEでお話ししませんか？
ID：lin_mei0888

お返事待っています。
リン
""")

add("spam/invest-01.eml",
    charset="utf-8", cte="base64", date="2025-02-06 19:25:13",
    sender=("斉木隆一 投資研究会", "club@line-invest-club.example"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="【無料招待】元ファンドマネージャーが選ぶ今月の注目3銘柄",
    via=("line-invest-club.example", "unknown", "203.0.113.213"),
    text="""\
こんにちは、投資研究会事務局です。

元外資系ファンドマネージャーの斉木隆一が、新NISAで今から仕込むべき
「今月の注目3銘柄」を無料で公開しています。

昨年の推奨銘柄の平均上昇率は＋187％。
参加者の9割以上が利益を出しています。

▼LINEの友だち追加で、今すぐ無料で受け取れます
https://line-invest-club.example/join?src=mail0206

※本日23:59で募集を締め切ります。
※定員500名に達し次第、受付終了となります。

投資研究会事務局
""",
    html="""\
<html><body style="font-family:sans-serif;text-align:center">
<p style="font-size:20px;color:#c00;font-weight:bold">【無料招待】今月の注目3銘柄を公開中</p>
<p>元外資系ファンドマネージャーの斉木隆一が、<br>新NISAで今から仕込むべき「今月の注目3銘柄」を無料で公開しています。</p>
<p style="font-size:28px;color:#e60;font-weight:bold">平均上昇率 ＋187％</p>
<p>参加者の9割以上が利益を出しています。</p>
<p><a href="https://line-invest-club.example/join?src=mail0206"
 style="background:#06c755;color:#fff;padding:14px 40px;font-size:18px;text-decoration:none;border-radius:30px">LINEで友だち追加</a></p>
<p style="font-size:12px">※本日23:59で募集を締め切ります。定員500名に達し次第、受付終了となります。</p>
</body></html>
""")

add("spam/invest-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-06-10 12:44:06",
    sender=("コインAIラボ", "info@coin-ai-labo.test"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="ビットコインAI自動売買で月利30％　元本保証キャンペーン",
    via=("coin-ai-labo.test", "coin-ai-labo.test", "198.51.100.166"),
    headers=[("Reply-To", "coinai.support@mail.example.com")],
    text="""\
突然のご連絡失礼いたします。
コインAIラボ運営事務局です。

当社が開発したAI自動売買システム「CoinMaster AI」は、
ビットコインの値動きを24時間監視し、自動で売買を行います。

・平均月利30％の実績
・専門知識は一切不要、スマホで放置するだけ
・今なら元本保証キャンペーン実施中

10万円からスタートでき、最短で翌日から利益が出ます。

ご興味のある方は、以下の専用フォームからお申し込みください。
https://form.example.com/f/coinai-entry

※先着100名様限定です。

コインAIラボ運営事務局
""")

add("spam/invest-03.eml",
    charset="shift_jis", cte="8bit", date="2025-10-21 21:10:55",
    sender=("FX自動売買研究所", "support@fx-ea-kenkyu.example.com"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="【残り3名】ＦＸ自動売買ＥＡ　無料モニター募集",
    via=("fx-ea-kenkyu.example.com", "p2207-ipoe.example.ne.jp", "203.0.113.207"),
    text="""\
ＦＸ自動売買研究所です。

当研究所で開発した自動売買ＥＡ「ﾄﾞﾗｺﾞﾝｽｷｬﾙ」の
無料モニターを【残り３名】募集しています。

★過去３年間の月利平均１５％
★ﾄﾞﾛｰﾀﾞｳﾝ最大５％以下
★ﾊﾟｿｺﾝ不要、ｽﾏﾎで完結

モニター期間中に出た利益は、すべてあなたのものです。
口座開設のサポートも無料で行います。

▼モニター応募はこちら
https://fx-ea-kenkyu.example.com/monitor/

※応募多数の場合は締め切らせていただきます。
──────────────
FX自動売買研究所
配信停止：https://fx-ea-kenkyu.example.com/stop/
""")

add("spam/fukugyo-01.eml",
    charset="utf-8", cte="8bit", date="2025-03-18 20:03:37",
    sender=("ミサキ｜副業サポート", "misaki@fukugyo-start.example.jp"),
    to=[(None, "s2410388@stu.example.ac.jp")],
    subject="スマホ1台で月収50万円💰1日10分のカンタン作業",
    via=("fukugyo-start.example.jp", "fukugyo-start.example.jp", "192.0.2.55"),
    text="""\
こんにちは！ミサキです😊

突然ですが、今の収入に満足していますか？

わたしは普通のOLでしたが、スマホでできる副業を始めて
3か月で月収50万円を超えました✨

やることは、指定された商品をSNSでシェアするだけ。
1日10分、スキマ時間でOKです！

▼詳しい方法はこちらで無料公開中
https://fukugyo-start.example.jp/lp/misaki

今だけ、登録特典として3,000円分の報酬をプレゼント🎁
このチャンスを見逃さないでくださいね！

ミサキ
""",
    html="""\
<html><body style="font-family:sans-serif;background:#fff8f0">
<div style="max-width:480px;margin:0 auto;padding:16px">
<p>こんにちは！ミサキです😊</p>
<p>突然ですが、今の収入に満足していますか？</p>
<p>わたしは普通のOLでしたが、スマホでできる副業を始めて<br>
<span style="font-size:22px;color:#e4007f;font-weight:bold">3か月で月収50万円</span>を超えました✨</p>
<p>やることは、指定された商品をSNSでシェアするだけ。<br>1日10分、スキマ時間でOKです！</p>
<p style="text-align:center"><a href="https://fukugyo-start.example.jp/lp/misaki"
 style="background:#ff6f00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:24px">無料で方法を見る</a></p>
<p>今だけ、登録特典として<b>3,000円分の報酬</b>をプレゼント🎁</p>
</div></body></html>
""")

add("spam/fukugyo-02.eml",
    charset="utf-8", cte="base64", date="2025-08-12 00:37:29",
    sender=(None, "yoshi.work55@mail.example.com"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【高額案件】即日10万円　簡単な書類運び",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.85"),
    client=("[192.0.2.208]", "192.0.2.208"),
    text="""\
急募です。

・書類や荷物を指定の場所に運ぶだけ
・1件 5〜10万円、即日現金払い
・車なしOK、未経験OK
・面接なし、身分証の写真だけ送ってもらえれば即採用

詳細はテレグラムで連絡ください。
ID：@hakobi_job000

※本気の人だけ。冷やかしはやめてください。
""")

add("spam/fake-shop-01.eml",
    charset="shift_jis", cte="8bit", date="2025-11-25 10:18:44",
    sender=("ブランドアウトレット公式", "shop@brand-outlet-japan.example.net"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="【在庫一掃】人気ブランドバッグ・財布　最大８５％ＯＦＦ",
    via=("brand-outlet-japan.example.net", "unknown", "203.0.113.31"),
    text="""\
いつもご愛顧いただきありがとうございます。
ﾌﾞﾗﾝﾄﾞｱｳﾄﾚｯﾄ公式ｼｮｯﾌﾟです。

年末の在庫一掃ｾｰﾙを開催中！
人気ブランドのバッグ・財布・時計が最大８５％ＯＦＦ。

　ショルダーバッグ　定価２８０，０００円 → ４２，０００円
　長財布　　　　　　定価９８，０００円　→ １４，８００円
　腕時計　　　　　　定価６５０，０００円 → ９７，５００円

全商品正規品保証・送料無料。
※お支払いは銀行振込のみとなります。

▼ショップはこちら
https://brand-outlet-japan.example.net/sale/

在庫がなくなり次第終了です。お早めに！
""")

add("spam/supplement-01.eml",
    charset="euc-jp", cte="8bit", date="2025-05-06 14:52:18",
    sender=("スリムラボ", "info@slim-labo.example.org"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="飲むだけでマイナス12kg！話題の燃焼サプリが今なら初回980円",
    via=("slim-labo.example.org", "unknown", "198.51.100.211"),
    headers=[("Reply-To", "support@slim-labo.test")],
    text="""\
運動なし・食事制限なしで、1か月でマイナス12kg！

今SNSで話題の燃焼系サプリメント「スリムバーンEX」。
寝ている間も脂肪を燃やし続ける特許成分を配合しています。

★モニター満足度98％
★芸能人も愛用中
★初回限定 980円（税込・送料無料）

▼ご注文はこちら
https://slim-labo.example.org/lp/slimburn?ad=mail05

※効果を実感できなかった場合は全額返金いたします。
※2回目以降は通常価格 7,980円でお届けします。
""")

add("spam/supplement-02.eml",
    charset="utf-8", cte="quoted-printable", date="2025-09-16 23:27:51",
    sender=("メンズクリニック・ダイレクト", "order@men-clinic-direct.test"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="処方箋不要　ED治療薬ジェネリックを最安値で",
    via=("men-clinic-direct.test", "203-0-113-79.dyn.example.jp", "203.0.113.79"),
    qsubj=True,
    text="""\
男性の悩み、誰にも知られずに解決しませんか？

海外正規品のED治療薬ジェネリックを、処方箋なしでお届けします。

・病院に行く必要なし
・中身のわからない梱包でお届け
・まとめ買いで1錠あたり150円〜

ご注文は24時間受付中です。
https://men-clinic-direct.test/shop/?id=ed-gen

※個人輸入代行となります。
""")

add("spam/dating-01.eml",
    charset="utf-8", cte="8bit", date="2025-07-02 22:55:06",
    sender=("まりえ", "s2231047@stu.example.ac.jp"),
    to=[(None, "kenta_m@home.example.net")],
    subject="今夜、会えませんか？",
    via=("mail.stu.example.ac.jp", "mail.stu.example.ac.jp", "198.51.100.201"),
    client=("[198.51.100.9]", "198.51.100.9"),
    text="""\
突然ごめんなさい、まりえです。
プロフィールを見て、どうしても連絡したくなりました。

35歳の既婚です。主人とはもう何年もそういう関係がなくて……
寂しい夜が続いています。

秘密を守れる人となら、今夜でも会いたいです。
写真も載せているので、よかったら見てください。

https://himitsu-deai.example.com/p/marie35

返事、待ってます。
""",
    html="""\
<html><body style="background:#1a0010;color:#fff;font-family:sans-serif">
<div style="max-width:420px;margin:0 auto;padding:16px">
<p>突然ごめんなさい、まりえです。<br>プロフィールを見て、どうしても連絡したくなりました。</p>
<p>35歳の既婚です。主人とはもう何年もそういう関係がなくて……<br>寂しい夜が続いています。</p>
<p>秘密を守れる人となら、今夜でも会いたいです。</p>
<p><a href="https://himitsu-deai.example.com/p/marie35" style="color:#ff69b4">&gt;&gt; まりえの写真を見る</a></p>
<p>返事、待ってます。</p>
</div></body></html>
""")

add("spam/b2b-sales-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-01-09 10:05:27",
    sender=("Web集客支援センター", "sales@web-shukyaku.example.jp"),
    to=[(None, "info@shirakaba.test")],
    subject="御社ホームページの検索順位について（無料診断のご案内）",
    via=("web-shukyaku.example.jp", "web-shukyaku.example.jp", "192.0.2.137"),
    client=("[192.0.2.138]", "192.0.2.138"),
    headers=[("List-Unsubscribe", "<https://web-shukyaku.example.jp/unsubscribe?m=info>")],
    text="""\
ご担当者様

突然のご連絡失礼いたします。
Web集客支援センターの森と申します。

御社のホームページを拝見いたしました。
大変魅力的なサービスをお持ちですが、「デザイン事務所　地域名」などの
主要キーワードで検索上位に表示されておらず、機会損失が発生している
可能性がございます。

弊社では、現在無料でSEO診断を実施しております。
・競合他社との比較レポート
・改善すべきキーワードの洗い出し
・MEO（Googleマップ）対策のご提案

ご興味がございましたら、本メールにご返信いただくか、
下記フォームよりお申し込みください。
https://web-shukyaku.example.jp/shindan/

今後ご案内が不要な場合は、お手数ですが下記よりお手続きください。
https://web-shukyaku.example.jp/unsubscribe?m=info

Web集客支援センター　森
""")

add("spam/b2b-sales-02.eml",
    charset="shift_jis", cte="8bit", date="2025-04-17 09:12:36",
    sender=("法人名簿センター", "list@meibo-center.example.net"),
    to=[(None, "somu@tsubame-shoji.example.co.jp")],
    subject="最新版　法人リスト５０万件（メールアドレス付き）販売のご案内",
    via=("meibo-center.example.net", "unknown", "198.51.100.105"),
    text="""\
営業ご担当者様

法人名簿センターでございます。
２０２５年４月最新版の法人リストを販売しております。

■収録件数：全国５０万件
■収録項目：会社名・代表者名・住所・電話番号・ＦＡＸ番号・
　　　　　　メールアドレス・業種・従業員数
■形式：Excel（ＣＳＶ）
■価格：通常 ９８，０００円 → 今月限り ３９，８００円

業種別・地域別の抽出も承ります。
ＦＡＸＤＭ・メール配信代行のご相談もお気軽にどうぞ。

お申し込みは本メールへの返信で承ります。
配信停止をご希望の方は「停止」とご返信ください。

法人名簿センター
""")

add("spam/prize-01.eml",
    charset="utf-8", cte="base64", date="2025-10-02 12:30:19",
    sender=("プレゼント事務局", "campaign@present-campaign.test"),
    to=[(None, "r-fujii@mb.example.ne.jp")],
    subject="🎉【当選】iPhone 17 Pro ご当選のお知らせ",
    via=("present-campaign.test", "198-51-100-170.dyn.example.net", "198.51.100.170"),
    html="""\
<html><body style="font-family:sans-serif;text-align:center;background:#fffbe6">
<p style="font-size:28px">🎉おめでとうございます🎉</p>
<p>厳正なる抽選の結果、あなたが<br><b style="font-size:22px;color:#d00">「iPhone 17 Pro」</b><br>の当選者に選ばれました！</p>
<p>当選賞品の発送には、送料（550円）のお支払いが必要です。</p>
<p><a href="https://present-campaign.test/winner/entry?no=A77310"
 style="background:#d00;color:#fff;padding:14px 40px;text-decoration:none;font-size:18px">賞品を受け取る</a></p>
<p>⏰ 受付期限：本日23:59まで</p>
</body></html>
""")

add("spam/tech-support-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-12-09 15:42:08",
    sender=("Windows セキュリティセンター", "alert@windows-defender-support.example.com"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【警告】お使いのパソコンでウイルスが検出されました",
    via=("windows-defender-support.example.com", "windows-defender-support.example.com", "192.0.2.250"),
    text="""\
【重要なセキュリティ警告】

お使いのパソコンで、トロイの木馬型ウイルス（Trojan:Win32/Emotet）が
検出されました。

このウイルスにより、以下の情報が外部に送信されている可能性があります。
　・ネットバンキングのログイン情報
　・クレジットカード情報
　・メールアカウントのパスワード

直ちにパソコンの電源を切らずに、下記のサポート窓口へお電話ください。
専門の技術者が遠隔操作でウイルスを駆除いたします。

　Microsoft 公式テクニカルサポート
　050-0000-7219（24時間対応・通話無料）

※ご自身で対処しようとすると、データが破損するおそれがあります。
""")

add("spam/qr-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-12-16 08:03:45",
    sender=("ITサポートデスク", "it-support@mfa-reset.example.org"),
    to=[(None, "s.nishida@tsubame-shoji.example.co.jp")],
    subject="【対応必須】多要素認証（MFA）の再設定について",
    via=("mfa-reset.example.org", "mfa-reset.example.org", "203.0.113.227"),
    text="""\
各位

セキュリティポリシーの更新に伴い、全社員の多要素認証（MFA）の
再設定をお願いしております。

添付のPDFに記載されているQRコードを、お手持ちのスマートフォンの
カメラで読み取り、表示された画面の案内に従って再設定を行ってください。

※パソコンからは手続きできません。必ずスマートフォンで読み取ってください。
※12月19日までに再設定が完了していない場合、社内システムへの
　アクセスができなくなります。

ITサポートデスク
""",
    attach=[("MFA再設定手順.pdf", "application/pdf", "pdf")], fname="rfc2231-only")

add("spam/loan-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-03-27 11:58:02",
    sender=("融資ナビ", "info@yuushi-navi.example.co.jp"),
    to=[(None, "kenta_m@home.example.net")],
    subject="即日融資・審査なし　他社借入がある方もご相談ください",
    via=("yuushi-navi.example.co.jp", "198-51-100-66.pool.example.net", "198.51.100.66"),
    headers=[("Reply-To", "yuushi.soudan@example.ne.jp")],
    text="""\
お金のことでお困りではありませんか？

融資ナビでは、他社でお断りされた方にも柔軟に対応しております。

　◆最短30分で即日融資
　◆審査なし・保証人不要
　◆他社借入5件以上でもOK
　◆ご融資額：1万円〜500万円

お申し込みは、お名前・ご希望金額・ご連絡先を本メールに返信するだけ。
担当者よりすぐにご連絡いたします。

※ご融資にあたり、保証料として事前にご融資額の1割をお振込みいただきます。

融資ナビ　お客様相談窓口
""")


# ===========================================================================
# ham
# ===========================================================================

add("ham/bank-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-02-10 21:04:37",
    sender=("ほしぞら銀行", "notice@mail.hoshizora-bank.example"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【ほしぞら銀行】新しい端末からのログインがありました",
    via=("mo03.mail.hoshizora-bank.example", "mo03.mail.hoshizora-bank.example", "203.0.113.35"),
    ret="bounce+n8812@mail.hoshizora-bank.example",
    text="""\
青山 浩之 様

いつもほしぞら銀行をご利用いただき、ありがとうございます。
お客さまのインターネットバンキングに、これまでと異なる端末から
ログインがありましたのでお知らせします。

　ログイン日時：2025年2月10日（月）21:03
　端末：iPhone（ほしぞら銀行アプリ）

お客さまご自身によるログインであれば、このメールへの対応は不要です。

お心当たりがない場合は、アプリまたは当行ウェブサイト（ブックマーク等から
アクセスしてください）にログインし、パスワードを変更のうえ、
下記までご連絡ください。

　ほしぞら銀行 不正利用受付ダイヤル
　0120-000-812（24時間・年中無休）

当行がメールやSMSで、暗証番号やワンタイムパスワードの入力を
お願いすることはありません。
このメールにはログイン用のリンクを記載しておりません。

当行ウェブサイト　https://www.hoshizora-bank.example/
――――――――――――――――――――
株式会社ほしぞら銀行
本メールは送信専用アドレスからお送りしています。
""")

add("ham/bank-notice-02.eml",
    charset="shift_jis", cte="8bit", date="2025-05-30 10:42:15",
    sender=("さざなみ信用金庫", "info@sazanami-shinkin.example.co.jp"),
    to=[(None, "keiri@tsubame-shoji.example.co.jp")],
    subject="【さざなみ信金ビジネスWeb】振込受付のお知らせ",
    via=("mail02.sazanami-shinkin.example.co.jp", "mail02.sazanami-shinkin.example.co.jp", "192.0.2.82"),
    text="""\
燕商事（株）　様

さざなみ信金ビジネスWebをご利用いただき、ありがとうございます。
以下のお振込を受け付けました。

　受付番号：20250530-000418
　受付日時：2025年05月30日 10:41
　振込指定日：2025年05月30日（金）
　出金口座：本店　当座　0001125
　振込先：みずなら銀行　中央支店　普通　0004417
　受取人名：ｼﾗｶﾊﾞﾃﾞｻﾞｲﾝ(ｶ
　振込金額：　　　　　　　 　 385,000円
　振込手数料：　　　　　　 　　　 440円

※振込先の口座情報に誤りがある場合、組戻しのお手続きが必要となります。
※本メールは送信専用です。お問い合わせは、お取引店までお願いいたします。

さざなみ信用金庫
""")

add("ham/bank-notice-03.eml",
    charset="utf-8", cte="quoted-printable", date="2025-06-16 09:30:00",
    sender=("あおば銀行", "kakunin@aoba-bank.example.jp"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="【あおば銀行】お客さま情報・お取引目的等のご確認のお願い",
    via=("smtp-o1.aoba-bank.example.jp", "smtp-o1.aoba-bank.example.jp", "198.51.100.117"),
    ret="return@aoba-bank.example.jp",
    qsubj=True,
    headers=[("List-Unsubscribe", "<mailto:unsubscribe@aoba-bank.example.jp?subject=unsubscribe>")],
    text="""\
田辺 美香 様

いつもあおば銀行をご利用いただき、誠にありがとうございます。

当行では、犯罪による収益の移転防止に関する法律に基づき、
お客さまの情報やお取引の目的等を定期的に確認させていただいております。
お手数をおかけしますが、あおば銀行アプリからご回答をお願いいたします。

　回答期限：2025年7月31日（木）
　回答方法：あおば銀行アプリ ＞ メニュー ＞ お客さま情報の確認

アプリをお使いでない方には、7月上旬に回答用紙を郵送いたします。
郵送でご回答いただく場合は、同封の返信用封筒をご利用ください。

【ご注意ください】
当行を装ったメール・SMSで、偽サイトに誘導し、暗証番号や
ワンタイムパスワードを入力させる事例が確認されています。
このメールに回答用のリンクは記載しておりません。
当行がメールでキャッシュカードの暗証番号をお尋ねすることはありません。

ご回答方法の詳細（当行ウェブサイト）
https://www.aoba-bank.example.jp/kakunin/

あおば銀行　お客さま情報確認センター
0120-000-355（平日9:00〜17:00）
""",
    html="""\
<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#222">
<div style="max-width:600px;margin:0 auto">
<div style="border-bottom:4px solid #2e8b57;padding:8px 0;font-size:18px;color:#2e8b57;font-weight:bold">あおば銀行</div>
<p>田辺 美香 様</p>
<p>いつもあおば銀行をご利用いただき、誠にありがとうございます。</p>
<p>当行では、犯罪による収益の移転防止に関する法律に基づき、お客さまの情報やお取引の目的等を定期的に確認させていただいております。
お手数をおかけしますが、あおば銀行アプリからご回答をお願いいたします。</p>
<table style="border-collapse:collapse">
<tr><td style="border:1px solid #ccc;padding:6px;background:#f3f8f5">回答期限</td><td style="border:1px solid #ccc;padding:6px">2025年7月31日（木）</td></tr>
<tr><td style="border:1px solid #ccc;padding:6px;background:#f3f8f5">回答方法</td><td style="border:1px solid #ccc;padding:6px">あおば銀行アプリ ＞ メニュー ＞ お客さま情報の確認</td></tr>
</table>
<p>アプリをお使いでない方には、7月上旬に回答用紙を郵送いたします。郵送でご回答いただく場合は、同封の返信用封筒をご利用ください。</p>
<div style="border:1px solid #d33;padding:8px;color:#a00">
<b>【ご注意ください】</b><br>
当行を装ったメール・SMSで、偽サイトに誘導し、暗証番号やワンタイムパスワードを入力させる事例が確認されています。
このメールに回答用のリンクは記載しておりません。当行がメールでキャッシュカードの暗証番号をお尋ねすることはありません。</div>
<p><a href="https://www.aoba-bank.example.jp/kakunin/">ご回答方法の詳細（当行ウェブサイト）</a></p>
<p style="font-size:12px;color:#555">あおば銀行　お客さま情報確認センター<br>0120-000-355（平日9:00〜17:00）</p>
</div></body></html>
""")

add("ham/card-notice-01.eml",
    charset="utf-8", cte="base64", date="2025-03-10 07:00:12",
    sender=("ひばりカード", "info@mail.hibari-card.test"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【ひばりカード】3月お支払い金額確定のお知らせ",
    via=("mta11.mail.hibari-card.test", "mta11.mail.hibari-card.test", "192.0.2.111"),
    ret="bnc-0310-77120@mail.hibari-card.test",
    headers=[("List-Unsubscribe", "<https://mail.hibari-card.test/unsub?u=77120>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    text="""\
青山 浩之 様

いつもひばりカードをご利用いただきありがとうございます。
3月のお支払い金額が確定しましたのでお知らせします。

　お支払い日：2025年3月27日（木）
　お支払い金額：52,316円
　お引き落とし口座：ほしぞら銀行 ****418

ご利用明細は、会員サイト「ひばりNet」でご確認いただけます。
https://www.hibari-card.test/net/meisai/

お支払い日の前日までに、口座へのご入金をお願いいたします。

※ひばりカードを装った不審なメールが確認されています。会員サイトへは、
　公式アプリまたはブックマークからアクセスしてください。

ひばりカード株式会社
配信停止：https://mail.hibari-card.test/unsub?u=77120
""",
    html="""\
<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#fff;font-family:sans-serif;font-size:14px">
<tr><td style="background:#3a6ea5;color:#fff;font-size:18px">ひばりカード</td></tr>
<tr><td>
<p>青山 浩之 様</p>
<p>いつもひばりカードをご利用いただきありがとうございます。<br>3月のお支払い金額が確定しましたのでお知らせします。</p>
<table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
<tr><td style="background:#eef3f9">お支払い日</td><td>2025年3月27日（木）</td></tr>
<tr><td style="background:#eef3f9">お支払い金額</td><td><b>52,316円</b></td></tr>
<tr><td style="background:#eef3f9">お引き落とし口座</td><td>ほしぞら銀行 ****418</td></tr>
</table>
<p><a href="https://www.hibari-card.test/net/meisai/">ご利用明細を確認する（ひばりNet）</a></p>
<p>お支払い日の前日までに、口座へのご入金をお願いいたします。</p>
<p style="font-size:12px;color:#666">※ひばりカードを装った不審なメールが確認されています。会員サイトへは、公式アプリまたはブックマークからアクセスしてください。</p>
<p style="font-size:12px;color:#666">ひばりカード株式会社　｜　<a href="https://mail.hibari-card.test/unsub?u=77120">配信停止</a></p>
</td></tr></table>
</td></tr></table>
</body></html>
""")

add("ham/card-notice-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-08-18 13:22:46",
    sender=("つばさカード", "security@tsubasa-card.example.net"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="【つばさカード】カードご利用内容確認のお願い",
    via=("out02.tsubasa-card.example.net", "out02.tsubasa-card.example.net", "203.0.113.52"),
    text="""\
田辺 美香 様

つばさカードをご利用いただき、ありがとうございます。

本日、お客さまのカード（末尾 3307）で、普段のご利用と傾向の異なる
お取引を確認したため、念のためカードのご利用を一時的に保留しております。

　ご利用日時：2025年8月18日 12:58
　ご利用先：海外加盟店（インターネット）
　ご利用金額：USD 412.00

お手数ですが、カード裏面に記載の電話番号、または下記のセキュリティ
デスクまでお電話ください。ご本人さまのご利用と確認できましたら、
すぐに保留を解除いたします。

　つばさカード セキュリティデスク
　0120-000-966（24時間受付）

※このメールに返信いただいてもお答えできません。
※当社からメールでカード番号や暗証番号、セキュリティコードを
　お尋ねすることはございません。
※このメールにはURLを記載しておりません。

つばさカード株式会社
""")

add("ham/card-notice-03.eml",
    charset="utf-8", cte="8bit", date="2025-09-29 10:15:33",
    sender=("やまびこカード", "info@yamabiko-card.example.com"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【やまびこカード】口座振替ができませんでした（お支払いのお願い）",
    via=("mailout.yamabiko-card.example.com", "mailout.yamabiko-card.example.com", "198.51.100.140"),
    ret="err-20250929@yamabiko-card.example.com",
    text="""\
松田 健太 様

やまびこカードをご利用いただきありがとうございます。

9月29日（月）のお支払い分について、ご指定の口座から
お引き落としができませんでした。

　ご請求金額：31,870円

お手数ですが、以下のいずれかの方法でお支払いをお願いいたします。

1. 再振替（10月10日（金）に同じ口座から再度お引き落とし）
   前日までに口座へのご入金をお願いします。お手続きは不要です。
2. 会員サイト「やまびこWeb」からのお支払い（ペイジー・コンビニ）
   https://web.yamabiko-card.example.com/pay/

再振替日までにお支払いが確認できない場合、カードのご利用を一時的に
停止させていただくことがございます。

すでにお支払いいただいている場合は、行き違いをご容赦ください。

やまびこカード株式会社　お支払い相談窓口
0120-000-377（平日9:30〜17:30）
""")

add("ham/securities-notice-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-04-21 17:30:04",
    sender=("はやぶさ証券", "info@hayabusa-sec.example"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【重要】ログイン時の追加認証（パスキー）必須化のお知らせ",
    via=("smtp.hayabusa-sec.example", "smtp.hayabusa-sec.example", "192.0.2.98"),
    ret="bounce@hayabusa-sec.example",
    qsubj=True, qname=True,
    text="""\
お客様各位

平素ははやぶさ証券をご利用いただき、誠にありがとうございます。

昨今、証券会社を装ったフィッシングサイトで窃取されたIDとパスワードを
使い、お客様の口座で第三者が株式を売買する被害が業界全体で
多発しております。

これを受け、当社では2025年5月17日（土）より、ウェブサイトへの
ログイン時に追加認証（パスキーまたはメールによる認証コード）を
必須といたします。

■お客様にお願いしたいこと
・お早めに、会員サイトの「セキュリティ設定」からパスキーを
　登録してください。
・当社からのメールに記載のリンクからログインしないでください。
　公式アプリ、またはブックマークした当社ウェブサイトをご利用ください。

■設定方法（当社ウェブサイトのお知らせ）
https://www.hayabusa-sec.example/info/2025/0421.html

ご不明な点は、カスタマーサポート（0120-000-246）までお問い合わせください。

はやぶさ証券株式会社
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;line-height:1.6">
<div style="max-width:620px;margin:0 auto">
<p style="font-size:16px;font-weight:bold;border-left:6px solid #1f3c88;padding-left:8px">ログイン時の追加認証（パスキー）必須化のお知らせ</p>
<p>お客様各位</p>
<p>平素ははやぶさ証券をご利用いただき、誠にありがとうございます。</p>
<p>昨今、証券会社を装ったフィッシングサイトで窃取されたIDとパスワードを使い、お客様の口座で第三者が株式を売買する被害が業界全体で多発しております。</p>
<p>これを受け、当社では<b>2025年5月17日（土）</b>より、ウェブサイトへのログイン時に追加認証（パスキーまたはメールによる認証コード）を必須といたします。</p>
<p><b>■お客様にお願いしたいこと</b><br>
・お早めに、会員サイトの「セキュリティ設定」からパスキーを登録してください。<br>
・当社からのメールに記載のリンクからログインしないでください。公式アプリ、またはブックマークした当社ウェブサイトをご利用ください。</p>
<p><a href="https://www.hayabusa-sec.example/info/2025/0421.html">■設定方法（当社ウェブサイトのお知らせ）</a></p>
<p>ご不明な点は、カスタマーサポート（0120-000-246）までお問い合わせください。</p>
<p>はやぶさ証券株式会社</p>
</div></body></html>
""")

add("ham/securities-notice-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-07 18:05:26",
    sender=("こだま証券", "report@kodama-sec.example.co.jp"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【こだま証券】電子交付書面のお知らせ",
    via=("mail.kodama-sec.example.co.jp", "mail.kodama-sec.example.co.jp", "198.51.100.46"),
    text="""\
青山 浩之 様

いつもこだま証券をご利用いただきありがとうございます。

以下の書面を電子交付いたしましたので、お知らせいたします。

　書面名：取引報告書
　交付日：2025年7月7日（月）
　対象のお取引：国内株式 買付（約定日 7月7日）

書面は、こだま証券ウェブサイトにログイン後、「電子交付書面」の
画面でご確認いただけます。
交付された書面は、交付日から5年間閲覧いただけます。

※このメールは、電子交付サービスにお申し込みのお客様に
　自動でお送りしています。
※本メールに取引内容の詳細は記載しておりません。

こだま証券株式会社
https://www.kodama-sec.example.co.jp/
""")

add("ham/otp-01.eml",
    charset="utf-8", cte="base64", date="2025-10-03 19:47:08",
    sender=("ほしぞら銀行", "otp@mail.hoshizora-bank.example"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【ほしぞら銀行】ワンタイムパスワードのお知らせ",
    via=("mo01.mail.hoshizora-bank.example", "mo01.mail.hoshizora-bank.example", "203.0.113.33"),
    ret="bounce+o2219@mail.hoshizora-bank.example",
    text="""\
ほしぞら銀行インターネットバンキングのワンタイムパスワードです。

　ワンタイムパスワード：482105
　有効期限：2025年10月3日 19:57

お取引画面に上記のワンタイムパスワードを入力してください。
このパスワードは、一度のお取引にのみ有効です。

※このパスワードを、電話やメールで他人に伝えないでください。
　当行の職員がワンタイムパスワードをお尋ねすることはありません。
※お取引をしていないのにこのメールが届いた場合は、
　不正利用受付ダイヤル（0120-000-812）までご連絡ください。

株式会社ほしぞら銀行
""")

add("ham/otp-02.eml",
    charset="utf-8", cte="8bit", date="2025-11-08 14:26:51",
    sender=("まるやま通販", "noreply@verify.maruyama-shop.invalid"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="【まるやま通販】メールアドレス確認コード",
    via=("ses-out4.maruyama-shop.invalid", "unknown", "203.0.113.61"),
    text="""\
まるやま通販をご利用いただきありがとうございます。

会員登録を続けるには、登録画面に以下の確認コードを入力してください。

　確認コード：７３９２０５

このコードの有効期限は10分間です。

このメールにお心当たりがない場合は、どなたかが誤ってあなたの
メールアドレスを入力した可能性があります。
その場合は、このメールを破棄してください。登録は完了しません。

――――――――――――
まるやま通販（株式会社丸山商店）
このメールは送信専用アドレスからお送りしています。
""")

add("ham/password-reset-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-01-30 23:12:40",
    sender=("ふみよむ電子書店", "support@fumiyomu.example.jp"),
    to=[(None, "r-fujii@mb.example.ne.jp")],
    subject="パスワード再設定のご案内",
    via=("mail.fumiyomu.example.jp", "unknown", "192.0.2.126"),
    qsubj=True,
    text="""\
ふみよむ電子書店をご利用いただきありがとうございます。

パスワード再設定のリクエストを受け付けました。
下記のURLから、新しいパスワードを設定してください。

https://www.fumiyomu.example.jp/account/reset?token=Qm9r-4f7e1a

※URLの有効期限は、本メール送信から30分です。
※期限が切れた場合は、お手数ですが再度お手続きをお願いします。

パスワードの再設定をリクエストしていない場合は、このメールを
破棄してください。パスワードは変更されません。

ふみよむ電子書店 サポートセンター
""")

add("ham/password-reset-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-04-01 09:14:22",
    sender=("燕商事 情報システム課", "sysadmin@tsubame-shoji.example.co.jp"),
    to=[(None, "s.nishida@tsubame-shoji.example.co.jp")],
    subject="【自動通知】パスワードが変更されました",
    via=("smtp.tsubame-shoji.example.co.jp", "smtp.tsubame-shoji.example.co.jp", "203.0.113.21"),
    client=("idm01.tsubame-shoji.example.co.jp", "203.0.113.24"),
    text="""\
西田 聡 さん

社内アカウント（s.nishida）のパスワードが変更されました。

　変更日時：2025年4月1日（火）09:13
　変更元：社内ネットワーク（本社3F）

ご自身で変更した場合は、対応不要です。

変更した覚えがない場合は、すぐに情報システム課（内線 2200）へ
連絡してください。
※情報システム課がメールでパスワードを尋ねることはありません。

燕商事株式会社　総務部　情報システム課
""")

add("ham/payment-failure-01.eml",
    charset="utf-8", cte="base64", date="2025-05-02 03:10:29",
    sender=("TaskNote", "billing@tasknote.example.com"),
    to=[(None, "office@shirakaba.test")],
    subject="【TaskNote】お支払いに失敗しました - カード情報の更新をお願いします",
    via=("mx-out-7.tasknote.example.com", "mx-out-7.tasknote.example.com", "198.51.100.162"),
    ret="bounces+4417@tasknote.example.com",
    text="""\
白樺デザイン 様

TaskNote チームプランの月額料金のお支払いに失敗しました。

　請求額：5,940円（税込）
　対象期間：2025年5月1日〜5月31日
　カード：VISA 末尾 0452（有効期限切れ）

サービスを継続してご利用いただくため、ワークスペースの管理画面で
お支払い方法を更新してください。
管理画面 ＞ 設定 ＞ お支払い
https://app.tasknote.example.com/settings/billing

5月12日（月）までにお支払いが完了しない場合、ワークスペースは
閲覧専用になります。データが削除されることはありません。

ご不明な点は、このメールに返信してお問い合わせください。

TaskNote サポート
""",
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;margin:24px auto">
<p style="font-size:18px;font-weight:bold">お支払いに失敗しました</p>
<p>白樺デザイン 様</p>
<p>TaskNote チームプランの月額料金のお支払いに失敗しました。</p>
<table cellpadding="4">
<tr><td style="color:#666">請求額</td><td>5,940円（税込）</td></tr>
<tr><td style="color:#666">対象期間</td><td>2025年5月1日〜5月31日</td></tr>
<tr><td style="color:#666">カード</td><td>VISA 末尾 0452（有効期限切れ）</td></tr>
</table>
<p>サービスを継続してご利用いただくため、ワークスペースの管理画面でお支払い方法を更新してください。</p>
<p><a href="https://app.tasknote.example.com/settings/billing" style="background:#5b5bd6;color:#fff;padding:10px 22px;text-decoration:none;border-radius:6px">お支払い方法を更新</a></p>
<p>5月12日（月）までにお支払いが完了しない場合、ワークスペースは閲覧専用になります。データが削除されることはありません。</p>
<p style="color:#666">ご不明な点は、このメールに返信してお問い合わせください。<br>TaskNote サポート</p>
</div></body></html>
""")

add("ham/payment-failure-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-08-01 06:30:18",
    sender=("シネマポケット", "info@cinepocket.test"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="【シネマポケット】月額料金のお支払いができませんでした",
    via=("mail1.cinepocket.test", "unknown", "192.0.2.151"),
    ret="bounce@cinepocket.test",
    text="""\
シネマポケットをご利用いただきありがとうございます。

8月分の月額料金（1,490円）について、ご登録のクレジットカードで
決済ができませんでした。カードの有効期限が切れている可能性があります。

アプリの「アカウント」＞「お支払い方法」から、カード情報を
更新してください。
更新後、自動的に決済を再度行います。

お支払いが確認できるまでの間も、8月8日までは引き続き動画を
ご覧いただけます。

解約をご希望の場合も、同じ画面からお手続きいただけます。

シネマポケット カスタマーサポート
https://help.cinepocket.test/
""")

add("ham/renewal-01.eml",
    charset="utf-8", cte="8bit", date="2025-06-02 11:00:05",
    sender=("ネームポート", "info@nameport.example.net"),
    to=[(None, "office@shirakaba.test")],
    subject="【ネームポート】ドメイン有効期限のお知らせ（shirakaba-design.example）",
    via=("notice.nameport.example.net", "notice.nameport.example.net", "203.0.113.150"),
    text="""\
白樺デザイン 御中

いつもネームポートをご利用いただきありがとうございます。
ご登録のドメインの有効期限が近づいておりますので、お知らせいたします。

　ドメイン名：shirakaba-design.example
　有効期限：2025年7月1日（火）
　自動更新：未設定
　更新料金：1,628円（税込・1年）

有効期限までに更新のお手続きがない場合、ドメインは失効し、
ウェブサイトやメールがご利用いただけなくなります。

更新は、コントロールパネルの「ドメイン一覧」から行えます。
https://cp.nameport.example.net/domain/list

※ネームポートを装い、「ドメインの支払いに失敗した」としてカード情報を
　入力させるメールが確認されています。ご不安な場合は、メール内の
　リンクを使わず、コントロールパネルへ直接ログインしてご確認ください。

ネームポート サポートデスク
""")

add("ham/renewal-02.eml",
    charset="shift_jis", cte="base64", date="2025-09-01 10:30:47",
    sender=("スポーツクラブ ミナモ", "member@minamo-sports.example.jp"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="年会費自動更新のご案内（スポーツクラブ ミナモ）",
    via=("mta03.haishin-service.example.net", "unknown", "198.51.100.194"),
    text="""\
田辺 美香 様

いつもスポーツクラブ ミナモをご利用いただきありがとうございます。

ご登録のメンバーシップは、１０月１日に自動更新されます。

　会員種別：ﾚｷﾞｭﾗｰ会員（全日）
　年会費：３，３００円（税込）
　お支払い：ご登録のクレジットカード（１０月分月会費と合わせて請求）

更新を希望されない場合は、９月２０日（土）までに、フロントまたは
会員マイページから退会・休会のお手続きをお願いします。
会員マイページ　https://my.minamo-sports.example.jp/

なお、１０月からスタジオプログラムに「ﾋﾟﾗﾃｨｽ入門」が加わります。
ぜひご参加ください。

スポーツクラブ ミナモ　フロント
ＴＥＬ　045-000-2817
""")

add("ham/delivery-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-03-14 15:48:20",
    sender=("そよかぜ運輸", "info@soyokaze-unyu.example.co.jp"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="【そよかぜ運輸】ご不在連絡（お荷物をお預かりしています）",
    via=("mail.soyokaze-unyu.example.co.jp", "mail.soyokaze-unyu.example.co.jp", "192.0.2.173"),
    text="""\
森川 由佳 様

そよかぜ運輸です。本日お荷物をお届けにあがりましたが、
ご不在のため持ち帰りました。

　お問い合わせ番号：4012-0000-8873
　ご依頼主：まるやま通販
　お預かり営業所：中町営業所

再配達のご依頼は、会員サービス「そよかぜメンバーズ」または
お電話で承ります。
https://www.soyokaze-unyu.example.co.jp/members/redelivery

　中町営業所　0120-000-561（8:00〜21:00）

お荷物の保管期限は3月21日（金）です。

※このメールは、そよかぜメンバーズにご登録のお客様にお送りしています。
※当社が再配達の手数料や関税をメールで請求することはありません。

そよかぜ運輸株式会社
""")

add("ham/delivery-notice-02.eml",
    charset="utf-8", cte="8bit", date="2025-12-05 18:20:39",
    sender=("はこぶね便", "notice@hakobune.test"),
    to=[(None, "r-fujii@mb.example.ne.jp")],
    subject="お荷物お届け予定のお知らせ【はこぶね便】",
    via=("smtp-notice.hakobune.test", "smtp-notice.hakobune.test", "198.51.100.181"),
    text="""\
藤井 涼 様

はこぶね便です。お客様宛のお荷物を、以下の日時にお届けする予定です。

　お届け予定日：12月6日（土）
　時間帯：14時〜16時
　伝票番号：7731-0000-2046
　ご依頼主：ｶ)ｷﾀﾉﾉｳｴﾝ
　品名：りんご（冷蔵）

日時の変更や置き配のご指定は、はこぶね便アプリまたは下記ページから行えます。
https://www.hakobune.test/henkou/?no=773100002046
冷蔵品のため、宅配ボックス・置き配はご利用いただけません。

※本メールは送信専用です。
はこぶね便 お客様センター 0120-000-733
""")

add("ham/delivery-notice-03.eml",
    charset="euc-jp", cte="8bit", date="2025-07-19 12:04:55",
    sender=("マチノロッカー", "noreply@machino-locker.example.org"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【マチノロッカー】お荷物が到着しました",
    via=("mailer.machino-locker.example.org", "unknown", "203.0.113.177"),
    text="""\
マチノロッカーをご利用いただきありがとうございます。
ご指定のロッカーにお荷物が到着しました。

　ロッカー：東町駅前ロッカー（駅改札横）
　ボックス番号：B-14
　暗証番号：5830
　受取期限：2025年7月22日（火）12:00

ロッカーのタッチパネルで「受け取り」を選び、暗証番号を入力して
ください。
受取期限を過ぎたお荷物は、配送業者の営業所へ返送されます。

設置場所の地図はこちら
https://www.machino-locker.example.org/map/higashimachi

マチノロッカー サポート
""")

add("ham/points-expiry-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-10-20 12:00:00",
    sender=("くすのき薬局", "point@kusunoki-drug.example.com"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="【くすのき薬局】1,240ポイントが10月31日に失効します",
    via=("mta12.haishin-service.example.net", "mta12.haishin-service.example.net", "192.0.2.186"),
    ret="dm-return@kusunoki-drug.example.com",
    qsubj=True, qname=True,
    headers=[("List-Unsubscribe", "<https://www.kusunoki-drug.example.com/mail/stop?id=55120>")],
    text="""\
田辺 美香 様

いつもくすのき薬局をご利用いただきありがとうございます。

お持ちのポイントのうち、1,240ポイントが2025年10月31日（金）に
有効期限を迎えます。
期限を過ぎたポイントは失効し、ご利用いただけなくなります。

ポイントは1ポイント＝1円として、店頭・オンラインストアでご利用いただけます。

▼ポイント残高の確認
https://www.kusunoki-drug.example.com/mypage/point

さらに今なら、10月25日（土）・26日（日）の「ポイント5倍デー」も開催。
ぜひこの機会にご来店ください。

くすのき薬局
配信停止 https://www.kusunoki-drug.example.com/mail/stop?id=55120
""",
    html="""\
<html><body style="font-family:sans-serif;background:#f7fbf4">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:16px">
<p style="color:#2f7d32;font-weight:bold;font-size:18px">くすのき薬局</p>
<p>田辺 美香 様</p>
<p>お持ちのポイントのうち、<span style="color:#d00;font-size:20px;font-weight:bold">1,240ポイント</span>が<br><b>2025年10月31日（金）</b>に有効期限を迎えます。</p>
<p>期限を過ぎたポイントは失効し、ご利用いただけなくなります。<br>ポイントは1ポイント＝1円として、店頭・オンラインストアでご利用いただけます。</p>
<p><a href="https://www.kusunoki-drug.example.com/mypage/point" style="background:#2f7d32;color:#fff;padding:10px 24px;text-decoration:none">ポイント残高を確認</a></p>
<p>さらに今なら、10月25日（土）・26日（日）の「ポイント5倍デー」も開催。ぜひこの機会にご来店ください。</p>
<p style="font-size:11px;color:#888"><a href="https://www.kusunoki-drug.example.com/mail/stop?id=55120">配信停止</a></p>
</div></body></html>
""")

add("ham/sale-newsletter-01.eml",
    charset="utf-8", cte="base64", date="2025-11-28 07:00:00",
    sender=("NAGISA STORE", "news@nagisa-store.example"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="🔥【本日限り】ブラックフライデー 全品50%OFF＋送料無料",
    via=("mta-news3.nagisa-store.example", "mta-news3.nagisa-store.example", "203.0.113.190"),
    ret="b-1128-20931@nagisa-store.example",
    headers=[("List-Unsubscribe", "<https://nagisa-store.example/mail/unsubscribe?u=20931>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    html="""\
<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>NAGISA STORE</title></head>
<body style="margin:0;background:#111;color:#fff;font-family:'Noto Sans JP',sans-serif">
<div style="max-width:600px;margin:0 auto;text-align:center;padding:20px">
<p style="letter-spacing:4px">NAGISA STORE</p>
<p style="font-size:36px;font-weight:900;color:#ffdd00;margin:8px 0">BLACK FRIDAY</p>
<p style="font-size:24px">🔥 本日限り 全品50%OFF 🔥</p>
<p>さらに期間中は全品送料無料！<br>人気のニット・アウターも対象です。急いで！</p>
<p style="font-size:14px;color:#ccc">11月28日（金）23:59まで／在庫がなくなり次第終了</p>
<p><a href="https://nagisa-store.example/sale/blackfriday?utm_source=mail&amp;utm_medium=news"
 style="display:inline-block;background:#ffdd00;color:#111;padding:16px 48px;font-weight:bold;text-decoration:none">今すぐチェック</a></p>
<p>会員限定クーポン：<b>BF2025</b>（さらに500円OFF・1万円以上）</p>
<hr style="border-color:#333">
<p style="font-size:11px;color:#888">このメールはNAGISA STOREの会員登録時に配信を希望されたお客様にお送りしています。<br>
<a href="https://nagisa-store.example/mail/unsubscribe?u=20931" style="color:#888">配信停止</a> ｜ 株式会社ナギサ 〒100-0000 東京都千代田区0-0-0</p>
</div></body></html>
""")

add("ham/sale-newsletter-02.eml",
    charset="shift_jis", cte="8bit", date="2025-03-07 10:00:00",
    sender=("家電のオオツボ", "mail@ootsubo-denki.example.jp"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【決算ｾｰﾙ】最大８０％ＯＦＦ！残りわずか",
    via=("mta07.haishin-service.example.net", "mta07.haishin-service.example.net", "198.51.100.109"),
    ret="err@ootsubo-denki.example.jp",
    headers=[("List-Unsubscribe", "<https://www.ootsubo-denki.example.jp/mail/kaijo>")],
    text="""\
■□■━━━━━━━━━━━━━━━━━━━━━━━━
　家電のオオツボ　メールマガジン　２０２５年３月７日号
━━━━━━━━━━━━━━━━━━━━━━━━━■□■

松田 健太 様

年に一度の【決算ｾｰﾙ】いよいよ最終週！
展示品・在庫限りの商品は最大８０％ＯＦＦ。
売り切れ御免、お早めにどうぞ！

▼目玉商品
・４Ｋ液晶テレビ ５５型（展示品）　　　　 ５９，８００円
・ドラム式洗濯乾燥機（型落ち）　　　　 １４９，０００円
・ｺｰﾄﾞﾚｽ掃除機　　　　　　　　　　　　 １９，８００円

▼ネットショップ限定　ポイント１０倍
https://www.ootsubo-denki.example.jp/sale/kessan/

▼チラシはこちら（店舗）
https://www.ootsubo-denki.example.jp/chirashi/

セール期間：３月１６日（日）まで

──────────────────────
家電のオオツボ
配信停止：https://www.ootsubo-denki.example.jp/mail/kaijo
──────────────────────
""")

add("ham/sale-newsletter-03.eml",
    charset="utf-8", cte="8bit", date="2025-06-27 12:00:00",
    sender=("たびや", "news@news.tabiya.test"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【72時間限定】夏の国内ツアー タイムセール開催中",
    via=("out12.news.tabiya.test", "out12.news.tabiya.test", "192.0.2.212"),
    ret="bounce-h.aoyama=example.ne.jp@news.tabiya.test",
    headers=[("Reply-To", "support@tabiya.test"),
             ("List-Unsubscribe", "<https://news.tabiya.test/stop?k=a81f>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    text="""\
青山 浩之 様

たびやメールマガジンです。
夏休みの旅行はもうお決まりですか？

＼ 72時間限定 タイムセール ／
6月30日（月）正午まで、人気の国内ツアーがお得になります。

■ 沖縄・石垣島 3日間（航空券＋ホテル）　おひとり 49,800円〜
■ 北海道・富良野 2日間（ラベンダー畑めぐり）　おひとり 32,800円〜
■ 金沢・加賀温泉 2日間（夕朝食付）　おひとり 24,800円〜

▼セール会場はこちら
https://www.tabiya.test/sale/summer72/

※残席わずかのプランもございます。
※表示価格は大人2名1室利用時のおひとり様料金です。

たびや（株式会社旅屋）
配信停止：https://news.tabiya.test/stop?k=a81f
""",
    html="""\
<html><body style="font-family:sans-serif;margin:0">
<div style="max-width:600px;margin:0 auto">
<div style="background:#0aa1dd;color:#fff;padding:14px;font-size:20px;font-weight:bold">たびや</div>
<p style="padding:0 12px">青山 浩之 様<br>夏休みの旅行はもうお決まりですか？</p>
<p style="text-align:center;font-size:22px;color:#e60033;font-weight:bold">＼ 72時間限定 タイムセール ／</p>
<p style="text-align:center">6月30日（月）正午まで、人気の国内ツアーがお得になります。</p>
<ul>
<li>沖縄・石垣島 3日間（航空券＋ホテル）　おひとり <b>49,800円〜</b></li>
<li>北海道・富良野 2日間（ラベンダー畑めぐり）　おひとり <b>32,800円〜</b></li>
<li>金沢・加賀温泉 2日間（夕朝食付）　おひとり <b>24,800円〜</b></li>
</ul>
<p style="text-align:center"><a href="https://www.tabiya.test/sale/summer72/" style="background:#e60033;color:#fff;padding:12px 36px;text-decoration:none">セール会場へ</a></p>
<p style="font-size:11px;color:#777;padding:0 12px">※残席わずかのプランもございます。表示価格は大人2名1室利用時のおひとり様料金です。<br>
たびや（株式会社旅屋）｜<a href="https://news.tabiya.test/stop?k=a81f">配信停止</a></p>
</div></body></html>
""")

add("ham/winner-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-08-28 16:00:31",
    sender=("やまなみ乳業", "campaign@yamanami-milk.example.co.jp"),
    to=[(None, "r-fujii@mb.example.ne.jp")],
    subject="【当選のお知らせ】やまなみ乳業 夏のプレゼントキャンペーン",
    via=("cp-mail.yamanami-milk.example.co.jp", "203-0-113-102.static.example.net", "203.0.113.102"),
    text="""\
藤井 涼 様

このたびは「やまなみ乳業 夏のプレゼントキャンペーン」にご応募いただき、
誠にありがとうございました。

厳正なる抽選の結果、藤井様は【Ｂ賞　やまなみ牧場アイスクリーム
詰め合わせ】にご当選されました。おめでとうございます。

賞品発送のため、応募時にご登録いただいたマイページにログインし、
お届け先をご確認ください。
https://www.yamanami-milk.example.co.jp/campaign/2025summer/mypage

　ご確認期限：2025年9月8日（月）

※送料・手数料などのご負担は一切ございません。
※当事務局から、クレジットカード情報や口座情報をお尋ねすることはございません。
※期限までにご確認いただけない場合、当選を無効とさせていただきます。

やまなみ乳業 夏のプレゼントキャンペーン事務局
0120-000-627（平日10:00〜17:00）
""")

add("ham/winner-notice-02.eml",
    charset="utf-8", cte="base64", date="2025-04-25 15:02:11",
    sender=("チケットいろは", "lottery@iroha-ticket.example.net"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="【チケットいろは】抽選結果のお知らせ（当選）",
    via=("mail.iroha-ticket.example.net", "unknown", "192.0.2.66"),
    text="""\
森川 由佳 様

チケットいろはをご利用いただきありがとうございます。
先行抽選の結果をお知らせいたします。

【当選】
公演名：リバーサイド・ジャズフェス 2025
公演日：2025年5月24日（土）開場 15:00
会場：みなと臨海公園 野外ステージ
席種：指定席 2枚
代金：13,000円（チケット代 12,000円＋システム利用料 1,000円）

お支払い期限：2025年4月28日（月）23:00

お支払いは、マイページの「申込履歴」から行ってください。
期限までにお支払いがない場合、当選は自動的に取り消されます。

マイページ
https://www.iroha-ticket.example.net/mypage/

※チケットの転売は禁止されています。
※チケットいろは以外のサイトで購入したチケットは、入場できない場合があります。

チケットいろは
""")

add("ham/recruiter-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-02-20 12:31:05",
    sender=("キャリアブリッジ", "scout@careerbridge.example.com"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【スカウト】バックエンドエンジニア（Go）年収650万〜900万円",
    via=("mta3.careerbridge.example.com", "mta3.careerbridge.example.com", "198.51.100.148"),
    ret="scout-bounce@careerbridge.example.com",
    qsubj=True,
    headers=[("Reply-To", "no-reply@careerbridge.example.com"),
             ("List-Unsubscribe", "<https://careerbridge.example.com/settings/scout-mail>")],
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:0 auto;border:1px solid #e5e5e5">
<div style="background:#ff7a00;color:#fff;padding:12px;font-weight:bold">キャリアブリッジ　スカウト</div>
<div style="padding:16px">
<p>松田 健太 様</p>
<p>転職サイト「キャリアブリッジ」を通じて、企業からスカウトが届きました。</p>
<table cellpadding="4">
<tr><td>企業</td><td>株式会社ミズナラシステム</td></tr>
<tr><td>職種</td><td>バックエンドエンジニア（Go／メール配送基盤）</td></tr>
<tr><td>年収</td><td><b>650万円〜900万円</b></td></tr>
<tr><td>勤務地</td><td>東京都（リモート勤務可・月2回出社）</td></tr>
</table>
<p style="background:#f8f8f8;padding:10px">松田様のレジュメを拝見し、大規模メールシステムの運用ご経験に大変興味を持ちました。
当社では現在、迷惑メール対策エンジンの刷新を進めており、ぜひ一度カジュアルにお話しできればと思っております。</p>
<p><a href="https://careerbridge.example.com/scout/detail?id=S8841207" style="background:#ff7a00;color:#fff;padding:10px 28px;text-decoration:none">スカウトの詳細を見る</a></p>
<p>返信期限：3月6日（木）</p>
<p style="font-size:11px;color:#888">本メールはキャリアブリッジのスカウトサービスをご利用中の方にお送りしています。</p>
</div></div></body></html>
""")

add("ham/recruiter-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-09-18 10:47:52",
    sender=("黒木 匠", "t.kuroki@soramichi-hr.example.jp"),
    to=[(None, "s.nishida@tsubame-shoji.example.co.jp")],
    subject="突然のご連絡失礼いたします（経理マネージャー求人のご紹介）",
    via=("mail.soramichi-hr.example.jp", "p0029-ipoe.example.ne.jp", "192.0.2.29"),
    client=("[192.0.2.30]", "192.0.2.30"),
    text="""\
西田 聡 様

突然のご連絡、失礼いたします。
人材紹介会社ソラミチ人材の黒木と申します。

ビジネスSNSで西田様のご経歴を拝見し、ご連絡いたしました。
現在、弊社がお手伝いしている中堅メーカー様で、経理マネージャーの
ポジションを募集しております。

　・職務：月次・年次決算の統括、経理チーム（5名）のマネジメント
　・年収：700万円〜850万円（経験により決定）
　・勤務地：横浜市（在宅勤務 週2日可）

社名は、ご面談の際にお伝えさせていただきます。
現職でご活躍中のところ恐縮ですが、情報交換だけでも構いませんので、
30分ほどオンラインでお話しできませんでしょうか。

候補日：9月24日（水）19:00以降、9月26日（金）終日

ご興味がなければ、ご放念ください。以後ご連絡はいたしません。

――――――――――――――――
株式会社ソラミチ人材
コンサルタント　黒木 匠
TEL 03-0000-6120
――――――――――――――――
""")

add("ham/it-warning-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-06-25 10:02:14",
    sender=("燕商事 情報システム課", "sysadmin@tsubame-shoji.example.co.jp"),
    to="all-staff@tsubame-shoji.example.co.jp", rcpt="s.nishida@tsubame-shoji.example.co.jp",
    subject="【注意喚起】Microsoft 365 を装ったパスワード期限切れメールについて",
    via=("smtp.tsubame-shoji.example.co.jp", "smtp.tsubame-shoji.example.co.jp", "203.0.113.21"),
    client=("pc-it03.tsubame-shoji.example.co.jp", "203.0.113.88"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""\
社員各位

情報システム課です。

昨日（6月24日）から、Microsoft 365 を装った不審なメールが
複数の社員宛に届いています。開いたリンクでパスワードを入力すると、
アカウントが乗っ取られます。絶対に入力しないでください。

■届いているメールの例
　件名：パスワードの有効期限が本日切れます
　差出人：Microsoft 365 <no-reply@ms365-notice[.]example[.]com>
　本文の抜粋：
　> 同じパスワードを引き続き使用する場合は、以下から現在のパスワードを
　> 確認してください。
　> 現在のパスワードを維持する
　> hxxps://login-ms365[.]example[.]org/common/oauth2/keep?user=...

■見分け方
・当社のパスワード変更の案内は、情報システム課から社内ポータルで行います。
　メールのリンクからパスワードを入力させることはありません。
・差出人のドメインとリンク先が、当社のドメインではありません。

■すでに入力してしまった場合
ただちに情報システム課（内線 2200）へ連絡してください。
パスワードの変更と、サインイン履歴の確認を行います。

■不審なメールを受け取った場合
Outlook の「報告」ボタンで報告するか、メールを添付して
security@tsubame-shoji.example.co.jp へ転送してください。

燕商事株式会社　総務部　情報システム課
""")

add("ham/it-warning-02.eml",
    charset="utf-8", cte="8bit", date="2025-12-17 09:15:40",
    sender=("ミズナラシステム ヘルプデスク", "helpdesk@mizunara-sys.example"),
    to="staff@mizunara-sys.example", rcpt="a.kagawa@mizunara-sys.example",
    subject="[注意] QRコードで多要素認証の再設定を求めるメールについて",
    via=("smtp-int.mizunara-sys.example", "smtp-int.mizunara-sys.example", "192.0.2.76"),
    client=("helpdesk-pc.mizunara-sys.example", "192.0.2.77"),
    text="""\
社員のみなさん

ヘルプデスクです。
昨日から、「多要素認証（MFA）の再設定」を求めるメールが社内外で
出回っています。当社からの案内ではありません。

特徴：
- 件名「【対応必須】多要素認証（MFA）の再設定について」
- 差出人「ITサポートデスク」、ドメインは当社と無関係
- 添付のPDFにQRコードがあり、「スマートフォンで読み取れ」と書いてある
- 「12月19日までに再設定しないとアクセスできなくなる」と急がせる

QRコードはスマートフォンで開かせることで、会社PCのセキュリティ対策を
すり抜けるのが狙いです。読み取らないでください。

また、10月に出回った次のメールも引き続き届いています。
> 件名：メールアカウントのパスワード有効期限のお知らせ
> 差出人：mizunara-sys.example メール管理者 <postmaster@mizunara-sys.example>
差出人欄は当社のアドレスに見えますが、偽装されたものです。

当社のMFA設定は、必ず社内ポータルの「アカウント設定」から行います。
https://portal.mizunara-sys.example/account/mfa
ヘルプデスクがメールでQRコードを送ることはありません。

読み取ってしまった・入力してしまった場合は、すぐに内線 3100 まで。
怒ったりしませんので、早めに連絡してください。

ヘルプデスク　香川
""")

add("ham/gov-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-01-24 14:00:08",
    sender=("あおい市 福祉政策課", "kyufu@city.aoi.example.lg.jp"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="【あおい市メール配信】物価高騰支援給付金の申請受付について",
    via=("mail.city.aoi.example.lg.jp", "mail.city.aoi.example.lg.jp", "198.51.100.12"),
    ret="mlreturn@city.aoi.example.lg.jp",
    headers=[("List-Id", "aoi-kurashi.city.aoi.example.lg.jp")],
    text="""\
あおい市メール配信サービス（くらしの情報）

■物価高騰支援給付金の申請受付を開始しました

令和6年度住民税非課税世帯等を対象とした給付金（1世帯あたり3万円、
対象となる児童1人あたり2万円を加算）の申請受付を開始しました。

対象と思われる世帯には、1月下旬から順次「確認書」を郵送します。
確認書が届いた方は、内容をご確認のうえ、同封の返信用封筒で
ご返送ください。

　申請期限：2025年3月31日（月）（当日消印有効）

給付金の詳細は、市ホームページをご覧ください。
https://www.city.aoi.example.lg.jp/fukushi/kyufu2025.html

【詐欺にご注意ください】
市や国の職員が、給付金の手続きのためにATMの操作をお願いしたり、
手数料の振込みを求めたりすることは絶対にありません。
また、市からのメールやSMSで、口座番号や暗証番号の入力を
求めることもありません。
不審な電話やメールがあった場合は、あおい警察署または
市消費生活センター（0000-00-4410）へご相談ください。

お問い合わせ：あおい市 給付金コールセンター
0120-000-530（平日8:30〜17:15）

※このメールは送信専用です。配信の停止・変更は市ホームページの
　「メール配信サービス」から行えます。
""")

add("ham/gov-notice-02.eml",
    charset="shift_jis", cte="8bit", date="2025-05-07 09:00:41",
    sender=("ひかり県 県税事務所", "kenzei@pref.hikari.example.lg.jp"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【ひかり県】自動車税（種別割）納税通知書を発送しました",
    via=("smtp.pref.hikari.example.lg.jp", "smtp.pref.hikari.example.lg.jp", "203.0.113.5"),
    text="""\
ひかり県メールサービス（県税のお知らせ）

令和７年度の自動車税（種別割）の納税通知書を、５月７日に発送しました。

　納期限：２０２５年６月２日（月）

今年度は５月３１日が土曜日のため、納期限は６月２日（月）となります。

納付は、金融機関・コンビニエンスストアのほか、スマートフォン決済
アプリ、クレジットカード（地方税お支払サイト）でも可能です。
詳しくは、同封のご案内または県ホームページをご覧ください。
https://www.pref.hikari.example.lg.jp/zei/jidousha/

【ご注意】
県税事務所を名乗り、「未納の税金がある」「差押えをする」などとして、
メールやSMSで支払サイトに誘導する事例が全国で確認されています。
県からメールでお支払いを督促することはありません。
納付は、お手元の納税通知書に記載された方法で行ってください。

お問い合わせ：ひかり県 中央県税事務所　自動車税担当
ＴＥＬ　0000-00-3381（平日８時３０分〜１７時１５分）
""")

add("ham/gov-notice-03.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-11-17 11:20:09",
    sender=("ことぶき健康保険組合", "info@kotobuki-kenpo.example.or.jp"),
    to=[(None, "s.nishida@tsubame-shoji.example.co.jp")],
    subject="【ことぶき健保】健康保険証の有効期限と資格確認書の送付について",
    via=("mail.kotobuki-kenpo.example.or.jp", "unknown", "198.51.100.59"),
    text="""\
被保険者の皆さまへ

ことぶき健康保険組合です。

現在お手元にある健康保険証は、2025年12月1日（月）までが有効期限です。
12月2日（火）以降は、次のいずれかで医療機関を受診してください。

　(1) マイナ保険証（健康保険証の利用登録をしたマイナンバーカード）
　(2) 資格確認書

■資格確認書について
マイナ保険証の利用登録をしていない方には、11月下旬に、事業所経由で
資格確認書をお届けします。ご本人からの申請は不要です。

■マイナ保険証の利用登録状況の確認
マイナポータルまたは医療機関の顔認証付きカードリーダーで確認できます。

■ご注意
当組合が、メールやSMSで「保険証が使えなくなる」「登録が必要」として
リンクを送り、暗証番号やクレジットカード情報の入力を求めることは
ありません。このようなメールにはご注意ください。

詳しくは、当組合ホームページのお知らせをご覧ください。
https://www.kotobuki-kenpo.example.or.jp/news/2025/1117.html

ことぶき健康保険組合　適用課
""")

add("ham/quote-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-02-27 17:42:31",
    sender=("白樺デザイン 長谷部", "hasebe@shirakaba.test"),
    to=[("西田 聡", "s.nishida@tsubame-shoji.example.co.jp")],
    subject="お見積書送付の件（社内報リニューアル）",
    via=("mail.shirakaba.test", "192-0-2-61.static.example.jp", "192.0.2.61"),
    client=("[192.0.2.64]", "192.0.2.64"),
    headers=[("Reply-To", "hasebe@shirakaba.test"),
             ("X-Mailer", "Microsoft Outlook 16.0")],
    text="""\
燕商事株式会社
総務部　西田様

いつもお世話になっております。
白樺デザインの長谷部です。

先日はお打ち合わせのお時間をいただき、ありがとうございました。
社内報リニューアルのお見積書を作成いたしましたので、
PDFにてお送りいたします。

　・誌面デザインリニューアル（表紙・本文フォーマット）
　・隔月発行分の編集・DTP（年6回）
　・Web版（PDF配信用）の作成

お見積金額：1,265,000円（税込）
有効期限：2025年3月31日（月）

ご不明な点や、ページ数の増減などのご要望がございましたら、
お気軽にお申し付けください。
3月7日（金）の定例会で、あらためてご説明できれば幸いです。

何卒よろしくお願いいたします。

――――――――――――――――――
白樺デザイン事務所
長谷部 由紀
〒100-0000 東京都千代田区0-0-0
TEL 03-0000-2251
――――――――――――――――――
""",
    attach=[("御見積書_燕商事様_社内報.pdf", "application/pdf", "pdf")], fname="word")

add("ham/invoice-01.eml",
    charset="shift_jis", cte="8bit", date="2025-03-31 16:08:57",
    sender=("ミナト精工 経理部", "keiri@minato-seiko.example.co.jp"),
    to=[(None, "keiri@tsubame-shoji.example.co.jp")],
    subject="３月分ご請求書送付のお知らせ（ミナト精工）",
    via=("mail.minato-seiko.example.co.jp", "mail.minato-seiko.example.co.jp", "198.51.100.73"),
    client=("[198.51.100.75]", "198.51.100.75"),
    text="""\
燕商事株式会社
経理ご担当者様

平素より格別のお引き立てを賜り、誠にありがとうございます。
株式会社ミナト精工　経理部の石井でございます。

３月分のご請求書を添付にてお送りいたします。
ご査収のほど、よろしくお願い申し上げます。

　ご請求金額：６１６，０００円（税込）
　お支払期限：２０２５年４月３０日（水）

　お振込先：あさがお銀行　港支店　普通　０００３５２８
　口座名義：ｶ)ﾐﾅﾄｾｲｺｳ

※原本は郵送いたしません。本メールの添付ファイルを原本としてお取り扱いください。
※インボイス制度の登録番号は請求書に記載しております。

株式会社ミナト精工
経理部　石井 和子
ＴＥＬ　03-0000-7745
""",
    attach=[("請求書_2025年3月分_燕商事様.pdf", "application/pdf", "pdf")], fname="word")

add("ham/invoice-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-10-01 11:30:16",
    sender=("ミナト精工 経理部", "keiri@minato-seiko.example.co.jp"),
    to=[(None, "keiri@tsubame-shoji.example.co.jp")],
    subject="【重要】弊社お振込先口座変更のお知らせ",
    via=("mail.minato-seiko.example.co.jp", "mail.minato-seiko.example.co.jp", "198.51.100.73"),
    client=("[198.51.100.75]", "198.51.100.75"),
    text="""\
燕商事株式会社
経理ご担当者様

平素は格別のご高配を賜り、厚く御礼申し上げます。
株式会社ミナト精工　経理部の石井でございます。

このたび、弊社の取引銀行の統合に伴い、11月末日お支払い分より
お振込先口座が変更となります。
詳細は、添付の「振込先口座変更のお知らせ」（代表者印押印済み）を
ご確認ください。同じ書面を、本日郵送でもお送りしております。

昨今、取引先を装って振込先の変更を依頼する詐欺メールが増えております。
お手数ですが、お振込先の登録を変更される前に、必ず弊社営業担当
（第二営業部　田所）へ、お手元の電話番号にてご確認くださいますよう
お願い申し上げます。
本メールへの返信のみで変更を確定されることのないよう、ご注意ください。

なお、10月末日お支払い分までは、従来の口座へお振込みください。

何卒よろしくお願い申し上げます。

株式会社ミナト精工
経理部　石井 和子
""",
    attach=[("振込先口座変更のお知らせ.pdf", "application/pdf", "pdf")], fname="rfc2231")

add("ham/meeting-01.eml",
    charset="utf-8", cte="8bit", date="2025-04-10 15:26:03",
    sender=("香川 彩", "a.kagawa@mizunara-sys.example"),
    to=[("長谷部 由紀", "hasebe@shirakaba.test")],
    subject="サイト改修の定例会 日程調整のお願い",
    via=("smtp-out.mizunara-sys.example", "smtp-out.mizunara-sys.example", "192.0.2.74"),
    client=("[192.0.2.90]", "192.0.2.90"),
    text="""\
白樺デザイン
長谷部様

お世話になっております。ミズナラシステムの香川です。

コーポレートサイト改修の件、次回の定例会の日程を調整させてください。
以下の候補で、ご都合のよい日時を教えていただけますでしょうか。

　1. 4月15日（火）14:00〜15:00
　2. 4月16日（水）10:00〜11:00
　3. 4月18日（金）16:00〜17:00

オンライン（いつものビデオ会議のURL）を想定しています。
議題は、トップページのデザイン案の確認と、お問い合わせフォームの
仕様についてです。

デザイン案は、前日までに共有フォルダへ置いていただけると助かります。

よろしくお願いいたします。

香川 彩
株式会社ミズナラシステム　Webソリューション部
""")

add("ham/meeting-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-11-13 09:38:44",
    sender=("上野 翔太", "s.ueno@corp.kiriume.example"),
    to=[("西田 聡", "s.nishida@tsubame-shoji.example.co.jp")],
    subject="Re: 議事録（11/12 物流委託の打合せ）",
    via=("mail.corp.kiriume.example", "mail.corp.kiriume.example", "203.0.113.122"),
    client=("[203.0.113.126]", "203.0.113.126"),
    headers=[("In-Reply-To", "<20251112183052.6e1b@tsubame-shoji.example.co.jp>"),
             ("References", "<20251112183052.6e1b@tsubame-shoji.example.co.jp>")],
    text="""\
西田様

お世話になっております。きりうめ物流の上野です。
議事録の送付、ありがとうございました。

内容確認しました。1点だけ修正をお願いします。

・3.料金について
　「年末の繁忙期は追加料金なし」とありますが、正しくは
　「12月20日〜12月30日は、1件あたり50円の繁忙期加算あり」です。
　口頭でお伝えした内容が分かりにくく、失礼いたしました。

それ以外は相違ございません。
次回は11月26日（水）15時から、弊社倉庫の見学を兼ねて、でお願いします。

引き続きよろしくお願いいたします。

上野

> 西田です。昨日はありがとうございました。
> 議事録をお送りしますので、ご確認ください。
>
> 1. 委託範囲：入庫・保管・出荷（EC向け）
> 2. 開始時期：2026年2月を目標
> 3. 料金：見積書どおり。年末の繁忙期は追加料金なし
> 4. 次回：倉庫見学（日程は別途調整）
""")

add("ham/order-01.eml",
    charset="utf-8", cte="base64", date="2025-07-10 14:11:29",
    sender=("オフィス用品のコマドリ", "order@komadori-office.example.com"),
    to=[(None, "somu@tsubame-shoji.example.co.jp")],
    subject="【コマドリ】ご注文ありがとうございます（注文番号 K2507-10388）",
    via=("mail.komadori-office.example.com", "198-51-100-228.dyn.example.com", "198.51.100.228"),
    text="""\
燕商事株式会社
総務部 ご担当者様

このたびはオフィス用品のコマドリをご利用いただき、
誠にありがとうございます。以下の内容でご注文を承りました。

注文番号：K2507-10388
ご注文日：2025年7月10日

　コピー用紙　Ａ４　５００枚×５冊　　　　　× 10箱　　 24,800円
　ボールペン　黒　０．５ｍｍ　10本入　　　 × 5　　　　 2,750円
　クリアファイル　Ａ４　100枚入　　　　　　× 2　　　　 1,960円
　------------------------------------------------------------
　小計　29,510円　／　送料　0円　／　合計　29,510円（税込）

お支払い方法：請求書払い（月末締め翌月末払い）
お届け予定日：7月14日（月）

ご注文内容の確認・変更は、法人マイページから行えます。
https://biz.komadori-office.example.com/mypage/orders

オフィス用品のコマドリ　法人窓口
""")

add("ham/personal-01.eml",
    charset="utf-8", cte="8bit", date="2025-09-05 22:41:17",
    sender=("森川 由佳", "yuka.m@mail.example.com"),
    to=[("青山くん", "h.aoyama@example.ne.jp")],
    subject="10月の京都、宿とったよ〜",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.84"),
    client=("[198.51.100.230]", "198.51.100.230"),
    text="""\
青山くん

おつかれ〜！
10月の京都、宿とれたよ🎉
10月11日（土）〜13日（月・祝）の2泊で、四条の近くの町家の宿です。
一棟貸しで、4人まで泊まれるって。

1泊あたり1人 9,800円くらい。
キャンセルは1週間前まで無料らしい。

新幹線はまだ取ってないので、それぞれで取る感じでいいかな？
行きは土曜の朝イチに出たいなぁ。

行きたいところ、思いついたら送ってね。
わたしは嵐山でボート乗りたい🚣‍♀️

由佳
""")

add("ham/personal-02.eml",
    charset="shift_jis", cte="8bit", date="2025-12-20 07:52:08",
    sender=("父", "papa-tanabe@mb.example.ne.jp"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="正月のこと",
    via=("mo.mb.example.ne.jp", "mo.mb.example.ne.jp", "198.51.100.152"),
    text="""\
美香へ

元気にしてるか。
正月はいつ帰ってくるのか、母さんが気にしている。
２８日から休みだと言っていたな。

駅まで車で迎えに行くから、新幹線の時間が決まったら知らせてくれ。
今年はおばあちゃんも家に来るので、ｹｰｷは予約しておくそうだ。

風邪ひかないように。
父
""")

add("ham/personal-03.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-04-28 20:16:33",
    sender=("中島 潤", "nakajima.jun@home.example.net"),
    to=[("西田さん", "s.nishida@tsubame-shoji.example.co.jp")],
    subject="ご無沙汰しています（転職のご報告）",
    via=("smtp.home.example.net", "smtp.home.example.net", "203.0.113.141"),
    client=("[203.0.113.198]", "203.0.113.198"),
    text="""\
西田さん

ご無沙汰しています。以前、経理部でお世話になった中島です。
会社のアドレスに送ってしまってすみません、個人のアドレスが
分からなかったもので。

実は、この4月から地元の静岡に戻り、家業の茶園を手伝っています。
慣れない力仕事で毎日へとへとですが、なんとかやっています。

新茶ができたので、ささやかですがお送りしてもよろしいでしょうか。
もしご迷惑でなければ、ご自宅の住所を教えていただけると嬉しいです。
（会社宛てでも構いません。皆さんで飲んでいただければ。）

連休明けに、一度東京に出る用事があります。
もしお時間があれば、お茶でもご一緒できたら嬉しいです。

それでは、お体に気をつけて。

中島 潤
""")

add("ham/ml-post-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-10-16 21:33:50",
    sender=("富田 誠", "m-tomita@home.example.net"),
    to=[(None, "yama-no-kai@lists.example.org")], rcpt="kenta_m@home.example.net",
    subject="[yama-no-kai:0412] 11月例会（丹沢・大山）のご案内",
    via=("lists.example.org", "lists.example.org", "203.0.113.160"),
    ret="yama-no-kai-bounces@lists.example.org",
    headers=[("List-Id", "<yama-no-kai.lists.example.org>"),
             ("X-ML-Name", "yama-no-kai"),
             ("X-Mail-Count", "0412"),
             ("Reply-To", "yama-no-kai@lists.example.org")],
    text="""\
やまの会のみなさん

例会担当の富田です。11月の例会のご案内です。

■日程：11月9日（日）　雨天の場合は11月16日（日）に順延
■行き先：丹沢・大山（1,252m）
■集合：小田急線 伊勢原駅 北口 8:00
■コース：大山ケーブル駅 → 阿夫利神社下社 → 大山山頂 → 見晴台 → 下社
■歩行時間：約4時間30分（初級〜中級）
■持ち物：昼食、飲み物1リットル以上、雨具、防寒着、ヘッドランプ

紅葉がちょうど見頃の時期です。下山後は、豆腐料理のお店で
打ち上げを予定しています（自由参加）。

参加される方は、11月5日（水）までに、私あてに返信してください。
（MLへの返信ではなく、個別にお願いします）

富田
""")

add("ham/ml-post-02.eml",
    charset="euc-jp", cte="8bit", date="2025-08-07 12:48:25",
    sender=("Ogawa Kazuki", "ogawa@mx.aozora-net.example.jp"),
    to=[(None, "mta-jp@lists.example.jp")], rcpt="a.kagawa@mizunara-sys.example",
    subject="[mta-jp:10233] Re: ETC利用照会サービスを騙るフィッシングの急増",
    via=("lists.example.jp", "lists.example.jp", "192.0.2.45"),
    ret="mta-jp-admin@lists.example.jp",
    headers=[("List-Id", "MTA users in Japan <mta-jp.lists.example.jp>"),
             ("X-ML-Name", "mta-jp"),
             ("X-Mail-Count", "10233"),
             ("In-Reply-To", "<20250806224511.51ab@mx.example.net>")],
    text="""\
小川です。

うちの顧客でも、今週に入ってから同じ系統のものが目立っています。
本文はほぼ定型で、こんな感じです。

> ETC利用照会サービスをご利用いただきありがとうございます。
> お客様のETCカードに関する登録情報の有効期限が切れたため、
> ETCサービスのご利用が無効となりました。
> ログインはこちら
> https://etc-meisai-login.example.net/etc/R?funccode=1013000000

差出人ドメインは毎回変わりますが、以下は共通でした。

 - Return-Path と From のドメインが一致しない
 - 送信元は海外のホスティング事業者で、逆引きなし
 - Received が1段だけ
 - 件名は「ETCサービスは無効になりました」か「【ETC】更新手続きのお願い」

ただ、本物のETC関係の通知（カード会社の利用明細など）にも
「ETC」「ご利用」「更新」は普通に出てくるので、単語だけで
点数を上げるのは危ないと思います。
うちでは、リンク先ホストがドメイン取得から日が浅いものに
限って加点する運用にしています。

> 伊藤さん
> 本文のリンク先が毎回 /etc/R?funccode= で終わるので、
> URLのパスで引っかけるのが手っ取り早いかもしれません。

パスは今のところ有効ですが、そのうち変えてくると思いますので、
あくまで補助的に、というところでしょうか。

--
小川 一樹 / あおぞらネット 運用部
""")

add("ham/school-01.eml",
    charset="shift_jis", cte="base64", date="2025-05-24 06:05:12",
    sender=("ひばり台小学校", "renraku@hibaridai-es.example.jp"),
    to="undisclosed-recipients:;", rcpt="r-fujii@mb.example.ne.jp",
    subject="【ひばり台小】本日の運動会は延期します",
    via=("mail.hibaridai-es.example.jp", "unknown", "192.0.2.133"),
    text="""\
ひばり台小学校　保護者の皆様

おはようございます。ひばり台小学校です。

本日５月２４日（土）に予定しておりました運動会は、
雨天のため、明日５月２５日（日）に延期いたします。

・本日は休校です。
・明日の登校時刻、日程、持ち物は、本日の予定と同じです。
・お弁当のご準備をお願いいたします。
・明日も実施できない場合は、２７日（火）に短縮日程で行います。
　その場合は、明朝６時に改めて連絡いたします。

なお、５月２６日（月）は振替休業日となります。

ご理解とご協力をお願いいたします。

ひばり台小学校　教頭
""")

add("ham/school-02.eml",
    charset="utf-8", cte="quoted-printable", date="2025-04-04 10:00:22",
    sender=("教務課", "kyomu@example.ac.jp"),
    to=[(None, "s2410388@stu.example.ac.jp")],
    subject="【教務課】前期履修登録の期限について（4月11日まで）",
    via=("mail.example.ac.jp", "mail.example.ac.jp", "198.51.100.205"),
    qsubj=True, qname=True,
    text="""\
学生各位

教務課です。
2025年度前期の履修登録期間は、以下のとおりです。

　登録期間：4月7日（月）9:00 〜 4月11日（金）17:00

履修登録は、学務ポータルから行ってください。
https://portal.example.ac.jp/gakumu/

期限を過ぎると、原則として履修登録の変更は認められません。
登録後は、必ず「履修登録確認表」を確認し、誤りがないか
チェックしてください。

【注意】
最近、大学を名乗り「ポータルのパスワードの有効期限が切れる」として
偽のログインページに誘導するメールが確認されています。
学務ポータルには、ブックマークまたは大学ホームページのリンクから
アクセスしてください。
大学がメールでパスワードを尋ねることはありません。

教務課（学生センター1階）
""")

add("ham/clinic-01.eml",
    charset="utf-8", cte="8bit", date="2025-06-09 13:05:48",
    sender=("さくらんぼ歯科", "info@sakuranbo-dental.example.jp"),
    to=[(None, "h.aoyama@example.ne.jp")],
    subject="定期検診のご案内（さくらんぼ歯科）",
    via=("sakuranbo-dental.example.jp", "p1187-ipoe.example.ne.jp", "198.51.100.187"),
    text="""\
青山 浩之 様

さくらんぼ歯科です。
前回のご来院から、まもなく6か月が経ちます。

むし歯や歯周病の予防のため、定期検診とクリーニングを
おすすめしております。
ご都合のよい日時で、お電話またはWeb予約からご予約ください。

　Web予約（24時間受付）：https://sakuranbo-dental.example.jp/yoyaku/
　お電話：03-0000-6480

【診療時間】
月・火・水・金　9:30〜13:00／14:30〜19:00
土　9:30〜13:00／14:00〜17:00
（木曜・日曜・祝日は休診）

※7月から、土曜午後の診療時間を17:00までに変更しております。

さくらんぼ歯科
""")

add("ham/clinic-02.eml",
    charset="utf-8", cte="base64", date="2025-10-09 17:40:33",
    sender=("ひだまり内科クリニック", "yoyaku@hidamari-clinic.example.com"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="【予約確定】インフルエンザ予防接種のご予約",
    via=("mail.hidamari-clinic.example.com", "unknown", "203.0.113.71"),
    text="""\
森川 由佳 様

ひだまり内科クリニックです。
インフルエンザ予防接種のご予約を承りました。

　日時：10月18日（土）10:30
　内容：インフルエンザ予防接種（1回目）
　料金：3,800円（当日窓口でお支払いください）

【当日お持ちいただくもの】
・マイナ保険証または資格確認書
・記入済みの予診票（下記ページから印刷できます。院内でも記入可）
　https://www.hidamari-clinic.example.com/vaccine/

発熱など体調がすぐれない場合は、接種できないことがあります。
キャンセル・変更は、前日までにお電話でご連絡ください。

ひだまり内科クリニック
TEL 03-0000-1193
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#333">
<div style="max-width:560px;margin:0 auto;border-top:6px solid #f5a623;padding:12px">
<p>森川 由佳 様</p>
<p>ひだまり内科クリニックです。<br>インフルエンザ予防接種のご予約を承りました。</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
<tr><td style="background:#fff6e5">日時</td><td>10月18日（土）10:30</td></tr>
<tr><td style="background:#fff6e5">内容</td><td>インフルエンザ予防接種（1回目）</td></tr>
<tr><td style="background:#fff6e5">料金</td><td>3,800円（当日窓口でお支払いください）</td></tr>
</table>
<p><b>【当日お持ちいただくもの】</b><br>
・マイナ保険証または資格確認書<br>
・記入済みの予診票（<a href="https://www.hidamari-clinic.example.com/vaccine/">こちらから印刷</a>できます。院内でも記入可）</p>
<p>発熱など体調がすぐれない場合は、接種できないことがあります。<br>キャンセル・変更は、前日までにお電話でご連絡ください。</p>
<p>ひだまり内科クリニック<br>TEL 03-0000-1193</p>
</div></body></html>
""")

add("ham/apartment-01.eml",
    charset="euc-jp", cte="8bit", date="2025-01-14 16:30:02",
    sender=("グリーン管理", "green-kanri@example.ne.jp"),
    to=[(None, "kenta_m@home.example.net")],
    subject="【ﾒｿﾞﾝ東町】給水設備点検に伴う断水のお知らせ",
    via=("smtp02.example.ne.jp", "smtp02.example.ne.jp", "198.51.100.25"),
    client=("p2071-ipoe.example.ne.jp", "198.51.100.71"),
    text="""\
メゾン東町　入居者の皆様

いつもお世話になっております。管理会社のグリーン管理です。

受水槽および給水ポンプの法定点検のため、下記の日時に断水いたします。

　日時：1月22日（水）13:00〜16:00（予定）
　対象：全戸（1階〜5階）

断水中は、水道・トイレの水が使えません。
あらかじめ、飲料水や生活用水のくみ置きをお願いいたします。
作業終了直後は、水が濁ることがあります。しばらく流してから
ご使用ください。

ご不便をおかけしますが、ご理解とご協力をお願いいたします。
掲示板にも同じ内容を掲示しております。

有限会社グリーン管理　担当：宮田
TEL 042-000-3519
""")

add("ham/apartment-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-08-22 10:12:54",
    sender=("ひかり不動産", "koshin@hikari-fudosan.test"),
    to=[(None, "yuka.m@mail.example.com")],
    subject="賃貸借契約更新のご案内（コーポみどり 203号室）",
    via=("mail.hikari-fudosan.test", "203-0-113-84.static.example.net", "203.0.113.84"),
    client=("[203.0.113.85]", "203.0.113.85"),
    text="""\
森川 由佳 様

いつもお世話になっております。ひかり不動産でございます。

ご入居中のコーポみどり203号室の賃貸借契約が、2025年10月31日に
満了となります。更新をご希望の場合は、添付の更新契約書をご確認のうえ、
ご署名・ご捺印のうえご返送ください。

　更新後の契約期間：2025年11月1日〜2027年10月31日
　賃料：68,000円（変更なし）
　更新料：68,000円
　火災保険料（2年）：18,000円
　ご返送期限：2025年9月19日（金）

更新料等のお振込先は、書類到着後にあらためてご案内いたします。

原本は本日郵送いたしました。メールでは確認用としてPDFをお送りしています。
ご退去を予定されている場合は、お早めにご連絡ください。
入居者さま専用ページ　https://www.hikari-fudosan.test/nyukyo/

ひかり不動産株式会社　賃貸管理課　早川
TEL 0000-00-5521
""",
    attach=[("更新契約書_コーポみどり203.pdf", "application/pdf", "pdf"),
            ("重要事項説明書.pdf", "application/pdf", "pdf")], fname="word")

add("ham/seminar-01.eml",
    charset="utf-8", cte="8bit", date="2025-07-24 15:00:47",
    sender=("みどり環境研究所 公開講座", "koza@midori-ken.example.go.jp"),
    to=[(None, "mika.tanabe@mail.example.com")],
    subject="公開講座「身近な川の生きもの観察」受講決定のお知らせ",
    via=("mail.midori-ken.example.go.jp", "mail.midori-ken.example.go.jp", "192.0.2.14"),
    text="""\
田辺 美香 様

国立みどり環境研究所 公開講座事務局です。
このたびは公開講座にお申し込みいただき、ありがとうございました。
抽選の結果、受講が決定しましたのでお知らせします。

　講座名：身近な川の生きもの観察（親子向け）
　日時：8月23日（土）9:30〜12:00（受付 9:00〜）
　会場：当研究所 屋外実験池および第2講義室
　参加費：無料
　受講者：2名（保護者1名、お子様1名）

【持ち物】
濡れてもよい靴（サンダル不可）、帽子、飲み物、タオル、着替え

【ご注意】
・雨天の場合は屋内での講義に変更します。中止の場合は前日15時までに
　メールでお知らせします。
・駐車場はありません。公共交通機関でお越しください。

会場へのアクセス
https://www.midori-ken.example.go.jp/access/

国立みどり環境研究所　広報室　公開講座事務局
""")
