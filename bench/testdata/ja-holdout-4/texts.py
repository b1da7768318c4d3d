"""Texts and per-message settings of the ja-holdout-4 messages.

All of this was written for this set by hand; none of it is real mail, and
no wording was taken from another message set.  gen.py renders each record
into spam/<kind>-NN.eml or ham/<kind>-NN.eml and check.py compares the
rendered files with these records.

Record keys:
  path     spam/... or ham/... (the first path element is the label)
  charset  iso-2022-jp, shift_jis, utf-8 or euc-jp (body and encoded words)
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

Host names are drawn from the same reserved families in both classes (see
README.md), so that the domain style of a message says nothing about its
class.
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
    charset="utf-8", cte="base64", date="2025-11-18 06:41:09",
    sender=("ゆうちょ銀行", "info@yucho-direct.kakunin-center.example"),
    to=[(None, "h.sakamoto@example.ne.jp")],
    subject="【ゆうちょ銀行】ゆうちょダイレクト ご利用再開のお手続きについて",
    via=("mta3.kakunin-center.example", "mta3.kakunin-center.example", "203.0.113.81"),
    text="""\
ゆうちょダイレクトをご利用のお客さまへ

平素よりゆうちょ銀行をご愛顧いただき、誠にありがとうございます。

当行では、第三者による不正送金被害を防止するため、
ログイン時の認証方式の見直しを行っております。
お客さまのアカウントは現在、新しい認証方式への切替えが完了していないため、
送金機能を一時的に停止しております。

下記よりログインのうえ、11月20日（木）までに切替え手続きを
完了してください。

　https://www.yuchodirect.example.jp/

お手続きには、お客さま番号、ログインパスワード、
およびキャッシュカードの暗証番号が必要です。

※期限を過ぎますと、ゆうちょダイレクトのご利用を停止させていただきます。

株式会社ゆうちょ銀行
""",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#008a4b;color:#fff;padding:14px 18px;font-size:18px">ゆうちょダイレクト</td></tr>
<tr><td style="padding:18px;line-height:1.8;font-size:14px">
ゆうちょダイレクトをご利用のお客さまへ<br><br>
平素よりゆうちょ銀行をご愛顧いただき、誠にありがとうございます。<br>
当行では、第三者による不正送金被害を防止するため、ログイン時の認証方式の見直しを行っております。<br>
お客さまのアカウントは現在、新しい認証方式への切替えが完了していないため、送金機能を一時的に停止しております。<br><br>
下記よりログインのうえ、<b>11月20日（木）</b>までに切替え手続きを完了してください。<br><br>
<a href="https://yucho-direct.kakunin-center.example/auth/login.php?id=8842017">https://www.yuchodirect.example.jp/</a><br><br>
お手続きには、お客さま番号、ログインパスワード、およびキャッシュカードの暗証番号が必要です。<br>
<span style="color:#c00">※期限を過ぎますと、ゆうちょダイレクトのご利用を停止させていただきます。</span>
</td></tr>
<tr><td style="padding:10px 18px;font-size:11px;color:#777;border-top:1px solid #ddd">株式会社ゆうちょ銀行</td></tr>
</table>
</body></html>
""")

add("spam/bank-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-02-10 10:15:37",
    sender=("楽天銀行", "support@rbank-notice.example.co.jp"),
    to=[(None, "y-kimura@hikari.example.net")],
    subject="【楽天銀行】ご登録情報の定期確認のお願い",
    via=("smtp01.rbank-notice.example.co.jp", "smtp01.rbank-notice.example.co.jp", "198.51.100.44"),
    text="""\
木村 様

いつも楽天銀行をご利用いただきありがとうございます。

当行では、お客さまに安心してお取引いただくため、
年に一度、ご登録情報（ご住所・ご職業・お取引目的）の確認を
お願いしております。

お手数をおかけしますが、ログイン後に表示される画面から
ご登録内容をご確認ください。内容に変更がない場合も、
「変更なし」を選択して完了してください。

　ログインはこちら
　https://www.rbank-notice.example.co.jp/mypage/confirm

ご確認いただけない場合、一部のお取引がご利用いただけなくなる
ことがあります。

ご不明な点がございましたら、カスタマーセンターまで
お問い合わせください。

楽天銀行株式会社
""")

add("spam/bank-phish-03.eml",
    charset="shift_jis", cte="8bit", date="2025-06-24 02:08:51",
    sender=("りそな銀行", "t.okabe@example.ne.jp"),
    to=[(None, "m_fujii@keitai.example.ne.jp")],
    subject="【りそな銀行】お客様のお取引を一時的に制限しています",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.12"),
    client=("okabe-pc", "192.0.2.140"),
    text="""\
りそなグループアプリ・マイゲートをご利用のお客様

お客様の口座で不審なログインが検知されました。
安全のため、お振込・お引出しを一時的に制限しております。

ご本人様確認のため、以下のページで手続きを行ってください。
ﾏｲｹﾞｰﾄ ﾛｸﾞｲﾝ
http://www.hanamura-shika.example.jp/wp-content/uploads/2023/rs/login.html

24時間以内にお手続きがない場合、口座は凍結されます。

りそな銀行 ｶｽﾀﾏｰｾﾝﾀｰ
""")

add("spam/card-phish-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-09-03 21:47:12",
    sender=("三井住友カード", "vpass-info@card-kakunin.test"),
    to=[(None, "a.nishida@mail.example.com")],
    subject="【三井住友カード】ご利用確認のお願い（重要）",
    via=("out2.card-kakunin.test", "out2.card-kakunin.test", "192.0.2.188"),
    qsubj=True,
    text="""\
いつも三井住友カードをご利用いただきありがとうございます。

お客様のカードについて、第三者による不正利用の可能性がある
ご利用を検知いたしました。

　ご利用日時：2025/09/03 19:22
　ご利用先　：APPLE COM BILL
　ご利用金額：49,800円

お心当たりがない場合は、Vpassにログインのうえ
「ご利用確認」からご回答ください。

https://vpass-login.example.jp@secure.card-kakunin.test/vp/confirm?no=20250903

ご回答がない場合、カードのご利用を停止させていただくことがございます。

三井住友カード株式会社
""")

add("spam/card-phish-02.eml",
    charset="utf-8", cte="8bit", date="2025-12-09 13:30:05",
    sender=("MyJCB", "myjcb@jcb-secure.example.org"),
    to=[("山下 和也", "k.yamashita@kawasemi-kogyo.example.co.jp")],
    subject="【重要】本人認証サービス（J/Secure）登録必須化のお知らせ",
    via=("mail.jcb-secure.example.org", "mail.jcb-secure.example.org", "198.51.100.143"),
    text="""\
MyJCB会員のみなさまへ

2025年3月末より、ネットショッピングでのカード決済時に
本人認証サービス（J/Secure 2.0）の利用が必須となっております。

お客様のカードはまだ登録が完了していないため、
12月12日（金）以降、オンラインでのご利用ができなくなります。

以下より登録をお済ませください（所要時間約3分）。
https://my.jcb-card.example.jp/jsecure/entry

※本メールは送信専用です。
株式会社ジェーシービー
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#222">
<p><img src="http://198.51.100.143/img/myjcb_logo.png" alt="MyJCB" width="120"></p>
<p>MyJCB会員のみなさまへ</p>
<p>2025年3月末より、ネットショッピングでのカード決済時に本人認証サービス（J/Secure 2.0）の利用が必須となっております。</p>
<p>お客様のカードはまだ登録が完了していないため、<b>12月12日（金）以降</b>、オンラインでのご利用ができなくなります。</p>
<p>以下より登録をお済ませください（所要時間約3分）。<br>
<a href="http://198.51.100.143/myjcb/jsecure/entry.php">https://my.jcb-card.example.jp/jsecure/entry</a></p>
<p style="font-size:12px;color:#666">※本メールは送信専用です。<br>株式会社ジェーシービー</p>
</body></html>
""")

add("spam/securities-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-04-15 09:02:48",
    sender=("SBI証券", "info@sbisec-kouza.example.net"),
    to=[(None, "tanaka.hiroshi@example.ne.jp")],
    subject="【SBI証券】重要：お取引パスワードの再登録について",
    via=("mx-out.sbisec-kouza.example.net", "mx-out.sbisec-kouza.example.net", "203.0.113.67"),
    text="""\
お客様各位

平素はSBI証券をご利用いただき、誠にありがとうございます。

昨今、他社を含む証券口座への不正アクセスが多発していることを受け、
当社では全てのお客様を対象に、取引パスワードの再登録を
お願いしております。

再登録は以下のページから行えます。

https://www.sbisec-kouza.example.net/account/password/reset

再登録が完了するまでの間、国内株式の売買およびご出金は
ご利用いただけません。保有資産には影響ございませんので
ご安心ください。

今後とも当社をご愛顧賜りますようお願い申し上げます。

株式会社SBI証券
""")

add("spam/securities-phish-02.eml",
    charset="euc-jp", cte="8bit", date="2025-05-28 18:26:33",
    sender=("野村證券", "nomura@mail.toushi-support.test"),
    to=[(None, "sato-ke@hikari.example.net")],
    subject="野村證券 お客様口座の一時停止について",
    via=("sv14.mail.toushi-support.test", "sv14.mail.toushi-support.test", "192.0.2.201"),
    text="""\
野村證券をご利用のお客様

お客様の口座において、登録されていない端末からの
ログインを確認しました。

不正利用防止のため、口座を一時停止しております。
以下のURLより本人確認を行うと、停止は解除されます。

http://nomura-kouza.mail.toushi-support.test/verify/

本人確認には、店番号・口座番号・ログインパスワード・取引パスワードを
ご入力いただきます。

野村證券株式会社
""")

add("spam/ec-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-07-08 04:55:20",
    sender=("Amazon.co.jp", "account-update@prime-kaihi.example"),
    to=[(None, "rie.m@example.ne.jp")],
    subject="Amazonプライム会費のお支払い方法に問題があります",
    via=("prime-kaihi.example", "unknown", "203.0.113.219"),
    text="""\
Amazonプライム会員様

プライム会費（年会費 5,900円）のお支払いに使用するカードが
承認されませんでした。

このままではプライム特典（お急ぎ便、Prime Videoなど）が
ご利用いただけなくなります。

お支払い方法を更新してください：
https://sl.example.net/p8KzQ2

Amazon.co.jp カスタマーサービス
""",
    html="""\
<html><body style="font-family:Arial,sans-serif;background:#f3f3f3">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:20px">
<h2 style="font-size:20px;color:#111">お支払い方法に問題があります</h2>
<p>Amazonプライム会員様</p>
<p>プライム会費（年会費 5,900円）のお支払いに使用するカードが承認されませんでした。</p>
<p>このままではプライム特典（お急ぎ便、Prime Videoなど）がご利用いただけなくなります。</p>
<p style="text-align:center"><a href="https://sl.example.net/p8KzQ2" style="background:#ffd814;color:#111;padding:10px 40px;border-radius:20px;text-decoration:none">お支払い方法を更新</a></p>
<p style="font-size:12px;color:#555">Amazon.co.jp カスタマーサービス</p>
</div>
</body></html>
""")

add("spam/ec-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-10-21 23:11:56",
    sender=("楽天市場", "order@rakuten-ichiba.example.jp"),
    to=[(None, "aya0312@mail.example.com")],
    subject="【楽天市場】注文内容ご確認（自動配信メール）",
    via=("mail.rakuten-ichiba.example.jp", "203-0-113-5.static.example.net", "203.0.113.5"),
    text="""\
この度は楽天市場をご利用いただき、ありがとうございます。
ご注文内容を以下のとおり承りました。

[受注番号] 338412-20251021-0091744
[日時]     2025-10-21 23:04:17
[注文者]   お客様
[支払方法] クレジットカード決済
[合計金額] 86,240円

[商品]
　ダイソン コードレス掃除機 最新モデル　1台

このご注文にお心当たりがない場合は、下記より
キャンセル手続きを行ってください。
24時間を過ぎるとキャンセルできません。

　https://rakuten-ichiba.example.jp/order/cancel?n=0091744

楽天市場
""")

add("spam/marketplace-phish-01.eml",
    charset="utf-8", cte="8bit", date="2026-01-14 12:03:44",
    sender=("メルカリ事務局", "no-reply@mercari-jp.example.com"),
    to=[(None, "shun.t@example.ne.jp")],
    subject="[メルカリ] 本人確認が必要です／出品が制限されています",
    via=("relay.example.com", "relay.example.com", "198.51.100.9"),
    text="""\
いつもメルカリをご利用いただきありがとうございます。

お客さまのアカウントにて、利用規約に違反する可能性のある
取引が確認されました。現在、出品および売上金の振込申請を
制限しております。

制限を解除するには、以下のページから本人確認書類の
アップロードと、お支払い情報の再登録を行ってください。

▶ https://mercari-jp.example.com/verify/identity?u=m71820044

手続きが完了しない場合、売上金は失効となります。

メルカリ事務局
""")

add("spam/carrier-phish-01.eml",
    charset="shift_jis", cte="base64", date="2025-08-19 19:40:11",
    sender=("SoftBank", "my-softbank@sb-ryokin.example"),
    to=[(None, "nakano.m@keitai.example.ne.jp")],
    subject="【ソフトバンク】ご利用料金のお支払いが確認できません",
    via=("sb-ryokin.example", "198-51-100-76.dyn.example.net", "198.51.100.76"),
    text="""\
ソフトバンクをご利用いただきありがとうございます。

7月ご利用分の料金について、お支払いが確認できておりません。
8月21日（木）までにお支払いがない場合、
回線のご利用を停止させていただきます。

お支払いは下記My SoftBankから、クレジットカードで
お手続きいただけます。

http://203.0.113.204/mysoftbank/payment/

ソフトバンク株式会社
""")

add("spam/carrier-phish-02.eml",
    charset="utf-8", cte="quoted-printable", date="2026-03-05 08:17:29",
    sender=("楽天モバイル", "campaign@rmobile-point.test"),
    to=[(None, "ishikawa.n@hikari.example.net")],
    subject="【楽天モバイル】30,000ポイント付与のお知らせ（受取期限あり）",
    via=("smtp.rmobile-point.test", "smtp.rmobile-point.test", "192.0.2.93"),
    text="""\
楽天モバイルをご利用のお客様

いつもご利用いただきありがとうございます。
「ご愛顧感謝キャンペーン」の対象として、お客様に
30,000ポイントが付与されることになりました。

ポイントの受け取りには、楽天IDでのログインと
お支払い情報の確認が必要です。

受取期限：3月8日（日）23:59

https://rmobile-point.test/campaign/receive?cid=RM30000

期限を過ぎると、ポイントは無効になります。

楽天モバイル株式会社
""")

add("spam/courier-phish-01.eml",
    charset="utf-8", cte="8bit", date="2025-12-02 15:48:02",
    sender=("佐川急便", "delivery@sagawa-info.example.org"),
    to=[(None, "kawai-emi@example.ne.jp")],
    subject="お荷物のお届けについて（佐川急便）",
    via=("host-203-0-113-177.example.org", "unknown", "203.0.113.177"),
    text="""\
お荷物をお届けにあがりましたが、不在のため持ち帰りました。
再配達のご依頼は以下からお願いします。

https://t.example.org/sgw7Qx

※保管期限は3日間です。
""")

