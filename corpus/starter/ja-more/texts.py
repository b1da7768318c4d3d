# -*- coding: utf-8 -*-
"""Texts and per-message settings of the ja-more starter messages.

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
  via       (HELO, reverse DNS or "unknown", IP) of the host that reached the MX
  hops      1 (MX only), 2 (MX + mailbox server, default) or 3 (also the
            sender's submission hop; needs origin=(HELO, IP))
  headers   extra ASCII headers [(name, value), ...]
  text      text/plain body; html: text/html body (multipart/alternative),
            html_only=True: the HTML is the only body
  attach    [(filename, content type, placeholder kind), ...], with fname the
            filename style (rfc2231, rfc2231-only, word)
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

add("spam/utility-phish-01.eml", "iso-2022-jp", "7bit", "2025-02-04 08:12:37",
    ("東京電力エナジーパートナー", "info@tepco-ryokin-center.example"),
    [(None, "k.yamaguchi@example.ne.jp")],
    "【重要】電気料金お支払い確認のお願い（送電停止予定のお知らせ）",
    """\
いつも東京電力エナジーパートナーをご利用いただき、誠にありがとうございます。

お客さまの1月分電気料金につきまして、ご登録のお支払い方法による
お引き落としが確認できておりません。

　お客さま番号：03-5512-XXXX-XX
　ご請求金額　：12,486円
　お支払期限　：2025年2月6日

期限までにお支払いが確認できない場合、電気需給約款に基づき
誠に勝手ながら送電を停止させていただきます。
再開には別途手続きと再開手数料が必要となりますのでご注意ください。

下記の専用ページより、クレジットカードにてお支払いいただけます。
https://tepco-ryokin-center.example/mypage/pay?id=8827341

※本メールは送信専用アドレスから配信しております。
※すでにお支払い済みの場合は、行き違いですのでご容赦ください。

東京電力エナジーパートナー株式会社
お客さまセンター
""",
    via=("mail.tepco-ryokin-center.example", "unknown", "203.0.113.77"), hops=1)

add("spam/utility-phish-02.eml", "utf-8", "base64", "2025-06-18 21:40:02",
    ("東京ガス", "noreply@tokyogas-mypage.account-check.example"),
    [(None, "miho.fujita@example.jp")],
    "東京ガス：ガス料金の未納について（最終のご案内）",
    """\
東京ガス myTOKYOGAS をご利用のお客様へ

5月分のガス料金について、お支払いが確認できておりません。
これまでにもご案内を差し上げておりますが、ご対応いただけていないため
最終のご案内をお送りします。

ご請求額：8,930円
お支払期限：本メール受信後48時間以内

期限を過ぎますと、ガスの供給を停止いたします。
下記よりお支払い情報をご確認・ご更新ください。

https://tokyogas-mypage.account-check.example/login

東京ガス株式会社 お客さまセンター
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<div style="background:#0068b7;color:#fff;padding:10px;font-size:18px">myTOKYOGAS</div>
<p>東京ガス myTOKYOGAS をご利用のお客様へ</p>
<p>5月分のガス料金について、お支払いが確認できておりません。<br>
これまでにもご案内を差し上げておりますが、ご対応いただけていないため最終のご案内をお送りします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>ご請求額</td><td><b>8,930円</b></td></tr>
<tr><td>お支払期限</td><td style="color:red">本メール受信後48時間以内</td></tr>
</table>
<p>期限を過ぎますと、ガスの供給を停止いたします。</p>
<p><a href="https://tokyogas-mypage.account-check.example/login" style="background:#e60012;color:#fff;padding:8px 20px;text-decoration:none">お支払い情報を確認する</a></p>
<p style="font-size:12px">東京ガス株式会社 お客さまセンター</p>
</body></html>
""",
    via=("vps-1182.example.com", "vps-1182.example.com", "198.51.100.183"), hops=2)

add("spam/utility-phish-03.eml", "shift_jis", "8bit", "2024-11-27 14:03:51",
    ("水道局お客さまセンター", "suido@water-bill.example"),
    [(None, "hirano@example.co.jp")],
    "水道料金未払いによる給水停止のお知らせ",
    """\
水道をご使用のお客様

水道料金（9月・10月分）のお支払いが確認できません。
このままお支払いがない場合、12月2日をもって給水を停止いたします。

未払い金額　4,862円

下記ページよりお客様番号を入力し、お支払いをお願いいたします。
コンビニ払い・クレジットカード払いがご利用いただけます。

http://water-bill.example/tokyo/

なお、給水停止後の再開には立会いが必要となります。

水道局 お客さまセンター
""",
    via=("[192.0.2.14]", "unknown", "192.0.2.14"), hops=1)

add("spam/carrier-points-01.eml", "utf-8", "base64", "2025-03-29 19:22:10",
    ("SoftBank", "point@softbank-point.my-info.example"),
    [(None, "t.kondo@example.ne.jp")],
    "【ソフトバンク】ご利用ポイント 13,500pt が本日失効します",
    """\
ソフトバンクをご利用いただきありがとうございます。

お客様が保有しているポイントの有効期限が本日までとなっております。

 失効予定ポイント：13,500ポイント
 有効期限：2025年3月31日 23:59

今なら失効前のポイントを PayPay ポイントへ 1.2 倍で交換できます。
交換手続きはこちら（所要時間 1分）
https://softbank-point.my-info.example/exchange?c=29331

※ 交換にはご本人確認のため、ご登録のクレジットカード情報が必要です。
※ 期限を過ぎたポイントは復元できません。

ソフトバンク株式会社
""",
    html="""\
<html><body>
<table width="600" align="center" style="font-family:Meiryo,sans-serif">
<tr><td style="border-bottom:3px solid #c0c0c0;padding:8px"><b>SoftBank</b> My SoftBank</td></tr>
<tr><td style="padding:16px">
<p>ソフトバンクをご利用いただきありがとうございます。</p>
<p>お客様が保有しているポイントの有効期限が<b>本日まで</b>となっております。</p>
<p style="font-size:22px;color:#e60033"><b>失効予定ポイント：13,500ポイント</b></p>
<p>有効期限：2025年3月31日 23:59</p>
<p>今なら失効前のポイントを PayPay ポイントへ <b>1.2 倍</b>で交換できます。</p>
<p align="center"><a href="https://softbank-point.my-info.example/exchange?c=29331"><img src="https://softbank-point.my-info.example/img/btn_exchange.png" alt="今すぐ交換する" width="280" height="48"></a></p>
<p style="font-size:11px;color:#888">※ 交換にはご本人確認のため、ご登録のクレジットカード情報が必要です。<br>※ 期限を過ぎたポイントは復元できません。</p>
</td></tr></table>
</body></html>
""",
    via=("softbank-point.my-info.example", "unknown", "203.0.113.201"), hops=2)

add("spam/delivery-01.eml", "shift_jis", "8bit", "2025-01-15 07:48:29",
    ("佐川急便", "sagawa@sagawa-exp-fuzai.example"),
    [(None, "nishimura.a@example.jp")],
    "お荷物お届けにあがりましたが不在の為持ち帰りました",
    """\
お客様宛にお荷物のお届けにあがりましたが
不在の為持ち帰りました。

配送物は下記よりご確認ください。
http://sagawa-exp-fuzai.example/?no=5512

※保管期限を過ぎますと差出人へ返送となります。
佐川急便
""",
    via=("User", "unknown", "198.51.100.91"), hops=1)

add("spam/delivery-02.eml", "utf-8", "quoted-printable", "2025-07-08 12:31:44",
    ("日本郵便", "info@japanpost-redelivery.example"),
    [(None, "y-ishida@example.com")],
    "[日本郵便] 住所不備のためお荷物をお届けできませんでした", qsubj=True,
    text="""\
日本郵便をご利用いただきありがとうございます。

お客様宛のお荷物（追跡番号：EJ 7730 1186 5JP）について、
宛先住所の番地・部屋番号に不備があったため、配達できませんでした。

お荷物は最寄りの郵便局で保管しております。
保管期限は 2025年7月10日 です。

再配達のお申し込みと住所の確認は、以下のページから行ってください。
再配達手数料として 300円 をお支払いいただく必要があります。

https://japanpost-redelivery.example/track/EJ77301186

日本郵便株式会社
""",
    html="""\
<html><body style="margin:0;font-family:sans-serif">
<div style="background:#cc0000;padding:12px;color:#fff;font-weight:bold">〒 日本郵便</div>
<div style="padding:16px">
<p>日本郵便をご利用いただきありがとうございます。</p>
<p>お客様宛のお荷物（追跡番号：EJ 7730 1186 5JP）について、宛先住所の番地・部屋番号に不備があったため、配達できませんでした。</p>
<p>お荷物は最寄りの郵便局で保管しております。保管期限は <b>2025年7月10日</b> です。</p>
<p>再配達手数料として <b>300円</b> をお支払いいただく必要があります。</p>
<p><a href="https://japanpost-redelivery.example/track/EJ77301186">再配達を申し込む</a></p>
<p style="color:#999;font-size:12px">日本郵便株式会社</p>
</div></body></html>
""",
    via=("mta7.bulk-relay.example", "mta7.bulk-relay.example", "203.0.113.19"), hops=2)

add("spam/etc-01.eml", "utf-8", "base64", "2025-05-12 03:17:58",
    ("ETC利用照会サービス", "etc-meisai@etc-service-info.example"),
    [(None, "kobayashi.m@example.ne.jp")],
    "【ETC利用照会サービス】未払い料金のお知らせ（高速道路通行料）",
    """\
ETC利用照会サービスをご利用のお客様

平素より高速道路をご利用いただき、誠にありがとうございます。

お客様の車両について、以下の通行料金が未払いとなっております。

　ご利用日　　：2025年4月26日
　ご利用区間　：東名高速道路 東京IC → 御殿場IC
　未払い金額　：3,090円

ご登録のETCカードによる決済が承認されなかったため、
お支払い手続きが完了しておりません。
5月15日までに下記よりお手続きいただけない場合、
延滞金を加算のうえ、車両所有者様宛に督促状を送付いたします。

▼お支払い手続き
https://etc-service-info.example/meisai/unpaid

ETC利用照会サービス事務局
""",
    html="""\
<html><body>
<p>ETC利用照会サービスをご利用のお客様</p>
<p>平素より高速道路をご利用いただき、誠にありがとうございます。</p>
<p>お客様の車両について、以下の通行料金が<span style="color:red;font-weight:bold">未払い</span>となっております。</p>
<ul>
<li>ご利用日：2025年4月26日</li>
<li>ご利用区間：東名高速道路 東京IC → 御殿場IC</li>
<li>未払い金額：<b>3,090円</b></li>
</ul>
<p>ご登録のETCカードによる決済が承認されなかったため、お支払い手続きが完了しておりません。<br>
5月15日までにお手続きいただけない場合、延滞金を加算のうえ、車両所有者様宛に督促状を送付いたします。</p>
<p><a href="https://etc-service-info.example/meisai/unpaid">&gt;&gt; お支払い手続きはこちら</a></p>
<p>ETC利用照会サービス事務局</p>
</body></html>
""",
    via=("etc-service-info.example", "unknown", "198.51.100.144"), hops=1)

add("spam/card-stop-01.eml", "iso-2022-jp", "7bit", "2024-10-03 02:55:16",
    ("三井住友カード", "security@smbc-card-info.example"),
    [(None, "h.matsuda@example.jp")],
    "【三井住友カード】ご利用制限のお知らせ＜要確認＞",
    """\
三井住友カードをご利用いただき、ありがとうございます。

弊社では、第三者による不正利用を防止するため、
カードのご利用状況を24時間体制でモニタリングしております。

このたび、お客様のカードにつきまして、普段と異なるご利用が
確認されたため、誠に勝手ながらカードのご利用を一部制限させていただきました。

つきましては、以下へアクセスのうえ、ご利用内容の確認と
ご本人様情報の再登録にご協力をお願いいたします。

■ ご利用確認はこちら
https://smbc-card-info.example/vpass/confirm/

ご確認いただけない場合、カードのご利用停止措置をとらせていただく
場合がございます。あらかじめご了承ください。

─────────────────────
三井住友カード株式会社
〒000-0000 東京都江東区0-0-0
─────────────────────
""",
    via=("smbc-card-info.example", "unknown", "192.0.2.230"), hops=2)

add("spam/card-stop-02.eml", "utf-8", "quoted-printable", "2025-09-21 23:06:40",
    ("JCBカード", "jcb-info@jcb-security-check.example"),
    [(None, "ayumi.s@example.com")],
    "JCBカード 不正利用の可能性がある取引を検知しました", qsubj=True,
    text="""\
JCBカード会員様

いつもJCBカードをご利用いただき、ありがとうございます。

お客様のカードで、不正利用の可能性がある以下のお取引を検知しました。

ご利用日時：2025/09/21 22:48
ご利用先：AMAZON MKTPLACE
ご利用金額：48,800円

お心当たりのない場合は、24時間以内に下記URLよりご本人確認をお願いいたします。
ご確認いただけない場合、カードは一時的にご利用いただけなくなります。

https://jcb-security-check.example/myjcb/verify?sid=aa81c

株式会社ジェーシービー
""",
    html="""\
<html><head><meta charset="utf-8"></head><body>
<div style="max-width:560px;margin:auto;font-family:sans-serif">
<h2 style="color:#003a8c">MyJCB</h2>
<p>JCBカード会員様</p>
<p>お客様のカードで、不正利用の可能性がある以下のお取引を検知しました。</p>
<table style="background:#f5f5f5;width:100%">
<tr><td>ご利用日時</td><td>2025/09/21 22:48</td></tr>
<tr><td>ご利用先</td><td>AMAZON MKTPLACE</td></tr>
<tr><td>ご利用金額</td><td>48,800円</td></tr>
</table>
<p>お心当たりのない場合は、<b>24時間以内</b>にご本人確認をお願いいたします。</p>
<p><a href="https://jcb-security-check.example/myjcb/verify?sid=aa81c" style="display:block;background:#003a8c;color:#fff;text-align:center;padding:12px">ご本人確認へ進む</a></p>
<p style="font-size:11px">株式会社ジェーシービー</p>
</div></body></html>
""",
    via=("smtp.jcb-security-check.example", "unknown", "203.0.113.140"), hops=2)

add("spam/bank-freeze-01.eml", "iso-2022-jp", "7bit", "2025-04-09 16:44:05",
    ("三菱UFJ銀行", "mufg-kouza@mufg-account-support.example"),
    [(None, "s-okada@example.ne.jp")],
    "【三菱UFJ銀行】お客さまの口座を一時凍結しました",
    """\
三菱UFJ銀行をご利用いただき、誠にありがとうございます。

マネー・ローンダリング及びテロ資金供与対策に関する法令に基づき、
お取引目的等の定期的な確認を実施しております。

お客さまの口座について、期限までにご回答が確認できなかったため、
現在、お振込み・お引き出し等のお取引を一時的に制限しております。

下記より、お取引目的・ご職業等の情報をご回答いただくことで
制限は即時解除されます。

https://mufg-account-support.example/kakunin/

※ 本日中にご回答いただけない場合、口座の凍結を継続いたします。

株式会社三菱UFJ銀行
""",
    via=("mufg-account-support.example", "unknown", "198.51.100.7"), hops=1)

add("spam/bank-freeze-02.eml", "utf-8", "base64", "2025-10-30 10:15:27",
    ("ゆうちょ銀行", "yucho@jp-bank-torihiki.example"),
    [(None, "m.kaneko@example.jp")],
    "【ゆうちょ銀行】取引制限に関する重要なお知らせ",
    None, html_only=True,
    html="""\
<html><body bgcolor="#ffffff">
<center>
<table width="620" cellpadding="0" cellspacing="0" style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<tr><td style="background:#00843d;color:#fff;padding:10px;font-size:18px"><b>ゆうちょ銀行</b></td></tr>
<tr><td style="padding:18px;line-height:1.7">
いつもゆうちょ銀行をご利用いただきありがとうございます。<br><br>
お客さまのゆうちょダイレクトにおいて、第三者によるログインの可能性がある操作が確認されました。
お客さまの資産を守るため、<b style="color:#c00">現在お取引を制限</b>しております。<br><br>
制限を解除するには、以下のボタンから本人確認を完了してください。<br>
<div style="margin:20px 0;text-align:center"><a href="https://jp-bank-torihiki.example/direct/unlock?u=552019" style="background:#00843d;color:#fff;padding:12px 40px;text-decoration:none;border-radius:4px">本人確認を行う</a></div>
※ 11月1日までに確認が取れない場合、口座は凍結されます。<br>
※ 本メールは送信専用です。
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:10px">株式会社ゆうちょ銀行</td></tr>
</table>
</center>
</body></html>
""",
    via=("mail.jp-bank-torihiki.example", "unknown", "203.0.113.66"), hops=2)

add("spam/apple-id-01.eml", "utf-8", "quoted-printable", "2024-12-11 05:29:33",
    ("Apple", "no_reply@apple-id-support.example"),
    [(None, "kazuya.n@example.ne.jp")],
    "Apple ID がロックされました - お支払い情報を確認してください", qsubj=True,
    text="""\
