"""Texts and per-message settings of the ja-holdout-2 messages.

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
  hops     number of Received lines, 1 to 3 (default 2)
  text     text/plain body; html  optional text/html alternative
  attach   optional [(filename, content type, placeholder kind)], with
           fname the filename parameter style (rfc2231, rfc2231-only, word)
  headers  optional extra [(name, ASCII value)]
  ret      optional Return-Path address (default: sender address)
  qsubj    Q instead of B encoded words in Subject; qname likewise for names
"""

MESSAGES = []


def add(path, **kw):
    kw["path"] = path
    for k in ("text", "html"):
        if k in kw and not kw[k].endswith("\n"):
            raise ValueError("%s: %s must end with a line break" % (path, k))
    MESSAGES.append(kw)


# ===========================================================================
# spam
# ===========================================================================

add("spam/card-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-02-04 06:41:17",
    sender=("三井住友カード", "no-reply@smbc-card.vpass-secure.example"),
    to=[(None, "yuki.hoshino@example.ne.jp")],
    subject="【重要】ご利用制限のお知らせ（お手続きのお願い）",
    via=("mta07.vpass-secure.example", "unknown", "203.0.113.87"), hops=1,
    text="""\
三井住友カード をご利用いただきありがとうございます。

お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知いたしました。
お客様の資産を守るため、現在カードのご利用を一部制限させていただいております。

下記URLより、ご本人様確認のお手続きをお願いいたします。
https://smbc-card.vpass-secure.example/login/verify?id=8f2a41c9

■ご確認期限：2025年2月6日（木）23:59まで
期限までにご確認いただけない場合、カードのご利用を停止させていただきます。
あらかじめご了承ください。

※本メールは送信専用です。ご返信いただいてもお答えできません。

三井住友カード株式会社
""",
    html="""\
<html><head><meta charset="UTF-8"></head>
<body style="font-family:sans-serif;color:#333">
<div style="background:#004831;color:#fff;padding:12px;font-size:18px">三井住友カード</div>
<p>三井住友カード をご利用いただきありがとうございます。</p>
<p>お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知いたしました。<br>
お客様の資産を守るため、現在カードのご利用を一部制限させていただいております。</p>
<p>下記ボタンより、ご本人様確認のお手続きをお願いいたします。</p>
<p style="text-align:center"><a href="https://smbc-card.vpass-secure.example/login/verify?id=8f2a41c9"
 style="background:#00a040;color:#fff;padding:10px 40px;text-decoration:none">ご本人様確認へ進む</a></p>
<p><b>■ご確認期限：2025年2月6日（木）23:59まで</b><br>
期限までにご確認いただけない場合、カードのご利用を停止させていただきます。</p>
<p style="font-size:11px;color:#888">※本メールは送信専用です。ご返信いただいてもお答えできません。<br>
三井住友カード株式会社</p>
</body></html>
""")

add("spam/card-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-11-12 23:08:52",
    sender=("JCBカード", "jcb-info@myjcb-anshin.example"),
    to=[(None, "m-ishida@kasumi-kogyo.example.co.jp")],
    subject="【MyJCB】カードご利用確認のお願い",
    via=("smtp.myjcb-anshin.example", "unknown", "198.51.100.213"), hops=2,
    text="""\
いつもJCBカードをご利用いただき、誠にありがとうございます。

弊社では、不正利用防止のためカードご利用のモニタリングを行っております。
お客様のカードで以下のご利用があり、確認が必要な状態となっております。

　ご利用日時：2024/11/12 21:37
　ご利用先　：APPLE.COM/BILL
　ご利用金額：38,800円

お心当たりがない場合は、至急下記よりご利用内容の確認をお願いいたします。
お心当たりがある場合も、カード継続利用のため確認手続きが必要です。

▼ご利用確認はこちら
https://myjcb-anshin.example/confirm/?u=m-ishida

24時間以内にご確認いただけない場合、カードのご利用を一時停止いたします。

━━━━━━━━━━━━━━━━━━━━
株式会社ジェーシービー
MyJCB 会員サポート
━━━━━━━━━━━━━━━━━━━━
""")

add("spam/card-phish-03.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True, qname=True,
    date="2025-06-18 12:03:44",
    sender=("楽天カード", "info@rakuten-card.e-navi-support.example"),
    to=[(None, "sayaka.m@mail.example.com")],
    subject="楽天カード：お支払い方法の確認が必要です",
    via=("vps-2291.cheaphost.example", "unknown", "192.0.2.148"), hops=1,
    text="""\
楽天カード会員様

いつも楽天カードをご利用いただきありがとうございます。

今月のお支払い金額の引き落としが、お客様の口座から正常に行われませんでした。
お支払い方法を再設定いただくまで、楽天e-NAVIおよびカードのご利用を制限しております。

お支払い方法の再設定：
https://rakuten-card.e-navi-support.example/e-navi/payment

ご登録のお支払い口座・カード情報をご確認のうえ、
3日以内にお手続きを完了してください。

※手続きが完了しない場合、遅延損害金が発生する場合があります。

楽天カード株式会社
""")

add("spam/bank-phish-01.eml",
    charset="utf-8", cte="base64", date="2024-09-10 08:15:02",
    sender=("三菱UFJ銀行", "info@bk-mufg.torihiki-kakunin.example"),
    to=[(None, "t.okamura@example.ne.jp")],
    subject="【三菱UFJ銀行】お取引目的等確認のお願い",
    via=("mail.torihiki-kakunin.example", "unknown", "203.0.113.201"), hops=2,
    text="""\
三菱UFJ銀行をご利用いただき、誠にありがとうございます。

当行では、犯罪収益移転防止法に基づき、お客さまの
「お取引目的」「ご職業」等を定期的に確認させていただいております。

つきましては、以下のリンクからご回答をお願いいたします。
https://bk-mufg.torihiki-kakunin.example/kakunin/?ref=MU20240910

【回答期限】2024年9月17日（火）

期限までにご回答いただけない場合、お振込・お引き出し等の
お取引を制限させていただく場合がございます。

株式会社三菱UFJ銀行
""",
    html="""\
<html><body style="margin:0;font-family:'Meiryo',sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:4px solid #d00;padding:10px;font-weight:bold;font-size:20px">三菱UFJ銀行</td></tr>
<tr><td style="padding:16px;line-height:1.7">
三菱UFJ銀行をご利用いただき、誠にありがとうございます。<br><br>
当行では、犯罪収益移転防止法に基づき、お客さまの「お取引目的」「ご職業」等を定期的に確認させていただいております。<br><br>
つきましては、以下のボタンからご回答をお願いいたします。<br><br>
<a href="https://bk-mufg.torihiki-kakunin.example/kakunin/?ref=MU20240910" style="display:block;width:240px;margin:auto;background:#d00;color:#fff;text-align:center;padding:12px;text-decoration:none">お取引目的等の回答はこちら</a><br>
<span style="color:#d00">【回答期限】2024年9月17日（火）</span><br>
期限までにご回答いただけない場合、お振込・お引き出し等のお取引を制限させていただく場合がございます。
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:10px">株式会社三菱UFJ銀行</td></tr>
</table></body></html>
""")

add("spam/bank-phish-02.eml",
    charset="shift_jis", cte="8bit", date="2025-01-27 19:52:30",
    sender=("ゆうちょ銀行", "direct@jp-bank.yucho-security.example"),
    to=[(None, "h-kondo@example.ne.jp")],
    subject="ゆうちょダイレクト　ご利用停止のお知らせ",
    via=("yucho-security.example", "unknown", "198.51.100.177"), hops=2,
    text="""\
ゆうちょダイレクトをご利用のお客さまへ

いつもゆうちょ銀行をご利用いただきありがとうございます。

お客さまのゆうちょダイレクトにおいて、複数回のログイン失敗が確認されたため、
セキュリティ保護の観点からサービスを一時停止いたしました。

ご利用を再開するには、以下よりお客さま情報の再登録を行ってください。

https://jp-bank.yucho-security.example/direct/relogin

※再登録にはお客さま番号、ログインパスワード、
　キャッシュカードの暗証番号が必要です。

株式会社ゆうちょ銀行
""")

add("spam/bank-phish-03.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-05-14 10:26:09",
    sender=("りそな銀行", "support@resona-mybank.example"),
    to=[(None, "keiko.s@example.ne.jp")],
    subject="【りそな銀行】セキュリティ強化に伴う追加認証設定のお願い",
    via=("mx-out3.resona-mybank.example", "unknown", "203.0.113.64"), hops=1,
    text="""\
りそなグループアプリ・マイゲート利用者様

平素より格別のご高配を賜り、厚く御礼申し上げます。

昨今、インターネットバンキングを狙った不正送金被害が急増しております。
これを受け当行では、2025年5月20日（火）よりワンタイムパスワードの
追加認証設定を必須とさせていただくことになりました。

設定がお済みでないお客様は、下記URLから設定をお願いいたします。
https://resona-mybank.example/mygate/otp-setting

期日までに設定がお済みでない場合、振込・振替等の
一部サービスがご利用いただけなくなります。

お問い合わせ：りそなコールセンター
""")

add("spam/delivery-phish-01.eml",
    charset="utf-8", cte="8bit", date="2025-03-08 14:02:56",
    sender=(None, "sagawa-info@sgw-redelivery.example"),
    to=[(None, "aya.fuj@mail.example.com")],
    subject="佐川急便よりお荷物のお届けにあがりましたが不在の為持ち帰りました",
    via=("sgw-redelivery.example", "unknown", "192.0.2.211"), hops=1,
    text="""\
佐川急便よりお荷物のお届けにあがりましたが、宛先不在のため持ち帰りました。

再配達のご依頼は下記よりお願いします。
https://sgw-redelivery.example/r?no=4107-3382-9915

※保管期間は3日間です。期間を過ぎますと差出人様へ返送となります。
""")

add("spam/delivery-phish-02.eml",
    charset="utf-8", cte="base64", date="2024-12-19 09:11:38",
    sender=("日本郵便", "no-reply@japanpost.address-check.example"),
    to=[(None, "ryo_taniguchi@example.ne.jp")],
    subject="［日本郵便］ご登録住所の不備によりお荷物をお届けできません",
    via=("srv1.address-check.example", "unknown", "198.51.100.9"), hops=2,
    text="""\
お客様各位

いつも日本郵便をご利用いただきありがとうございます。

お客様宛のお荷物（追跡番号：EJ 8830 4129 1JP）について、
ご登録住所の番地が不完全であるため、配達を完了できませんでした。

お荷物は現在、配達局にて保管しております。
下記ページより正しい住所をご入力いただき、
再配達手数料（330円）をお支払いください。

https://japanpost.address-check.example/redelivery/EJ883041291JP

※48時間以内にお手続きがない場合、お荷物は差出人へ返送されます。

日本郵便株式会社
""")