add("spam/courier-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-04-22 07:31:45",
    sender=(None, "k-hirano@example.ne.jp"),
    to=[(None, "y_ono@keitai.example.ne.jp")],
    subject="郵便局",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.12"),
    client=("iPhone", "203.0.113.230"),
    text="""\
【日本郵便】お届け予定のお荷物は宛先不明のため保管中です。住所の確認をお願いします。
http://jp-post.haitatsu-kakunin.example/
""")

add("spam/utility-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-09-26 11:20:14",
    sender=("くらしTEPCO web", "kurashi@tepco-denki.example.com"),
    to=[(None, "ogawa.f@example.ne.jp")],
    subject="【東京電力エナジーパートナー】電気料金未払いによる送電停止のお知らせ",
    via=("mail02.tepco-denki.example.com", "mail02.tepco-denki.example.com", "192.0.2.36"),
    text="""\
東京電力エナジーパートナーをご利用のお客さまへ

8月分の電気料金について、口座振替ができませんでした。
再振替日にもお引き落としが確認できなかったため、
誠に恐れ入りますが、下記の日程で送電を停止いたします。

　送電停止予定日：2025年9月30日（火）

停止を回避するには、くらしTEPCO webからクレジットカードで
お支払いください。

https://kurashi.tepco-denki.example.com/pay?c=0830

東京電力エナジーパートナー株式会社
""",
    html="""\
<html><body>
<table style="width:100%;max-width:620px;font-family:sans-serif;font-size:14px;border:1px solid #ccc">
<tr><td style="background:#e8f4fb;padding:12px"><b>くらしTEPCO web</b></td></tr>
<tr><td style="padding:16px;line-height:1.7">
東京電力エナジーパートナーをご利用のお客さまへ<br><br>
8月分の電気料金について、口座振替ができませんでした。<br>
再振替日にもお引き落としが確認できなかったため、誠に恐れ入りますが、下記の日程で送電を停止いたします。<br><br>
<div style="border:2px solid #d00;padding:8px;color:#d00;font-weight:bold">送電停止予定日：2025年9月30日（火）</div><br>
停止を回避するには、くらしTEPCO webからクレジットカードでお支払いください。<br><br>
<a href="https://kurashi.tepco-denki.example.com/pay?c=0830">今すぐお支払い手続きへ</a>
</td></tr>
<tr><td style="padding:10px;font-size:11px;color:#666">東京電力エナジーパートナー株式会社</td></tr>
</table>
</body></html>
""")

add("spam/tax-phish-01.eml",
    charset="shift_jis", cte="8bit", date="2026-03-17 16:05:58",
    sender=("国税庁 e-Tax", "e-tax@nta-kanpu.example.go.jp"),
    to=[(None, "morita_t@example.ne.jp")],
    subject="【e-Tax】所得税の還付金受取手続きのご案内",
    via=("kanpu-srv.example.org", "unknown", "203.0.113.148"),
    ret="bounce@kanpu-srv.example.org",
    text="""\
納税者様

令和7年分の確定申告の内容を確認した結果、
所得税の還付金（18,640円）が発生しております。

還付金を受け取るには、受取口座の登録が必要です。
3月24日（火）までに、以下のe-Taxページから
お手続きください。

https://www.e-tax.nta-kanpu.example.go.jp/refund/

期限内に登録がない場合、還付の権利が失効します。

国税庁
""")

add("spam/mynumber-phish-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-10-06 09:44:21",
    sender=("マイナポータル", "info@myna-portal.example.net"),
    to=[(None, "hasegawa.k@mail.example.com")],
    subject="マイナンバーカードの電子証明書の有効期限が近づいています",
    via=("mailer.myna-portal.example.net", "mailer.myna-portal.example.net", "198.51.100.59"),
    text="""\
マイナンバーカードをお持ちの皆様へ

お客様のマイナンバーカードに搭載された電子証明書の
有効期限が近づいております。

有効期限が切れると、マイナ保険証としての利用や
コンビニでの証明書交付、e-Taxへのログインができなくなります。

現在、オンラインでの更新手続きを受け付けております。
下記リンクから本人情報とカード暗証番号（4桁）を入力し、
更新手続きを完了させてください。

https://myna-portal.example.net/renew/start

なお、オンラインで手続きされた方には、特典として
マイナポイント2,000円分を付与いたします。

デジタル庁 マイナポータル運営事務局
""")

add("spam/etc-phish-01.eml",
    charset="euc-jp", cte="8bit", date="2025-07-30 20:52:07",
    sender=("ETCマイレージサービス", "mileage@etc-point.invalid"),
    ret="b-0730@etc-point.test",
    to=[(None, "matsuda.r@hikari.example.net")],
    subject="ETCマイレージ 還元額失効のお知らせ",
    via=("etc-point.test", "unknown", "198.51.100.230"),
    text="""\
ETCマイレージサービス会員様

お客様の還元額（3,500円分）の有効期限が近づいております。
以下の期限までに還元手続きを行わない場合、還元額は失効します。

有効期限：2025年8月1日（金）

また、登録情報に不備があるため、手続きの際は
お支払い情報の再登録をお願いいたします。

https://etc-point.test/mileage/login

ETCマイレージサービス事務局
""")

add("spam/subscription-phish-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-11-02 03:18:40",
    sender=("Netflix", "info@account-netflix.example.com"),
    to=[(None, "miho.k@example.ne.jp")],
    subject="アカウントが保留中です: お支払い情報を更新してください",
    via=("vps-22.cloudhost.example.com", "unknown", "203.0.113.122"),
    text="""\
お支払い情報を確認できませんでした

Netflixをご利用いただきありがとうございます。
次回の請求のお支払いを処理できなかったため、
アカウントを一時的に保留にしています。

メンバーシップを継続するには、お支払い情報を更新してください。

お支払い情報を更新:
https://account-netflix.example.com/billing/update

ご不明な点がありましたら、ヘルプセンターをご覧ください。
Netflixチーム
""",
    html="""\
<html><body style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:500px;margin:20px auto">
<div style="color:#e50914;font-size:28px;font-weight:bold">NETFLIX</div>
<h1 style="font-size:24px">お支払い情報を確認できませんでした</h1>
<p>Netflixをご利用いただきありがとうございます。次回の請求のお支払いを処理できなかったため、アカウントを一時的に保留にしています。</p>
<p>メンバーシップを継続するには、お支払い情報を更新してください。</p>
<p><a href="https://account-netflix.example.com/billing/update" style="display:block;background:#e50914;color:#fff;text-align:center;padding:14px;text-decoration:none">お支払い情報を更新</a></p>
<p style="font-size:12px;color:#777">ご不明な点がありましたら、ヘルプセンターをご覧ください。<br>Netflixチーム</p>
</div>
</body></html>
""")

add("spam/subscription-phish-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-05-19 22:36:13",
    sender=("iCloud", "noreply@icloud-storage.example.jp"),
    to=[(None, "n.fukuda@mail.example.com")],
    subject="写真とビデオが削除されます - iCloudストレージの上限に達しました",
    via=("mail.icloud-storage.example.jp", "mail.icloud-storage.example.jp", "192.0.2.27"),
    text="""\
こんにちは

iCloudストレージの上限に達しました。
お支払いの処理に失敗したため、ストレージ容量を
無料プランの5GBに戻しました。

5月22日（金）を過ぎると、容量を超えている写真、ビデオ、
書類は完全に削除され、元に戻すことはできません。

今なら、お支払い情報を更新していただくと、
50GBプランを1年間無料でご利用いただけます。

　お支払い情報を更新する
　https://icloud-storage.example.jp/billing

Apple
""")

add("spam/sns-phish-01.eml",
    charset="utf-8", cte="8bit", date="2025-08-04 17:09:33",
    sender=("Instagram", "security@meta-appeal.test"),
    to=[(None, "chika_photo@mail.example.com")],
    subject="Instagram: 著作権侵害の申し立てがありました",
    via=("meta-appeal.test", "198-51-100-101.pool.example.net", "198.51.100.101"),
    text="""\
Hi chika_photo,

あなたの投稿が著作権を侵害しているという申し立てを受けました。
We have received a copyright complaint about your post.

異議がある場合は、24時間以内に以下のフォームから
申し立てを行ってください。期限内に異議申し立てがない場合、
アカウントは永久に削除されます。

Appeal form:
https://help.instagram.meta-appeal.test/copyright/appeal?id=771024

Instagram Copyright Team
© Meta
""")

add("spam/sns-phish-02.eml",
    charset="utf-8", cte="base64", date="2026-06-11 01:27:55",
    sender=("LINE", "notice@line-hikitsugi.example.org"),
    to=[(None, "s.endo@example.ne.jp")],
    subject="[LINE] 別の端末でアカウントの引き継ぎが行われようとしています",
    via=("mail.line-hikitsugi.example.org", "mail.line-hikitsugi.example.org", "203.0.113.61"),
    text="""\
LINEをご利用いただきありがとうございます。

別の端末で、お客様のLINEアカウントへの引き継ぎ操作が行われました。

端末：Android
地域：中国 広東省
日時：2026/06/11 01:19

この操作に心当たりがない場合は、アカウント保護のため、
直ちに以下のページで本人確認を行ってください。
手続きには、SMSで届く6桁の認証番号が必要です。

https://line-hikitsugi.example.org/protect

LINEヤフー株式会社
""")

add("spam/webmail-phish-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-06-03 08:58:26",
    sender=("システム管理者", "postmaster@sakuranbo-soft.example"),
    to=[(None, "m.ueda@sakuranbo-soft.example")],
    subject="メールボックス容量が98%に達しています",
    via=("ip-192-0-2-154.example.com", "unknown", "192.0.2.154"),
    ret="admin@mbox-quota.example.com",
    text="""\
m.ueda@sakuranbo-soft.example 様

お使いのメールボックスの使用量が上限の98%に達しました。
このままでは新しいメールを受信できなくなります。

　使用量：9.8GB / 10GB

容量を追加するには、以下から認証を行ってください。
認証後、自動的に容量が50GBに拡張されます。

https://webmail.sakuranbo-soft.mbox-quota.example.com/upgrade?u=m.ueda

sakuranbo-soft.example メールシステム管理者
""")

add("spam/it-impersonation-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-10-14 09:12:40",
    sender=("情報システム部", "it-helpdesk@kawasemi-kogyo-it.example.co.jp"),
    to=[("総務部 高橋", "takahashi.a@kawasemi-kogyo.example.co.jp")],
    subject="【全社員対象】多要素認証（MFA）の再登録のお願い",
    via=("mail.kawasemi-kogyo-it.example.co.jp", "mail.kawasemi-kogyo-it.example.co.jp", "198.51.100.172"),
    qsubj=True, qname=True,
    text="""\
社員各位

情報システム部です。

社内システムのセキュリティ強化に伴い、Microsoft 365 の
多要素認証（MFA）設定を全社員一斉に再登録していただく必要があります。

対象：全社員（派遣・業務委託の方を含む）
期限：10月17日（金）17:00

下記の社内ポータルから、会社のアカウントでサインインし、
画面の指示に従って認証アプリを再登録してください。

https://portal.kawasemi-kogyo-it.example.co.jp/mfa/register

期限までに再登録が行われなかったアカウントは、
セキュリティポリシーにより一時的にロックされます。

ご協力をお願いいたします。

情報システム部 ヘルプデスク（内線 0000）
""",
    html="""\
<html><body style="font-family:'Yu Gothic',Meiryo,sans-serif;font-size:14px">
<p>社員各位</p>
<p>情報システム部です。</p>
<p>社内システムのセキュリティ強化に伴い、Microsoft 365 の多要素認証（MFA）設定を全社員一斉に再登録していただく必要があります。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>対象</td><td>全社員（派遣・業務委託の方を含む）</td></tr>
<tr><td>期限</td><td><b>10月17日（金）17:00</b></td></tr>
</table>
<p>下記の社内ポータルから、会社のアカウントでサインインし、画面の指示に従って認証アプリを再登録してください。</p>
<p><a href="https://portal.kawasemi-kogyo-it.example.co.jp/mfa/register">社内ポータル MFA再登録</a></p>
<p>期限までに再登録が行われなかったアカウントは、セキュリティポリシーにより一時的にロックされます。</p>
<p>ご協力をお願いいたします。<br>情報システム部 ヘルプデスク（内線 0000）</p>
</body></html>
""")

add("spam/bec-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-01-20 10:41:03",
    sender=("中村 健一", "kenichi.nakamura.ceo@mail.example.com"),
    to=[("経理部 吉田様", "yoshida.m@kawasemi-kogyo.example.co.jp")],
    subject="至急のお願い",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.85"),
    client=("[192.0.2.210]", "192.0.2.210"),
    text="""\
吉田さん

お疲れ様です。中村です。

現在、社外で重要な案件を進めております。
この件で経理部と連携する必要があるため、
LINEグループを作成していただけますか。

作成後、グループのQRコードをこのメールに返信で送ってください。
本件は社内でもまだ非公開ですので、他の方には共有しないでください。

よろしくお願いします。

中村
""")

add("spam/bec-02.eml",
    charset="shift_jis", cte="8bit", date="2025-08-27 14:22:18",
    sender=("ミナミ精機 経理課 斉藤", "saito@minami-seik1.example.co.jp"),
    to=[(None, "keiri@ichou-sekkei.test")],
    subject="【ご連絡】弊社振込先口座変更のお願い",
    via=("mail.minami-seik1.example.co.jp", "mail.minami-seik1.example.co.jp", "203.0.113.44"),
    headers=[("Reply-To", "minami.keiri.saito@mail.example.com"),
             ("X-Mailer", "Microsoft Outlook 16.0")],
    text="""\
いちょう設計 経理ご担当者様

いつも大変お世話になっております。
株式会社ミナミ精機 経理課の斉藤でございます。

このたび、弊社の監査対応に伴い、お振込先口座を
下記のとおり変更させていただくこととなりました。
8月分以降のお支払いは、新しい口座へお願い申し上げます。

【新】
　銀行名　：つばさ銀行　本店営業部
　口座種別：普通
　口座番号：0000000
　口座名義：ｶ)ﾐﾅﾐｾｲｷ ｹｲﾘｶ

旧口座は今月末で閉鎖となりますので、お振込みいただいても
組戻しとなります。ご注意ください。

恐れ入りますが、変更の可否について本メールにご返信いただけますと
幸いです。なお、現在電話回線の工事中のため、ご連絡はメールにて
お願いいたします。

何卒よろしくお願い申し上げます。

株式会社ミナミ精機
経理課　斉藤 恵子
""")

add("spam/fake-invoice-01.eml",
    charset="utf-8", cte="base64", date="2025-11-26 16:49:02",
    sender=("小林 誠", "m.kobayashi@tsukushi-denki.example.jp"),
    to=[(None, "y-kimura@hikari.example.net")],
    subject="請求書送付の件（11月分）",
    via=("mail.tsukushi-denki.example.jp", "mail.tsukushi-denki.example.jp", "192.0.2.113"),
    client=("DESKTOP-4KQ8R2M", "198.51.100.240"),
    attach=[("請求書_2025年11月分.html", "text/html", "html")],
    fname="word",
    text="""\
お世話になっております。

11月分の請求書をお送りいたします。
添付ファイルをご確認のうえ、期日までにお支払いをお願いいたします。

ファイルを開く際に、メールアドレスとパスワードの入力を
求められる場合がございます。

よろしくお願いいたします。

つくし電気工事
小林
""")