お客様の Apple ID は、セキュリティ上の理由によりロックされました。

通常とは異なる端末から Apple ID へのサインインが複数回試行されたため、
Apple ID を一時的に無効にしました。

Apple ID のロックを解除するには、アカウント情報とお支払い情報を
確認する必要があります。

  Apple ID のロックを解除
  https://apple-id-support.example/jp/unlock

確認が完了するまで、App Store、iCloud、Apple Music などの
サービスはご利用いただけません。

Apple サポート

Apple ID | サポート | プライバシーポリシー
Copyright © 2024 Apple Inc. All rights reserved.
""",
    via=("apple-id-support.example", "unknown", "192.0.2.88"), hops=1)

add("spam/microsoft-01.eml", "utf-8", "quoted-printable", "2025-08-05 09:02:19",
    ("Microsoft 365", "admin-notice@office365-mailbox.example"),
    [(None, "t.ueda@example.co.jp")],
    "パスワードの有効期限が本日切れます (t.ueda@example.co.jp)", qsubj=True,
    text=None, html_only=True,
    html="""\
<html><body style="font-family:'Segoe UI',Meiryo,sans-serif;background:#f3f3f3">
<table width="100%"><tr><td align="center">
<table width="520" style="background:#fff;padding:24px">
<tr><td><span style="font-size:20px;color:#5e5e5e">Microsoft</span></td></tr>
<tr><td style="padding-top:14px;font-size:15px">
t.ueda@example.co.jp 様<br><br>
お使いのアカウントのパスワードは <b>本日 2025/08/05</b> に有効期限が切れます。<br>
引き続き同じパスワードを使用するには、以下から手続きを行ってください。<br>
手続きを行わない場合、Outlook、Teams、OneDrive へのアクセスが制限されます。
</td></tr>
<tr><td style="padding:20px 0"><a href="https://office365-mailbox.example/owa/keep-password?user=t.ueda%40example.co.jp" style="background:#0078d4;color:#fff;padding:10px 24px;text-decoration:none">現在のパスワードを維持する</a></td></tr>
<tr><td style="font-size:12px;color:#777">このメールは example.co.jp のメール管理者から送信されています。<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA</td></tr>
</table></td></tr></table>
</body></html>
""",
    via=("office365-mailbox.example", "unknown", "198.51.100.212"), hops=2)

add("spam/google-01.eml", "utf-8", "base64", "2025-01-22 13:37:45",
    ("Google One", "storage@google-drive-plan.example"),
    [(None, "yuki.hara@example.com")],
    "ストレージの容量がいっぱいです。写真とファイルが削除されます",
    """\
yuki.hara@example.com さん

Google アカウントのストレージ（15 GB）が上限に達しました。

保存容量を超えた状態が続くと、2025年1月25日に
Google フォト、Google ドライブ、Gmail のデータが順次削除されます。
新しいメールも受信できなくなります。

いまなら 100 GB プランの初回料金が 0 円。
お支払い情報を登録するだけで、すぐに容量を追加できます。

  容量を追加する：
  https://google-drive-plan.example/one/upgrade?ref=mail

このメールは、お客様の Google アカウントのサービスに関する重要なお知らせです。

Google LLC
""",
    via=("mx-out4.google-drive-plan.example", "unknown", "203.0.113.35"), hops=1)

add("spam/line-takeover-01.eml", "iso-2022-jp", "7bit", "2024-09-14 20:18:07",
    ("LINE", "no-reply@line-account-secure.example"),
    [(None, "aya.morimoto@example.ne.jp")],
    "【LINE】アカウントの認証が必要です",
    """\
LINEをご利用いただきありがとうございます。

お客様のLINEアカウントで、新しい端末からのログインが試みられました。

日時：2024年9月14日 20:11
端末：Android (SM-A546E)
地域：Shenzhen, China

本人によるログインでない場合、アカウントが乗っ取られるおそれがあります。
30分以内に下記リンクから認証を行い、アカウントを保護してください。
認証が完了しない場合、トーク履歴・友だちリストが削除されます。

https://line-account-secure.example/auth/verify

認証の際、SMSで届く6桁の確認コードの入力が必要です。

LINEヤフー株式会社
""",
    via=("line-account-secure.example", "unknown", "192.0.2.175"), hops=1)

add("spam/instagram-01.eml", "utf-8", "8bit", "2025-11-02 17:55:21",
    ("Instagram Copyright", "copyright@instagram-appeal.example"),
    [(None, "cafe.hinata@example.jp")],
    "あなたのアカウントは著作権侵害により24時間以内に削除されます",
    """\
こんにちは、cafe_hinata_official さん

あなたのアカウントが投稿した画像について、著作権侵害の申し立てを受けました。
コミュニティガイドラインに基づき、24時間以内にアカウントを削除します。

この申し立てが誤りであると思われる場合は、
下記フォームから異議申し立てを行ってください。
（ログイン情報による本人確認が必要です）

異議申し立てフォーム：
https://instagram-appeal.example/help/copyright/form?case=IG-88210

異議申し立てがない場合、アカウントは復元できません。

Instagram from Meta
© 2025 Meta
""",
    via=("instagram-appeal.example", "unknown", "203.0.113.222"), hops=2)

add("spam/miles-01.eml", "iso-2022-jp", "7bit", "2025-03-03 11:26:50",
    ("JALマイレージバンク", "jmb@jal-mileage-info.example"),
    [(None, "n.takeuchi@example.co.jp")],
    "【JMB】保有マイル（28,400マイル）の有効期限のお知らせ",
    """\
JALマイレージバンク会員様

いつもJALグループをご利用いただきありがとうございます。

会員様が保有されている以下のマイルが、まもなく有効期限を迎えます。

　失効予定マイル：28,400マイル
　有効期限　　　：2025年3月31日

期限を過ぎたマイルは自動的に失効いたします。
このたび、期限の迫ったマイルを e JALポイントへ交換いただける
特別キャンペーンを実施しております（3月10日まで）。

▼マイル交換のお手続き
https://jal-mileage-info.example/jmb/exchange/

お手続きには、お得意様番号とWEBパスワード、
ならびにご本人確認用のクレジットカード情報が必要です。

日本航空株式会社 JALマイレージバンク
""",
    via=("mta01.jal-mileage-info.example", "unknown", "198.51.100.58"), hops=2)

add("spam/tax-seizure-01.eml", "iso-2022-jp", "7bit", "2025-05-26 10:04:12",
    ("国税庁 徴収部", "chousyu@nta-go-jp.tax-notice.example"),
    [(None, "ishikawa.r@example.ne.jp")],
    "【国税庁】差押最終通知（未納税額のお知らせ）",
    """\
納税者様

あなたの令和6年度分の所得税及び復興特別所得税について、
納期限を過ぎても納付が確認できておりません。

督促状を送付しておりますが、現在まで納付がないため、
国税徴収法第47条に基づき、財産の差押えを執行する予定です。

　未納税額　　：137,600円
　延滞税　　　：4,210円
　差押執行予定：令和7年5月29日

差押えを回避するには、下記の国税納付手続きページより
期限までに納付してください。（クレジットカード・電子マネー対応）

https://nta-go-jp.tax-notice.example/nofu/

本通知は最終通知となります。
納付後も本メールが届く場合は、行き違いとしてご容赦ください。

国税庁 徴収部 徴収課
""",
    via=("[203.0.113.249]", "unknown", "203.0.113.249"), hops=1)

add("spam/police-01.eml", "shift_jis", "base64", "2024-12-19 15:47:38",
    ("警察庁サイバー犯罪対策課", "cyber@npa-cyber-unit.example"),
    [(None, "f.arai@example.jp")],
    "あなたのIPアドレスから違法なアクセスが確認されました",
    """\
通知番号：NPA-2024-118305

あなたが使用している端末（IPアドレス 198.51.100.37）から、
児童ポルノ禁止法に抵触するサイトへのアクセスが記録されています。

本件は現在、刑事事件として捜査の対象となっております。
本通知から72時間以内に下記の窓口へ連絡がない場合、
裁判所に逮捕状を請求し、ご自宅への家宅捜索を行います。

ただし、初回の違反については、和解金300,000円の納付により
示談として処理することが可能です。

担当：生活安全局 サイバー犯罪対策課　担当官　佐々木
連絡先：03-0000-4471（平日9時〜17時）

なお、この件をご家族や職場に知られたくない場合は、
本メールに直接返信せず、上記番号へお電話ください。
""",
    via=("mail.npa-cyber-unit.example", "unknown", "192.0.2.119"), hops=1)

add("spam/court-01.eml", "iso-2022-jp", "7bit", "2025-02-17 09:31:22",
    ("東京地方裁判所 民事部", "minji@tokyo-chisai-court.example"),
    [(None, "yoshida-k@example.ne.jp")],
    "訴状受理のお知らせ（事件番号：令和7年(ワ)第2031号）",
    """\
事件番号：令和7年(ワ)第2031号　損害賠償請求事件

原告　株式会社ネクストコンテンツ
被告　貴殿

上記事件について、原告より訴状が提出され、当庁にて受理されましたので通知いたします。

第1回口頭弁論期日は令和7年2月28日（金）午前10時と定められました。
期日に出頭されない場合、原告の主張を認めたものとみなし、
判決が言い渡されます（民事訴訟法第159条）。

なお、原告との和解を希望される場合は、期日前日までに
下記担当書記官までご連絡ください。和解が成立した場合、本件は取り下げとなります。

担当書記官　高橋
電話 03-0000-8812

東京地方裁判所 民事第28部
""",
    via=("tokyo-chisai-court.example", "unknown", "198.51.100.201"), hops=1)

add("spam/lawsuit-01.eml", "euc-jp", "8bit", "2024-08-08 13:12:09",
    ("民事訴訟管理センター", "center@minji-kanri.example"),
    [(None, "m.ogawa@example.jp")],
    "【最終通告】未納料金に関する訴訟最終予告通知書",
    """\
訴訟最終予告通知書

このたび、貴殿がご利用されていた契約会社ないし運営会社側から、
契約不履行による民事訴訟として、訴状が提出されましたことをご通知いたします。

裁判取り下げ最終期日：令和6年8月9日

上記の日時までにご連絡なき場合、原告側の主張が全面的に受理され、
給与の差し押さえ、動産物・不動産物の差し押さえを強制執行させて
いただきますので、裁判所執行官立会いのもと、執行証書の交付を承諾していただきます。

書類の閲覧、訴訟の取り下げ等のご相談に関しましては、当局にて承っております。
お早めにご連絡いただきますようお願い申し上げます。

※プライバシー保護の為、ご本人様からのご連絡に限らせていただきます。

民事訴訟管理センター
TEL：03-0000-5529
受付時間：9:00〜18:00（土日祝除く）
""",
    via=("server1.minji-kanri.example", "unknown", "203.0.113.5"), hops=1)

add("spam/paysite-01.eml", "shift_jis", "8bit", "2025-06-02 22:48:55",
    ("動画配信サイト 料金課", "ryokin@movie-member.example"),
    [(None, "hasegawa.j@example.com")],
    "ご利用料金未払いのご連絡（会員番号 M-770152）",
    """\
会員様

当サイトをご利用いただきありがとうございます。

お客様は当サイトの有料会員として登録されておりますが、
5月分のご利用料金が未払いとなっております。

　登録日：2025年5月3日
　ご利用料金：月額 39,800円
　延滞料：8,000円
　合計：47,800円

本日中にお支払いいただけない場合、利用規約第12条に基づき
債権回収業者へ委託し、ご自宅およびお勤め先へ請求させていただきます。

退会・お支払いに関するお問い合わせは下記まで。
http://movie-member.example/support/
※誤登録の場合も必ずご連絡ください。ご連絡がない場合は登録を認めたものとみなします。
""",
    via=("localhost", "unknown", "192.0.2.203"), hops=1)

add("spam/prize-01.eml", "utf-8", "base64", "2025-04-21 18:09:31",
    ("楽天プレゼント事務局", "campaign@rakuten-present-win.example"),
    [(None, "saki.t@example.ne.jp")],
    "🎉おめでとうございます！現金100万円の当選者に選ばれました",
    """\
★☆★ 当選のお知らせ ★☆★

おめでとうございます！
厳正なる抽選の結果、あなたが「春の大感謝祭」
現金100万円プレゼントの当選者に選ばれました。

■当選賞品：現金 1,000,000円
■受取期限：2025年4月23日 23:59

賞金のお受け取りには、受取手続きページでの登録が必要です。
振込手数料（1,500円）のみご負担いただきます。

▼受取手続きはこちら
https://rakuten-present-win.example/prize/receive?id=0421

期限を過ぎると当選は無効となり、次点の方へ繰り上げとなります。
お早めにお手続きください。

楽天プレゼント事務局
""",
    html="""\
<html><body style="text-align:center;background:#fffbe6">
<h1 style="color:#bf0000">★☆★ 当選のお知らせ ★☆★</h1>
<p style="font-size:18px">おめでとうございます！<br>厳正なる抽選の結果、あなたが<br>「春の大感謝祭」現金100万円プレゼントの当選者に選ばれました。</p>
<p style="font-size:36px;color:#bf0000;font-weight:bold">1,000,000円</p>
<p>受取期限：2025年4月23日 23:59</p>
<p>振込手数料（1,500円）のみご負担いただきます。</p>
<p><a href="https://rakuten-present-win.example/prize/receive?id=0421" style="font-size:20px;background:#bf0000;color:#fff;padding:14px 30px;text-decoration:none">今すぐ受け取る</a></p>
<p style="font-size:11px;color:#999">楽天プレゼント事務局</p>
</body></html>
""",
    via=("rakuten-present-win.example", "unknown", "203.0.113.173"), hops=1)

add("spam/survey-01.eml", "utf-8", "base64", "2025-08-29 12:00:14",
    ("イオンお客様アンケート", "survey@aeon-enquete.example"),
    [(None, "kato.yumi@example.jp")],
    "【謝礼5,000円分】イオンご利用者アンケートへのご協力のお願い",
    None, html_only=True,
    html="""\
<html><body>
<div style="max-width:600px;margin:0 auto;font-family:sans-serif;border:1px solid #b60081">
<div style="background:#b60081;color:#fff;padding:12px;font-size:20px">お客様アンケート</div>
<div style="padding:16px;line-height:1.8">
<p>いつもご利用いただきありがとうございます。</p>
<p>サービス向上のため、かんたんなアンケート（全5問・約1分）にご協力ください。<br>
ご回答いただいた方の中から、先着300名様に<b style="color:#b60081">WAON POINT 5,000円分</b>を謝礼として進呈いたします。</p>
<p style="font-size:13px;color:#c00">※ 本日残り 27 名様で締め切りとなります。</p>
<p style="text-align:center"><a href="https://aeon-enquete.example/q/start?c=9921" style="background:#b60081;color:#fff;padding:12px 36px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:12px">※ 謝礼の付与にはお受け取り用カード情報のご入力が必要です（送料 500円をご負担いただきます）。</p>
</div></div>
</body></html>
""",
    via=("bulk03.aeon-enquete.example", "unknown", "198.51.100.99"), hops=2)

add("spam/romance-01.eml", "utf-8", "8bit", "2025-07-19 01:12:46",
    ("Emily Chen", "emily.chen88@freemail.example"),
    [(None, "hiroshi.m@example.ne.jp")],
    "こんにちは、突然のメールごめんなさい",
    """\
こんにちは、ひろしさん

突然のメールでごめんなさい。私はエミリーと申します。
シンガポール出身で、今は大阪の貿易会社で働いています。
日本語はまだ勉強中なので、変なところがあったら許してくださいね。

ある交流サイトであなたのプロフィールを見て、とても優しそうな方だと思い、
勇気を出して連絡しました。

私は日本の文化や料理が大好きで、休みの日は京都のお寺を見に行きます。
将来は日本で家庭を持ちたいと思っています。

もしよかったら、お友達になっていただけませんか？
このメールアドレスはあまり見ないので、
LINE で連絡をもらえたら嬉しいです。ID は emily_0719 です。

