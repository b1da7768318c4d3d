"""Hand-written texts of the ja-holdout messages.

Each M(...) call describes one message: where it goes, how it is encoded and
what it says.  gen.py renders these records into .eml files and check.py
compares the parsed files with them.

Fields:
  path      spam/<kind>-NN.eml or ham/<kind>-NN.eml
  charset   iso-2022-jp, shift_jis or utf-8 (body, Subject and display names)
  cte       7bit, 8bit, base64 or quoted-printable
  qsubj     True: Subject as RFC 2047 Q words instead of B words
  date      local time (+0900) of the Date header
  sender    (display name or None, address)
  to        list of (display name or None, address); or a plain header string
  rcpt      envelope recipient for Received (defaults to the first To address)
  ret       Return-Path address (defaults to the From address)
  via       (HELO name, reverse DNS or "unknown", IP) of the sending host
  hops      number of Received lines, 1 or 2
  headers   extra ASCII header lines as (name, value)
  subject   decoded Subject
  text      decoded text/plain body
  html      decoded text/html body, or None
  attach    list of (filename, content type, kind); kind is "pdf" or "zip"
  fname     how attachment names are written: "rfc2231" (encoded word in
            name=, RFC 2231 filename*=), "rfc2231-only" (RFC 2231 in both) or
            "word" (encoded words in quoted name= and filename=)
"""

MESSAGES = []


def M(**kw):
    for k in ("text", "html"):
        v = kw.get(k)
        if v is not None:
            if v.startswith("\n"):
                v = v[1:]
            if not v.endswith("\n"):
                v += "\n"
            kw[k] = v
    MESSAGES.append(kw)


# ===========================================================================
# spam
# ===========================================================================

M(
    path="spam/tax-notice-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-03-10 09:41:12",
    sender=("国税庁 還付金通知センター", "kanpu-center@nta-refund.example"),
    to=[(None, "taro.yamada@example.ne.jp")],
    ret="bounce-20250310-8812@nta-refund.example",
    via=("mail.nta-refund.example", "unknown", "203.0.113.45"),
    hops=2,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    subject="【国税庁】所得税の還付金受け取り手続きのお知らせ（期限：3月14日）",
    text="""
納税者 各位

いつも国税行政にご理解とご協力をいただき、誠にありがとうございます。

令和5年分の所得税及び復興特別所得税の確定申告内容を再計算した結果、
あなた様に還付金（金額：38,400円）が発生していることが確認されました。

還付金の受け取りには、下記ページより受取口座の登録が必要です。
期限までに登録が確認できない場合、還付の権利は失効となり、
お支払いはできませんのでご注意ください。

■還付金額　　：38,400円
■登録期限　　：2025年3月14日（金）23時59分
■受付番号　　：NTA-R5-0728815

▼受取口座の登録はこちら
https://nta-refund.example/kanpu/entry?no=NTA-R5-0728815

※本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできません。
※マイナンバーカードをお手元にご用意のうえ、お手続きください。

国税庁 個人課税課 還付金通知センター
""",
)

