"""Texts and per-message settings of the ja-holdout-5 messages.

Every message here was written by hand for this set.  None of it is real
mail and none of its wording comes from another message set.  gen.py turns
each record into spam/<kind>-NN.eml or ham/<kind>-NN.eml; check.py compares
the rendered files with these records.

Record keys:
  path     spam/... or ham/... (the first path element is the label)
  charset  iso-2022-jp, shift_jis, utf-8, euc-jp, or cp932 (CP932 bytes
           under a Shift_JIS label); the bytes of the body
  declare  optional charset whose label the text parts declare instead
           (a mislabelled message: bytes in charset, label of declare)
  hcharset optional charset of the header encoded words (default charset)
  cte      7bit, 8bit, base64 or quoted-printable
  date     sending time, JST
  sender   (display name or None, address)
  to       list of (display name or None, address), or a literal header
           value (then rcpt names the envelope recipient)
  subject  decoded Subject
  via      (HELO name, reverse DNS name or "unknown", IP) of the sending host
  client   optional (HELO, IP) of the sender's own machine when the mail
           was submitted through the sending host (adds a Received line)
  text     text/plain body, or None for an HTML-only message
  html     optional text/html alternative (or the only body when text is None)
  attach   optional [(filename, content type, placeholder kind)], with
           fname the filename parameter style (rfc2231, rfc2231-only, word)
  headers  optional extra [(name, ASCII value)] (Reply-To, List-*, X-Mailer)
  ret      optional Return-Path address (default: the sender address)
  qsubj    Q instead of B encoded words in Subject; qname likewise for names

Host names of both classes come from the same reserved families (see
README.md), so the domain style of a message does not tell its class.
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
    charset="utf-8", cte="quoted-printable", date="2026-01-13 09:02:44",
    sender=("三菱UFJ銀行", "notice@bk-mufg-info.example.com"),
    to=[(None, "t.okazaki@example.ne.jp")],
    subject="【三菱UFJ銀行】お取引目的等の確認に関するご協力のお願い",
    qsubj=True,
    via=("out2.bk-mufg-info.example.com", "out2.bk-mufg-info.example.com", "198.51.100.12"),
    text="""\
岡崎 様

平素は三菱UFJ銀行をお引き立ていただき、厚く御礼申し上げます。

当行では、犯罪収益移転防止法に基づき、お客さまのご職業やお取引の
目的について、定期的に確認をお願いしております。
前回のご確認から一定期間が経過しておりますので、お手数ですが
下記のページよりご回答くださいますようお願い申し上げます。

ご回答ページ
https://www.bk-mufg-info.example.com/kyc/answer

所要時間は3分程度です。ご回答には、ログインIDとパスワードが必要です。
1月23日（金）までにご回答が確認できない場合、窓口・ATM以外での
お取引を一時的にお控えいただくことがございます。

何卒ご理解を賜りますようお願い申し上げます。

株式会社三菱UFJ銀行
""")

add("spam/bank-phish-02.eml",
    charset="utf-8", cte="base64", date="2025-06-24 22:17:05",
    sender=("みずほダイレクト", "security@mizuho-direct.example.org"),
    to=[(None, "kenta.fujii@hoshizora.example.net")],
    subject="【重要】みずほダイレクト 不正アクセス検知による一時利用停止",
    via=("mizuho-direct.example.org", "mizuho-direct.example.org", "203.0.113.207"),
    text="""\
みずほダイレクトをご利用のお客さま

お客さまの口座に対して、海外からの不正なアクセスを検知いたしました。
安全のため、インターネットバンキングのご利用を一時停止しております。

利用再開をご希望の場合は、24時間以内に以下よりご本人確認をお願いします。

https://www.mizuhobank.example.co.jp/direct/

※本メールは送信専用です。
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px">
<p>みずほダイレクトをご利用のお客さま</p>
<p>お客さまの口座に対して、海外からの不正なアクセスを検知いたしました。<br>
安全のため、インターネットバンキングのご利用を一時停止しております。</p>
<p>利用再開をご希望の場合は、<b style="color:#d00">24時間以内</b>に以下よりご本人確認をお願いします。</p>
<p><a href="http://mizuho-direct.example.org.verify-login.test/s/?k=9f3a">https://www.mizuhobank.example.co.jp/direct/</a></p>
<p style="font-size:11px;color:#888">※本メールは送信専用です。</p>
</body></html>
""")

add("spam/card-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-09-03 14:26:51",
    sender=("セゾンカード", "no-reply@saisoncard-net.example.jp"),
    to=[(None, "m-ishida@mail.example.com")],
    subject="【セゾンカード】ご利用確認のお願い（重要）",
    qsubj=True,
    via=("mail.saisoncard-net.example.jp", "unknown", "192.0.2.203"),
    text="""\
セゾンカードをご利用いただき誠にありがとうございます。

第三者による不正利用の可能性があるお取引を検知しましたため、
カードのご利用を一部制限させていただきました。

ご利用日時：2025/09/02 23:48
ご利用金額：148,000円
ご利用先　：ONLINE STORE JP

お心当たりがない場合は、下記ページにて利用状況をご確認ください。
https://netanswer.saisoncard.example.jp@203.0.113.58/member/login

ご確認いただけない場合、カードのご利用を停止させていただく場合が
ございます。

株式会社クレディセゾン
""")

add("spam/card-phish-02.eml",
    charset="shift_jis", cte="8bit", date="2025-12-19 07:55:12",
    sender=("エポスカード", "info@eposcard-member.test"),
    to=[(None, "aya.n@momiji-shoji.test")],
    subject="エポスNet 年末ポイント交換期限のお知らせ",
    via=("smtp.eposcard-member.test", "smtp.eposcard-member.test", "198.51.100.141"),
    text="""\
エポスカード会員様

いつもエポスカードをご利用いただきありがとうございます。
お客様の保有ポイント 12,480 ポイントが12月31日（水）に失効いたします。

失効前にエポスNetへログインし、ギフト券等への交換をお済ませください。

▼ポイント交換はこちら
https://www.eposcard-member.test/%6c%6f%67%69%6e/%70%6f%69%6e%74?m=71829

株式会社エポスカード
""")

add("spam/ec-phish-01.eml",
    charset="utf-8", cte="8bit", date="2025-07-08 03:11:29",
    sender=("Amazon.co.jp", "account-update@amazon-jp.support-center.example.net"),
    to=[(None, "yuki.hamada@example.ne.jp")],
    subject="Amazon.co.jp アカウントが一時的にロックされました",
    via=("support-center.example.net", "support-center.example.net", "203.0.113.19"),
    text="""\
Amazonをご利用いただきありがとうございます。

お客様のアカウントで異常なログインが確認されたため、アカウントを
ロックし、保留中の注文と定期おトク便をすべて停止しました。

アカウントを引き続きご利用いただくには、以下のリンクから
お支払い情報を更新してください。

https://bit.example/3kQx9Pz

24時間以内に更新が確認できない場合、アカウントは永久に閉鎖されます。

Amazon.co.jp カスタマーサービス
""")

add("spam/marketplace-phish-01.eml",
    charset="utf-8", cte="base64", date="2026-03-05 18:40:02",
    sender=("メルカリ事務局", "jimukyoku@mercari-shop.example"),
    to=[(None, "saki.m@mobile.example.ne.jp")],
    subject="【メルカリ】売上金の振込申請が保留されています",
    via=("mx-out.mercari-shop.example", "mx-out.mercari-shop.example", "192.0.2.47"),
    text="""\
いつもメルカリをご利用いただきありがとうございます。

お客さまの売上金 ¥23,450 の振込申請について、
振込先口座の名義と登録情報が一致しないため保留となっております。

3月8日（日）までに下記より口座情報の再登録を行ってください。
期限を過ぎた場合、売上金は失効となります。

https://jp.mercari-shop.example/mypage/bank?ref=mail

メルカリ事務局
""")

add("spam/carrier-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-10-21 12:08:33",
    sender=("NTTドコモ", "d-account@docomo-support.example.com"),
    to=[(None, "hiroshi.abe@hoshizora.example.net")],
    subject="【dアカウント】ご契約内容の確認が必要です",
    via=("mta.docomo-support.example.com", "mta.docomo-support.example.com", "198.51.100.233"),
    text="""\
dアカウントをご利用のお客様

お客様の dアカウントにて、ご請求情報の確認ができませんでした。
このままですと、10月25日（土）以降、回線のご利用および
dポイントのご利用を停止させていただきます。

以下よりログインし、お支払い情報をご確認ください。
http://198.51.100.97/docomo/daccount/login.html

株式会社NTTドコモ
""")

add("spam/carrier-phish-02.eml",
    charset="utf-8", cte="8bit", date="2026-04-16 20:51:48",
    sender=("au お客さまセンター", "billing@au-kddi-pay.example.org"),
    to=[(None, "k.tanabe@example.ne.jp")],
    subject="【au】ご利用料金未払いによる回線停止予告",
    via=("mail3.au-kddi-pay.example.org", "unknown", "192.0.2.156"),
    text="""\
auをご利用いただきありがとうございます。

4月分のご利用料金 8,932円 のお支払いが確認できておりません。
本日中にお支払いがない場合、明日より発信・データ通信を停止いたします。

▼お支払い手続き（クレジットカード・au PAY）
https://pay.au-kddi-pay.example.org/bill?id=00481

KDDI株式会社
""")

add("spam/courier-phish-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-08-12 11:33:20",
    sender=("ヤマト運輸", "info@kuronekoyamato.co.jp.delivery-check.example.com"),
    to=[(None, "natsumi.oda@example.ne.jp")],
    subject="【ヤマト運輸】お荷物のお届け先住所に不備があります",
    via=("delivery-check.example.com", "unknown", "203.0.113.166"),
    text="""\
お客様宛にお荷物を発送いたしましたが、
宛先住所の番地が不明のため配達できませんでした。

お荷物は当センターにて保管しております。
下記より住所の確認と再配達の手続きをお願いいたします。
（再配達手数料 220円 が必要です）

https://kuronekoyamato.co.jp.delivery-check.example.com/redeliver/?n=4471

保管期限を過ぎたお荷物は差出人へ返送されます。
""")

add("spam/courier-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-02-27 08:19:06",
    sender=(None, "k8832ms@example.ne.jp"),
    to=[(None, "m.kuroda@mobile.example.ne.jp")],
    subject="郵便局",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.8"),
    client=("[192.0.2.230]", "192.0.2.230"),
    text="""\
【日本郵便】お荷物をお届けにあがりましたが宛先不明のため持ち帰りました。
https://s.example.org/jp-post
""")

add("spam/utility-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-11-26 16:04:37",
    sender=("東京ガス", "mytokyogas@tokyogas-info.test"),
    to=[(None, "shimizu.family@hoshizora.example.net")],
    subject="【東京ガス】ガス料金のお支払いについて（供給停止のご案内）",
    via=("send.tokyogas-info.test", "send.tokyogas-info.test", "192.0.2.88"),
    text="""\
東京ガスをご利用いただき、ありがとうございます。

お客さまの10月分ガス料金について、口座振替ができませんでした。
11月28日（金）までにお支払いが確認できない場合、
ガスの供給を停止させていただきます。

下記の myTOKYOGAS からクレジットカードでお支払いいただけます。
https://mytokyogas.tokyogas-info.test/pay/

供給停止後の再開には、立会いと再開手数料が必要となります。
""",
    html="""\
<html><body>
<div style="max-width:560px;margin:auto;font-family:sans-serif">
<div style="background:#0068b7;color:#fff;padding:12px;font-weight:bold">myTOKYOGAS</div>
<p>東京ガスをご利用いただき、ありがとうございます。</p>
<p>お客さまの10月分ガス料金について、口座振替ができませんでした。<br>
<b>11月28日（金）</b>までにお支払いが確認できない場合、ガスの供給を停止させていただきます。</p>
<p style="text-align:center"><a href="https://mytokyogas.tokyogas-info.test/pay/" style="background:#e60012;color:#fff;padding:10px 30px;text-decoration:none">お支払いはこちら</a></p>
<p style="font-size:12px">供給停止後の再開には、立会いと再開手数料が必要となります。</p>
</div>
</body></html>
""")

add("spam/tax-phish-01.eml",
    charset="euc-jp", cte="8bit", date="2026-03-09 10:45:18",
    sender=("国税庁", "e-tax@nta.example.go.jp"),
    to=[(None, "y.sugimoto@aozora.example.org")],
    subject="【国税庁】未納税金の差押え最終通知",
    ret="bounce@tax-notice.example.net",
    via=("smtp.tax-notice.example.net", "smtp.tax-notice.example.net", "203.0.113.222"),
    text="""\
納税者様

あなたの令和6年度所得税（延滞税を含む）について、
納付期限を過ぎても納付が確認できておりません。

督促状を送付いたしましたが、現在も未納の状態が続いております。
本通知は差押えの前の最終通知となります。

未納額：43,600円
納付期限：3月12日（木）

下記の国税納付ページよりクレジットカードにて納付してください。
https://www.nta.example.go.jp.tax-notice.example.net/nofu/

期限までに納付がない場合、財産（給与・預貯金等）の差押えを
執行いたします。

国税庁 徴収部
""")

add("spam/pension-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-06-02 13:30:55",
    sender=("日本年金機構", "nenkin@nenkin-kikou.example"),
    to=[(None, "sato.michiko@example.ne.jp")],
    subject="年金受取口座の再登録のお願い",
    via=("relay.nenkin-kikou.example", "198-51-100-74.static.example.net", "198.51.100.74"),
    text="""\
年金受給者の皆様へ

日本年金機構です。
システム移行に伴い、一部の受給者様の受取口座情報が確認できなく
なっております。

次回の年金支払日までに受取口座の再登録が完了しない場合、
お振込みが一時保留となります。

再登録は下記のねんきんネットから行えます。
https://www.nenkin-kikou.example/net/kouza/

ご不明な点は、お近くの年金事務所ではなく、本メールへご返信ください。