写真も送りますね。お返事を待っています😊

エミリー
""",
    via=("mail.freemail.example", "mail.freemail.example", "203.0.113.151"), hops=2)

add("spam/inheritance-01.eml", "iso-2022-jp", "7bit", "2024-11-05 04:41:18",
    ("弁護士 ダニエル・ワトソン", "d.watson.law@freemail.example"),
    [(None, "yamamoto.t@example.jp")],
    "ご親族の遺産相続に関する極秘のご相談",
    """\
拝啓

突然のご連絡を差し上げる無礼をお許しください。
私はロンドンで法律事務所を営む弁護士のダニエル・ワトソンと申します。

私の顧客であった故・山本健一氏（日本国籍、実業家）が、
3年前に交通事故でご家族とともに亡くなりました。
同氏は当方の銀行に 870万米ドルの預金を残しておられますが、
遺言書がなく、これまで相続人が見つかっておりません。

法律上、期限までに相続人が名乗り出ない場合、預金は国庫に没収されます。
同じ姓をお持ちのあなた様に、近親者として相続の手続きに
ご協力いただけないかと考え、ご連絡いたしました。

手続きはすべて合法であり、受け取った資金は
あなた様と私で50%ずつ分配したいと考えております。

ご興味があれば、お名前・ご住所・お電話番号・ご職業を添えて
下記の個人アドレスまでご返信ください。

d.watson.private@freemail.example

本件は極秘でお願いいたします。

敬具
ダニエル・ワトソン
""",
    via=("mail.freemail.example", "mail.freemail.example", "203.0.113.152"), hops=2)

add("spam/bec-01.eml", "iso-2022-jp", "7bit", "2025-09-10 10:22:48",
    ("片桐 誠一", "seiichi.katagiri.ceo@freemail.example"),
    [(None, "keiri@aozora-kogyo.example.co.jp")],
    "至急のお願い",
    """\
経理ご担当者様

お疲れ様です。片桐です。

現在、外出先で重要な打ち合わせ中のため、メールで失礼します。
極秘で進めている案件があり、本日中に手付金の送金が必要になりました。

詳細は後ほど説明しますが、この件は社内でもまだ公表できないため、
他の方には伝えず、このメールアドレス宛にのみ返信してください。

現在の法人口座の残高を確認し、
本日何時までに振込可能か、すぐに返信をお願いします。

振込先口座は折り返しお伝えします。

片桐 誠一
（iPhoneから送信）
""",
    headers=[("Reply-To", "seiichi.k.office@freemail.example")],
    via=("mail.freemail.example", "mail.freemail.example", "203.0.113.153"), hops=2)

add("spam/bec-02.eml", "shift_jis", "8bit", "2025-03-12 14:15:33",
    ("東和精機 営業部 石田", "ishida@towa-seiki.example.com"),
    [(None, "nakagawa@kurihara-denshi.example.co.jp")],
    "Re: 2月分ご請求書送付の件（振込先口座変更のお知らせ）",
    """\
栗原電子株式会社
購買部 中川様

いつも大変お世話になっております。
東和精機の石田でございます。

先日お送りいたしました2月分のご請求書につきまして、
弊社取引銀行の変更に伴い、今回より振込先口座が変更となりました。
お手数をおかけし大変申し訳ございませんが、
今回のお支払いより下記口座へお振込みいただけますでしょうか。

【新しいお振込先】
　銀行名：あさひ信託銀行　本店営業部
　口座種別：普通
　口座番号：0000871
　口座名義：トウワセイキ（カ

なお、旧口座は監査のため一時的に凍結されておりますので、
旧口座へのお振込みは組戻しとなってしまいます。
お手続き完了後、ご一報いただけますと幸いです。

何卒よろしくお願い申し上げます。

────────────
東和精機株式会社　営業部
石田 浩二
────────────
""",
    hcharset="iso-2022-jp",
    headers=[("Reply-To", "towa-seiki.keiri@freemail.example")],
    via=("mail.towa-seiki.example.com", "unknown", "198.51.100.233"), hops=2)

add("spam/sextortion-01.eml", "utf-8", "8bit", "2025-10-14 03:33:33",
    (None, "hiroko.w@example.ne.jp"),
    [(None, "hiroko.w@example.ne.jp")],
    "あなたのアカウントはハッキングされています。支払いを要求します",
    """\
こんにちは。

あなたは私を知らないでしょうが、私はあなたのことをよく知っています。
このメールがあなた自身のアドレスから送られていることに気付きましたか？
つまり、私はあなたのアカウントに完全にアクセスできるということです。

数か月前、あなたが訪れたアダルトサイトを通じて、
あなたのデバイスにトロイの木馬を仕込みました。
それ以来、カメラとマイク、すべての連絡先を把握しています。

あなたが何を見ながら何をしていたのか、その様子は録画済みです。
この動画を、あなたの家族や同僚全員に送ることもできます。

それを望まないなら、1,500 USD 相当のビットコインを下記アドレスに送金してください。
BTC アドレス：bc1qx0lq3ob7iiexample0000mizu9

このメールを開封した時点でタイマーが作動しています。
48時間以内に入金が確認できなければ、動画を公開します。
警察に相談しても無駄です。私の居場所は追跡できません。
""",
    via=("[192.0.2.61]", "unknown", "192.0.2.61"), hops=1)

add("spam/fake-virus-01.eml", "utf-8", "quoted-printable", "2025-02-25 23:59:02",
    ("ウイルス対策センター", "alert@security-scan-jp.example"),
    [(None, "o.murakami@example.jp")],
    "【警告】お使いのパソコンが5件のウイルスに感染しています", qsubj=True,
    text=None, html_only=True,
    html="""\
<html><body style="background:#fff">
<div style="border:4px solid #d00;max-width:560px;margin:20px auto;padding:20px;font-family:sans-serif">
<h2 style="color:#d00">⚠ システムが深刻な損傷を受けています</h2>
<p>お使いのパソコンから <b>5件のウイルス</b> が検出されました。</p>
<ul>
<li>Trojan.Win32.Agent（個人情報送信）</li>
<li>Spyware.Banker.gen（オンラインバンキング監視）</li>
<li>Adware.PopUp.Gen ほか2件</li>
</ul>
<p>直ちに駆除しないと、写真・パスワード・クレジットカード情報が盗まれ、SIMカードも破損するおそれがあります。</p>
<p style="font-size:20px;color:#d00">残り時間 <b>04:59</b></p>
<p><a href="https://security-scan-jp.example/clean?os=win" style="background:#0a0;color:#fff;padding:12px 30px;text-decoration:none;font-size:18px">今すぐスキャンして駆除する</a></p>
<p style="font-size:12px">駆除できない場合は、サポート窓口 0120-000-418 までお電話ください（24時間受付）。</p>
</div></body></html>
""",
    via=("security-scan-jp.example", "unknown", "198.51.100.170"), hops=1)

add("spam/fake-invoice-01.eml", "iso-2022-jp", "7bit", "2025-06-27 08:50:16",
    ("株式会社ミカド商事 経理部", "seikyu@mikado-shoji.example.com"),
    [(None, "somu@example.co.jp")],
    "【ご請求書送付】2025年6月分 請求書の送付について",
    """\
ご担当者様

いつもお世話になっております。
株式会社ミカド商事 経理部でございます。

2025年6月分の請求書を添付にてお送りいたします。
お手数ですがご確認のうえ、期日までにお支払いをお願いいたします。

添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお送りいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

株式会社ミカド商事
経理部　請求担当
""",
    attach=[("請求書_202506.zip", "application/zip", "zip")], fname="word",
    via=("mikado-shoji.example.com", "unknown", "192.0.2.143"), hops=2)

add("spam/fake-invoice-02.eml", "utf-8", "base64", "2025-11-18 16:07:39",
    ("支払通知サービス", "payment-notice@furikomi-tsuchi.example"),
    [(None, "accounting@example.co.jp")],
    "お支払い通知書（再送）：No.2025111800384",
    """\
お取引先各位

下記のとおりお支払い手続きが完了いたしましたので、
お支払い通知書を送付いたします。

  通知書番号：2025111800384
  お支払い金額：1,284,700円
  お支払い予定日：2025年11月20日

明細は添付の PDF をご確認ください。
添付ファイルが開けない場合は、下記ページからも閲覧できます。
https://furikomi-tsuchi.example/view?doc=2025111800384

※本メールはシステムより自動送信されています。
""",
    attach=[("お支払い通知書_2025111800384.pdf", "application/pdf", "pdf")], fname="rfc2231",
    via=("smtp4.furikomi-tsuchi.example", "unknown", "203.0.113.91"), hops=2)

add("spam/seo-sales-01.eml", "iso-2022-jp", "7bit", "2024-10-22 11:03:44",
    ("Web集客支援室 吉岡", "yoshioka@web-shukyaku-lab.example"),
    [(None, "info@sakura-seikotsu.example.jp")],
    "ホームページからのお問い合わせ数を3倍にする方法のご案内",
    """\
さくら整骨院
ご担当者様

突然のご連絡失礼いたします。
Web集客支援室の吉岡と申します。

貴院のホームページを拝見いたしました。
大変魅力的な施術内容にもかかわらず、「地域名＋整骨院」の検索結果で
上位に表示されていないため、多くの見込み患者様を逃している可能性がございます。

弊社では、整骨院・接骨院様に特化したSEO対策とMEO対策（Googleマップ上位表示）を
月額29,800円から提供しております。

【導入実績】
・A整骨院様（埼玉県）　新患数　月12名 → 月41名
・B接骨院様（大阪府）　地域検索1位を2か月で達成

現在、先着5院様限定で初期費用0円・成果が出なければ全額返金の
キャンペーンを実施しております。

15分ほどのオンライン面談で、貴院の現状を無料で診断いたします。
ご興味がございましたら、本メールにご返信ください。

※今後のご案内が不要な場合は、お手数ですが「配信停止」とご返信ください。

Web集客支援室　吉岡 大輔
""",
    via=("sv12.web-shukyaku-lab.example", "sv12.web-shukyaku-lab.example", "198.51.100.12"), hops=2)

add("spam/side-job-01.eml", "utf-8", "quoted-printable", "2025-01-08 20:30:55",
    ("在宅ワーク事務局 あかり", "akari@zaitaku-work-navi.example"),
    [(None, "mai.ikeda@example.ne.jp")],
    "【スマホ1台で】1日10分の作業で月収30万円も可能です", qsubj=True,
    text="""\
こんばんは、在宅ワーク事務局のあかりです。

「お金の不安から解放されたい」
「育児の合間に自宅でできる仕事を探している」
そんな方にぴったりのお仕事をご紹介します。

✅ スマホ1台でOK
✅ 1日10分の簡単作業
✅ 知識・経験ゼロでも大丈夫
✅ 即日報酬GET

実際に始めた主婦の方は、初月から月収8万円を達成しています。

詳しいお仕事の内容は、LINE の友だち追加でお伝えしています。
今なら登録者全員に「スタートアップ特典 3,000円」をプレゼント中♪

▼ LINE で詳細を受け取る
https://zaitaku-work-navi.example/line/add?src=mail0108

募集は残り8名様で締め切ります。お早めにどうぞ！
""",
    via=("zaitaku-work-navi.example", "unknown", "203.0.113.87"), hops=1)

add("spam/info-product-01.eml", "iso-2022-jp", "7bit", "2025-04-02 07:15:08",
    ("成功者の教え 藤堂", "todo@seikou-oshie.example"),
    [(None, "kimura.s@example.jp")],
    "【残り3名】会社員のまま年収を2倍にした“ある仕組み”を公開します",
    """\
おはようございます、藤堂です。

昨日のメールは読んでいただけましたか？

ボクは3年前まで、月給22万円のごく普通の会社員でした。
毎朝満員電車に揺られ、上司に頭を下げる毎日…。

そんなボクが、たった一つの“仕組み”を知ったことで、
今では会社に行かなくても毎月150万円以上の収入があります。

この仕組みは、
　■ パソコンが苦手でもできる
　■ 1日30分の作業だけ
　■ 初期費用はほとんどかからない
という、誰でも再現できるものです。

今回、この仕組みのすべてを解説した動画講座
「ゼロから始める自動収益プログラム」を特別に公開します。

通常価格 298,000円 のところ、
このメールを読んでいるあなたに限り 29,800円 でご案内します。

▼ 動画講座の詳細はこちら
https://seikou-oshie.example/lp/auto-income/

※残り3名様で締め切ります。
※効果には個人差があります。

藤堂 隼人

配信解除はこちら：https://seikou-oshie.example/stop/
""",
    via=("mailer.seikou-oshie.example", "unknown", "192.0.2.44"), hops=2)

add("spam/crypto-01.eml", "utf-8", "base64", "2025-05-03 19:45:12",
    ("Coin Fortune Japan", "vip@coin-fortune-jp.example"),
    [(None, "shunsuke.i@example.com")],
    "【限定公開】AI自動売買で元本10万円が3か月で280万円に",
    """\
いつもご愛読いただきありがとうございます。
Coin Fortune Japan 編集部です。

いま、投資家の間で話題になっているのが
AIによる暗号資産（仮想通貨）の自動売買ツール「ALPHA BOT」です。

・勝率 93.7%（過去12か月の実績）
・ほったらかしで 1日平均 +2.8%
・スマホで口座を連携するだけ

ビットコインの値動きが激しい今こそ、最大のチャンスです。

今回、メルマガ読者様限定で、通常 50万円のライセンスを
先着30名様に無料で提供いたします。
（運用開始には最低 10万円の入金が必要です）

▼無料ライセンスを申し込む
https://coin-fortune-jp.example/alpha/entry

※ 元本保証ではありません。投資は自己責任でお願いいたします。
""",
    html="""\
<html><body style="background:#0b1a2e;color:#fff;font-family:sans-serif">
<div style="max-width:600px;margin:0 auto;padding:20px">
<h1 style="color:#f7b500">AI自動売買「ALPHA BOT」</h1>
<p>元本 <b>10万円</b> が、3か月で <span style="font-size:30px;color:#f7b500">280万円</span> に。</p>
<ul>
<li>勝率 93.7%（過去12か月の実績）</li>
<li>ほったらかしで 1日平均 +2.8%</li>
<li>スマホで口座を連携するだけ</li>
</ul>
<p>メルマガ読者様限定：通常 50万円のライセンスを先着30名様に<b>無料</b>で提供</p>
<p><a href="https://coin-fortune-jp.example/alpha/entry" style="background:#f7b500;color:#000;padding:14px 30px;text-decoration:none">無料ライセンスを申し込む</a></p>
<p style="font-size:10px;color:#aaa">※ 元本保証ではありません。投資は自己責任でお願いいたします。</p>
</div></body></html>
""",
    via=("coin-fortune-jp.example", "unknown", "203.0.113.188"), hops=1)

add("spam/stock-invest-01.eml", "iso-2022-jp", "7bit", "2025-07-28 12:20:41",
    ("経済アナリスト 森永 健司", "morinaga@kabu-juku.example"),
    [(None, "t-hosokawa@example.ne.jp")],
    "森永です。来週、急騰が予想される銘柄を3つお伝えします",
    """\
こんにちは、経済アナリストの森永です。

新NISAが始まってから、「どの銘柄を買えばいいのかわからない」
というご相談を毎日のようにいただきます。

そこで今回、私が主宰する無料の投資勉強会で、
来週に急騰が予想される3銘柄を先行して公開することにしました。

前回公開した銘柄は、わずか2週間で +186% を記録しています。

勉強会は LINE のオープンチャットで行います。
参加費は一切かかりません。
人数に限りがありますので、ご興味のある方はお早めにご参加ください。

▼ 無料勉強会に参加する（LINE）
https://kabu-juku.example/oc/join?ref=m0728

※ 勉強会ではアシスタントの佐藤が案内を担当します。

森永 健司
""",
    via=("kabu-juku.example", "unknown", "198.51.100.63"), hops=1)

add("spam/realestate-01.eml", "shift_jis", "8bit", "2024-09-03 17:38:26",
    ("グランレジデンス 投資相談室", "soudan@grand-residence-toushi.example"),
    [(None, "nakano.y@example.co.jp")],
    "年収500万円以上の会社員の方へ　自己資金0円で始める不動産投資",
    """\
突然のご案内失礼いたします。
グランレジデンス投資相談室でございます。

「老後資金2,000万円問題」に不安を感じていらっしゃいませんか？

当社では、年収500万円以上の会社員・公務員の方を対象に、
自己資金0円から始められる都内新築ワンルームマンション投資をご提案しております。