M(
    path="spam/tax-notice-02.eml",
    charset="utf-8", cte="base64",
    date="2024-12-02 07:15:40",
    sender=("税務署 徴収担当", "chousyu@zeimusho-notice.example"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    via=("zeimusho-notice.example", "unknown", "198.51.100.203"),
    hops=1,
    subject="【重要】未納税金の差押え予告通知（最終催告）",
    text="""
あなた様の下記税金について、納期限を過ぎても納付が確認できておりません。
本通知は最終催告となります。

　税目　　：令和6年度 個人住民税・所得税（延滞金を含む）
　未納額　：62,300円
　納付期限：本メール受信日より2日以内

期限までに納付が確認できない場合、国税徴収法に基づき、
給与・預貯金・不動産等の財産の差押えを執行いたします。
差押えが執行されますと、勤務先へ照会を行う場合があります。

お支払いは下記の専用ページからクレジットカードで行えます。
https://zeimusho-notice.example/nofu/?k=7F3A21

※すでに納付済みの場合でも、反映までに時間がかかることがあります。
　念のため上記ページでご確認ください。

―――――――――――――――――
税務署 管理運営部門 徴収担当
※このメールアドレスは送信専用です
""",
)

M(
    path="spam/nhk-fee-01.eml",
    charset="utf-8", cte="base64",
    date="2025-01-21 18:02:55",
    sender=("NHK受信料窓口", "info@nhk-jushinryo.example"),
    to=[(None, "taro.yamada@example.ne.jp")],
    ret="return@mta7.nhk-jushinryo.example",
    via=("mta7.nhk-jushinryo.example", "unknown", "203.0.113.118"),
    hops=2,
    subject="【NHK】受信料のお支払いが確認できません（お手続きのお願い）",
    text="""
お客様

いつもNHKをご視聴いただきありがとうございます。
放送受信料のお支払い状況を確認しましたところ、
直近2期分（2024年10月～2025年1月）のお引き落としができておりませんでした。

ご登録のクレジットカードの有効期限切れ、または口座残高不足が考えられます。
お手数ですが、3日以内に下記よりお支払い情報の更新をお願いいたします。

▶ お支払い情報の更新
https://nhk-jushinryo.example/pay/update?cid=88210457

期限を過ぎますと、割増金（受信料の2倍相当）をご請求する場合がございます。
また、放送受信契約が解約扱いとなりますのでご了承ください。

NHK 受信料窓口
※本メールにお心当たりのない場合は、そのまま破棄してください。
""",
    html="""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>NHK 受信料窓口</title>
</head>
<body style="margin:0;padding:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px;color:#333333;">
<tr><td style="background:#000000;color:#ffffff;padding:14px 20px;font-size:20px;font-weight:bold;">NHK 受信料窓口</td></tr>
<tr><td style="padding:24px 20px;line-height:1.8;">
<p>お客様</p>
<p>いつもNHKをご視聴いただきありがとうございます。<br>
放送受信料のお支払い状況を確認しましたところ、<br>
直近2期分（2024年10月～2025年1月）のお引き落としができておりませんでした。</p>
<p>ご登録のクレジットカードの有効期限切れ、または口座残高不足が考えられます。<br>
お手数ですが、<b style="color:#cc0000;">3日以内</b>に下記よりお支払い情報の更新をお願いいたします。</p>
<p style="text-align:center;margin:28px 0;">
<a href="https://nhk-jushinryo.example/pay/update?cid=88210457" style="display:inline-block;background:#0068b7;color:#ffffff;padding:12px 40px;text-decoration:none;border-radius:4px;">▶ お支払い情報の更新</a>
</p>
<p style="font-size:12px;color:#666666;">期限を過ぎますと、割増金（受信料の2倍相当）をご請求する場合がございます。<br>
また、放送受信契約が解約扱いとなりますのでご了承ください。</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999999;border-top:1px solid #dddddd;">NHK 受信料窓口<br>※本メールにお心当たりのない場合は、そのまま破棄してください。</td></tr>
</table>
</td></tr></table>
</body>
</html>
""",
)

M(
    path="spam/nhk-fee-02.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-02-14 11:26:03",
    sender=("日本放送協会", "no-reply@nhk-or-jp.example"),
    to=[(None, "yamada@example.jp")],
    via=("ns1.nhk-or-jp.example", "unknown", "198.51.100.83"),
    hops=1,
    subject="放送受信料 未払いに関する最終通知",
    text="""
放送受信契約者様

放送受信料の未払いが続いているため、本通知をお送りしています。

未払い期間：2024年4月分〜2024年12月分
未払い金額：9,765円

2月28日までにお支払いいただけない場合、簡易裁判所への
支払督促の申立てを行います。

下記URLから、クレジットカードまたはコンビニ払いをお選びいただけます。
http://198.51.100.83/nhk/shiharai/

日本放送協会 営業局
""",
)

M(
    path="spam/etc-card-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-01-25 06:48:31",
    sender=("ETC利用照会サービス", "etc-meisai@etc-riyou.example"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("etc-riyou.example", "unknown", "203.0.113.61"),
    hops=2,
    subject="【ETC利用照会サービス】ご利用停止のお知らせ",
    text="""
ETCサービスをご利用いただきありがとうございます。

お客様のETCカードは、有効期限の更新手続きが完了していないため、
2025年1月25日をもってご利用を一時停止いたしました。

ご利用を再開するには、下記の手順でカード情報の確認をお願いいたします。
確認が取れない場合、登録情報は抹消され、再度のお申し込みが必要になります。

1. 下記URLにアクセス
2. ETCカード番号・有効期限・セキュリティコードを入力
3. ご本人確認（SMS認証）

https://etc-riyou.example/meisai/login.php?ref=stop0125

※高速道路の料金所にて、ETCレーンを通過できなくなりますのでご注意ください。

ETC利用照会サービス 事務局
""",
)

M(
    path="spam/etc-card-02.eml",
    charset="utf-8", cte="base64",
    date="2024-08-30 22:10:47",
    sender=("ETCマイレージサービス", "support@etc-mileage.example"),
    to=[(None, "k.sato@example.co.jp")],
    via=("smtp.etc-mileage.example", "unknown", "192.0.2.214"),
    hops=1,
    subject="ETCマイレージ：登録内容に不備があります",
    text="""
ETCマイレージサービス会員様

お客様の会員登録情報に不備があるため、ポイントの還元が保留となっています。
現在の保留ポイント：4,850pt（無料通行分として利用可能）

このままでは本日23:59をもってポイントが失効し、
ETCカードのご利用も制限されます。

今すぐ登録情報を更新する
https://smile-etc.example/update?u=a8d0f1

※本メールは配信専用です。
""",
)

M(
    path="spam/carrier-points-01.eml",
    charset="shift_jis", cte="8bit",
    date="2024-11-30 08:03:19",
    sender=("dポイントクラブ", "dpoint@docomo-pointclub.example"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    via=("mx.docomo-pointclub.example", "unknown", "203.0.113.140"),
    hops=1,
    subject="【dポイント】13,560ポイントが本日失効します",
    text="""
いつもドコモをご利用いただき、誠にありがとうございます。

お客様が保有されている期間・用途限定dポイントのうち
13,560ポイントが本日（2024年11月30日）で有効期限を迎えます。

期限前にポイント交換のお手続きをされると、
失効せずに「ドコモ払い」残高としてご利用いただけます。

▼ポイント交換手続き（所要時間約1分）
https://docomo-pointclub.example/exchange/?dcm=1130

※交換にはdアカウントのID・パスワードと、ネットワーク暗証番号が必要です。
※本メールは送信専用のため、ご返信いただいてもお答えできません。

株式会社NTTドコモ
""",
)

M(
    path="spam/carrier-points-02.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-02-03 12:30:08",
    sender=("au PAY ポイント事務局", "no-reply@au-pointinfo.example"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("mail2.au-pointinfo.example", "unknown", "198.51.100.177"),
    hops=2,
    subject="【au】Pontaポイント 8,200P 有効期限のお知らせ",
    text="""
au IDをご利用のお客様へ

日頃よりauをご利用いただきありがとうございます。
お客様のPontaポイント 8,200P が、2025/02/05 に有効期限を迎えます。

現在、期限切れ間近のポイントを
au PAY 残高へ 1.2倍 でチャージできるキャンペーンを実施中です。
（受付は先着5,000名様まで）

▼ 残高へのチャージはこちら
https://au-pointinfo.example/ponta/charge?id=kddi-0205

ログイン後、ご利用中のカード情報をご確認いただくと
チャージが自動で完了します。

KDDI株式会社 / 沖縄セルラー電話株式会社
""",
)

M(
    path="spam/lottery-01.eml",
    charset="shift_jis", cte="base64",
    date="2024-10-08 15:44:21",
    sender=("宝くじ当選金管理事務局", "jimukyoku@takarakuji-tousen.example"),
    to=[(None, "yamada@example.jp")],
    via=("takarakuji-tousen.example", "unknown", "203.0.113.9"),
    hops=1,
    subject="ご当選のお知らせ（第598回 2等 7,300,000円）",
    text="""
当選者様

おめでとうございます。
厳正な抽選の結果、あなた様のご登録メールアドレスが
「ネット宝くじ 無料会員抽選会」第598回 2等 に当選いたしました。

当選金額：7,300,000円

当選金のお受け取りには、本人確認と受取口座の登録が必要です。
なお、振込手数料・事務手数料として3,000円（電子マネー可）を
先にお支払いいただく規定となっております。

受け取り期限：当選通知から72時間以内
お手続きページ：https://takarakuji-tousen.example/uketori/598/

期限を過ぎた場合、当選は無効となり次点の方へ繰り上げとなります。

宝くじ当選金管理事務局
担当：佐々木
""",
)

M(
    path="spam/lottery-02.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-04-14 10:05:36",
    sender=("春の大感謝プレゼント事務局", "present@kensho-campaign.example"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    via=("mail.kensho-campaign.example", "unknown", "198.51.100.29"),
    hops=2,
    subject="【当選確定】最新iPhone 16 Pro プレゼントのご案内",
    text="""
このたびは「春の大感謝プレゼントキャンペーン」にご応募いただき、
誠にありがとうございました。

厳正なる抽選の結果、お客様は【A賞：iPhone 16 Pro（256GB）】に
当選されましたので、ご連絡いたします。

賞品の発送にあたり、お届け先のご登録と
配送手数料（550円）のお支払いをお願いしております。

登録締切：4月18日（金）正午
https://kensho-campaign.example/win/a-prize?c=2504

※締切を過ぎますと当選の権利が無効となります。
※当選の権利は第三者へ譲渡できません。

春の大感謝プレゼント事務局
""",
)

M(
    path="spam/romance-01.eml",
    charset="utf-8", cte="base64",
    date="2024-09-12 23:51:09",
    sender=("Emily Chen", "emily.chen1991@mail-hk.example"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("mail-hk.example", "mail-hk.example", "192.0.2.88"),
    hops=2,
    subject="こんにちは、あなたのプロフィールを見ました",
    text="""
こんにちは。
突然のメールでごめんなさい。私の名前はエミリーです。香港出身で、今はシンガポールで
貿易の仕事をしています。

友達の紹介サイトであなたのプロフィールを見て、とても優しそうな人だと思いました。
私は日本の文化が大好きで、去年は京都と大阪に旅行しました。日本語はまだ勉強中なので、
変な言葉があったら許してくださいね。

私は32歳で、独身です。仕事は忙しいけど、心から信頼できるパートナーを探しています。
あなたはどんなお仕事をしていますか？休みの日は何をしていますか？

もしよかったら、LINEで話しませんか？写真も送りたいです。
LINE ID: emily_hk0913

返事を待っています。
エミリー
""",
)

M(
    path="spam/romance-02.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2024-11-03 04:17:52",
    sender=("ダニエル", "daniel.w.mitchell@army-mail.example"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    via=("army-mail.example", "unknown", "203.0.113.230"),
    hops=1,
    headers=[("In-Reply-To", "<CAF7x2mQ0.4412@example.ne.jp>")],
    subject="Re: 愛しいあなたへ",
    text="""
愛しいあなたへ

昨日のメッセージを読んで、涙が出ました。あなたのような優しい人に
出会えたことを、神様に感謝しています。

前にお話しした通り、私は国連の平和維持活動で中東に派遣されている軍医です。
来月、任務が終わったら日本へ行き、あなたと一緒に暮らしたいと思っています。

そのために、私の荷物（個人の貯金と身の回りの品）を先に外交官便で
日本へ送りました。ところが、空港の税関で通関手数料45万円が必要だと
連絡がありました。私はここでは銀行口座にアクセスできません。

本当に申し訳ないのですが、一時的に立て替えてもらえませんか。
日本に着いたらすぐに全額お返しします。配送会社の担当者の連絡先は下記です。

　グローバル・ディプロマティック配送　担当 ジョンソン
　diplomatic-delivery@gdc-courier.example

このことは誰にも話さないでください。軍の規則で、任務の内容は秘密なのです。
あなただけが頼りです。

永遠にあなたのもの
ダニエル
""",
)

M(
    path="spam/seo-sales-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2024-07-09 10:32:14",
    sender=("株式会社ウェブグロース", "sales@webgrowth.example"),
    to=[(None, "info@example.co.jp")],
    via=("mail.webgrowth.example", "mail.webgrowth.example", "192.0.2.131"),
    hops=2,
    subject="【ご担当者様】貴社サイトの検索順位について",
    text="""
ご担当者様

突然のご連絡失礼いたします。
株式会社ウェブグロースの田村と申します。

貴社のホームページを拝見したところ、
「地域名＋業種」での検索結果が3ページ目以降となっており、
見込み客を取りこぼしている可能性が高いと感じ、ご連絡いたしました。

弊社では、成果報酬型のSEO対策サービスを提供しております。

　・上位10位以内に入るまで費用は一切かかりません
　・導入実績 1,200社以上（工務店、歯科医院、士業など）
　・Googleビジネスプロフィール（MEO）の運用もまとめて代行

現在、月3社様限定で無料のサイト診断レポートを作成しております。
ご興味がございましたら、本メールにご返信いただくか、
下記フォームよりお申し込みください。

https://webgrowth.example/shindan/form

今後このようなご案内が不要な場合は、お手数ですが
「配信停止」とご返信ください。

━━━━━━━━━━━━━━━━━━
株式会社ウェブグロース
営業部　田村 誠
〒100-0000 東京都千代田区丸の内0-0-0
TEL：03-0000-4821
━━━━━━━━━━━━━━━━━━
""",
)

M(
    path="spam/seo-sales-02.eml",
    charset="shift_jis", cte="8bit",
    date="2025-05-20 14:08:57",
    sender=("集客サポート事務局", "info@shukyaku-support.example"),
    to=[(None, "info@example.jp")],
    via=("shukyaku-support.example", "unknown", "198.51.100.66"),
    hops=1,
    subject="【飲食店様向け】月額9,800円で予約数を2倍にする方法",
    text="""
オーナー様

お忙しいところ失礼いたします。
飲食店様専門の集客サポート事務局でございます。

「グルメサイトの掲載料が高い割に、予約が増えない」
「Instagramを始めたけれど、更新する時間がない」
このようなお悩みはございませんか。

弊社では、Instagram・Googleマップの運用と
口コミ件数を増やす施策をまとめてお引き受けしております。

【プラン概要】
・月額9,800円（税別）／初期費用0円
・最低契約期間なし、いつでも解約OK
・導入店舗の平均で、3か月後のネット予約数が2.1倍

詳しい資料をご希望の方は、店舗名とご担当者様のお名前を
ご返信いただければ、PDFにてお送りいたします。

※本メールは、貴店のホームページに公開されているアドレス宛に
　お送りしております。ご不要の場合は、お手数ですが
　stop@shukyaku-support.example までご連絡ください。
""",
)

M(
    path="spam/bec-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-06-16 13:22:40",
    sender=("山本 正和", "m.yamamoto@kitamura-shoji.example"),
    to=[("佐藤 健太", "k.sato@example.co.jp")],
    ret="m.yamamoto@kitamura-shoji.example",
    via=("kitamura-shoji.example", "unknown", "203.0.113.77"),
    hops=2,
    headers=[("Reply-To", "yamamoto.masakazu.ceo@freemail.example"),
             ("X-Priority", "1 (Highest)")],
    subject="至急のお願い",
    text="""
経理ご担当 佐藤さん

お疲れさまです。山本です。
今、社外で打ち合わせ中のため、メールで失礼します。

現在、極秘で進めている海外企業との提携案件があり、
本日中に手付金を送金する必要があります。
詳細はまだ社内でも公表できない段階ですので、
この件は他の方には話さないようお願いします。

送金額や振込先は、案件を担当している弁護士から改めて連絡させます。
今日の午後、すぐに対応できますか。
対応可能であれば、このメールに返信してください。

会議中は電話に出られませんので、やり取りはメールでお願いします。

山本
""",
)

M(
    path="spam/bec-02.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-03-04 16:47:11",
    sender=("株式会社ミナミ物流 経理部", "keiri@minami-butsuryu.example"),
    to=[(None, "keiri@aoi-seisakusho.example.co.jp")],
    via=("mail.minami-butsuryu.example", "unknown", "198.51.100.142"),
    hops=2,
    headers=[("In-Reply-To", "<20250226101522.3381@aoi-seisakusho.example.co.jp>")],
    subject="Re: 2月分ご請求の件（振込先口座変更のお願い）",
    text="""
株式会社あおい製作所
経理ご担当者様

いつも大変お世話になっております。
ミナミ物流 経理部の中川でございます。

先日お送りした2月分のご請求書（請求番号 MB-2502-0117）について、
お支払い先口座の変更がございましたのでご連絡いたします。

現在、弊社のメインバンクが監査中のため、一時的に旧口座での入金を
お受けできない状態となっております。
誠に恐れ入りますが、今回のお振込みにつきましては、
下記の口座へお手続きいただけますでしょうか。

　銀行名　：東南信託銀行 国際営業部
　口座種別：普通
　口座番号：0000000
　口座名義：MINAMI LOGISTICS HOLDING LTD.
　金額　　：2,486,750円（税込）

お振込み予定日をご返信いただけますと幸いです。
ご不明点は本メールにてお問い合わせください（現在、電話が
繋がりにくくなっております）。

何卒よろしくお願い申し上げます。

株式会社ミナミ物流
経理部　中川 恵子
""",
)

M(
    path="spam/sextortion-01.eml",
    charset="utf-8", cte="base64",
    date="2024-06-27 02:33:18",
    sender=(None, "taro.yamada@example.ne.jp"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("WIN-7QK2P0LJ3RA", "unknown", "203.0.113.201"),
    hops=2,
    subject="あなたのアカウントはハッキングされました",
    text="""
こんにちは！

残念なお知らせがあります。
数か月前、あなたがインターネットを閲覧するのに使っているデバイスに
アクセスし、それ以来ずっとあなたの行動を監視してきました。

このメールは、あなたのアカウントから送信されています。
つまり、私はあなたのメールアカウントにも完全にアクセスできるということです。

あなたがよく訪れているアダルトサイトに仕掛けたマルウェアを通じて、
あなたのパソコンにトロイの木馬を仕込みました。
これにより、カメラとマイクを遠隔操作できるようになっています。

私は、あなたがアダルト動画を見ている様子と、画面の映像を
同時に録画した動画を作成しました。
さらに、あなたの連絡先リスト（メール、SNS、メッセンジャー）もすべて取得済みです。

この動画を、あなたの家族、友人、同僚に送信することは、ボタン一つでできます。

しかし、解決策があります。
1,500米ドル相当のビットコインを下記のアドレスに送金してください。

BTCアドレス：bc1q7example9not0a2real8wa11et3xk5m4zz

ビットコインの買い方がわからない場合は、「ビットコイン 購入」で検索してください。

このメールを開封した時点で、タイマーが作動しました。48時間以内に支払いが
確認できなければ、動画は直ちに全員に送信されます。
支払いが確認され次第、動画とマルウェアは完全に削除し、二度と連絡しません。

警察に相談しても無駄です。私の居場所を特定することはできません。
このメールに返信しても届きません。

賢明な判断を期待しています。
""",
)

M(
    path="spam/sextortion-02.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-04-29 01:12:45",
    sender=(None, "xk2v9q@zmail-box.example"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("zmail-box.example", "unknown", "198.51.100.251"),
    hops=1,
    subject="【警告】あなたのパスワード: Yama2019! （ID: taro.yamada）",
    text="""
taro.yamada さん

あなたのパスワードは「Yama2019!」ですね。
覚えがあるはずです。これは数年前にあるサービスから流出したもので、
私はそれを手がかりにあなたのことを調べ始めました。

半年ほど前、あなたが使っているルーターの脆弱性を突いて、
家庭内のネットワークに入り込みました。
それ以来、スマートフォンとパソコンの中身は私に筒抜けです。
写真、メッセージ、閲覧履歴、そして連絡先もすべて。

特に興味深かったのは、あなたが夜中にひとりで見ているサイトです。
そのときのあなたの顔は、インカメラでしっかり録画させてもらいました。
画面の内容と並べて編集した動画は、とても人に見せられるものではありません。

取引をしましょう。
18万円分のビットコインを、以下のウォレットに送ってください。

ウォレット：bc1q4example7not2real0wa11et8qz3kd9x
（コピーして貼り付けてください）

期限は、このメールを開いてから50時間です。
開封したことは、メールに埋め込んだピクセルでわかっています。
入金が確認できたら、データはすべて消去し、あなたの前から消えます。
期限を過ぎた場合、動画はあなたのLINEの友だちとFacebookの友人全員に送られます。

誰かに相談したり、このメールを転送したりしたことがわかった場合も、
同じように動画を送ります。
よく考えて行動してください。
""",
)

M(
    path="spam/fake-virus-01.eml",
    charset="utf-8", cte="base64",
    date="2024-10-19 20:41:30",
    sender=("セキュリティ警告センター", "alert@virus-scan-center.example"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    via=("virus-scan-center.example", "unknown", "203.0.113.172"),
    hops=1,
    subject="⚠ お使いのデバイスから3件のウイルスが検出されました",
    text="""
【緊急】ウイルス感染のお知らせ

お使いのスマートフォン（Android / iPhone）で、
3件の有害なウイルスが検出されました。

検出されたウイルス：
　・Trojan.SpyBanker.A（銀行情報を盗むウイルス）
　・Adware.PopShow
　・Spyware.Photo-Leak

このまま放置すると、SIMカードの破損、写真・連絡先の流出、
ネットバンキングの不正利用につながるおそれがあります。

今すぐ無料のセキュリティアプリで駆除してください（所要時間：約30秒）
https://virus-scan-center.example/clean/start?dev=mobile

残り時間：2分59秒
""",
    html="""
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background:#ffffff;font-family:sans-serif;">
<div style="max-width:480px;margin:0 auto;border:3px solid #d40000;">
<div style="background:#d40000;color:#ffffff;font-size:22px;font-weight:bold;padding:12px;text-align:center;">⚠ 【緊急】ウイルス感染のお知らせ</div>
<div style="padding:16px;font-size:15px;line-height:1.7;">
<p>お使いのスマートフォン（Android / iPhone）で、<br><b style="color:#d40000;font-size:18px;">3件の有害なウイルス</b>が検出されました。</p>
<ul style="background:#fff3f3;padding:10px 10px 10px 30px;">
<li>Trojan.SpyBanker.A（銀行情報を盗むウイルス）</li>
<li>Adware.PopShow</li>
<li>Spyware.Photo-Leak</li>
</ul>
<p>このまま放置すると、SIMカードの破損、写真・連絡先の流出、ネットバンキングの不正利用につながるおそれがあります。</p>
<p style="text-align:center;"><a href="https://virus-scan-center.example/clean/start?dev=mobile" style="display:block;background:#1a9c2e;color:#ffffff;font-size:18px;padding:14px;text-decoration:none;border-radius:6px;">今すぐ駆除する（無料）</a></p>
<p style="text-align:center;color:#d40000;font-weight:bold;">残り時間：2分59秒</p>
</div>
</div>
</body>
</html>
""",
)

M(
    path="spam/survey-gift-01.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-06-12 12:00:04",
    sender=("お客様満足度調査 事務局", "survey@customer-voice.example"),
    to=[(None, "yamada@example.jp")],
    via=("out3.customer-voice.example", "unknown", "192.0.2.166"),
    hops=2,
    subject="【1分で完了】アンケートに答えて5,000円分の商品券をもらおう",
    text="""
いつもご利用いただきありがとうございます。

当社では、サービス向上のため、お客様満足度アンケートを実施しております。
簡単な5つの質問にお答えいただいた方全員に、
【全国共通お食事券・商品券 5,000円分】をプレゼントいたします。

▼ アンケートに回答する（所要時間 約1分）
https://customer-voice.example/q/start?src=ml0612

回答期限：本日中
※プレゼントの発送には、送料・事務手数料として300円をご負担いただきます。
※お支払いはクレジットカードのみとなります。

本アンケートの結果は統計的に処理し、サービス改善のみに利用いたします。

お客様満足度調査 事務局
""",
    html="""
<html><body style="margin:0;background:#fff8e7;">
<table align="center" width="560" style="background:#ffffff;font-family:Meiryo,sans-serif;font-size:14px;">
<tr><td style="background:#ff7a00;color:#ffffff;text-align:center;padding:18px;font-size:20px;">お客様満足度アンケート</td></tr>
<tr><td style="padding:20px;line-height:1.8;">
<p>いつもご利用いただきありがとうございます。</p>
<p>当社では、サービス向上のため、お客様満足度アンケートを実施しております。<br>
簡単な5つの質問にお答えいただいた方<b>全員</b>に、</p>
<p style="text-align:center;font-size:22px;color:#e60012;font-weight:bold;">全国共通お食事券・商品券<br>5,000円分</p>
<p>をプレゼントいたします。</p>
<p style="text-align:center;"><a href="https://customer-voice.example/q/start?src=ml0612" style="background:#e60012;color:#ffffff;padding:12px 36px;text-decoration:none;font-size:16px;">アンケートに回答する（約1分）</a></p>
<p style="font-size:12px;color:#777777;">回答期限：本日中<br>
※プレゼントの発送には、送料・事務手数料として300円をご負担いただきます。<br>
※お支払いはクレジットカードのみとなります。</p>
</td></tr>
</table>
</body></html>
""",
)

M(
    path="spam/customs-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2024-12-17 09:28:44",
    sender=("日本郵便 国際郵便センター", "kokusai@japanpost-customs.example"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    via=("japanpost-customs.example", "unknown", "203.0.113.36"),
    hops=2,
    subject="【日本郵便】国際小包お届け保留のお知らせ（関税未払い）",
    text="""
お客様各位

海外から発送されたお客様宛ての国際小包について、
輸入時に課される関税・消費税のお支払いが確認できていないため、
現在、東京国際郵便局にてお預かりしております。

お問い合わせ番号：EJ000045127JP
差出国　　　　　：アメリカ合衆国
未払い金額　　　：1,380円（関税・消費税・通関手数料）

保管期限は到着から7日間です。期限を過ぎた荷物は差出人へ返送され、
返送料金が別途発生いたします。

下記よりお支払いとお届け日時の指定をお願いいたします。
https://japanpost-customs.example/track/pay?no=EJ000045127JP

日本郵便株式会社
""",
)

M(
    path="spam/customs-02.eml",
    charset="shift_jis", cte="8bit",
    date="2025-05-08 19:55:02",
    sender=("ヤマト運輸", "info@kuroneko-redeliver.example"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("kuroneko-redeliver.example", "unknown", "198.51.100.9"),
    hops=1,
    subject="お荷物のお届けについて（配送料金不足）",
    text="""
ヤマト運輸です。

お客様宛のお荷物をお届けにあがりましたが、
配送料金（着払い 210円）の不足によりお届けできませんでした。

お荷物は当営業所にて保管しております。
お支払いと再配達の依頼は下記URLから行ってください。

http://kuroneko-redeliver.example/r/?t=8812053

※ご依頼がない場合、3日後に差出人様へ返送いたします。
""",
)

M(
    path="spam/brand-copy-01.eml",
    charset="shift_jis", cte="8bit",
    date="2025-01-09 03:26:50",
    sender=("ブランド激安専門店", "shop@brand-copy-n.example"),
    to=[(None, "k.sato@example.co.jp")],
    via=("brand-copy-n.example", "unknown", "203.0.113.250"),
    hops=1,
    subject="【2025新作】スーパーコピー ルイヴィトン・エルメス・ロレックス N級品 激安通販",
    text="""
お客様へ

いつもお世話になっております。
当店は高品質のスーパーコピーブランド専門店です。
2025年新作が多数入荷しました！

■取扱ブランド
ルイヴィトン、シャネル、エルメス、グッチ、プラダ、ロレックス、オメガ、
カルティエ、モンクレール、バレンシアガ　など

■当店の特徴
★ 最高級N級品、本物と見分けがつかない品質
★ 全商品送料無料、代金引換もOK
★ 税関で没収された場合は無料で再発送いたします
★ 3点以上ご購入で10％OFF

人気商品：
・ロレックス デイトジャスト41　　 38,000円
・エルメス バーキン30 トゴ　　　　49,800円
・ルイヴィトン ネヴァーフルMM　　16,500円

当店URL：http://brand-copy-n.example/
ご注文、お問い合わせはお気軽にどうぞ。
""",
)

M(
    path="spam/side-job-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2024-08-05 21:14:33",
    sender=("在宅ワーク事務局", "work@fukugyo-navi.example"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    via=("fukugyo-navi.example", "unknown", "192.0.2.47"),
    hops=2,
    subject="スマホ1台で1日3万円｜未経験OKの在宅ワークのご案内",
    text="""
はじめまして、在宅ワーク事務局の高橋です。

「今の収入にあと5万円プラスしたい」
「子育てしながら家でできる仕事を探している」
そんな方に、スマホだけでできるお仕事をご紹介しています。

お仕事の内容は、指定されたショップの商品をSNSで「いいね」したり、
簡単なアンケートに答えたりするだけ。
1件あたり300円〜1,500円の報酬で、先月の参加者の平均は月12万円でした。

・スキル不要、1日30分から
・報酬はその日のうちに振込
・登録料、月会費は一切なし

詳しいお仕事の流れは、LINEでお伝えしています。
下記から友だち追加して、「副業」とメッセージを送ってください。

LINE友だち追加 → https://line-friends.example/ti/p/@fk8831
LINE ID：@fk8831

※募集は今週末で締め切ります。
""",
)

M(
    path="spam/side-job-02.eml",
    charset="utf-8", cte="base64",
    date="2025-02-21 07:39:16",
    sender=("株式投資アカデミー事務局", "info@kabu-academy.example"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("mail.kabu-academy.example", "unknown", "203.0.113.95"),
    hops=2,
    subject="【無料招待】3か月で資産を2倍にした銘柄選びを公開します",
    text="""
こんにちは。株式投資アカデミー事務局です。

元大手証券会社のファンドマネージャー、森田健一先生が主宰する
LINEの株式勉強会グループへ、今月に限り無料でご招待しています。

森田先生が2024年に推奨した銘柄の平均上昇率は＋187％。
グループ内では毎朝、その日に注目すべき銘柄と、買い時・売り時を
リアルタイムでお知らせしています。

参加者の声
「半年で元本300万円が720万円になりました」（50代・会社員）
「育児の合間にスマホで売買するだけ。パート代を超えました」（30代・主婦）

今なら参加特典として、森田先生の著書
『誰でもできる 急騰株の見つけ方』（電子版）を無料でお渡ししています。

▼ 無料でグループに参加する
https://kabu-academy.example/line/join?src=mail

定員になり次第、募集を締め切ります。
※投資は元本を保証するものではありません。
""",
)

M(
    path="spam/fake-invoice-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-05-27 10:51:27",
    sender=("経理部 鈴木", "suzuki@keiri-office.example"),
    to=[(None, "k.sato@example.co.jp")],
    via=("[192.0.2.201]", "unknown", "192.0.2.201"),
    hops=2,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    subject="請求書送付のご案内（2025年5月分）",
    text="""
お世話になっております。

5月分の請求書をお送りいたします。
添付ファイルをご確認のうえ、期日までにお振込みをお願いいたします。

添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお送りいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
よろしくお願いいたします。
""",
    attach=[("請求書_202505.zip", "application/zip", "zip")],
    fname="word",
)

M(
    path="spam/fake-invoice-02.eml",
    charset="utf-8", cte="base64",
    date="2025-07-02 08:20:59",
    sender=("クラウドサーブ 請求担当", "billing@cloud-serve-billing.example"),
    to=[(None, "info@example.co.jp")],
    via=("cloud-serve-billing.example", "unknown", "198.51.100.120"),
    hops=1,
    subject="【再送】ご請求金額のお支払いについて（請求書番号：INV-48812）",
    text="""
ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。

先月ご案内いたしました下記ご請求につきまして、
本日時点でご入金の確認が取れておりません。

　請求書番号：INV-48812
　ご請求金額：¥328,900（税込）
　お支払期限：2025年6月30日

詳細は添付の請求書（PDF）にてご確認ください。
行き違いでお支払い済みの場合は、何卒ご容赦ください。

※PDFが開けない場合は、下記の請求書確認ページからもご覧いただけます。
https://cloud-serve-billing.example/invoice/view?id=INV-48812
""",
    attach=[("御請求書_No.48812.pdf", "application/pdf", "pdf")],
    fname="rfc2231-only",
)

M(
    path="spam/account-verify-01.eml",
    charset="utf-8", cte="base64",
    date="2025-04-07 03:05:48",
    sender=("Amazon.co.jp", "account-update@amazon-co-jp.account-verify.example"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    via=("account-verify.example", "unknown", "203.0.113.14"),
    hops=2,
    subject="Amazon.co.jp: お客様のアカウントは一時的に保留されています",
    text="""
Amazonをご利用いただきありがとうございます。

お客様のアカウントで、通常とは異なるサインインが検出されました。
第三者による不正利用を防ぐため、アカウントを一時的に保留し、
すべての注文と定期おトク便を停止しております。

サインインの詳細：
　日時：2025年4月7日 02:14
　端末：Windows / Chrome
　場所：ベトナム ホーチミン

お心当たりのない場合は、24時間以内に以下のリンクからアカウント情報を確認してください。
確認が完了しない場合、アカウントは永久に停止されます。

アカウントを確認する
https://amazon-co-jp.account-verify.example/ap/signin?openid=2504

Amazon.co.jp カスタマーサービス
© 1996-2025, Amazon.com, Inc. or its affiliates
""",
    html="""
<!DOCTYPE html>
<html lang="ja">
<head><meta charset="UTF-8"><title>Amazon.co.jp</title></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;background:#f3f3f3;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:16px 20px;border-bottom:3px solid #ff9900;"><span style="font-size:24px;font-weight:bold;">amazon</span><span style="font-size:14px;">.co.jp</span></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.7;color:#111111;">
<p>Amazonをご利用いただきありがとうございます。</p>
<p>お客様のアカウントで、通常とは異なるサインインが検出されました。第三者による不正利用を防ぐため、アカウントを一時的に保留し、すべての注文と定期おトク便を停止しております。</p>
<table cellpadding="4" style="background:#f7f7f7;font-size:13px;margin:12px 0;">
<tr><td>日時</td><td>2025年4月7日 02:14</td></tr>
<tr><td>端末</td><td>Windows / Chrome</td></tr>
<tr><td>場所</td><td>ベトナム ホーチミン</td></tr>
</table>
<p>お心当たりのない場合は、<b>24時間以内</b>に以下のボタンからアカウント情報を確認してください。確認が完了しない場合、アカウントは永久に停止されます。</p>
<p style="text-align:center;margin:24px 0;"><a href="https://amazon-co-jp.account-verify.example/ap/signin?openid=2504" style="background:#ffd814;border:1px solid #fcd200;color:#0f1111;padding:10px 48px;text-decoration:none;border-radius:8px;">アカウントを確認する</a></p>
<p>Amazon.co.jp カスタマーサービス</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777777;background:#eaeded;">© 1996-2025, Amazon.com, Inc. or its affiliates</td></tr>
</table>
</body>
</html>
""",
)

M(
    path="spam/account-verify-02.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-05-31 17:36:22",
    sender=("メルカリ事務局", "no-reply@mercari-jp.example"),
    to=[(None, "yamada@example.jp")],
    via=("mercari-jp.example", "unknown", "198.51.100.199"),
    hops=1,
    subject="【メルカリ】売上金の振込申請が保留されています",
    text="""
メルカリをご利用いただきありがとうございます。

お客様の売上金18,720円の振込申請について、
ご本人確認（かんたん本人確認）が未完了のため、処理を保留しております。

2025年6月3日までに本人確認を完了されない場合、
売上金は運営により没収され、アカウントが利用制限の対象となります。

本人確認の手続き
https://mercari-jp.example/jp/mypage/identification/?session=f03b7

手続きには、ログイン情報と、振込先口座・キャッシュカード暗証番号の
入力が必要です。

株式会社メルカリ
""",
)

M(
    path="spam/fake-security-01.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2024-09-18 04:02:37",
    sender=("Microsoft アカウント チーム", "account-security-noreply@microsoft-account.example"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("microsoft-account.example", "unknown", "203.0.113.199"),
    hops=2,
    subject="Microsoft アカウントのセキュリティ警告：異常なサインイン アクティビティ",
    text="""
Microsoft アカウント

異常なサインイン アクティビティ

Microsoft アカウント ta*****@example.ne.jp で、異常なサインイン アクティビティが検出されました。
詳しくは、以下をご確認ください。

国/地域: ロシア
IP アドレス: 203.0.113.199
日付: 2024/09/18 3:27 (JST)
プラットフォーム: Windows 10
ブラウザー: Firefox

このサインインに心当たりがない場合、アカウントが侵害されている可能性があります。
12時間以内に確認が行われない場合、Office のライセンスと OneDrive のデータは削除されます。

アクティビティを確認する
https://microsoft-account.example/security/review?ref=ms0918

ご自身で解決できない場合は、Microsoft サポート窓口（050-0000-3317、24時間受付）まで
お電話ください。担当者が遠隔で安全な状態に戻します。

ありがとうございます。
Microsoft アカウント チーム
""",
    html="""
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI','Yu Gothic UI',sans-serif;font-size:14px;color:#2a2a2a;">
<table dir="ltr" width="560"><tr><td>
<div style="font-size:17px;color:#707070;">Microsoft アカウント</div>
<div style="font-size:41px;color:#2672ec;">異常なサインイン アクティビティ</div>
<p>Microsoft アカウント <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:ta*****@example.ne.jp">ta*****@example.ne.jp</a> で、異常なサインイン アクティビティが検出されました。詳しくは、以下をご確認ください。</p>
<p><b>国/地域:</b> ロシア<br>
<b>IP アドレス:</b> 203.0.113.199<br>
<b>日付:</b> 2024/09/18 3:27 (JST)<br>
<b>プラットフォーム:</b> Windows 10<br>
<b>ブラウザー:</b> Firefox</p>
<p>このサインインに心当たりがない場合、アカウントが侵害されている可能性があります。12時間以内に確認が行われない場合、Office のライセンスと OneDrive のデータは削除されます。</p>
<table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="padding:5px 20px;"><a href="https://microsoft-account.example/security/review?ref=ms0918" style="color:#ffffff;text-decoration:none;font-weight:600;">アクティビティを確認する</a></td></tr></table>
<p>ご自身で解決できない場合は、Microsoft サポート窓口（<b>050-0000-3317</b>、24時間受付）までお電話ください。担当者が遠隔で安全な状態に戻します。</p>
<p>ありがとうございます。<br>Microsoft アカウント チーム</p>
</td></tr></table>
</body>
</html>
""",
)


# ===========================================================================
# ham
# ===========================================================================

M(
    path="ham/bank-notice-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-01-28 10:00:12",
    sender=("つばさカード", "info@mail.tsubasa-card.example.co.jp"),
    to=[(None, "taro.yamada@example.ne.jp")],
    ret="bounce-0128-5c1e@mail.tsubasa-card.example.co.jp",
    via=("mo12.mail.tsubasa-card.example.co.jp", "mo12.mail.tsubasa-card.example.co.jp", "192.0.2.21"),
    hops=2,
    subject="【つばさカード】2025年2月お支払い分ご利用明細確定のお知らせ",
    text="""
山田 太郎 様

いつもつばさカードをご利用いただき、ありがとうございます。
2025年2月10日お支払い分のご利用明細が確定しましたのでお知らせします。

　お支払日　　：2025年2月10日（月）
　お支払金額　：48,216円
　お引落口座　：ひかり銀行 ****123

ご利用明細の詳細は、会員専用サイト「つばさNet」でご確認いただけます。
https://www.tsubasa-card.example.co.jp/member/

※お引き落とし日の前営業日までに、ご指定口座へのご入金をお願いいたします。
※このメールは、ご利用明細のメール通知をご登録のお客様にお送りしています。
※本メールへのご返信はお受けできません。

―――――――――――――――――――――――
つばさカード株式会社
https://www.tsubasa-card.example.co.jp/
―――――――――――――――――――――――
""",
)

M(
    path="ham/bank-notice-02.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-02-25 12:41:36",
    sender=("ひかり銀行", "info@hikari-bank.example.co.jp"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("smtp02.hikari-bank.example.co.jp", "smtp02.hikari-bank.example.co.jp", "192.0.2.34"),
    hops=2,
    subject="【ひかり銀行】お振込受付完了のお知らせ",
    text="""
ヤマダ タロウ 様

ひかりダイレクトをご利用いただき、ありがとうございます。
以下の内容でお振込のお手続きを受け付けました。

受付番号　　：20250225-0038412
受付日時　　：2025年02月25日 12時41分
お振込指定日：2025年02月25日
出金口座　　：本店営業部　普通　****567
お振込先　　：あおば信用金庫　中央支店　普通　****890
受取人名　　：カ）スズキコウムテン
お振込金額　：132,000円
振込手数料　：0円

お心当たりのない場合は、お手数ですが下記までご連絡ください。
ひかり銀行 ダイレクトバンキングセンター
0120-000-118（受付時間 平日9:00〜17:00）

※このメールは送信専用アドレスからお送りしています。
※当行から、メールでお客様の暗証番号やパスワードをお尋ねすることはありません。
""",
)

M(
    path="ham/bank-notice-03.eml",
    charset="shift_jis", cte="8bit",
    date="2025-02-25 11:03:05",
    sender=("ひかり銀行", "otp@hikari-bank.example.co.jp"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("smtp02.hikari-bank.example.co.jp", "smtp02.hikari-bank.example.co.jp", "192.0.2.34"),
    hops=2,
    subject="ワンタイムパスワードのお知らせ",
    text="""
ひかりダイレクトをご利用いただき、ありがとうございます。

ワンタイムパスワード：528147

このパスワードの有効期限は、発行から5分間（11:08まで）です。
画面の案内に従って入力してください。

このワンタイムパスワードは、振込・振替のお手続きのために発行されました。
お心当たりのない場合は、パスワードを入力せずに、
ダイレクトバンキングセンター（0120-000-118）までご連絡ください。

ひかり銀行
""",
)

M(
    path="ham/shop-order-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-04-19 21:37:48",
    sender=("北欧雑貨のお店 ノルン", "order@norn-zakka.example.jp"),
    to=[("山田 花子", "hanako.yamada@example.ne.jp")],
    via=("mail.norn-zakka.example.jp", "mail.norn-zakka.example.jp", "198.51.100.70"),
    hops=2,
    subject="【ノルン】ご注文ありがとうございます（注文番号：N2504-10382）",
    text="""
山田 花子 様

この度は「北欧雑貨のお店 ノルン」をご利用いただき、
誠にありがとうございます。
以下の内容でご注文を承りました。

━━━━━━━━━━━━━━━━━━━━━━
■ご注文番号：N2504-10382
■ご注文日時：2025年4月19日 21:37
■お支払方法：クレジットカード（一括）
━━━━━━━━━━━━━━━━━━━━━━

［ご注文商品］
・リネンキッチンクロス（グレー）　2点 × 1,320円 ＝ 2,640円
・ホーローマグ 300ml（ホワイト）　1点 × 2,420円 ＝ 2,420円

小計　　5,060円
送料　　　550円
合計　　5,610円（税込）

［お届け先］
〒000-0000 東京都世田谷区〇〇0-0-0
山田 花子 様

発送準備が整いましたら、改めて発送完了メールをお送りします。
通常、ご注文から2〜3営業日で発送いたします。

ご注文内容の確認・キャンセルはマイページから行えます。
https://www.norn-zakka.example.jp/mypage/orders

ノルン カスタマーサポート
support@norn-zakka.example.jp
（受付：平日10:00〜17:00）
""",
)

M(
    path="ham/shop-order-02.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-07-25 16:12:09",
    sender=("本の森オンライン", "shipping@honnomori.example.com"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("o3.mail.honnomori.example.com", "o3.mail.honnomori.example.com", "203.0.113.150"),
    hops=2,
    subject="【本の森オンライン】商品を発送しました",
    text="""
山田 太郎 様

本の森オンラインをご利用いただきありがとうございます。
ご注文の商品を本日発送いたしました。

ご注文番号：HM-0725-55812
配送業者　：ヤマト運輸（宅急便コンパクト）
伝票番号　：0000-1234-5678
お届け予定：2025年7月27日（日）午前中

・『はじめての家庭菜園 ベランダ編』 1冊
・『日本の山岳信仰』（文庫） 1冊

配送状況は、下記の注文履歴ページからもご確認いただけます。
https://www.honnomori.example.com/account/history/HM-0725-55812

※宅配ボックスへのお届けを指定されている場合、ご不在時は
　宅配ボックスへお入れします。

本の森オンライン
""",
)

M(
    path="ham/password-reset-01.eml",
    charset="utf-8", cte="base64",
    date="2024-09-07 22:18:40",
    sender=("Kumoフォトアルバム", "no-reply@kumo-photo.example.com"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    ret="bounces+58812@em.kumo-photo.example.com",
    via=("em.kumo-photo.example.com", "em.kumo-photo.example.com", "198.51.100.55"),
    hops=2,
    subject="パスワード再設定のご案内",
    text="""
hanako.y さん

Kumoフォトアルバムのパスワード再設定のリクエストを受け付けました。
以下のリンクから、新しいパスワードを設定してください。

https://kumo-photo.example.com/reset?token=q8Zk2mPvX4tR7yLw

このリンクの有効期限は30分です。
期限が切れた場合は、もう一度パスワード再設定の手続きを行ってください。

このリクエストに心当たりがない場合は、このメールを無視してください。
パスワードは変更されず、アカウントはこれまでどおりご利用いただけます。

Kumoフォトアルバム サポートチーム
""",
)

M(
    path="ham/password-reset-02.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2024-11-16 09:47:03",
    sender=("みどり市立図書館", "library-noreply@lib.city-midori.example.jp"),
    to=[(None, "yamada@example.jp")],
    via=("opac.lib.city-midori.example.jp", "opac.lib.city-midori.example.jp", "192.0.2.77"),
    hops=2,
    subject="【みどり市立図書館】仮パスワード発行のお知らせ",
    text="""
利用者番号 ******4821 様

みどり市立図書館のWeb利用者サービスにて、
パスワード再発行の申請を受け付けました。
仮パスワードを発行しましたので、お知らせします。

仮パスワード：Kx7pR2wd

下記のページからログインし、24時間以内に新しいパスワードへ変更してください。
https://www.lib.city-midori.example.jp/opac/login

※このメールに心当たりのない方は、お手数ですが図書館カウンター
　（電話 0000-00-1234）までお問い合わせください。
※このメールは送信専用です。返信はできません。

みどり市立図書館
""",
)

M(
    path="ham/login-code-01.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-03-30 08:55:14",
    sender=("Tsumiki", "no-reply@tsumiki-app.example.com"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("mail-out.tsumiki-app.example.com", "mail-out.tsumiki-app.example.com", "203.0.113.162"),
    hops=2,
    subject="確認コード: 604 219",
    text="""
Tsumikiにログインするための確認コードです。

604219

このコードは10分間有効です。誰にも教えないでください。
Tsumikiのスタッフが確認コードをお尋ねすることはありません。

ログインしようとしていない場合は、アカウントのパスワードを変更することをおすすめします。
https://tsumiki-app.example.com/settings/security

Tsumiki
""",
)

M(
    path="ham/login-code-02.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-01-12 20:45:31",
    sender=("かえで証券", "security@kaede-sec.example.co.jp"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("mta1.kaede-sec.example.co.jp", "mta1.kaede-sec.example.co.jp", "192.0.2.58"),
    hops=2,
    subject="【かえで証券】認証コードのお知らせ",
    text="""
山田 太郎 様

かえで証券をご利用いただきありがとうございます。
新しい端末からのログインを確認するため、認証コードを発行しました。

　認証コード：3817265
　有効期限　：発行から10分間
　端末　　　：iPhone（かえで証券アプリ）
　日時　　　：2025/01/12 20:45

ログイン画面に上記のコードを入力してください。

お心当たりがない場合は、第三者による不正ログインの可能性があります。
コードは入力せずに、当社アプリからパスワードを変更のうえ、
カスタマーサポート（0120-000-505）までご連絡ください。

※本メールにはリンクを記載しておりません。当社サイトへは、ブックマークまたは
　公式アプリからアクセスしてください。

かえで証券株式会社
""",
)

M(
    path="ham/newsletter-01.eml",
    charset="utf-8", cte="base64",
    date="2025-08-17 07:00:00",
    sender=("ノルン ニュースレター", "news@norn-zakka.example.jp"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    ret="bounce-7f2a91@news.norn-zakka.example.jp",
    via=("news.norn-zakka.example.jp", "news.norn-zakka.example.jp", "198.51.100.71"),
    hops=2,
    headers=[
        ("List-Unsubscribe", "<https://www.norn-zakka.example.jp/unsubscribe?u=7f2a91>,\n <mailto:unsubscribe@norn-zakka.example.jp?subject=unsubscribe-7f2a91>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ],
    subject="【本日23:59まで】夏のクリアランスセール 最大60%OFF＆送料無料クーポン",
    text="""
山田 花子 様

いつもノルンをご愛顧いただきありがとうございます。
夏のクリアランスセールは、いよいよ本日23:59で終了です！

■ 対象商品が最大60%OFF
テーブルウェア、ファブリック、照明など300点以上がお値下げ中。
人気のリネンシリーズも一部対象です。

■ 会員様限定 送料無料クーポン
クーポンコード：SUMMER2025
（ご注文金額3,000円以上・お一人様1回限り・本日23:59まで）

▼ セール会場はこちら
https://www.norn-zakka.example.jp/sale/summer?utm_source=newsletter&utm_medium=email

――――――――――――――――――――
このメールは、ノルンのメールマガジンにご登録いただいた方にお送りしています。
配信停止はこちら：https://www.norn-zakka.example.jp/unsubscribe?u=7f2a91
北欧雑貨のお店 ノルン　東京都世田谷区
――――――――――――――――――――
""",
    html="""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>ノルン ニュースレター</title>
</head>
<body style="margin:0;padding:0;background:#f6f4ef;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif;color:#3b3b3b;">
<tr><td style="padding:20px;text-align:center;font-size:13px;letter-spacing:0.2em;">NORN ― 北欧雑貨のお店</td></tr>
<tr><td><a href="https://www.norn-zakka.example.jp/sale/summer?utm_source=newsletter&amp;utm_medium=email"><img src="https://img.norn-zakka.example.jp/mail/2025/summer-sale.jpg" width="600" alt="夏のクリアランスセール 最大60%OFF 本日23:59まで" style="display:block;border:0;"></a></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.9;">
<p>山田 花子 様</p>
<p>いつもノルンをご愛顧いただきありがとうございます。<br>夏のクリアランスセールは、いよいよ<b>本日23:59</b>で終了です！</p>
<h2 style="font-size:17px;border-left:4px solid #7a9e7e;padding-left:8px;">対象商品が最大60%OFF</h2>
<p>テーブルウェア、ファブリック、照明など300点以上がお値下げ中。人気のリネンシリーズも一部対象です。</p>
<h2 style="font-size:17px;border-left:4px solid #7a9e7e;padding-left:8px;">会員様限定 送料無料クーポン</h2>
<p style="text-align:center;font-size:20px;border:2px dashed #7a9e7e;padding:10px;">SUMMER2025</p>
<p style="font-size:12px;">ご注文金額3,000円以上・お一人様1回限り・本日23:59まで</p>
<p style="text-align:center;"><a href="https://www.norn-zakka.example.jp/sale/summer?utm_source=newsletter&amp;utm_medium=email" style="display:inline-block;background:#7a9e7e;color:#ffffff;padding:12px 40px;text-decoration:none;">セール会場へ</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888888;border-top:1px solid #e5e1d8;">このメールは、ノルンのメールマガジンにご登録いただいた方にお送りしています。<br>
<a href="https://www.norn-zakka.example.jp/unsubscribe?u=7f2a91" style="color:#888888;">配信停止はこちら</a><br>
北欧雑貨のお店 ノルン　東京都世田谷区</td></tr>
</table>
</td></tr></table>
</body>
</html>
""",
)

M(
    path="ham/newsletter-02.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2024-11-21 18:00:00",
    sender=("酒のまつや", "mailmag@sake-matsuya.example.jp"),
    to=[(None, "taro.yamada@example.ne.jp")],
    ret="mag-bounce@sake-matsuya.example.jp",
    via=("mag.sake-matsuya.example.jp", "mag.sake-matsuya.example.jp", "192.0.2.99"),
    hops=2,
    headers=[
        ("List-Id", "matsuya-tsushin <mailmag.sake-matsuya.example.jp>"),
        ("List-Unsubscribe", "<https://www.sake-matsuya.example.jp/mailmag/?act=stop&id=30417>"),
        ("Precedence", "bulk"),
    ],
    subject="【まつや通信 vol.128】新酒しぼりたて入荷＆冬の福袋予約開始",
    text="""
━━━━━━━━━━━━━━━━━━━━━━
　まつや通信　vol.128　　2024年11月21日発行
━━━━━━━━━━━━━━━━━━━━━━

山田 太郎 様

こんにちは、酒のまつや 店主の松谷です。
朝晩すっかり冷え込むようになり、燗酒がおいしい季節になりました。

今号の内容
　1. 新酒しぼりたて、入荷しました
　2. 冬の福袋 予約受付開始（早割10%OFF）
　3. 12月の店頭試飲会のお知らせ

──────────────────
1. 新酒しぼりたて、入荷しました
──────────────────
毎年ご好評をいただいている、蔵元直送の「しぼりたて生原酒」が
今年も届きました。フレッシュで、ほんのり微発泡。
数量限定のため、なくなり次第終了です。

　・白鷺 しぼりたて生原酒 720ml　1,980円（税込）
　・山霧 純米 新酒 1.8L　　　　　3,520円（税込）

──────────────────
2. 冬の福袋 予約受付開始
──────────────────
5,000円・10,000円の2種類をご用意しました。
12月10日までのご予約で、早割10%OFFになります。
中身は店主のおまかせですが、毎年1本は「これは！」という
限定品を入れています。

──────────────────
3. 12月の店頭試飲会
──────────────────
12月14日（土）13時〜17時、店頭で無料の試飲会を行います。
お車でのご来店はご遠慮ください。

ご注文・ご予約はこちらから
https://www.sake-matsuya.example.jp/shop/

※20歳未満の方への酒類の販売はいたしません。
━━━━━━━━━━━━━━━━━━━━━━
酒のまつや
〒000-0000 ○○県○○市本町0-0
メールマガジンの配信停止・アドレス変更：
https://www.sake-matsuya.example.jp/mailmag/
━━━━━━━━━━━━━━━━━━━━━━
""",
)

M(
    path="ham/newsletter-03.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-03-20 11:30:00",
    sender=("はなみずきドラッグ", "news@hanamizuki-drug.example.jp"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    ret="bounce-m-20250320@mail.hanamizuki-drug.example.jp",
    via=("mail.hanamizuki-drug.example.jp", "mail.hanamizuki-drug.example.jp", "203.0.113.180"),
    hops=2,
    headers=[
        ("List-Unsubscribe", "<https://www.hanamizuki-drug.example.jp/member/mail-setting?u=h55k2>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ],
    subject="【はなみずきドラッグ】今週末はポイント5倍デー！有効期限間近のポイントもお忘れなく",
    text="""
山田 花子 様

いつもはなみずきドラッグをご利用いただきありがとうございます。

▼ 今週末 3月22日（土）・23日（日）はポイント5倍デー
アプリ会員証のご提示で、全品（一部除外品あり）ポイント5倍！
花粉症対策グッズ、春の新作コスメもそろっています。

▼ あなたのポイント
保有ポイント：1,238pt
うち 3月31日 有効期限：320pt
期限の近いポイントは、1pt＝1円としてお会計でご利用いただけます。

▼ アプリ限定クーポン
ヘアケア商品 20%OFFクーポン（3月31日まで）
※クーポンはアプリの「クーポン」タブからご利用ください。

店舗検索・チラシはこちら
https://www.hanamizuki-drug.example.jp/shop/

――――――――――――――――
本メールは、はなみずきドラッグ会員のうち、メール配信を希望された方にお送りしています。
配信停止：https://www.hanamizuki-drug.example.jp/member/mail-setting?u=h55k2
――――――――――――――――
""",
    html="""
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background:#fdf6f8;margin:0;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Meiryo,sans-serif;font-size:14px;color:#444444;">
<tr><td style="background:#e87a9a;color:#ffffff;padding:14px 20px;font-size:18px;">はなみずきドラッグ</td></tr>
<tr><td style="padding:20px;line-height:1.8;">
<p>山田 花子 様</p>
<p>いつもはなみずきドラッグをご利用いただきありがとうございます。</p>
<div style="background:#fff0f4;padding:12px;margin:12px 0;">
<b style="font-size:16px;color:#d0456b;">今週末 3月22日（土）・23日（日）はポイント5倍デー</b><br>
アプリ会員証のご提示で、全品（一部除外品あり）ポイント5倍！<br>
花粉症対策グッズ、春の新作コスメもそろっています。
</div>
<div style="border:1px solid #e5c7d1;padding:12px;margin:12px 0;">
<b>あなたのポイント</b><br>
保有ポイント：1,238pt<br>
うち 3月31日 有効期限：320pt<br>
<span style="font-size:12px;">期限の近いポイントは、1pt＝1円としてお会計でご利用いただけます。</span>
</div>
<p><b>アプリ限定クーポン</b><br>ヘアケア商品 20%OFFクーポン（3月31日まで）<br>
<span style="font-size:12px;">※クーポンはアプリの「クーポン」タブからご利用ください。</span></p>
<p><a href="https://www.hanamizuki-drug.example.jp/shop/" style="color:#d0456b;">店舗検索・チラシはこちら</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999999;border-top:1px solid #eeeeee;">本メールは、はなみずきドラッグ会員のうち、メール配信を希望された方にお送りしています。<br>
<a href="https://www.hanamizuki-drug.example.jp/member/mail-setting?u=h55k2" style="color:#999999;">配信停止</a></td></tr>
</table>
</body>
</html>
""",
)

M(
    path="ham/travel-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-03-02 22:06:17",
    sender=("たびの窓口", "reserve@tabinomado.example.com"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("mailer01.tabinomado.example.com", "mailer01.tabinomado.example.com", "198.51.100.90"),
    hops=2,
    subject="【たびの窓口】ご予約が確定しました（予約番号：TM58210447）",
    text="""
山田 太郎 様

たびの窓口をご利用いただき、ありがとうございます。
下記の内容でご予約が確定しました。

────────────────────
予約番号　　　：TM58210447
宿泊施設　　　：湯の花温泉 旅館 山水荘
チェックイン　：2025年5月3日（土）15:00〜
チェックアウト：2025年5月5日（月）10:00
部屋タイプ　　：和室10畳（露天風呂付き）
プラン　　　　：【GW限定】季節の会席料理 1泊2食付き
人数　　　　　：大人2名
合計料金　　　：88,000円（税込・入湯税別）
お支払い　　　：現地払い
────────────────────

■キャンセル規定
7日前〜3日前：宿泊料金の20%
2日前〜前日　：宿泊料金の50%
当日・不泊　　：宿泊料金の100%

予約内容の確認・変更・キャンセルは、マイページから行えます。
https://www.tabinomado.example.com/mypage/reservations/TM58210447

ご不明な点は、宿泊施設へ直接お問い合わせください。
湯の花温泉 旅館 山水荘　TEL 0000-00-2231
""",
)

M(
    path="ham/travel-02.eml",
    charset="utf-8", cte="base64",
    date="2025-08-29 15:00:26",
    sender=("チケットひろば", "info@ticket-hiroba.example.com"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    ret="bounce-lot-77120@ticket-hiroba.example.com",
    via=("mta3.ticket-hiroba.example.com", "mta3.ticket-hiroba.example.com", "203.0.113.66"),
    hops=2,
    subject="【チケットひろば】抽選結果のお知らせ（当選）",
    text="""
山田 花子 様

チケットひろばをご利用いただき、ありがとうございます。
先日お申し込みいただいた公演の抽選結果をお知らせします。

厳正なる抽選の結果、ご当選となりました。

公演名：東京フィルハーモニア 第312回定期演奏会
日時　：2025年10月18日（土）開場 13:15／開演 14:00
会場　：みなとみらいコンサートホール 大ホール
席種　：S席 2枚
金額　：13,000円 × 2枚 ＋ システム利用料 440円 ＝ 26,440円

■お支払い期限：2025年9月12日（金）23:00まで
お支払い方法はマイページからお選びください。
期限までにお支払いがない場合、当選は自動的に取り消しとなります。

https://ticket-hiroba.example.com/mypage/

チケットは公演日の7日前から、スマートフォンアプリに表示されます。
""",
    html="""
<html>
<head><meta charset="utf-8"></head>
<body style="font-family:sans-serif;font-size:14px;color:#222222;">
<div style="max-width:600px;margin:0 auto;">
<div style="border-bottom:4px solid #1f5fa8;padding:10px 0;font-size:20px;font-weight:bold;color:#1f5fa8;">チケットひろば</div>
<p>山田 花子 様</p>
<p>チケットひろばをご利用いただき、ありがとうございます。<br>
先日お申し込みいただいた公演の抽選結果をお知らせします。</p>
<p style="font-size:18px;font-weight:bold;">厳正なる抽選の結果、ご当選となりました。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc;font-size:14px;">
<tr><th style="background:#eef3fa;">公演名</th><td>東京フィルハーモニア 第312回定期演奏会</td></tr>
<tr><th style="background:#eef3fa;">日時</th><td>2025年10月18日（土）開場 13:15／開演 14:00</td></tr>
<tr><th style="background:#eef3fa;">会場</th><td>みなとみらいコンサートホール 大ホール</td></tr>
<tr><th style="background:#eef3fa;">席種</th><td>S席 2枚</td></tr>
<tr><th style="background:#eef3fa;">金額</th><td>13,000円 × 2枚 ＋ システム利用料 440円 ＝ 26,440円</td></tr>
</table>
<p><b>お支払い期限：2025年9月12日（金）23:00まで</b><br>
お支払い方法は<a href="https://ticket-hiroba.example.com/mypage/">マイページ</a>からお選びください。<br>
期限までにお支払いがない場合、当選は自動的に取り消しとなります。</p>
<p>チケットは公演日の7日前から、スマートフォンアプリに表示されます。</p>
</div>
</body>
</html>
""",
)

M(
    path="ham/clinic-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-06-09 12:00:41",
    sender=("さくら歯科クリニック", "info@sakura-shika.example.jp"),
    to=[(None, "hanako.yamada@example.ne.jp")],
    via=("sv1.sakura-shika.example.jp", "sv1.sakura-shika.example.jp", "192.0.2.140"),
    hops=2,
    subject="【さくら歯科クリニック】ご予約日のお知らせ（6月11日）",
    text="""
山田 花子 様

さくら歯科クリニックです。
ご予約日が近づきましたので、お知らせいたします。

　日時：2025年6月11日（水）18:30〜
　内容：定期検診・クリーニング
　担当：歯科衛生士 森

ご来院の際は、保険証（またはマイナ保険証）と診察券をお持ちください。
ご予約の変更・キャンセルは、前日までにお電話でご連絡をお願いいたします。

さくら歯科クリニック
TEL 0000-12-3456
診療時間 9:30〜13:00／14:30〜19:00（木曜午後・日祝休診）
""",
)

M(
    path="ham/clinic-02.eml",
    charset="shift_jis", cte="base64",
    date="2025-08-20 14:22:10",
    sender=("みどり市民病院 健診センター", "kenshin@midori-hospital.example.jp"),
    to=[("山田 太郎", "taro.yamada@example.ne.jp")],
    via=("mail.midori-hospital.example.jp", "mail.midori-hospital.example.jp", "198.51.100.130"),
    hops=2,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    subject="人間ドック受診日のご案内と事前のお願い",
    text="""
山田 太郎 様

みどり市民病院 健診センターです。
このたびは人間ドックのご予約をいただき、ありがとうございます。
受診日と、事前のご注意をお知らせします。

【受診日時】2025年9月3日（水）8:15 受付
【受診コース】1日ドック（胃部内視鏡・腹部エコー付き）
【受付場所】本館1階 健診センター受付

【前日のご注意】
・夕食は21時までに済ませ、その後は水・お茶以外はお控えください。
・アルコールはお控えください。

【当日のご注意】
・朝食はとらずにお越しください。
・常用薬のある方は、事前に主治医にご相談ください。
・検便の容器は、郵送したものをご利用ください。

ご予約の変更は、受診日の5日前までに健診センター
（0000-22-5100、平日13時〜16時）へお電話ください。

みどり市民病院 健診センター
""",
)

M(
    path="ham/community-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-09-26 20:14:55",
    sender=("みどり小学校PTA 広報委員会", "pta-kouhou@midori-sho.example.jp"),
    to="undisclosed-recipients:;",
    rcpt="hanako.yamada@example.ne.jp",
    via=("smtp.midori-sho.example.jp", "smtp.midori-sho.example.jp", "192.0.2.150"),
    hops=2,
    headers=[("User-Agent", "Mozilla Thunderbird")],
    subject="【PTA】10月の資源回収と校庭清掃のお知らせ",
    text="""
保護者の皆さま

いつもPTA活動にご協力いただきありがとうございます。
広報委員会より、10月の行事についてお知らせします。

1. 資源回収
　日時：10月5日（日）8:30〜10:00（雨天決行）
　場所：正門横 駐輪場前
　対象：新聞、雑誌、段ボール、牛乳パック、アルミ缶
　※新聞・雑誌はひもで十字にしばってお出しください。

2. 校庭清掃（4年生・5年生の保護者の方）
　日時：10月19日（日）9:00〜10:30
　持ち物：軍手、ゴミ袋、飲み物
　※参加できない方は、学年委員までお知らせください。

詳細は添付の「PTAだより10月号」（PDF）をご覧ください。
ご不明な点がありましたら、このメールにご返信ください。

みどり小学校PTA 広報委員会
委員長　中村
""",
    attach=[("PTAだより10月号.pdf", "application/pdf", "pdf")],
    fname="rfc2231-only",
)

M(
    path="ham/community-02.eml",
    charset="shift_jis", cte="8bit",
    date="2025-07-28 19:40:02",
    sender=("桜ヶ丘三丁目町内会", "chounaikai@sakuragaoka3.example.jp"),
    to=[(None, "sakuragaoka3-all@sakuragaoka3.example.jp")],
    rcpt="yamada@example.jp",
    via=("mail.sakuragaoka3.example.jp", "mail.sakuragaoka3.example.jp", "203.0.113.190"),
    hops=2,
    subject="町内会 夏祭りのお手伝いのお願い",
    text="""
桜ヶ丘三丁目町内会の皆様

暑い日が続いておりますが、いかがお過ごしでしょうか。
町内会長の石井です。

今年も8月23日（土）に、桜ヶ丘公園で夏祭りを開催します。
つきましては、準備と当日の運営にご協力いただける方を募集しています。

　・前日準備（テント設営）8月22日（金）17時〜19時
　・当日運営（焼きそば・かき氷の模擬店、受付）
　・後片付け　8月24日（日）8時〜10時

ご協力いただける方は、8月10日までに、お名前と参加できる時間帯を
このメールへの返信か、回覧板の用紙でお知らせください。

なお、今年は募金箱を設置せず、町内会費から運営費を賄います。
各戸への協賛金のお願いはいたしませんので、ご承知おきください。
（町内会を名乗って寄付を求める電話があったという報告が出ています。ご注意ください。）

桜ヶ丘三丁目町内会
会長 石井 良一
""",
)

M(
    path="ham/apartment-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2024-10-28 10:15:29",
    sender=("ひまわりコミュニティ", "front-okada@himawari-community.example.co.jp"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("mail.himawari-community.example.co.jp", "mail.himawari-community.example.co.jp", "198.51.100.160"),
    hops=2,
    subject="【グランメゾン緑が丘】排水管清掃実施のお知らせ",
    text="""
グランメゾン緑が丘 居住者各位

いつも大変お世話になっております。
管理会社の株式会社ひまわりコミュニティです。

下記の日程で、全住戸の排水管高圧洗浄を実施いたします。
作業は各住戸内に立ち入って行いますので、ご在宅のご協力をお願いいたします。

■実施日
　1〜3階：2024年11月13日（水）
　4〜6階：2024年11月14日（木）
　※時間帯の指定は、エントランス掲示板の表にご記入ください。

■作業時間
　1住戸あたり約20分（キッチン・洗面所・浴室・洗濯パン）

■事前のお願い
　・排水口まわりの物を片付けてください。
　・作業中は水を流せません。

ご不在となる場合は、鍵をお預かりして作業することも可能です（要申込）。
費用は管理費から支出されますので、個別のご請求はございません。
作業員が現金を請求することは一切ありませんので、ご注意ください。

株式会社ひまわりコミュニティ
フロント担当　岡田
TEL 03-0000-7720
""",
)

M(
    path="ham/apartment-02.eml",
    charset="utf-8", cte="base64",
    date="2025-01-31 21:03:44",
    sender=("グランメゾン緑が丘 管理組合", "riji@gm-midorigaoka.example.jp"),
    to=[(None, "residents@gm-midorigaoka.example.jp")],
    rcpt="taro.yamada@example.ne.jp",
    via=("mail.gm-midorigaoka.example.jp", "mail.gm-midorigaoka.example.jp", "203.0.113.210"),
    hops=2,
    subject="エレベーター停止のお知らせ（2月8日）",
    text="""
居住者の皆様

管理組合理事会よりお知らせです。

法定点検のため、下記の時間帯はエレベーターが停止します。
ご不便をおかけしますが、ご理解とご協力をお願いいたします。

日時：2025年2月8日（土）13:00～15:00頃
対象：1号機・2号機とも

点検中に階段の利用が難しい方は、事前に理事会までお知らせください。
管理員が荷物の運搬をお手伝いします。

また、先月の理事会で決まった駐輪場の区画整理について、
シール貼り替えの期限は2月末までです。まだの方はお早めにお願いします。

グランメゾン緑が丘 管理組合 理事長 佐藤
""",
)

M(
    path="ham/job-reply-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-03-03 17:26:38",
    sender=("株式会社ミライ物産 採用担当", "saiyo@mirai-bussan.example.co.jp"),
    to=[("山田 太郎", "taro.yamada@example.ne.jp")],
    via=("mail.mirai-bussan.example.co.jp", "mail.mirai-bussan.example.co.jp", "192.0.2.180"),
    hops=2,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    subject="書類選考結果と一次面接のご案内【株式会社ミライ物産】",
    text="""
山田 太郎 様

このたびは、弊社の営業職（中途採用）にご応募いただき、
誠にありがとうございます。
株式会社ミライ物産 人事部 採用担当の西村でございます。

厳正なる書類選考の結果、ぜひ一次面接にお越しいただきたく、
ご連絡を差し上げました。

下記の候補日時のうち、ご都合のよい日時を
3月7日（金）までにご返信いただけますでしょうか。

　・3月11日（火）10:00〜11:00
　・3月12日（水）14:00〜15:00
　・3月14日（金）16:00〜17:00

面接はオンライン（Zoom）で行います。URLは日程確定後にお送りします。
当日は、職務経歴書の内容に沿って30分ほどお話を伺い、
その後、業務内容についてご説明いたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願いいたします。

株式会社ミライ物産
人事部 採用担当　西村 由美
TEL：03-0000-5521（直通）
""",
)

M(
    path="ham/job-reply-02.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2025-04-24 18:09:51",
    sender=("テックリンク 採用チーム", "recruit@techlink.example.com"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("mail-sor-f41.techlink.example.com", "mail-sor-f41.techlink.example.com", "198.51.100.41"),
    hops=2,
    subject="選考結果のご連絡",
    text="""
山田 太郎 様

株式会社テックリンク 採用チームです。
先日はお忙しい中、二次面接にお越しいただき、ありがとうございました。

慎重に検討を重ねました結果、誠に残念ながら、
今回はご期待に沿いかねる結果となりました。

多数の企業の中から弊社に関心をお寄せいただいたことに、
心より感謝申し上げます。
山田様の今後のご活躍をお祈りしております。

なお、選考の詳細な理由についてはお答えいたしかねますので、
ご了承くださいますようお願い申し上げます。

株式会社テックリンク
採用チーム
""",
)

M(
    path="ham/personal-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-06-15 22:48:06",
    sender=("佐藤 美咲", "misaki.sato@example.jp"),
    to=[("山田 花子", "hanako.yamada@example.ne.jp")],
    via=("mail.example.jp", "mail.example.jp", "192.0.2.12"),
    hops=2,
    headers=[("X-Mailer", "Becky! ver. 2.81.06")],
    subject="写真送るね＆来月のこと",
    text="""
花子へ

この前はありがとう！久しぶりにゆっくり話せて楽しかったー。
鎌倉の写真、やっと整理したので共有フォルダに入れておきました。
あじさい寺で撮ったやつ、花子がすごくいい顔してるよ笑

https://photos.example.com/share/a9Kq2

それと、来月の由美の誕生日どうしようか。
みんなで少しずつ出して、前に言ってたキャンドルのセットにする？
一人2,000円くらいかな。
お店は駅前のイタリアンを7月12日（土）の19時で仮押さえしてます。
都合悪かったら教えてね。

じゃあまたー
美咲
""",
)

M(
    path="ham/personal-02.eml",
    charset="utf-8", cte="base64",
    date="2024-10-24 19:32:15",
    sender=("山田 和子", "kazuko.yamada@example.ne.jp"),
    to=[(None, "taro.yamada@example.ne.jp")],
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.12"),
    hops=2,
    subject="お米送りました",
    text="""
太郎へ

元気にしてる？
今日、新米を10キロ送りました。あさって（土曜日）の午前中に届く予定です。
りんごも少し入れておいたので、早めに食べてね。

お父さんは相変わらず畑仕事ばかりしています。
腰が痛いと言いながら、毎日出かけていくから困ったものです。

年末は帰ってこられそう？
帰る日が決まったら、早めに連絡ちょうだい。駅まで迎えに行くから。

それから、最近「息子さんのことで」なんて電話がかかってくる詐欺があるらしいから、
電話番号が変わったときは必ずメールでも知らせてね。

寒くなってきたので、風邪ひかないように。

母より
""",
)

M(
    path="ham/ml-spam-talk-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-03-10 21:07:33",
    sender=("小林 健", "ken.kobayashi@example.ne.jp"),
    to=[(None, "tokai-lug@lists.linux-jp.example")],
    rcpt="yamada@example.jp",
    ret="tokai-lug-bounces@lists.linux-jp.example",
    via=("lists.linux-jp.example", "lists.linux-jp.example", "203.0.113.5"),
    hops=2,
    headers=[
        ("In-Reply-To", "<20250310081244.9A1C.MORI@example.com>"),
        ("References", "<20250310081244.9A1C.MORI@example.com>"),
        ("List-Id", "Tokai Linux Users Group <tokai-lug.lists.linux-jp.example>"),
        ("List-Post", "<mailto:tokai-lug@lists.linux-jp.example>"),
        ("List-Unsubscribe", "<https://lists.linux-jp.example/mailman/options/tokai-lug>,\n <mailto:tokai-lug-request@lists.linux-jp.example?subject=unsubscribe>"),
        ("X-ML-Name", "tokai-lug"),
        ("X-ML-Count", "2817"),
        ("Precedence", "list"),
    ],
    subject="[tokai-lug:02817] Re: 最近の「国税庁」を名乗るフィッシング",
    text="""
小林です。

On Mon, 10 Mar 2025 08:12:44 +0900
Hiroshi Mori <mori@example.com> wrote:
> うちの会社のアドレスにも、件名が
>   「【国税庁】所得税の還付金受け取り手続きのお知らせ」
> というのが先週から10通以上来ています。本文には
>   「期限までに登録が確認できない場合、還付の権利は失効となり」
> とあって、リンク先は nta なんとか .example みたいなドメインでした。

うちにも来ました。こちらは「未納税金の差押え予告」という件名で、
「国税徴収法に基づき、財産の差押えを執行いたします」と、
なかなか物騒な書き方でした。

Received ヘッダを見ると、どれも 203.0.113.0/24 あたりの
逆引きのないホストから来ているので、
うちでは postfix の check_client_access で弾くようにしました。

main.cf の抜粋です。

  smtpd_client_restrictions =
      permit_mynetworks,
      reject_unknown_reverse_client_hostname,
      check_client_access cidr:/etc/postfix/client_access.cidr

client_access.cidr のほうは

  203.0.113.0/24   REJECT

だけです。正規のメールを巻き込んでいないか、しばらく様子を見ます。

ちなみに国税庁は、還付金の手続きをメールやSMSで案内することはない、と
ウェブサイトで注意喚起しています。家族にも伝えておきました。

--
小林 健
""",
)

M(
    path="ham/ml-spam-talk-02.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2024-07-02 10:41:20",
    sender=("田中 裕子", "yuko.tanaka@example.jp"),
    to=[(None, "shashin-club@ml.example.jp")],
    rcpt="hanako.yamada@example.ne.jp",
    ret="shashin-club-admin@ml.example.jp",
    via=("ml.example.jp", "ml.example.jp", "192.0.2.190"),
    hops=2,
    headers=[
        ("List-Id", "shashin-club <shashin-club.ml.example.jp>"),
        ("List-Post", "<mailto:shashin-club@ml.example.jp>"),
        ("X-ML-Name", "shashin-club"),
        ("X-ML-Count", "1532"),
        ("Precedence", "list"),
    ],
    subject="[shashin-club 1532] 「パソコンをハッキングしました」というメールについて",
    text="""
みなさん、こんにちは。田中です。

昨日、私のアドレスから私自身に宛てて、こんなメールが届きました。
件名は「あなたのアカウントはハッキングされました」で、

  「このメールは、あなたのアカウントから送信されています」
  「48時間以内に支払いが確認できなければ、動画は直ちに全員に送信されます」
  「1,500米ドル相当のビットコインを下記のアドレスに送金してください」

などと書いてありました。正直、読んだときは血の気が引きました……。

息子に見せたら、「差出人は簡単に偽装できるし、よくある脅迫メールだから
無視していい」と言われたのですが、本当に大丈夫なのでしょうか。
念のためパスワードは変えました。

クラブのアドレス帳が漏れたということはないですよね？
同じようなメールが届いた方がいたら教えてください。

田中 裕子
""",
)

M(
    path="ham/it-warning-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-05-27 14:30:05",
    sender=("情報システム部", "it-help@example.co.jp"),
    to=[(None, "all-staff@example.co.jp")],
    rcpt="k.sato@example.co.jp",
    via=("exch01.example.co.jp", "exch01.example.co.jp", "192.0.2.10"),
    hops=2,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    subject="【注意喚起】取引先を装った不審メールについて",
    text="""
社員各位

情報システム部です。

本日午前より、取引先を装い、請求書の確認を求める不審なメールが
複数の社員宛てに届いていることを確認しました。
以下のような特徴がありますので、受信した場合は絶対に添付ファイルを開かず、
リンクもクリックしないでください。

■件名の例
　「請求書送付のご案内（2025年5月分）」
　「【再送】ご請求金額のお支払いについて」

■本文の例
　「添付ファイルはパスワード付きZIPとなっております。
　　パスワードは別メールにてお送りいたします。」

■添付ファイル名の例
　請求書_202505.zip、御請求書_No.48812.pdf

差出人の表示名は実在の取引先や担当者名になっていることがありますが、
メールアドレスのドメインが当社の取引先とは異なります。

■受信してしまった場合
　1. 添付ファイル・リンクは開かず、メールは削除せずにそのまま残す
　2. 情報システム部ヘルプデスク（内線 2400）へ連絡
　3. 誤って開いてしまった場合は、LANケーブルを抜き、Wi-Fiをオフにしてから連絡

すでに添付ファイルを開いてしまった方も、責めることはありませんので、
すぐにご連絡ください。早めの対応が被害を小さくします。

情報システム部 ヘルプデスク
内線 2400 / it-help@example.co.jp
""",
)

M(
    path="ham/it-warning-02.eml",
    charset="utf-8", cte="quoted-printable", qsubj=True,
    date="2024-09-19 09:12:48",
    sender=("情報基盤センター", "cc-info@univ.example.jp"),
    to=[(None, "all-members@univ.example.jp")],
    rcpt="h.yamada@univ.example.jp",
    via=("mail01.cc.univ.example.jp", "mail01.cc.univ.example.jp", "198.51.100.5"),
    hops=2,
    subject="[重要] Microsoft 365 のサインインを装うフィッシングメールにご注意ください",
    text="""
教職員・学生の皆さま

情報基盤センターです。

本学の構成員宛てに、Microsoft を装ったフィッシングメールが送られていることを
確認しています。件名は次のようなものです。

  「Microsoft アカウントのセキュリティ警告：異常なサインイン アクティビティ」
  「メールボックスの容量が上限に達しました」
  「パスワードの有効期限が本日切れます」

本文中の「アクティビティを確認する」などのボタンを押すと、本学のサインイン画面に
よく似た偽のページが開き、IDとパスワードを入力させようとします。
また、「サポート窓口までお電話ください」と書かれ、電話をかけると
遠隔操作ソフトのインストールを求められる手口も報告されています。

本学の正規のサインイン画面のアドレスは
  https://login.univ.example.jp/
のみです。これ以外のアドレスでIDとパスワードを入力しないでください。

万一入力してしまった場合は、すぐにパスワードを変更し、
情報基盤センター（内線 5120、cc-help@univ.example.jp）までご連絡ください。

本メールは全構成員に送信しています。
情報基盤センター
""",
)

M(
    path="ham/business-invoice-01.eml",
    charset="iso-2022-jp", cte="7bit",
    date="2025-11-28 15:48:12",
    sender=("小川 浩二", "k.ogawa@aoi-seisakusho.example.co.jp"),
    to=[("田中 様", "tanaka@himawari-foods.example.co.jp")],
    via=("mail.aoi-seisakusho.example.co.jp", "mail.aoi-seisakusho.example.co.jp", "203.0.113.120"),
    hops=2,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    subject="お見積書送付の件（ステンレス架台 3台）",
    text="""
株式会社ひまわり食品
購買部　田中 様

いつもお世話になっております。
あおい製作所の小川です。

先日お打ち合わせいただいたステンレス架台の件、
お見積書を作成しましたので添付にてお送りいたします。

　件名　　：ステンレス架台（W1200×D600×H850）製作
　数量　　：3台
　金額　　：486,000円（税抜）
　納期　　：ご発注から約4週間
　有効期限：2025年12月26日

図面は前回いただいたRev.2を元にしております。
天板の板厚を1.5mmから2.0mmに変更した場合の金額も、
2ページ目に参考として記載しました。

ご検討のほど、よろしくお願いいたします。
ご不明な点がございましたら、お気軽にお電話ください。

━━━━━━━━━━━━━━━━
株式会社あおい製作所　営業部
小川 浩二
TEL 0000-41-2277 / FAX 0000-41-2278
https://www.aoi-seisakusho.example.co.jp/
━━━━━━━━━━━━━━━━
""",
    attach=[("御見積書_ひまわり食品様_20251128.pdf", "application/pdf", "pdf")],
    fname="rfc2231",
)

M(
    path="ham/business-invoice-02.eml",
    charset="shift_jis", cte="8bit",
    date="2025-06-02 10:22:47",
    sender=("かもめ運送 経理 森", "mori@kamome-unso.example.jp"),
    to=[(None, "keiri@aoi-seisakusho.example.co.jp")],
    via=("mail.kamome-unso.example.jp", "mail.kamome-unso.example.jp", "198.51.100.222"),
    hops=2,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    subject="【請求書】2025年5月分 運送料のご請求",
    text="""
株式会社あおい製作所
経理部 御中

いつも大変お世話になっております。
かもめ運送の経理担当、森でございます。

2025年5月分の運送料につきまして、請求書をお送りいたします。
添付のPDFをご確認くださいますよう、お願い申し上げます。

　ご請求金額：214,500円（税込）
　お支払期限：2025年6月30日（月）
　お振込先　：いつもの口座（変更はございません）

原本は本日郵送いたしましたので、数日中にお手元に届くかと存じます。
ご不明な点がございましたら、お手数ですがご連絡ください。

今後ともよろしくお願い申し上げます。

―――――――――――――――
有限会社かもめ運送
経理担当　森 直美
TEL 0000-55-1100
―――――――――――――――
""",
    attach=[("請求書_202505_あおい製作所様.pdf", "application/pdf", "pdf")],
    fname="word",
)