日本年金機構 ねんきんネット事務局
""")

add("spam/mynumber-phish-01.eml",
    charset="utf-8", cte="8bit", date="2025-12-02 09:14:21",
    sender=("デジタル庁 マイナ保険証窓口", "support@myna-hoken.example.jp"),
    to=[(None, "r.watanabe@univ.example.ac.jp")],
    subject="【デジタル庁】健康保険証の廃止に伴うマイナ保険証の登録について",
    via=("mail.myna-hoken.example.jp", "mail.myna-hoken.example.jp", "192.0.2.131"),
    text="""\
従来の健康保険証は新規発行が終了し、有効期限をもって利用できなく
なりました。
マイナ保険証への登録がお済みでない方は、医療機関の窓口で
医療費を全額（10割）ご負担いただく場合があります。

以下のページで利用登録を行ってください。
登録には、マイナンバーカードの券面情報と利用者証明用暗証番号（数字4桁）、
お支払い用のカード情報（手数料 0円の確認のため）が必要です。

https://myna-hoken.example.jp/touroku/start

登録完了者には、マイナポイント 7,500円分 を付与いたします。

デジタル庁
""")

add("spam/etc-phish-01.eml",
    charset="shift_jis", cte="base64", date="2025-05-19 06:26:40",
    sender=("ETC利用照会サービス", "etc-meisai@etc-riyou.example.net"),
    to=[(None, "yamaguchi@tsubame-denki.example.co.jp")],
    subject="【ETC利用照会サービス】ご登録のETCカードが無効になっています",
    via=("etc-riyou.example.net", "unknown", "198.51.100.190"),
    text="""\
ETC利用照会サービスをご利用のお客様

ご登録のETCカードの有効期限が切れているか、カード情報の更新が
必要な状態となっております。

このままでは、料金所のETCレーンを通過できない場合があります。
下記URLよりカード情報の更新をお願いいたします。

https://www.etc-meisai.example.jp.etc-riyou.example.net/update

ETC利用照会サービス事務局
""")

add("spam/subscription-phish-01.eml",
    charset="utf-8", cte="quoted-printable", date="2026-05-11 21:02:57",
    sender=("Microsoft 365", "subscriptions@m365-billing.example.com"),
    to=[(None, "info@momiji-shoji.test")],
    subject="Microsoft 365 Business サブスクリプションの有効期限が切れました",
    via=("mail.m365-billing.example.com", "mail.m365-billing.example.com", "192.0.2.219"),
    text="""\
サブスクリプションの有効期限が切れました

組織の Microsoft 365 Business Standard の自動更新に失敗しました。
5日以内にお支払い方法を更新しないと、Outlook のメール、OneDrive の
ファイル、Teams のデータは削除されます。

お支払い方法を更新する:
https://admin.m365-billing.example.com/billing/update?tenant=momiji-shoji

Microsoft Corporation
One Microsoft Way, Redmond, WA
""",
    html="""\
<html><body style="font-family:'Segoe UI',Meiryo,sans-serif;color:#222">
<h2 style="font-weight:600">サブスクリプションの有効期限が切れました</h2>
<p>組織の Microsoft 365 Business Standard の自動更新に失敗しました。<br>
5日以内にお支払い方法を更新しないと、Outlook のメール、OneDrive のファイル、Teams のデータは削除されます。</p>
<p><a href="https://admin.m365-billing.example.com/billing/update?tenant=momiji-shoji" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">お支払い方法を更新する</a></p>
<p style="font-size:11px;color:#666">Microsoft Corporation<br>One Microsoft Way, Redmond, WA</p>
</body></html>
""")

add("spam/subscription-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-08-30 17:48:13",
    sender=("U-NEXT", "support@unext-member.example.org"),
    to=[(None, "daichi.k@example.ne.jp")],
    subject="U-NEXT お支払い方法の確認ができませんでした",
    via=("smtp2.unext-member.example.org", "smtp2.unext-member.example.org", "203.0.113.61"),
    text="""\
U-NEXTをご利用いただきありがとうございます。

月額プランのお支払いに使用されているクレジットカードの
承認が得られませんでした。
引き続きご視聴いただくには、お支払い情報を更新してください。

https://unext-member.example.org/account/payment

更新が確認できない場合、ポイントと視聴履歴は削除されます。

U-NEXTカスタマーセンター
""")

add("spam/sns-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-10-02 02:37:46",
    sender=("Meta for Business", "policy@meta-business-support.test"),
    to=[(None, "cafe.hanamizuki@example.ne.jp")],
    subject="あなたのFacebookページはコミュニティ規定に違反しています",
    via=("meta-business-support.test", "unknown", "192.0.2.18"),
    text="""\
Facebookページ「カフェ はなみずき」に関するお知らせ

あなたのページに投稿されたコンテンツが、第三者から商標権侵害として
報告されました。
この決定に異議がある場合は、48時間以内に申し立てを行ってください。
申し立てがない場合、ページは完全に削除されます。

申し立てを送信:
https://www.facebook.com.meta-business-support.test/appeal/7718023

Meta Platforms, Inc. Privacy Center
""")

add("spam/sns-phish-02.eml",
    charset="utf-8", cte="8bit", date="2026-01-28 23:59:03",
    sender=("X", "verify@x-account-safety.example.jp"),
    to=[(None, "t_kamei@hoshizora.example.net")],
    subject="新しい端末からXアカウントへのログインがありました",
    via=("mail.x-account-safety.example.jp", "mail.x-account-safety.example.jp", "198.51.100.25"),
    text="""\
@tkamei_photo さん

新しい端末からのログインが検出されました。

端末: Android (Pixel 7)
場所: ベトナム ホーチミン
日時: 2026年1月28日 23:41

心当たりがない場合は、アカウントを保護してください。
https://x.com.login-secure.example.jp/i/account/protect

X Corp.
""")

add("spam/webmail-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-29 10:22:08",
    sender=("メールシステム管理者", "postmaster@tsubame-denki.example.co.jp"),
    to=[(None, "k.nomura@tsubame-denki.example.co.jp")],
    subject="[メールサーバー] パスワードの有効期限が本日切れます",
    ret="admin@tsubame-denkl.example.co.jp",
    via=("tsubame-denkl.example.co.jp", "unknown", "203.0.113.244"),
    text="""\
k.nomura@tsubame-denki.example.co.jp 様

お使いのメールアカウントのパスワードは本日 23:59 に有効期限を迎えます。
期限切れ後はメールの送受信ができなくなります。

現在のパスワードを継続して使用するには、以下から確認してください。

パスワードを継続する
https://webmail.tsubame-denki.example.co.jp.mailbox-keep.test/owa/

このメッセージは tsubame-denki.example.co.jp メールサーバーから
自動送信されています。
""")

add("spam/it-impersonation-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-12-08 15:12:40",
    sender=("総務部 人事課", "soumu-jinji@tsubame-denki-hr.example.co.jp"),
    to=[(None, "s.ueda@tsubame-denki.example.co.jp")],
    subject="【要対応】年末調整書類の電子提出について（12/12締切）",
    via=("tsubame-denki-hr.example.co.jp", "unknown", "192.0.2.37"),
    client=("WIN-7H2QK0LP", "198.51.100.73"),
    text="""\
社員各位

お疲れ様です。総務部人事課です。

本年より年末調整の書類提出は、すべて電子申請となりました。
以下の社内ポータルにサインインのうえ、扶養控除等申告書および
保険料控除申告書の内容を確認し、12月12日（金）までに提出してください。

https://portal-tsubame-denki.example.co.jp.sso-signin.test/nenmatsu

サインインには、社内メールのアドレスとパスワードをご利用ください。
期限を過ぎた場合、ご自身で確定申告を行っていただくことになります。

総務部 人事課
""",
    html="""\
<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>社員各位</p>
<p>お疲れ様です。総務部人事課です。</p>
<p>本年より年末調整の書類提出は、すべて電子申請となりました。<br>
以下の社内ポータルにサインインのうえ、扶養控除等申告書および保険料控除申告書の内容を確認し、<b>12月12日（金）</b>までに提出してください。</p>
<p><a href="https://portal-tsubame-denki.example.co.jp.sso-signin.test/nenmatsu">社内ポータル（年末調整）</a></p>
<p>サインインには、社内メールのアドレスとパスワードをご利用ください。<br>
期限を過ぎた場合、ご自身で確定申告を行っていただくことになります。</p>
<p>総務部 人事課</p>
</body></html>
""")

add("spam/securities-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-04-22 08:05:31",
    sender=("楽天証券", "info@rakuten-sec-info.example.com"),
    to=[(None, "kobayashi.jun@mail.example.com")],
    subject="【楽天証券】重要なお知らせ：ログイン追加認証の設定について",
    via=("mta01.rakuten-sec-info.example.com", "mta01.rakuten-sec-info.example.com", "203.0.113.73"),
    text="""\
楽天証券をご利用いただき、誠にありがとうございます。

昨今、証券会社を装ったフィッシングサイトにより、お客様の口座が
不正に利用される事案が多発しております。
当社では、お客様の資産を守るため、ログイン時の追加認証の設定を
すべてのお客様にお願いしております。

設定は下記ページからログインのうえ、数分で完了いたします。

https://member.rakuten-sec-info.example.com/login/mfa

設定がお済みでない場合、一部のお取引を制限させていただく場合が
ございます。ご理解とご協力をお願い申し上げます。

楽天証券株式会社
""")

add("spam/securities-phish-02.eml",
    charset="euc-jp", cte="8bit", date="2025-05-14 19:21:07",
    sender=("マネックス証券", "alert@monex-kouza.example.net"),
    to=[(None, "a.hayashi@aozora.example.org")],
    subject="【緊急】お客様の口座で不審な売買注文を確認しました",
    via=("monex-kouza.example.net", "unknown", "198.51.100.122"),
    text="""\
マネックス証券をご利用のお客様

本日、お客様の口座において、通常と異なる大口の売買注文を確認いたしました。
被害拡大を防ぐため、口座を一時凍結しております。

凍結の解除には、ログインパスワード・取引パスワードによる本人確認が必要です。
http://203.0.113.90:8080/monex/unlock.php

マネックス証券株式会社 お客様ダイヤル
""")

add("spam/bec-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-02-03 11:47:22",
    sender=("松岡 隆", "matsuoka.ceo@mail.example.com"),
    to=[(None, "keiri@momiji-shoji.test")],
    subject="至急",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.84"),
    client=("[203.0.113.171]", "203.0.113.171"),
    text="""\
経理担当者様

お疲れ様です。松岡です。
現在、会議中のため電話に出られません。

本日中に処理していただきたい送金案件があります。
取引先との機密案件のため、社内の他の人にはまだ共有しないでください。

今、振込の手続きはできますか？ 可能であればすぐ返信ください。

松岡
""")

add("spam/bec-02.eml",
    charset="utf-8", cte="8bit", date="2025-09-16 16:32:10",
    sender=("石原 美穂（ひのき物産）", "ishihara@hinoki-bussann.example.jp"),
    to=[(None, "s.ueda@tsubame-denki.example.co.jp")],
    subject="Re: 8月分ご請求書の件",
    ret="ishihara@hinoki-bussann.example.jp",
    headers=[("Reply-To", "hinoki.keiri@mail.example.com"),
             ("X-Mailer", "Microsoft Outlook 16.0")],
    via=("mail.hinoki-bussann.example.jp", "unknown", "203.0.113.118"),
    client=("DESKTOP-K3L9V", "192.0.2.236"),
    text="""\
つばめ電機株式会社
上田様

いつも大変お世話になっております。ひのき物産経理部の石原です。

先日お送りした8月分のご請求書につきまして、弊社取引銀行の
監査対応により、今月から振込先口座を下記へ変更させていただきました。
大変お手数ですが、今回のお支払いより新しい口座へお振込みください。

　銀行名：みのり銀行　本店営業部
　口座番号：普通　0000123
　口座名義：ｶ)ﾋﾉｷﾌﾞｯｻﾝ ｼﾃﾝｹｲﾘ

旧口座へのお振込みは返金手続きとなり、お時間をいただきますので
ご注意ください。
お手続き完了後、振込明細をこのメールへご返信いただけますと幸いです。

何卒よろしくお願いいたします。

ひのき物産株式会社 経理部
石原 美穂
""")

add("spam/fake-invoice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-10-30 09:41:15",
    sender=("請求書発行システム", "seikyu@docs-hakko.example.com"),
    to=[(None, "keiri@momiji-shoji.test")],
    subject="【請求書送付】10月度 ご請求書（No.2025-10-0873）",
    via=("docs-hakko.example.com", "unknown", "198.51.100.66"),
    fname="word",
    attach=[("請求書_2025-10-0873.zip", "application/zip", "zip")],
    text="""\
ご担当者様

いつもお世話になっております。
10月度のご請求書をお送りいたします。

添付ファイルをご確認のうえ、10月31日（金）までに
お振込みくださいますようお願い申し上げます。

※添付ファイルのパスワードは別途メールにてお送りいたします。

よろしくお願いいたします。
""")

add("spam/fake-invoice-02.eml",
    charset="utf-8", cte="base64", date="2026-04-07 14:03:52",
    sender=("クラウドサイン通知", "noreply@e-keiyaku-sign.example.jp"),
    to=[(None, "y.mori@kurumi-lab.example")],
    subject="【電子契約】「業務委託契約書（2026年度）」への署名依頼が届いています",
    via=("e-keiyaku-sign.example.jp", "unknown", "192.0.2.162"),
    client=("[203.0.113.98]", "203.0.113.98"),
    fname="rfc2231",
    attach=[("業務委託契約書_署名依頼.html", "text/html", "html")],
    text="""\
森 様

株式会社アルタイル・パートナーズ 総務部 より、以下の書類への
署名依頼が届いています。

書類名：業務委託契約書（2026年度）
有効期限：2026年4月10日（金）

添付の「署名依頼」ファイルを開き、表示された画面でメールアドレスと
パスワードを入力してから、書類を確認してください。