◆家賃収入で毎月のローンを返済
◆団体信用生命保険で生命保険代わりに
◆減価償却による所得税の節税効果

ただいま、個別相談会にご参加いただいた方全員に
Amazonギフト券 20,000円分をプレゼントしております。

ご都合のよい日時を、本メールへの返信にてお知らせください。
担当者よりお電話でご案内いたします。

グランレジデンス株式会社　投資相談室
TEL 03-0000-2288
※本メールがご不要の場合は「不要」とご返信ください。
""",
    via=("mail.grand-residence-toushi.example", "unknown", "203.0.113.40"), hops=2)

add("spam/delivery-03.eml", "iso-2022-jp", "7bit", "2025-12-03 09:14:27",
    ("ヤマト運輸", "info@kuronekoyamato-delivery.example"),
    [(None, "r.shimizu@example.jp")],
    "【ヤマト運輸】お荷物お届け日時変更のお願い（配送料金不足）",
    """\
ヤマト運輸をご利用いただきありがとうございます。

お客様宛のお荷物について、配送料金の不足が確認されたため
お届けを保留しております。

　伝票番号：4829-0017-3356
　不足料金：320円

お手数ですが、下記ページより不足料金のお支払いと
お届け日時のご指定をお願いいたします。
https://kuronekoyamato-delivery.example/redeliver/4829

※お支払いが確認できない場合、お荷物は3日後に差出人様へ返送されます。

ヤマト運輸株式会社
""",
    via=("kuronekoyamato-delivery.example", "unknown", "192.0.2.77"), hops=1)

add("spam/dating-01.eml", "iso-2022-jp", "7bit", "2024-08-23 23:41:09",
    ("みさき", "misaki_love@deai-plaza.example"),
    [(None, "kenji.o@example.ne.jp")],
    "今日は会えるかな？ずっと待ってます",
    """\
こんばんは♪ みさきです。

この前プロフィール見てメッセージ送ったんだけど、届いてるかな？
なかなか返事がないから、またメールしちゃいました。

私、都内で看護師してて、夜勤明けとかは時間あるんです。
仕事ばっかりで出会いがなくて…
年上の落ち着いた男性がタイプなので、ケンジさんとお話ししたいなって。

写真もサイトの方に載せたので見てくれたら嬉しいです。
ここだと長文送れないから、続きはサイトのメッセージでね。

▼みさきのプロフィール
http://deai-plaza.example/p/misaki0823

返事待ってるね。

※このメールは出会いプラザのお知らせ機能から送信されています。
※配信停止：http://deai-plaza.example/stop
""",
    via=("mx.deai-plaza.example", "unknown", "198.51.100.31"), hops=1)

add("spam/pharmacy-01.eml", "utf-8", "quoted-printable", "2025-03-17 02:26:44",
    ("ヘルスケア通販センター", "shop@kenko-yakuhin-direct.example"),
    [(None, "watanabe.k@example.com")],
    "病院に行かずに自宅へ届く　ED治療薬・ダイエット薬 最大60%OFF", qsubj=True,
    text="""\
▼△▼ 病院に行かずに、人に知られずに ▼△▼

医師の処方が必要なお薬を、海外から個人輸入でお届けします。

■ ED治療薬（ジェネリック） 10錠 3,980円〜
■ 飲むだけダイエット薬（食欲抑制） 30錠 4,800円〜
■ AGA治療薬 90日分 5,500円〜

✔ 中身がわからない梱包でお届け
✔ 送料無料（2個以上ご購入で）
✔ 問診・処方箋は一切不要

今なら初回限定で全品最大60%OFF！
ご注文は24時間受付中です。

▼ご注文はこちら
https://kenko-yakuhin-direct.example/shop/?m=0317

※当サイトは個人輸入代行サービスです。
※配信停止をご希望の方は本メールにご返信ください。
""",
    via=("kenko-yakuhin-direct.example", "unknown", "203.0.113.110"), hops=1)

add("spam/health-food-01.eml", "euc-jp", "8bit", "2024-12-02 10:40:57",
    ("健康の森 お客様係", "info@kenkou-no-mori.example"),
    [(None, "s.maruyama@example.jp")],
    "【モニター募集】飲むだけで血糖値が下がる？話題の桑の葉エキス",
    """\
いつもお世話になっております。健康の森でございます。

健康診断の結果が気になる方へ、朗報です。

テレビでも話題の「桑の葉エキス」に、希少な「ゴーヤ酵素」を配合した
新サプリメント『糖マモール』のモニターを100名様限定で募集いたします。

【ご愛用者様の声】
「半年で数値が気にならなくなりました」（68歳・男性）
「薬に頼りたくなかったので、これに出会えてよかった」（59歳・女性）

通常価格 9,800円のところ、モニター価格は初回たったの 980円（税込）。
送料も無料でお届けします。
※2回目以降は通常価格の20%OFFでお届けする定期コースとなります。

お申し込みはこちら
https://kenkou-no-mori.example/monitor/tou/

※個人の感想であり、効果・効能を保証するものではありません。
健康の森　お客様係
""",
    via=("mail2.kenkou-no-mori.example", "unknown", "192.0.2.157"), hops=2)

add("spam/brand-copy-01.eml", "shift_jis", "8bit", "2025-02-09 06:12:35",
    ("ブランド専門店", "shop@brand-n-kyu.example"),
    [(None, "natsumi.o@example.ne.jp")],
    "★新作入荷★ 高品質スーパーコピー 財布・バッグ・時計 激安通販",
    """\
■□■ 新作入荷のお知らせ ■□■

いつもご愛顧いただきありがとうございます。
当店は高品質なブランドコピー品の専門店です。

◆ルイヴィトン　長財布　各種　　　12,800円〜
◆シャネル　マトラッセ　バッグ　　　24,800円〜
◆ロレックス　デイトナ　自動巻き　　39,800円〜

☆本物と見分けがつかないN級品
☆全品送料無料・代引き対応
☆商品到着まで安心の追跡番号付き

ご注文・お問い合わせはホームページから
http://brand-n-kyu.example/

※海外から発送するため、お届けまで7〜10日かかります。
""",
    via=("User", "unknown", "203.0.113.246"), hops=1)

add("spam/loan-01.eml", "iso-2022-jp", "7bit", "2025-08-18 15:51:20",
    ("スピード融資 相談窓口", "info@speed-yuushi.example"),
    [(None, "yamada.koji@example.jp")],
    "【審査通過のお知らせ】最大300万円まで即日ご融資可能です",
    """\
山田様

先日はお問い合わせいただき、ありがとうございました。
仮審査の結果、お客様は【審査通過】となりましたのでお知らせいたします。

　ご融資可能額　最大300万円
　実質年率　　　3.0%〜
　ご融資まで　　最短30分

他社でお借り入れがある方、ブラックの方、自己破産歴のある方でも
当社独自の審査基準でご融資いたします。

本審査へ進むには、身分証明書の画像と、
保証金（ご融資額の10%）の事前入金が必要です。
保証金は完済時に全額返金いたします。

お手続きは下記よりお願いいたします。
https://speed-yuushi.example/apply/

担当：鈴木
スピード融資 相談窓口
""",
    via=("speed-yuushi.example", "unknown", "198.51.100.222"), hops=1)

add("spam/casino-01.eml", "utf-8", "base64", "2025-10-03 21:09:18",
    ("ラッキーカジノ", "bonus@lucky-casino-jp.example"),
    [(None, "daiki.s@example.com")],
    "【入金不要】登録だけで 30ドルのボーナス＋フリースピン100回",
    """\
★ オンラインカジノ デビューキャンペーン ★

いまなら新規登録だけで
・入金不要ボーナス $30
・人気スロットのフリースピン 100回
をプレゼント！

さらに初回入金で最大 $1,000 の 100% マッチボーナス。

日本語サポート 24時間対応、出金は最短 5 分。
スマホからいつでも遊べます。

▼ 今すぐ無料登録
https://lucky-casino-jp.example/join?aff=jp1003

※ 当カジノは海外の政府ライセンスを取得して運営しています。
※ 20歳未満の方はご利用いただけません。
""",
    html="""\
<html><body style="background:#120022;color:#fff;text-align:center;font-family:sans-serif">
<img src="https://lucky-casino-jp.example/img/banner_1003.jpg" alt="LUCKY CASINO" width="600" height="200">
<h2 style="color:#ffd700">★ オンラインカジノ デビューキャンペーン ★</h2>
<p>いまなら新規登録だけで</p>
<p style="font-size:24px;color:#ffd700">入金不要ボーナス $30 ＋ フリースピン 100回</p>
<p>さらに初回入金で最大 $1,000 の 100% マッチボーナス</p>
<p>日本語サポート 24時間対応・出金は最短 5 分</p>
<p><a href="https://lucky-casino-jp.example/join?aff=jp1003" style="background:#ffd700;color:#120022;padding:16px 40px;font-weight:bold;text-decoration:none">今すぐ無料登録</a></p>
<p style="font-size:10px;color:#999">20歳未満の方はご利用いただけません。</p>
</body></html>
""",
    via=("lucky-casino-jp.example", "unknown", "192.0.2.198"), hops=2)

add("spam/yami-baito-01.eml", "utf-8", "8bit", "2025-06-13 00:22:51",
    ("高収入バイト紹介", "work.shoukai@freemail.example"),
    [(None, "riku.0412@example.ne.jp")],
    "【日給5万〜】即日払い・簡単な荷物の受け取りのお仕事",
    """\
お仕事探してませんか？

💰 日給5万円〜10万円
💰 即日現金払い
💰 面接なし・履歴書不要
💰 空いた時間だけでOK

お仕事内容は、指定された場所で荷物を受け取って
別の場所に届けるだけの簡単な運び作業です。
車・バイクがなくても大丈夫です。

詳細はテレグラムでお伝えします。
応募の際は、身分証（免許証か保険証）の写真と
ご実家の住所を送ってください。身元確認のためです。

テレグラムID：@takagaku_work77

秘密厳守です。周りに知られることはありません。
""",
    via=("mail.freemail.example", "mail.freemail.example", "203.0.113.154"), hops=2)

add("spam/lucky-goods-01.eml", "euc-jp", "base64", "2024-10-11 13:26:04",
    ("開運館 鑑定士 天河", "tenga@kaiunkan.example"),
    [(None, "emiko.h@example.jp")],
    "【鑑定結果】恵美子様の運気が11月に大きく変わります",
    """\
恵美子様

はじめまして。開運館の鑑定士、天河（てんが）と申します。

恵美子様の生年月日から運勢を拝見したところ、
この秋、これまでにない強い金運の流れが来ていることがわかりました。

ただし、このままでは、その流れを受け止める「器」が整っておらず、
せっかくの幸運が通り過ぎてしまう恐れがあります。

そこで、恵美子様のためだけに特別祈祷を施した
「黄金の龍神ブレスレット」をお届けしたいと思います。

身につけた方からは
「宝くじで高額当選した」「臨時収入が続いた」
というお声を多数いただいております。

本来 88,000円の品ですが、今回は鑑定のご縁として 19,800円でお譲りします。
11月1日までにお申し込みください。

お申し込み：https://kaiunkan.example/ryujin/

開運館　天河
""",
    via=("kaiunkan.example", "unknown", "198.51.100.84"), hops=1)

add("spam/ad-labelled-01.eml", "iso-2022-jp", "7bit", "2025-01-29 14:02:33",
    ("プレミアム通販", "mail@premium-tsuhan.example"),
    [(None, "kikuchi@example.ne.jp")],
    "未承諾広告※ 冬の在庫一掃セール開催中！羽毛布団が驚きの価格",
    """\
未承諾広告※

━━━━━━━━━━━━━━━━━━━━━━━━
　　★☆ 冬の在庫一掃セール ☆★
━━━━━━━━━━━━━━━━━━━━━━━━

【1】ホワイトダックダウン90% 羽毛掛け布団（シングル）
　　 通常価格 39,800円 → 特価 9,980円

【2】あったか毛布 2枚組
　　 通常価格 12,000円 → 特価 3,980円

【3】電気ひざ掛け
　　 通常価格 6,800円 → 特価 1,980円

数量限定につき、なくなり次第終了となります。
ご注文はこちら → https://premium-tsuhan.example/sale/

━━━━━━━━━━━━━━━━━━━━━━━━
送信者：プレミアム通販
住所：東京都千代田区0-0-0
電話：03-0000-7711
配信停止：https://premium-tsuhan.example/optout
━━━━━━━━━━━━━━━━━━━━━━━━
""",
    via=("premium-tsuhan.example", "unknown", "192.0.2.21"), hops=1)

add("spam/ad-unlabelled-01.eml", "shift_jis", "8bit", "2025-05-20 09:05:16",
    ("株式会社エコライフ", "info@eco-life-solar.example"),
    [(None, "ono.takashi@example.jp")],
    "【電気代が月1万円以上お得に】ご自宅の屋根、無料で診断しませんか？",
    """\
ご担当者様

電気代の値上がりが続いていますが、お困りではありませんか？

株式会社エコライフでは、ご自宅の屋根に太陽光パネルと蓄電池を
初期費用0円で設置できるプランをご案内しております。

■ 月々の電気代が平均12,000円削減
■ 国と自治体の補助金で最大120万円お得
■ 停電時も蓄電池で電気が使えて安心

今なら、屋根の無料診断と発電シミュレーションを実施中です。
専門スタッフがご自宅まで伺います（所要時間30分）。

補助金の受付は予算に達し次第終了となりますので、お早めにどうぞ。

お申し込みは本メールにご返信いただくか、
フリーダイヤル 0120-000-557 までお電話ください。

株式会社エコライフ
""",
    via=("[198.51.100.118]", "unknown", "198.51.100.118"), hops=1)

add("spam/fake-job-01.eml", "utf-8", "base64", "2025-09-02 11:34:57",
    ("ネクストキャリア 採用担当", "recruit@next-career-hr.example"),
    [(None, "yui.matsumoto@example.com")],
    "【書類選考通過】データ入力スタッフ（完全在宅・時給2,500円）",
    """\
松本 様

この度は弊社の求人にご関心をお寄せいただき、誠にありがとうございます。
ネクストキャリア採用担当の高田でございます。

松本様のご経歴を拝見し、書類選考を通過されましたのでご連絡いたしました。

【募集職種】データ入力スタッフ（完全在宅）
【時給】2,500円
【勤務時間】週3日・1日2時間〜（シフト自由）

次のステップとして、下記フォームより雇用契約の事前登録をお願いいたします。

・氏名、生年月日、住所
・運転免許証またはマイナンバーカードの表裏の画像
・給与振込先の口座情報（キャッシュカードの画像でも可）

https://next-career-hr.example/entry/form?id=YM0902

ご登録後、3営業日以内に業務マニュアルをお送りいたします。
応募者多数のため、9月5日までにご登録のない場合は辞退とみなします。

ネクストキャリア株式会社 採用担当 高田
""",
    via=("next-career-hr.example", "unknown", "203.0.113.97"), hops=2)


# ===========================================================================
# ham
# ===========================================================================

add("ham/bank-notice-01.eml", "iso-2022-jp", "7bit", "2025-01-24 09:31:05",
    ("ひかり銀行", "info@mail.hikari-bank.example.co.jp"),
    [(None, "k.yamaguchi@example.ne.jp")],
    "【ひかり銀行】お振込入金のお知らせ",
    """\
山口 健太 様

いつもひかり銀行をご利用いただき、ありがとうございます。
お客さまの口座に、以下のとおりお振込みによる入金がありました。

　入金日　　：2025年01月24日
　口座　　　：本店営業部　普通　***4512
　お振込人　：カ）ミドリソフトウエア
　入金金額　：312,640円

お取引の詳細は、ひかりダイレクトの入出金明細からご確認いただけます。

※本メールは入金お知らせサービスにご登録のお客さまへお送りしています。
※本メールにご返信いただいてもお答えできません。
※当行からのメールで、暗証番号やパスワードの入力をお願いすることはありません。

株式会社ひかり銀行
https://www.hikari-bank.example.co.jp/
""",
    via=("mo12.mail.hikari-bank.example.co.jp", "mo12.mail.hikari-bank.example.co.jp", "192.0.2.40"), hops=2)

add("ham/card-notice-01.eml", "utf-8", "base64", "2025-03-10 07:02:44",
    ("つばさカード", "statement@tsubasa-card.example.co.jp"),
    [(None, "miho.fujita@example.jp")],
    "【つばさカード】3月分ご利用代金明細のご案内",
    """\
藤田 美穂 様