add("spam/fake-invoice-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-02-26 11:06:47",
    sender=("経理部 支払担当", "shiharai@kaikei-tsuuchi.test"),
    to=[(None, "soumu@kawasemi-kogyo.example.co.jp")],
    subject="【お支払い通知書】2月度 ご確認のお願い",
    via=("kaikei-tsuuchi.test", "kaikei-tsuuchi.test", "198.51.100.199"),
    attach=[("支払通知書_202602.zip", "application/zip", "zip")],
    fname="rfc2231",
    text="""\
ご担当者様

いつもお世話になっております。

2月度のお支払い通知書をお送りします。
内容をご確認のうえ、相違がございましたら3月2日（月）までに
ご連絡ください。

添付ファイルはパスワード付きZIPです。
パスワードは別メールにてお送りします。

以上、よろしくお願いいたします。
""")

add("spam/kakuu-seikyu-01.eml",
    charset="shift_jis", cte="8bit", date="2025-05-12 21:33:09",
    sender=("ｻｲﾄ利用料金 請求センター", "seikyu@douga-kanri.example"),
    to=[(None, "t-ikeda@example.ne.jp")],
    subject="【最終通告】有料動画サイト利用料金未納のお知らせ",
    via=("douga-kanri.example", "unknown", "203.0.113.250"),
    text="""\
お客様が以前ご登録されました有料動画サイトの
利用料金が未納となっております。

未納金額　：２９８，０００円（延滞金含む）
お支払期限：本日中

本日中にご連絡がない場合、当社顧問弁護士を通じ
民事訴訟の手続きに移行いたします。
また、お客様の勤務先・ご家族への調査を行う場合がございます。

退会手続きをご希望の方、請求にお心当たりのない方も
必ず下記までご連絡下さい。

ｻｲﾄ利用料金 請求センター
電話：03-0000-0417
受付：10:00〜19:00
担当：ｲﾉｳｴ
""")

add("spam/legal-threat-01.eml",
    charset="euc-jp", cte="8bit", date="2026-04-07 13:54:30",
    sender=("あおば総合法律事務所", "saiken@aoba-houritsu.example.net"),
    to=[(None, "hiro.sugimoto@hikari.example.net")],
    subject="債権譲渡通知および支払督促予告のご連絡",
    via=("mail.aoba-houritsu.example.net", "mail.aoba-houritsu.example.net", "192.0.2.245"),
    text="""\
杉本 様

当職は、株式会社リンクファイナンスより、同社が貴殿に対して
有する債権の回収について委任を受けた弁護士です。

貴殿は、同社が運営する決済サービスの利用代金について、
再三の督促にもかかわらず支払いを行っておりません。

　請求金額：金87,300円（遅延損害金を含む）

つきましては、本書到達後3日以内に下記窓口へご連絡ください。
期限内にご連絡がない場合、簡易裁判所に支払督促を申し立て、
給与等の差押えを含む法的手続きを行います。

　連絡窓口　債権管理部　03-0000-8812（平日9時〜18時）

あおば総合法律事務所
弁護士　村上 正人
""")

add("spam/sextortion-01.eml",
    charset="utf-8", cte="8bit", date="2025-07-16 04:12:55",
    sender=(None, "miyake.d@mail.example.com"),
    to=[(None, "miyake.d@mail.example.com")],
    subject="あなたのアカウントはハッキングされました",
    via=("cable-203-0-113-15.dyn.example.com", "203-0-113-15.dyn.example.com", "203.0.113.15"),
    text="""\
こんにちは。

私はプロのハッカーで、数か月前にあなたのデバイスに
アクセスしました。このメールはあなたのアカウントから送信されています。

あなたがアダルトサイトを閲覧している間、カメラで
あなたの姿を録画しました。画面の映像とあなたの顔が
並んだ動画を作成しています。

この動画をあなたの連絡先すべてに送信されたくなければ、
1,500米ドル相当のビットコインを下記のアドレスに送ってください。

BTCアドレス：bc1q0ilo0ilo0ilo0ilo0ilo0ilo0ilo0ilo0ilo

このメールを開いた時点から48時間の猶予があります。
警察に相談しても無駄です。私を追跡することはできません。

支払いが確認できれば、動画はすぐに削除します。
""")

add("spam/romance-01.eml",
    charset="utf-8", cte="quoted-printable", date="2026-05-03 20:48:17",
    sender=("リン", "lin.meihua88@mail.example.com"),
    to=[(None, "watanabe.kouji@example.ne.jp")],
    subject="はじめまして、突然のメールごめんなさい",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.85"),
    client=("android-7f3a", "192.0.2.77"),
    text="""\
はじめまして、リンと申します。

以前、SNSで渡辺さんの旅行の写真を見かけて、
とても素敵な方だと思い、勇気を出してメールしました。

私は台湾出身で、今は大阪でアパレル関係の仕事をしています。
日本に来て5年になりますが、まだ心から話せる友達が少なくて
少し寂しいです。

趣味は料理と、週末に株の勉強をすることです。
叔父が投資の専門家で、いろいろ教えてもらっています。

もしよかったら、お友達になってもらえませんか？
メールだと返信に気づきにくいので、LINEでお話しできると嬉しいです。

LINE ID: lin_0503mh

お返事待っています。
リン
""")

add("spam/invest-01.eml",
    charset="utf-8", cte="base64", date="2025-09-18 12:30:00",
    sender=("大河原誠一 投資研究会", "info@okawara-toushi.example.jp"),
    to=[(None, "kondo.y@example.ne.jp")],
    subject="【無料】大河原誠一が本気で選んだ「次の10倍株」を限定公開",
    via=("mail.okawara-toushi.example.jp", "mail.okawara-toushi.example.jp", "203.0.113.190"),
    headers=[("List-Unsubscribe", "<https://okawara-toushi.example.jp/unsubscribe>")],
    text="""\
テレビでおなじみの経済評論家・大河原誠一です。

私がこれまで30年間で培ってきた投資のノウハウを、
少しでも多くの方に還元したいと思い、
無料の株式学習グループを立ち上げました。

このグループでは、
・毎朝の注目銘柄の配信
・AI分析による売買タイミングのお知らせ
・私自身による質問への回答
をすべて無料で提供しています。

先月の推奨銘柄は、平均+312%の上昇を記録しました。

参加枠は先着100名様のみです。
以下のボタンからLINEに登録してください。

https://lin.example.net/okawara_group

※本グループへの参加は完全無料です。
""",
    html="""\
<html><body style="margin:0;background:#0b1a33;font-family:sans-serif">
<div style="max-width:600px;margin:0 auto;background:#fff">
<div style="background:#c8102e;color:#fff;text-align:center;padding:16px;font-size:22px;font-weight:bold">完全無料　株式学習グループ</div>
<div style="padding:18px;line-height:1.8">
<p>テレビでおなじみの経済評論家・<b>大河原誠一</b>です。</p>
<p>私がこれまで30年間で培ってきた投資のノウハウを、少しでも多くの方に還元したいと思い、無料の株式学習グループを立ち上げました。</p>
<ul><li>毎朝の注目銘柄の配信</li><li>AI分析による売買タイミングのお知らせ</li><li>私自身による質問への回答</li></ul>
<p style="font-size:20px;color:#c8102e;font-weight:bold">先月の推奨銘柄は、平均+312%の上昇！</p>
<p>参加枠は先着100名様のみです。</p>
<p style="text-align:center"><a href="https://lin.example.net/okawara_group" style="background:#06c755;color:#fff;padding:14px 40px;font-size:18px;text-decoration:none;border-radius:6px">LINEで無料参加する</a></p>
<p style="font-size:11px;color:#888">※本グループへの参加は完全無料です。<br><a href="https://okawara-toushi.example.jp/unsubscribe">配信停止</a></p>
</div></div>
</body></html>
""")

add("spam/invest-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-02-03 07:05:12",
    sender=("アシスタント 佐々木", "sasaki.assistant@kabu-juku.test"),
    to=[(None, "okada.shinji@hikari.example.net")],
    subject="昨日ご案内した銘柄、ストップ高になりました",
    via=("kabu-juku.test", "unknown", "192.0.2.163"),
    text="""\
おはようございます。
株式学習グループ「未来の資産倶楽部」アシスタントの佐々木です。

昨日グループ内でご案内した銘柄が、本日ストップ高となりました。
参加者の皆様からたくさんの喜びの声をいただいております。

岡田様はまだグループにご参加いただいていないようですので、
改めてご案内させていただきます。

今月はさらに、先生が独自に入手した「新NISA向け成長銘柄3選」を
グループ内で無料配布しております。

参加はLINEでIDを検索し、友だち追加するだけです。

　LINE ID：@mirai-shisan

なお、当グループでは先生の指導のもと、専用の取引アプリを
ご案内しております。一般の証券会社よりも有利な条件で
取引ができますので、ぜひご活用ください。

佐々木
""")

add("spam/fukugyo-01.eml",
    charset="utf-8", cte="8bit", date="2025-06-09 22:14:41",
    sender=("スマホ副業サポート事務局", "support@fukugyo-smart.example.com"),
    to=[(None, "a.tsuji@mail.example.com")],
    subject="🌸【スキマ時間で日給3万円】スマホだけでできるお仕事🌸",
    via=("mail.fukugyo-smart.example.com", "mail.fukugyo-smart.example.com", "203.0.113.132"),
    text="""\
📱スマホだけで完結！📱
1日たった10分のカンタン作業で、日給3万円も可能です✨

✅ 動画に「いいね」を押すだけ
✅ スクショを送るだけ
✅ 経験・スキル一切不要
✅ 主婦・学生さん大歓迎

実際に始めた方の声👇
「初月から月収28万円になりました！」（40代主婦）
「会社に内緒でできるのがありがたい」（30代会社員）

🎁今だけ登録特典で3,000円プレゼント🎁

↓↓ LINEで友だち追加して「副業」と送るだけ ↓↓
https://lin.example.net/fukugyo-smart

※定員になり次第、募集を締め切ります。
""")

add("spam/yamibaito-01.eml",
    charset="utf-8", cte="8bit", date="2025-12-19 00:43:28",
    sender=(None, "white_job2025@mail.example.com"),
    to=[(None, "ryo.hayashi@example.ne.jp")],
    subject="【即日払い】ホワイト案件 日給10万〜",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.85"),
    client=("localhost", "203.0.113.111"),
    text="""\
高収入ホワイト案件のご紹介です。

・荷物の受け取りと運搬のみ
・1回 5〜10万円　即日手渡し
・年齢不問、車なしOK
・身分証の写真を送ってもらうだけで登録完了

完全に合法のお仕事なので安心してください。
詳しくはテレグラムで連絡ください。

Telegram: @white_work_jp
""")

add("spam/ad-01.eml",
    charset="shift_jis", cte="8bit", date="2025-04-24 10:00:00",
    sender=("ピュアウォーター宅配", "info@purewater-takuhai.test"),
    to=[(None, "info@nanohana.example.org")],
    subject="未承諾広告※【初月無料】天然水ウォーターサーバー 今だけサーバーレンタル0円",
    via=("mail.purewater-takuhai.test", "mail.purewater-takuhai.test", "198.51.100.67"),
    headers=[("List-Unsubscribe", "<mailto:stop@purewater-takuhai.test>")],
    text="""\
未承諾広告※

突然のメールにて失礼いたします。
ピュアウォーター宅配から、お得なキャンペーンのご案内です。

◆春の新生活キャンペーン◆
・サーバーレンタル料　ずっと0円
・初回ボトル2本（12L×2）無料
・お申込みでＱＵＯカード３，０００円分プレゼント

ご自宅でいつでも冷たいお水と温かいお湯が使えます。
赤ちゃんのミルク作りにも最適です。

お申込みはこちら
https://purewater-takuhai.test/lp/spring?ad=m0424

キャンペーンは4月30日（水）まで。

─────────────────────
ピュアウォーター宅配 〒100-0000 東京都千代田区0-0-0
配信停止：stop@purewater-takuhai.test に空メールを送信
""")

add("spam/ad-02.eml",
    charset="utf-8", cte="quoted-printable", date="2026-06-25 19:19:19",
    sender=("メンズ美容クリニック", "news@mens-biyou.example.org"),
    to=[(None, "k.tamura@hikari.example.net")],
    subject="未.承.諾.広.告 ヒゲ脱毛 全身コース 今月限り 78%OFF",
    via=("mail.mens-biyou.example.org", "198-51-100-120.static.example.org", "198.51.100.120"),
    qsubj=True,
    text="""\
【今月限り】ヒゲ脱毛 6回コース 78%OFF

毎朝のヒゲ剃り、もう卒業しませんか？

通常価格 98,000円 → 今だけ 21,560円
さらに今なら、初回カウンセリングで全身脱毛もお試しいただけます。

・医療レーザーで効果を実感
・痛みの少ない最新機器
・夜21時まで営業、駅チカ

▼無料カウンセリング予約
https://mens-biyou.example.org/reserve?utm_source=mail0625

配信停止はこちら
https://mens-biyou.example.org/optout
""",
    html="""\
<html><body style="font-family:sans-serif;margin:0">
<div style="background:#1b1b1b;color:#fff;padding:20px;text-align:center">
<div style="font-size:14px">今月限り</div>
<div style="font-size:30px;font-weight:bold;color:#ffcc00">ヒゲ脱毛 78%OFF</div>
</div>
<div style="padding:20px;line-height:1.8">
<p>毎朝のヒゲ剃り、もう卒業しませんか？</p>
<p>通常価格 <s>98,000円</s> → <span style="color:#d00;font-size:22px;font-weight:bold">今だけ 21,560円</span></p>
<p>さらに今なら、初回カウンセリングで全身脱毛もお試しいただけます。</p>
<p><a href="https://mens-biyou.example.org/reserve?utm_source=mail0625" style="background:#d00;color:#fff;padding:12px 30px;text-decoration:none">無料カウンセリング予約</a></p>
<p style="font-size:11px;color:#999"><a href="https://mens-biyou.example.org/optout">配信停止</a></p>
</div>
</body></html>
""")

add("spam/dating-01.eml",
    charset="utf-8", cte="base64", date="2025-10-30 23:56:02",
    sender=("ゆりか", "k21m044@campus.example.ac.jp"),
    to=[(None, "ishii.takumi@mail.example.com")],
    subject="近くに住んでるみたいなので…会えませんか？",
    via=("mail.campus.example.ac.jp", "mail.campus.example.ac.jp", "198.51.100.206"),
    client=("[203.0.113.66]", "203.0.113.66"),
    text="""\
こんばんは、ゆりかです。
プロフィール見てメールしちゃいました😊

32歳、旦那とはずっとすれ違いで、正直さみしいです…
石井さん、近くに住んでるみたいなので、
よかったら今週末お茶でもどうですか？

写真はこっちに載せてます。
恥ずかしいので、登録した人にしか見られないようにしてます💦

https://deai-hiroba.example.jp/p/yurika0929?inv=ishii

返事待ってるね。
""")