このメールは送信専用アドレスから送信されています。
""")

add("spam/kakuu-seikyu-01.eml",
    charset="shift_jis", declare="iso-2022-jp", hcharset="iso-2022-jp",
    cte="8bit", date="2025-08-05 04:12:33",
    sender=("料金管理センター", "center@douga-ryoukin.test"),
    to=[(None, "ono.tsuyoshi@example.ne.jp")],
    subject="【最終通達】未納料金のお支払いについて",
    headers=[("X-Mailer", "Shuriken Pro6 6.0.1")],
    via=("douga-ryoukin.test", "unknown", "192.0.2.9"),
    text="""\
■■■■■■■■■■■■■■■■■■■■■■■■
　　　　　最　終　通　達
■■■■■■■■■■■■■■■■■■■■■■■■

お客様が以前にご登録された有料動画サイトの利用料金について、
再三のご連絡にもかかわらず、未だお支払いの確認ができておりません。

【ご請求金額】　２９８，０００円（延滞金・手数料を含む）
【お支払い期限】本日１８時まで

本日中にご連絡がない場合、当社顧問弁護士を通じて
ご自宅および勤務先への調査・回収手続きを開始いたします。

退会手続き・お支払いのご相談は下記までお電話ください。
ｻﾎﾟｰﾄｾﾝﾀｰ　０３−００００−４４７１（受付 9:00〜18:00）

※個人情報保護のため、担当者名をお伝えください。
　担当：鈴木
""")

add("spam/legal-threat-01.eml",
    charset="shift_jis", cte="8bit", date="2026-01-20 10:02:19",
    sender=("みなと総合法律事務所", "info@minato-law-office.example.net"),
    to=[(None, "kudo.masaki@hoshizora.example.net")],
    subject="民事訴訟提起に関する最終通告書",
    headers=[("X-Mailer", "Microsoft Office Outlook 12.0")],
    via=("minato-law-office.example.net", "203-0-113-12.static.example.jp", "203.0.113.12"),
    text="""\
通知人：株式会社ネクストコンテンツ
代理人：みなと総合法律事務所　弁護士　宮本 正人

被通知人　工藤 正樹 殿

　当職は、通知人から依頼を受け、本書をもってご連絡いたします。
　貴殿が利用された有料情報サービスの未払い利用料等について、通知人は
貴殿に対し再三にわたり支払いを求めてまいりましたが、現在に至るまで
何らのご対応もいただいておりません。

　つきましては、本書到達後３日以内に下記窓口までご連絡ください。
期限内にご連絡がない場合、通知人は貴殿に対し、東京地方裁判所へ
民事訴訟を提起するとともに、給与債権等の仮差押えの申立てを
行う予定です。

　和解・分割のご相談窓口：０３−００００−８１２０
　受付時間：平日 10:00〜17:00

以上
""")

add("spam/sextortion-01.eml",
    charset="utf-8", cte="8bit", date="2025-06-18 01:44:09",
    sender=(None, "n.takeda@aozora.example.org"),
    to=[(None, "n.takeda@aozora.example.org")],
    subject="あなたのアカウントは侵害されています。パスワードを変更してください。",
    via=("[203.0.113.201]", "unknown", "203.0.113.201"),
    text="""\
こんにちは。

お気づきかもしれませんが、このメールはあなた自身のアカウントから
送信しています。つまり、私はあなたのデバイスに完全にアクセスできます。

数か月前、あなたが閲覧したアダルトサイトを通じて、あなたの端末に
マルウェアを仕込みました。それ以来、カメラとマイク、連絡先、
メッセージのすべてを記録しています。
あなたが何を見ながら何をしていたか、映像は手元にあります。

この映像をあなたの連絡先すべてに送信されたくなければ、
1,500 米ドル相当のビットコインを下記のアドレスへ送金してください。

bc1qz8l0ovyu3ek7w9rk0ot5ib2xcln0m4ep6q0ab

このメールを開封した時点からタイマーが作動しています。
期限は48時間です。送金が確認されれば映像は削除し、二度と連絡しません。
警察に相談しても無駄です。私を追跡することはできません。
""")

add("spam/romance-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-05-24 22:30:18",
    sender=("Emily Chen", "emily.chen0912@mail.example.com"),
    to=[(None, "h.ogawa@example.ne.jp")],
    subject="はじめまして、突然のメールすみません",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.84"),
    client=("DESKTOP-8KQ2M1", "192.0.2.143"),
    text="""\
はじめまして、エミリーといいます。

日本のカメラの集まりのサイトで小川さんの写真を見て、とても優しそうな
方だと思って、勇気を出してメールしました。

私はシンガポール出身で、いまは大阪で貿易の仕事をしています。
日本語はまだ勉強中なので、変なところがあったらごめんなさい。
日本の友達が少なくて、休日はいつも一人で写真を撮っています。

もしよかったら、お友達になってもらえませんか？
メールだと返信に気づかないことがあるので、LINEで話せたら嬉しいです。
私のIDは emily_0912jp です。

お返事待っています。
エミリー
""")

add("spam/invest-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-11-04 12:20:00",
    sender=("AIトレード研究会", "news@ai-trade-lab.example.org"),
    to=[(None, "masuda.kei@mail.example.com")],
    subject="【残り7名】元外資系ファンドマネージャー監修 AI自動売買 無料モニター募集",
    headers=[("List-Unsubscribe", "<https://ai-trade-lab.example.org/stop?u=55120>")],
    via=("ai-trade-lab.example.org", "ai-trade-lab.example.org", "192.0.2.104"),
    text="""\
増田様

はじめまして。AIトレード研究会 事務局の三浦です。

元外資系ファンドマネージャーが10年かけて開発した
AI自動売買システム「ORION-α」の無料モニターを、
今回に限り30名様限定で募集しております。

・過去3年間の月利平均 18.7%
・スマホで設定3分、あとは完全放置
・損失が出た場合は全額補償

モニター期間中の運用益は、すべて増田様のものです。
すでに23名様のお申込みをいただいており、残り7名様で締め切ります。

▼無料モニターに申し込む（LINEで受付）
https://lin.example.com/r/orion-alpha

※投資には元本保証はございません。
""")

add("spam/invest-02.eml",
    charset="utf-8", cte="8bit", date="2026-03-18 20:15:31",
    sender=("佐々木 アシスタント", "sasaki.assist@mail.example.com"),
    to=[(None, "r.watanabe@univ.example.ac.jp")],
    subject="先日のグループのご参加ありがとうございました🙏",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.84"),
    client=("iPhone", "203.0.113.187"),
    text="""\
渡辺様

こんばんは、先生のアシスタントの佐々木です😊
先日は株式勉強会のLINEグループにご参加いただきありがとうございました。

本日、先生が推奨した銘柄が2日連続でストップ高となりました📈
グループの皆さまからもたくさん喜びのお声をいただいています。

来週から、機関投資家向けの「優待枠」の申込みが始まります。
専用アプリでのみ購入できる特別な銘柄ですので、
ご希望の場合は私に直接ご連絡ください。
枠には限りがありますので、お早めにどうぞ✨

佐々木
""")

add("spam/fukugyo-01.eml",
    charset="utf-8", cte="base64", date="2025-07-22 07:07:07",
    sender=("在宅ワーク事務局", "info@zaitaku-work.invalid"),
    to=[(None, "saki.m@mobile.example.ne.jp")],
    subject="【スマホだけ】1日5分のタップ作業で日給2万円〜💰",
    via=("relay.zaitaku-work.invalid", "203-0-113-52.pool.example.net", "203.0.113.52"),
    text="""\
💰スキマ時間で高収入💰

✅ スマホでタップするだけ
✅ 1日たった5分
✅ 初月から日給2万円以上の実績多数
✅ 主婦・学生さん大歓迎！

今なら登録するだけで3,000円プレゼント🎁
マニュアル付きだから未経験でも安心です。

▼詳しくはこちら
https://tap-fukugyo.example.net/lp/?a=mail0722

※初回のみマニュアル代として 9,800円 が必要です。
""")

add("spam/yamibaito-01.eml",
    charset="utf-8", cte="8bit", date="2026-02-11 02:48:55",
    sender=(None, "quickjob2026@mail.example.com"),
    to=[(None, "taiga.s@example.ne.jp")],
    subject="高額案件 即日10万 書類の受け取りだけ",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.84"),
    client=("[198.51.100.249]", "198.51.100.249"),
    text="""\
急募です

指定の場所で書類の入った封筒を受け取って、別の場所に届けるだけ
1件 5万〜10万 即日手渡し
身分証の写真を送れる人のみ
車なくてもOK、未経験OK

興味あればテレグラムで連絡ください
@white_job_tokyo

詳しいことはそっちで話します
""")

add("spam/ad-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-09-25 11:00:00",
    sender=("株式会社プライムエステート", "info@prime-estate.example.jp"),
    to=[(None, "info@momiji-shoji.test")],
    subject="未承諾広告※ 年収500万円からはじめる都心ワンルーム投資セミナーのご案内",
    headers=[("List-Unsubscribe", "<mailto:stop@prime-estate.example.jp?subject=unsubscribe>"),
             ("X-Mailer", "BlastMail 3.2")],
    via=("mail.prime-estate.example.jp", "mail.prime-estate.example.jp", "192.0.2.58"),
    text="""\
未承諾広告※

突然のご連絡失礼いたします。
株式会社プライムエステートの営業部でございます。

「将来の年金だけでは不安」
「節税をしながら資産を作りたい」
そのようにお考えの経営者様・会社員様に向けて、
都心ワンルームマンション投資のオンラインセミナーを開催いたします。

日時：10月4日（土）14:00〜15:30
会場：オンライン（Zoom）
参加費：無料
特典：ご参加の方全員にAmazonギフト券 5,000円分

お申込みは本メールへのご返信で承ります。

―――――――――――――――――――――――
株式会社プライムエステート
〒100-0000 東京都千代田区0-0-0
TEL 03-0000-7720
配信停止をご希望の方は stop@prime-estate.example.jp まで
―――――――――――――――――――――――
""")

add("spam/ad-02.eml",
    charset="cp932", cte="8bit", date="2025-11-13 17:36:24",
    sender=("ﾋﾞｼﾞﾈｽ情報ｾﾝﾀｰ", "news@biz-joho.example.com"),
    to=[(None, "yamaguchi@tsubame-denki.example.co.jp")],
    subject="①ﾊﾟﾁｽﾛ攻略 ②ｶﾝﾀﾝ副収入 ③今だけ無料 ★未･承･諾･広･告★",
    via=("biz-joho.example.com", "unknown", "198.51.100.37"),
    text="""\
★未･承･諾･広･告★

お世話になります｡ﾋﾞｼﾞﾈｽ情報ｾﾝﾀｰです｡

①ﾊﾟﾁｽﾛ攻略情報
　ﾎｰﾙの設定を事前に知る方法を､今だけ無料で公開中!!
　会員様の平均収支は月＋３８万円!!

②ｶﾝﾀﾝ副収入
　ﾒｰﾙを読むだけで１通５０円!!
　登録料・年会費は一切かかりません｡

③今だけ無料
　限定ﾚﾎﾟｰﾄ「勝ち組だけが知っている３つの法則」を
　先着１００名様にﾌﾟﾚｾﾞﾝﾄ!!

▼ご登録はこちら▼
http://203.0.113.140/~biz/reg.cgi?id=1113

※配信停止は本ﾒｰﾙにそのまま返信してください｡
""")

add("spam/dating-01.eml",
    charset="utf-8", cte="quoted-printable", date="2026-06-06 23:12:41",
    sender=("りな", "rina.love77@mail.example.com"),
    to=[(None, "kenta.fujii@hoshizora.example.net")],
    subject="さっきはありがとう♡ 続きはここで話そ？",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.84"),
    text="""\
さっきはメッセありがとう♡
りなです、覚えてる？

あれから返事が来なくて、ちょっと寂しかったよ…
アプリだとすぐ消されちゃうから、こっちで続き話そ？

写真もこっちに載せてるから見てね♡
https://rina-room.example.org/p/77?from=mail

待ってるね。
""",
    html="""\
<html><body style="background:#fff0f5;font-family:sans-serif">
<p>さっきはメッセありがとう♡<br>りなです、覚えてる？</p>
<p>あれから返事が来なくて、ちょっと寂しかったよ…<br>
アプリだとすぐ消されちゃうから、こっちで続き話そ？</p>
<p><a href="https://rina-room.example.org/p/77?from=mail"><img src="https://rina-room.example.org/img/p77.jpg" width="240" alt="りなの写真"></a></p>
<p>待ってるね。</p>
</body></html>
""")

add("spam/drug-01.eml",
    charset="euc-jp", cte="8bit", date="2025-04-28 05:52:16",
    sender=("メンズヘルス通販", "order@mens-health-rx.example.net"),
    to=[(None, "kobayashi.jun@mail.example.com")],
    subject="[処方箋不要] バイアグラ・シアリス ジェネリック 最大80%OFF",
    via=("mens-health-rx.example.net", "unknown", "198.51.100.201"),
    text="""\
病院に行かずに、自宅で簡単に。

◆シルデナフィル100mg（バイアグラ ジェネリック）　30錠 3,980円
◆タダラフィル20mg（シアリス ジェネリック）　　　 30錠 4,580円
◆ダイエットサプリ「スリムバーンEX」　　　　　　 1か月分 2,980円
　（医師も驚く脂肪燃焼力／飲むだけでマイナス10kg）

・処方箋不要、誰にも知られずにお届け
・中身がわからない梱包で発送
・2箱以上で送料無料

ご注文はこちら
https://rx-direct.example.net/shop/?ref=mh0428

※海外からの発送となります。お届けまで10〜14日かかります。
""")

add("spam/supplement-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-01-06 12:02:39",
    sender=("健康サポート便", "support@kenko-binn.example"),
    to=[(None, "sato.michiko@example.ne.jp")],
    subject="【定期便ご案内】ひざの痛みに悩むあなたへ 初回980円",
    headers=[("List-Unsubscribe", "<mailto:teishi@kenko-binn.example>")],
    via=("mail.kenko-binn.example", "mail.kenko-binn.example", "203.0.113.77"),
    text="""\
階段の上り下り、つらくありませんか？

テレビで話題の「グルコサミン極（きわみ）」は、
飲み始めて1週間で「正座ができるようになった」と
喜びの声が続々と届いています。