いつもつばさカードをご利用いただき、誠にありがとうございます。
3月分のご利用代金が確定しましたのでお知らせいたします。

 お支払い日　　：2025年3月27日
 お支払い金額　：64,218円
 お引き落とし口座：ひかり銀行 ****821

ご利用明細の詳細は、会員サイト「つばさNet」にログインしてご確認ください。
https://www.tsubasa-card.example.co.jp/member/

お引き落とし日の前日までに、口座へのご入金をお願いいたします。

※このメールは送信専用アドレスからお送りしています。
※つばさカードが、メールでカード番号やセキュリティコードをおたずねすることはありません。

株式会社つばさカード
""",
    html="""\
<html><body style="font-family:sans-serif;color:#222">
<table width="600" align="center"><tr><td>
<p style="border-bottom:2px solid #1d5fa8;font-size:18px;color:#1d5fa8">つばさカード</p>
<p>藤田 美穂 様</p>
<p>いつもつばさカードをご利用いただき、誠にありがとうございます。<br>3月分のご利用代金が確定しましたのでお知らせいたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">お支払い日</th><td>2025年3月27日</td></tr>
<tr><th align="left">お支払い金額</th><td>64,218円</td></tr>
<tr><th align="left">お引き落とし口座</th><td>ひかり銀行 ****821</td></tr>
</table>
<p>ご利用明細の詳細は、<a href="https://www.tsubasa-card.example.co.jp/member/">会員サイト「つばさNet」</a>にログインしてご確認ください。</p>
<p style="font-size:12px;color:#666">※このメールは送信専用アドレスからお送りしています。<br>※つばさカードが、メールでカード番号やセキュリティコードをおたずねすることはありません。</p>
<p style="font-size:12px">株式会社つばさカード</p>
</td></tr></table>
</body></html>
""",
    via=("mta3.tsubasa-card.example.co.jp", "mta3.tsubasa-card.example.co.jp", "203.0.113.60"), hops=2)

add("ham/card-security-01.eml", "iso-2022-jp", "7bit", "2025-09-21 22:58:13",
    ("つばさカード 不正検知センター", "fraud-alert@tsubasa-card.example.co.jp"),
    [(None, "ayumi.s@example.com")],
    "【つばさカード】カードご利用確認のお願い",
    """\
佐野 あゆみ 様

つばさカード 不正検知センターです。
お客さまのカードで、通常と異なるご利用を検知しました。

　ご利用日時：2025年9月21日 22:41
　ご利用先　：ONLINE GAME STORE（海外）
　ご利用金額：32,500円（承認保留中）

不正利用防止のため、カードのご利用を一時的に保留しております。
会員サイト「つばさNet」にログインし、
［ご利用確認］メニューから、ご本人のご利用かどうかをご回答ください。

　https://www.tsubasa-card.example.co.jp/member/

本メールのリンクが不安な場合は、ブックマークや公式アプリからログインいただくか、
カード裏面の電話番号（不正検知センター・24時間受付）へお電話ください。

当社がメールやSMSで、暗証番号・セキュリティコード・ワンタイムパスワードを
おたずねすることは決してありません。

株式会社つばさカード 不正検知センター
""",
    via=("mta1.tsubasa-card.example.co.jp", "mta1.tsubasa-card.example.co.jp", "203.0.113.58"), hops=2)

add("ham/securities-01.eml", "shift_jis", "8bit", "2025-04-11 17:20:36",
    ("みなと証券", "report@minato-sec.example.co.jp"),
    [(None, "t.kondo@example.ne.jp")],
    "【みなと証券】取引報告書等の電子交付のお知らせ",
    """\
近藤 拓也 様

いつもみなと証券をご利用いただき、ありがとうございます。

下記の書面を電子交付いたしましたので、お知らせいたします。

　書面名称：取引報告書
　交付日　：2025年4月11日
　対象取引：国内株式 買付（約定日 2025年4月9日）

書面はログイン後の「電子交付書面」画面からご確認いただけます。
交付書面は5年間保存されますが、必要に応じて印刷または
PDFファイルとして保存されることをおすすめいたします。

みなと証券 ログイン
https://www.minato-sec.example.co.jp/login/

※本メールは送信専用です。ご返信いただいてもお答えできません。
※ご不明な点は、カスタマーサポート（0120-000-373）までお問い合わせください。

みなと証券株式会社
金融商品取引業者 関東財務局長（金商）第0000号
""",
    via=("out01.minato-sec.example.co.jp", "out01.minato-sec.example.co.jp", "192.0.2.52"), hops=2)

add("ham/shop-order-01.eml", "utf-8", "quoted-printable", "2025-02-14 21:47:19",
    ("こもれび雑貨店", "order@komorebi-zakka.example"),
    [(None, "saki.t@example.ne.jp")],
    "【こもれび雑貨店】ご注文ありがとうございます（注文番号 KZ-20250214-0871）", qsubj=True,
    text="""\
竹内 咲 様

この度はこもれび雑貨店をご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。

────────────────────
ご注文番号：KZ-20250214-0871
ご注文日時：2025/02/14 21:46
────────────────────
波佐見焼 マグカップ（藍）　　　2,420円 × 2
リネンキッチンクロス（生成り）　1,100円 × 1
────────────────────
小計　　　　5,940円
送料　　　　　550円
合計　　　　6,490円（税込）
お支払い方法：クレジットカード
────────────────────

商品は2〜3営業日以内に発送いたします。
発送時に改めてメールでご連絡いたします。

ご注文内容の確認・キャンセルはマイページから行えます。
https://komorebi-zakka.example/mypage/orders

こもれび雑貨店
お問い合わせ：support@komorebi-zakka.example
""",
    via=("sendmail-07.shop-system.example", "sendmail-07.shop-system.example", "198.51.100.77"), hops=2)

add("ham/shop-ship-01.eml", "iso-2022-jp", "7bit", "2024-11-29 15:08:42",
    ("やまびこ書房 オンラインストア", "shop@yamabiko-shobo.example.jp"),
    [(None, "m.ogawa@example.jp")],
    "商品発送のお知らせ【やまびこ書房】",
    """\
小川 真理子 様

やまびこ書房オンラインストアをご利用いただきありがとうございます。
ご注文の商品を本日発送いたしました。

■ご注文番号：YB-118824
■配送業者　：ゆうパック
■お問い合わせ番号：0000-1182-4455
■お届け予定：12月1日（日）午前中

【発送商品】
・『里山の植物図鑑　改訂版』　1冊
・『はじめての木工』　1冊

配送状況は、配送業者のホームページで上記お問い合わせ番号を
入力してご確認ください。
ご不在の場合は不在票が投函されますので、再配達をご依頼ください。

またのご利用をお待ちしております。

やまびこ書房 オンラインストア
https://yamabiko-shobo.example.jp/
""",
    via=("mail.yamabiko-shobo.example.jp", "mail.yamabiko-shobo.example.jp", "203.0.113.133"), hops=2)

add("ham/newsletter-01.eml", "utf-8", "quoted-printable", "2025-07-11 12:00:03",
    ("ルミエール公式ストア", "news@lumiere-store.example"),
    [(None, "natsumi.o@example.ne.jp")],
    "【今だけ最大70%OFF】サマーセール開幕！人気アイテムが続々値下げ", qsubj=True,
    text="""\
ルミエール会員の皆さま

いつもルミエール公式オンラインストアをご利用いただき、ありがとうございます。
本日12:00より、年に一度のサマーセールがスタートしました！

☀ SUMMER SALE ☀
期間：7月11日（金）12:00 〜 7月21日（月・祝）23:59
対象アイテム 最大70%OFF

■ リネンシャツ　7,990円 → 3,990円
■ ワイドパンツ　9,900円 → 4,950円
■ かごバッグ　　12,100円 → 6,050円

さらに会員さま限定で、セール価格から使える
500円OFFクーポン（5,000円以上のご購入で利用可）をご用意しました。
クーポンコード：SUMMER500

▼セール会場はこちら
https://lumiere-store.example/sale/summer2025

今だけの特別価格です。人気サイズはお早めに！

────────
このメールは、メールマガジンの配信を希望された会員さまにお送りしています。
配信停止：https://lumiere-store.example/mailmagazine/stop
株式会社ルミエール
""",
    html="""\
<html><body style="margin:0;background:#f7f3ee">
<table width="600" align="center" style="background:#fff;font-family:sans-serif">
<tr><td><img src="https://img.lumiere-store.example/mail/summer2025_main.jpg" alt="SUMMER SALE 最大70%OFF" width="600" height="320"></td></tr>
<tr><td style="padding:20px;text-align:center">
<p>期間：7月11日（金）12:00 〜 7月21日（月・祝）23:59</p>
<p style="font-size:26px;color:#c0392b;font-weight:bold">対象アイテム 最大70%OFF</p>
<p>リネンシャツ　<s>7,990円</s> → <b>3,990円</b><br>ワイドパンツ　<s>9,900円</s> → <b>4,950円</b><br>かごバッグ　<s>12,100円</s> → <b>6,050円</b></p>
<p style="border:1px dashed #c0392b;padding:10px">会員さま限定 500円OFFクーポン　コード：<b>SUMMER500</b></p>
<p><a href="https://lumiere-store.example/sale/summer2025" style="background:#333;color:#fff;padding:12px 40px;text-decoration:none">セール会場へ</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px">このメールは、メールマガジンの配信を希望された会員さまにお送りしています。<br><a href="https://lumiere-store.example/mailmagazine/stop">配信停止</a>　株式会社ルミエール</td></tr>
</table></body></html>
""",
    headers=[("List-Unsubscribe", "<https://lumiere-store.example/mailmagazine/stop?u=a81f>, <mailto:unsubscribe@lumiere-store.example>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    via=("mta-bulk2.lumiere-store.example", "mta-bulk2.lumiere-store.example", "198.51.100.150"), hops=2)

add("ham/newsletter-02.eml", "iso-2022-jp", "7bit", "2024-09-06 18:30:00",
    ("本の虫通信", "mag@honnomushi.example.jp"),
    [(None, "kimura.s@example.jp")],
    "本の虫通信 第212号 ― 秋の夜長に読みたい長編5選",
    """\
━━━━━━━━━━━━━━━━━━━━━━━━━━
　本の虫通信　第212号　2024年9月6日発行
━━━━━━━━━━━━━━━━━━━━━━━━━━

こんにちは、古書店「本の虫」店主の木下です。
朝晩はずいぶん涼しくなりました。今号は、秋の夜長に
じっくり読みたい長編小説を5冊ご紹介します。

■ 今月の5冊
1. 『雪国の手紙』（全3巻）　　　文庫・美本　1,800円
2. 『海辺の灯台守』　　　　　　　単行本・初版　2,400円
3. 『遠い町の年代記』　　　　　　文庫　　　　 600円
4. 『百年の書架』（上下）　　　　単行本　　　3,200円
5. 『夜汽車の客』　　　　　　　　文庫・帯付き　700円

■ お知らせ
9月14日（土）・15日（日）は、駅前広場の古本市に出店します。
店頭にない文庫本を300冊ほど持っていきますので、ぜひお立ち寄りください。

在庫の確認・お取り置きは、このメールへのご返信でも承ります。

━━━━━━━━━━━━━━━━━━━━━━━━━━
古書 本の虫　https://honnomushi.example.jp/
配信の変更・停止：https://honnomushi.example.jp/mag/
━━━━━━━━━━━━━━━━━━━━━━━━━━
""",
    headers=[("List-Id", "honnomushi-tsushin <mag.honnomushi.example.jp>"),
             ("List-Unsubscribe", "<https://honnomushi.example.jp/mag/>")],
    via=("www3.honnomushi.example.jp", "www3.honnomushi.example.jp", "192.0.2.166"), hops=2)

add("ham/newsletter-03.eml", "shift_jis", "base64", "2025-05-27 10:00:12",
    ("ドラッグストアみどり", "point@drug-midori.example.co.jp"),
    [(None, "kato.yumi@example.jp")],
    "【ドラッグみどり】ポイントの有効期限が近づいています（5/31まで）",
    """\
加藤 由美 様

いつもドラッグストアみどりをご利用いただきありがとうございます。

お客様のみどりポイントのうち、一部の有効期限が近づいています。

　有効期限が近いポイント：860ポイント
　有効期限：2025年5月31日

期限を過ぎたポイントは失効いたします。
1ポイント＝1円として、全店舗および公式アプリでのお買い物にご利用いただけます。

また、6月1日（日）は「ポイント5倍デー」です。
日用品・化粧品のまとめ買いにぜひご利用ください。

ポイント残高は公式アプリの会員証画面でご確認いただけます。

※本メールは、メール配信を希望された会員様にお送りしています。
※配信停止は公式アプリの「設定」から行えます。

ドラッグストアみどり
""",
    headers=[("List-Unsubscribe", "<https://www.drug-midori.example.co.jp/mail/stop>")],
    via=("mail01.drug-midori.example.co.jp", "mail01.drug-midori.example.co.jp", "203.0.113.180"), hops=2)

add("ham/saas-2fa-01.eml", "utf-8", "8bit", "2025-08-20 08:44:51",
    ("Tasklane", "no-reply@tasklane.example"),
    [(None, "t.ueda@example.co.jp")],
    "Tasklane ログイン確認コード: 284017",
    """\
上田 様

Tasklane へのログインを続けるには、次の確認コードを入力してください。

    284017

このコードの有効期限は10分です。

このログインに心当たりがない場合は、コードを誰にも伝えず、
パスワードを変更してください。Tasklane のスタッフが
このコードをおたずねすることはありません。

― Tasklane チーム
""",
    via=("o3.mail.tasklane.example", "o3.mail.tasklane.example", "198.51.100.175"), hops=2)

add("ham/saas-login-01.eml", "utf-8", "base64", "2025-02-03 23:12:30",
    ("Kumoshare セキュリティ", "security@kumoshare.example"),
    [(None, "yuki.hara@example.com")],
    "新しい端末から Kumoshare アカウントへのログインがありました",
    """\
原 由紀 さん

お使いの Kumoshare アカウントに、新しい端末からのログインがありました。

  日時：2025年2月3日 23:10（日本時間）
  端末：Chrome（Windows）
  場所：日本 神奈川県付近（おおよその位置）

ご自身によるログインであれば、対応は不要です。

心当たりがない場合は、すぐにパスワードを変更し、
アカウント設定の「ログイン中の端末」から不明な端末をログアウトさせてください。
https://kumoshare.example/settings/security

Kumoshare
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<div style="max-width:520px;margin:auto">
<p style="font-size:18px"><b>Kumoshare</b></p>
<p>原 由紀 さん</p>
<p>お使いの Kumoshare アカウントに、新しい端末からのログインがありました。</p>
<table style="background:#f4f6f8;padding:8px;width:100%">
<tr><td>日時</td><td>2025年2月3日 23:10（日本時間）</td></tr>
<tr><td>端末</td><td>Chrome（Windows）</td></tr>
<tr><td>場所</td><td>日本 神奈川県付近（おおよその位置）</td></tr>
</table>
<p>ご自身によるログインであれば、対応は不要です。</p>
<p>心当たりがない場合は、すぐにパスワードを変更し、アカウント設定の「ログイン中の端末」から不明な端末をログアウトさせてください。</p>
<p><a href="https://kumoshare.example/settings/security">セキュリティ設定を開く</a></p>
</div></body></html>
""",
    via=("mail-out.kumoshare.example", "mail-out.kumoshare.example", "203.0.113.241"), hops=2)

add("ham/saas-billing-01.eml", "utf-8", "quoted-printable", "2025-06-01 00:05:48",
    ("Notebox 請求", "billing@notebox.example"),
    [(None, "info@sakura-seikotsu.example.jp")],
    "Notebox 領収書 #NB-2025-06-004183", qsubj=True,
    text="""\
さくら整骨院 様

Notebox をご利用いただきありがとうございます。
2025年6月分のお支払いが完了しました。領収書の内容は以下のとおりです。

領収書番号：NB-2025-06-004183
お支払い日：2025年6月1日
プラン：スタンダード（3ユーザー）
期間：2025/06/01 〜 2025/06/30
小計：3,300円
消費税（10%）：330円
合計：3,630円
お支払い方法：Visa 末尾 0077

インボイス対応の領収書 PDF は、管理画面の「請求」からダウンロードできます。
https://app.notebox.example/admin/billing

登録番号：T0000000000000
Notebox 株式会社
""",
    via=("smtp-relay.notebox.example", "smtp-relay.notebox.example", "192.0.2.190"), hops=2)

add("ham/bank-otp-01.eml", "iso-2022-jp", "7bit", "2024-12-06 13:45:22",
    ("かもめ信用金庫", "net-banking@kamome-shinkin.example.jp"),
    [(None, "hirano@example.co.jp")],
    "【かもめ信用金庫】ワンタイムパスワードのお知らせ",
    """\