add("spam/supplement-01.eml",
    charset="euc-jp", cte="8bit", date="2026-01-08 15:27:36",
    sender=("ヘルスケア通販センター", "order@kenkou-direct.example.com"),
    to=[(None, "nishimura.a@example.ne.jp")],
    subject="話題のGLP-1ダイエット 医師の処方なしで自宅に届きます",
    via=("kenkou-direct.example.com", "unknown", "198.51.100.211"),
    text="""\
新年、今年こそ痩せたいあなたへ。

海外セレブの間で話題の「GLP-1ダイエット」。
これまでクリニックでしか手に入らなかったお薬が、
当店なら医師の診察なし・処方箋なしで購入できます。

・1か月でマイナス8kgも
・食欲が自然におさまる
・運動・食事制限なし

通常1か月分 39,800円 → 新春特別価格 19,800円
（3か月セットならさらに半額）

ご注文は銀行振込・コンビニ払いのみとなります。
海外発送のため、到着まで10日〜2週間ほどかかります。

ご注文はこちら
http://kenkou-direct.example.com/glp1/order.html
""")

add("spam/fake-shop-01.eml",
    charset="utf-8", cte="8bit", date="2025-08-13 12:12:12",
    sender=("お米の産直ショップ 田園", "sales@okome-denen.example"),
    to=[(None, "fujita.yoko@hikari.example.net")],
    subject="【在庫わずか】令和7年産 新米コシヒカリ 5kg 1,980円 送料無料",
    via=("vps-88.okome-denen.example", "unknown", "203.0.113.38"),
    text="""\
お米の値上がりでお困りの皆様へ

当店では農家直送のため、この価格を実現しました！

令和7年産 新潟県産コシヒカリ 5kg
市場価格 4,980円 → 特価 1,980円（税込・送料無料）

お一人様3袋まで。在庫がなくなり次第終了です。

お支払いは銀行振込のみとなっております。
ご入金確認後、3営業日以内に発送いたします。

▼ご注文はこちら
https://okome-denen.example/shop/koshihikari5kg

お米の産直ショップ 田園
""",
    html="""\
<html><body style="font-family:sans-serif">
<h2 style="color:#2e7d32">お米の値上がりでお困りの皆様へ</h2>
<p>当店では農家直送のため、この価格を実現しました！</p>
<div style="border:3px solid #e53935;padding:12px;width:420px">
<p style="margin:0">令和7年産 新潟県産コシヒカリ 5kg</p>
<p style="margin:0">市場価格 <s>4,980円</s> → <span style="font-size:28px;color:#e53935;font-weight:bold">1,980円</span>（税込・送料無料）</p>
</div>
<p>お一人様3袋まで。在庫がなくなり次第終了です。</p>
<p>お支払いは銀行振込のみとなっております。ご入金確認後、3営業日以内に発送いたします。</p>
<p><a href="https://okome-denen.example/shop/koshihikari5kg">▼ご注文はこちら</a></p>
<p>お米の産直ショップ 田園</p>
</body></html>
""")

add("spam/b2b-sales-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-02 10:31:08",
    sender=("MEO対策センター 岡本", "okamoto@meo-center.example.co.jp"),
    to=[(None, "info@ichou-sekkei.test")],
    subject="【貴社のGoogleマップ順位について】無料診断結果のご報告",
    via=("mail.meo-center.example.co.jp", "mail.meo-center.example.co.jp", "192.0.2.84"),
    headers=[("List-Unsubscribe", "<mailto:unsubscribe@meo-center.example.co.jp>"),
             ("X-Mailer", "BizMailer 3.2")],
    text="""\
いちょう設計
ご担当者様

突然のご連絡失礼いたします。
MEO対策センターの岡本と申します。

弊社にて、貴社のGoogleマップ（Googleビジネスプロフィール）の
表示順位を無料で診断させていただきました。

「地域名＋設計事務所」で検索した場合、貴社は現在12位となっており、
上位3社と比べてお問い合わせ数が大きく減っている可能性があります。

弊社のMEO対策を導入いただいた企業様では、
平均3か月で上位3位以内に表示されております。

・初期費用0円
・成果報酬型（上位表示された日のみ費用が発生）
・最低契約期間なし

詳しい診断レポートを無料でお送りいたしますので、
ご興味がございましたら本メールにご返信ください。

今後このようなご案内が不要な場合は、お手数ですが
unsubscribe@meo-center.example.co.jp までご連絡ください。

MEO対策センター
営業部　岡本 大輔
""")

add("spam/b2b-sales-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-03-24 13:45:52",
    sender=("補助金活用支援室", "hojokin@keiei-shien.example.net"),
    to=[(None, "soumu@kawasemi-kogyo.example.co.jp")],
    subject="【締切間近】最大450万円 IT導入補助金 申請代行のご案内",
    via=("keiei-shien.example.net", "unknown", "203.0.113.93"),
    text="""\
経営者様

いつもお世話になっております。補助金活用支援室です。

今年度のIT導入補助金の申請受付が始まりました。
最大450万円、補助率は最大4分の3です。

「申請が難しそう」「自社が対象かわからない」という企業様のために、
弊社では申請書類の作成から採択後の手続きまで
一括で代行しております。

・採択率　92.4％（昨年度実績）
・着手金　0円
・成功報酬　補助金額の15％

まずは無料の診断（オンライン30分）をお申し込みください。
締切が迫っておりますので、お早めにどうぞ。

https://keiei-shien.example.net/it-hojo/shindan

補助金活用支援室
""")

add("spam/prize-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-12-24 18:00:41",
    sender=("年末感謝祭 事務局", "present@kansha-sai.example.jp"),
    to=[(None, "mori.tomoko@example.ne.jp")],
    subject="🎉おめでとうございます！年末感謝祭 1等 当選のお知らせ",
    via=("kansha-sai.example.jp", "kansha-sai.example.jp", "198.51.100.14"),
    qsubj=True,
    html="""\
<html><body style="margin:0;background:#fff3e0;font-family:sans-serif;text-align:center">
<div style="max-width:480px;margin:0 auto;padding:20px">
<div style="font-size:40px">🎉🎁🎉</div>
<h1 style="color:#d84315">1等 当選！</h1>
<p>おめでとうございます！<br>あなたのメールアドレスが、年末感謝祭の<br><b>1等「最新スマートフォン」</b>に選ばれました。</p>
<p>受取期限：<b style="color:#d00">12月26日（金）</b></p>
<p>賞品の発送には、送料・事務手数料 <b>880円</b> のお支払いが必要です。</p>
<p><a href="https://kansha-sai.example.jp/win/receive?code=X1-2025" style="display:inline-block;background:#d84315;color:#fff;padding:16px 36px;font-size:18px;text-decoration:none;border-radius:30px">今すぐ受け取る</a></p>
<p style="font-size:10px;color:#999">本キャンペーンは抽選により当選者を決定しています。</p>
</div>
</body></html>
""")

add("spam/tech-support-01.eml",
    charset="shift_jis", cte="8bit", date="2026-04-14 09:38:20",
    sender=("Windowsセキュリティセンター", "alert@pc-hogo.example.org"),
    to=[(None, "taniguchi.s@hikari.example.net")],
    subject="【警告】お使いのPCでトロイの木馬が検出されました",
    via=("pc-hogo.example.org", "unknown", "192.0.2.231"),
    text="""\
■■■ セキュリティ警告 ■■■

お使いのコンピューターで、以下のウイルスが検出されました。

　検出名：Trojan:Win32/Wacatac.B!ml
　危険度：高

このウイルスにより、銀行口座の情報、クレジットカード情報、
保存されたパスワードが外部に送信されている可能性があります。

PCの電源を切らずに、直ちにサポートセンターまでお電話ください。
専門スタッフが遠隔操作でウイルスを駆除いたします。

　Windowsサポートセンター
　050-0000-7731（24時間受付）

※ご自身で操作されると、データが消失する恐れがあります。
""")

add("spam/cn-phish-01.eml",
    charset="utf-8", cte="base64", date="2025-05-06 03:33:47",
    sender=("イオンカード", "aeon@aeon-kaiin.example.net"),
    to=[(None, "yamaguchi.e@example.ne.jp")],
    subject="【重要】イオンカード利用限制のお知らせ，必ずご確認",
    via=("mail.aeon-kaiin.example.net", "mail.aeon-kaiin.example.net", "203.0.113.7"),
    text="""\
尊敬的イオンカード会员様

いつもイオンカードをご利用して頂き、誠にありがとうございます。

最近、お客様のカードが第三者から不正使用されるの可能性が
ありますので、お客様のアカウントを利用限制いたしました。

下記の链接からログインして、本人情报を确认をしてください。
确认をしないの場合、カードを永久に停止されます。

https://aeon-kaiin.example.net/kaiin/login

※本メールは送信専用ですので、返信はしないでお願いします。

イオンクレジットサービス株式会社
""")

add("spam/cn-phish-02.eml",
    charset="utf-8", cte="8bit", date="2026-06-30 14:08:09",
    sender=("えきねっと", "info@eki-net.jr-east.example.com"),
    to=[(None, "hara.minoru@mail.example.com")],
    subject="えきねっと】自動退会処理についてお知らせ",
    via=("ecs-198-51-100-61.compute.example.com", "unknown", "198.51.100.61"),
    text="""\
えきねっとをご利用頂き、谢谢ありがとうございます。

お客様のアカウントは長期間ログインがないため、
規約にによって自動退会処理を行いました。
退会後、保有していたポイントは全部失效となります。

继续してご利用したい場合は、7月2日（木）までに
以下URLよりアカウント情报の更新を行ってください。

http://eki-net.jr-east.example.com/member/

東日本旅客鉄道株式会社
""")

add("spam/link-only-01.eml",
    charset="utf-8", cte="8bit", date="2025-09-11 02:02:19",
    sender=(None, "n.watase@example.ne.jp"),
    to=[(None, "s2240318@campus.example.ac.jp")],
    subject="",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.12"),
    client=("watase-note", "198.51.100.244"),
    text="""\
https://bit.example.com/3xWq8a
""")

add("spam/link-only-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-03-30 06:47:33",
    sender=("お知らせ", "notice@kakunin-tsuuchi.example.com"),
    to=[(None, "aya0312@mail.example.com")],
    subject="ご確認ください",
    via=("kakunin-tsuuchi.example.com", "unknown", "192.0.2.172"),
    text="""\
至急ご確認ください。
http://www.kakunin-tsuuchi.example.com/?m=aya0312
""")

add("spam/image-only-01.eml",
    charset="utf-8", cte="base64", date="2025-11-11 11:11:04",
    sender=("特別優待のご案内", "vip@tokubetsu-yuutai.example.org"),
    to=[(None, "takeuchi.r@hikari.example.net")],
    subject="本日限定のご優待",
    via=("tokubetsu-yuutai.example.org", "198-51-100-133.pool.example.org", "198.51.100.133"),
    html="""\
<html><body style="margin:0;padding:0">
<center>
<a href="https://tokubetsu-yuutai.example.org/c/7h2k9?r=takeuchi"><img src="https://img.tokubetsu-yuutai.example.org/banner_1111.jpg" width="600" height="900" border="0" alt=""></a>
</center>
</body></html>
""")


# ===========================================================================
# ham
# ===========================================================================

add("ham/bank-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-10-09 22:47:15",
    sender=("みなづき銀行", "notice@minazuki-bank.example"),
    to=[(None, "tanaka.hiroshi@example.ne.jp")],
    subject="【みなづき銀行】新しい端末からのログインがありました",
    via=("mail.minazuki-bank.example", "mail.minazuki-bank.example", "192.0.2.11"),
    text="""\
田中 浩 様

みなづきダイレクトに、これまでご利用のない端末からログインがありました。

　日時　：2025年10月9日 22:45
　端末　：iPhone（アプリ）
　接続元：日本

お客さまご本人によるログインであれば、このメールは破棄してください。

お心当たりがない場合は、パスワードを変更のうえ、
みなづき銀行 不正利用ダイヤル（0120-000-415、24時間受付）まで
ご連絡ください。

なお、当行がメールやSMSでログインページへのリンクをお送りしたり、
暗証番号やワンタイムパスワードをお尋ねしたりすることはありません。
ログインは必ず公式アプリ、またはブックマークした当行ホームページから
行ってください。

株式会社みなづき銀行
※本メールは送信専用アドレスから送信しています。
""")

add("ham/bank-notice-02.eml",
    charset="shift_jis", cte="8bit", date="2025-06-25 09:03:41",
    sender=("つつじ信用組合", "info@tsutsuji-shinkumi.example.or.jp"),
    to=[(None, "sato-ke@hikari.example.net")],
    subject="【つつじ信組】お振込入金のお知らせ",
    via=("mail.tsutsuji-shinkumi.example.or.jp", "mail.tsutsuji-shinkumi.example.or.jp", "203.0.113.52"),
    text="""\
佐藤 啓介 様

いつもつつじ信用組合をご利用いただきありがとうございます。
お客様の口座に、以下のとおりお振込みがありましたのでお知らせします。

入金日　　：2025年6月25日
口座　　　：本店　普通　***0000
振込依頼人：ｶ)ｱｵｲｹﾝｾﾂ
金額　　　：132,000円

詳細は、つつじネットバンキングの入出金明細でご確認ください。

本メールは、入金お知らせサービスにご登録のお客様に
お送りしています。配信の停止はネットバンキングの
「各種設定」から行えます。

つつじ信用組合
""")

add("ham/bank-notice-03.eml",
    charset="utf-8", cte="quoted-printable", date="2026-01-27 10:30:00",
    sender=("みなづき銀行", "kakunin@mail.minazuki-bank.example"),
    to=[(None, "a.nishida@mail.example.com")],
    subject="【みなづき銀行】お客さま情報・お取引目的等のご確認のお願い",
    via=("mail.minazuki-bank.example", "mail.minazuki-bank.example", "192.0.2.11"),
    qsubj=True,
    text="""\
西田 彩 様

いつもみなづき銀行をご利用いただき、ありがとうございます。

当行では、犯罪収益移転防止法等に基づき、お客さまの情報や
お取引の目的等を定期的に確認しております。
お手数ですが、2月27日（金）までにご回答をお願いいたします。

【ご回答方法】
みなづき銀行アプリにログインし、ホーム画面の「お知らせ」から
「お客さま情報のご確認」を選択してください。

※このメールにはログインページへのリンクを記載しておりません。
※当行がメールで暗証番号、ワンタイムパスワード、カード番号を
　お尋ねすることはございません。このような内容のメールを
　受け取られた場合は、開かずに削除してください。

ご回答いただけない場合、お取引を一部制限させていただくことがございます。
詳しくは当行ホームページの「よくあるご質問」をご覧ください。

株式会社みなづき銀行
お客さまサポートセンター 0120-000-388（平日9:00〜17:00）
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;line-height:1.7;color:#222">
<div style="border-bottom:3px solid #1d4f91;padding:8px 0;font-weight:bold;color:#1d4f91">みなづき銀行</div>
<p>西田 彩 様</p>
<p>いつもみなづき銀行をご利用いただき、ありがとうございます。</p>
<p>当行では、犯罪収益移転防止法等に基づき、お客さまの情報やお取引の目的等を定期的に確認しております。お手数ですが、<b>2月27日（金）</b>までにご回答をお願いいたします。</p>
<p><b>【ご回答方法】</b><br>みなづき銀行アプリにログインし、ホーム画面の「お知らせ」から「お客さま情報のご確認」を選択してください。</p>
<p style="background:#fff4e5;padding:8px">※このメールにはログインページへのリンクを記載しておりません。<br>
※当行がメールで暗証番号、ワンタイムパスワード、カード番号をお尋ねすることはございません。このような内容のメールを受け取られた場合は、開かずに削除してください。</p>
<p>ご回答いただけない場合、お取引を一部制限させていただくことがございます。詳しくは当行ホームページの「よくあるご質問」をご覧ください。</p>
<p style="font-size:12px;color:#555">株式会社みなづき銀行<br>お客さまサポートセンター 0120-000-388（平日9:00〜17:00）</p>
</body></html>
""")