通常価格 7,980円 → 初回限定 980円（送料無料）

※定期コースのお申込みに限ります。2回目以降は通常価格で
　お届けします。6回以上の継続が条件です。

お申込み：0120-000-598（24時間受付）
""")

add("spam/fake-shop-01.eml",
    charset="utf-8", cte="base64", date="2025-12-26 18:18:18",
    sender=("BRAND OUTLET JAPAN", "sale@brand-outlet-jp.test"),
    to=[(None, "aya.n@momiji-shoji.test")],
    subject="【閉店セール】人気ブランドバッグ全品 最大90%OFF 本日23:59まで",
    headers=[("List-Unsubscribe", "<https://brand-outlet-jp.test/unsubscribe>")],
    via=("mail.brand-outlet-jp.test", "mail.brand-outlet-jp.test", "192.0.2.244"),
    text="""\
BRAND OUTLET JAPAN 閉店のお知らせ

誠に勝手ながら、当店は年内をもって閉店することになりました。
在庫一掃のため、全商品を最大90%OFFでご提供いたします。

・ルイ・ヴィトン ネヴァーフル MM　　198,000円 → 19,800円
・シャネル マトラッセ チェーンウォレット　320,000円 → 29,800円
・エルメス ピコタン ロック PM　　　　　 280,000円 → 27,000円

お支払いは銀行振込のみ（振込確認後、3日以内に発送）
※個人名義の口座へのお振込みとなります。

https://brand-outlet-jp.test/sale/closing
""",
    html="""\
<html><body style="margin:0;background:#000;color:#fff;font-family:serif;text-align:center">
<h1 style="color:#d4af37">BRAND OUTLET JAPAN<br>閉店セール 最大90%OFF</h1>
<p>誠に勝手ながら、当店は年内をもって閉店することになりました。<br>在庫一掃のため、全商品を最大90%OFFでご提供いたします。</p>
<table align="center" style="color:#fff">
<tr><td>ルイ・ヴィトン ネヴァーフル MM</td><td><s>198,000円</s> → <b style="color:#f33">19,800円</b></td></tr>
<tr><td>シャネル マトラッセ チェーンウォレット</td><td><s>320,000円</s> → <b style="color:#f33">29,800円</b></td></tr>
<tr><td>エルメス ピコタン ロック PM</td><td><s>280,000円</s> → <b style="color:#f33">27,000円</b></td></tr>
</table>
<p>お支払いは銀行振込のみ（振込確認後、3日以内に発送）<br>※個人名義の口座へのお振込みとなります。</p>
<p><a href="https://brand-outlet-jp.test/sale/closing" style="color:#d4af37">今すぐショップへ</a></p>
</body></html>
""")

add("spam/b2b-sales-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-04-21 10:31:48",
    sender=("株式会社リードネクスト 山下", "yamashita@lead-next.example.co.jp"),
    to=[(None, "info@kurumi-lab.example")],
    subject="貴社の新規開拓についてご提案（15分ほどお時間いただけませんか）",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    via=("mail.lead-next.example.co.jp", "mail.lead-next.example.co.jp", "203.0.113.130"),
    client=("LN-PC-0231", "192.0.2.211"),
    text="""\
くるみラボ
ご担当者様

突然のご連絡失礼いたします。
株式会社リードネクストの山下と申します。

弊社では、AIが自動で見込み顧客リストを作成し、問い合わせフォームへの
営業文送信までを代行する「フォーム営業AI」をご提供しております。
導入企業様では、平均で商談数が3.2倍に増加しております。

貴社のような研究・開発系の企業様でも成果が出ておりますので、
一度15分ほどオンラインでご説明させていただけないでしょうか。

下記よりご都合の良い日時をお選びください。
https://lead-next.example.co.jp/meeting/yamashita

不要でしたら大変失礼いたしました。
今後のご案内が不要な場合は、その旨ご返信ください。

株式会社リードネクスト
営業部 山下 翔
""")

add("spam/b2b-sales-02.eml",
    charset="shift_jis", cte="8bit", date="2025-07-15 13:13:05",
    sender=("WEB集客サポート事務局", "info@web-shukyaku.example.org"),
    to=[(None, "cafe.hanamizuki@example.ne.jp")],
    subject="【店舗様限定】ホームページ制作 初期費用0円・月額3,980円",
    headers=[("List-Unsubscribe", "<https://web-shukyaku.example.org/optout>"),
             ("X-Mailer", "WEB Mail Sender 4.1")],
    via=("web-shukyaku.example.org", "198-51-100-153.static.example.org", "198.51.100.153"),
    text="""\
店舗オーナー様

お忙しいところ失礼いたします。
WEB集客サポート事務局です。

スマホで「地域名＋カフェ」と検索されたとき、
貴店は何番目に表示されていますか？

当事務局では、小規模店舗様向けにホームページ制作と
Googleマップ上位表示（MEO）をセットでご提供しています。

・初期費用 0円
・月額 3,980円（5年契約）
・口コミ返信も代行

今月お申込みの先着5店舗様は、3か月分の月額費用が無料です。
詳しくは 03-0000-5561 までお電話ください。
""")

add("spam/prize-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-10-10 10:10:10",
    sender=("お客様満足度調査事務局", "survey@cs-survey-jp.example.com"),
    to=[(None, "natsumi.oda@example.ne.jp")],
    subject="🎉おめでとうございます！iPhone 17 Pro の当選者に選ばれました",
    via=("cs-survey-jp.example.com", "unknown", "203.0.113.3"),
    text=None,
    html="""\
<html><body style="text-align:center;font-family:sans-serif">
<h2>🎉 おめでとうございます 🎉</h2>
<p>お客様満足度調査にご協力いただいた方の中から、<br>
<b>iPhone 17 Pro（256GB）</b>の当選者に選ばれました！</p>
<p>以下のリンクから5つの質問に回答し、<br>送料（300円）をお支払いいただくと商品を発送いたします。</p>
<p><a href="https://cs-survey-jp.example.com/%77%69%6e/?c=ip17&amp;u=4418" style="display:inline-block;background:#ff6600;color:#fff;padding:12px 40px;border-radius:6px;text-decoration:none">今すぐ受け取る</a></p>
<p style="font-size:12px;color:#999">※本日中にお手続きがない場合、当選は無効となります。</p>
</body></html>
""")

add("spam/tech-support-01.eml",
    charset="shift_jis", cte="base64", date="2026-05-29 09:55:43",
    sender=("Windows セキュリティセンター", "alert@win-security-center.example.jp"),
    to=[(None, "m-ishida@mail.example.com")],
    subject="警告：お使いのPCで3件のウイルスが検出されました",
    via=("win-security-center.example.jp", "unknown", "192.0.2.199"),
    text="""\
＊＊＊ Windows セキュリティ警告 ＊＊＊

お使いのコンピューターで、以下の脅威が検出されました。

　・Trojan:Win32/Emotet.XB
　・Spyware:Win32/KeyLogger
　・Adware:Win32/PopAds

これらのウイルスにより、インターネットバンキングのパスワードや
写真、クレジットカード情報が流出する恐れがあります。

直ちに PC の電源を切らずに、下記のサポート窓口へお電話ください。
専門の技術者が遠隔操作でウイルスを駆除いたします。

　Windows サポート窓口：050-0000-3921（24時間対応・通話無料）

※お電話の前に PC を再起動すると、データが消失する恐れがあります。
""")

add("spam/cn-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-09-09 03:06:27",
    sender=("三井住友銀行", "smbc@smbc-kakunin.example.net"),
    to=[(None, "t.okazaki@example.ne.jp")],
    subject="【三井住友銀行】お客様の口座は凍結しました、至急確認して下さい",
    via=("smbc-kakunin.example.net", "unknown", "198.51.100.119"),
    text="""\
尊敬なお客様：

お客様の口座に異常の取引を発見したので、安全のため口座を凍結しました。
下記の链接をクリックして、本人情報を確認して下さい。
確認をしないの場合は、口座は永久に使用ができないになります。

https://smbc-kakunin.example.net/jp/login.html

本メールを受信したから24時間以内にお手続きをお願いします。
ご協力に感谢致します。

三井住友銀行 客户服务中心
""")

add("spam/cn-phish-02.eml",
    charset="utf-8", cte="8bit", date="2026-03-27 04:40:51",
    sender=("JCBカード", "jcb-service@jcb-member.example.org"),
    to=[(None, "daichi.k@example.ne.jp")],
    subject="JCBカード会員様 重要なお知らせ（利用限制）",
    via=("jcb-member.example.org", "jcb-member.example.org", "192.0.2.177"),
    text="""\
JCBカード会員様

いつもJCBカードを利用して頂き、诚にありがとうございます。

最近、お客様のカードは第三者に不正使用された可能性がありますので、
カードの利用を限制させていただきます。
お客様本人の利用かどうか、以下のURLから确认をお願い致します。

https://my.jcb.co.jp.jcb-member.example.org/iss-pc/member/

もし3日以内に确认がないの場合、カードの利用は停止に成ります。
ご不便をお掛けして申し訳ございません。

JCB株式会社
""")

add("spam/link-only-01.eml",
    charset="utf-8", cte="8bit", date="2025-05-06 15:27:02",
    sender=(None, "h-tamura@univ.example.ac.jp"),
    to=[(None, "m-ishida@mail.example.com")],
    subject="Fw: 資料",
    via=("smtp.univ.example.ac.jp", "smtp.univ.example.ac.jp", "198.51.100.216"),
    client=("[203.0.113.66]", "203.0.113.66"),
    text="""\
https://tinyurl.example/y7kqw2m
""")

add("spam/image-only-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-02-17 19:24:35",
    sender=("Special Offer", "offer@mega-deal.example.com"),
    to=[(None, "y.sugimoto@aozora.example.org")],
    subject="本日限定のご案内",
    via=("mega-deal.example.com", "198-51-100-58.dyn.example.com", "198.51.100.58"),
    text=None,
    html="""\
<html><body style="margin:0">
<center><a href="http://198.51.100.58/c/?id=0217"><img src="http://198.51.100.58/img/banner_0217.jpg" width="600" height="800" border="0"></a></center>
</body></html>
""")

add("spam/word-salad-01.eml",
    charset="euc-jp", cte="8bit", date="2025-08-21 06:33:14",
    sender=("森田 早苗", "sanae_m1980@example.ne.jp"),
    to=[(None, "ono.tsuyoshi@example.ne.jp")],
    subject="雨上がりの 申告 について",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.8"),
    client=("[192.0.2.94]", "192.0.2.94"),
    text="""\
窓辺の時計が静かに会議室を横切って、昨日の夕立は確定申告に似ている。
冷蔵庫の中の散歩道で、ひまわりは請求書を折りたたんだ。
駅前の図書館は青い電話を鳴らし、午後の三時に紅茶が走り出す。
いつか誰かが言ったように、傘の下の海は遠い約束を数えている。
その坂道を上った先で、猫たちは議事録のページをめくっていた。

https://sanae-diary.example.net/?p=0821
""")


# ===========================================================================
# ham
# ===========================================================================

add("ham/bank-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-11-02 21:14:08",
    sender=("ひばり銀行", "info@mail.hibari-bank.example"),
    to=[(None, "t.okazaki@example.ne.jp")],
    subject="【ひばり銀行】新しい端末からログインがありました",
    via=("mo3.mail.hibari-bank.example", "mo3.mail.hibari-bank.example", "192.0.2.140"),
    text="""\
岡崎 達也 様

ひばりダイレクトに、これまでご利用のない端末からログインがありました。

　ログイン日時：2025年11月2日 21:13
　端末　　　　：iPhone（ひばり銀行アプリ）

お客さまご本人によるログインであれば、このメールへの対応は不要です。

お心当たりがない場合は、アプリまたはブックマーク済みの公式サイトから
ログインパスワードを変更のうえ、下記までお電話ください。
このメールにはリンクを記載しておりません。

ひばり銀行 ダイレクトバンキングセンター
0120-000-315（平日 9:00〜20:00／土日祝 9:00〜17:00）
""")

add("ham/bank-notice-02.eml",
    charset="shift_jis", cte="8bit", date="2026-01-22 10:03:51",
    sender=("しおさい信用金庫", "ib-info@shiosai-shinkin.example.or.jp"),
    to=[(None, "kenta.fujii@hoshizora.example.net")],
    subject="振込先口座の登録が完了しました（しおさいネットバンキング）",
    via=("ibmail.shiosai-shinkin.example.or.jp", "ibmail.shiosai-shinkin.example.or.jp", "203.0.113.205"),
    text="""\
藤井 健太 様

しおさいネットバンキングをご利用いただき、ありがとうございます。
以下の振込先口座が登録されましたのでお知らせいたします。

　登録日時　：2026/01/22 10:03
　金融機関　：みなと銀行 中央支店
　口座　　　：普通 ***0012
　受取人名　：ｵｵﾔﾏ ﾋﾛｼ

この登録にお心当たりのない場合は、至急、お取引店または
下記までご連絡ください。

しおさい信用金庫 ネットバンキングヘルプデスク
0120-000-774（平日 9:00〜17:00）
""")

add("ham/bank-notice-03.eml",
    charset="utf-8", cte="quoted-printable", date="2025-08-19 12:30:00",
    sender=("あおい銀行", "notice@aoi-bank.example.com"),
    to=[(None, "m-ishida@mail.example.com")],
    subject="【あおい銀行】お客さま情報の確認について（アプリでのお手続きのお願い）",
    headers=[("List-Unsubscribe", "<https://aoi-bank.example.com/mail/stop?id=a81c>")],
    via=("mta12.haishin-cloud.example.net", "mta12.haishin-cloud.example.net", "198.51.100.60"),
    ret="bounce-a81c@haishin-cloud.example.net",
    text="""\
石田 美咲 様

いつもあおい銀行をご利用いただき、ありがとうございます。

当行では、法令に基づき、お客さまのご職業・お取引目的等を定期的に
確認しております。お手数ですが、8月末までに「あおい銀行アプリ」の
お知らせ欄からご回答ください。