かもめ信用金庫 インターネットバンキングをご利用いただきありがとうございます。

お振込み手続きのワンタイムパスワードをお知らせします。

　ワンタイムパスワード：5839 2016
　有効期限：13時50分まで

このパスワードは、いまお客様が操作中のお手続きにのみ使用できます。
お手続きに心当たりがない場合は、パスワードを入力せず、
当金庫までご連絡ください。

かもめ信用金庫 インターネットバンキング ヘルプデスク
フリーダイヤル 0120-000-654（平日 9:00〜17:00）
""",
    via=("ib-mail.kamome-shinkin.example.jp", "ib-mail.kamome-shinkin.example.jp", "198.51.100.105"), hops=1)

add("ham/business-quote-01.eml", "iso-2022-jp", "7bit", "2025-03-18 16:42:10",
    ("高野 修", "o.takano@fuji-print.example.co.jp"),
    [("宮本 様", "miyamoto@harukaze-design.example.co.jp")],
    "お見積書送付の件（会社案内パンフレット印刷）",
    """\
株式会社はるかぜデザイン
宮本 様

いつも大変お世話になっております。
富士印刷の高野でございます。

先日はお打ち合わせのお時間をいただき、ありがとうございました。
ご依頼いただいておりました会社案内パンフレットの印刷につきまして、
お見積書を添付にてお送りいたします。

　・A4 中綴じ 16ページ、4色カラー、マットコート紙 135kg
　・部数：1,000部 / 2,000部 の2パターン
　・納期：校了後 7営業日

用紙を上質紙に変更された場合のお見積りも併記しております。
ご不明な点やご要望がございましたら、お気軽にお申し付けください。

引き続きよろしくお願いいたします。

──────────────────
富士印刷株式会社　営業部
高野 修（たかの おさむ）
TEL 03-0000-3321 / FAX 03-0000-3322
──────────────────
""",
    attach=[("御見積書_はるかぜデザイン様_20250318.pdf", "application/pdf", "pdf")], fname="word",
    origin=("TAKANO-PC", "192.0.2.131"),
    via=("smtp.fuji-print.example.co.jp", "smtp.fuji-print.example.co.jp", "192.0.2.130"), hops=3)

add("ham/business-invoice-01.eml", "shift_jis", "8bit", "2025-05-30 17:55:04",
    ("石田 浩二", "ishida@towa-seiki.example.com"),
    [(None, "nakagawa@kurihara-denshi.example.co.jp")],
    "5月分ご請求書送付のご案内（東和精機）",
    """\
栗原電子株式会社
購買部 中川様

いつも大変お世話になっております。
東和精機の石田でございます。

5月分のご請求書をお送りいたします。
添付のExcelファイルにて明細をご確認くださいませ。

　ご請求金額：1,864,500円（税込）
　お支払期日：2025年6月30日

【お振込先】（従来から変更ございません）
　あおば銀行　川崎支店
　当座　0001234
　トウワセイキ（カ

原本は本日郵送いたしましたので、数日中に到着するかと存じます。
振込先の変更をご案内するメールが当社名で届いた場合は、
当社からの連絡ではございませんので、お手数ですが私までお電話ください。

今後ともよろしくお願い申し上げます。

────────────
東和精機株式会社　営業部
石田 浩二
TEL 044-000-1180
────────────
""",
    hcharset="iso-2022-jp",
    attach=[("請求書_2025年5月分_栗原電子様.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")],
    fname="word",
    origin=("ISHIDA-NB02", "198.51.100.240"),
    via=("mail.towa-seiki.example.com", "mail.towa-seiki.example.com", "198.51.100.241"), hops=3)

add("ham/business-schedule-01.eml", "iso-2022-jp", "7bit", "2025-10-07 11:20:33",
    ("小松 奈々", "n.komatsu@aoba-systems.example.co.jp"),
    [(None, "t.ueda@example.co.jp"), (None, "h.matsuda@example.jp")],
    "Re: 次回定例会のお日程について",
    """\
上田様、松田様

お世話になっております。あおばシステムズの小松です。
日程のご回答をいただき、ありがとうございました。

お二人ともご都合のよい下記の日時で確定とさせてください。

　日時：10月16日（木）14:00〜15:00
　場所：オンライン（会議URLは招待状に記載しております）
　議題：第2フェーズの進捗確認、テスト計画のレビュー

カレンダーの招待状を添付しております。
資料は前日までに共有フォルダへ格納いたします。

どうぞよろしくお願いいたします。

> 小松様
> 16日の午後であれば、上田・松田ともに調整可能です。
> ご確認のほどよろしくお願いいたします。
> 上田

――
あおばシステムズ株式会社
プロジェクト推進部　小松 奈々
""",
    attach=[("定例会_1016.ics", "text/calendar", "ics")], fname="rfc2231",
    via=("mail.aoba-systems.example.co.jp", "mail.aoba-systems.example.co.jp", "203.0.113.71"), hops=2)

add("ham/business-minutes-01.eml", "iso-2022-jp", "7bit", "2024-10-25 18:06:58",
    ("吉川 隆", "yoshikawa@kurihara-denshi.example.co.jp"),
    [(None, "dev-team@kurihara-denshi.example.co.jp")],
    "【議事録】10/25 製品企画会議",
    """\
各位

お疲れさまです。吉川です。
本日の製品企画会議の議事録を共有します。
誤りや追記があれば、29日（火）までにご連絡ください。

■日時：2024年10月25日（金）15:00〜16:30
■場所：本社 第3会議室
■出席：中川、吉川、森田、谷口、久保（敬称略）

■決定事項
1. 新型センサーモジュールの試作は2案のうちB案で進める
2. 試作機の評価期間を2週間延長し、12月13日までとする
3. 展示会（2月）の出展は見送り、次年度に再検討

■宿題事項
・部品コストの再見積もり（森田）…11/8まで
・競合製品の比較表の更新（谷口）…11/1まで

■次回
11月8日（金）15:00〜　同会議室

以上、よろしくお願いします。
""",
    via=("mail.kurihara-denshi.example.co.jp", "mail.kurihara-denshi.example.co.jp", "198.51.100.44"), hops=1)

add("ham/business-contract-01.eml", "utf-8", "base64", "2025-01-16 10:12:26",
    ("堀 智子", "hori@kirameki-soft.example.com"),
    [(None, "somu@example.co.jp")],
    "保守契約更新のご案内（契約番号 KS-M-0412）",
    """\
株式会社ミドリ総研
総務部 ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
きらめきソフトの堀でございます。

現在ご契約いただいております「勤怠管理システム 保守サービス」につきまして、
2025年3月31日をもって契約期間が満了となりますので、ご案内申し上げます。

【更新後の契約内容】
・契約期間：2025年4月1日〜2026年3月31日
・年間保守料：528,000円（税込）※前年度から変更はございません
・サポート窓口受付時間：平日 9:00〜18:00

更新をご希望の場合は、2月28日までに、別途郵送する契約更新申込書に
ご捺印のうえご返送いただくか、本メールにてご一報ください。

ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願い申し上げます。

きらめきソフト株式会社
カスタマーサクセス部　堀 智子
""",
    origin=("KS-HORI-PC", "203.0.113.2"),
    via=("smtp-out.kirameki-soft.example.com", "smtp-out.kirameki-soft.example.com", "203.0.113.3"), hops=3)

add("ham/business-order-01.eml", "iso-2022-jp", "7bit", "2025-08-26 09:48:15",
    ("森田 翔", "morita@kurihara-denshi.example.co.jp"),
    [("高野 様", "o.takano@fuji-print.example.co.jp")],
    "製品カタログ増刷の発注について",
    """\
富士印刷株式会社
高野様

お世話になっております。栗原電子の森田です。

先日お見積りいただいた製品カタログの増刷について、
下記の内容で正式に発注いたします。

　品名：製品総合カタログ 2025年版（A4・32ページ）
　部数：3,000部
　単価：見積書 No.F-2508-117 のとおり
　納品希望日：9月12日（金）
　納品先：弊社 本社1階 物流センター

発注書は本日中に郵送いたします。
校正データは前回と同じく、共有フォルダにアップロード済みです。

ご確認のほど、よろしくお願いいたします。

栗原電子株式会社　営業企画部
森田 翔
""",
    via=("mail.kurihara-denshi.example.co.jp", "mail.kurihara-denshi.example.co.jp", "198.51.100.44"), hops=2)

add("ham/it-notice-01.eml", "iso-2022-jp", "7bit", "2025-06-30 10:15:04",
    ("情報システム部", "it-support@aozora-kogyo.example.co.jp"),
    [(None, "all-staff@aozora-kogyo.example.co.jp")],
    "【注意喚起】請求書を装った不審メールにご注意ください",
    """\
社員各位

情報システム部です。

本日朝から、取引先を装った不審なメールが複数の社員に届いています。
以下のような特徴のメールを受信した場合は、添付ファイルを開かず、
リンクもクリックしないでください。

−−−−−− 届いているメールの例 −−−−−−
件名：【ご請求書送付】2025年6月分 請求書の送付について
差出人：株式会社ミカド商事 経理部 <seikyu@mikado-shoji.example.com>
本文（抜粋）：
　添付ファイルはパスワード付きZIPとなっております。
　パスワードは別メールにてお送りいたします。
添付ファイル：請求書_202506.zip
−−−−−−−−−−−−−−−−−−−−−−−−−

当社はミカド商事との取引実績がありません。
パスワード付きZIPはウイルス対策ソフトの検査をすり抜けるため、
攻撃によく使われる手口です。

誤って開いてしまった場合は、LANケーブルを抜くか
Wi-Fiをオフにしたうえで、すぐに内線 2400 までご連絡ください。

情報システム部　ヘルプデスク
""",
    via=("mail.aozora-kogyo.example.co.jp", "mail.aozora-kogyo.example.co.jp", "192.0.2.100"), hops=1)

add("ham/it-notice-02.eml", "shift_jis", "8bit", "2025-02-20 15:30:27",
    ("総務部 IT担当 関口", "sekiguchi@midori-souken.example.co.jp"),
    [(None, "staff@midori-souken.example.co.jp")],
    "【周知】3/1（土）サーバーメンテナンスに伴うシステム停止について",
    """\
社員各位

総務部IT担当の関口です。
下記の日程で社内サーバーのメンテナンスを実施します。

■日時
　3月1日（土）9:00〜18:00（作業状況により前後します）

■停止するシステム
　・ファイルサーバー
　・勤怠管理システム
　・社内ポータル

■お願い
　・2月28日（金）の退社前に、開いているファイルを保存して閉じてください
　・PCの電源は切らずに、ログオフした状態にしておいてください
　　（Windows Update も同時に適用します）

メール・チャットは通常どおり利用できます。
ご不便をおかけしますが、ご協力をお願いします。

総務部　関口（内線 105）
""",
    hcharset="iso-2022-jp",
    via=("mail.midori-souken.example.co.jp", "mail.midori-souken.example.co.jp", "203.0.113.160"), hops=2)

add("ham/it-notice-03.eml", "utf-8", "8bit", "2025-11-10 09:00:41",
    ("情報セキュリティ委員会", "security-committee@harukaze-design.example.co.jp"),
    [(None, "members@harukaze-design.example.co.jp")],
    "情報セキュリティ研修（e-ラーニング）受講のお願い",
    """\
社員各位

情報セキュリティ委員会です。
今年度の情報セキュリティ研修（e-ラーニング）を開始します。

受講期間：11月10日（月）〜11月28日（金）
所要時間：約30分（確認テストを含む）
受講方法：社内ポータル →「研修」→「2025年度 情報セキュリティ研修」

今年は、実際に社内に届いた標的型メールや、
宅配業者・カード会社をかたるフィッシングの事例を中心に取り上げています。
派遣社員・業務委託の方も対象です。

期限までに受講が確認できない方には、個別にご連絡します。
ご協力をお願いします。

情報セキュリティ委員会（事務局：総務部）
""",
    via=("mail.harukaze-design.example.co.jp", "mail.harukaze-design.example.co.jp", "192.0.2.205"), hops=1)

add("ham/school-01.eml", "utf-8", "quoted-printable", "2025-01-09 16:20:00",
    ("さくら台小学校", "renraku@sakuradai-es.example.jp"),
    [(None, "kobayashi.m@example.ne.jp")],
    "【さくら台小】インフルエンザによる学級閉鎖のお知らせ（3年2組）", qsubj=True,
    text="""\
3年2組 保護者の皆様

いつも本校の教育活動にご理解とご協力をいただき、ありがとうございます。

本日、3年2組においてインフルエンザによる欠席者が増加したため、
学校医と相談のうえ、下記のとおり学級閉鎖といたします。

　期間：1月10日（金）〜1月12日（日）
　再開：1月14日（火）※13日は成人の日のため休日です

閉鎖期間中は不要不急の外出を控え、ご家庭で健康観察をお願いします。
発熱等の症状がみられた場合は、早めに医療機関を受診してください。

課題プリントは本日お子さんに持たせております。
ご不明な点は学校（担任：青木）までお問い合わせください。

さくら台小学校　校長　原田 正和
※このメールは送信専用です。
""",
    via=("mailer.school-renraku.example.jp", "mailer.school-renraku.example.jp", "198.51.100.120"), hops=2)

add("ham/pta-01.eml", "iso-2022-jp", "7bit", "2025-04-15 20:41:17",
    ("さくら台小PTA 広報委員", "pta.kouhou@example.ne.jp"),
    [(None, "pta-members@sakuradai-es.example.jp")],
    "PTA総会資料の送付と委任状提出のお願い",
    """\
保護者の皆さま

こんばんは。PTA広報委員の斉藤です。
5月10日（土）のPTA総会の資料を添付いたします。

　日時：5月10日（土）10:00〜11:00
　場所：さくら台小学校　体育館
　内容：前年度活動報告・決算報告、今年度役員の承認、活動計画・予算案

ご欠席の方は、お子さんを通じて4月30日（水）までに
委任状を担任の先生へご提出ください。
（委任状は先週配布したプリントの下半分です）

上履きとスリッパ袋をお持ちください。
ご不明な点は広報委員までご連絡ください。

さくら台小学校PTA　広報委員会　斉藤
""",
    attach=[("2025年度PTA総会資料.pdf", "application/pdf", "pdf")], fname="rfc2231-only",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.26"), hops=2)

add("ham/chonaikai-01.eml", "euc-jp", "8bit", "2024-08-30 19:12:44",
    ("緑町三丁目町内会 防災部", "bousai@midoricho3.example.jp"),
    [(None, "suzuki.fam@example.ne.jp")],
    "防災訓練のご案内（9月1日 防災の日）",
    """\
町内会員の皆さまへ

いつも町内会の活動にご協力いただき、ありがとうございます。
防災部の田村です。

防災の日にあわせて、今年も町内の防災訓練を行います。

日時：9月1日（日）午前9時〜11時（小雨決行）
集合：緑町公園（広域避難場所）
内容：
　・消火器の使い方（消防署の方が指導してくださいます）
　・起震車による地震体験
　・非常食の試食と配布（アルファ米、保存水）
　・安否確認の練習（玄関に「無事です」タオルを掛けてください）

ご高齢の方や小さなお子さん連れの方もぜひご参加ください。
お手伝いいただける方は、8時30分に公園の倉庫前へお集まりください。

緑町三丁目町内会　防災部　田村
""",
    via=("www.midoricho3.example.jp", "www.midoricho3.example.jp", "203.0.113.211"), hops=2)

add("ham/mansion-01.eml", "shift_jis", "8bit", "2025-09-05 11:30:09",
    ("グリーンハイツ管理事務所", "kanri@greenheights-kanri.example.co.jp"),
    [(None, "r.shimizu@example.jp")],
    "【グリーンハイツ】給水ポンプ更新工事に伴う断水のお知らせ",
    """\
グリーンハイツ　居住者各位

いつも管理業務にご協力いただき、ありがとうございます。

管理組合総会で承認された給水ポンプ更新工事を、下記のとおり実施いたします。
工事中は全戸で断水となりますので、ご理解とご協力をお願いいたします。

■断水日時
　9月18日（木）午前10時〜午後3時

■お願い
　・断水前に、飲料水やトイレ用の水をくみ置きしてください
　・工事中は蛇口を閉めておいてください
　・断水解除後、しばらくは濁った水が出ることがあります。
　　透明になるまで流してからご使用ください