add("ham/card-notice-01.eml",
    charset="utf-8", cte="base64", date="2025-08-05 07:00:12",
    sender=("かもめカード", "statement@kamome-card.example.jp"),
    to=[(None, "miho.k@example.ne.jp")],
    subject="【かもめカード】8月お支払い金額確定のお知らせ",
    via=("mta02.kamome-card.example.jp", "mta02.kamome-card.example.jp", "203.0.113.70"),
    headers=[("List-Unsubscribe", "<https://www.kamome-card.example.jp/mail/stop?id=ae81c2>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    text="""\
かもめカードをご利用いただきありがとうございます。
8月27日（水）お支払い分のご請求金額が確定しました。

　お支払い金額：48,316円
　お支払い日　：2025年8月27日（水）
　お引落し口座：ご登録の金融機関口座

ご利用明細は、かもめカード会員サイトまたは公式アプリの
「ご利用明細」からご確認いただけます。

※リボ払い・分割払いのご利用分を含みます。
※このメールは、お支払い金額確定のお知らせをご希望のお客様に
　お送りしています。

かもめカード株式会社
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px">
<table width="100%" style="max-width:600px" cellpadding="12">
<tr><td style="background:#0a6fb5;color:#fff;font-weight:bold">かもめカード</td></tr>
<tr><td>
<p>かもめカードをご利用いただきありがとうございます。<br>8月27日（水）お支払い分のご請求金額が確定しました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">お支払い金額</th><td>48,316円</td></tr>
<tr><th align="left">お支払い日</th><td>2025年8月27日（水）</td></tr>
<tr><th align="left">お引落し口座</th><td>ご登録の金融機関口座</td></tr>
</table>
<p>ご利用明細は、<a href="https://www.kamome-card.example.jp/member/">かもめカード会員サイト</a>または公式アプリの「ご利用明細」からご確認いただけます。</p>
<p style="font-size:12px;color:#666">※リボ払い・分割払いのご利用分を含みます。<br>※このメールは、お支払い金額確定のお知らせをご希望のお客様にお送りしています。<br>
<a href="https://www.kamome-card.example.jp/mail/stop?id=ae81c2">配信停止</a></p>
<p>かもめカード株式会社</p>
</td></tr></table>
</body></html>
""")

add("ham/card-notice-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-04-18 23:52:08",
    sender=("かもめカード セキュリティ", "alert@kamome-card.example.jp"),
    to=[(None, "m_fujii@keitai.example.ne.jp")],
    subject="【かもめカード】ご利用を一時保留しました",
    via=("out.mailcast.example.com", "out.mailcast.example.com", "198.51.100.30"),
    ret="bounce-kamome-5521@mailcast.example.com",
    text="""\
かもめカードをご利用いただきありがとうございます。

本日、お客様のカードで通常と異なるご利用を検知したため、
念のためご利用を一時保留させていただきました。

　ご利用日時：4月18日（土）23:41
　ご利用金額：128,000円
　ご利用先　：海外加盟店（オンライン）

お客様ご本人のご利用かどうか、カード裏面に記載の
セキュリティデスクまでお電話でお知らせください。
ご本人のご利用と確認でき次第、保留を解除いたします。

このメールに返信いただいても確認はできません。
また、当社からメールでカード番号やセキュリティコードを
お尋ねすることはありません。

かもめカード株式会社 セキュリティデスク
""")

add("ham/card-notice-03.eml",
    charset="utf-8", cte="8bit", date="2025-09-16 12:00:00",
    sender=("ルリカード会員サービス", "info@ruri-card.test"),
    to=[(None, "hasegawa.k@mail.example.com")],
    subject="【重要】本人認証サービス（3Dセキュア）ご登録のお願い",
    via=("mail1.ruri-card.test", "mail1.ruri-card.test", "192.0.2.140"),
    text="""\
ルリカード会員のみなさまへ

2025年3月末より、ネットショッピングでのカード決済時に
本人認証サービス（3Dセキュア2.0）の導入が義務化されました。

ご登録がまだのお客様は、ネットショッピングの決済時に
ワンタイムパスワードの受け取りができず、決済が完了しない
場合があります。

ご登録は、ルリカード公式アプリの「設定」→「本人認証サービス」
から行えます。アプリをお持ちでない方は、公式サイトから
会員ページにログインしてお手続きください。

※本メールにはログイン用のリンクを記載しておりません。
※カード会社を名乗り、3Dセキュアの登録を装って
　カード情報を盗み取るフィッシングメールが確認されています。
　メール内のリンクからカード番号を入力しないでください。

ルリカード株式会社
""")

add("ham/securities-notice-01.eml",
    charset="utf-8", cte="base64", date="2025-05-13 17:30:00",
    sender=("いぶき証券", "news@ibuki-sec.example.net"),
    to=[(None, "ishikawa.n@hikari.example.net")],
    subject="【いぶき証券】ログイン時のデバイス認証必須化について",
    via=("mail.ibuki-sec.example.net", "mail.ibuki-sec.example.net", "198.51.100.48"),
    text="""\
いぶき証券をご利用のお客様へ

昨今、証券会社を装ったフィッシングサイトで盗まれたIDとパスワードにより、
お客様の口座で身に覚えのない株式の売買が行われる被害が業界全体で
多発しております。

当社では、お客様の資産を守るため、2025年6月7日（土）より
ログイン時のデバイス認証を必須といたします。

・新しい端末からログインする際、ご登録のメールアドレスに
　認証コードが届きます。
・認証コードをログイン画面に入力すると、その端末が登録されます。

あわせて、取引パスワードを定期的に変更し、他のサイトと
同じパスワードを使わないようお願いいたします。

当社からのメールに記載のリンクからログインを求めることはありません。
ログインは、当社公式アプリまたはブックマークからお願いいたします。

いぶき証券株式会社
金融商品取引業者 関東財務局長（金商）第0000号
""",
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;line-height:1.7">
<h3 style="border-left:6px solid #4a7b2f;padding-left:8px">ログイン時のデバイス認証必須化について</h3>
<p>いぶき証券をご利用のお客様へ</p>
<p>昨今、証券会社を装ったフィッシングサイトで盗まれたIDとパスワードにより、お客様の口座で身に覚えのない株式の売買が行われる被害が業界全体で多発しております。</p>
<p>当社では、お客様の資産を守るため、<b>2025年6月7日（土）</b>よりログイン時のデバイス認証を必須といたします。</p>
<ul>
<li>新しい端末からログインする際、ご登録のメールアドレスに認証コードが届きます。</li>
<li>認証コードをログイン画面に入力すると、その端末が登録されます。</li>
</ul>
<p>あわせて、取引パスワードを定期的に変更し、他のサイトと同じパスワードを使わないようお願いいたします。</p>
<p style="color:#b00">当社からのメールに記載のリンクからログインを求めることはありません。ログインは、当社公式アプリまたはブックマークからお願いいたします。</p>
<p style="font-size:12px">いぶき証券株式会社<br>金融商品取引業者 関東財務局長（金商）第0000号</p>
</body></html>
""")

add("ham/securities-notice-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-02-19 15:42:30",
    sender=("いぶき証券", "torihiki@ibuki-sec.example.net"),
    to=[(None, "tanaka.hiroshi@example.ne.jp")],
    subject="【いぶき証券】約定のお知らせ",
    via=("mail.ibuki-sec.example.net", "mail.ibuki-sec.example.net", "198.51.100.48"),
    text="""\
田中 浩 様

以下のご注文が約定しました。

　約定日　　：2026/02/19
　銘柄　　　：かすみ工業（0000）
　取引　　　：現物買（NISA成長投資枠）
　約定数量　：100株
　約定単価　：2,415円
　受渡日　　：2026/02/24

取引報告書は、ログイン後の「電子交付書面」からご確認ください。

いぶき証券株式会社
""")

add("ham/otp-01.eml",
    charset="utf-8", cte="8bit", date="2025-12-11 20:14:33",
    sender=("みなづき銀行", "otp@minazuki-bank.example"),
    to=[(None, "nakano.m@keitai.example.ne.jp")],
    subject="ワンタイムパスワードのお知らせ",
    via=("mail.minazuki-bank.example", "mail.minazuki-bank.example", "192.0.2.11"),
    text="""\
ワンタイムパスワード：481930
有効期限：20:24まで

このパスワードを他人に教えないでください。
当行の職員が電話やメールでお尋ねすることはありません。
みなづき銀行
""")

add("ham/otp-02.eml",
    charset="shift_jis", cte="base64", date="2026-05-30 13:21:55",
    sender=("ことのは書房オンライン", "no-reply@verify.kotonoha-shobo.invalid"),
    to=[(None, "n.fukuda@mail.example.com")],
    subject="確認コードのお知らせ",
    via=("mx1.kotonoha-shobo.invalid", "unknown", "203.0.113.165"),
    text="""\
ことのは書房オンラインをご利用いただきありがとうございます。

ログインのための確認コードは以下のとおりです。

　確認コード：７２０４５８

このコードの有効期限は１０分です。
お心当たりのない場合は、このメールを破棄してください。
第三者がお客様のパスワードを入手している可能性がありますので、
念のためパスワードの変更をおすすめします。

ことのは書房オンライン
""")

add("ham/password-reset-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-07-21 23:05:47",
    sender=("ルームノート", "noreply@account.kakeibo-note.example.com"),
    to=[(None, "rie.m@example.ne.jp")],
    subject="パスワード再設定のご案内",
    via=("smtp.kakeibo-note.example.com", "smtp.kakeibo-note.example.com", "192.0.2.59"),
    qname=True,
    text="""\
ルームノートをご利用いただきありがとうございます。

パスワード再設定のリクエストを受け付けました。
下記のリンクから、新しいパスワードを設定してください。

https://account.kakeibo-note.example.com/reset?token=3f9d1c7a0b64e2

このリンクの有効期限は60分です。期限を過ぎた場合は、
アプリのログイン画面から再度お手続きください。

このリクエストにお心当たりがない場合は、このメールを無視してください。
パスワードは変更されません。

ルームノート サポートチーム
""")

add("ham/password-reset-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-11-25 08:30:00",
    sender=("情報システム課", "sysadmin@sakuranbo-soft.example"),
    to=[(None, "m.ueda@sakuranbo-soft.example")],
    subject="[自動通知] パスワードの有効期限が近づいています",
    via=("mail.sakuranbo-soft.example", "mail.sakuranbo-soft.example", "192.0.2.90"),
    text="""\
上田 真理子 さん

社内アカウント（m.ueda）のパスワードの有効期限が
7日後（12月2日（火））に切れます。

期限までに、社内PCの Ctrl+Alt+Del →「パスワードの変更」、
または社内ポータルの「アカウント設定」から変更してください。
社外からの変更はできません。

このメールは自動送信です。パスワードを入力させるリンクを
メールでお送りすることはありません。

情報システム課（内線 2200）
""")

add("ham/payment-failure-01.eml",
    charset="utf-8", cte="base64", date="2026-03-02 06:10:28",
    sender=("シネマポケット", "billing@cinemapocket.test"),
    to=[(None, "k.tamura@hikari.example.net")],
    subject="お支払いを完了できませんでした",
    via=("mailer.cinemapocket.test", "mailer.cinemapocket.test", "203.0.113.84"),
    text="""\
田村 様

シネマポケットをご利用いただきありがとうございます。

3月分の月額料金（990円）のお支払いを、ご登録のクレジットカードで
完了できませんでした。カードの有効期限が切れている可能性があります。

3月9日（月）までにお支払い方法を更新していただくと、
そのまま引き続きご視聴いただけます。
期限を過ぎた場合、プランは無料プランに変更されますが、
マイリストや視聴履歴は保持されます。

お支払い方法の更新：アプリの「アカウント」→「お支払い方法」
またはこちら https://www.cinemapocket.test/account/payment

シネマポケット カスタマーサポート
""",
    html="""\
<html><body style="font-family:sans-serif;background:#111;color:#eee">
<div style="max-width:520px;margin:0 auto;padding:20px">
<div style="font-size:22px;color:#ffb300;font-weight:bold">CINEMA POCKET</div>
<p>田村 様</p>
<p>シネマポケットをご利用いただきありがとうございます。</p>
<p>3月分の月額料金（990円）のお支払いを、ご登録のクレジットカードで完了できませんでした。カードの有効期限が切れている可能性があります。</p>
<p><b>3月9日（月）</b>までにお支払い方法を更新していただくと、そのまま引き続きご視聴いただけます。期限を過ぎた場合、プランは無料プランに変更されますが、マイリストや視聴履歴は保持されます。</p>
<p><a href="https://www.cinemapocket.test/account/payment" style="color:#111;background:#ffb300;padding:10px 24px;text-decoration:none">お支払い方法を更新</a></p>
<p style="font-size:12px;color:#999">アプリの「アカウント」→「お支払い方法」からも更新できます。<br>シネマポケット カスタマーサポート</p>
</div>
</body></html>
""")

add("ham/payment-failure-02.eml",
    charset="euc-jp", cte="8bit", date="2025-08-08 11:15:02",
    sender=("そらモバイル", "info@sora-mobile.example.jp"),
    to=[(None, "y_ono@keitai.example.ne.jp")],
    subject="【そらモバイル】7月ご利用料金のお支払いについて",
    via=("mail.sora-mobile.example.jp", "mail.sora-mobile.example.jp", "198.51.100.111"),
    text="""\
小野 様

そらモバイルをご利用いただきありがとうございます。

7月ご利用分の料金（3,278円）について、ご指定の口座から
お引き落としができませんでした。

ご登録のご住所宛てに、8月中旬に払込票をお送りします。
お近くのコンビニエンスストア・郵便局でお支払いください。
会員ページからクレジットカードでお支払いいただくこともできます。
　https://www.sora-mobile.example.jp/mypage/

お支払い期限：8月29日（金）

お支払いの確認ができない場合、9月上旬より順次、
ご利用を停止させていただくことがあります。
行き違いでお支払い済みの場合はご容赦ください。

そらモバイル お客様センター
0120-000-157（10:00〜19:00 年中無休）
""")

add("ham/renewal-01.eml",
    charset="utf-8", cte="8bit", date="2026-06-15 09:00:07",
    sender=("ハコクラウド", "billing@hako-cloud.example.com"),
    to=[(None, "shun.t@example.ne.jp")],
    subject="［ハコクラウド］年額プラン自動更新のお知らせ",
    via=("mail.hako-cloud.example.com", "mail.hako-cloud.example.com", "203.0.113.201"),
    text="""\
ハコクラウドをご利用いただきありがとうございます。

ご契約中のプランは、下記の日付で自動更新されます。

　プラン　　：ハコクラウド プラス（200GB）年額
　更新日　　：2026年6月29日（月）
　更新料金　：4,400円（税込）
　お支払い　：ご登録のクレジットカード（末尾0000）

解約やプラン変更をご希望の場合は、更新日の前日までに
アプリの「設定」→「ご契約内容」からお手続きください。
更新後の日割り返金はございません。
プランの詳細：https://www.hako-cloud.example.com/plans

ハコクラウド サポート
""")

add("ham/renewal-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-04-08 10:05:40",
    sender=("サーバー屋 更新センター", "renew@server-ya.example.net"),
    to=[(None, "info@ichou-sekkei.test")],
    subject="【サーバー屋】ドメイン ichou-sekkei.test 有効期限のお知らせ（30日前）",
    via=("mail.server-ya.example.net", "198-51-100-170.static.example.net", "198.51.100.170"),
    text="""\
いちょう設計 ご担当者様

サーバー屋をご利用いただき、誠にありがとうございます。
ご契約中の以下のドメインの有効期限が近づいております。

　ドメイン名：ichou-sekkei.test
　有効期限　：2025年5月8日（木）
　更新料金　：1,650円（税込・1年）

自動更新を設定されていないため、期限までにお手続きがない場合、
ドメインは失効し、ホームページやメールがご利用いただけなくなります。

更新はサーバー屋 契約管理ページにログインし、
「ドメイン更新」からお手続きください。

なお、当社を装い「ドメインの支払いが失敗した」などとして
カード情報を入力させる偽メールが出回っております。
ご不安な場合は、メール内のリンクではなくブックマークから
契約管理ページにアクセスしてください。

サーバー屋 更新センター
""")

add("ham/delivery-notice-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-12-03 14:37:09",
    sender=("ことり便", "fuzai@kotori-bin.example.co.jp"),
    to=[(None, "kawai-emi@example.ne.jp")],
    subject="【ことり便】ご不在連絡（お荷物お預かりのお知らせ）",
    via=("mail.kotori-bin.example.co.jp", "mail.kotori-bin.example.co.jp", "203.0.113.106"),
    text="""\
河合 恵美 様

本日お荷物をお届けに伺いましたが、ご不在でしたので
持ち帰りました。

　伝票番号　：0000-4418-7720
　ご依頼主　：ほたる農園
　品名　　　：食品（要冷蔵）
　お伺い日時：12月3日（水）14:20

再配達のご依頼は、ことり便アプリ、または下記ページから
伝票番号を入力してお申し込みください。

https://www.kotori-bin.example.co.jp/redelivery/

要冷蔵のお荷物のため、保管期限は12月6日（土）までです。

ことり便 みなと営業所
""")

add("ham/delivery-notice-02.eml",
    charset="shift_jis", cte="8bit", date="2026-01-16 08:02:53",
    sender=("ことり便", "yotei@kotori-bin.example.co.jp"),
    to=[(None, "fujita.yoko@hikari.example.net")],
    subject="お荷物お届け予定のお知らせ",
    via=("mail.kotori-bin.example.co.jp", "mail.kotori-bin.example.co.jp", "203.0.113.106"),
    text="""\
藤田 様

ことり便です。以下のお荷物を本日お届けする予定です。

伝票番号：0000-5082-1146
ご依頼主：ｶﾌﾞｼｷｶﾞｲｼｬ ｱｼﾞｻｲﾄﾞｳ
お届け予定：1月16日（金） 14時〜16時

日時の変更・置き配のご指定は、ことり便アプリから
お届け予定時間の1時間前まで承ります。

※このメールは送信専用です。
""")

add("ham/delivery-notice-03.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-10-25 18:44:21",
    sender=("パーセルステーション", "locker@parcel-station.test"),
    to=[(None, "aya0312@mail.example.com")],
    subject="お荷物が宅配ロッカーに到着しました",
    via=("send.parcel-station.test", "send.parcel-station.test", "192.0.2.120"),
    text="""\
パーセルステーションをご利用いただきありがとうございます。

ご指定の宅配ロッカーにお荷物が到着しました。

　設置場所：みどり台駅 東口
　お荷物番号：PS-0000-2291
　認証番号：5830
　受取期限：10月28日（火）23:59

ロッカーの画面で「受け取る」を選び、お荷物番号と認証番号を
入力してください。
受取期限を過ぎたお荷物は、ご依頼主へ返送されます。

パーセルステーション
""")

add("ham/points-expiry-01.eml",
    charset="utf-8", cte="base64", date="2025-09-25 12:00:00",
    sender=("ふくろうドラッグ", "point@fukurou-drug.example.jp"),
    to=[(None, "kinoshita.h@example.ne.jp")],
    subject="【ふくろうドラッグ】9月末で860ポイントが失効します",
    via=("out.mailcast.example.com", "out.mailcast.example.com", "198.51.100.30"),
    ret="bounce-fukurou-1188@mailcast.example.com",
    headers=[("List-Unsubscribe", "<https://fukurou-drug.example.jp/mailmag/stop?u=48811>")],
    text="""\
いつもふくろうドラッグをご利用いただきありがとうございます。

お客様の保有ポイントのうち、860ポイントが
9月30日（火）で有効期限を迎えます。

ポイントは店頭・公式オンラインストアで1ポイント1円として
ご利用いただけます。

さらに、9月27日（土）・28日（日）は全店でポイント5倍デー！
この機会にぜひご来店ください。

ふくろうドラッグ
配信停止：https://fukurou-drug.example.jp/mailmag/stop?u=48811
""",
    html="""\
<html><body style="font-family:sans-serif;margin:0">
<div style="background:#6a4c93;color:#fff;padding:12px;font-weight:bold">ふくろうドラッグ</div>
<div style="padding:16px">
<p>いつもふくろうドラッグをご利用いただきありがとうございます。</p>
<p style="font-size:18px">お客様の保有ポイントのうち、<b style="color:#d00">860ポイント</b>が<br><b>9月30日（火）</b>で有効期限を迎えます。</p>
<p>ポイントは店頭・公式オンラインストアで1ポイント1円としてご利用いただけます。</p>
<div style="background:#ffeb3b;padding:10px;font-weight:bold">9月27日（土）・28日（日）は全店でポイント5倍デー！</div>
<p><a href="https://fukurou-drug.example.jp/store/">店舗を探す</a> ／ <a href="https://fukurou-drug.example.jp/online/">オンラインストア</a></p>
<p style="font-size:11px;color:#888"><a href="https://fukurou-drug.example.jp/mailmag/stop?u=48811">配信停止</a></p>
</div>
</body></html>
""")

add("ham/points-expiry-02.eml",
    charset="euc-jp", cte="8bit", date="2026-05-11 10:20:00",
    sender=("あおぞらエア マイレージクラブ", "mile@aozora-air.example.org"),
    to=[(None, "matsuda.r@hikari.example.net")],
    subject="マイル有効期限のお知らせ",
    via=("mail.aozora-air.example.org", "mail.aozora-air.example.org", "203.0.113.180"),
    text="""\
松田 亮 様

あおぞらエア マイレージクラブをご利用いただき
ありがとうございます。

お客様の保有マイルのうち、以下のマイルが有効期限を迎えます。

　失効予定マイル：4,200マイル
　有効期限　　　：2026年5月31日（日）

マイルは特典航空券のほか、提携ポイントや
電子マネーへの交換にもご利用いただけます。
お手続きは会員ページから行えます。

あおぞらエア マイレージクラブ事務局
""")

add("ham/sale-newsletter-01.eml",
    charset="utf-8", cte="quoted-printable", date="2025-11-28 00:00:05",
    sender=("NATURAL LEAF", "news@natural-leaf.example"),
    to=[(None, "chika_photo@mail.example.com")],
    subject="【最大70%OFF】ブラックフライデー開催中！期間限定クーポンも🎁",
    via=("out.mailcast.example.com", "out.mailcast.example.com", "198.51.100.30"),
    ret="bounce-nleaf-7731@mailcast.example.com",
    qsubj=True,
    headers=[("List-Unsubscribe", "<https://natural-leaf.example/mail/unsubscribe?c=7731>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    html="""\
<html><body style="margin:0;font-family:'Helvetica Neue',sans-serif;background:#f5f1ea">
<div style="max-width:600px;margin:0 auto;background:#fff">
<div style="text-align:center;padding:18px;font-size:22px;letter-spacing:4px">NATURAL LEAF</div>
<div style="background:#222;color:#fff;text-align:center;padding:24px">
<div style="font-size:16px">BLACK FRIDAY</div>
<div style="font-size:36px;font-weight:bold">最大70%OFF</div>
<div>11月28日（金）〜12月1日（月）</div>
</div>
<div style="padding:20px;line-height:1.8">
<p>いつもNATURAL LEAFをご愛顧いただきありがとうございます。</p>
<p>年に一度のブラックフライデーがスタートしました。リネンシャツやウールコートなど、人気アイテムが期間限定で最大70%OFF！</p>
<p>さらに、メルマガ会員様限定で使える<b>1,000円OFFクーポン</b>をご用意しました🎁</p>
<p style="text-align:center;border:2px dashed #c0392b;padding:10px;font-size:20px">クーポンコード：<b>BF2025LEAF</b></p>
<p style="font-size:12px">※8,000円（税込）以上のお買い物でご利用いただけます。人気商品は在庫がなくなり次第終了です。</p>
<p style="text-align:center"><a href="https://natural-leaf.example/sale/blackfriday?utm_source=mail" style="background:#c0392b;color:#fff;padding:14px 40px;text-decoration:none">セール会場へ</a></p>
</div>
<div style="font-size:11px;color:#888;padding:16px;text-align:center">
NATURAL LEAF 公式オンラインストア<br>
<a href="https://natural-leaf.example/mail/unsubscribe?c=7731">メールマガジンの配信停止</a>
</div>
</div>
</body></html>
""")

add("ham/sale-newsletter-02.eml",
    charset="shift_jis", cte="8bit", date="2026-03-28 09:30:00",
    sender=("デンキのヤマネコ", "mailmag@yamaneko-denki.example.co.jp"),
    to=[(None, "s.ozawa@example.ne.jp")],
    subject="【本日限り】決算大処分ｾｰﾙ！冷蔵庫・洗濯機 最大60%OFF",
    via=("mm.yamaneko-denki.example.co.jp", "mm.yamaneko-denki.example.co.jp", "192.0.2.77"),
    headers=[("List-Unsubscribe", "<mailto:mm-stop@yamaneko-denki.example.co.jp>"),
             ("X-Mailer", "YMK-MailMag 2.1")],
    text="""\
━━━━━━━━━━━━━━━━━━━━━━
　デンキのヤマネコ メールマガジン　2026.3.28
━━━━━━━━━━━━━━━━━━━━━━

小沢様、いつもありがとうございます！

★決算大処分ｾｰﾙ 最終日★
本日3月28日（土）限り！店頭展示品・型落ち品を大放出します。

■冷蔵庫（470L 6ﾄﾞｱ）展示品　 最大60%OFF
■ドラム式洗濯機 型落ち　　　　 最大45%OFF
■4Kテレビ 55型　　　　　　　　 残り3台！

※数量限定のため、売り切れの際はご容赦ください。
※お取り置きはできません。

ﾔﾏﾈｺﾎﾟｲﾝﾄ会員様は、さらにポイント10%還元！

▼店舗一覧・チラシはこちら
https://www.yamaneko-denki.example.co.jp/flyer/

─────────────────────
デンキのヤマネコ
配信停止：mm-stop@yamaneko-denki.example.co.jp へ空メール
─────────────────────
""")

add("ham/sale-newsletter-03.eml",
    charset="utf-8", cte="base64", date="2025-06-19 19:00:00",
    sender=("たびまくら", "info@tabimakura.test"),
    to=[(None, "a.tsuji@mail.example.com")],
    subject="⏰48時間限定｜夏の宿泊クーポン 最大5,000円OFF配布中",
    via=("mta.tabimakura.test", "mta.tabimakura.test", "203.0.113.222"),
    headers=[("List-Unsubscribe", "<https://www.tabimakura.test/mypage/mail?off=1>")],
    text="""\
辻 様

こんばんは、たびまくらです☀️

夏休みの旅行計画はお済みですか？
本日から48時間限定で、国内宿泊に使えるクーポンを配布中です。

・20,000円以上のご予約で 2,000円OFF
・40,000円以上のご予約で 5,000円OFF

配布期間：6月19日（木）19:00 〜 6月21日（土）18:59
ご宿泊期間：7月1日〜9月30日

クーポンは先着順のため、なくなり次第終了です。
お早めにどうぞ！

▼クーポンを獲得する
https://www.tabimakura.test/coupon/summer48

たびまくら
メール配信の設定変更：https://www.tabimakura.test/mypage/mail
""",
    html="""\
<html><body style="font-family:sans-serif;background:#e0f7fa">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:20px">
<p>辻 様</p>
<p>こんばんは、たびまくらです☀️</p>
<p>夏休みの旅行計画はお済みですか？<br>本日から<b>48時間限定</b>で、国内宿泊に使えるクーポンを配布中です。</p>
<table style="width:100%;text-align:center;border-collapse:collapse">
<tr><td style="border:1px solid #0097a7;padding:10px">20,000円以上<br><b style="font-size:20px;color:#0097a7">2,000円OFF</b></td>
<td style="border:1px solid #0097a7;padding:10px">40,000円以上<br><b style="font-size:20px;color:#0097a7">5,000円OFF</b></td></tr>
</table>
<p>配布期間：6月19日（木）19:00 〜 6月21日（土）18:59<br>ご宿泊期間：7月1日〜9月30日</p>
<p>クーポンは先着順のため、なくなり次第終了です。</p>
<p style="text-align:center"><a href="https://www.tabimakura.test/coupon/summer48" style="background:#ff7043;color:#fff;padding:12px 32px;text-decoration:none;border-radius:4px">クーポンを獲得する</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.tabimakura.test/mypage/mail">メール配信の設定変更</a></p>
</div>
</body></html>
""")

add("ham/winner-notice-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-24 15:10:00",
    sender=("みどり茶園 キャンペーン事務局", "campaign@midori-chaen.example.com"),
    to=[(None, "kondo.y@example.ne.jp")],
    subject="【当選のお知らせ】夏の新茶プレゼントキャンペーン",
    via=("out.mailcast.example.com", "out.mailcast.example.com", "198.51.100.30"),
    ret="bounce-midori-0724@mailcast.example.com",
    text="""\
近藤 由美子 様

このたびは「みどり茶園 夏の新茶プレゼントキャンペーン」に
ご応募いただき、誠にありがとうございました。

厳正なる抽選の結果、近藤様はB賞「QUOカード 1,000円分」に
ご当選されました。おめでとうございます。

賞品は、ご応募の際にご登録いただいたご住所へ
8月下旬までに簡易書留でお送りします。
お客様によるお手続きやご負担はございません。

※当選の権利はご本人様に限り有効です。
※当事務局から、賞品発送のために手数料や口座番号を
　お尋ねすることはございません。

当選者の発表は、賞品の発送をもってかえさせていただきます。
キャンペーンの詳細：https://www.midori-chaen.example.com/campaign/summer/

みどり茶園 キャンペーン事務局
（受付時間 平日10:00〜17:00 0120-000-724）
""")

add("ham/winner-notice-02.eml",
    charset="utf-8", cte="8bit", date="2026-06-05 12:00:30",
    sender=("チケットひろば", "ticket@ticket-hiroba.example.net"),
    to=[(None, "s.endo@example.ne.jp")],
    subject="【チケットひろば】抽選結果のお知らせ（当選）",
    via=("mail.ticket-hiroba.example.net", "mail.ticket-hiroba.example.net", "203.0.113.33"),
    text="""\
遠藤 聡 様

チケットひろばをご利用いただきありがとうございます。
お申し込みいただいた公演の抽選結果をお知らせします。

■抽選結果：当選
公演名　：ほしぞらフィルハーモニー 夏のガラ・コンサート
日時　　：2026年7月26日（日） 開場15:00 / 開演16:00
会場　　：みなと市民ホール 大ホール
席種・枚数：S席 2枚
お支払い金額：17,440円（チケット代・手数料込み）

■お支払い期限：6月8日（月）23:00
お申し込み時に選択されたコンビニ払いの払込番号は、
マイページの「申込履歴」からご確認ください。
期限までにお支払いがない場合、当選は無効となります。

チケットは公演の1週間前からスマートフォンに表示されます。

チケットひろば
https://www.ticket-hiroba.example.net/mypage/
""")

add("ham/recruiter-01.eml",
    charset="utf-8", cte="base64", date="2025-10-16 11:24:00",
    sender=("キャリアブリッジ", "scout@career-bridge.example.jp"),
    to=[(None, "ishii.takumi@mail.example.com")],
    subject="【スカウト】石井様のご経験に興味を持った企業からメッセージが届いています",
    via=("mail.career-bridge.example.jp", "mail.career-bridge.example.jp", "192.0.2.222"),
    headers=[("List-Unsubscribe", "<https://career-bridge.example.jp/settings/scout?stop=1>")],
    html="""\
<html><body style="font-family:sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:0 auto">
<div style="background:#00897b;color:#fff;padding:12px;font-weight:bold">キャリアブリッジ</div>
<div style="padding:16px;line-height:1.8">
<p>石井 拓海 様</p>
<p>石井様のレジュメをご覧になった企業から、スカウトメッセージが届いています。</p>
<table style="border:1px solid #ccc;width:100%;border-collapse:collapse">
<tr><td style="padding:8px;background:#f5f5f5;width:30%">企業名</td><td style="padding:8px">株式会社ユキワリ物流システム</td></tr>
<tr><td style="padding:8px;background:#f5f5f5">職種</td><td style="padding:8px">バックエンドエンジニア（Go / PostgreSQL）</td></tr>
<tr><td style="padding:8px;background:#f5f5f5">想定年収</td><td style="padding:8px">600万円〜850万円</td></tr>
<tr><td style="padding:8px;background:#f5f5f5">勤務地</td><td style="padding:8px">東京都（リモート週3日可）</td></tr>
</table>
<p>「物流倉庫の在庫管理システムの刷新をリードしていただける方を探しています。石井様の決済基盤でのご経験を、ぜひ当社で活かしていただけませんか。」</p>
<p>このスカウトの返信期限は<b>10月30日（木）</b>です。</p>
<p><a href="https://career-bridge.example.jp/scout/msg/5521873" style="background:#00897b;color:#fff;padding:10px 28px;text-decoration:none">メッセージを見る</a></p>
<p style="font-size:11px;color:#888">スカウトの受信設定は<a href="https://career-bridge.example.jp/settings/scout?stop=1">こちら</a>から変更できます。</p>
</div></div>
</body></html>
""")

add("ham/recruiter-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-02-12 18:20:44",
    sender=("前田 浩二", "k.maeda@hr-partners.example.co.jp"),
    to=[(None, "t.sugiura@sakuranbo-soft.example")],
    subject="杉浦様 突然のご連絡失礼いたします（テックリード求人のご相談）",
    via=("mail.hr-partners.example.co.jp", "unknown", "203.0.113.74"),
    client=("MAEDA-NB", "192.0.2.196"),
    text="""\
杉浦 隆 様

突然のご連絡失礼いたします。
人材紹介会社エイチアールパートナーズの前田と申します。

杉浦様が技術カンファレンスでご登壇された
「レガシーシステムの段階的移行」のお話を拝見し、
ぜひ一度ご紹介したい案件があり、ご連絡いたしました。

医療系SaaSを展開する企業（従業員約200名）で、
テックリードのポジションを募集しております。
年収は900万円〜、フルリモート可とのことです。

現在転職をお考えでなくても構いません。
情報交換という形で、30分ほどお話しする機会を
いただけませんでしょうか。

ご興味をお持ちいただけましたら、ご都合のよい日時を
いくつかお知らせいただけますと幸いです。
ご不要でしたら、お手数ですがその旨ご返信ください。
以後のご連絡は控えさせていただきます。

株式会社エイチアールパートナーズ
シニアコンサルタント　前田 浩二
TEL 03-0000-6620
""")

add("ham/it-warning-01.eml",
    charset="utf-8", cte="8bit", date="2025-10-14 11:48:10",
    sender=("情報システム部 加藤", "kato.j@kawasemi-kogyo.example.co.jp"),
    to=[(None, "all-staff@kawasemi-kogyo.example.co.jp")],
    rcpt="takahashi.a@kawasemi-kogyo.example.co.jp",
    subject="【注意喚起】「MFA再登録」を装った不審メールについて",
    via=("mail.kawasemi-kogyo.example.co.jp", "mail.kawasemi-kogyo.example.co.jp", "203.0.113.27"),
    client=("PC-JOUSYS-014", "192.0.2.14"),
    text="""\
社員各位

情報システム部の加藤です。

本日9時ごろから、情報システム部を名乗る以下の不審メールが
複数の社員に届いています。当部から送ったものではありません。

　件名：【全社員対象】多要素認証（MFA）の再登録のお願い
　差出人：情報システム部 <it-helpdesk@kawasemi-kogyo-it[.]example[.]co[.]jp>
　リンク先：hxxps://portal[.]kawasemi-kogyo-it[.]example[.]co[.]jp/mfa/register

差出人のドメインが当社のもの（kawasemi-kogyo.example.co.jp）ではなく、
「-it」が付いた別のドメインになっています。
リンク先は、Microsoft 365 のサインイン画面をまねた偽サイトです。

■お願い
・リンクを開かず、メールを削除してください。
・すでにリンクを開き、IDとパスワードを入力してしまった方は、
　すぐに内線0000（ヘルプデスク）までご連絡ください。
　責めることはありませんので、遠慮なくお知らせください。

なお、当部がメールでパスワードやMFAの再登録を求める場合は、
必ず事前に社内ポータルのお知らせに掲載します。

情報システム部　加藤 純一（内線 0000）
""")

add("ham/it-warning-02.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-06-03 13:15:27",
    sender=("ヘルプデスク", "helpdesk@sakuranbo-soft.example"),
    to=[(None, "staff@sakuranbo-soft.example")],
    rcpt="m.ueda@sakuranbo-soft.example",
    subject="[注意] メール容量超過を装うフィッシングメールが届いています",
    via=("mail.sakuranbo-soft.example", "mail.sakuranbo-soft.example", "192.0.2.90"),
    text="""\
各位

ヘルプデスクです。

今朝、社内の複数のアドレスに、次のようなメールが届いています。

> 件名: メールボックス容量が98%に達しています
> 差出人: システム管理者 <postmaster@sakuranbo-soft.example>
>
> 容量を追加するには、以下から認証を行ってください。
> 認証後、自動的に容量が50GBに拡張されます。
>
> hxxps://webmail.sakuranbo-soft.mbox-quota[.]example[.]com/upgrade?u=...

差出人は当社のアドレスになっていますが、社外から送られた偽装メールです。
リンク先は当社ドメインではありません（mbox-quota[.]example[.]com）。

当社のメールボックス容量は一律50GBで、容量の追加に認証は不要です。
リンクを開いた方、パスワードを入力した方はヘルプデスクまで
至急ご連絡ください。

ヘルプデスク（内線 2200 / チャット #helpdesk）
""")

add("ham/gov-notice-01.eml",
    charset="utf-8", cte="8bit", date="2026-01-22 10:00:00",
    sender=("しらさぎ市 くらし支援課", "kyufu@city.shirasagi.example.lg.jp"),
    to=[(None, "shirasagi-news@city.shirasagi.example.lg.jp")],
    rcpt="okada.shinji@hikari.example.net",
    subject="【しらさぎ市メール配信】物価高騰対策給付金の申請受付について",
    via=("mail.city.shirasagi.example.lg.jp", "mail.city.shirasagi.example.lg.jp", "198.51.100.192"),
    headers=[("List-Id", "<shirasagi-news.city.shirasagi.example.lg.jp>")],
    text="""\
しらさぎ市からのお知らせです。

物価高騰対策給付金（1世帯あたり30,000円）について、
対象となる世帯へ1月下旬から確認書を郵送しています。

■手続き
同封の確認書に振込先口座を記入し、返信用封筒で
2月27日（金）までにご返送ください。
市のホームページから電子申請することもできます。

■給付金詐欺にご注意ください
市や国の職員が、ATMの操作をお願いしたり、
手数料の振込みを求めたりすることは絶対にありません。
また、市からメールやSMSで口座番号や暗証番号の入力を
求めることもありません。
不審な電話やメールがあった場合は、しらさぎ警察署（0000-00-0110）
または市消費生活センターにご相談ください。

問い合わせ：しらさぎ市 くらし支援課 給付金担当
電話 0000-00-4321（平日8:30〜17:15）

--
しらさぎ市メール配信サービス
配信の停止・変更は市ホームページの「メール配信」から行えます。
""")

add("ham/gov-notice-02.eml",
    charset="shift_jis", cte="base64", date="2025-05-07 09:15:00",
    sender=("わかば県 県税事務所", "kenzei@pref.wakaba.example.lg.jp"),
    to=[(None, "morita_t@example.ne.jp")],
    subject="自動車税種別割の納税通知書を発送しました",
    via=("smtp.pref.wakaba.example.lg.jp", "smtp.pref.wakaba.example.lg.jp", "192.0.2.206"),
    text="""\
わかば県 県税メールサービスにご登録の皆様へ

令和7年度の自動車税種別割の納税通知書を、5月7日（水）に発送しました。

納期限：6月2日（月）

納付は、金融機関・コンビニエンスストアの窓口のほか、
スマートフォン決済アプリや地方税お支払サイトからも行えます。
口座振替をお申し込みの方は、6月2日に引き落とされます。

なお、県税事務所を名乗り、「未納があるので今日中に支払うように」と
電話やSMSで支払いを求める事例が報告されています。
県がSMSやメールで納付先のURLをお知らせすることはありません。

わかば県 中央県税事務所 自動車税課
電話 0000-00-7788
""")

add("ham/gov-notice-03.eml",
    charset="utf-8", cte="quoted-printable", date="2025-12-16 16:30:00",
    sender=("情報セキュリティ推進センター", "alert@jsc.example.go.jp"),
    to=[(None, "alert-ml@jsc.example.go.jp")],
    rcpt="office@nanohana.example.org",
    subject="【注意喚起】年末年始に増加するフィッシング・サポート詐欺について",
    via=("mail.jsc.example.go.jp", "mail.jsc.example.go.jp", "203.0.113.12"),
    headers=[("List-Id", "<alert-ml.jsc.example.go.jp>")],
    text="""\
情報セキュリティ推進センターです。

年末年始は、ネットショッピングや宅配便の利用が増えることから、
それらを装ったフィッシングメールやSMSが例年増加します。
また、長期休暇中はシステム管理者への連絡が取りにくくなるため、
被害の発見が遅れる傾向があります。

■最近確認されている手口
・宅配業者を装い「不在のため持ち帰りました」として偽サイトへ誘導
・通販サイトを装い「会費のお支払いに問題があります」としてカード情報を入力させる
・ブラウザに「ウイルスが検出されました」と表示し、偽のサポート窓口へ電話させる
・電力会社やカード会社を装い「本日中に支払わないと停止」と急がせる

■対策
・メールやSMSのリンクからログインや支払いをしない
・公式アプリやブックマークからアクセスする
・警告画面に表示された電話番号には電話しない
・休暇前にOSやソフトウェアを最新の状態にする

詳細は当センターのウェブサイトをご覧ください。
https://www.jsc.example.go.jp/alert/2025/1216.html

本メールは注意喚起メーリングリストの登録者にお送りしています。
""")

add("ham/dunning-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-09-10 10:12:33",
    sender=("ひのき紙工 野口", "k.noguchi@hinoki-shiko.example.jp"),
    to=[(None, "keiri@ichou-sekkei.test")],
    subject="【再送】7月分ご請求のお支払いについてのご確認",
    via=("mail.hinoki-shiko.example.jp", "unknown", "198.51.100.52"),
    client=("NOGUCHI-PC", "198.51.100.53"),
    text="""\
いちょう設計株式会社
経理ご担当者様

いつも大変お世話になっております。
ひのき紙工の野口でございます。

先月ご送付いたしました7月分のご請求（請求書番号 H-2507-0142、
金額 66,330円、お支払期日 8月31日）につきまして、
本日時点で弊社にてご入金の確認がとれておりません。

行き違いでございましたら大変申し訳ございません。
お手数ですが、お支払い状況をご確認のうえ、
9月19日（金）までにご入金いただけますと幸いです。

なお、お振込先は従来どおり、請求書記載の口座から変更はございません。
請求書の再発行が必要でしたらお申し付けください。

何卒よろしくお願い申し上げます。

株式会社ひのき紙工
営業部　野口 和彦
TEL 0000-00-3581
""")

add("ham/invoice-01.eml",
    charset="shift_jis", cte="8bit", date="2026-04-30 17:05:12",
    sender=("ひのき紙工 野口", "k.noguchi@hinoki-shiko.example.jp"),
    to=[("川瀬 様", "kawase.t@kawasemi-kogyo.example.co.jp")],
    subject="4月分 請求書送付のご案内（ひのき紙工）",
    via=("mail.hinoki-shiko.example.jp", "unknown", "198.51.100.52"),
    client=("NOGUCHI-PC", "198.51.100.53"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    attach=[("請求書_H-2604-0088.pdf", "application/pdf", "pdf")],
    fname="word",
    text="""\
カワセミ工業株式会社
購買部　川瀬様

いつもお世話になっております。
ひのき紙工の野口です。

4月分の請求書をPDFにてお送りいたします。
ご査収のほどよろしくお願いいたします。

　請求金額：214,500円（税込）
　お支払期日：5月31日（日）※金融機関休業日のため翌営業日で結構です
　お振込先：請求書記載の口座（変更はございません）

原本は本日郵送いたしました。

引き続きよろしくお願いいたします。

株式会社ひのき紙工
営業部　野口 和彦
""")

add("ham/meeting-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2026-05-21 14:02:19",
    sender=("藤本 さやか", "s.fujimoto@komorebi-design.example.com"),
    to=[(None, "t.sugiura@sakuranbo-soft.example")],
    subject="次回お打ち合わせの日程候補について",
    via=("smtp.komorebi-design.example.com", "unknown", "203.0.113.243"),
    client=("fujimoto-mbp", "192.0.2.87"),
    headers=[("X-Mailer", "Apple Mail (2.3826)")],
    text="""\
さくらんぼソフト
杉浦様

お世話になっております。こもれびデザインの藤本です。

先日はお時間をいただきありがとうございました。
画面デザインの第2案がまとまりましたので、
次回のお打ち合わせの日程をご相談させてください。

候補は以下のとおりです（各1時間程度、オンライン）。

　1. 5月26日（火）10:00〜
　2. 5月27日（水）15:00〜
　3. 5月29日（金）13:30〜

ご都合のよい日時をお知らせいただけますでしょうか。
いずれも難しい場合は、別の候補をいただければ調整いたします。

よろしくお願いいたします。

こもれびデザイン
藤本 さやか
""")

add("ham/meeting-02.eml",
    charset="utf-8", cte="quoted-printable", date="2025-11-07 09:26:51",
    sender=("山下 和也", "k.yamashita@kawasemi-kogyo.example.co.jp"),
    to=[("総務部 高橋", "takahashi.a@kawasemi-kogyo.example.co.jp")],
    subject="Re: 11/6 安全衛生委員会 議事録（案）",
    via=("mail.kawasemi-kogyo.example.co.jp", "mail.kawasemi-kogyo.example.co.jp", "203.0.113.27"),
    client=("PC-SEIZO-221", "192.0.2.221"),
    headers=[("In-Reply-To", "<20251106173012.a91c02@kawasemi-kogyo.example.co.jp>")],
    text="""\
高橋さん

議事録ありがとうございます。2点だけ修正をお願いします。

・3.(2) フォークリフトの点検は「月1回」ではなく「週1回」です。
・次回開催日は12月4日（木）ではなく12月11日（木）に変更になりました。

それ以外は問題ありません。

山下

> 各位
>
> 昨日の安全衛生委員会の議事録（案）を送ります。
> 修正があれば11/7中にご連絡ください。
>
> 3.(2) フォークリフトの点検：月1回実施とする
> 5. 次回開催：12月4日（木）15:00〜
>
> 総務部 高橋
""")

add("ham/order-01.eml",
    charset="utf-8", cte="base64", date="2025-08-20 16:41:08",
    sender=("オフィス家具のくすのき", "order@kusunoki-kagu.example.net"),
    to=[(None, "info@ichou-sekkei.test")],
    subject="【くすのき】ご注文ありがとうございます（注文番号 K-250820-0337）",
    via=("mail.kusunoki-kagu.example.net", "198-51-100-177.static.example.net", "198.51.100.177"),
    text="""\
いちょう設計株式会社 様

このたびはオフィス家具のくすのきをご利用いただき、
誠にありがとうございます。
以下の内容でご注文を承りました。

注文番号：K-250820-0337
ご注文日：2025年8月20日

　ワークチェア　メッシュ　ブラック　　　×４　　９６，８００円
　昇降デスク　１４００幅　ナチュラル　　×２　１１８，８００円
　送料・組立設置費　　　　　　　　　　　　　　　１１，０００円
　──────────────────────────────
　合計（税込）　　　　　　　　　　　　　　　２２６，６００円

お支払い方法：請求書払い（納品月末締め・翌月末払い）
お届け予定：8月29日（金）午前

組立設置の担当者より、前日までにお電話でご連絡いたします。
ご注文履歴：https://www.kusunoki-kagu.example.net/biz/orders

オフィス家具のくすのき 法人営業部
""")

add("ham/personal-01.eml",
    charset="utf-8", cte="8bit", date="2026-03-12 21:33:40",
    sender=("みさき", "misaki.hanada@mail.example.com"),
    to=[(None, "kawai-emi@example.ne.jp")],
    subject="お花見どうする？🌸",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.85"),
    client=("android-misaki", "203.0.113.129"),
    text="""\
えみちゃん

おつかれ〜！
今年のお花見、どうする？🌸
去年の川沿いの公園、屋台も出ててよかったよね😊

開花予想だと3月末くらいが見頃みたいだから、
3月28日（土）か29日（日）あたりどうかな？
ゆかとまいにも声かけてみるね。

お弁当は今年は私が作るよ〜🍙
飲み物だけ持ってきてもらえると助かる！

都合わかったら教えてね✨
""")

add("ham/personal-02.eml",
    charset="shift_jis", cte="8bit", date="2025-12-27 19:50:02",
    sender=("母", "kazuko.i@keitai.example.ne.jp"),
    to=[(None, "ishii.takumi@mail.example.com")],
    subject="お正月のこと",
    via=("msg.keitai.example.ne.jp", "msg.keitai.example.ne.jp", "198.51.100.161"),
    client=("mobile", "198.51.100.249"),
    text="""\
たくみへ
お正月は何日に帰ってくるの？
おばあちゃんが楽しみにしてるよ
お餅とおせちは用意しておくから
お父さんが駅まで車で迎えに行くって
時間わかったら教えてね
寒いから風邪ひかないようにね
ﾊﾊより
""")

add("ham/personal-03.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-04-20 10:17:26",
    sender=("大野 修平", "shuhei.o@hikari.example.net"),
    to=[(None, "watanabe.kouji@example.ne.jp")],
    subject="ご無沙汰しています（ご報告）",
    via=("smtp.hikari.example.net", "smtp.hikari.example.net", "203.0.113.145"),
    client=("OHNO-HOME", "203.0.113.160"),
    headers=[("User-Agent", "Mozilla Thunderbird")],
    text="""\
渡辺くん

ご無沙汰しています。大学のゼミで一緒だった大野です。
急にメールしてすみません。

私事で恐縮ですが、このたび結婚することになりました。
相手は職場の同僚で、秋に身内だけで式を挙げる予定です。

落ち着いたら、ゼミのみんなで久しぶりに集まれたらと
思っています。石田先生も今年で退官されるそうなので、
そのお祝いも兼ねて、6月あたりにどうかなと考えています。

渡辺くんは最近どうしていますか。
まだ名古屋にいるのかな。

またゆっくり話せたらうれしいです。

大野 修平
""")

add("ham/ml-post-01.eml",
    charset="utf-8", cte="8bit", date="2026-02-05 01:12:47",
    sender=("Kenta Arai", "arai@devnote.example.org"),
    to="pyusers-ja@lists.example.org",
    rcpt="t.sugiura@sakuranbo-soft.example",
    subject="[pyusers-ja:04417] Re: email パッケージで ISO-2022-JP の件名が化ける",
    via=("lists.example.org", "lists.example.org", "192.0.2.150"),
    headers=[("List-Id", "Python users in Japanese <pyusers-ja.lists.example.org>"),
             ("X-ML-Name", "pyusers-ja"),
             ("X-Mail-Count", "04417"),
             ("Reply-To", "pyusers-ja@lists.example.org"),
             ("In-Reply-To", "<8d1f0a2c@mail.example.com>")],
    text="""\
新井です。

> policy を指定せずに message_from_bytes() すると、Subject が
> =?ISO-2022-JP?B?...?= のまま返ってきてしまいます。

compat32（デフォルト）だと str(msg["Subject"]) はデコードしないので、
policy=email.policy.default を渡すのが一番簡単です。

    import email
    from email import policy

    with open("sample.eml", "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=policy.default)

    print(msg["Subject"])          # デコード済みの str
    body = msg.get_body(preferencelist=("plain", "html"))
    print(body.get_content())      # charset も見て str にしてくれる

どうしても compat32 のままにしたい場合は decode_header() で:

    from email.header import decode_header, make_header
    print(str(make_header(decode_header(msg["Subject"]))))

ただし、機種依存文字（丸数字など）が入っていると iso2022_jp では
デコードに失敗するので、その場合は iso2022_jp_ext か
cp50221 相当の扱いが必要になります（標準ライブラリには
cp50221 がないので、iso2022_jp_2 で逃げることが多いです）。

--
Kenta Arai
""")

add("ham/ml-post-02.eml",
    charset="euc-jp", cte="8bit", date="2025-05-16 22:05:30",
    sender=("小松 博", "komatsu.h@example.ne.jp"),
    to="fotoclub@nanohana.example.org",
    rcpt="h.sakamoto@example.ne.jp",
    subject="[なのはな写真部:0233] 5月の撮影会（バラ園）のご案内",
    via=("list.nanohana.example.org", "unknown", "203.0.113.98"),
    headers=[("List-Id", "<fotoclub.nanohana.example.org>"),
             ("X-ML-Name", "fotoclub"),
             ("Reply-To", "fotoclub@nanohana.example.org")],
    text="""\
なのはな写真部のみなさん

幹事の小松です。5月の撮影会のご案内です。

日時：5月25日（日）9:30集合（雨天の場合は6月1日（日）に延期）
場所：しらさぎ市ローズガーデン 正門前
参加費：入園料 600円（各自）

今年は品種の数が増えたそうで、見頃は5月下旬とのことです。
マクロレンズをお持ちの方はぜひ。三脚は園内使用禁止なので
ご注意ください。

撮影後、近くの喫茶店で講評会をします（自由参加）。

参加される方は5月22日（木）までにこのMLに返信するか、
私に直接ご連絡ください。

小松
""")

add("ham/school-01.eml",
    charset="shift_jis", cte="base64", date="2026-01-29 15:48:00",
    sender=("しらさぎ第二中学校", "renraku@school-renraku.test"),
    to="undisclosed-recipients:;",
    rcpt="nishimura.a@example.ne.jp",
    subject="【しらさぎ二中】2年3組 学級閉鎖のお知らせ",
    via=("mail.school-renraku.test", "mail.school-renraku.test", "192.0.2.45"),
    attach=[("学級閉鎖のお知らせ_2年3組.pdf", "application/pdf", "pdf")],
    fname="rfc2231-only",
    text="""\
2年3組 保護者の皆様

いつも本校の教育活動にご理解とご協力をいただき、
ありがとうございます。

2年3組において、インフルエンザによる欠席者が増加したため、
学校医と相談のうえ、下記のとおり学級閉鎖といたします。

　期間：1月30日（金）〜2月2日（月）
　登校再開：2月3日（火）

期間中は不要な外出を控え、ご家庭での健康観察をお願いします。
課題は、学習用タブレットで配信します。

詳しくは添付の文書をご覧ください。

しらさぎ市立しらさぎ第二中学校
教頭　松本
""")

add("ham/school-02.eml",
    charset="utf-8", cte="quoted-printable", date="2025-09-22 09:00:00",
    sender=("教務課", "kyomu@campus.example.ac.jp"),
    to=[(None, "s2231045@campus.example.ac.jp")],
    subject="【教務課】後期履修登録期間のお知らせ",
    via=("mail.campus.example.ac.jp", "mail.campus.example.ac.jp", "198.51.100.206"),
    text="""\
学生各位

後期の履修登録期間をお知らせします。

　登録期間：9月24日（水）9:00 〜 10月1日（水）17:00
　修正期間：10月6日（月）〜 10月8日（水）

登録は学生ポータルの「履修登録」から行ってください。
https://portal.campus.example.ac.jp/

※期間外の登録は原則として受け付けません。
※卒業要件の単位数を必ず確認してください。

最近、大学を装って「アカウントが停止されます」などとして
学生ポータルのIDとパスワードを入力させるメールが届いています。
教務課からのメールで、パスワードの入力を求めることはありません。

教務課（学生センター1階）
""")

add("ham/clinic-01.eml",
    charset="utf-8", cte="8bit", date="2026-06-22 18:05:44",
    sender=("ひだまり歯科クリニック", "yoyaku@hidamari-shika.example.com"),
    to=[(None, "miho.k@example.ne.jp")],
    subject="定期検診のご予約日のお知らせ",
    via=("smtp.hidamari-shika.example.com", "p3341-ipoe.example.com", "203.0.113.209"),
    text="""\
小林 美穂 様

ひだまり歯科クリニックです。
定期検診のご予約日が近づきましたので、お知らせいたします。

　ご予約日時：6月25日（木）10:30
　内容：定期検診・クリーニング

ご都合が悪くなった場合は、前日までにお電話か
WEB予約（https://hidamari-shika.example.com/yoyaku）から変更してください。
お薬手帳をお持ちの方はご持参ください。

ひだまり歯科クリニック
TEL 0000-00-8214
""")

add("ham/apartment-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-07-09 11:30:00",
    sender=("すまい管理サービス", "kanri@sumai-kanri.example.net"),
    to=[(None, "hiro.sugimoto@hikari.example.net")],
    subject="【グランメゾンみどり台】排水管清掃実施のお知らせ",
    via=("mail.sumai-kanri.example.net", "203-0-113-236.static.example.net", "203.0.113.236"),
    attach=[("排水管清掃のお知らせ.pdf", "application/pdf", "pdf")],
    fname="word",
    text="""\
グランメゾンみどり台 居住者各位

いつもお世話になっております。管理会社のすまい管理サービスです。

年1回の排水管清掃を、下記の日程で実施いたします。
作業員が各住戸に入室し、キッチン・浴室・洗面所・洗濯機パンの
排水口を高圧洗浄します（1住戸あたり約20分）。

　7月23日（水）　1階〜5階
　7月24日（木）　6階〜10階
　※時間帯は添付の案内をご確認ください。

ご不在の場合は、管理事務所に鍵をお預けいただくか、
予備日の7月30日（水）をご利用ください。
居住者専用サイト：https://resident.sumai-kanri.example.net/midoridai/

すまい管理サービス株式会社
グランメゾンみどり台 担当　島田
""")

add("ham/apartment-02.eml",
    charset="euc-jp", cte="8bit", date="2026-03-09 08:40:15",
    sender=("ハイツ若葉 管理人", "heights-wakaba@example.ne.jp"),
    to=[(None, "t-ikeda@example.ne.jp")],
    subject="エレベーター点検のお知らせ",
    via=("smtp.example.ne.jp", "smtp.example.ne.jp", "198.51.100.12"),
    client=("kanrinin-pc", "198.51.100.237"),
    text="""\
ハイツ若葉 入居者の皆様

3月12日（木）13時〜15時、エレベーターの定期点検を行います。
点検中はエレベーターが使えません。階段をご利用ください。

ご迷惑をおかけしますが、よろしくお願いします。

管理人　坂口
""")

add("ham/seminar-01.eml",
    charset="iso-2022-jp", cte="7bit", date="2025-10-02 14:30:00",
    sender=("NPOなのはなネット", "seminar@nanohana.example.org"),
    to=[(None, "hasegawa.k@mail.example.com")],
    subject="【受付完了】シニアのためのスマホ安全講座（10/18）",
    via=("mail.nanohana.example.org", "p1207-ipoe.example.ne.jp", "203.0.113.97"),
    text="""\
長谷川 様

NPOなのはなネットです。
「シニアのためのスマホ安全講座」へのお申し込みを受け付けました。

　日時：10月18日（土）14:00〜16:00
　会場：しらさぎ市民センター 2階 第3会議室
　参加費：無料
　持ち物：お使いのスマートフォン、筆記用具

講座では、宅配業者や銀行を装った偽SMS・偽メールの見分け方、
「当選しました」「未納料金があります」といった連絡への対処法、
家族で決めておきたい合言葉などを、実際の画面を見ながら学びます。

当日ご都合が悪くなった場合は、このメールへの返信か
お電話（0000-00-5510）でお知らせください。

NPOなのはなネット　講座担当
""")

add("ham/event-01.eml",
    charset="shift_jis", cte="8bit", date="2025-07-12 20:14:09",
    sender=("みどり台三丁目町内会", "midoridai3.chonai@mail.example.com"),
    to=[(None, "y-kimura@hikari.example.net")],
    subject="夏祭りのお手伝いのお願い",
    via=("smtp.mail.example.com", "smtp.mail.example.com", "198.51.100.85"),
    client=("kaichou-pc", "192.0.2.98"),
    text="""\
木村様

いつも町内会の活動にご協力いただきありがとうございます。
会長の森下です。

今年も8月2日（土）に、みどり台公園で夏祭りを開催します。
つきましては、当日のお手伝いをお願いできないでしょうか。

　・テント設営　　 8月2日（土）9:00〜11:00
　・焼きそば模擬店 8月2日（土）16:00〜18:00
　・片付け　　　　 8月2日（土）20:30〜21:30

どれか一つでも助かります。ご都合のよい時間帯を
7月25日（金）までにお知らせください。

みどり台三丁目町内会　会長　森下
""")