・このメールにはリンクを記載しておりません。
・当行がメールやSMSで暗証番号、ワンタイムパスワードをお尋ねする
　ことはありません。
・最近、当行を装ったフィッシングメールが確認されています。
　心当たりのないメールのリンクは開かないでください。

アプリをお使いでない方には、後日郵送でご案内いたします。

株式会社あおい銀行
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#333">
<p>石田 美咲 様</p>
<p>いつもあおい銀行をご利用いただき、ありがとうございます。</p>
<p>当行では、法令に基づき、お客さまのご職業・お取引目的等を定期的に確認しております。お手数ですが、8月末までに「あおい銀行アプリ」のお知らせ欄からご回答ください。</p>
<ul>
<li>このメールにはリンクを記載しておりません。</li>
<li>当行がメールやSMSで暗証番号、ワンタイムパスワードをお尋ねすることはありません。</li>
<li>最近、当行を装ったフィッシングメールが確認されています。心当たりのないメールのリンクは開かないでください。</li>
</ul>
<p>アプリをお使いでない方には、後日郵送でご案内いたします。</p>
<p>株式会社あおい銀行</p>
</body></html>
""")

add("ham/card-notice-01.eml",
    charset="utf-8", cte="base64", date="2026-02-14 19:47:33",
    sender=("なないろカード", "riyou@nanairo-card.example.jp"),
    to=[(None, "daichi.k@example.ne.jp")],
    subject="【なないろカード】カードご利用のお知らせ",
    via=("smtp-out2.nanairo-card.example.jp", "smtp-out2.nanairo-card.example.jp", "192.0.2.63"),
    text="""\
川口 大地 様

なないろカードをご利用いただき、ありがとうございます。
お客さまのカードで、以下のご利用がありました。

　ご利用日時：2026年2月14日 19:45
　ご利用先　：ショッピング（インターネット）
　ご利用金額：52,800円

本メールは、1回のご利用が5万円以上の場合にお送りしています。
ご利用明細の確定は翌日以降となります。

お心当たりのないご利用の場合は、カード裏面のお問い合わせ先へ
お電話ください。

なないろカード株式会社
""")

add("ham/card-notice-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-03 08:22:17",
    sender=("はやぶさカード", "security@hayabusa-card.test"),
    to=[(None, "a.hayashi@aozora.example.org")],
    subject="【重要】カードの不正利用の可能性について（ご利用を一時保留しています）",
    via=("out.hayabusa-card.test", "unknown", "192.0.2.26"),
    text="""\
林 敦子 様

はやぶさカードをご利用いただき、ありがとうございます。

お客さまのカードにおいて、普段と異なるご利用が確認されたため、
不正利用防止の観点から、カードのご利用を一時的に保留しております。

　保留したご利用：7月3日（木）02:14　海外インターネット加盟店　98,000円

誠に恐れ入りますが、カード裏面に記載のセキュリティセンターまで
お電話でご連絡ください。ご本人さまのご利用であることが
確認できしだい、保留を解除いたします。

当社からメールでカード番号、有効期限、セキュリティコード、暗証番号を
お伺いすることはございません。このメールにもリンクはございません。

はやぶさカード株式会社 セキュリティセンター
""")

add("ham/securities-notice-01.eml",
    charset="euc-jp", cte="8bit", date="2025-10-09 17:05:40",
    sender=("いろは証券", "report@iroha-sec.example.net"),
    to=[(None, "kobayashi.jun@mail.example.com")],
    subject="[いろは証券] 取引報告書を電子交付しました",
    via=("mail.iroha-sec.example.net", "unknown", "203.0.113.84"),
    text="""\
小林 淳 様

いつもいろは証券をご利用いただきありがとうございます。

下記の書面を電子交付いたしました。
ログイン後、「電子交付書面」メニューよりご確認ください。

　書面名：取引報告書（国内株式）
　約定日：2025年10月9日（木）
　口座区分：NISA口座（成長投資枠）

※セキュリティ確保のため、本メールには書面閲覧用のリンクを
　記載しておりません。

いろは証券株式会社
金融商品取引業者 関東財務局長（金商）第0000号
""")

add("ham/securities-notice-02.eml",
    charset="utf-8", cte="8bit", date="2026-04-01 11:00:12",
    sender=("つむぎ証券", "info@tsumugi-sec.example.co.jp"),
    to=[(None, "yuki.hamada@example.ne.jp")],
    subject="【つむぎ証券】パスキー認証の必須化と、フィッシング被害防止のお願い",
    via=("mailer01.tsumugi-sec.example.co.jp", "mailer01.tsumugi-sec.example.co.jp", "203.0.113.48"),
    text="""\
浜田 由紀 様

証券会社をかたるフィッシングによる不正取引の被害が続いています。
当社では、お客さまの資産を守るため、2026年5月11日（月）より
ログイン時のパスキー認証を必須といたします。

■ お客さまにお願いしたいこと
1. 当社アプリの「設定」→「ログイン設定」からパスキーを登録してください。
2. メールやSMSのリンクからはログインしないでください。
   当社サイトへは、ブックマークまたはアプリからアクセスしてください。
3. 取引パスワードを他の人に教えたり、入力を求めるページに
   入力したりしないでください。

期限後、パスキー未登録のお客さまは、ログイン時に登録画面が
表示されます。

詳しくは当社ウェブサイトの「お知らせ」をご覧ください。

つむぎ証券株式会社
""",
    html="""\
<html><body style="font-family:sans-serif;line-height:1.7">
<p>浜田 由紀 様</p>
<p>証券会社をかたるフィッシングによる不正取引の被害が続いています。<br>
当社では、お客さまの資産を守るため、<strong>2026年5月11日（月）</strong>よりログイン時のパスキー認証を必須といたします。</p>
<h3 style="font-size:15px;border-left:4px solid #2b6cb0;padding-left:8px">お客さまにお願いしたいこと</h3>
<ol>
<li>当社アプリの「設定」→「ログイン設定」からパスキーを登録してください。</li>
<li>メールやSMSのリンクからはログインしないでください。当社サイトへは、ブックマークまたはアプリからアクセスしてください。</li>
<li>取引パスワードを他の人に教えたり、入力を求めるページに入力したりしないでください。</li>
</ol>
<p>期限後、パスキー未登録のお客さまは、ログイン時に登録画面が表示されます。</p>
<p>詳しくは当社ウェブサイトの「お知らせ」をご覧ください。</p>
<p>つむぎ証券株式会社</p>
</body></html>
""")

add("ham/otp-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-12-23 13:41:02",
    sender=("ひばり銀行", "otp@mail.hibari-bank.example"),
    to=[(None, "t.okazaki@example.ne.jp")],
    subject="ワンタイムパスワードのお知らせ",
    via=("mo1.mail.hibari-bank.example", "mo1.mail.hibari-bank.example", "192.0.2.138"),
    text="""\
ワンタイムパスワード：482913
有効期限：13:51まで（10分間）

このパスワードは振込の承認にのみ使用します。
当行の行員が電話等でお尋ねすることは絶対にありません。
""")

add("ham/otp-02.eml",
    charset="utf-8", cte="8bit", date="2026-06-02 07:58:49",
    sender=("フリマびより", "no-reply@furima-biyori.example.org"),
    to=[(None, "saki.m@mobile.example.ne.jp")],
    subject="認証コード：730518",
    via=("ses-out.furima-biyori.example.org", "unknown", "198.51.100.162"),
    text="""\
フリマびよりの認証コードは 730518 です。
5分以内にアプリの画面に入力してください。

このコードを誰かに伝えるよう求められた場合、それは詐欺です。
運営スタッフが認証コードを聞くことはありません。
""")

add("ham/password-reset-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-05-27 22:36:15",
    sender=("ふぉとぶっく", "noreply@photobook-share.example.com"),
    to=[(None, "shimizu.family@hoshizora.example.net")],
    subject="パスワード再設定のご案内",
    qname=True,
    via=("mail.photobook-share.example.com", "mail.photobook-share.example.com", "198.51.100.29"),
    text="""\
ふぉとぶっくをご利用いただきありがとうございます。

パスワードの再設定が申請されました。
下記のリンクから、新しいパスワードを設定してください。

https://photobook-share.example.com/reset?token=Qm9rZS1yZXNldC0wNTI3

リンクの有効期限は30分です。
お心当たりのない場合は、このメールを破棄してください。
パスワードは変更されません。
""")

add("ham/password-reset-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-09-28 16:12:09",
    sender=("しらかば市立図書館", "opac@library.shirakaba.example.lg.jp"),
    to=[(None, "natsumi.oda@example.ne.jp")],
    subject="【しらかば市立図書館】パスワード変更受付のお知らせ",
    via=("mail.library.shirakaba.example.lg.jp", "unknown", "203.0.113.213"),
    text="""\
織田 夏美 様

しらかば市立図書館 蔵書検索・予約システムです。
利用者カード番号 ****2207 のパスワード変更を受け付けました。

変更日時：2025年9月28日 16:11

ご本人による変更でない場合は、お手数ですが、図書館カウンター
またはお電話（0000-00-3318）にてお申し出ください。

※このメールは送信専用のアドレスから送信しています。
""")

add("ham/payment-failure-01.eml",
    charset="utf-8", cte="base64", date="2026-03-03 06:10:44",
    sender=("シネマトリップ", "billing@cinematrip.test"),
    to=[(None, "k.tanabe@example.ne.jp")],
    subject="お支払いに問題があります：シネマトリップのご利用を続けるには",
    via=("smtp.cinematrip.test", "smtp.cinematrip.test", "192.0.2.51"),
    text="""\
田辺 様

3月分の月額料金（スタンダードプラン 1,490円）を、ご登録の
クレジットカードで決済できませんでした。
カードの有効期限切れや、利用限度額の超過が考えられます。

3月10日（火）までにお支払い方法を更新していただければ、
引き続きご視聴いただけます。期限を過ぎると、ご利用が一時停止
されます（視聴履歴やマイリストは保持されます）。

お支払い方法の更新：
https://www.cinematrip.test/account/payment

シネマトリップ サポートセンター
""",
    html="""\
<html><body style="background:#111;color:#eee;font-family:sans-serif;padding:20px">
<h2 style="color:#f5c518">お支払いに問題があります</h2>
<p>田辺 様</p>
<p>3月分の月額料金（スタンダードプラン 1,490円）を、ご登録のクレジットカードで決済できませんでした。<br>カードの有効期限切れや、利用限度額の超過が考えられます。</p>
<p><b>3月10日（火）</b>までにお支払い方法を更新していただければ、引き続きご視聴いただけます。期限を過ぎると、ご利用が一時停止されます（視聴履歴やマイリストは保持されます）。</p>
<p><a href="https://www.cinematrip.test/account/payment" style="background:#f5c518;color:#111;padding:10px 24px;text-decoration:none;font-weight:bold">お支払い方法を更新</a></p>
<p style="font-size:12px;color:#999">シネマトリップ サポートセンター</p>
</body></html>
""")

add("ham/payment-failure-02.eml",
    charset="shift_jis", cte="8bit", date="2025-06-11 14:25:30",
    sender=("フィットネスクラブ ルピナス", "front@lupinus-fit.example.net"),
    to=[(None, "masuda.kei@mail.example.com")],
    subject="【ルピナス】6月分月会費の口座振替不能について",
    via=("lupinus-fit.example.net", "203-0-113-239.dyn.example.net", "203.0.113.239"),
    client=("FRONT-PC", "192.0.2.101"),
    text="""\
増田 圭 様

いつもフィットネスクラブ ルピナスをご利用いただきありがとうございます。

6月分の月会費（8,250円）につきまして、ご指定口座からの
お引き落としができませんでした。

お手数ですが、6月20日（金）までにフロントにて現金でお支払いいただくか、
下記口座へお振込みください（振込手数料はご負担ください）。

　みなと銀行 中央支店　普通 0000456
　口座名義 ﾙﾋﾟﾅｽ(ｶ

期日までにお支払いが確認できない場合、施設のご利用を一時停止させて
いただきます。すでにお支払い済みの場合はご容赦ください。

フィットネスクラブ ルピナス
フロント 0000-00-2045
""")

add("ham/renewal-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-05-08 09:00:03",
    sender=("ドメインの森", "info@domain-mori.example.com"),
    to=[(None, "info@kurumi-lab.example")],
    subject="【ドメインの森】ドメイン有効期限のお知らせ（30日前）",
    via=("send.domain-mori.example.com", "send.domain-mori.example.com", "198.51.100.106"),
    text="""\
くるみラボ ご担当者様

ドメインの森をご利用いただき、誠にありがとうございます。
ご契約中の下記ドメインの有効期限が近づいております。

　ドメイン名：kurumi-lab.example
　有効期限　：2026年6月7日（日）
　自動更新　：設定なし

期限までに更新手続きが行われない場合、ドメインが失効し、
ウェブサイトやメールがご利用いただけなくなります。
更新は、コントロールパネルの「ドメイン一覧」から行えます。

最近、当社を装って「ドメインが停止されます」とカード情報の入力を
求めるメールが確認されています。当社のメールに記載された
リンクからではなく、ブックマークからログインしてください。

ドメインの森 サポートデスク
""")

add("ham/renewal-02.eml",
    charset="utf-8", cte="base64", date="2025-04-15 10:41:27",
    sender=("まもるくんセキュリティ", "license@mamorukun.example.jp"),
    to=[(None, "sato.michiko@example.ne.jp")],
    subject="ご契約の自動更新が完了しました（まもるくんセキュリティ 3台版）",
    via=("mail.mamorukun.example.jp", "unknown", "203.0.113.93"),
    text="""\
佐藤 道子 様

いつも「まもるくんセキュリティ」をご利用いただき、ありがとうございます。
ご契約の自動更新が完了しましたのでお知らせいたします。

　製品名　：まもるくんセキュリティ 3台版（1年）
　更新日　：2025年4月15日
　新しい有効期限：2026年4月14日
　ご請求金額：5,280円（税込）
　お支払い方法：ご登録のクレジットカード

自動更新の停止や返金（更新日から30日以内）をご希望の場合は、
マイページの「契約情報」からお手続きいただけます。

なお、「ウイルスが検出されました」と表示して電話をかけさせる
偽の警告画面にご注意ください。当社が電話番号を画面に表示して
お電話をお願いすることはありません。
""")

add("ham/delivery-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-12-15 15:48:50",
    sender=("ことづて急便", "info@kotozute-kyubin.example.co.jp"),
    to=[(None, "kenta.fujii@hoshizora.example.net")],
    subject="【ことづて急便】ご不在連絡（お荷物をお預かりしています）",
    via=("mta.kotozute-kyubin.example.co.jp", "mta.kotozute-kyubin.example.co.jp", "203.0.113.172"),
    text="""\
藤井 健太 様

本日、お荷物をお届けにうかがいましたが、ご不在でしたので
持ち帰りました。

　お問い合わせ番号：0000-1215-3362
　ご依頼主　　　　：たんぽぽ書房 通販部
　保管期限　　　　：12月22日（月）

ご都合のよい日時を、会員ページまたはお電話でお知らせください。
https://www.kotozute-kyubin.example.co.jp/member/redelivery

※会員登録済みの方には、このメールでのみご案内しています。
　当社がSMSで再配達の手数料を請求することはありません。
""")

add("ham/delivery-notice-02.eml",
    charset="shift_jis", cte="8bit", date="2026-02-20 07:15:06",
    sender=("やまびこ運輸", "yotei@yamabiko-unyu.example.jp"),
    to=[(None, "y.sugimoto@aozora.example.org")],
    subject="お届け予定のお知らせ",
    via=("mail2.yamabiko-unyu.example.jp", "unknown", "198.51.100.180"),
    text="""\
杉本 様

お荷物のお届け予定をお知らせします。

お届け予定日時：2月21日（土）14時〜16時
ご依頼主　　　：ｶ)ﾊｺﾈﾔ ﾂｳﾊﾝﾌﾞ
品名　　　　　：食品（冷蔵）
個数　　　　　：1個