作業の進み具合により、時間が前後する場合がございます。
ご不明な点は管理事務所（平日9時〜17時）までお問い合わせください。

グリーンハイツ管理組合 / 管理会社：みのり住宅管理株式会社
""",
    via=("mail.greenheights-kanri.example.co.jp", "mail.greenheights-kanri.example.co.jp", "192.0.2.214"), hops=2)

add("ham/personal-01.eml", "iso-2022-jp", "7bit", "2024-11-18 21:03:45",
    ("岡田 和子", "kazuko.okada@example.ne.jp"),
    [(None, "s-okada@example.ne.jp")],
    "みかん送りました",
    """\
しょうへいへ

元気にしていますか。寒くなってきたけど風邪ひいてない？

今日、おじいちゃんの畑のみかんを一箱送りました。
明後日の午前中に届くと思います。
今年は甘くてとても美味しいから、会社の人にも分けてあげてね。
箱の底に、お父さんが作った干し柿も入れておきました。

お正月は何日に帰ってこられそうですか？
決まったら教えてください。お布団を干しておきます。

ちゃんとご飯食べるのよ。

母より
""",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.27"), hops=2)

add("ham/personal-02.eml", "utf-8", "8bit", "2025-04-04 22:17:36",
    ("なっちゃん", "natsuki.w@example.com"),
    [(None, "ayumi.s@example.com")],
    "Re: 来週のお花見どうする？",
    """\
あゆみ〜

返信遅くなってごめん！
来週の土曜、私も行けるよ🌸

場所は去年と同じ川沿いの公園でいいよね？
お昼ちょっと前に集合して、場所取りは私と旦那でやっとく！
あゆみはレジャーシート持ってきてくれると助かるー

食べ物は各自持ち寄りにしよっか。
私は唐揚げと卵焼き作っていくね。
飲み物はコンビニで買えばいいかな。

雨だったら、うちでたこ焼きパーティーに変更で😆

なつき

> なっちゃん、来週のお花見どうする？
> 土曜なら空いてるよ〜
""",
    via=("mail.freemail.example", "mail.freemail.example", "203.0.113.155"), hops=2)

add("ham/personal-03.eml", "utf-8", "base64", "2025-08-17 19:58:02",
    ("Kenta Maeda", "k.maeda@example.jp"),
    [(None, "daiki.s@example.com"), (None, "riku.0412@example.ne.jp")],
    "北海道旅行の写真、共有したよ",
    """\
大輝、陸

おつかれ！北海道楽しかったな。
写真をまとめて共有フォルダに上げといた。

https://photos.kumoshare.example/album/hokkaido2025

全部で 214 枚。美瑛の青い池とジンギスカンの写真がいい感じ。
陸が寝てる写真もあるけど消さないでおく（笑）

立て替えてもらったレンタカー代とガソリン代、
3人で割ったら1人 12,400円だった。
今週中に振り込むから、口座をLINEで送っといて。

次は冬にスノボ行こうぜ。

健太
""",
    via=("smtp.example.jp", "smtp.example.jp", "198.51.100.61"), hops=2)

add("ham/ml-01.eml", "iso-2022-jp", "7bit", "2025-03-06 13:27:51",
    (None, "tanigawa@example.jp"),
    [(None, "kansai-net@ml.example.jp")],
    "[kansai-net:03417] Re: unbound の DNSSEC 検証が失敗する",
    """\
谷川です。

On Thu, 6 Mar 2025 11:02:18 +0900
"Fujii" <fujii@example.co.jp> wrote:
> unbound 1.19 に上げてから、一部のドメインだけ SERVFAIL になります。
> unbound-host -v で見ると "validation failure" と出ています。
> 設定は前のバージョンと同じです。

サーバーの時刻はずれていませんか？
DNSSEC の署名には有効期間があるので、時計が大きくずれていると
検証に失敗します。うちでも以前、RTC の電池切れで同じ症状が出ました。

  $ timedatectl
  $ chronyc tracking

あとは、trust anchor が古いままになっている可能性もあります。
auto-trust-anchor-file の設定と、ファイルの更新日時を確認してみてください。

  server:
      auto-trust-anchor-file: "/var/lib/unbound/root.key"

それでもだめなら、unbound-control で該当ドメインのキャッシュを消して、
verbosity: 3 でログを取ってみると原因がわかると思います。

--
谷川 悟
""",
    headers=[("List-Id", "kansai-net <kansai-net.ml.example.jp>"),
             ("X-ML-Name", "kansai-net"), ("X-ML-Count", "3417"),
             ("In-Reply-To", "<20250306110218.9a1f@example.co.jp>"),
             ("Precedence", "list")],
    via=("ml.example.jp", "ml.example.jp", "192.0.2.8"), hops=2)

add("ham/ml-02.eml", "utf-8", "8bit", "2025-10-22 08:41:19",
    ("Naoki Kubo", "n.kubo@example.com"),
    [(None, "gophers-ja@lists.example.jp")],
    "Re: [gophers-ja] context のキャンセルが伝わらない",
    """\
久保です。

2025年10月21日(火) 22:05 Sayaka Mori <s.mori@example.jp>:
> http.Client でリクエストを投げている goroutine に
> ctx を渡しているのに、cancel() しても止まりません。
>
>   req, _ := http.NewRequest("GET", url, nil)
>   resp, err := client.Do(req)

NewRequest ではなく NewRequestWithContext を使う必要があります。
NewRequest で作ったリクエストは context.Background() を持っているので、
外側の ctx をキャンセルしても Do には伝わりません。

  req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
  if err != nil {
      return err
  }
  resp, err := client.Do(req)

あと、resp.Body の Close を忘れると接続が再利用されないので、
defer resp.Body.Close() も入れておくとよいと思います。

--
Naoki Kubo
""",
    headers=[("List-Id", "<gophers-ja.lists.example.jp>"),
             ("List-Post", "<mailto:gophers-ja@lists.example.jp>"),
             ("In-Reply-To", "<CAF0x9q2mori@example.jp>")],
    via=("lists.example.jp", "lists.example.jp", "203.0.113.14"), hops=2)

add("ham/ml-03.eml", "euc-jp", "base64", "2024-07-02 23:48:10",
    (None, "kishimoto@univ.example.jp"),
    [(None, "tex-users@ml.univ.example.jp")],
    "[tex-users 1288] 表の中で脚注を使うには",
    """\
岸本です。

修士論文を書いていて、tabular 環境の中で \\footnote を使うと
脚注の本文が出力されないことに気付きました。

  \\begin{table}[tb]
    \\centering
    \\begin{tabular}{lrr}
      手法 & 精度 & 時間\\footnote{GPU 1枚で計測} \\\\
    \\end{tabular}
  \\end{table}

番号だけは本文中に付くのですが、ページ下に脚注が出てきません。
\\footnotemark と \\footnotetext を分ければよい、という記事を見つけたのですが、
table 環境がフロートしてページをまたいだときに番号がずれないか心配です。

皆さんはどのように書いていますか？
threeparttable を使う方法が無難でしょうか。

--
岸本 遥（情報学研究科 M2）
""",
    headers=[("List-Id", "tex-users.ml.univ.example.jp"),
             ("X-ML-Name", "tex-users"), ("X-ML-Count", "1288")],
    via=("ml.univ.example.jp", "ml.univ.example.jp", "198.51.100.3"), hops=2)

add("ham/recruit-01.eml", "iso-2022-jp", "7bit", "2025-06-10 14:05:52",
    ("みなと証券 採用担当", "saiyo@minato-sec.example.co.jp"),
    [(None, "yui.matsumoto@example.com")],
    "【みなと証券】二次面接日程のご案内",
    """\
松本 結衣 様

みなと証券株式会社　人事部　採用担当の西田でございます。
先日は一次面接にお越しいただき、誠にありがとうございました。

選考の結果、松本様には二次面接にお進みいただきたく、ご連絡いたしました。
お手数ですが、下記の候補日時からご都合のよいものを
6月13日（金）までに本メールへのご返信にてお知らせください。

　1. 6月17日（火）10:00〜11:00
　2. 6月18日（水）15:00〜16:00
　3. 6月20日（金）13:00〜14:00

面接は本社（東京都中央区0-0-0 みなとビル8階）にて、
部長2名が担当いたします。所要時間は約1時間です。

ご不明な点がございましたら、お気軽にお問い合わせください。
どうぞよろしくお願いいたします。

みなと証券株式会社　人事部　採用担当　西田
TEL 03-0000-6120（平日9:00〜17:30）
""",
    via=("out02.minato-sec.example.co.jp", "out02.minato-sec.example.co.jp", "192.0.2.53"), hops=2)

add("ham/recruit-02.eml", "utf-8", "quoted-printable", "2025-12-12 18:22:40",
    ("三浦 亮", "r.miura@aoba-systems.example.co.jp"),
    [(None, "kazuya.n@example.ne.jp")],
    "内定のご連絡と今後の手続きについて", qsubj=True,
    text="""\
中村 和也 様

あおばシステムズ株式会社 人事部の三浦です。
先日は最終面接にお越しいただき、ありがとうございました。

慎重に選考を進めました結果、中村様を採用させていただくことが決定いたしました。
心よりお祝い申し上げます。

入社日や処遇などの条件は、別途郵送する「労働条件通知書」に記載しております。
内容をご確認のうえ、同封の内定承諾書にご署名いただき、
12月26日（金）までにご返送いただけますでしょうか。

現職のご都合で入社日の調整が必要な場合は、遠慮なくご相談ください。
一緒に働けることを、配属予定のチーム一同楽しみにしております。

あおばシステムズ株式会社　人事部
三浦 亮
""",
    origin=("MIURA-NB", "203.0.113.70"),
    via=("mail.aoba-systems.example.co.jp", "mail.aoba-systems.example.co.jp", "203.0.113.71"), hops=3)

add("ham/travel-01.eml", "utf-8", "base64", "2025-07-02 10:33:18",
    ("ホテル海風 箱根", "reserve@hotel-umikaze.example.jp"),
    [(None, "kobayashi.m@example.ne.jp")],
    "【ご予約確認】ホテル海風 箱根　8月9日ご宿泊",
    """\
小林 美咲 様

このたびはホテル海風 箱根をご予約いただき、誠にありがとうございます。
下記の内容でご予約を承りました。

予約番号：UK-250709-3381
ご宿泊日：2025年8月9日（土）〜8月10日（日）1泊
お部屋　：和洋室（露天風呂付き）1室
ご人数　：大人2名・小人1名
ご夕食　：会席料理（18:30〜）
料金合計：68,200円（税・サービス料込、入湯税別）
お支払い：現地払い

チェックイン 15:00〜 / チェックアウト 〜11:00

【キャンセル料】
前日 30%、当日 80%、無連絡不泊 100%

ご予約内容の変更・取消は、下記ページまたはお電話で承ります。
https://hotel-umikaze.example.jp/reserve/confirm?no=UK-250709-3381

皆さまのお越しをスタッフ一同心よりお待ちしております。
ホテル海風 箱根　TEL 0460-00-0000
""",
    html="""\
<html><body style="font-family:serif;color:#2b2b2b">
<div style="max-width:600px;margin:auto;border-top:6px solid #1f4e79">
<h2 style="color:#1f4e79">ホテル海風 箱根</h2>
<p>小林 美咲 様</p>
<p>このたびはホテル海風 箱根をご予約いただき、誠にありがとうございます。<br>下記の内容でご予約を承りました。</p>
<table cellpadding="5" style="border:1px solid #ccc">
<tr><td>予約番号</td><td>UK-250709-3381</td></tr>
<tr><td>ご宿泊日</td><td>2025年8月9日（土）〜8月10日（日）1泊</td></tr>
<tr><td>お部屋</td><td>和洋室（露天風呂付き）1室</td></tr>
<tr><td>ご人数</td><td>大人2名・小人1名</td></tr>
<tr><td>ご夕食</td><td>会席料理（18:30〜）</td></tr>
<tr><td>料金合計</td><td>68,200円（税・サービス料込、入湯税別）</td></tr>
<tr><td>お支払い</td><td>現地払い</td></tr>
</table>
<p>キャンセル料：前日 30%、当日 80%、無連絡不泊 100%</p>
<p><a href="https://hotel-umikaze.example.jp/reserve/confirm?no=UK-250709-3381">ご予約内容の確認・変更</a></p>
<p>皆さまのお越しをスタッフ一同心よりお待ちしております。</p>
</div></body></html>
""",
    via=("mail.hotel-umikaze.example.jp", "mail.hotel-umikaze.example.jp", "198.51.100.165"), hops=2)

add("ham/travel-02.eml", "utf-8", "quoted-printable", "2025-02-21 20:14:55",
    ("そよかぜ航空", "eticket@soyokaze-air.example.jp"),
    [(None, "n.takeuchi@example.co.jp")],
    "【そよかぜ航空】ご搭乗案内・eチケットお客様控え（予約番号 QX7P2M）", qsubj=True,
    text="""\
竹内 典子 様

そよかぜ航空をご利用いただき、ありがとうございます。
ご予約の航空券の購入が完了しました。

予約番号：QX7P2M
ご搭乗者：TAKEUCHI/NORIKO MS

【往路】3月14日（金）SZ 215　東京(羽田) 08:10 → 福岡 10:05
【復路】3月16日（日）SZ 230　福岡 18:40 → 東京(羽田) 20:15

お支払い金額：38,460円

eチケットお客様控えを添付しております。
当日は保安検査場に出発時刻の20分前までにお越しください。
オンラインチェックインは出発の24時間前から可能です。
https://www.soyokaze-air.example.jp/checkin/

マイルは搭乗後3日ほどで積算されます。

そよかぜ航空
""",
    attach=[("eticket_QX7P2M.pdf", "application/pdf", "pdf")], fname="rfc2231",
    via=("notice.soyokaze-air.example.jp", "notice.soyokaze-air.example.jp", "203.0.113.230"), hops=2)

add("ham/clinic-01.eml", "shift_jis", "base64", "2025-10-27 09:10:00",
    ("はなみずき小児科", "info@hanamizuki-kids.example.jp"),
    [(None, "kato.yumi@example.jp")],
    "予防接種のご予約確認（11月1日）",
    """\
加藤 様

はなみずき小児科です。
下記のとおり、予防接種のご予約を承っております。

　お子さまのお名前：加藤 さくら ちゃん
　ご予約日時：11月1日（土）10:30
　接種内容：インフルエンザワクチン（2回目）

【当日お持ちいただくもの】
　・母子健康手帳
　・予診票（ご自宅で記入してお持ちください）
　・保険証・医療証

当日朝に37.5度以上の熱がある場合は接種できません。
キャンセル・変更は、前日までにWeb予約画面またはお電話でお願いします。

はなみずき小児科　TEL 045-000-2525
""",
    via=("mail.hanamizuki-kids.example.jp", "mail.hanamizuki-kids.example.jp", "192.0.2.181"), hops=2)

add("ham/city-01.eml", "iso-2022-jp", "7bit", "2025-05-15 08:30:00",
    ("ひばりの市 くらし安全課", "anzen-mail@city.hibarino.example.jp"),
    [(None, "suzuki.fam@example.ne.jp")],
    "【ひばりの市メール配信】特殊詐欺の予兆電話が多発しています",
    """\
ひばりの市からのお知らせです。

本日、市内で市役所職員をかたる不審な電話が相次いでいます。

「医療費の還付金があります。手続きの期限が今日までなので、
近くのATMに行って携帯電話で連絡してください」

といった内容です。

市役所や税務署、年金事務所などの職員が、ATMでの手続きをお願いすることは
絶対にありません。このような電話があった場合はすぐに電話を切り、
ご家族や警察相談専用電話（#9110）にご相談ください。

離れて暮らすご家族にも、ぜひ声かけをお願いします。

ひばりの市 市民生活部 くらし安全課
※このメールは「ひばりの市メール配信サービス」に登録された方へお送りしています。
配信の変更・解除：https://mail.city.hibarino.example.jp/
""",
    via=("mail.city.hibarino.example.jp", "mail.city.hibarino.example.jp", "198.51.100.130"), hops=2)

add("ham/insurance-01.eml", "utf-8", "quoted-printable", "2025-11-04 10:00:27",
    ("あんしん損保", "info@anshin-sonpo.example.co.jp"),
    [(None, "yamada.koji@example.jp")],
    "【あんしん損保】自動車保険 満期のご案内（証券番号末尾 -5521）", qsubj=True,
    text="""\
山田 浩二 様