add("spam/ec-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-07-02 03:47:21",
    sender=("Amazon.co.jp", "account-update@amazon-prime.member-billing.example"),
    to=[(None, "n.kubota@mail.example.com")],
    subject="Amazonプライム会費のお支払いに問題があります",
    via=("member-billing.example", "unknown", "203.0.113.150"), hops=1,
    text="""\
Amazonプライム会員様

お客様のAmazonプライム会費のお支払いに使用されているカードで、
決済を完了することができませんでした。

プライム会員特典（お急ぎ便、Prime Video 等）を引き続きご利用いただくには、
お支払い情報を更新してください。

お支払い情報を更新する：
https://amazon-prime.member-billing.example/ap/billing?ref=prime_renew

更新されない場合、お客様のプライム会員資格は停止され、
アカウントに関連するご注文も保留となります。

Amazon.co.jp カスタマーサービス
""",
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;color:#fff;padding:10px 16px;font-size:22px;font-weight:bold">amazon</div>
<div style="padding:16px">
<p>Amazonプライム会員様</p>
<p>お客様のAmazonプライム会費のお支払いに使用されているカードで、決済を完了することができませんでした。</p>
<p>プライム会員特典（お急ぎ便、Prime Video 等）を引き続きご利用いただくには、お支払い情報を更新してください。</p>
<p><a href="https://amazon-prime.member-billing.example/ap/billing?ref=prime_renew" style="background:#ffd814;color:#111;padding:8px 24px;border-radius:8px;text-decoration:none">お支払い情報を更新</a></p>
<p>更新されない場合、お客様のプライム会員資格は停止され、アカウントに関連するご注文も保留となります。</p>
<p style="color:#555">Amazon.co.jp カスタマーサービス</p>
</div></div></body></html>
""")

add("spam/ec-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-06-25 22:30:14",
    sender=("楽天市場", "rakuten-ichiba@member-rakuten.example"),
    to=[(None, "fumiko.w@example.ne.jp")],
    subject="【楽天市場】アカウントへの不正アクセスを検知しました",
    via=("member-rakuten.example", "unknown", "198.51.100.45"), hops=2,
    text="""\
楽天会員様

いつも楽天市場をご利用いただき、誠にありがとうございます。

お客様の楽天会員アカウントに、普段と異なる環境からの
ログインが確認されました。

　日時：2024年6月25日 21:58
　場所：中国 広東省
　端末：Windows / Chrome

ご本人によるログインでない場合、アカウントが第三者に
不正利用されている恐れがあります。直ちに下記より
パスワードの再設定とお支払い情報の確認を行ってください。

https://member-rakuten.example/login/reset?lang=ja

楽天グループ株式会社
""")

add("spam/ec-phish-03.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2024-04-09 11:20:47",
    sender=("えきねっと", "eki-net@jreast-ekinet.member-info.example"),
    to=[(None, "k.noguchi@example.ne.jp")],
    subject="【えきねっと】自動退会処理が実行されました",
    via=("member-info.example", "unknown", "192.0.2.73"), hops=1,
    text="""\
えきねっと会員様

いつもえきねっとをご利用いただき、ありがとうございます。

お客様のアカウントは、一定期間ログインが確認されなかったため、
本日、会員規約第12条に基づき自動退会処理が実行されました。

アカウントの継続をご希望の場合は、24時間以内に下記より
ログインし、会員情報の確認を行ってください。
確認が完了しますと、退会処理は取り消されます。

https://jreast-ekinet.member-info.example/Login

なお、退会後は貯まっているJRE POINTが失効いたします。

東日本旅客鉄道株式会社　えきねっと事務局
""")

add("spam/securities-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-04-03 07:58:40",
    sender=("SBI証券", "info@sbisec-account.example"),
    to=[(None, "daisuke.ono@kasumi-kogyo.example.co.jp")],
    subject="【SBI証券】重要：お取引制限に関するお知らせ",
    via=("sbisec-account.example", "unknown", "203.0.113.19"), hops=2,
    text="""\
SBI証券をご利用のお客様

平素はSBI証券をご利用いただき、誠にありがとうございます。

昨今、他社において第三者による不正アクセスおよび不正取引の被害が
多数発生しております。当社では、お客様の資産保護を目的として、
全てのお客様にお取引パスワードの再設定とご本人確認をお願いしております。

手続き期限：2025年4月7日（月）

期限までに手続きが完了していない口座は、株式・投資信託の
売買および出金を一時的に制限させていただきます。

■お手続きはこちら
https://sbisec-account.example/ETGate/reconfirm

株式会社SBI証券
""",
    html="""\
<html><body style="font-family:sans-serif;background:#f4f4f4">
<table width="620" align="center" style="background:#fff">
<tr><td style="background:#0a3d91;color:#fff;padding:14px;font-size:20px">SBI証券</td></tr>
<tr><td style="padding:20px;line-height:1.8">
<p>SBI証券をご利用のお客様</p>
<p>平素はSBI証券をご利用いただき、誠にありがとうございます。</p>
<p>昨今、他社において第三者による不正アクセスおよび不正取引の被害が多数発生しております。当社では、お客様の資産保護を目的として、全てのお客様にお取引パスワードの再設定とご本人確認をお願いしております。</p>
<p style="color:#c00;font-weight:bold">手続き期限：2025年4月7日（月）</p>
<p>期限までに手続きが完了していない口座は、株式・投資信託の売買および出金を一時的に制限させていただきます。</p>
<p><a href="https://sbisec-account.example/ETGate/reconfirm">■お手続きはこちら</a></p>
<p style="font-size:12px;color:#666">株式会社SBI証券</p>
</td></tr></table></body></html>
""")

add("spam/securities-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-05-21 16:44:03",
    sender=("野村證券", "nomura-net@nomura-honnin.example"),
    to=[(None, "s-yamane@example.ne.jp")],
    subject="【野村證券】お客様情報の確認のお願い（至急）",
    via=("nomura-honnin.example", "unknown", "198.51.100.88"), hops=1,
    text="""\
野村證券をご利用のお客様へ

いつも野村證券をご利用いただきましてありがとうございます。

当社では金融庁の指導に基づき、全てのお客様を対象に
登録情報の再確認を実施しております。
お客様のアカウントはまだ確認が完了しておりません。

下記URLより野村ネット＆コールにログインし、
ご登録内容の確認をお願いいたします。

https://nomura-honnin.example/hometrade/login

本メール受信後48時間以内にご対応いただけない場合、
口座の取引を一時的に凍結いたします。

野村證券株式会社
""")

add("spam/securities-phish-03.eml",
    charset="shift_jis", cte="8bit", date="2025-06-02 05:13:29",
    sender=("楽天証券", "info@rakuten-sec.login-alert.example"),
    to=[(None, "m.arai@example.ne.jp")],
    subject="楽天証券：【緊急】不正ログイン被害の多発について",
    via=("login-alert.example", "unknown", "203.0.113.229"), hops=2,
    text="""\
楽天証券をご利用のお客様

現在、フィッシング詐欺により盗まれたログイン情報を使って、
お客様の口座で勝手に株式が売買される被害が多発しています。

被害を防ぐため、全てのお客様に「多要素認証」の設定を
お願いしております。本日中に以下より設定を完了してください。

https://rakuten-sec.login-alert.example/member/mfa

設定を行わない場合、当社は被害の補償をいたしかねます。

楽天証券株式会社
カスタマーサービスセンター
""")

add("spam/mynumber-01.eml",
    charset="utf-8", cte="8bit", date="2025-01-15 13:07:55",
    sender=("マイナンバーカード総合サイト", "notice@mynumber-card.renew-center.example"),
    to=[(None, "e.takagi@mail.example.com")],
    subject="【デジタル庁】マイナンバーカード電子証明書の有効期限について",
    via=("renew-center.example", "unknown", "192.0.2.190"), hops=1,
    text="""\
マイナンバーカードをお持ちの皆様へ

お客様のマイナンバーカードの電子証明書の有効期限が近づいております。
有効期限が切れると、健康保険証としての利用やマイナポータルへの
ログイン、コンビニ交付などがご利用いただけなくなります。

現在、オンラインで簡単に更新手続きができるようになりました。
市区町村窓口へ行かなくても、以下から5分で完了します。

▼オンライン更新手続き
https://mynumber-card.renew-center.example/koushin

※手続きの際、本人確認のため登録済みのクレジットカード情報が必要です。
※更新手数料は無料です。

デジタル庁　マイナンバーカード総合窓口
""")

add("spam/mynumber-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-12-03 18:29:11",
    sender=("給付金申請受付窓口", "kyufu@kyufukin-shinsei.example"),
    to=[(None, "yoshiko.hara@example.ne.jp")],
    subject="【最終案内】物価高騰対策給付金（7万円）の申請がお済みでない方へ",
    via=("kyufukin-shinsei.example", "unknown", "198.51.100.201"), hops=2,
    text="""\
物価高騰対策給付金の対象世帯の皆様へ

あなたの世帯は、物価高騰対策給付金（1世帯あたり7万円）の
支給対象となっていますが、まだ申請が確認できていません。

申請期限が12月10日（火）までとなっておりますので、
お早めに下記の申請ページからお手続きください。

https://kyufukin-shinsei.example/apply?area=13

【申請に必要なもの】
・マイナンバーカード（表面・裏面の写真）
・受取口座の情報（金融機関名・支店名・口座番号・暗証番号）

期限を過ぎると給付を受けられなくなりますのでご注意ください。

給付金申請受付窓口（内閣府委託事業）
""")

add("spam/utility-01.eml",
    charset="utf-8", cte="base64", date="2024-11-26 10:04:18",
    sender=("東京電力エナジーパートナー", "info@tepco-ryokin.example"),
    to=[(None, "oda.takuya@example.ne.jp")],
    subject="【東京電力】電気料金未払いによる送電停止のお知らせ",
    via=("tepco-ryokin.example", "unknown", "203.0.113.33"), hops=1,
    text="""\
東京電力エナジーパートナーをご利用のお客さまへ

お客さまの10月分の電気料金について、お支払いの確認ができておりません。

　お客さま番号：03-1182-4477-0
　ご請求金額　：12,486円
　お支払い期限：2024年11月29日（金）

期限までにお支払いが確認できない場合、電気需給約款に基づき
送電を停止させていただきます。

下記よりクレジットカードでお支払いいただけます。
https://tepco-ryokin.example/kumo/pay?no=03118244770

行き違いでお支払い済みの場合はご容赦ください。

東京電力エナジーパートナー株式会社
""",
    html="""\
<html><body>
<div style="font-family:sans-serif;max-width:600px;margin:auto">
<h2 style="color:#e60012;border-bottom:2px solid #e60012">電気料金未払いによる送電停止のお知らせ</h2>
<p>東京電力エナジーパートナーをご利用のお客さまへ</p>
<p>お客さまの10月分の電気料金について、お支払いの確認ができておりません。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>お客さま番号</td><td>03-1182-4477-0</td></tr>
<tr><td>ご請求金額</td><td>12,486円</td></tr>
<tr><td>お支払い期限</td><td>2024年11月29日（金）</td></tr>
</table>
<p>期限までにお支払いが確認できない場合、電気需給約款に基づき送電を停止させていただきます。</p>
<p><a href="https://tepco-ryokin.example/kumo/pay?no=03118244770">今すぐお支払い手続きへ</a></p>
<p style="font-size:12px">行き違いでお支払い済みの場合はご容赦ください。<br>東京電力エナジーパートナー株式会社</p>
</div></body></html>
""")

add("spam/utility-02.eml",
    charset="shift_jis", cte="8bit", date="2025-07-22 08:36:50",
    sender=("水道局料金センター", "ryokin@suidou-center.example"),
    to=[(None, "akemi.n@example.ne.jp")],
    subject="水道料金未納のお知らせ（給水停止予告）",
    via=("suidou-center.example", "unknown", "192.0.2.102"), hops=1,
    text="""\
水道をご利用のお客様

水道料金（5月・6月分）が未納となっております。
本通知は給水停止の予告です。

　未納金額：8,932円
　納付期限：2025年7月25日（金）

納付期限までにお支払いいただけない場合、
水道条例に基づき給水を停止いたします。

以下のページからお支払いください（クレジットカード・PayPay対応）。
https://suidou-center.example/pay/

水道局　料金センター
""")

add("spam/invest-01.eml",
    charset="utf-8", cte="8bit", date="2025-02-20 20:15:33",
    sender=("株式投資アカデミー事務局", "academy@kabu-ai-signal.example"),
    to=[(None, "h.ueda@mail.example.com")],
    subject="【参加無料】AIが選ぶ「次に上がる銘柄」を毎朝LINEでお届けします",
    via=("kabu-ai-signal.example", "unknown", "203.0.113.112"), hops=2,
    text="""\
こんにちは、株式投資アカデミー事務局です。

新NISAを始めたけれど、どの銘柄を買えばいいか分からない……
そんな方のために、AIが分析した注目銘柄を毎朝8時に無料配信しています。

✅ 直近3か月の的中率 92%
✅ 会員数 48,000人突破
✅ 元証券アナリストが個別に質問に回答

現在、期間限定で参加費は完全無料。
下記からLINEの友だち追加をするだけで、明日の朝から受け取れます。

▶ https://kabu-ai-signal.example/line/add?src=mail0220

さらに今なら、友だち追加した方全員に
「3か月で資産を2倍にした銘柄リスト」をプレゼント中です。

※募集は先着300名で締め切ります。お早めに。

配信停止：https://kabu-ai-signal.example/stop
""")

add("spam/invest-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-09-28 11:52:07",
    sender=("佐伯　亮", "saeki@fx-autotrade.example"),
    to=[(None, "kazuya-t@example.ne.jp")],
    subject="月利30%を達成した自動売買ツールのご紹介です",
    via=("fx-autotrade.example", "unknown", "198.51.100.70"), hops=1,
    text="""\
突然のメール失礼します。佐伯と申します。

私は普通の会社員でしたが、ある自動売買ツールに出会ってから
毎月30万円以上の利益を出せるようになりました。

ツールは仮想通貨の値動きを24時間監視して、
自動で売買してくれるので、何もする必要はありません。

今回、開発者の方の許可をいただき、限定10名様だけに
このツールを無料でお譲りできることになりました。

ご興味があれば、このメールに「希望」とだけご返信ください。
詳しい資料をお送りします。

※運用資金は10万円から始められます。
""")

add("spam/dating-01.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True, qname=True,
    date="2024-06-14 01:22:46",
    sender=("みゆき", "miyuki.0614@hitozuma-talk.example"),
    to=[(None, "j.sugimoto@example.ne.jp")],
    subject="昨日のメッセージ見てくれましたか？",
    via=("hitozuma-talk.example", "unknown", "192.0.2.57"), hops=1,
    text="""\
こんばんは、みゆきです。

昨日送ったメッセージ、届いてましたか？
返事がないから、ちょっと寂しくなっちゃいました。

旦那とはもう何年もレスで、誰かと普通にお話ししたいだけなんです。
近くに住んでいるみたいだし、よかったら一度お茶でもしませんか？

写真も載せてるので、ここから見てください♡
https://hitozuma-talk.example/p/miyuki0614

※登録は無料です。このサイトでしかやりとりできないのでごめんなさい。
""")

add("spam/dating-02.eml",
    charset="shift_jis", cte="base64", date="2025-09-05 23:41:18",
    sender=("ハッピーメール事務局", "support@happy-deai.example"),
    to=[(None, "taro.kimura@example.ne.jp")],
    subject="【3件】あなた宛に未読メッセージがあります",
    via=("happy-deai.example", "unknown", "203.0.113.244"), hops=2,
    text="""\
■未読メッセージのお知らせ■

あなた宛に3件の未読メッセージが届いています。

　・ゆい（24歳・OL）　「はじめまして！プロフ見て気になりました」
　・まな（31歳・看護師）「近くで会える人探してます」
　・りさ（28歳・主婦）　「平日の昼間なら時間あります」

メッセージの確認はこちら（無料ポイント付き）
https://happy-deai.example/inbox?uid=77241

※72時間以上未読のメッセージは自動削除されます。
""",
    html="""\
<html><body bgcolor="#fff0f5">
<center>
<font size="4" color="#ff1493"><b>■未読メッセージのお知らせ■</b></font><br><br>
あなた宛に<font color="red" size="5"><b>3件</b></font>の未読メッセージが届いています。<br><br>
<table border="0" cellpadding="4">
<tr><td>ゆい（24歳・OL）</td><td>「はじめまして！プロフ見て気になりました」</td></tr>
<tr><td>まな（31歳・看護師）</td><td>「近くで会える人探してます」</td></tr>
<tr><td>りさ（28歳・主婦）</td><td>「平日の昼間なら時間あります」</td></tr>
</table><br>
<a href="https://happy-deai.example/inbox?uid=77241"><font size="4">メッセージを読む（無料ポイント付き）</font></a><br><br>
<font size="2" color="gray">※72時間以上未読のメッセージは自動削除されます。</font>
</center></body></html>
""")

add("spam/sextortion-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-03-19 04:10:52",
    sender=(None, "r.hamada@example.ne.jp"),
    to=[(None, "r.hamada@example.ne.jp")],
    subject="あなたのアカウントはハッキングされました。支払い期限：48時間",
    via=("[203.0.113.58]", "unknown", "203.0.113.58"), hops=2,
    ret="bounce-7731@mass-relay.example",
    text="""\
こんにちは！

残念なお知らせがあります。
数か月前、あなたがインターネットを利用していたデバイスにアクセスしました。
このメールもあなたのアカウントから送信しています。

その後、あなたのインターネット上の行動をすべて監視していました。
あなたがアダルトサイトを閲覧している様子を、カメラで録画しました。
連絡先リストもすべてコピー済みです。

この動画をあなたの家族、同僚、友人全員に送信されたくなければ、
1,500ドル相当のビットコインを以下のアドレスに送金してください。

BTCアドレス：bc1qz8v0lmo4ixk7u0bqwe3r9s5t2yx6p1nc0d4ho

ビットコインの買い方が分からない場合は、「ビットコイン 購入」で検索してください。
コンビニのATMや暗号資産取引所で簡単に購入できます。

このメールを開いた時点で通知が届きます。48時間以内に送金がない場合、
動画は直ちに公開されます。

警察に連絡しても無駄です。私は複数の国のサーバーを経由しており、
追跡することはできません。このメールに返信しても届きません。
パスワードを変更しても、あなたの端末のデータはすでに私の手元にあります。

支払いが確認できたら、動画とすべてのデータを削除し、
二度とあなたに連絡することはありません。約束します。

よく考えて、賢明な判断をしてください。
""")

add("spam/sextortion-02.eml",
    charset="utf-8", cte="base64", date="2024-10-07 15:33:26",
    sender=("Security Team", "noreply@secure-notice-mail.example"),
    to=[(None, "y.kaneko@kasumi-kogyo.example.co.jp")],
    subject="パスワード：kaneko1987 について",
    via=("secure-notice-mail.example", "unknown", "198.51.100.162"), hops=1,
    text="""\
kaneko1987 ――これがあなたのパスワードですよね？

私はあなたのことを知りませんが、あなたは私のことを知るべきです。
あなたが以前利用したサイトから漏洩したデータベースで、
あなたのメールアドレスとパスワードを入手しました。

そのパスワードを使ってあなたの端末にマルウェアを仕込み、
あなたが何を見ているか、画面とカメラの両方を記録しました。

私の要求は簡単です。2,000米ドル分のビットコインを送ってください。
支払いを確認したら、動画と全データを削除し、二度と連絡しません。

BTC：bc1q7kx0pl3ow9vb8zyr2io5sqm4t6uh0a1ce9n3f

期限は本メールを読んでから2日間です。
""")

add("spam/ceo-line-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-03-11 09:47:31",
    sender=("岡部　正和", "okabe.masakazu.ceo@freemail.example.com"),
    to=[(None, "keiri@kasumi-kogyo.example.co.jp")],
    subject="お疲れ様です",
    via=("smtp.freemail.example.com", "out-12.freemail.example.com", "198.51.100.140"), hops=2,
    headers=[("Reply-To", "okabe.masakazu.ceo@freemail.example.com")],
    text="""\
お疲れ様です。岡部です。

現在、新しい業務プロジェクトを進めており、
社内の一部メンバーと連絡を取るためにLINEグループを作成する必要があります。

お手数ですが、新しいLINEグループを作成し、
そのグループのQRコードをこのメールに返信で送ってください。
私はグループに参加した後、業務の詳細を説明します。

本件は社外秘のため、他の社員には話さないようお願いします。
至急対応してください。

岡部
""")

add("spam/ceo-line-02.eml",
    charset="utf-8", cte="8bit", date="2025-06-24 14:18:09",
    sender=("代表取締役 岡部正和", "president.okabe@secure-biz-mail.example"),
    to=[(None, "a.shimizu@kasumi-kogyo.example.co.jp")],
    subject="至急：本日中の振込対応について",
    via=("secure-biz-mail.example", "unknown", "203.0.113.95"), hops=1,
    text="""\
清水さん

お疲れ様です。今、取引先との会議中で電話に出られません。

新規の業務提携に伴い、本日15時までに手付金を
振り込む必要があります。金額は4,860,000円です。
振込先の口座は、このあと私からメールで送ります。

会計士とも確認済みの案件ですので、稟議は後回しで構いません。
対応できるかどうか、すぐに返信してください。

岡部
iPhoneから送信
""")

add("spam/fake-invoice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-11-29 17:05:48",
    sender=("株式会社サンワ物流 経理部", "keiri@sanwa-butsuryu.invoice-send.example"),
    to=[(None, "m-ishida@kasumi-kogyo.example.co.jp")],
    subject="【ご確認】11月分ご請求書の送付（再送）",
    via=("invoice-send.example", "unknown", "192.0.2.231"), hops=2,
    attach=[("請求書_202411.zip", "application/zip", "zip")], fname="word",
    text="""\
ご担当者様

いつも大変お世話になっております。
株式会社サンワ物流 経理部の松本でございます。

先日お送りいたしました11月分のご請求書につきまして、
ご確認いただけていないようでしたので再送させていただきます。

添付ファイルをご確認のうえ、期日までにお振込みいただけますよう
お願い申し上げます。

※ファイルにはパスワードを設定しております。
　パスワードは別途メールにてお送りいたします。

何卒よろしくお願い申し上げます。

────────────────
株式会社サンワ物流
経理部　松本　理恵
────────────────
""")

add("spam/fake-invoice-02.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True, qname=True,
    date="2025-09-16 10:39:22",
    sender=("経理部 山口", "share-notify@docs-share365.example"),
    to=[(None, "s.tsuda@nishiki-soft.example.jp")],
    subject="山口 さんがファイル「支払通知書_2025年9月.pdf」を共有しました",
    via=("docs-share365.example", "unknown", "198.51.100.249"), hops=1,
    text="""\
山口 さんがあなたとファイルを共有しました。

支払通知書_2025年9月.pdf

「9月分の支払通知書です。内容をご確認の上、ご署名をお願いします。」

ファイルを開く：
https://docs-share365.example/s/Ak3f9QwPz0?e=s.tsuda

このリンクは s.tsuda@nishiki-soft.example.jp のみ有効です。
転送されたリンクからはアクセスできません。

Microsoft OneDrive
""",
    html="""\
<html><body style="font-family:'Segoe UI',sans-serif;color:#323130">
<div style="max-width:520px;margin:24px auto;border:1px solid #edebe9;padding:24px">
<p style="font-size:20px">山口 さんがあなたとファイルを共有しました</p>
<div style="border:1px solid #c8c6c4;padding:12px;margin:16px 0">&#128196; 支払通知書_2025年9月.pdf</div>
<p>「9月分の支払通知書です。内容をご確認の上、ご署名をお願いします。」</p>
<p><a href="https://docs-share365.example/s/Ak3f9QwPz0?e=s.tsuda" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">開く</a></p>
<p style="font-size:12px;color:#605e5c">このリンクは s.tsuda@nishiki-soft.example.jp のみ有効です。転送されたリンクからはアクセスできません。</p>
<p style="font-size:12px;color:#605e5c">Microsoft OneDrive</p>
</div></body></html>
""")

add("spam/loan-01.eml",
    charset="euc-jp", cte="8bit", date="2024-04-22 12:31:05",
    sender=("即日キャッシュ相談窓口", "info@sokujitsu-yuushi.example"),
    to=[(None, "nakai_k@example.ne.jp")],
    subject="最短30分でご融資！他社で断られた方もご相談ください",
    via=("sokujitsu-yuushi.example", "unknown", "203.0.113.175"), hops=1,
    text="""\
★☆★ 急な出費でお困りの方へ ★☆★

・他社で借入れを断られた
・ブラックリストに載っている
・自己破産・債務整理の経験がある

そんな方でも、当社なら最短30分でご融資可能です！
審査は独自基準。在籍確認なし・保証人不要です。

◆ご融資額：1万円〜300万円
◆ご返済　：月々3,000円から

お申込みはこちらから（24時間受付）
https://sokujitsu-yuushi.example/apply

※ご相談は完全無料です。秘密厳守いたします。
""")

add("spam/loan-02.eml",
    charset="shift_jis", cte="8bit", date="2025-10-02 21:54:38",
    sender=("個人間融資 ゆか", "yuka.kojinkan@freemail.example.com"),
    to=[(None, "r.hamada@example.ne.jp")],
    subject="お金に困っている方、個人でお貸しします",
    via=("smtp.freemail.example.com", "out-07.freemail.example.com", "198.51.100.141"), hops=2,
    text="""\
はじめまして、ゆかと申します。

私自身、昔お金に困ったときに人に助けてもらった経験があり、
今は少し余裕ができたので、困っている方のお力になれればと思っています。

・5万円〜50万円まで
・銀行や消費者金融の審査なし
・即日お振込み可能

ご希望の方は、このメールに
お名前、ご希望金額、ご職業、電話番号を書いて返信してください。
LINEでのやりとりも可能です。

※初回のみ、保証料として1万円を先にお振込みいただきます。
""")

add("spam/b2b-sales-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-05-28 10:02:17",
    sender=("補助金申請サポートセンター", "info@hojokin-support.example"),
    to=[(None, "info@kasumi-kogyo.example.co.jp")],
    subject="【経営者様へ】最大450万円のIT導入補助金、申請代行いたします",
    via=("mail.hojokin-support.example", "mail.hojokin-support.example", "192.0.2.162"), hops=2,
    headers=[("List-Unsubscribe", "<https://hojokin-support.example/unsub?m=info%40kasumi-kogyo.example.co.jp>")],
    text="""\
代表者様
経営者様

突然のご連絡失礼いたします。
補助金申請サポートセンターの田村と申します。

2025年度のIT導入補助金について、採択率の高い申請書の作成を
完全成功報酬で代行しております。

　■最大450万円（補助率最大4分の3）
　■着手金0円・不採択の場合は費用ゼロ
　■採択実績：累計1,200社以上

公募締切が迫っております。貴社が対象となるかどうか、
無料診断（所要3分）をお試しください。

▼無料診断フォーム
https://hojokin-support.example/shindan

ご不要の場合は大変失礼いたしました。
今後のご案内が不要な方は、下記より配信停止をお願いいたします。
https://hojokin-support.example/unsub

補助金申請サポートセンター　田村
""")

add("spam/b2b-sales-02.eml",
    charset="shift_jis", cte="8bit", date="2024-09-03 15:40:29",
    sender=("Webマーケ研究所", "sales@web-marke-lab.example"),
    to=[(None, "contact@nishiki-soft.example.jp")],
    subject="【ご担当者様】貴社ホームページ、問い合わせが来ていますか？",
    via=("web-marke-lab.example", "unknown", "203.0.113.140"), hops=1,
    text="""\
ご担当者様

お世話になります。Webマーケ研究所の小池です。
貴社ホームページを拝見し、ご連絡いたしました。

「ホームページはあるが、問い合わせがほとんど来ない」
というお悩みはございませんか？

弊社のAI集客システムを導入した企業様では、
平均して3か月で問い合わせ数が4.2倍に増加しています。

・初期費用0円、月額9,800円から
・SEO対策、MEO対策、SNS運用まですべて代行
・最低契約期間なし

15分ほどのオンライン面談で、貴社サイトの改善点を
無料でお伝えいたします。ご都合のよい日時をご返信ください。

Webマーケ研究所　営業部　小池
""")

add("spam/pharma-01.eml",
    charset="utf-8", cte="8bit", date="2024-06-30 02:17:44",
    sender=("メンズヘルス通販", "shop@mens-kusuri-direct.example"),
    to=[(None, "kazuya-t@example.ne.jp")],
    subject="バイアグラ・シアリス ジェネリック 1錠98円〜 処方箋不要",
    via=("mens-kusuri-direct.example", "unknown", "192.0.2.29"), hops=1,
    text="""\
【男の自信を取り戻す】

病院に行かずに、ED治療薬が自宅に届きます。

◆バイアグラ ジェネリック 100mg ……1錠 98円〜
◆シアリス ジェネリック 20mg ………1錠 128円〜
◆レビトラ ジェネリック 20mg ………1錠 150円〜

✔ 処方箋不要・医師の診察なし
✔ 中身が分からない梱包でお届け
✔ 2万円以上で送料無料

今だけ初回購入で10錠おまけ！

https://mens-kusuri-direct.example/?aff=ml0630

※個人輸入代行です。配信停止はこちら https://mens-kusuri-direct.example/stop
""")

add("spam/pharma-02.eml",
    charset="euc-jp", cte="8bit", date="2025-04-17 06:05:13",
    sender=("スリムラボ", "info@slim-labo.example"),
    to=[(None, "miho.s@example.ne.jp")],
    subject="飲むだけで1か月マイナス8キロ！話題の海外ダイエットサプリ",
    via=("slim-labo.example", "unknown", "198.51.100.52"), hops=1,
    text="""\
夏までにあと5キロ痩せたいあなたへ。

食事制限なし、運動なしで、飲むだけで
1か月にマイナス8キロを達成した人が続出しています！

日本では未承認の成分を配合した海外製サプリメントを
個人輸入代行でお届けします。

◇通常価格　12,800円 → 本日限り 2,980円（77％OFF）
◇定期縛りなし・いつでも解約OK

▼ご注文はこちら
https://slim-labo.example/lp/summer

※効果には個人差があります。
""")

add("spam/fake-shop-01.eml",
    charset="utf-8", cte="base64", date="2024-12-26 19:28:31",
    sender=("ブランド閉店セール", "outlet@brand-heiten-sale.example"),
    to=[(None, "e.takagi@mail.example.com")],
    subject="【閉店在庫一掃】人気ブランドバッグ・財布 最大90%OFF 本日限り",
    via=("brand-heiten-sale.example", "unknown", "203.0.113.7"), hops=1,
    text="""\
閉店のため、在庫を全品大放出いたします！

ルイ・ヴィトン、グッチ、プラダ、コーチなど
人気ブランドのバッグ・財布が最大90%OFF。

　・ショルダーバッグ　198,000円 → 19,800円
　・長財布　　　　　　 89,000円 →  8,900円
　・トートバッグ　　　156,000円 → 15,600円

全品正規品保証・送料無料・代金は銀行振込のみ。
在庫がなくなり次第終了です。

https://brand-heiten-sale.example/
""",
    html="""\
<html><body style="text-align:center;font-family:sans-serif">
<div style="background:#000;color:#ffd700;font-size:28px;padding:16px">閉店在庫一掃セール</div>
<p style="font-size:40px;color:#e00;font-weight:bold;margin:10px">最大90%OFF</p>
<p>ルイ・ヴィトン、グッチ、プラダ、コーチなど<br>人気ブランドのバッグ・財布を全品大放出！</p>
<table align="center" border="1" cellpadding="8" style="border-collapse:collapse">
<tr><td>ショルダーバッグ</td><td><s>198,000円</s></td><td style="color:#e00">19,800円</td></tr>
<tr><td>長財布</td><td><s>89,000円</s></td><td style="color:#e00">8,900円</td></tr>
<tr><td>トートバッグ</td><td><s>156,000円</s></td><td style="color:#e00">15,600円</td></tr>
</table>
<p>全品正規品保証・送料無料・代金は銀行振込のみ</p>
<p><a href="https://brand-heiten-sale.example/" style="font-size:22px;background:#e00;color:#fff;padding:10px 30px;text-decoration:none">今すぐチェック</a></p>
<p style="font-size:11px">在庫がなくなり次第終了です。</p>
</body></html>
""")

add("spam/advance-fee-01.eml",
    charset="utf-8", cte="8bit", date="2025-08-12 16:48:57",
    sender=("Mr. Harrison Walker", "h.walker.esq@lawchambers-uk.example"),
    to=[(None, "yoshiko.hara@example.ne.jp")],
    subject="相続人についてのご相談（機密）",
    via=("lawchambers-uk.example", "unknown", "198.51.100.193"), hops=2,
    text="""\
親愛なる友人へ、

私はロンドンの弁護士ハリソン・ウォーカーです。このメールが驚かせないことを願います。

私の依頼人である日本人実業家の故・原 健一郎氏は、3年前に交通事故で家族と共に亡くなりました。
彼は当銀行に850万米ドルの預金を残しましたが、相続人が見つかっていません。

あなたが故人と同じ姓であるため、私はあなたを近親者として申請したいと考えています。
この取引は100%合法で安全であり、資金は50：50で分けることを提案します。

興味がある場合は、以下の情報を返信してください：
1. フルネーム
2. 住所と電話番号
3. 職業と年齢

この件は極秘に扱ってください。

敬具
ハリソン・ウォーカー
""")

add("spam/mailbox-quota-01.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-10-21 08:02:35",
    sender=("nishiki-soft.example.jp メール管理者", "postmaster@mailadmin-portal.example"),
    to=[(None, "s.tsuda@nishiki-soft.example.jp")],
    subject="メールボックスの容量が上限（99%）に達しました",
    via=("mailadmin-portal.example", "unknown", "203.0.113.213"), hops=1,
    text="""\
s.tsuda@nishiki-soft.example.jp 様

お使いのメールボックスの容量が上限に達しています。

　使用量：4.95 GB / 5 GB（99%）

容量を超えると、新しいメールを受信できなくなり、
送信者にエラーが返されます。

以下のリンクから無料で容量を追加してください。
https://mailadmin-portal.example/quota/upgrade?user=s.tsuda@nishiki-soft.example.jp

このメッセージは nishiki-soft.example.jp のメールサーバーから自動送信されています。
""",
    html="""\
<html><body style="font-family:Arial,sans-serif">
<table style="border:1px solid #ccc;width:520px">
<tr><td style="background:#2b579a;color:#fff;padding:8px">nishiki-soft.example.jp メール管理センター</td></tr>
<tr><td style="padding:14px">
s.tsuda@nishiki-soft.example.jp 様<br><br>
お使いのメールボックスの容量が上限に達しています。<br><br>
<div style="background:#eee;width:100%"><div style="background:#d9534f;width:99%;color:#fff;text-align:right">99%</div></div>
使用量：4.95 GB / 5 GB<br><br>
容量を超えると、新しいメールを受信できなくなり、送信者にエラーが返されます。<br><br>
<a href="https://mailadmin-portal.example/quota/upgrade?user=s.tsuda@nishiki-soft.example.jp">容量を無料で追加する</a><br><br>
<span style="font-size:11px;color:#888">このメッセージは nishiki-soft.example.jp のメールサーバーから自動送信されています。</span>
</td></tr></table></body></html>
""")

add("spam/mailbox-quota-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-08-06 13:14:46",
    sender=("システム管理者", "admin@webmail-verify.example"),
    to=[(None, "a.shimizu@kasumi-kogyo.example.co.jp")],
    subject="【システム通知】メールアカウントの停止予定について",
    via=("webmail-verify.example", "unknown", "192.0.2.245"), hops=1,
    text="""\
ユーザー各位

メールサーバー移行に伴い、アカウントの再認証が必要です。
再認証が完了していないアカウントは、8月8日（木）に停止されます。

以下のリンクから現在のパスワードでログインし、
認証を完了してください。

https://webmail-verify.example/owa/auth/

システム管理者
""")

add("spam/cloud-storage-01.eml",
    charset="utf-8", cte="8bit", date="2025-11-04 22:09:01",
    sender=("iCloud", "noreply@icloud-storage.billing-info.example"),
    to=[(None, "aya.fuj@mail.example.com")],
    subject="⚠️ iCloudストレージの支払いに失敗しました - 写真とビデオは削除されます",
    via=("billing-info.example", "unknown", "198.51.100.14"), hops=1,
    text="""\
お客様のiCloudストレージプランのお支払いに失敗しました。

お支払い方法が確認できないため、ストレージプランは5GBの無料プランに
変更されます。現在の使用容量（48.2GB）が上限を超えているため、
7日後に写真、ビデオ、書類が削除されます。

今なら特別オファーとして、支払い情報を更新すると
50GBプランを12か月間わずか1円でご利用いただけます。

▶ 支払い情報を更新する
https://icloud-storage.billing-info.example/renew

Apple Media Services
""")

add("spam/job-scam-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-01-09 17:26:40",
    sender=("高収入ワーク紹介", "recruit@kougaku-work.example"),
    to=[(None, "kenta.sato@example.ne.jp")],
    subject="日払い5万円以上！荷物を受け取るだけの簡単なお仕事です",
    via=("kougaku-work.example", "unknown", "203.0.113.163"), hops=1,
    text="""\
即日払い・高収入のお仕事をご紹介します。

【仕事内容】
指定された住所で荷物を受け取り、別の場所に届けるだけ。
空いた時間にできるので、学生さんや主婦の方にも人気です。

【報酬】1件あたり3万〜5万円（当日現金払い）

【応募方法】
以下のテレグラムIDに「応募」とメッセージを送ってください。
　ID：@work_kanri2025

※身分証（運転免許証など）の写真を提出していただきます。
※面接なし、即日勤務OK。
""")

# ===========================================================================
# ham
# ===========================================================================

add("ham/card-statement-01.eml",
    charset="utf-8", cte="base64", date="2025-02-12 07:00:12",
    sender=("みなとカード", "statement@mail.minato-card.example.co.jp"),
    to=[(None, "yuki.hoshino@example.ne.jp")],
    subject="【みなとカード】2月お支払い分のご利用代金明細が確定しました",
    via=("mta21.minato-card.example.co.jp", "mta21.minato-card.example.co.jp", "192.0.2.21"), hops=2,
    headers=[("List-Unsubscribe", "<https://www.minato-card.example.co.jp/mail/settings>")],
    text="""\
星野 由紀 様

いつもみなとカードをご利用いただき、ありがとうございます。
2月27日（木）お支払い分のご利用代金明細が確定しましたので、お知らせします。

　カード名称　　：みなとカード ゴールド
　お支払い金額　：68,412円
　お支払い日　　：2025年2月27日（木）
　お引き落とし口座：ご登録の口座

明細の内容は、会員専用サイト「みなとNet」でご確認ください。
https://www.minato-card.example.co.jp/mypage/

※このメールでカード番号や暗証番号、パスワードの入力をお願いすることはありません。
　不審なメールやSMSにご注意ください。

株式会社みなとカード
〒100-0000 東京都千代田区丸の内0-0-0
このメールの配信設定の変更：https://www.minato-card.example.co.jp/mail/settings
""",
    html="""\
<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><title>ご利用代金明細確定のお知らせ</title></head>
<body style="margin:0;background:#f2f5f7;font-family:sans-serif;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#fff">
<tr><td style="background:#0b5394;color:#fff;font-size:18px">みなとカード</td></tr>
<tr><td>
<p>星野 由紀 様</p>
<p>いつもみなとカードをご利用いただき、ありがとうございます。<br>
2月27日（木）お支払い分のご利用代金明細が確定しましたので、お知らせします。</p>
<table cellpadding="6" style="border:1px solid #ccc;border-collapse:collapse;width:100%">
<tr><th align="left" style="background:#eef">カード名称</th><td>みなとカード ゴールド</td></tr>
<tr><th align="left" style="background:#eef">お支払い金額</th><td>68,412円</td></tr>
<tr><th align="left" style="background:#eef">お支払い日</th><td>2025年2月27日（木）</td></tr>
<tr><th align="left" style="background:#eef">お引き落とし口座</th><td>ご登録の口座</td></tr>
</table>
<p>明細の内容は、会員専用サイト「<a href="https://www.minato-card.example.co.jp/mypage/">みなとNet</a>」でご確認ください。</p>
<p style="font-size:12px;color:#666">※このメールでカード番号や暗証番号、パスワードの入力をお願いすることはありません。不審なメールやSMSにご注意ください。</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">株式会社みなとカード　〒100-0000 東京都千代田区丸の内0-0-0<br>
<a href="https://www.minato-card.example.co.jp/mail/settings">配信設定の変更</a></td></tr>
</table></td></tr></table></body></html>
""")

add("ham/card-statement-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-06-03 09:30:00",
    sender=("ひまわり信販 会員サービス", "info@himawari-shinpan.example.co.jp"),
    to=[(None, "h-kondo@example.ne.jp")],
    subject="ご利用代金お引き落とし日のご案内（6月10日）",
    via=("smtp.himawari-shinpan.example.co.jp", "smtp.himawari-shinpan.example.co.jp", "203.0.113.80"), hops=2,
    text="""\
近藤 浩 様

ひまわり信販をご利用いただき、ありがとうございます。
6月のご利用代金のお引き落とし日が近づきましたので、ご案内いたします。

　お引き落とし日：2024年6月10日（月）
　ご請求金額　　：24,760円

お引き落とし日の前日までに、ご指定口座へのご入金をお願いいたします。
残高不足でお引き落としができなかった場合は、後日お送りする
払込用紙でお支払いください。

ご利用明細の確認はWebサービス「ひまわりNet」から行えます。
https://www.himawari-shinpan.example.co.jp/net/

本メールは送信専用アドレスからお送りしています。
お問い合わせは会員デスク（0120-000-456、9:30〜17:00）までお願いします。

株式会社ひまわり信販
""")

add("ham/security-notice-01.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True, qname=True,
    date="2025-04-08 22:14:37",
    sender=("さくら野信金", "direct@sakurano-shinkin.example.jp"),
    to=[(None, "keiko.s@example.ne.jp")],
    subject="【さくら野しんきん】新しい端末からのログインがありました",
    via=("mo1.sakurano-shinkin.example.jp", "mo1.sakurano-shinkin.example.jp", "198.51.100.17"), hops=2,
    text="""\
佐々木 恵子 様

さくら野しんきんダイレクトに、新しい端末からのログインがありました。

　日時　：2025年4月8日 22:13
　端末　：iPhone（Safari）
　地域　：東京都（推定）

お客様ご本人によるログインであれば、このメールへの対応は不要です。

お心当たりがない場合は、速やかにログインパスワードを変更のうえ、
下記の窓口までご連絡ください。
　さくら野しんきん ダイレクトサポート 0120-000-789（平日9:00〜17:00）

当金庫がメールでパスワードや暗証番号をお尋ねすることはありません。
ログインは必ずブックマークまたは公式アプリから行ってください。

さくら野信用金庫
""")

add("ham/security-notice-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-09-17 18:03:51",
    sender=("ことのは書房 会員サポート", "support@kotonoha-shobo.example.com"),
    to=[(None, "k.noguchi@example.ne.jp")],
    subject="パスワード変更完了のお知らせ",
    via=("mail.kotonoha-shobo.example.com", "mail.kotonoha-shobo.example.com", "192.0.2.66"), hops=2,
    text="""\
野口 健 様

ことのは書房オンラインストアをご利用いただき、ありがとうございます。

2024年9月17日 18:02 に、会員アカウントのパスワードが変更されました。

お客様ご自身で変更された場合は、このメールは破棄してください。

変更した覚えがない場合は、第三者による不正アクセスの可能性があります。
お手数ですが、下記のお問い合わせフォームからご連絡ください。
https://www.kotonoha-shobo.example.com/contact/

──────────────────
ことのは書房オンラインストア
support@kotonoha-shobo.example.com
──────────────────
""")

add("ham/security-notice-03.eml",
    charset="utf-8", cte="base64", date="2025-05-09 12:00:00",
    sender=("あおぞら野証券", "oshirase@aozorano-sec.example.co.jp"),
    to=[(None, "m.arai@example.ne.jp")],
    subject="【重要】当社を装ったフィッシングメールにご注意ください",
    via=("mailgw.aozorano-sec.example.co.jp", "mailgw.aozorano-sec.example.co.jp", "203.0.113.45"), hops=2,
    text="""\
お客様各位

平素はあおぞら野証券をご利用いただき、誠にありがとうございます。

現在、証券会社を装ったフィッシングメールにより、お客様のIDや
パスワードが盗まれ、口座内の株式を勝手に売却し、別の銘柄を
購入される被害が業界全体で多発しています。

当社を装ったメールでは、次のような件名が確認されています。
　・【重要】お取引制限に関するお知らせ
　・【緊急】本人確認のお願い（至急）
　・セキュリティ強化のため多要素認証を設定してください

当社からのメールで、ログイン画面へのリンクを記載して
IDやパスワードの入力を求めることはありません。
ログインは当社アプリ、またはブックマークした公式サイトからお願いします。

また、安全のため多要素認証（ログイン時の認証コード）の設定をお勧めします。
設定方法はこちらをご覧ください。
https://www.aozorano-sec.example.co.jp/security/mfa.html

万一、不審なサイトにIDやパスワードを入力してしまった場合は、
すぐにパスワードを変更し、当社サポートデスク（0120-000-321）へご連絡ください。

あおぞら野証券株式会社
""",
    html="""\
<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.7">
<h3 style="color:#b00">【重要】当社を装ったフィッシングメールにご注意ください</h3>
<p>お客様各位</p>
<p>平素はあおぞら野証券をご利用いただき、誠にありがとうございます。</p>
<p>現在、証券会社を装ったフィッシングメールにより、お客様のIDやパスワードが盗まれ、口座内の株式を勝手に売却し、別の銘柄を購入される被害が業界全体で多発しています。</p>
<p>当社を装ったメールでは、次のような件名が確認されています。</p>
<ul>
<li>【重要】お取引制限に関するお知らせ</li>
<li>【緊急】本人確認のお願い（至急）</li>
<li>セキュリティ強化のため多要素認証を設定してください</li>
</ul>
<p><b>当社からのメールで、ログイン画面へのリンクを記載してIDやパスワードの入力を求めることはありません。</b>ログインは当社アプリ、またはブックマークした公式サイトからお願いします。</p>
<p>また、安全のため多要素認証（ログイン時の認証コード）の設定をお勧めします。設定方法は<a href="https://www.aozorano-sec.example.co.jp/security/mfa.html">こちら</a>をご覧ください。</p>
<p>万一、不審なサイトにIDやパスワードを入力してしまった場合は、すぐにパスワードを変更し、当社サポートデスク（0120-000-321）へご連絡ください。</p>
<p>あおぞら野証券株式会社</p>
</body></html>
""")

add("ham/ec-order-01.eml",
    charset="utf-8", cte="8bit", date="2025-06-21 20:45:09",
    sender=("くらしの雑貨 こもれび", "order@komorebi-zakka.example.jp"),
    to=[(None, "sayaka.m@mail.example.com")],
    subject="【こもれび】ご注文ありがとうございます（注文番号：KM-250621-0387）",
    via=("shop-mail.komorebi-zakka.example.jp", "shop-mail.komorebi-zakka.example.jp", "198.51.100.104"), hops=2,
    text="""\
森田 さやか 様

この度は「くらしの雑貨 こもれび」をご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。

■注文番号：KM-250621-0387
■ご注文日：2025年6月21日

　波佐見焼 マグカップ（藍）　　1,980円 × 2
　リネン キッチンクロス 2枚組　1,650円 × 1
　────────────────────
　小計　　　5,610円
　送料　　　　550円
　合計　　　6,160円（税込）

■お支払い方法：クレジットカード
■お届け予定：6月25日（水）〜6月27日（金）

発送が完了しましたら、改めて追跡番号をお知らせいたします。
ご不明な点がございましたら、このメールにご返信ください。

くらしの雑貨 こもれび
https://komorebi-zakka.example.jp/
""")

add("ham/ec-order-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-12-05 15:22:40",
    sender=("つくし文具店", "shop@tsukushi-bungu.example.co.jp"),
    to=[(None, "fumiko.w@example.ne.jp")],
    subject="商品発送のお知らせ【つくし文具店】",
    via=("mail.tsukushi-bungu.example.co.jp", "mail.tsukushi-bungu.example.co.jp", "203.0.113.91"), hops=1,
    text="""\
渡辺 文子 様

つくし文具店でございます。
ご注文いただいた商品を本日発送いたしました。

【ご注文番号】20241203-0042
【配送業者】ミドリ便
【お問い合わせ番号】5501-2287-3310

配送状況は、下記のページでお問い合わせ番号を入力してご確認いただけます。
https://track.midori-bin.example.jp/

商品：
　万年筆インク ボトル 50ml（冬灯）×1
　2025年 手帳 A6 ウィークリー（生成り）×1

到着まで今しばらくお待ちくださいませ。
またのご利用を心よりお待ちしております。

つくし文具店　店主　筑紫
""")

add("ham/ec-order-03.eml",
    charset="shift_jis", cte="8bit", date="2025-09-30 11:08:26",
    sender=("ハーモニー楽器 本店", "honten@harmony-gakki.example.co.jp"),
    to=[(None, "j.sugimoto@example.ne.jp")],
    subject="ご予約商品入荷のご連絡（ハーモニー楽器）",
    via=("harmony-gakki.example.co.jp", "harmony-gakki.example.co.jp", "192.0.2.118"), hops=2,
    text="""\
杉本 純一 様

いつもハーモニー楽器をご利用いただきありがとうございます。
ご予約いただいておりました下記の商品が入荷いたしました。

　商品名：エレクトリックベース BX-4（サンバースト）
　ご予約金：10,000円（お預かり済み）
　残金　　：88,000円（税込）

店頭でのお受け取りは、本日より10月14日（火）までにお願いいたします。
お受け取りの際は、ご予約時の控えをお持ちください。
配送をご希望の場合は、このメールにご返信いただければ手配いたします。

ハーモニー楽器 本店
営業時間 11:00〜20:00（水曜定休）
電話 03-0000-2468
""")

add("ham/newsletter-01.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True, qname=True,
    date="2024-11-22 12:00:05",
    sender=("LUCE ONLINE STORE", "news@luce-apparel.example.jp"),
    to=[(None, "aya.fuj@mail.example.com")],
    subject="【ブラックフライデー開幕】全品最大70%OFF＋会員様限定クーポン",
    via=("mail12.luce-apparel.example.jp", "mail12.luce-apparel.example.jp", "198.51.100.74"), hops=2,
    headers=[("List-Unsubscribe", "<https://www.luce-apparel.example.jp/mail/unsubscribe?u=a8f31c>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    text="""\
LUCE ONLINE STORE 会員の皆さま

お待たせしました。年に一度のブラックフライデーがスタートしました！

■期間：11月22日（金）12:00 〜 12月1日（日）23:59
■対象：オンラインストア全品 最大70%OFF

さらに会員様限定で、セール価格から使える10%OFFクーポンをご用意しました。
　クーポンコード：LUCEBF24
　（お一人様1回限り、5,000円以上のお買い物で利用可）

人気のウールコートやニットは早めの完売が予想されます。
お気に入りのアイテムは、ぜひお早めにチェックしてください。

▼セール会場はこちら
https://www.luce-apparel.example.jp/sale/blackfriday/

―
LUCE ONLINE STORE
※本メールは会員登録時にメールマガジンの受信を希望された方にお送りしています。
配信停止：https://www.luce-apparel.example.jp/mail/unsubscribe?u=a8f31c
""",
    html="""\
<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#111">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#fff;font-family:sans-serif">
<tr><td style="background:#000;color:#fff;text-align:center;letter-spacing:4px;font-size:22px">LUCE</td></tr>
<tr><td style="text-align:center">
<p style="font-size:30px;font-weight:bold;margin:0">BLACK FRIDAY</p>
<p style="font-size:18px">全品 最大<span style="color:#c00;font-size:34px">70%OFF</span></p>
<p>11月22日（金）12:00 〜 12月1日（日）23:59</p>
<div style="border:2px dashed #c00;padding:12px;margin:12px 40px">会員様限定クーポン<br><b style="font-size:22px">LUCEBF24</b><br><span style="font-size:12px">セール価格からさらに10%OFF（5,000円以上・お一人様1回限り）</span></div>
<p><a href="https://www.luce-apparel.example.jp/sale/blackfriday/" style="background:#000;color:#fff;padding:12px 36px;text-decoration:none">セール会場へ</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777">※本メールは会員登録時にメールマガジンの受信を希望された方にお送りしています。<br>
<a href="https://www.luce-apparel.example.jp/mail/unsubscribe?u=a8f31c">配信停止はこちら</a></td></tr>
</table></td></tr></table></body></html>
""")

add("ham/newsletter-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-01-10 07:30:00",
    sender=("ことのは書房", "magazine@kotonoha-shobo.example.com"),
    to=[(None, "k.noguchi@example.ne.jp")],
    subject="ことのは通信 第214号 ―― 新春の新刊と冬の読書会のご案内",
    via=("mail.kotonoha-shobo.example.com", "mail.kotonoha-shobo.example.com", "192.0.2.66"), hops=2,
    headers=[("List-Unsubscribe", "<mailto:magazine-off@kotonoha-shobo.example.com>")],
    text="""\
━━━━━━━━━━━━━━━━━━━━━━━━
　ことのは通信　第214号　2025年1月10日
━━━━━━━━━━━━━━━━━━━━━━━━

あけましておめでとうございます。
本年もことのは書房をどうぞよろしくお願いいたします。

◆今月の新刊

　『港町の灯台守』　　浜野 千尋 著　1,980円
　『はじめての土鍋料理』　くらしの台所編集部 編　1,650円

◆冬の読書会（オンライン・参加無料）

　日時：1月25日（土）14:00〜15:30
　課題本：『港町の灯台守』
　お申し込み：https://www.kotonoha-shobo.example.com/event/

◆店頭イベント

　「冬の古書市」　1月18日（土）・19日（日）　10:00〜18:00
　絶版の文庫や古い地図、昭和の雑誌など約3,000冊を並べます。
　会場は本店2階ギャラリーです。入場無料。

　「はじめての製本ワークショップ」　2月1日（土）13:00〜15:00
　和綴じのノートを1冊つくります。材料費 1,200円、定員8名。
　お申し込みは店頭またはお電話（03-0000-4410）で承ります。

◆店主のひとこと

寒い日が続きます。温かい飲み物と一緒に、
ゆっくりページをめくる時間をお過ごしください。

──────────────────────────
配信停止をご希望の方は、件名に「停止」と書いて
magazine-off@kotonoha-shobo.example.com までお送りください。
ことのは書房　https://www.kotonoha-shobo.example.com/
""")

add("ham/newsletter-03.eml",
    charset="utf-8", cte="base64", date="2025-03-27 17:15:44",
    sender=("スーパーまるみつ", "point@marumitsu-super.example.jp"),
    to=[(None, "yoshiko.hara@example.ne.jp")],
    subject="【まるみつポイント】3月31日に1,240ポイントが失効します",
    via=("mm.marumitsu-super.example.jp", "mm.marumitsu-super.example.jp", "203.0.113.132"), hops=2,
    headers=[("List-Unsubscribe", "<https://www.marumitsu-super.example.jp/app/mail-stop>")],
    text="""\
原 佳子 様

いつもスーパーまるみつをご利用いただきありがとうございます。

お客様のまるみつポイントのうち、1,240ポイントが
2025年3月31日（月）に有効期限を迎えます。

ポイントは1ポイント＝1円として、全店のレジでご利用いただけます。
期限までにぜひお使いください。

━ 今週末のお買い得情報 ━
・3月29日（土）　ポイント5倍デー
・3月30日（日）　国産いちご 2パック 698円

現在のポイント残高は、まるみつアプリでご確認いただけます。
https://www.marumitsu-super.example.jp/app/

スーパーまるみつ
メール配信の停止：https://www.marumitsu-super.example.jp/app/mail-stop
""",
    html="""\
<html><body style="font-family:sans-serif;background:#fffbe6">
<div style="max-width:560px;margin:auto;background:#fff;border-top:6px solid #f08300">
<div style="padding:16px">
<p>原 佳子 様</p>
<p>いつもスーパーまるみつをご利用いただきありがとうございます。</p>
<p style="font-size:18px">お客様の <b style="color:#f08300">1,240ポイント</b> が<br><b>2025年3月31日（月）</b>に有効期限を迎えます。</p>
<p>ポイントは1ポイント＝1円として、全店のレジでご利用いただけます。期限までにぜひお使いください。</p>
<h4 style="background:#f08300;color:#fff;padding:4px 8px">今週末のお買い得情報</h4>
<ul><li>3月29日（土）　ポイント5倍デー</li><li>3月30日（日）　国産いちご 2パック 698円</li></ul>
<p>現在のポイント残高は、<a href="https://www.marumitsu-super.example.jp/app/">まるみつアプリ</a>でご確認いただけます。</p>
<p style="font-size:11px;color:#888">スーパーまるみつ　<a href="https://www.marumitsu-super.example.jp/app/mail-stop">メール配信の停止</a></p>
</div></div></body></html>
""")

add("ham/invoice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-11-29 16:40:12",
    sender=("株式会社ナギサ印刷 経理課", "keiri@nagisa-insatsu.example.co.jp"),
    to=[("石田 真理子 様", "m-ishida@kasumi-kogyo.example.co.jp")],
    subject="11月分ご請求書送付のご案内（株式会社ナギサ印刷）",
    via=("mail.nagisa-insatsu.example.co.jp", "mail.nagisa-insatsu.example.co.jp", "192.0.2.140"), hops=3,
    client=("[192.0.2.141]", "192.0.2.141"),
    attach=[("請求書_霞工業様_202411.pdf", "application/pdf", "pdf")], fname="word",
    text="""\
霞工業株式会社
総務部　石田 真理子 様

いつも大変お世話になっております。
株式会社ナギサ印刷 経理課の中西でございます。

11月分のご請求書をPDFにてお送りいたします。
ご査収のほど、よろしくお願い申し上げます。

　ご請求金額：187,550円（税込）
　お支払期日：2024年12月31日（火）

【お振込先】
　みなと中央銀行　本店営業部
　普通預金　0000123
　口座名義　カ）ナギサインサツ

恐れ入りますが、振込手数料は貴社にてご負担いただけますよう
お願いいたします。原本は本日郵送いたしました。

なお、年末年始は12月28日から1月5日まで休業いたします。

────────────────────
株式会社ナギサ印刷　経理課　中西 早苗
〒100-0000 東京都港区芝浦0-0-0
TEL 03-0000-5512　FAX 03-0000-5513
────────────────────
""")

add("ham/invoice-02.eml",
    charset="utf-8", cte="8bit", date="2025-07-31 21:06:45",
    sender=("片桐 湊", "minato.katagiri@freemail.example.com"),
    to=[("津田 聡", "s.tsuda@nishiki-soft.example.jp")],
    subject="7月分 請求書の送付（イラスト制作）",
    via=("smtp.freemail.example.com", "out-03.freemail.example.com", "198.51.100.143"), hops=2,
    attach=[("請求書_2025年7月_片桐.pdf", "application/pdf", "pdf")], fname="rfc2231",
    text="""\
錦ソフト株式会社
津田様

お世話になっております。イラストレーターの片桐です。
7月納品分（アプリ内アイコン 24点）の請求書を添付いたします。

金額：264,000円（税込）
　※源泉徴収税額 24,453円を差し引いたお振込額は 239,547円です。

お振込先：
　ひばり銀行　駅前支店（支店番号 000）
　普通　0007788
　カタギリ ミナト

お支払いは契約どおり8月末日で大丈夫です。
インボイス登録番号は請求書に記載しております。

次回の背景素材も、資料をいただければ順次取りかかります。
引き続きよろしくお願いいたします。

片桐 湊
""")

add("ham/invoice-03.eml",
    charset="shift_jis", cte="8bit", date="2025-10-01 06:00:00",
    sender=("クラウド勤怠 ハレマ", "billing@harema-cloud.example.jp"),
    to=[(None, "contact@nishiki-soft.example.jp")],
    subject="【ハレマ】2025年9月分ご利用料金のご請求",
    via=("notify.harema-cloud.example.jp", "notify.harema-cloud.example.jp", "203.0.113.58"), hops=2,
    text="""\
錦ソフト株式会社
ご担当者様

クラウド勤怠「ハレマ」をご利用いただき、ありがとうございます。
2025年9月分のご利用料金をご請求いたします。

　ご利用期間：2025年9月1日〜9月30日
　ご利用人数：37名
　ご請求金額：14,652円（税込）
　お支払方法：口座振替（10月27日）

請求書PDFは管理画面の「契約・請求」からダウンロードできます。
https://app.harema-cloud.example.jp/admin/billing

口座振替のため、お振込みの必要はございません。

ハレマ サポートセンター
""")

add("ham/meeting-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-02-17 10:22:05",
    sender=("大野 大輔", "daisuke.ono@kasumi-kogyo.example.co.jp"),
    to=[("生産管理課各位", "seikan@kasumi-kogyo.example.co.jp")],
    rcpt="a.shimizu@kasumi-kogyo.example.co.jp",
    subject="【日程調整】新ライン立ち上げ定例（3月分）",
    via=("smtp.kasumi-kogyo.example.co.jp", "smtp.kasumi-kogyo.example.co.jp", "203.0.113.11"), hops=3,
    client=("[203.0.113.57]", "203.0.113.57"),
    text="""\
生産管理課の皆さん

お疲れ様です。大野です。

3月の新ライン立ち上げ定例について、日程を調整させてください。
以下の候補から、参加可能な日時を今週金曜までに返信してください。

　(1) 3月4日（火）10:00〜11:00
　(2) 3月5日（水）15:00〜16:00
　(3) 3月7日（金）13:30〜14:30

場所は第2会議室、またはTeamsでの参加も可とします。

議題（予定）：
　・設備搬入スケジュールの確認
　・試作ロットの不良率報告
　・4月以降の人員配置

以上、よろしくお願いします。

大野
""")

add("ham/meeting-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-04-19 18:47:33",
    sender=("清水 彩", "a.shimizu@kasumi-kogyo.example.co.jp"),
    to=[("大野 大輔", "daisuke.ono@kasumi-kogyo.example.co.jp")],
    subject="Re: 4/18 取引先打ち合わせ 議事録",
    via=("smtp.kasumi-kogyo.example.co.jp", "smtp.kasumi-kogyo.example.co.jp", "203.0.113.11"), hops=3,
    client=("[203.0.113.81]", "203.0.113.81"),
    headers=[("In-Reply-To", "<20240419092211.6c1f0e2a@kasumi-kogyo.example.co.jp>")],
    attach=[("議事録_0418_北辰精機様.pdf", "application/pdf", "pdf")], fname="word",
    text="""\
大野さん

お疲れ様です。清水です。

昨日の北辰精機様との打ち合わせの議事録を添付します。
ご指摘いただいた納期の部分は、以下のとおり修正しました。

　修正前：初回納品 5月末
　修正後：初回納品 6月14日（金）、残りは7月中旬

先方の大山課長にもこの内容で送ってよろしいでしょうか。
問題なければ、月曜の午前中に送付します。

清水

> 清水さん
> 議事録ありがとう。納期のところ、先方は6月中旬と言っていたと思うので
> 確認してもらえますか。
> 大野
""")

add("ham/internal-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-11-11 09:00:00",
    sender=("霞工業 総務部", "soumu@kasumi-kogyo.example.co.jp"),
    to=[("社員各位", "all@kasumi-kogyo.example.co.jp")],
    rcpt="y.kaneko@kasumi-kogyo.example.co.jp",
    subject="【総務部】年末調整書類の提出について（11月29日締切）",
    via=("smtp.kasumi-kogyo.example.co.jp", "smtp.kasumi-kogyo.example.co.jp", "203.0.113.11"), hops=2,
    attach=[("2024年末調整_記入例.pdf", "application/pdf", "pdf")], fname="rfc2231-only",
    text="""\
社員各位

総務部の小川です。
今年も年末調整の時期となりました。以下のとおり書類の提出をお願いします。

■提出書類
　・給与所得者の扶養控除等（異動）申告書
　・基礎控除申告書 兼 配偶者控除等申告書 兼 所得金額調整控除申告書
　・保険料控除申告書（生命保険・地震保険等の控除証明書を添付）

■提出期限
　2024年11月29日（金）

■提出方法
　今年から人事システムでの電子提出となります。
　紙での提出は原則受け付けませんのでご注意ください。

記入例を添付しますので、参考にしてください。
定額減税の関係で昨年と様式が一部異なります。
不明点は総務部 小川（内線 215）までお問い合わせください。

総務部　小川
""")

add("ham/internal-notice-02.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True, qname=True,
    date="2025-06-09 13:30:00",
    sender=("健康管理室", "kenko@nishiki-soft.example.jp"),
    to=[(None, "all-staff@nishiki-soft.example.jp")],
    rcpt="s.tsuda@nishiki-soft.example.jp",
    subject="【受検のお願い】2025年度ストレスチェック実施のお知らせ",
    via=("mail.nishiki-soft.example.jp", "mail.nishiki-soft.example.jp", "192.0.2.44"), hops=1,
    text="""\
社員の皆さま

人事部 健康管理室です。
労働安全衛生法に基づき、今年度のストレスチェックを実施します。

■実施期間：6月10日（火）〜6月27日（金）
■所要時間：10分程度
■回答方法：社内ポータルの「健康管理」メニューから回答してください
　https://portal.nishiki-soft.example.jp/health/stresscheck

回答内容は産業医と実施事務従事者のみが確認し、
本人の同意なく会社や上司に知らされることはありません。

受検は任意ですが、職場環境の改善のため、できるだけ多くの方の
ご協力をお願いします。

人事部 健康管理室（内線 3301）
""")

add("ham/internal-notice-03.eml",
    charset="shift_jis", cte="8bit", date="2025-09-01 08:45:22",
    sender=("霞工業 総務部", "soumu@kasumi-kogyo.example.co.jp"),
    to=[("社員各位", "all@kasumi-kogyo.example.co.jp")],
    rcpt="m-ishida@kasumi-kogyo.example.co.jp",
    subject="定期健康診断の日程と事前準備について",
    via=("smtp.kasumi-kogyo.example.co.jp", "smtp.kasumi-kogyo.example.co.jp", "203.0.113.11"), hops=2,
    text="""\
社員各位

総務部です。今年度の定期健康診断を下記のとおり実施します。

日程：9月24日（水）・9月25日（木）・9月26日（金）
場所：本社3階 大会議室（健診バスは正面駐車場）

各自の受診時間は、部署ごとに配布する一覧表で確認してください。

【事前準備】
・前日21時以降は絶食（水・お茶は可）
・検便容器は2日分を採取し、当日持参
・問診票は事前に記入しておくこと

35歳以上の方は胃部検査（バリウム）があります。
胃カメラへの変更を希望する方は、9月10日（水）までに総務部へ連絡してください。

総務部
""")

add("ham/it-warning-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-03-11 15:05:40",
    sender=("情報システム課", "joshi@kasumi-kogyo.example.co.jp"),
    to=[("社員各位", "all@kasumi-kogyo.example.co.jp")],
    rcpt="keiri@kasumi-kogyo.example.co.jp",
    subject="【注意喚起】社長を装った「LINEグループ作成」メールについて",
    via=("smtp.kasumi-kogyo.example.co.jp", "smtp.kasumi-kogyo.example.co.jp", "203.0.113.11"), hops=2,
    text="""\
社員各位

情報システム課です。

本日午前、経理部宛てに、岡部社長の名前をかたる不審なメールが届きました。
送信元は社外のフリーメールアドレスで、件名は「お疲れ様です」でした。
本文には次のような記載があります。

　> 新しいLINEグループを作成し、
　> そのグループのQRコードをこのメールに返信で送ってください。
　> 本件は社外秘のため、他の社員には話さないようお願いします。

これは全国の企業で多発している「CEO詐欺（ビジネスメール詐欺）」の手口です。
LINEグループに誘導したうえで、至急の振込を指示してきます。

社長や役員がフリーメールやLINEで業務指示を出すことはありません。
同様のメールを受け取った場合は、返信やQRコードの送付をせず、
情報システム課（内線 110）へ転送してください。
すでに返信してしまった方も、必ずご連絡ください。

情報システム課
""")

add("ham/it-warning-02.eml",
    charset="utf-8", cte="base64", date="2025-10-21 11:48:19",
    sender=("情報システム部 ヘルプデスク", "helpdesk@nishiki-soft.example.jp"),
    to=[(None, "all-staff@nishiki-soft.example.jp")],
    rcpt="s.tsuda@nishiki-soft.example.jp",
    subject="[ヘルプデスク] 「メールボックスの容量が上限」という偽メールにご注意ください",
    via=("mail.nishiki-soft.example.jp", "mail.nishiki-soft.example.jp", "192.0.2.44"), hops=1,
    text="""\
全社員の皆さん

情報システム部ヘルプデスクです。

今朝から、「メールボックスの容量が上限（99%）に達しました」という件名の
フィッシングメールが複数の社員に届いています。
差出人は「nishiki-soft.example.jp メール管理者」と表示されますが、
実際の送信元は社外のサーバーです。

本文中の「容量を無料で追加する」リンクの先は、当社のWebメールに
似せた偽のログイン画面です。絶対にパスワードを入力しないでください。

当社のメールボックスは容量無制限で運用しており、
ヘルプデスクから容量追加の案内をメールで送ることはありません。

もしリンク先でパスワードを入力してしまった場合は、
すぐにヘルプデスク（内線 4000 / helpdesk@nishiki-soft.example.jp）へ連絡してください。
アカウントの一時停止とパスワードの再設定を行います。

情報システム部 ヘルプデスク
""")

add("ham/ml-post-01.eml",
    charset="euc-jp", cte="8bit", date="2024-12-02 23:17:08",
    sender=("Hiroshi Tanabe", "tanabe@tsuki.example.ne.jp"),
    to=[(None, "mta-users@ml.example.jp")],
    rcpt="r.hamada@example.ne.jp",
    subject="[mta-users:04512] Re: パスワード付きZIPの請求書スパムが増えている",
    via=("lists.ml.example.jp", "lists.ml.example.jp", "198.51.100.222"), hops=2,
    headers=[("List-Id", "<mta-users.ml.example.jp>"),
             ("X-ML-Name", "mta-users"), ("X-Mail-Count", "04512"),
             ("In-Reply-To", "<87wmb3k2xq.fsf@kuro.example.jp>")],
    text="""\
田辺です。

>>>>> In <87wmb3k2xq.fsf@kuro.example.jp>
>>>>>   黒川 <kurokawa@kuro.example.jp> wrote:
> うちのお客さんのところでも、先週から
> 「【ご確認】11月分ご請求書の送付（再送）」という件名で
> 請求書_202411.zip が付いたメールが大量に来ています。

こちらでも同じものを観測しています。本文はだいたいこうです。

  | 添付ファイルをご確認のうえ、期日までにお振込みいただけますよう
  | お願い申し上げます。
  | ※ファイルにはパスワードを設定しております。
  |   パスワードは別途メールにてお送りいたします。

差出人の表示名は実在しそうな物流会社の経理部になっていて、
取引がある会社だと開いてしまう人がいそうです。

うちでは暫定的に、パスワード付きZIPで中身が検査できないものは
隔離して、受信者に通知するようにしました。
誤検知が心配でしたが、この1週間で正規のメールは2通だけでした。

--
田辺 浩 <tanabe@tsuki.example.ne.jp>
""")

add("ham/ml-post-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-05-18 08:12:55",
    sender=("山根 修一", "s-yamane@example.ne.jp"),
    to=[(None, "tsuri-club@ml.umineko.example.jp")],
    rcpt="kazuya-t@example.ne.jp",
    subject="[うみねこ釣友会:0388] 5月25日 早朝の船釣りについて",
    via=("ml.umineko.example.jp", "ml.umineko.example.jp", "203.0.113.199"), hops=2,
    headers=[("List-Id", "<tsuri-club.ml.umineko.example.jp>"),
             ("X-ML-Name", "tsuri-club"), ("X-Mail-Count", "0388")],
    text="""\
会員の皆さん

おはようございます。幹事の山根です。

5月25日（日）の船釣りの詳細が決まりましたのでお知らせします。

　集合：5時15分　港の第三桟橋前
　船　：第八しおかぜ丸（乗合・貸切）
　狙い：アジ、イサキ
　会費：9,500円（餌・氷代込み、竿のレンタルは別途1,000円）

現在の参加者は9名です。あと3名まで乗れます。
参加希望の方は、22日（木）までにこのMLか私に直接ご連絡ください。

雨天・強風の場合は前日18時に中止の連絡をします。

山根
""")

add("ham/school-01.eml",
    charset="shift_jis", cte="base64", date="2025-01-22 16:10:31",
    sender=("青葉台小学校", "info@aobadai-es.example.jp"),
    to=[(None, "hogosha-4nen@aobadai-es.example.jp")],
    rcpt="keiko.s@example.ne.jp",
    subject="【青葉台小】4年2組 学級閉鎖のお知らせ",
    via=("mail.aobadai-es.example.jp", "mail.aobadai-es.example.jp", "198.51.100.66"), hops=2,
    attach=[("学級閉鎖のお知らせ_4年2組.pdf", "application/pdf", "pdf")], fname="word",
    text="""\
4年2組 保護者の皆様

日頃より本校の教育活動にご理解とご協力をいただき、ありがとうございます。

4年2組では、インフルエンザによる欠席者が本日9名となりました。
学校医と相談のうえ、感染拡大を防ぐため、下記のとおり学級閉鎖といたします。

　期間：1月23日（木）〜1月25日（土）
　登校再開：1月27日（月）

期間中は不要不急の外出を控え、ご家庭で健康観察をお願いします。
発熱などの症状がある場合は、医療機関を受診してください。

詳細は添付の文書をご確認ください。

青葉台小学校　校長　松井 美智子
※このメールは送信専用です。ご連絡は学校（03-0000-7711）までお願いします。
""")

add("ham/school-02.eml",
    charset="utf-8", cte="8bit", date="2025-07-15 21:32:04",
    sender=("進学塾ひのき 藤沢校", "fujisawa@hinoki-juku.example.jp"),
    to=[(None, "akemi.n@example.ne.jp")],
    subject="【ひのき藤沢校】夏期講習の時間割と第2回模試の結果について",
    via=("mail.hinoki-juku.example.jp", "mail.hinoki-juku.example.jp", "203.0.113.187"), hops=2,
    text="""\
中村 陽翔 さん 保護者様

いつもお世話になっております。進学塾ひのき 藤沢校の教室長、森です。

夏期講習の時間割が確定しましたのでお知らせします。
陽翔さんは「中2 難関クラス」で、期間は7月22日（火）〜8月23日（土）です。
（お盆休み：8月11日〜8月16日）

また、6月に実施した第2回模試の結果が出ました。
数学は前回から偏差値が6上がり、58.4でした。
一方、英語は長文読解で時間が足りなかったようです。
講習では、時間配分を意識した演習を多めに取り入れる予定です。

個人面談をご希望の場合は、保護者アプリの「面談予約」から
ご都合のよい日時をお選びください。

進学塾ひのき 藤沢校　森
""")

add("ham/municipal-01.eml",
    charset="euc-jp", cte="8bit", date="2024-09-01 10:00:00",
    sender=("みずほ台市 防災メール", "bousai@city.mizuhodai.example.jp"),
    to=[(None, "bousai-list@city.mizuhodai.example.jp")],
    rcpt="oda.takuya@example.ne.jp",
    subject="【みずほ台市】総合防災訓練の実施について（9月8日）",
    via=("mlsv.city.mizuhodai.example.jp", "mlsv.city.mizuhodai.example.jp", "192.0.2.9"), hops=1,
    text="""\
みずほ台市 防災メール登録者の皆さまへ

9月8日（日）午前9時から、市内全域で総合防災訓練を実施します。

・午前9時00分　防災行政無線で訓練放送を行います
・午前9時05分　緊急速報メールの訓練配信を行います
　（携帯電話から大きな音が鳴ります）
・午前9時30分〜　各小学校で避難所開設訓練

避難所開設訓練には、どなたでも参加できます。
動きやすい服装でお越しください。

お問い合わせ：みずほ台市 危機管理課　電話 0000-00-1234
このメールは送信専用です。登録の変更・解除は市のホームページから行えます。
https://www.city.mizuhodai.example.jp/bousai/mail/
""")

add("ham/municipal-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-02-08 09:05:17",
    sender=("みずほ台市立図書館", "library@city.mizuhodai.example.jp"),
    to=[(None, "fumiko.w@example.ne.jp")],
    subject="予約資料のご用意ができました",
    via=("opac.lib.city.mizuhodai.example.jp", "opac.lib.city.mizuhodai.example.jp", "192.0.2.12"), hops=1,
    text="""\
渡辺 文子 様

みずほ台市立図書館です。
ご予約いただいた資料のご用意ができました。

　書名：港町の灯台守
　受取館：中央図書館
　取置期限：2025年2月15日（土）

期限を過ぎますと、次の方へ回送いたしますのでご注意ください。
受け取りの際は、図書館カードをお持ちください。

※このメールアドレスは送信専用です。
みずほ台市立図書館　https://www.lib.city.mizuhodai.example.jp/
""")

add("ham/personal-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-03-02 22:41:09",
    sender=("谷口 涼", "ryo_taniguchi@example.ne.jp"),
    to=[("木村 太郎", "taro.kimura@example.ne.jp")],
    subject="GWの金沢旅行、宿の候補です",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.35"), hops=3,
    client=("[198.51.100.201]", "198.51.100.201"),
    text="""\
太郎へ

おつかれ。この前話してた金沢旅行、宿をいくつか調べてみた。

1. 駅前のビジネスホテル　1泊 9,800円（素泊まり）
2. 東山の町家を一棟貸し　1泊 32,000円（4人まで）
3. 湯涌温泉の旅館　1泊2食 21,000円

4人で行くなら2番が一人8,000円でいちばん安いし、雰囲気もよさそう。
ただ5月3日（土）はもう埋まってて、4日（日）からなら空いてるみたい。

新幹線は早めに取らないとまずいので、
今週中に日程だけでも決めたい。みんなにも聞いてみてくれる？

涼
""")

add("ham/personal-02.eml",
    charset="utf-8", cte="8bit", date="2024-06-16 19:02:48",
    sender=("母", "sachiko-kubota@docomo.example.ne.jp"),
    to=[(None, "n.kubota@mail.example.com")],
    subject="父の日",
    via=("mgw.docomo.example.ne.jp", "mgw.docomo.example.ne.jp", "198.51.100.133"), hops=2,
    text="""\
のぶへ

お父さんにシャツ送ってくれたのね。ありがとう。
さっそく着て、近所のスーパーまで見せびらかしに行ってました😊

お盆は帰ってこられそう？
おばあちゃんが、ひ孫の顔を見たいって毎日言ってます。
日にちが決まったら教えてね。

暑くなってきたから、体に気をつけて。

母より
""")

add("ham/personal-03.eml",
    charset="shift_jis", cte="8bit", date="2024-09-20 12:15:36",
    sender=("小田 拓也", "oda.takuya@example.ne.jp"),
    to="undisclosed-recipients:;",
    rcpt="h.ueda@mail.example.com",
    subject="【同窓会】北高2004年卒 学年同窓会のご案内",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.35"), hops=2,
    text="""\
北高2004年卒業の皆さん

ご無沙汰しています。3年4組だった小田です。
卒業20周年ということで、学年全体の同窓会を企画しました。

日時：2024年11月23日（土）18:00〜21:00
会場：ホテルみずほ台 2階「桂の間」
会費：8,000円（当日受付にてお支払いください）

出欠は10月31日（木）までに、このメールへの返信でお知らせください。
連絡先が分かる同級生がいたら、このメールを転送してもらえると助かります。

担任だった石原先生、坂本先生にもご出席いただける予定です。
皆さんに会えるのを楽しみにしています。

幹事　小田 拓也（3年4組）
""")

add("ham/reservation-01.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-11-06 14:27:52",
    sender=("ビストロ ル・ソレイユ", "reserve@bistro-soleil.example.jp"),
    to=[(None, "sayaka.m@mail.example.com")],
    subject="ご予約確定のお知らせ【ビストロ ル・ソレイユ】11月15日（土）19:00",
    via=("rsv-mail.tabelink.example.com", "rsv-mail.tabelink.example.com", "203.0.113.120"), hops=2,
    text="""\
森田 さやか 様

この度はビストロ ル・ソレイユをご予約いただき、誠にありがとうございます。
以下の内容でご予約が確定いたしました。

　日時：2025年11月15日（土）19:00
　人数：2名様
　コース：シェフのおまかせコース（9,900円・税込）
　お席：窓側テーブル
　ご要望：記念日のデザートプレート（メッセージ「Happy Anniversary」）

ご予約の変更・キャンセルは、前日までにお電話でご連絡ください。
当日のキャンセルは、コース料金の50%を頂戴いたします。

当日お会いできることを、スタッフ一同楽しみにしております。

ビストロ ル・ソレイユ
電話 03-0000-8899
""",
    html="""\
<html><body style="font-family:'Hiragino Mincho ProN',serif;color:#3b2f2f;background:#faf6f0">
<div style="max-width:520px;margin:auto;padding:24px;background:#fff">
<p style="text-align:center;font-size:20px;letter-spacing:2px">Bistro Le Soleil</p>
<p>森田 さやか 様</p>
<p>この度はビストロ ル・ソレイユをご予約いただき、誠にありがとうございます。<br>以下の内容でご予約が確定いたしました。</p>
<table cellpadding="6" style="width:100%;border-top:1px solid #c9b79c;border-bottom:1px solid #c9b79c">
<tr><td>日時</td><td>2025年11月15日（土）19:00</td></tr>
<tr><td>人数</td><td>2名様</td></tr>
<tr><td>コース</td><td>シェフのおまかせコース（9,900円・税込）</td></tr>
<tr><td>お席</td><td>窓側テーブル</td></tr>
<tr><td>ご要望</td><td>記念日のデザートプレート（メッセージ「Happy Anniversary」）</td></tr>
</table>
<p style="font-size:13px">ご予約の変更・キャンセルは、前日までにお電話でご連絡ください。<br>当日のキャンセルは、コース料金の50%を頂戴いたします。</p>
<p>当日お会いできることを、スタッフ一同楽しみにしております。</p>
<p style="font-size:13px">ビストロ ル・ソレイユ　電話 03-0000-8899</p>
</div></body></html>
""")

add("ham/reservation-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-01-18 10:00:03",
    sender=("hair salon MOANA", "salon@moana-hair.example.jp"),
    to=[(None, "miho.s@example.ne.jp")],
    subject="明日のご予約のご確認（hair salon MOANA）",
    via=("mail.moana-hair.example.jp", "mail.moana-hair.example.jp", "192.0.2.207"), hops=2,
    text="""\
鈴木 美穂 様

hair salon MOANA です。
明日のご予約の確認のご連絡です。

　日時：1月19日（金）14:30〜
　メニュー：カット＋カラー＋トリートメント
　担当：ナカムラ

ご変更がある場合は、お手数ですが本日中にご連絡ください。
お会いできるのを楽しみにしております。

hair salon MOANA
TEL 045-000-3377
""")

add("ham/recruiting-01.eml",
    charset="utf-8", cte="base64", date="2025-05-12 11:40:26",
    sender=("キャリアリンクス", "scout@careerlinks.example.jp"),
    to=[(None, "kenta.sato@example.ne.jp")],
    subject="【スカウト】株式会社ミライ物流システムズの人事担当者からメッセージが届いています",
    via=("mta03.careerlinks.example.jp", "mta03.careerlinks.example.jp", "203.0.113.24"), hops=2,
    headers=[("List-Unsubscribe", "<https://www.careerlinks.example.jp/settings/mail>")],
    text="""\
佐藤 健太 様

キャリアリンクスをご利用いただきありがとうございます。
企業の人事担当者から、あなたにスカウトメッセージが届いています。

■企業名：株式会社ミライ物流システムズ
■職種　：バックエンドエンジニア（Go / Kubernetes）
■年収　：600万円〜850万円
■勤務地：東京都品川区（リモート週3日可）

――メッセージ（抜粋）――
ご経歴を拝見し、物流管理システムの開発経験に大変魅力を感じました。
まずはカジュアル面談で、当社の開発体制についてお話しさせてください。

メッセージの全文確認・返信は、マイページから行えます。
https://www.careerlinks.example.jp/mypage/scout/

※スカウトの返信期限は5月26日（月）です。

キャリアリンクス
スカウトメールの受信設定：https://www.careerlinks.example.jp/settings/mail
""",
    html="""\
<html><body style="font-family:sans-serif;background:#f5f7fa">
<div style="max-width:600px;margin:auto;background:#fff;padding:20px">
<div style="color:#1a73e8;font-size:20px;font-weight:bold">CareerLinks</div>
<p>佐藤 健太 様</p>
<p>企業の人事担当者から、あなたにスカウトメッセージが届いています。</p>
<div style="border:1px solid #dde3ea;padding:12px">
<b>株式会社ミライ物流システムズ</b><br>
バックエンドエンジニア（Go / Kubernetes）<br>
年収 600万円〜850万円／東京都品川区（リモート週3日可）
<p style="color:#555">ご経歴を拝見し、物流管理システムの開発経験に大変魅力を感じました。まずはカジュアル面談で、当社の開発体制についてお話しさせてください。</p>
</div>
<p><a href="https://www.careerlinks.example.jp/mypage/scout/" style="background:#1a73e8;color:#fff;padding:10px 28px;text-decoration:none;border-radius:4px">メッセージを確認する</a></p>
<p style="font-size:12px">※スカウトの返信期限は5月26日（月）です。</p>
<p style="font-size:11px;color:#999"><a href="https://www.careerlinks.example.jp/settings/mail">スカウトメールの受信設定</a></p>
</div></body></html>
""")

add("ham/recruiting-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-05-20 17:55:14",
    sender=("ミライ物流システムズ 採用担当", "saiyo@mirai-logisys.example.co.jp"),
    to=[("佐藤 健太", "kenta.sato@example.ne.jp")],
    subject="一次面接の日程のご連絡（株式会社ミライ物流システムズ）",
    via=("mail.mirai-logisys.example.co.jp", "mail.mirai-logisys.example.co.jp", "198.51.100.99"), hops=2,
    text="""\
佐藤 健太 様

株式会社ミライ物流システムズ 採用担当の吉岡です。
先日はカジュアル面談にお時間をいただき、ありがとうございました。

ぜひ選考に進んでいただきたく、一次面接の日程をご相談させてください。
以下の候補から、ご都合のよい日時をお知らせいただけますでしょうか。

　・5月27日（火）18:00〜19:00
　・5月29日（木）12:00〜13:00
　・5月30日（金）19:00〜20:00

面接はオンライン（Google Meet）で、開発部長の河合と私が担当します。
URLは日程確定後にお送りします。

上記で難しい場合は、ご希望の日時をいくつかお知らせください。
どうぞよろしくお願いいたします。

株式会社ミライ物流システムズ
人事部 採用担当　吉岡 真由
""")

add("ham/utility-bill-01.eml",
    charset="utf-8", cte="base64", date="2025-07-10 08:20:41",
    sender=("ひかり野でんき", "myinfo@hikarino-denki.example.co.jp"),
    to=[(None, "oda.takuya@example.ne.jp")],
    subject="【ひかり野でんき】6月分の電気料金が確定しました",
    via=("notice.hikarino-denki.example.co.jp", "notice.hikarino-denki.example.co.jp", "192.0.2.80"), hops=2,
    text="""\
小田 拓也 様

ひかり野でんきをご利用いただき、ありがとうございます。
6月分の電気料金が確定しましたのでお知らせいたします。

　ご使用期間：2025年6月4日〜7月3日（30日間）
　ご使用量　：286kWh（前年同月 301kWh）
　ご請求金額：9,874円
　お支払方法：クレジットカード

料金の内訳や過去のご使用量は、マイページでご確認いただけます。
https://my.hikarino-denki.example.co.jp/

これから冷房のご使用が増える季節です。
エアコンのフィルター掃除で、消費電力を抑えることができます。

ひかり野でんき株式会社　お客さまセンター 0120-000-552
""")

add("ham/utility-bill-02.eml",
    charset="shift_jis", cte="8bit", date="2024-12-12 13:02:29",
    sender=("みずほ台ガス", "kenshin@mizuhodai-gas.example.co.jp"),
    to=[(None, "akemi.n@example.ne.jp")],
    subject="ガスご使用量のお知らせ（12月検針分）",
    via=("mizuhodai-gas.example.co.jp", "mizuhodai-gas.example.co.jp", "203.0.113.250"), hops=1,
    text="""\
中村 明美 様

みずほ台ガスをご利用いただきありがとうございます。
12月の検針結果をお知らせいたします。

　検針日　　：12月11日
　ご使用量　：38立方メートル
　ご請求予定額：7,612円
　口座振替日：12月26日（木）

冬季は給湯や暖房でガスのご使用量が増えます。
ガス機器の点検をご希望の方は、お客さまセンター（0120-000-870）までご連絡ください。

みずほ台ガス株式会社
""")

add("ham/delivery-notice-01.eml",
    charset="utf-8", cte="8bit", date="2025-06-24 07:31:58",
    sender=("ミドリ便 お届け予定通知", "yotei@midori-bin.example.jp"),
    to=[(None, "sayaka.m@mail.example.com")],
    subject="【ミドリ便】お荷物のお届け予定日時のお知らせ",
    via=("mail.midori-bin.example.jp", "mail.midori-bin.example.jp", "198.51.100.58"), hops=2,
    text="""\
森田 さやか 様

ミドリ便をご利用いただきありがとうございます。
以下のお荷物を本日お届けする予定です。

　お届け予定：6月24日（火）14:00〜16:00
　ご依頼主　：くらしの雑貨 こもれび
　伝票番号　：5512-0047-8836

お受け取り日時の変更や、宅配ロッカーでのお受け取りを
ご希望の場合は、ミドリ便会員ページからお手続きください。
https://member.midori-bin.example.jp/

※このメールはミドリ便会員にご登録のお客様にお送りしています。
　ミドリ便が配送料金などのお支払いをメールやSMSでお願いすることはありません。
""")

add("ham/delivery-notice-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-12-07 13:48:22",
    sender=("ミドリ便", "locker@midori-bin.example.jp"),
    to=[(None, "fumiko.w@example.ne.jp")],
    subject="宅配ロッカーにお荷物をお届けしました（受取期限 12月10日）",
    via=("mail.midori-bin.example.jp", "mail.midori-bin.example.jp", "198.51.100.58"), hops=2,
    text="""\
渡辺 文子 様

ご指定の宅配ロッカーにお荷物をお届けしました。

　ロッカー：みずほ台駅東口 ロッカー
　伝票番号：5501-2287-3310
　ご依頼主：つくし文具店
　受取期限：12月10日（火）

受け取りの際は、ロッカーの画面で下記の認証番号を入力してください。
　認証番号：482915

期限を過ぎると、お荷物は営業所へ戻ります。

ミドリ便
""")

add("ham/seminar-01.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True, qname=True,
    date="2025-09-09 15:03:30",
    sender=("ソラクラ事務局", "event@solacra.example.com"),
    to=[(None, "s.tsuda@nishiki-soft.example.jp")],
    subject="【参加登録完了】ゼロトラスト時代のメールセキュリティ入門（9月18日）",
    via=("ev-mail.solacra.example.com", "ev-mail.solacra.example.com", "203.0.113.170"), hops=2,
    text="""\
津田 聡 様

ソラクラ株式会社 ウェビナー事務局です。
以下のウェビナーへの参加登録を受け付けました。

　タイトル：ゼロトラスト時代のメールセキュリティ入門
　　　　　　〜なりすまし・フィッシング対策の基本と最新動向〜
　日時　　：2025年9月18日（木）14:00〜15:00
　形式　　：オンライン（Zoomウェビナー）
　参加費　：無料

当日は、開始時刻になりましたら下記URLからご参加ください。
https://event.solacra.example.com/webinar/0918/join

前日に、リマインドメールと当日の資料をお送りします。
ご都合が悪くなった場合は、登録のキャンセルをお願いいたします。
https://event.solacra.example.com/webinar/0918/cancel

ソラクラ株式会社 ウェビナー事務局
""",
    html="""\
<html><body style="font-family:sans-serif;color:#222">
<div style="max-width:600px;margin:auto;border:1px solid #e0e0e0">
<div style="background:#0f4c81;color:#fff;padding:14px 20px">ウェビナー参加登録完了</div>
<div style="padding:20px">
<p>津田 聡 様</p>
<p>ソラクラ株式会社 ウェビナー事務局です。<br>以下のウェビナーへの参加登録を受け付けました。</p>
<table cellpadding="5">
<tr><td>タイトル</td><td><b>ゼロトラスト時代のメールセキュリティ入門</b><br>〜なりすまし・フィッシング対策の基本と最新動向〜</td></tr>
<tr><td>日時</td><td>2025年9月18日（木）14:00〜15:00</td></tr>
<tr><td>形式</td><td>オンライン（Zoomウェビナー）</td></tr>
<tr><td>参加費</td><td>無料</td></tr>
</table>
<p><a href="https://event.solacra.example.com/webinar/0918/join" style="background:#0f4c81;color:#fff;padding:10px 24px;text-decoration:none">当日の参加はこちら</a></p>
<p style="font-size:13px">前日に、リマインドメールと当日の資料をお送りします。<br>
ご都合が悪くなった場合は、<a href="https://event.solacra.example.com/webinar/0918/cancel">登録のキャンセル</a>をお願いいたします。</p>
</div></div></body></html>
""")

add("ham/seminar-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2024-09-25 12:33:47",
    sender=("湘南Go勉強会", "organizer@shonan-go.example.jp"),
    to=[(None, "kenta.sato@example.ne.jp")],
    subject="湘南Go勉強会 #27 のご案内（10月12日・藤沢）",
    via=("mail.shonan-go.example.jp", "mail.shonan-go.example.jp", "192.0.2.171"), hops=2,
    text="""\
湘南Go勉強会にご登録の皆さん

こんにちは、世話人の河野です。
次回の勉強会を以下のとおり開催します。

日時：10月12日（土）13:00〜17:00
会場：藤沢市内のコワーキングスペース（申込者に詳細をお送りします）
定員：20名（参加費 500円、会場代として）

発表予定：
　・Go 1.23 のイテレータを実務で使ってみた
　・pprof で見るメモリ割り当ての減らし方
　・LT 枠（5分×4本、当日飛び入り歓迎）

参加希望の方は、イベントページから申し込んでください。
https://shonan-go.example.jp/events/27

終了後は近くのお店で懇親会（実費）を予定しています。

湘南Go勉強会　河野
""")