日時の変更はお電話で承ります（0120-000-862）。
""")

add("ham/delivery-notice-03.eml",
    charset="utf-8", cte="8bit", date="2025-10-27 11:32:18",
    sender=("ひまわり便", "okihai@himawari-bin.example.com"),
    to=[(None, "m.kuroda@mobile.example.ne.jp")],
    subject="置き配が完了しました",
    via=("o1.himawari-bin.example.com", "unknown", "192.0.2.240"),
    text="""\
お荷物を玄関前にお届けしました。

配達完了：10月27日（月）11:30
お届け先：ご自宅 玄関前

配達完了時の写真はアプリの「配達履歴」からご確認いただけます。
お荷物が見当たらない場合は、アプリのチャットからご連絡ください。
""")

add("ham/points-expiry-01.eml",
    charset="utf-8", cte="quoted-printable", date="2026-01-25 10:00:00",
    sender=("くすりのはなまる", "news@hanamaru-drug.example.com"),
    to=[(None, "yuki.hamada@example.ne.jp")],
    subject="【はなまるポイント】1,240ポイントが1月31日に失効します",
    headers=[("List-Unsubscribe", "<https://hanamaru-drug.example.com/mail/unsub?u=77120>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    via=("out3.mailhaiku.example.com", "out3.mailhaiku.example.com", "198.51.100.211"),
    ret="b-77120@mailhaiku.example.com",
    text="""\
はなまる会員の浜田様

お持ちのポイントのうち 1,240ポイント が、1月31日（土）に
有効期限を迎えます。
1ポイント＝1円としてお会計にご利用いただけます。

1月28日（水）・29日（木）は「ポイント5倍デー」！
失効前のポイントでお得にお買い物をお楽しみください。

▼ポイント残高・有効期限の確認
https://hanamaru-drug.example.com/mypage/point

くすりのはなまる
""",
    html="""\
<html><body style="font-family:sans-serif;background:#fffbea">
<div style="max-width:600px;margin:auto;background:#fff;padding:16px">
<p>はなまる会員の浜田様</p>
<p style="font-size:18px">お持ちのポイントのうち <b style="color:#e53e3e">1,240ポイント</b> が、<b>1月31日（土）</b>に有効期限を迎えます。</p>
<p>1ポイント＝1円としてお会計にご利用いただけます。</p>
<p style="background:#fde68a;padding:8px">1月28日（水）・29日（木）は「ポイント5倍デー」！<br>失効前のポイントでお得にお買い物をお楽しみください。</p>
<p><a href="https://hanamaru-drug.example.com/mypage/point">ポイント残高・有効期限の確認</a></p>
<p style="font-size:11px;color:#888">くすりのはなまる ／ 配信停止は<a href="https://hanamaru-drug.example.com/mail/unsub?u=77120">こちら</a></p>
</div>
</body></html>
""")

add("ham/points-expiry-02.eml",
    charset="euc-jp", cte="8bit", date="2025-09-01 08:30:21",
    sender=("デンキのさくら", "member@denki-sakura.example.net"),
    to=[(None, "hiroshi.abe@hoshizora.example.net")],
    subject="さくらポイント有効期限のご案内",
    via=("denki-sakura.example.net", "198-51-100-222.static.example.net", "198.51.100.222"),
    text="""\
阿部 博 様

いつもデンキのさくらをご利用いただき、ありがとうございます。

お客様の保有ポイント 3,560ポイントのうち、2,100ポイントが
9月30日（火）で有効期限を迎えます。

店頭・ネットショップのどちらでもご利用いただけます。
最後のお買い物から1年間ご利用がないと、全ポイントが失効しますので
ご注意ください。

デンキのさくら 会員事務局
""")

add("ham/sale-newsletter-01.eml",
    charset="utf-8", cte="base64", date="2025-11-27 20:00:00",
    sender=("MODELAINE", "news@modelaine.example.org"),
    to=[(None, "saki.m@mobile.example.ne.jp")],
    subject="【広告】ブラックフライデー開幕🖤 最大70%OFF＋全品使える15%OFFクーポン",
    headers=[("List-Unsubscribe", "<https://modelaine.example.org/u/2f91c>, <mailto:unsub-2f91c@bulkpost.example.org>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    via=("mta7.bulkpost.example.org", "mta7.bulkpost.example.org", "203.0.113.227"),
    ret="bnc-2f91c@bulkpost.example.org",
    text=None,
    html="""\
<html><body style="margin:0;background:#000">
<div style="max-width:600px;margin:auto;background:#fff;font-family:sans-serif;text-align:center">
<p style="background:#000;color:#fff;padding:14px;font-size:22px;letter-spacing:2px">BLACK FRIDAY 🖤</p>
<p style="font-size:28px;font-weight:bold;color:#c00">最大70%OFF</p>
<p>11月27日（木）20:00 〜 12月1日（月）23:59</p>
<p>さらに、全品に使える <b>15%OFFクーポン</b> をプレゼント🎁<br>
クーポンコード：<b>BF2025</b>（お一人様1回限り）</p>
<p><a href="https://modelaine.example.org/sale/bf?utm_source=mail" style="display:inline-block;background:#000;color:#fff;padding:12px 40px;text-decoration:none">SHOP NOW</a></p>
<p style="font-size:11px;color:#888">本メールはMODELAINE会員の方にお送りしている広告メールです。<br>
配信停止は<a href="https://modelaine.example.org/u/2f91c">こちら</a>から。</p>
</div>
</body></html>
""")

add("ham/sale-newsletter-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-04-24 12:00:00",
    sender=("あおば生活館", "mailmag@aoba-seikatsu.example.jp"),
    to=[(None, "sato.michiko@example.ne.jp")],
    subject="【PR】GW直前！期間限定 500円OFFクーポンと送料無料のお知らせ",
    headers=[("List-Unsubscribe", "<https://aoba-seikatsu.example.jp/mm/cancel>")],
    via=("mm.aoba-seikatsu.example.jp", "unknown", "192.0.2.196"),
    text="""\
【PR】あおば生活館 メールマガジン　2026年4月24日号

いつもご愛顧ありがとうございます。あおば生活館の小野寺です。

GW前の大掃除に、当店人気の「竹炭ふきん」と「米ぬか洗剤」が
おすすめです。今号では、読者様限定のクーポンをご用意しました。

━━━━━━━━━━━━━━━━━━━━━━━━
　期間限定 500円OFFクーポン
　コード：AOBA0424
　ご利用期間：4月24日（金）〜5月6日（水）
　3,000円以上のお買い上げで送料無料
━━━━━━━━━━━━━━━━━━━━━━━━

人気商品は在庫がなくなり次第終了となります。お早めにどうぞ。
https://aoba-seikatsu.example.jp/shop/?mm=0424

◆配信停止・アドレス変更
https://aoba-seikatsu.example.jp/mm/cancel

あおば生活館（有限会社あおば）
""")

add("ham/sale-newsletter-03.eml",
    charset="utf-8", cte="base64", date="2025-06-26 18:00:00",
    sender=("たびのわ", "deal@tabinowa.example.com"),
    to=[(None, "m-ishida@mail.example.com")],
    subject="【会員限定】48時間タイムセール 夏の温泉宿が最大50%OFF",
    headers=[("List-Unsubscribe", "<https://tabinowa.example.com/member/mail-setting>")],
    via=("mail.tabinowa.example.com", "mail.tabinowa.example.com", "198.51.100.6"),
    text="""\
石田 美咲 様

たびのわ会員の皆さまだけの、48時間限定タイムセールです。

■期間：6月26日（木）18:00 〜 6月28日（土）18:00
■対象：7〜9月宿泊分の温泉旅館・ホテル 約1,200軒
■割引：最大50%OFF ＋ 会員クーポン3,000円

各宿の割引枠は先着順です。なくなり次第終了します。

セール会場はこちら
https://tabinowa.example.com/sale/48h

メール配信の設定変更：
https://tabinowa.example.com/member/mail-setting

たびのわ 株式会社旅の輪
""")

add("ham/winner-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-08-08 15:20:44",
    sender=("みのり食品 キャンペーン事務局", "campaign@minori-foods.example.com"),
    to=[(None, "natsumi.oda@example.ne.jp")],
    subject="【当選のお知らせ】みのり食品 夏のプレゼントキャンペーン",
    via=("mail.minori-foods.example.com", "unknown", "198.51.100.147"),
    text="""\
織田 夏美 様

このたびは「みのり食品 夏のプレゼントキャンペーン」にご応募いただき、
誠にありがとうございました。
厳正なる抽選の結果、織田様がB賞「新米 5kg」にご当選されました。
おめでとうございます。

賞品発送のため、8月22日（金）までに、ご応募時に登録された
マイページで、お届け先のご住所をご確認ください。
期日までにご確認いただけない場合は、当選を無効とさせていただきます。

※賞品の発送に、送料・手数料などのご負担は一切ありません。
※当事務局から銀行口座やカード番号をお尋ねすることはありません。

みのり食品 キャンペーン事務局
受付時間：平日 10:00〜17:00　0120-000-446
""")

add("ham/winner-notice-02.eml",
    charset="utf-8", cte="8bit", date="2026-03-12 12:00:30",
    sender=("チケットそら", "lottery@ticket-sora.test"),
    to=[(None, "saki.m@mobile.example.ne.jp")],
    subject="【チケットそら】抽選結果のお知らせ（当選）",
    via=("mailer.ticket-sora.test", "mailer.ticket-sora.test", "192.0.2.118"),
    text="""\
南 沙希 様

先行抽選にお申し込みいただいた公演の抽選結果をお知らせします。

■結果：当選
■公演：SPRING LIVE 2026 ～桜のころ～
■日時：2026年4月18日（土）開場16:00／開演17:00
■枚数：2枚

下記の支払期限までに、マイページからお支払い手続きを
完了してください。期限を過ぎると当選は無効となります。

■支払期限：3月16日（月）23:00
https://ticket-sora.test/mypage/lottery

チケットの転売・譲渡は禁止されています。
""")

add("ham/recruiter-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-07-17 09:12:55",
    sender=("キャリアリンク スカウト", "scout@career-link.example.net"),
    to=[(None, "hiroshi.abe@hoshizora.example.net")],
    subject="【スカウト】年収800万円〜 組込みソフトウェアエンジニア（リモート可）",
    headers=[("List-Unsubscribe", "<https://career-link.example.net/settings/scout-mail>")],
    via=("m.career-link.example.net", "m.career-link.example.net", "203.0.113.40"),
    text="""\
阿部 博 様

キャリアリンクに登録されたご経歴を拝見し、企業の採用担当者から
スカウトが届いています。

■企業：株式会社ソラリス・モビリティ（非公開求人）
■職種：車載向け組込みソフトウェアエンジニア
■年収：800万円〜1,100万円
■勤務：リモート中心（月2回程度の出社）

「C言語での組込み開発10年以上のご経験に、ぜひお話を伺いたい」との
メッセージが添えられています。

スカウトの詳細・返信はマイページから
https://career-link.example.net/mypage/scout/55871

※スカウトの返信期限は7月31日（木）です。
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<p>阿部 博 様</p>
<p>キャリアリンクに登録されたご経歴を拝見し、企業の採用担当者からスカウトが届いています。</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="background:#eef">企業</td><td>株式会社ソラリス・モビリティ（非公開求人）</td></tr>
<tr><td style="background:#eef">職種</td><td>車載向け組込みソフトウェアエンジニア</td></tr>
<tr><td style="background:#eef">年収</td><td>800万円〜1,100万円</td></tr>
<tr><td style="background:#eef">勤務</td><td>リモート中心（月2回程度の出社）</td></tr>
</table>
<p>「C言語での組込み開発10年以上のご経験に、ぜひお話を伺いたい」とのメッセージが添えられています。</p>
<p><a href="https://career-link.example.net/mypage/scout/55871">スカウトの詳細・返信はマイページから</a></p>
<p style="font-size:12px">※スカウトの返信期限は7月31日（木）です。</p>
</body></html>
""")

add("ham/recruiter-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-01-15 18:44:02",
    sender=("中島 彩（ミライエージェント）", "a.nakajima@mirai-agent.example.com"),
    to=[(None, "kobayashi.jun@mail.example.com")],
    subject="ご経歴を拝見してのご連絡（経理マネージャー候補）",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    via=("mail.mirai-agent.example.com", "unknown", "203.0.113.54"),
    client=("MA-NB-114", "192.0.2.33"),
    text="""\