いつもあんしん損保をご利用いただき、ありがとうございます。
ご契約中の自動車保険が、まもなく満期を迎えます。

 証券番号　：AS-00-0000-5521
 満期日　　：2025年12月10日
 ご継続後の保険料（年払）：58,740円
   ※等級が1つ上がり、前年より3,120円お安くなります

補償内容に変更がない場合は、マイページから数分でご継続いただけます。
https://www.anshin-sonpo.example.co.jp/mypage/

運転される方の範囲や、年間走行距離に変更がある場合は、
ご継続手続きの際に必ずお知らせください。

満期日までにお手続きがない場合、補償が途切れますのでご注意ください。

あんしん損害保険株式会社
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<div style="max-width:600px;margin:auto">
<div style="background:#2e8b57;color:#fff;padding:10px">あんしん損保</div>
<p>山田 浩二 様</p>
<p>ご契約中の自動車保険が、まもなく満期を迎えます。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>証券番号</td><td>AS-00-0000-5521</td></tr>
<tr><td>満期日</td><td>2025年12月10日</td></tr>
<tr><td>ご継続後の保険料（年払）</td><td>58,740円<br><small>等級が1つ上がり、前年より3,120円お安くなります</small></td></tr>
</table>
<p>補償内容に変更がない場合は、<a href="https://www.anshin-sonpo.example.co.jp/mypage/">マイページ</a>から数分でご継続いただけます。</p>
<p>満期日までにお手続きがない場合、補償が途切れますのでご注意ください。</p>
<p style="font-size:12px">あんしん損害保険株式会社</p>
</div></body></html>
""",
    via=("mo5.anshin-sonpo.example.co.jp", "mo5.anshin-sonpo.example.co.jp", "192.0.2.225"), hops=2)

add("ham/reunion-01.eml", "iso-2022-jp", "7bit", "2025-06-22 21:36:14",
    ("幹事 村上", "o.murakami@example.jp"),
    [(None, "class3-2006@example.ne.jp")],
    "【同窓会】緑ヶ丘高校 2006年卒 3年C組 クラス会のお知らせ",
    """\
3年C組のみんなへ

ご無沙汰しています。幹事の村上（旧姓 佐藤）です。
卒業して来年で20年になるので、久しぶりにクラス会をやることにしました！

　日時：8月16日（土）18:00〜20:30
　場所：駅前「居酒屋 いろり」2階座敷
　会費：6,000円（飲み放題付き）

担任だった大橋先生も来てくださる予定です。

出欠を7月20日（日）までに、このメールへの返信で教えてください。
連絡先がわからない人がまだ10人くらいいるので、
つながっている人がいたら、この案内を転送してもらえると助かります。

久しぶりにみんなに会えるのを楽しみにしています！

幹事　村上 音羽（旧姓 佐藤）
""",
    via=("smtp.example.jp", "smtp.example.jp", "198.51.100.61"), hops=2)

add("ham/greeting-01.eml", "utf-8", "8bit", "2025-01-01 08:12:05",
    ("岡田 翔平", "s-okada@example.ne.jp"),
    [(None, "kenji.o@example.ne.jp")],
    "あけましておめでとうございます",
    """\
健二おじさん

あけましておめでとうございます。
旧年中は大変お世話になりました。

昨年は就職祝いをいただき、本当にありがとうございました。
おかげさまで仕事にもだいぶ慣れて、
春からは新しいプロジェクトも任せてもらえることになりました。

3日に実家に帰るので、その時にご挨拶に伺います。
おばさんにもよろしくお伝えください。

本年もどうぞよろしくお願いいたします。

翔平
""",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.27"), hops=2)

add("ham/greeting-02.eml", "shift_jis", "8bit", "2024-12-25 16:48:31",
    ("富士印刷 高野", "o.takano@fuji-print.example.co.jp"),
    [(None, "morita@kurihara-denshi.example.co.jp")],
    "年末のご挨拶と年末年始休業のお知らせ",
    """\
栗原電子株式会社
森田様

いつも大変お世話になっております。富士印刷の高野です。

本年も格別のお引き立てを賜り、誠にありがとうございました。
カタログ増刷の際には、短い納期にもかかわらず
細やかなご対応をいただき、大変助かりました。

誠に勝手ながら、弊社の年末年始休業は下記のとおりとさせていただきます。

　休業期間：12月28日（土）〜1月5日（日）

休業期間中にいただいたご連絡は、1月6日（月）以降に順次対応いたします。

来年も変わらぬご愛顧のほど、よろしくお願い申し上げます。
どうぞ良いお年をお迎えください。

富士印刷株式会社　営業部　高野 修
""",
    hcharset="iso-2022-jp",
    origin=("TAKANO-PC", "192.0.2.131"),
    via=("smtp.fuji-print.example.co.jp", "smtp.fuji-print.example.co.jp", "192.0.2.130"), hops=3)

add("ham/event-01.eml", "utf-8", "base64", "2025-09-09 12:15:40",
    ("みどり総研 セミナー事務局", "seminar@midori-souken.example.co.jp"),
    [(None, "hasegawa.j@example.com")],
    "【ご招待】中小企業のためのDX実践セミナー（10/8 開催・参加無料）",
    """\
長谷川 淳 様

平素より大変お世話になっております。
株式会社ミドリ総研 セミナー事務局でございます。

日頃お取引いただいているお客様を対象に、
下記のセミナーを開催いたしますので、ご案内申し上げます。

■ 中小企業のためのDX実践セミナー
　〜紙とExcelの業務を、無理なくクラウドへ〜
　日時：2025年10月8日（水）14:00〜16:30（受付 13:30〜）
　会場：ミドリ総研 本社セミナールーム（オンライン同時配信）
　定員：会場30名／オンライン100名
　参加費：無料

当日は、実際に業務の電子化を進めた3社の担当者様に
導入の苦労話や失敗談もお話しいただく予定です。

お申し込みは下記ページからお願いいたします（10月1日締切）。
https://www.midori-souken.example.co.jp/seminar/dx2025/

株式会社ミドリ総研　セミナー事務局
""",
    html="""\
<html><body style="font-family:sans-serif">
<div style="max-width:620px;margin:auto;border:1px solid #ddd;padding:20px">
<p style="color:#2d6a4f;font-weight:bold">株式会社ミドリ総研 セミナーのご案内</p>
<p>長谷川 淳 様</p>
<p>日頃お取引いただいているお客様を対象に、下記のセミナーを開催いたしますので、ご案内申し上げます。</p>
<h3 style="border-left:5px solid #2d6a4f;padding-left:8px">中小企業のためのDX実践セミナー<br><small>〜紙とExcelの業務を、無理なくクラウドへ〜</small></h3>
<ul>
<li>日時：2025年10月8日（水）14:00〜16:30（受付 13:30〜）</li>
<li>会場：ミドリ総研 本社セミナールーム（オンライン同時配信）</li>
<li>定員：会場30名／オンライン100名</li>
<li>参加費：無料</li>
</ul>
<p>当日は、実際に業務の電子化を進めた3社の担当者様に、導入の苦労話や失敗談もお話しいただく予定です。</p>
<p><a href="https://www.midori-souken.example.co.jp/seminar/dx2025/">お申し込みはこちら（10月1日締切）</a></p>
</div></body></html>
""",
    via=("mail.midori-souken.example.co.jp", "mail.midori-souken.example.co.jp", "203.0.113.160"), hops=2)

add("ham/campaign-winner-01.eml", "iso-2022-jp", "7bit", "2025-03-25 15:02:48",
    ("こだま醤油 キャンペーン事務局", "campaign@kodama-shoyu.example.co.jp"),
    [(None, "emiko.h@example.jp")],
    "【当選のお知らせ】こだま醤油 創業百周年プレゼントキャンペーン",
    """\
平田 恵美子 様

このたびは「こだま醤油 創業百周年プレゼントキャンペーン」に
ご応募いただき、誠にありがとうございました。

厳正なる抽選の結果、平田様が下記の賞品に当選されましたので、
お知らせいたします。おめでとうございます。

　賞品：B賞　百周年記念 特選醤油ギフトセット
　発送予定：2025年4月中旬

賞品は、ご応募時にご登録いただいたご住所へお送りいたします。
ご住所に変更がある場合は、4月4日（金）までに
本メールにご返信のうえお知らせください。

※当選の権利は、ご本人様のみ有効です。
※当キャンペーンで、送料や手数料をご請求することは一切ございません。
※当選者の発表は、賞品の発送をもってかえさせていただきます（本メールは当選者様のみにお送りしています）。

こだま醤油株式会社　百周年キャンペーン事務局
お問い合わせ：0120-000-960（平日10:00〜17:00）
""",
    via=("mail.kodama-shoyu.example.co.jp", "mail.kodama-shoyu.example.co.jp", "192.0.2.93"), hops=2)

add("ham/shareholders-01.eml", "iso-2022-jp", "7bit", "2025-06-04 09:00:15",
    ("あおば精工 株式事務", "kabushiki@aoba-seiko.example.co.jp"),
    [(None, "shunsuke.i@example.com")],
    "第78回定時株主総会招集ご通知（電子提供措置事項）のご案内",
    """\
株主各位

平素は格別のご高配を賜り、厚く御礼申し上げます。

当社第78回定時株主総会を下記のとおり開催いたしますので、
ご通知申し上げます。本総会の招集ご通知（電子提供措置事項）を添付いたします。

　日時：2025年6月26日（木）午前10時
　場所：本社 3階 大会議室
　目的事項：
　　報告事項　第78期事業報告および計算書類報告の件
　　決議事項　第1号議案　剰余金処分の件
　　　　　　　第2号議案　取締役5名選任の件

当日ご出席されない場合は、インターネットまたは郵送により
議決権を行使することができます。
6月25日（水）午後5時30分までに行使していただきますようお願い申し上げます。

議決権行使ウェブサイト：https://evote.aoba-seiko.example.co.jp/

あおば精工株式会社　総務部 株式事務担当
""",
    attach=[("第78回定時株主総会招集ご通知.pdf", "application/pdf", "pdf")], fname="rfc2231",
    via=("mail.aoba-seiko.example.co.jp", "mail.aoba-seiko.example.co.jp", "198.51.100.88"), hops=2)

add("ham/newsletter-04.eml", "utf-8", "quoted-printable", "2025-10-17 19:00:00",
    ("たびまど", "news@tabimado.example"),
    [(None, "r.shimizu@example.jp")],
    "【72時間限定タイムセール】国内ホテル最大50%OFF＋今だけクーポン", qsubj=True,
    text=None, html_only=True,
    html="""\
<html><body style="margin:0;background:#eef4f8">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:sans-serif">
<tr><td style="background:#0a7cc1;color:#fff;padding:12px;font-size:20px">たびまど</td></tr>
<tr><td style="padding:20px">
<p>清水 涼 様</p>
<p>いつも「たびまど」をご利用いただきありがとうございます。<br>
今週末から72時間限定のタイムセールを開催します！</p>
<p style="font-size:24px;color:#e0301e;font-weight:bold">国内ホテル・旅館 最大50%OFF</p>
<p>セール期間：10月17日（金）19:00 〜 10月20日（月）18:59</p>
<p>さらに会員さま限定で、1泊15,000円以上のご予約に使える<br><b>2,000円OFFクーポン</b>を今だけプレゼント。</p>
<p style="text-align:center"><a href="https://tabimado.example/sale/72h?utm_source=mail" style="background:#e0301e;color:#fff;padding:12px 36px;text-decoration:none">セール対象の宿を見る</a></p>
<p style="font-size:12px;color:#666">※ クーポンはお一人様1回限り、先着順です。<br>※ 表示の割引率は通常料金との比較です。</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px">このメールは「たびまど」のメールマガジン配信を希望された方にお送りしています。<br>
<a href="https://tabimado.example/account/mail-settings">配信停止・設定変更</a>　株式会社たびまど</td></tr>
</table></body></html>
""",
    headers=[("List-Unsubscribe", "<https://tabimado.example/account/mail-settings?u=7c21>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    via=("bulk1.tabimado.example", "bulk1.tabimado.example", "203.0.113.199"), hops=2)

add("ham/shop-order-02.eml", "utf-8", "8bit", "2025-04-25 06:00:33",
    ("まきば牧場 定期便", "teiki@makiba-farm.example.jp"),
    [(None, "m.kaneko@example.jp")],
    "【まきば牧場】5月分定期便のお届け内容確定のお知らせ",
    """\
金子 真由美 様

いつもまきば牧場の定期便をご利用いただき、ありがとうございます。
5月分のお届け内容が確定しましたのでお知らせします。

■お届け予定日：5月2日（金）
■お届け内容
　・ノンホモ牛乳 900ml × 3本
　・のむヨーグルト（プレーン）500ml × 2本
　・季節のチーズ「若葉」1個
■お支払い金額：4,380円（税・送料込）

ゴールデンウィーク期間中は配送が混み合うため、
お届けが1日ほど遅れる場合がございます。

内容の変更・お休みは、4月28日（月）までにマイページから承ります。
https://makiba-farm.example.jp/mypage/

北海道の牧場より、今月も搾りたての味をお届けします。
まきば牧場
""",
    via=("mail.makiba-farm.example.jp", "mail.makiba-farm.example.jp", "198.51.100.189"), hops=2)

add("ham/support-01.eml", "utf-8", "base64", "2025-08-07 14:26:11",
    ("ひなたネット サポート", "support@hinata-net.example.ne.jp"),
    [(None, "t-hosokawa@example.ne.jp")],
    "Re: 夜になるとインターネットが遅くなる件 [#SR-0087213]",
    """\
細川 様

ひなたネット サポートセンターの大野でございます。
お問い合わせいただき、ありがとうございます。

お送りいただいた速度測定の結果を確認いたしました。
夜間（20時〜23時）の混雑時間帯に速度が低下している状況です。

現在ご利用の接続方式（PPPoE）では、夜間に網の混雑の影響を受けやすいため、
混雑の影響を受けにくい「IPoE接続」への切り替えをおすすめいたします。
追加料金はかからず、お手続きはマイページから5分ほどで完了します。

切り替え後、ルーターの再起動が必要です。
お使いのルーターが IPoE に対応しているかは、下記でご確認いただけます。
https://www.hinata-net.example.ne.jp/support/ipoe/

切り替え後も改善しない場合は、このメールにそのままご返信ください。

ひなたネット サポートセンター　大野
""",
    headers=[("In-Reply-To", "<SR-0087213.q@hinata-net.example.ne.jp>")],
    via=("desk-mail.hinata-net.example.ne.jp", "desk-mail.hinata-net.example.ne.jp", "192.0.2.148"), hops=1)

add("ham/card-renewal-01.eml", "utf-8", "8bit", "2025-12-01 10:30:19",
    ("つばさカード", "info@tsubasa-card.example.co.jp"),
    [(None, "h.matsuda@example.jp")],
    "【つばさカード】有効期限更新に伴う新しいカードの発送について",
    """\
松田 浩之 様

いつもつばさカードをご利用いただき、ありがとうございます。

お手持ちのカードの有効期限（2025年12月末）が近づいておりますので、
新しいカードを12月上旬に簡易書留にてお送りいたします。

新しいカードがお手元に届きましたら、
・カード裏面にご署名ください
・公共料金やサブスクリプションなど、カード払いにしているサービスの
　有効期限の登録を変更してください（カード番号は変わりません）
・古いカードは磁気ストライプとICチップを切断して破棄してください

12月20日を過ぎてもカードが届かない場合は、
カード裏面記載のインフォメーションセンターまでご連絡ください。

※当社から、カードの発送にあたり暗証番号やカード番号をおたずねすることはありません。

株式会社つばさカード
""",
    via=("mta2.tsubasa-card.example.co.jp", "mta2.tsubasa-card.example.co.jp", "203.0.113.59"), hops=2)

add("ham/personal-04.eml", "utf-8", "quoted-printable", "2024-10-14 17:44:27",
    ("Fujii Ayaka", "ayaka.fujii@example.com"),
    [(None, "yuki.hara@example.com")],
    "この前はありがとう＆本返すね", qsubj=True,
    text="""\
由紀へ

この前は引っ越しの手伝いに来てくれてほんとにありがとう！
由紀がいなかったら、あの本棚は絶対に組み立てられなかった…笑

やっと段ボールも全部片付いて、人を呼べる部屋になったよ。
今度うちでごはん食べよう。鍋とかどう？

あと、借りてた『夜の図書館』読み終わったので返すね。
めちゃくちゃ面白くて、2日で読んじゃった。
最後のどんでん返しの話、会ったときにしたい！

来週の水曜か木曜の夜あいてたら教えてー

あやか
""",
    via=("mail.freemail.example", "mail.freemail.example", "203.0.113.156"), hops=2)