小林 淳 様

突然のご連絡失礼いたします。
人材紹介会社ミライエージェントの中島と申します。

転職サイトに公開されているご経歴を拝見し、ぜひご紹介したい
ポジションがありご連絡いたしました。

・中堅食品メーカー（東証スタンダード上場）の経理マネージャー候補
・連結決算・開示のご経験を活かせるポジションです
・想定年収 750〜900万円

まずは情報交換として、30分ほどオンラインでお話しできれば幸いです。
ご興味をお持ちいただけましたら、ご都合のよい日時を
2〜3候補お知らせください。

ご興味がない場合は、このメールは破棄していただいて構いません。

株式会社ミライエージェント
コンサルタント 中島 彩
""")

add("ham/it-warning-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-12-08 17:26:31",
    sender=("情報システム部 ヘルプデスク", "helpdesk@tsubame-denki.example.co.jp"),
    to=[(None, "all-staff@tsubame-denki.example.co.jp")],
    rcpt="s.ueda@tsubame-denki.example.co.jp",
    subject="【注意喚起】「年末調整書類の電子提出」を装ったフィッシングメールについて",
    via=("smtp.tsubame-denki.example.co.jp", "smtp.tsubame-denki.example.co.jp", "203.0.113.36"),
    client=("IS-PC-007", "192.0.2.12"),
    text="""\
社員各位

情報システム部です。
本日15時ごろから、総務部人事課を装った以下のメールが複数の社員に
届いています。当社の総務部が送ったものではありません。

　差出人：総務部 人事課 <soumu-jinji@tsubame-denki-hr[.]example.co.jp>
　件名　：【要対応】年末調整書類の電子提出について（12/12締切）
　本文の一部：
　> 以下の社内ポータルにサインインのうえ、扶養控除等申告書および
　> 保険料控除申告書の内容を確認し、12月12日（金）までに提出してください。
　> hxxps://portal-tsubame-denki[.]example.co.jp[.]sso-signin[.]test/nenmatsu

差出人のドメインが「tsubame-denki-hr」となっており、当社の
ドメインとは異なります。また、年末調整は例年どおり紙の書類で
回収しますので、電子提出はありません。

・リンクを開いていない方：メールを削除してください。
・リンクを開いてパスワードを入力した方：すぐにヘルプデスク
　（内線 2200）へ連絡し、パスワードを変更してください。

情報システム部 ヘルプデスク
""")

add("ham/it-warning-02.eml",
    charset="utf-8", cte="8bit", date="2026-02-03 16:05:58",
    sender=("総務部 小松", "komatsu@momiji-shoji.test"),
    to=[(None, "keiri@momiji-shoji.test")],
    subject="社長を名乗る「至急」メールについて（経理の皆さんへ）",
    via=("mail.momiji-shoji.test", "mail.momiji-shoji.test", "192.0.2.76"),
    client=("SOUMU-02", "192.0.2.150"),
    text="""\
経理の皆さん

お疲れさまです。総務の小松です。

本日昼ごろ、松岡社長の名前で、件名「至急」のメールが経理宛に
届いたと報告がありました。差出人はフリーメールのアドレスで、
社長本人は送っていないことを確認しています。

　> 本日中に処理していただきたい送金案件があります。
　> 取引先との機密案件のため、社内の他の人にはまだ共有しないでください。

いわゆるビジネスメール詐欺（BEC）の典型的な文面です。
返信はせず、そのまま削除してください。

あわせて、先日から「Microsoft 365 のサブスクリプションの有効期限が
切れました」という偽メールも info@ に届いています。当社の契約は
年払いで、来年3月まで有効です。

送金や振込先の変更に関する依頼は、メールだけで判断せず、
必ず電話で本人・担当者に確認してください。

小松
""")

add("ham/gov-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-06-10 09:30:00",
    sender=("しらかば市 税務課", "zeimu@city.shirakaba.example.lg.jp"),
    to=[(None, "sato.michiko@example.ne.jp")],
    subject="【しらかば市】令和7年度 市県民税納税通知書を発送しました",
    headers=[("List-Id", "<zeimu-info.city.shirakaba.example.lg.jp>")],
    via=("mlsv.city.shirakaba.example.lg.jp", "mlsv.city.shirakaba.example.lg.jp", "198.51.100.240"),
    text="""\
しらかば市 税のお知らせメール　第61号

令和7年度 市県民税（普通徴収）の納税通知書を、6月10日（火）に
発送しました。第1期の納期限は6月30日（月）です。

お支払いは、同封の納付書により金融機関・コンビニエンスストアで、
またはスマートフォン決済アプリで行うことができます。

【ご注意ください】
市の職員を名乗り、「税金の還付があるのでATMへ行ってください」
「未納があるのでこのリンクから支払ってください」という電話や
メール・SMSが確認されています。
市がメールやSMSで納付用のリンクをお送りすることはありません。

お問い合わせ：しらかば市役所 税務課 市民税係 0000-00-1120

※このメールは「しらかば市 税のお知らせメール」に登録された方に
　お送りしています。配信停止は市のホームページから行えます。
""")

add("ham/gov-notice-02.eml",
    charset="shift_jis", cte="base64", date="2026-02-16 08:45:12",
    sender=("国税電子申告・納税システム", "info@e-tax.example.go.jp"),
    to=[(None, "y.sugimoto@aozora.example.org")],
    subject="【e-Tax】メッセージボックスに新しいお知らせが格納されました",
    via=("mail.e-tax.example.go.jp", "mail.e-tax.example.go.jp", "203.0.113.230"),
    text="""\
e-Taxをご利用いただきありがとうございます。

利用者識別番号 0000-****-****-3318 のメッセージボックスに、
新しいお知らせが格納されました。

　件名：令和7年分 確定申告に関するお知らせ

内容の確認は、e-Taxソフト（WEB版）またはスマートフォン版に
ログインして行ってください。

国税庁を装った「未納税金の差押え」などの不審なメールや
SMSが確認されています。e-Taxからのメールには、メッセージボックスの
内容や納付用のリンクは記載しておりません。

※このメールは送信専用です。返信はできません。
""")

add("ham/gov-notice-03.eml",
    charset="utf-8", cte="quoted-printable", date="2025-11-20 14:00:00",
    sender=("ひなた市 保険年金課", "hoken@city.hinata.example.lg.jp"),
    to=[(None, "shimizu.family@hoshizora.example.net")],
    subject="【ひなた市】国民健康保険の「資格確認書」を発送します",
    qsubj=True,
    headers=[("List-Id", "<kurashi.city.hinata.example.lg.jp>")],
    via=("mail.city.hinata.example.lg.jp", "unknown", "198.51.100.238"),
    text="""\
ひなた市 くらしの情報メール

国民健康保険にご加入で、マイナ保険証をお持ちでない方に、
「資格確認書」を11月下旬に簡易書留で発送します。
医療機関を受診する際は、資格確認書を窓口でご提示ください。

マイナ保険証をお持ちの方には「資格情報のお知らせ」をお送りします。
どちらの場合も、お手続きや手数料は不要です。

「マイナ保険証の登録をしないと医療費が10割負担になる」
「登録するとポイントがもらえるのでカード番号を入力して」などの
メールやSMSは詐欺です。市からこのような連絡はいたしません。

問い合わせ：ひなた市役所 保険年金課 国保係 0000-00-2261
""")

add("ham/dunning-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-10-14 10:18:26",
    sender=("石原 美穂", "ishihara@hinoki-bussan.example.jp"),
    to=[(None, "s.ueda@tsubame-denki.example.co.jp")],
    subject="【再送】8月分ご請求のご入金確認について",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    via=("mail.hinoki-bussan.example.jp", "mail.hinoki-bussan.example.jp", "192.0.2.82"),
    client=("HNK-KEIRI-03", "192.0.2.209"),
    text="""\
つばめ電機株式会社
経理ご担当 上田様

いつも大変お世話になっております。
ひのき物産の石原でございます。

9月末がお支払い期日となっておりました8月分のご請求
（請求書番号 HB-2508-0312、金額 418,000円）につきまして、
本日時点で弊社にてご入金の確認ができておりません。

行き違いでお振込みいただいている場合は、何卒ご容赦ください。
お手数ですが、お支払いのご予定を10月20日（月）までに
お知らせいただけますでしょうか。

なお、先月、弊社の名前をかたり「振込先口座を変更した」とする
不審なメールが複数の取引先様に届いていることがわかりました。
弊社の振込先口座に変更はございません。振込先の変更をメールのみで
ご依頼することはございませんので、ご注意ください。

引き続きよろしくお願いいたします。

ひのき物産株式会社 経理部
石原 美穂
TEL 03-0000-6610
""")

add("ham/business-01.eml",
    charset="utf-8", cte="base64", date="2026-03-24 11:08:40",
    sender=("李 明", "li.ming@tsubame-denki.example.co.jp"),
    to=[(None, "s.ueda@tsubame-denki.example.co.jp")],
    subject="蘇州工場向け部品の出荷スケジュールについて",
    via=("smtp.tsubame-denki.example.co.jp", "smtp.tsubame-denki.example.co.jp", "203.0.113.36"),
    client=("TD-SZ-NB021", "198.51.100.14"),
    text="""\
上田さん

お疲れ様です。蘇州工場の李です。

先週ご相談しました制御基板の出荷スケジュールについて、
現地の通関業者と確認しましたので、ご報告させていただきます。

1. 第1便（200台分）：3月30日（月）に上海港着の予定です。
2. 第2便（300台分）：4月に入ってから、まだ日付が決まっていないです。
   通関書類の HSコードが前回と違うと指摘されましたので、
   修正したインボイスを本社から再発行いただけますと助かります。

また、支払条件の件は、財務部の王さんから直接ご連絡いたします。
振込先の変更などはございませんので、ご安心ください。

日本語が分かりにくいところがあれば、遠慮なくおっしゃってください。
よろしくお願いいたします。

李 明（リ・ミン）
つばめ電機（蘇州）有限公司 生産管理課
""")

add("ham/business-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-05-21 15:52:11",
    sender=("岡本 誠", "okamoto@momiji-shoji.test"),
    to=[(None, "y.mori@kurumi-lab.example")],
    subject="試験装置の見積依頼の件",
    headers=[("User-Agent", "Mozilla Thunderbird 128.10.1")],
    via=("mail.momiji-shoji.test", "mail.momiji-shoji.test", "192.0.2.76"),
    client=("EIGYO-14", "192.0.2.152"),
    text="""\
くるみラボ
森様

お世話になっております。もみじ商事の岡本です。
先日はお打ち合わせのお時間をいただき、ありがとうございました。

お話のあった恒温槽付きの試験装置について、以下の条件で
お見積りをお願いできますでしょうか。

・台数：2台
・温度範囲：−20℃〜80℃
・納期：8月末まで
・設置・初期調整費用を含む

来月の社内稟議に間に合わせたく、6月4日（水）ごろまでに
いただけると大変助かります。
難しい場合はご相談ください。

よろしくお願いいたします。

もみじ商事株式会社 営業二課
岡本 誠
""")

add("ham/meeting-01.eml",
    charset="utf-8", cte="8bit", date="2026-05-13 10:20:33",
    sender=("高田 亜希", "takada@kaede-consulting.example.com"),
    to=[(None, "aya.n@momiji-shoji.test"), ("岡本 誠", "okamoto@momiji-shoji.test")],
    subject="次回定例会の日程調整のお願い",
    via=("mail.kaede-consulting.example.com", "mail.kaede-consulting.example.com", "198.51.100.93"),
    client=("KC-MBP-08", "203.0.113.154"),
    text="""\
もみじ商事
中村様、岡本様

いつもお世話になっております。かえでコンサルティングの高田です。

次回の定例会（新規事業計画のレビュー）について、
下記の候補日からご都合をお聞かせいただけますでしょうか。

　① 5月19日（火）14:00〜15:30
　② 5月21日（木）10:00〜11:30
　③ 5月22日（金）16:00〜17:30

場所は前回同様、御社の会議室をお借りできればと思います。
オンライン参加の方がいらっしゃる場合は、会議URLをお送りします。

お手数ですが、5月15日（金）までにご返信いただけますと幸いです。

かえでコンサルティング株式会社
高田 亜希
""")

add("ham/meeting-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-10 19:40:05",
    sender=("田村 浩之", "h-tamura@univ.example.ac.jp"),
    to=[(None, "r.watanabe@univ.example.ac.jp")],
    subject="Re: 7/9 ゼミ議事録",
    headers=[("User-Agent", "Mozilla Thunderbird 128.12.0")],
    via=("smtp.univ.example.ac.jp", "smtp.univ.example.ac.jp", "198.51.100.216"),
    client=("lab-pc12.univ.example.ac.jp", "198.51.100.218"),
    text="""\
渡辺さん

議事録ありがとうございます。1点だけ修正をお願いします。

> ・中間発表は7月24日（木）に実施（発表15分、質疑5分）

発表は12分、質疑8分に変更になりました（昨日の最後に先生から）。
それ以外は問題ないと思います。

On 2025/07/10 18:02, Watanabe Rina wrote:
> 皆さま
>
> 7/9 のゼミの議事録を共有します。
> 修正があれば明日中にご連絡ください。
>
> ・中間発表は7月24日（木）に実施（発表15分、質疑5分）
> ・夏合宿の参加希望は7月18日（金）締切

--
田村 浩之（情報工学専攻 M2）
""")

add("ham/invoice-01.eml",
    charset="shift_jis", cte="8bit", date="2025-09-30 16:44:19",
    sender=("さざんか印刷 経理課", "keiri@sazanka-print.example.co.jp"),
    to=[(None, "keiri@momiji-shoji.test")],
    subject="9月分ご請求書送付のご案内（さざんか印刷）",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    via=("sazanka-print.example.co.jp", "unknown", "203.0.113.157"),
    client=("SZK-KEIRI01", "192.0.2.80"),
    fname="word",
    attach=[("請求書_もみじ商事様_202509.pdf", "application/pdf", "pdf")],
    text="""\
もみじ商事株式会社
経理ご担当者様

いつもお世話になっております。
さざんか印刷 経理課の村井でございます。

9月分のご請求書をPDFにてお送りいたします。
　ご請求金額：96,800円（税込）
　お支払期日：10月31日（金）

お振込先は従来と同じく、請求書に記載の口座でございます。
原本は本日郵送いたしました。

ご確認のほど、よろしくお願いいたします。

株式会社さざんか印刷 経理課
村井 恵子
""")

add("ham/order-01.eml",
    charset="euc-jp", cte="8bit", date="2026-04-09 21:33:46",
    sender=("文具のえんぴつ堂", "order@enpitsudo.example.org"),
    to=[(None, "m.kuroda@mobile.example.ne.jp")],
    subject="[えんぴつ堂] ご注文ありがとうございます（注文番号 E-260409-0158）",
    via=("shop.enpitsudo.example.org", "shop.enpitsudo.example.org", "203.0.113.116"),
    text="""\
黒田 真由美 様

文具のえんぴつ堂をご利用いただき、ありがとうございます。
以下の内容でご注文を承りました。

注文番号：E-260409-0158
ご注文日：2026年4月9日

　万年筆インク（紺碧）50ml　　　　 1点　 1,980円
　方眼ノート Ａ５（５冊パック）　 2点　 2,200円
　送料　　　　　　　　　　　　　　　　　　 0円
　合計　　　　　　　　　　　　　　　　 4,180円

お支払い方法：クレジットカード
発送予定：4月11日（土）

発送いたしましたら、あらためてご連絡いたします。

文具のえんぴつ堂
""")

add("ham/personal-01.eml",
    charset="utf-8", cte="8bit", date="2025-12-04 22:51:07",
    sender=("ゆか", "yuka.t88@mail.example.com"),
    to=[(None, "saki.m@mobile.example.ne.jp")],
    subject="忘年会どうする？🍻",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.84"),
    client=("iPhone", "203.0.113.194"),
    text="""\
さきー、おつかれ！

今年もサークルの忘年会やろうって話になってて、
12月20日（土）か27日（土）で考えてるんだけど、どっちがいい？😊

お店はこの前行った駅前の焼き鳥屋さんにしようかなと思ってる🐔
人数決まったら予約するから、今週中に教えてもらえると助かる〜

あと、みほが久しぶりに来れるかもって！楽しみ✨
""")

add("ham/personal-02.eml",
    charset="shift_jis", cte="8bit", date="2025-04-30 07:12:40",
    sender=("父", "tsuyoshi.ono@mobile.example.ne.jp"),
    to=[(None, "m-ishida@mail.example.com")],
    subject="連休",
    via=("mail.mobile.example.ne.jp", "mail.mobile.example.ne.jp", "198.51.100.171"),
    client=("[198.51.100.252]", "198.51.100.252"),
    text="""\
美咲へ
連休はこっちに来られるか？
母さんが5月4日に ｽｷﾔｷ をするそうだ｡
孫の顔も見たいと言っている｡
車で来るなら駅まで迎えに行かなくていいな｡
返事待ってる｡
父
""")

add("ham/personal-03.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-01-04 13:27:52",
    sender=("清水 由美子", "shimizu.family@hoshizora.example.net"),
    to=[(None, "a.hayashi@aozora.example.org")],
    subject="あけましておめでとうございます（引っ越しのお知らせ）",
    via=("smtp.hoshizora.example.net", "smtp.hoshizora.example.net", "203.0.113.141"),
    client=("yumiko-pc", "198.51.100.39"),
    text="""\
敦子さん

あけましておめでとうございます。
年賀状をいただきありがとうございました。こちらからはメールで
失礼します。

実は昨年11月に、夫の転勤で長野に引っ越しました。
新しい住所は下記のとおりです。

　〒100-0000　長野県しらかば市0-0-0

雪が多くて驚いていますが、子どもたちは毎日雪遊びをして
楽しそうです。
春になったら、ぜひ遊びに来てくださいね。

今年もどうぞよろしくお願いします。

由美子
""")

add("ham/ml-post-01.eml",
    charset="utf-8", cte="8bit", date="2025-08-26 23:04:19",
    sender=("Kenji Hamano", "hamano@kurumi-lab.example"),
    to=[(None, "pyusers@ml.pyug-jp.example.org")],
    rcpt="y.mori@kurumi-lab.example",
    subject="[pyusers:08812] Re: 文字コード不明なメールを読むとき",
    headers=[("List-Id", "<pyusers.ml.pyug-jp.example.org>"),
             ("List-Post", "<mailto:pyusers@ml.pyug-jp.example.org>"),
             ("X-ML-Name", "pyusers"),
             ("X-ML-Count", "8812"),
             ("Reply-To", "pyusers@ml.pyug-jp.example.org")],
    via=("ml.pyug-jp.example.org", "ml.pyug-jp.example.org", "192.0.2.170"),
    text="""\
浜野です。

On Tue, 26 Aug 2025 21:15:40 +0900, 大西 wrote:
> Content-Type が iso-2022-jp なのに中身が Shift_JIS のメールがあって、
> get_content() で化けます。何かいい方法はありますか。

宣言を信じずに、いくつか試してから決めるのが現実的だと思います。
うちでは次のようにしています。

    CANDIDATES = ("utf-8", "cp932", "euc_jp", "iso2022_jp")

    def decode_body(part):
        raw = part.get_payload(decode=True) or b""
        declared = part.get_content_charset()
        for cs in ((declared,) if declared else ()) + CANDIDATES:
            try:
                text = raw.decode(cs)
            except (LookupError, UnicodeDecodeError):
                continue
            # iso-2022-jp と宣言された 8bit データは怪しい
            if cs.startswith("iso2022") and any(b > 0x7f for b in raw):
                continue
            return text, cs
        return raw.decode("cp932", "replace"), "cp932?"

shift_jis より cp932 を先に試すのは、①や髙などの機種依存文字を
含むメールが多いからです。

--
浜野 健司
""")

add("ham/school-01.eml",
    charset="shift_jis", cte="base64", date="2025-09-26 17:30:00",
    sender=("ひなた小学校", "renraku@hinata-es.example.jp"),
    to="undisclosed-recipients:;",
    rcpt="shimizu.family@hoshizora.example.net",
    subject="【ひなた小】運動会の延期について（9月27日→9月28日）",
    via=("mail.hinata-es.example.jp", "unknown", "198.51.100.67"),
    fname="rfc2231-only",
    attach=[("運動会延期のお知らせ.pdf", "application/pdf", "pdf")],
    text="""\
保護者の皆様

ひなた小学校です。
明日9月27日（土）に予定していた運動会は、雨天が予想されるため、
9月28日（日）に延期いたします。

・登校時刻、持ち物は変更ありません。
・28日も実施できない場合は、9月29日（月）に平日開催とし、
　当日朝6時30分にこのメールでお知らせします。
・29日に延期となった場合、30日（火）は通常授業です。

詳しくは添付のお知らせをご覧ください。

ひなた市立ひなた小学校
""")

add("ham/clinic-01.eml",
    charset="euc-jp", cte="8bit", date="2025-10-16 12:15:44",
    sender=("さかもと内科クリニック", "sakamoto-clinic@example.ne.jp"),
    to=[(None, "hiroshi.abe@hoshizora.example.net")],
    subject="インフルエンザ予防接種のご予約確認",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.8"),
    client=("p3301-ipoe.example.ne.jp", "203.0.113.51"),
    text="""\
阿部 博 様

さかもと内科クリニックです。
インフルエンザ予防接種のご予約を承りました。

　日時：10月25日（土）10:30
　対象：阿部 博 様、阿部 京子 様（計2名）
　費用：お一人 3,800円（65歳以上の方は市の助成があります）

当日は保険証（またはマイナ保険証）と予診票をお持ちください。
予診票は受付でもお渡ししています。
変更・キャンセルはお電話（0000-00-5512）でお願いいたします。
""")

add("ham/apartment-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-03-02 10:05:21",
    sender=("メゾンあおぞら管理事務所", "kanri@aozora-kanri.example.co.jp"),
    to=[(None, "daichi.k@example.ne.jp")],
    subject="【メゾンあおぞら】消防設備点検実施のお知らせ",
    via=("aozora-kanri.example.co.jp", "unknown", "192.0.2.221"),
    client=("KANRI-PC1", "192.0.2.223"),
    fname="rfc2231",
    attach=[("消防設備点検のお知らせ_2026年3月.pdf", "application/pdf", "pdf")],
    text="""\
メゾンあおぞら 入居者の皆様

管理事務所です。
下記の日程で、消防設備の法定点検を実施いたします。
各住戸内の感知器を点検するため、室内への立ち入りをお願いいたします。

　日時：3月14日（土）9:00〜12:00（1〜3階）
　　　　3月14日（土）13:00〜17:00（4〜6階）
　予備日：3月21日（土）

ご不在の場合は、添付の用紙に都合のよい時間帯をご記入のうえ、
管理事務所ポストへご投函ください。

点検中は非常ベルが鳴ることがありますが、火災ではありません。
ご協力をお願いいたします。
""")

add("ham/newsletter-01.eml",
    charset="cp932", cte="8bit", date="2025-05-16 06:00:00",
    sender=("ﾂﾘﾄﾓ通信", "mag@tsuritomo.example.net"),
    to=[(None, "kobayashi.jun@mail.example.com")],
    subject="ﾂﾘﾄﾓ通信 Vol.418 ①週末の潮回り ②アジ爆釣ﾎﾟｲﾝﾄ",
    headers=[("X-Mailer", "MailMagazine Pro Ver.2.04"),
             ("List-Unsubscribe", "<mailto:leave@tsuritomo.example.net>")],
    via=("tsuritomo.example.net", "61-nat.tsuritomo.example.net", "203.0.113.61"),
    text="""\
━━━━━━━━━━━━━━━━━━━━━━━━━━
　ﾂﾘﾄﾓ通信　Vol.418　　　　　　　　　2025.5.16
━━━━━━━━━━━━━━━━━━━━━━━━━━

おはようございます｡編集部の磯野です｡
今週はようやく水温が上がってきて､堤防の釣りも本番ですね｡

━━━━━━━━━━━━━━━━━━━━━━━━━━
①週末の潮回り
━━━━━━━━━━━━━━━━━━━━━━━━━━
　5月17日(土)　中潮　満潮 6:12／18:40
　5月18日(日)　中潮　満潮 6:58／19:21
　朝まずめと満潮が重なる土曜がおすすめです｡

━━━━━━━━━━━━━━━━━━━━━━━━━━
②アジ爆釣ﾎﾟｲﾝﾄ
━━━━━━━━━━━━━━━━━━━━━━━━━━
　読者の方から､南堤防の先端付近で２０ｃｍ前後のｱｼﾞが
　よく釣れているとの情報をいただきました｡ｻﾋﾞｷは６号が
　よかったそうです｡
　※立入禁止区域には入らないようにお願いします｡

━━━━━━━━━━━━━━━━━━━━━━━━━━
　配信停止は leave@tsuritomo.example.net へ空ﾒｰﾙを
　送ってください｡
━━━━━━━━━━━━━━━━━━━━━━━━━━
""")

add("ham/event-01.eml",
    charset="utf-8", cte="quoted-printable", date="2026-01-09 20:14:37",
    sender=("若葉台自治会 行事係", "wakabadai.jichikai@mail.example.com"),
    to=[(None, "sato.michiko@example.ne.jp")],
    subject="餅つき大会のお手伝いのお願い（1/18）",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.84"),
    client=("DESKTOP-JCK01", "198.51.100.245"),
    text="""\
若葉台自治会の皆様

行事係の根本です。
今年も恒例の餅つき大会を開催します。

　日時：1月18日（日）10:00〜13:00（雨天決行）
　場所：若葉台第二公園（雨天時は集会所）

つき手、こね手、配膳のお手伝いをしてくださる方を募集しています。
9時集合で、お昼前には解散の予定です。
ご協力いただける方は、1月14日（水）までにこのメールに
ご返信ください。

お子さん向けに、豚汁とお汁粉も用意します。
皆様のご参加をお待ちしています。
""")

add("ham/reservation-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-25 14:02:29",
    sender=("湯宿 ほたる", "yoyaku@yado-hotaru.example.or.jp"),
    to=[(None, "masuda.kei@mail.example.com")],
    subject="ご予約ありがとうございます（8月23日 ご宿泊）",
    via=("yado-hotaru.example.or.jp", "unknown", "192.0.2.111"),
    text="""\
増田 圭 様

このたびは湯宿ほたるをご予約いただき、誠にありがとうございます。
以下の内容でご予約を承りました。

　ご宿泊日：2025年8月23日（土）1泊
　ご人数　：大人2名
　お部屋　：川側和室（露天風呂なし）
　ご夕食　：18:30〜 お部屋食
　お支払い：現地にて（現金・各種カード）

チェックインは15時からでございます。
キャンセル料は、前日50%、当日・無連絡100%となっております。

お気をつけてお越しくださいませ。

湯宿 ほたる
""")

add("ham/seminar-01.eml",
    charset="utf-8", cte="base64", date="2026-06-05 09:47:10",
    sender=("公開講座事務局", "kouza@univ.example.ac.jp"),
    to=[(None, "r.watanabe@univ.example.ac.jp")],
    subject="公開講座「はじめての統計」受講受付のご連絡",
    via=("smtp.univ.example.ac.jp", "smtp.univ.example.ac.jp", "198.51.100.216"),
    text="""\
渡辺 理奈 様

公開講座「はじめての統計」へのお申込みを受け付けました。

　日程：6月20日（土）・6月27日（土）各回 13:00〜16:00
　会場：本部キャンパス 3号館 301教室
　受講料：無料（学内者）

当日は筆記用具と、表計算ソフトの入ったノートPCをお持ちください。
受講証は当日受付でお渡しします。

公開講座事務局
""")
