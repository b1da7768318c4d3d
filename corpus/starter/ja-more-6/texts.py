# -*- coding: utf-8 -*-
"""Texts and per-message settings of the ja-more-6 starter messages.

Mostly the ham a Japanese filter must never lose (business, public offices,
clinics, schools, family, mailing lists and many genuine notices that use
the words of spam), plus a spread of spam.  Every text here was written for
this set; none of it is real mail.  Each record is a dict with:

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
  hard      True on ham that shares its vocabulary with spam (sale
            newsletters, prize notices, reminders, security notices,
            forwarded spam, ...)

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


def unsub(url, mailto=None):
    """List-Unsubscribe header (with one-click POST when a URL is given)."""
    v = "<%s>" % url
    if mailto:
        v = "<mailto:%s>, %s" % (mailto, v)
    return [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


def mailer(name):
    return [("X-Mailer", name)]


# ===========================================================================
# spam
# ===========================================================================
add("spam/phish-bank-01.eml", "utf-8", "base64", "2025-03-11 07:42:18",
    ("三井住友銀行", "security@smbc-kakunin.example.com"),
    [(None, "k.ishida@example.ne.jp")],
    "【重要】お客様の口座取引を一時的に制限しております",
    """\
いつも三井住友銀行をご利用いただき、誠にありがとうございます。

お客様の口座において、第三者による不正なアクセスの可能性が確認されたため、
お取引の一部を一時的に制限させていただきました。

ご本人様確認が完了するまで、振込・引き出し等のお取引はご利用いただけません。
下記URLよりログインのうえ、お手続きをお願いいたします。

https://smbc-kakunin.example.com/ib/verify?id=88213

※24時間以内にご確認いただけない場合、口座は凍結されます。
※本メールは送信専用です。

三井住友銀行
""",
    ret="bounce@mx7.smbc-kakunin.example.com",
    via=("mx7.smbc-kakunin.example.com", "unknown", "203.0.113.77"), hops=1)

add("spam/phish-bank-02.eml", "shift_jis", "8bit", "2025-06-19 22:05:51",
    ("ゆうちょダイレクト", "info@jp-bank-direct.example"),
    [(None, "sachiko.m@example.jp")],
    "ゆうちょ銀行 ご本人様確認のお願い（最終通知）",
    """\
お客様各位

平素よりゆうちょダイレクトをご利用いただきありがとうございます。

マネー・ローンダリング対策の強化に伴い、お客様情報の再確認を
お願いしておりますが、現時点でご回答をいただいておりません。

本日中にご回答がない場合、ゆうちょダイレクトのご利用を停止いたします。

▼ご回答はこちら
http://jp-bank-direct.example/login/kakunin.php

ゆうちょ銀行　お客様サポート
""",
    via=("jp-bank-direct.example", "jp-bank-direct.example", "198.51.100.213"), hops=1)

add("spam/phish-card-01.eml", "iso-2022-jp", "7bit", "2025-02-08 03:18:40",
    ("JCBカード", "no-reply@jcb-card-info.example.net"),
    [(None, "h.okamoto@example.com")],
    "【JCB】カードご利用確認のお願い",
    """\
JCBカードをご利用いただき、ありがとうございます。

お客様のカードにおいて、普段と異なるご利用がありましたので、
ご利用の一部を保留させていただいております。

　ご利用日時：2025年2月7日 23:41
　ご利用金額：89,800円
　ご利用先　：APPLE STORE ONLINE

お心当たりのない場合は、以下よりご利用内容をご確認ください。

https://jcb-card-info.example.net/myjcb/confirm

ご確認いただけない場合、カードのご利用を停止させていただきます。

株式会社ジェーシービー
""",
    via=("mail.jcb-card-info.example.net", "p1120-ipoe.osaka.example.ne.jp", "198.51.100.31"))

add("spam/phish-card-02.eml", "utf-8", "quoted-printable", "2025-09-26 11:02:09",
    ("エポスカード", "eposcard@epos-net-security.test"),
    [(None, "miho.sugiura@example.co.jp")],
    "【エポスカード】お支払い方法の確認が必要です", qsubj=True,
    text=None, html_only=True,
    html="""\
<html><body style="font-family:sans-serif">
<p><img src="https://epos-net-security.test/img/logo.png" alt="EPOS CARD"></p>
<p>エポスカード会員様</p>
<p>ご登録のお支払い口座からの引き落としができませんでした。<br>
このままではカードのご利用が<b style="color:red">停止</b>となります。</p>
<p><a href="https://epos-net-security.test/member/pay?u=3f9a">お支払い方法を更新する</a></p>
<p style="font-size:small">※本メールにお心当たりのない方は破棄してください。</p>
</body></html>
""",
    via=("epos-net-security.test", "epos-net-security.test", "203.0.113.182"))

add("spam/phish-ec-01.eml", "utf-8", "base64", "2025-05-02 14:27:33",
    ("Amazon.co.jp", "account-update@amazon-co-jp.example.jp"),
    [(None, "ryo.takeda@example.net")],
    "Amazonプライム会費のお支払い方法に問題があります",
    """\
Amazon お客様

プライム会費のお支払いに使用されたクレジットカードの有効期限が
切れているため、お支払いを完了できませんでした。

プライム特典を引き続きご利用いただくには、2日以内に
お支払い情報を更新してください。

お支払い情報を更新する：
https://amazon-co-jp.example.jp/ap/signin?ref=prime_update

更新されない場合、アカウントは一時停止され、ご注文中の商品は
キャンセルされます。

Amazon.co.jp カスタマーサービス
""",
    ret="bounce-4471@mail.amazon-co-jp.example.jp",
    via=("mail.amazon-co-jp.example.jp", "mail.amazon-co-jp.example.jp", "192.0.2.141"))

add("spam/phish-ec-02.eml", "iso-2022-jp", "7bit", "2025-11-21 19:48:02",
    ("楽天市場", "point@rakuten-point.example.co.jp"),
    [(None, "n.kuroda@example.ne.jp")],
    "【楽天ポイント】12,500ポイントが本日失効します",
    """\
楽天会員様

お客様が保有されている期間限定ポイント 12,500ポイント が
本日23:59に失効いたします。

今ならポイントを現金同等の楽天キャッシュへ交換できます。
交換手続きは1分で完了します。

▼ポイント交換はこちら
https://rakuten-point.example.co.jp/exchange/?mid=112198

※手続きには会員情報とカード情報の確認が必要です。

楽天グループ株式会社
""",
    via=("smtp.rakuten-point.example.co.jp", "smtp.rakuten-point.example.co.jp", "198.51.100.94"))

add("spam/phish-carrier-01.eml", "utf-8", "8bit", "2025-07-14 08:30:11",
    ("NTTドコモ", "dmenu@docomo-ryokin.example.org"),
    [(None, "aya.fujii@example.jp")],
    "【ドコモ】ご利用料金のお支払いが確認できません",
    """\
ドコモをご利用いただきありがとうございます。

6月分のご利用料金について、お支払いが確認できておりません。
7月16日（水）までにお支払いいただけない場合、回線のご利用を
停止させていただきます。

下記よりdアカウントにログインし、お支払いをお願いいたします。
https://docomo-ryokin.example.org/dacc/login

※すでにお支払い済みの場合は行き違いですのでご容赦ください。

NTTドコモ　料金センター
""",
    via=("docomo-ryokin.example.org", "dyn-198-51-100-57.example.org", "198.51.100.57"))

add("spam/phish-courier-01.eml", "utf-8", "quoted-printable", "2025-04-23 12:15:44",
    ("佐川急便", "delivery@sagawa-exp.example"),
    [(None, "tomoko.y@example.com")],
    "お荷物お届けのお知らせ（不在のため持ち帰りました）",
    """\
お客様宛にお荷物のお届けにあがりましたが、不在のため持ち帰りました。

再配達をご希望の場合は、下記よりお手続きください。
保管期限を過ぎますと、お荷物は差出人へ返送されます。

https://sagawa-exp.example/redeliver?no=3305

佐川急便株式会社
""",
    via=("sagawa-exp.example", "sagawa-exp.example", "203.0.113.240"))

add("spam/phish-courier-02.eml", "utf-8", "base64", "2025-08-05 02:51:17",
    ("日本郵便", "post@japanpost-track.example.jp"),
    [(None, "kenji.mori@example.co.jp")],
    "【日本郵便】住所不備のため配達できません",
    """\
日本郵便をご利用いただきありがとう御座います。

お客様のお荷物は住所情報不完全により配達出来ません状態です。
下記のリンクより住所を更新して下さい。再配達料金は330円です。

https://japanpost-track.example.jp/jp/addr?t=JP88213

48時間以内に更新されない場合、荷物は破棄されますのでご注意下さい。

日本郵便株式会社
""",
    via=("japanpost-track.example.jp", "japanpost-track.example.jp", "192.0.2.233"), hops=1)

add("spam/phish-utility-01.eml", "iso-2022-jp", "7bit", "2025-10-09 16:40:28",
    ("東京電力エナジーパートナー", "info@tepco-henkin.example.com"),
    [(None, "y.hasegawa@example.ne.jp")],
    "【東京電力】電気料金の過払い金返金のお知らせ",
    """\
東京電力エナジーパートナーをご利用のお客様へ

料金システムの不具合により、お客様の電気料金に過払いが
発生していることが判明いたしました。

　返金予定額：4,826円

返金をご希望の方は、10月15日（水）までに下記ページより
返金先口座をご登録ください。

https://tepco-henkin.example.com/refund/form

期限を過ぎますと返金の権利が失われますのでご注意ください。

東京電力エナジーパートナー株式会社　お客さまセンター
""",
    via=("mail.tepco-henkin.example.com", "mail.tepco-henkin.example.com", "198.51.100.166"))

add("spam/phish-tax-01.eml", "utf-8", "base64", "2026-02-24 09:12:05",
    ("国税庁", "e-tax@nta-notice.example.lg.jp"),
    [(None, "s.nakano@example.jp")],
    "【国税庁】未納税金の最終督促および差押予告",
    """\
納税者各位

あなたの令和6年度の所得税について、未納が確認されております。
これまでに数回通知いたしましたが、納付が確認できておりません。

最終期限：2026年2月27日（金）

期限までに納付がない場合、国税徴収法に基づき財産（給与、預貯金等）の
差押えを執行いたします。

▼納付手続き（クレジットカード・電子マネー対応）
https://nta-notice.example.lg.jp/etax/nofu?id=A55120

国税庁　徴収課
""",
    ret="mailer@send.nta-notice.example.lg.jp",
    via=("send.nta-notice.example.lg.jp", "send.nta-notice.example.lg.jp", "203.0.113.9"), hops=1)

add("spam/phish-subscription-01.eml", "utf-8", "quoted-printable", "2025-12-03 18:26:50",
    ("Netflix", "billing@netflix-member.example.net"),
    [(None, "mai.ogawa@example.com")],
    "お支払いに問題があります – アカウントは保留中です", qsubj=True,
    text="""\
こんにちは

次回の請求期間の支払いを承認できませんでした。
アカウントを保留にしています。

メンバーシップを継続するには、お支払い情報を更新してください。

[お支払い情報を更新]
https://netflix-member.example.net/account/billing?lnk=upd

ご不明な点がございましたら、ヘルプセンターまでお問い合わせください。

–Netflixチーム
""",
    html="""\
<html><body>
<p>こんにちは</p>
<p>次回の請求期間の支払いを承認できませんでした。<br>アカウントを保留にしています。</p>
<p>メンバーシップを継続するには、お支払い情報を更新してください。</p>
<p><a href="https://netflix-member.example.net/account/billing?lnk=upd" style="background:#e50914;color:#fff;padding:10px">お支払い情報を更新</a></p>
<p>–Netflixチーム</p>
</body></html>
""",
    via=("mta.netflix-member.example.net", "mta.netflix-member.example.net", "203.0.113.52"))

add("spam/phish-sns-01.eml", "utf-8", "8bit", "2025-06-30 23:58:14",
    ("Instagram", "copyright@meta-support.test"),
    [(None, "rina.sato@example.ne.jp")],
    "あなたのアカウントは著作権侵害により削除されます",
    """\
お客様のアカウントで投稿されたコンテンツが著作権を侵害していると
報告がありました。

異議申し立てがない場合、24時間以内にアカウントは完全に削除されます。
誤りであると思われる場合は、以下のフォームから異議申し立てを行ってください。

https://meta-support.test/appeal/form?case=2291734

Instagram 著作権チーム
© Meta
""",
    via=("meta-support.test", "meta-support.test", "192.0.2.199"), hops=1)

add("spam/phish-webmail-01.eml", "iso-2022-jp", "7bit", "2025-01-29 10:03:37",
    ("システム管理者", "admin@hoshino-seiki.example.co.jp"),
    [(None, "sato.k@hoshino-seiki.example.co.jp")],
    "メールボックスの容量が上限に達しました",
    """\
sato.k@hoshino-seiki.example.co.jp 様

メールボックスの使用容量が98%に達しています。
容量を超えると新しいメールを受信できなくなります。

下記より認証のうえ、容量の拡張を行ってください（無料）。

https://webmail-quota.example.org/owa/auth.html?u=sato.k

※本メールは自動送信されています。

情報システム管理者
""",
    ret="noreply@webmail-quota.example.org",
    via=("webmail-quota.example.org", "unknown", "198.51.100.240"), hops=1)

add("spam/bec-01.eml", "iso-2022-jp", "7bit", "2025-07-22 15:41:03",
    ("佐々木 浩二", "k.sasaki@daiwa-buhin.example.jp"),
    [("経理部 ご担当者様", "keiri@hoshino-seiki.example.co.jp")],
    "【重要】お振込先口座変更のお願い",
    """\
星野精機株式会社
経理部 ご担当者様

いつも大変お世話になっております。
大和部品工業の佐々木でございます。

この度、弊社の取引銀行の変更に伴い、今月末お支払い分より
お振込先口座を下記に変更させていただくことになりました。

　銀行名　：あおば銀行　本店営業部
　口座種別：普通
　口座番号：0000000
　口座名義：ダイワブヒンコウギョウ（カ

旧口座は監査中のため現在入金ができない状態となっております。
7月31日（木）お支払い分より、必ず新口座へお振込みください。

なお、本件は社内手続き上お電話でのお問い合わせはご遠慮いただき、
本メールへのご返信にてご確認をお願いいたします。

何卒よろしくお願い申し上げます。

大和部品工業株式会社
経理課　佐々木 浩二
""",
    headers=mailer("Microsoft Outlook 16.0") + [("Reply-To", "k.sasaki.daiwa@freemail.example.com")],
    attach=[("振込先口座変更のお知らせ.pdf", "application/pdf", "pdf")], fname='word',
    via=("mail.daiwa-buhin.example.jp", "unknown", "203.0.113.61"))

add("spam/bec-02.eml", "utf-8", "base64", "2025-10-17 09:14:22",
    ("星野 隆", "t.hoshino.ceo@freemail.example.com"),
    [(None, "m.inoue@hoshino-seiki.example.co.jp")],
    "至急の対応",
    """\
井上さん

今、社外で会議中です。
極秘の案件があり、至急対応をお願いしたいです。

LINEグループを作成してください。作成後QRコードをこちらに送ってください。
この件は他の社員には共有しないでください。

星野
""",
    hops=3, origin=("DESKTOP-8KQ2M1", "198.51.100.41"),
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"))

add("spam/kakuu-01.eml", "iso-2022-jp", "7bit", "2025-03-27 13:33:59",
    ("有料動画サイト 料金督促窓口", "center@douga-seisan.example.com"),
    [(None, "t.yamane@example.ne.jp")],
    "【最終通告】未納料金のお支払いについて",
    """\
お客様がご登録されました有料動画サイトの利用料金が
長期未納となっております。

　未納料金：348,000円（延滞金含む）

本日中にご連絡がない場合、顧問弁護士を通じて法的手続きへ移行し、
ご自宅・勤務先への訪問回収を行います。

退会・料金のご相談は下記窓口まで。
　電話：03-0000-8871（受付 9:00〜21:00）
　担当：高木

※誤登録の方も退会手続きが必要です。
""",
    headers=mailer("Microsoft Outlook Express 6.00.2900.5512"),
    via=("douga-seisan.example.com", "douga-seisan.example.com", "192.0.2.48"), hops=1)

add("spam/kakuu-02.eml", "euc-jp", "8bit", "2025-09-02 10:20:05",
    ("民事訴訟管理センター", "soshou@minji-center.example.or.jp"),
    [(None, "hiroko.a@example.jp")],
    "訴訟告知のお知らせ",
    """\
訴訟告知

このたび、貴殿のご利用されていた通信事業者より、未払い料金に関する
民事訴訟が提起されたことをお知らせいたします。

訴状受理番号：（ワ）第8812号

裁判取下げ等のご相談は、9月4日（木）までに当センターへご連絡ください。
期日を過ぎますと、裁判所の判決に従い強制執行が行われます。

民事訴訟管理センター
電話：03-0000-2291
""",
    hcharset="iso-2022-jp",
    via=("mail.minji-center.example.or.jp", "mail.minji-center.example.or.jp", "198.51.100.12"))

add("spam/sextortion-01.eml", "utf-8", "8bit", "2025-08-18 04:11:39",
    (None, "shingo.ueda@example.net"),
    [(None, "shingo.ueda@example.net")],
    "あなたのアカウントはハッキングされました",
    """\
こんにちは。

私はあなたのメールアカウントとデバイスにアクセスしています。
このメールもあなたのアカウントから送信しています。

数か月前、あなたが閲覧したアダルトサイトを通じてマルウェアを仕込みました。
カメラの映像と閲覧履歴はすべて記録してあります。

動画をあなたの連絡先すべてに送られたくなければ、
1,500ドル相当のビットコインを以下のアドレスに送金してください。

BTC: 1Bz0000exampleNotAValidAddr000000

期限は48時間です。このメールを開いた時点でタイマーが作動しています。
警察に相談しても無駄です。
""",
    ret="shingo.ueda@example.net",
    via=("[203.0.113.158]", "unknown", "203.0.113.158"), hops=1)

add("spam/romance-01.eml", "utf-8", "quoted-printable", "2025-05-26 21:19:44",
    ("Emily", "emily.w0512@freemail.example.com"),
    [(None, "tadashi.k@example.jp")],
    "はじめまして、突然のメールごめんなさい",
    """\
はじめまして、エミリーです。
シンガポールで看護師をしています。母は日本人なので少し日本語が話せます。

SNSであなたのプロフィールを見て、とても誠実そうな方だと思いました。
来年、日本で暮らしたいと考えていて、日本のことをいろいろ教えてほしいです。

よかったらお友達になってくれませんか？
LINEのほうが連絡しやすいです。ID: emily_sg0512

返事を待っています。
エミリー
""",
    headers=[("User-Agent", "Mozilla Thunderbird")],
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"))

add("spam/romance-02.eml", "shift_jis", "base64", "2025-12-20 23:02:36",
    ("ゆい", "yui.happy77@mobile.example.ne.jp"),
    [(None, "masaru.n@example.com")],
    "この前はありがとう♪",
    """\
この前は楽しかったね！
また会いたいなって思ってメールしちゃいました(^^)

実はいま少し困ってることがあって…
ちょっと相談に乗ってもらえたら嬉しいな。

メールだと長くなっちゃうから、こっちで話そう？
https://yui-room.example.jp/talk/77

ゆいより
""",
    headers=mailer("iPhone Mail (22B91)"),
    via=("mail.mobile.example.ne.jp", "p3310-ipoe.tokyo.example.ne.jp", "192.0.2.171"))

add("spam/phish-etc-01.eml", "shift_jis", "8bit", "2025-04-08 06:44:12",
    ("ETC利用照会サービス", "etc-meisai@etc-riyou.invalid"),
    [(None, "kazuo.ito@example.ne.jp")],
    "【ETC利用照会サービス】ご利用停止予告",
    """\
ETCサービスをご利用のお客様

お客様のETCカードが有効期限切れのため、ご利用が停止される予定です。
引き続きご利用いただくには、下記よりご登録情報の更新をお願いいたします。

https://etc-riyou.invalid/meisai/update

※更新がない場合、4月10日（木）以降ETCレーンを通過できなくなります。

ETC利用照会サービス事務局
""",
    via=("etc-riyou.invalid", "etc-riyou.invalid", "192.0.2.207"), hops=1)

add("spam/invest-01.eml", "utf-8", "base64", "2025-02-18 20:07:41",
    ("株式投資アカデミー事務局", "info@kabu-academy.example"),
    [(None, "takashi.endo@example.com")],
    "【無料】元証券マンが教える「次に上がる3銘柄」LINEで限定公開中",
    """\
こんばんは、株式投資アカデミー事務局です。

元大手証券アナリストの監修のもと、今月の注目銘柄を
LINEグループ参加者限定で無料配信しています。

先月の推奨銘柄は平均+38%の上昇を記録しました。

参加費は無料、定員は先着50名です。
今すぐ下記から友だち追加してください。

https://kabu-academy.example/line/join?src=m0218

※投資は自己責任でお願いします。
""",
    headers=[("Reply-To", "kabu.academy.jimu@freemail.example.com")] + unsub("https://kabu-academy.example/stop"),
    via=("mail.kabu-academy.example", "mail.kabu-academy.example", "198.51.100.80"))

add("spam/invest-02.eml", "iso-2022-jp", "7bit", "2025-08-27 12:30:55",
    ("AI自動売買サポート", "support@fx-autotrade.example.jp"),
    [(None, "y.kimura@example.ne.jp")],
    "月利15％保証　AI自動売買システム無料モニター募集",
    """\
お忙しいところ失礼いたします。

当社が開発したAI自動売買システムは、過去3年間一度も
月間マイナスを出したことがありません。

・月利15％を保証
・元本保証あり
・スマホで放置するだけ

現在、無料モニターを10名様限定で募集しています。
運用資金は30万円からスタートできます。

お申込み・ご質問は担当：藤田まで
https://fx-autotrade.example.jp/monitor/

AI自動売買サポート事務局
""",
    via=("fx-autotrade.example.jp", "fx-autotrade.example.jp", "203.0.113.117"))

add("spam/sidejob-01.eml", "utf-8", "quoted-printable", "2025-11-04 19:55:06",
    ("在宅ワーク支援センター", "work@zaitaku-shien.example.jp"),
    [(None, "a.nishimura@example.jp")],
    "スマホで1日5分、月30万円の副収入を得る方法",
    """\
突然のご連絡失礼します。

「スキマ時間で稼げる副業」を探していませんか？

当センターでは、スマホで画面をタップするだけの簡単作業で
月30万円以上を稼ぐ方が続出しています。

・特別なスキル不要
・主婦、学生、会社員の方も大歓迎
・初月から稼げる

詳しいマニュアルは公式LINEで無料配布中です。
https://zaitaku-shien.example.jp/line

※本日23時で配布を終了します
""",
    hops=3, origin=("[203.0.113.250]", "203.0.113.250"),
    via=("mail.zaitaku-shien.example.jp", "mail.zaitaku-shien.example.jp", "192.0.2.77"))

add("spam/yamibaito-01.eml", "utf-8", "8bit", "2025-09-12 01:33:20",
    ("高収入案件", "job.kyujin2025@freemail.example.com"),
    [(None, "daiki.h@example.ne.jp")],
    "【即日現金】荷物を受け取るだけで日給5万円",
    """\
高額案件のご紹介です。

内容：荷物の受け取りと運搬のみ
報酬：1件あたり5万円（即日手渡し）
条件：18歳以上、身分証の写真を送れる方

詳細はテレグラムで説明します。
ID: @takuhai_job

秘密厳守、誰にもバレません。
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"))

add("spam/dating-01.eml", "shift_jis", "8bit", "2025-03-03 00:41:58",
    ("まゆみ", "mayumi@deai-plaza.test"),
    [(None, "k.takagi@example.com")],
    "近くに住んでいる者です。今夜会えませんか？",
    """\
はじめまして、まゆみです。32歳の人妻です。

主人が単身赴任中で、毎晩さみしくて…
プロフィールを見て、近くに住んでいるみたいなのでメールしました。

お礼はちゃんとします。
写真はこちらに載せてます↓
http://deai-plaza.test/m/prof?id=3321

まずはメッセージください♪
""",
    headers=mailer("Microsoft Outlook Express 6.00.2900.5512"),
    via=("deai-plaza.test", "deai-plaza.test", "198.51.100.199"))

add("spam/dating-02.eml", "utf-8", "base64", "2025-10-27 22:16:37",
    ("ラブマッチ運営事務局", "info@love-match.example.jp"),
    [(None, "hiroshi.t@example.jp")],
    "【未読】女性会員から3件のメッセージが届いています",
    """\
ラブマッチ運営事務局です。

女性会員様より3件のメッセージが届いております。

・さき（24歳）「はじめまして！お話ししたいです」
・みく（29歳）「近くですね！今度お茶しませんか？」
・あいり（31歳）「写真見ました、タイプです」

メッセージの保管期限は本日中です。
今なら初回ポイント無料プレゼント中！

▼メッセージを確認する
https://love-match.example.jp/msg/inbox?u=8812

配信停止はこちら https://love-match.example.jp/stop
""",
    html="""\
<html><body style="background:#ffe4ef;text-align:center">
<h2 style="color:#e0115f">💌 未読メッセージ 3件</h2>
<p>さき（24歳）「はじめまして！お話ししたいです」</p>
<p>みく（29歳）「近くですね！今度お茶しませんか？」</p>
<p>あいり（31歳）「写真見ました、タイプです」</p>
<p><b>保管期限は本日中！</b></p>
<p><a href="https://love-match.example.jp/msg/inbox?u=8812" style="background:#e0115f;color:#fff;padding:14px 40px">今すぐ読む（無料）</a></p>
<p style="font-size:10px"><a href="https://love-match.example.jp/stop">配信停止</a></p>
</body></html>
""",
    headers=unsub("https://love-match.example.jp/stop"),
    via=("mail.love-match.example.jp", "mail.love-match.example.jp", "198.51.100.140"))

add("spam/drug-01.eml", "shift_jis", "8bit", "2025-06-07 05:08:29",
    ("メンズヘルス通販", "order@mens-kusuri.example"),
    [(None, "tetsuya.o@example.ne.jp")],
    "ﾊﾞｲｱｸﾞﾗ・ｼｱﾘｽ 処方箋不要 最安値",
    """\
★男性の自信を取り戻す★

ED治療薬ジェネリックを処方箋なしでお届けします。

・ﾊﾞｲｱｸﾞﾗ ｼﾞｪﾈﾘｯｸ 100mg 30錠 3,980円
・ｼｱﾘｽ ｼﾞｪﾈﾘｯｸ 20mg 30錠 4,980円

病院に行く必要なし。中身がわからない梱包でお届け。
ご注文はこちら
http://mens-kusuri.example/shop/

※個人輸入代行です
""",
    via=("mens-kusuri.example", "unknown", "192.0.2.188"), hops=1)

add("spam/drug-02.eml", "utf-8", "quoted-printable", "2025-04-14 13:55:40",
    ("スリム医薬品館", "shop@slim-iyakuhin.test"),
    [(None, "nao.kawai@example.com")],
    "医療用ダイエット薬が自宅に届く！1か月で-10kg", qsubj=True,
    text="""\
病院で処方される医療用ダイエット薬が、
診察なしでご自宅に届きます。

食欲が自然に落ちて、1か月で-10kgも夢じゃない！

★初回限定 70%OFF 2,980円
★全国送料無料
★返金保証付き

ご注文はこちらから
https://slim-iyakuhin.test/diet/lp?c=0414
""",
    headers=unsub("https://slim-iyakuhin.test/mail/stop"),
    via=("mx1.slim-iyakuhin.test", "mx1.slim-iyakuhin.test", "203.0.113.144"))

add("spam/fakeshop-01.eml", "utf-8", "8bit", "2025-01-15 17:22:03",
    ("ブランド直営アウトレット", "sale@brand-outlet-jp.example.jp"),
    [(None, "chika.sasaki@example.jp")],
    "【閉店セール】ルイヴィトン・グッチ最大90%OFF 本日限り",
    """\
いつもご愛顧ありがとうございます。

当店は1月末をもって閉店することになりました。
これまでの感謝を込めて、全商品を最大90%OFFで販売いたします。

ルイヴィトン ネヴァーフル　198,000円 → 19,800円
グッチ GGマーモント　　　 286,000円 → 28,600円
エルメス スカーフ　　　　　68,000円 →  6,800円

※お支払いは銀行振込のみとなります
※在庫限り、売り切れ次第終了

https://brand-outlet-jp.example.jp/sale/
""",
    via=("brand-outlet-jp.example.jp", "unknown", "198.51.100.251"), hops=1)

add("spam/fakeshop-02.eml", "iso-2022-jp", "7bit", "2025-12-26 10:49:31",
    ("家電ディスカウント倉庫", "info@kaden-souko.example.com"),
    [(None, "ken.ando@example.ne.jp")],
    "年末在庫一掃！ダイソン・iPadが今だけ85%OFF",
    """\
年末大決算セール開催中！

倉庫の在庫を一掃するため、人気家電を大特価でご提供します。

ダイソン コードレス掃除機　　 9,800円
iPad 第10世代　　　　　　　　 8,980円
ルンバ ロボット掃除機　　　　 7,500円

数量限定、なくなり次第終了です。

http://kaden-souko.example.com/year-end/

お支払い：銀行振込（振込確認後発送）
""",
    html="""\
<html><body bgcolor="#fff7e6">
<h2 style="color:#c00">年末大決算セール開催中！</h2>
<p>倉庫の在庫を一掃するため、人気家電を大特価でご提供します。</p>
<table border="1" cellpadding="4">
<tr><td>ダイソン コードレス掃除機</td><td><b>9,800円</b></td></tr>
<tr><td>iPad 第10世代</td><td><b>8,980円</b></td></tr>
<tr><td>ルンバ ロボット掃除機</td><td><b>7,500円</b></td></tr>
</table>
<p><a href="http://kaden-souko.example.com/year-end/">今すぐ購入する</a></p>
</body></html>
""",
    headers=unsub("http://kaden-souko.example.com/unsubscribe"),
    via=("kaden-souko.example.com", "kaden-souko.example.com", "192.0.2.66"))

add("spam/seo-01.eml", "iso-2022-jp", "7bit", "2025-05-13 10:02:14",
    ("WEB集客コンサルティング", "sales@web-shukyaku.example.jp"),
    [(None, "info@hoshino-seiki.example.co.jp")],
    "御社ホームページの検索順位について",
    """\
ご担当者様

突然のご連絡失礼いたします。
WEB集客コンサルティングの中島と申します。

御社のホームページを拝見したところ、主要キーワードでの検索順位が
低く、多くの見込み客を逃している可能性がございます。

弊社では、独自のノウハウにより
「3か月以内に検索1位」を成果報酬でお約束しております。

現在、無料サイト診断を実施中です。
ご興味がございましたら、本メールにご返信ください。

※今後ご案内が不要な場合は「不要」とご返信ください。
""",
    attach=[("無料サイト診断_サンプル.pdf", "application/pdf", "pdf")], fname='rfc2231-only',
    headers=mailer("Microsoft Outlook 16.0"),
    via=("mail.web-shukyaku.example.jp", "mail.web-shukyaku.example.jp", "203.0.113.205"))

add("spam/list-01.eml", "shift_jis", "8bit", "2025-07-01 09:31:52",
    ("法人リスト販売センター", "list@houjin-list.example.or.jp"),
    [(None, "soumu@example.co.jp")],
    "全国の法人メールアドレス300万件　特価販売のご案内",
    """\
経営者様・営業ご担当者様

全国の法人メールアドレスリスト（300万件）を特価にてご提供中です。

・業種別、地域別に抽出可能
・2025年6月最新版
・通常価格 198,000円 → 今月限り 49,800円

一斉配信ソフトもお付けします。
お申込みは本メールへのご返信にて承ります。

法人リスト販売センター
""",
    headers=mailer("Becky! ver. 2.75.01"),
    hcharset="iso-2022-jp",
    via=("houjin-list.example.or.jp", "houjin-list.example.or.jp", "198.51.100.73"))

add("spam/subsidy-01.eml", "utf-8", "base64", "2025-09-30 14:18:46",
    ("補助金申請サポート窓口", "info@hojokin-support.invalid"),
    [(None, "info@sakura-kobo.example.com")],
    "【返済不要】最大1,000万円の補助金、御社も対象です",
    """\
経営者様

御社は最大1,000万円の補助金の受給対象である可能性が高いです。

当窓口では、申請書類の作成から採択までを完全サポート。
着手金0円、採択率92%の実績がございます。

【無料診断】1分で受給可能額がわかります
https://hojokin-support.invalid/shindan

締切が近づいております。お早めにお申込みください。
""",
    headers=mailer("PHPMailer 6.9.1"),
    via=("hojokin-support.invalid", "hojokin-support.invalid", "203.0.113.88"))

add("spam/prize-01.eml", "utf-8", "quoted-printable", "2025-11-12 11:40:07",
    ("プレゼントキャンペーン事務局", "campaign@present-jimukyoku.example.co.jp"),
    [(None, "e.matsumoto@example.ne.jp")],
    "【当選】おめでとうございます！iPhone 17 Proが当選しました🎉",
    """\
おめでとうございます！

厳正なる抽選の結果、お客様が
「iPhone 17 Pro」の当選者に選ばれました。

商品をお受け取りいただくには、送料500円のお支払いが必要です。
下記より72時間以内にお手続きください。

https://present-jimukyoku.example.co.jp/win/receive?no=00512

期限を過ぎると当選は無効となります。
""",
    headers=unsub("https://present-jimukyoku.example.co.jp/optout", "optout@present-jimukyoku.example.co.jp"),
    via=("present-jimukyoku.example.co.jp", "unknown", "192.0.2.29"))

add("spam/prize-02.eml", "iso-2022-jp", "7bit", "2025-02-25 16:12:48",
    ("お客様満足度調査", "survey@customer-survey.example"),
    [(None, "yoko.ishii@example.com")],
    "簡単なアンケートに答えて1万円分のギフト券をゲット",
    """\
お客様満足度調査へのご協力のお願い

3問の簡単なアンケートにお答えいただいた方全員に、
1万円分のギフト券をプレゼントしております。

所要時間は約30秒です。

▼アンケートに回答する
http://customer-survey.example/q/start?r=225

※ギフト券の発送には手数料980円が必要です。
""",
    headers=[("Reply-To", "survey-desk@example.net")],
    via=("customer-survey.example", "unknown", "203.0.113.175"), hops=1)

add("spam/techsupport-01.eml", "utf-8", "8bit", "2025-06-24 15:06:33",
    ("Microsoft セキュリティセンター", "alert@ms-security-center.test"),
    [(None, "f.ogura@example.jp")],
    "警告：お使いのパソコンでウイルスが検出されました",
    """\
【警告】お使いのWindowsパソコンで重大なウイルスが検出されました。

検出されたウイルス：Trojan.Spyware.X32
感染ファイル数：5

このまま放置すると、個人情報やクレジットカード情報、
銀行口座の情報が流出する恐れがあります。

今すぐ下記サポート窓口へお電話ください（通話無料）。
　0120-000-394（24時間受付）

担当者が遠隔操作でウイルスを駆除いたします。

Microsoft セキュリティセンター
""",
    via=("ms-security-center.test", "unknown", "192.0.2.12"), hops=1)

add("spam/chinese-01.eml", "utf-8", "base64", "2025-03-19 03:27:15",
    ("三菱UFJ銀行", "service@mufg-kakunin.example.ne.jp"),
    [(None, "r.tanaka@example.com")],
    "【重要】お客様の账户安全确认について",
    """\
尊敬なるお客様

いつも三菱UFJ銀行をご利用頂き、有难うございます。

最近、お客様の账户に異常な登録が発見されましたので、
安全のため、暂时取引を停止致しました。

下記の网址にて本人情報を確認して下さい。
https://mufg-kakunin.example.ne.jp/jp/login.html

确认を行わない場合、账户は永久に冻结されます事をご了承下さい。

三菱UFJ銀行 客服中心
""",
    via=("mufg-kakunin.example.ne.jp", "unknown", "198.51.100.8"), hops=1)

add("spam/chinese-02.eml", "euc-jp", "base64", "2025-08-12 04:49:02",
    ("カード会員サービス", "member@card-kaiin.example.co.jp"),
    [(None, "mika.h@example.jp")],
    "カード会員様へ大切なお知らせ",
    """\
カード会員様

お客様のカードは第三者に不正使用されました可能性がございます。
お客様の財産を守るため、カードの利用を一時停止させて頂きます。

お手数をお掛けして大変申し訳ございませんが、
以下のURLにアクセスしてカード情報を更新して頂きますようお願い致します。

http://card-kaiin.example.co.jp/member/renew

本メールは重要ですので、必ずご確認して下さいませ。
ご協力の程、宜しくお願い申し上げます。
""",
    headers=mailer("Foxmail 7.2.25[cn]"),
    via=("card-kaiin.example.co.jp", "card-kaiin.example.co.jp", "203.0.113.199"), hops=1)


# ===========================================================================
# ham: hard (genuine mail in the words of spam)
# ===========================================================================
add("ham/newsletter-01.eml", "utf-8", "quoted-printable", "2025-06-27 12:00:03",
    ("リュミエールクローゼット", "news@mail.lumiere-closet.example"),
    [(None, "haruka.ueno@example.ne.jp")],
    "【最大80%OFF】サマーセール開幕！会員様は本日から先行スタート", qsubj=True,
    text="""\
リュミエールクローゼット会員の上野 様

いつもご利用ありがとうございます。
年に2度のサマーセールが本日12:00からスタートしました。

■ 会員様先行：6月27日（金）〜6月29日（日）
■ 一般公開　：6月30日（月）〜

・リネンシャツ、ワンピースなど夏物が最大80%OFF
・期間中のお買い物はポイント5倍
・5,000円以上で送料無料

人気のサイズは残りわずかです。お早めにどうぞ。
https://www.lumiere-closet.example/sale/summer?utm_source=mail

ご登録のポイント：1,240pt（有効期限 2025年12月31日）

※このメールは配信を希望された会員様にお送りしています。
配信停止：https://www.lumiere-closet.example/mypage/mail
""",
    html="""\
<html><body style="margin:0;background:#f4efe9">
<table width="600" align="center" style="background:#fff;font-family:sans-serif">
<tr><td><img src="https://img.lumiere-closet.example/mail/0627/hero.jpg" width="600" alt="SUMMER SALE 最大80%OFF"></td></tr>
<tr><td style="padding:16px">
<p>リュミエールクローゼット会員の上野 様</p>
<p>年に2度のサマーセールが本日12:00からスタートしました。</p>
<p><b>会員様先行：6月27日（金）〜6月29日（日）</b><br>一般公開：6月30日（月）〜</p>
<ul><li>夏物が最大80%OFF</li><li>期間中ポイント5倍</li><li>5,000円以上で送料無料</li></ul>
<p style="text-align:center"><a href="https://www.lumiere-closet.example/sale/summer?utm_source=mail" style="background:#333;color:#fff;padding:12px 40px;text-decoration:none">セール会場へ</a></p>
<p style="font-size:11px;color:#888">配信停止は<a href="https://www.lumiere-closet.example/mypage/mail">こちら</a></p>
</td></tr></table>
</body></html>
""",
    ret="bounce-u88213@mail.lumiere-closet.example",
    headers=unsub("https://www.lumiere-closet.example/unsub?u=88213", "unsub-88213@mail.lumiere-closet.example")
    + [("Precedence", "bulk")],
    via=("mta02.mail.lumiere-closet.example", "mta02.mail.lumiere-closet.example", "198.51.100.44"),
    hard=True)

add("ham/newsletter-02.eml", "iso-2022-jp", "7bit", "2025-09-10 18:30:00",
    ("旅日和メールマガジン", "magazine@news.tabi-hiyori.test"),
    [(None, "s.kobayashi@example.com")],
    "今だけ！秋の温泉宿 最大50%OFF＆2,000円クーポン配布中",
    """\
旅日和メールマガジン　2025年9月10日号
━━━━━━━━━━━━━━━━━━━━━━━━

こんにちは、旅日和編集部です。
朝晩が少し涼しくなってきましたね。今号は秋の温泉特集です。

■ 72時間限定タイムセール
　9月12日（金）23:59まで、対象の温泉宿が最大50%OFF。

■ 会員様限定クーポン
　お一人様1泊10,000円以上のご予約で使える2,000円クーポン。
　クーポンコード：AKI2025（先着3,000名様）

■ 編集部おすすめ
　・山あいの一軒宿で紅葉と露天風呂
　・海の見える宿で朝ごはんビュッフェ
　・ペットと泊まれる高原のコテージ

詳しくはこちら
https://www.tabi-hiyori.test/feature/onsen-autumn

※クーポンは予定枚数に達し次第終了します。
━━━━━━━━━━━━━━━━━━━━━━━━
配信の停止・アドレス変更：https://www.tabi-hiyori.test/member/mail
発行：旅日和株式会社
""",
    ret="mm-bounce@news.tabi-hiyori.test",
    headers=[("Reply-To", "support@tabi-hiyori.test")] + unsub("https://www.tabi-hiyori.test/unsubscribe?id=5521a"),
    via=("out3.news.tabi-hiyori.test", "out3.news.tabi-hiyori.test", "203.0.113.35"),
    hard=True)

add("ham/newsletter-03.eml", "shift_jis", "8bit", "2025-11-28 07:00:00",
    ("でんきのマルヤマ", "mailnews@maruyama-denki.example.co.jp"),
    [(None, "tkondo@example.ne.jp")],
    "ﾌﾞﾗｯｸﾌﾗｲﾃﾞｰ開催！全品ﾎﾟｲﾝﾄ10倍は今日から3日間",
    """\
でんきのマルヤマ　メール会員の皆さまへ

いつもご来店ありがとうございます。
本日からブラックフライデーセールを開催します！

★全品ﾎﾟｲﾝﾄ10倍（アプリ会員様）
★冷蔵庫・洗濯機は下取り5,000円アップ
★先着100名様に福袋プレゼント（各店舗）

期間：11月28日（金）〜11月30日（日）

※一部対象外の商品がございます。
※チラシ掲載商品は数量限定、売り切れの際はご容赦ください。

店舗・チラシ情報
https://www.maruyama-denki.example.co.jp/flyer/

メール配信の停止はマイページから行えます。
""",
    headers=unsub("https://www.maruyama-denki.example.co.jp/mail/stop?k=7741"),
    via=("mail2.maruyama-denki.example.co.jp", "mail2.maruyama-denki.example.co.jp", "192.0.2.58"),
    hard=True)

add("ham/newsletter-04.eml", "utf-8", "base64", "2025-04-18 09:05:12",
    ("まいにちネットスーパー", "info@netsuper.example.com"),
    [(None, "megumi.o@example.jp")],
    "【クーポン】週末限定！500円OFFクーポンをお届けします",
    """\
大岡 めぐみ 様

いつも「まいにちネットスーパー」をご利用いただきありがとうございます。

週末限定で、次回のご注文に使える500円OFFクーポンをお届けします。

　クーポンコード：WEEKEND500
　ご利用期間：4月19日（土）〜4月20日（日）
　ご利用条件：3,000円（税込）以上のご注文

今週のおすすめ
・旬の春キャベツ　1玉 158円
・国産若鶏もも肉　100g 98円
・新じゃがいも　　1袋 198円

配達枠は混み合いますので、ご予約はお早めに。
https://netsuper.example.com/top

配信停止：https://netsuper.example.com/settings/mail
""",
    html="""\
<html><body style="font-family:sans-serif">
<p>大岡 めぐみ 様</p>
<p>週末限定で、次回のご注文に使える<b style="color:#d33">500円OFFクーポン</b>をお届けします。</p>
<table border="0" cellpadding="6" style="border:2px dashed #d33">
<tr><td>クーポンコード</td><td><b>WEEKEND500</b></td></tr>
<tr><td>ご利用期間</td><td>4月19日（土）〜4月20日（日）</td></tr>
<tr><td>ご利用条件</td><td>3,000円（税込）以上のご注文</td></tr>
</table>
<p>今週のおすすめ：春キャベツ 158円／国産若鶏もも肉 100g 98円／新じゃがいも 198円</p>
<p><a href="https://netsuper.example.com/top">ネットスーパーを開く</a></p>
<p style="font-size:11px"><a href="https://netsuper.example.com/settings/mail">配信停止</a></p>
</body></html>
""",
    ret="bounce@mta.netsuper.example.com",
    headers=unsub("https://netsuper.example.com/unsub?t=aa71f"),
    via=("mta.netsuper.example.com", "mta.netsuper.example.com", "198.51.100.131"),
    hard=True)

add("ham/newsletter-05.eml", "utf-8", "quoted-printable", "2025-12-22 20:00:00",
    ("ふるさと応援ナビ", "mag@furusato-navi.example.jp"),
    [(None, "d.okada@example.com")],
    "【残りわずか】ふるさと納税の年内締切まであと9日です",
    """\
ふるさと応援ナビをご利用の皆さま

今年のふるさと納税の締切（12月31日（水））まで、あと9日となりました。

人気の返礼品は在庫が残りわずかになっています。
・北の港町のいくら醤油漬け 500g
・南の島のマンゴー 2kg（来年7月発送）
・山の町の新米 20kg

決済はクレジットカードなら12月31日23:59まで受付。
年末は寄付が集中しますので、お早めのお手続きをおすすめします。

控除上限額シミュレーション
https://furusato-navi.example.jp/simulator

ワンストップ特例申請書の提出期限は1月10日（土）必着です。
""",
    headers=unsub("https://furusato-navi.example.jp/mail/off?m=2291"),
    via=("send.furusato-navi.example.jp", "send.furusato-navi.example.jp", "203.0.113.101"),
    hard=True)

add("ham/pharmacy-news-01.eml", "iso-2022-jp", "7bit", "2025-10-01 10:00:00",
    ("ひかり薬局だより", "dayori@hikari-yakkyoku.example"),
    [(None, "m.fujimoto@example.ne.jp")],
    "ひかり薬局だより10月号　サプリメント20%OFFと健康相談会",
    """\
ひかり薬局だより　10月号

朝晩の寒暖差で体調を崩しやすい季節になりました。
今月のお知らせです。

１．サプリメント20%OFF（10月31日まで）
　　ビタミンD、亜鉛、乳酸菌など店頭の全サプリメントが対象です。
　　※お薬を服用中の方は、飲み合わせを薬剤師にご相談ください。
　　※サプリメントは病気を治すものではありません。

２．管理栄養士の無料健康相談会
　　10月18日（土）10:00〜15:00　予約優先

３．インフルエンザ予防接種
　　提携の内科クリニックで10月から開始しています。

ひかり薬局　かもめ駅前店
電話 0000-22-1180
https://www.hikari-yakkyoku.example/news/
配信停止をご希望の方はこのメールにご返信ください。
""",
    via=("mail.hikari-yakkyoku.example", "unknown", "198.51.100.182"),
    headers=[("Reply-To", "soudan@hikari-yakkyoku.example")] + unsub("mailto:dayori-stop@hikari-yakkyoku.example"),
    hard=True)

add("ham/newsletter-06.eml", "utf-8", "8bit", "2025-03-14 19:00:00",
    ("Hanamori Cosme", "news@hanamori-cosme.test"),
    [(None, "yui.kaneko@example.com")],
    "🌸今だけ！春の限定コフレ予約受付＆送料無料キャンペーン",
    text=None, html_only=True,
    html="""\
<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>Hanamori Cosme</title></head>
<body style="margin:0;background:#fdf2f5">
<div style="max-width:560px;margin:auto;background:#fff;padding:20px;font-family:'Hiragino Sans',sans-serif">
<p>金子 ゆい 様</p>
<p>Hanamori Cosme オンラインストアです。</p>
<p><img src="https://hanamori-cosme.test/mail/2025spring/coffret.jpg" width="520" alt="春限定コフレ"></p>
<p>春限定のコフレ（桜の香りのハンドクリーム・リップ・ミニ化粧水セット）の予約受付を始めました。数量限定のため、なくなり次第終了です。</p>
<p>🎁 <b>今だけ</b>：ご注文の方全員に美容液サンプル3包プレゼント<br>
🚚 3月16日（日）まで全品送料無料</p>
<p style="text-align:center"><a href="https://hanamori-cosme.test/shop/spring-coffret" style="display:inline-block;background:#e88ca6;color:#fff;padding:12px 32px;border-radius:24px;text-decoration:none">予約する</a></p>
<p style="font-size:11px;color:#999">お肌に合わない場合は使用を中止し、皮膚科医にご相談ください。<br>
配信停止は<a href="https://hanamori-cosme.test/account/newsletter">こちら</a></p>
</div></body></html>
""",
    headers=unsub("https://hanamori-cosme.test/unsubscribe/0b55e1"),
    via=("o1.mail.hanamori-cosme.test", "o1.mail.hanamori-cosme.test", "192.0.2.121"),
    hard=True)

add("ham/prize-win-01.eml", "iso-2022-jp", "7bit", "2025-08-04 15:12:40",
    ("みのり乳業 キャンペーン事務局", "campaign@minori-nyugyo.example.co.jp"),
    [(None, "keiko.shimizu@example.jp")],
    "【当選のお知らせ】夏のプレゼントキャンペーン",
    """\
清水 恵子 様

このたびは「みのり乳業 夏のプレゼントキャンペーン」にご応募いただき、
誠にありがとうございました。

厳正なる抽選の結果、清水様はB賞「ヨーグルトメーカー」に
ご当選されました。おめでとうございます。

賞品は8月下旬に、ご応募時のご住所へ宅配便でお届けします。
送料・手数料などのご負担は一切ございません。
当事務局から口座番号やカード番号をお伺いすることもございません。

ご住所に変更がある場合は、8月15日（金）までに
当事務局（0120-000-615　平日10時〜17時）へご連絡ください。
キャンペーン詳細：https://www.minori-nyugyo.example.co.jp/campaign/summer/

みのり乳業株式会社　夏のプレゼントキャンペーン事務局
""",
    via=("smtp.minori-nyugyo.example.co.jp", "smtp.minori-nyugyo.example.co.jp", "198.51.100.66"),
    hard=True)

add("ham/prize-win-02.eml", "shift_jis", "8bit", "2025-12-15 13:48:22",
    ("ひまわり通り商店会", "himawari-doori@example.ne.jp"),
    [(None, "t.yoshida@example.ne.jp")],
    "歳末福引き　特賞当選のご連絡",
    """\
吉田 様

ひまわり通り商店会の福引き担当、八百屋の村井です。
先日はお買い物ありがとうございました。

12月13日（土）の歳末福引きで、吉田様の引かれた券が
特賞（商店会お買い物券3万円分）に当たりました！
応募券に書いていただいたアドレスにご連絡しています。

お買い物券は商店会事務所（村井青果の2階）でお渡しします。
当選券と身分証をお持ちください。12月27日まで毎日10時〜18時です。

おめでとうございます。
ひまわり通り商店会　村井
""",
    hcharset="iso-2022-jp",
    via=("[192.0.2.204]", "p204-ipoe.kamome.example.ne.jp", "192.0.2.204"),
    headers=mailer("Microsoft Outlook 16.0"),
    hard=True)

add("ham/lottery-win-01.eml", "utf-8", "base64", "2025-06-06 08:15:00",
    ("あおぞら銀行 くじ購入サービス", "kuji@aozora-bank.test"),
    [(None, "h.watanabe@example.com")],
    "【当せんのお知らせ】ロト6 第2011回",
    """\
渡辺 浩 様

いつもくじ購入サービスをご利用いただきありがとうございます。
ご購入いただいたくじが当せんしましたのでお知らせします。

　くじ名称　：ロト6 第2011回（6月5日（木）抽せん）
　当せん等級：4等
　当せん金額：6,800円

当せん金は6月9日（月）に、ご登録の普通預金口座へ自動で入金されます。
お手続きは不要です。

当行から当せん金の受け取りのために手数料をお願いしたり、
暗証番号をお尋ねしたりすることはありません。

あおぞら銀行 くじ購入サービス
""",
    via=("mail-out.aozora-bank.test", "mail-out.aozora-bank.test", "203.0.113.211"),
    hard=True)

add("ham/reminder-01.eml", "iso-2022-jp", "7bit", "2025-10-08 10:41:17",
    ("北山紙工 経理課 岡野", "okano@kitayama-shiko.example.co.jp"),
    [(None, "keiri@hoshino-seiki.example.co.jp")],
    "【ご確認のお願い】9月末お支払い分のご入金について",
    """\
星野精機株式会社
経理部 ご担当者様

いつも大変お世話になっております。
北山紙工 経理課の岡野でございます。

9月30日お支払い期日の下記ご請求につきまして、
本日時点で弊社口座へのご入金が確認できておりません。

　請求書番号：KS-2508-0412
　ご請求金額：328,900円（税込）
　お支払期日：2025年9月30日

お手数ですが、ご確認のうえ、10月17日（金）までに
お振込みくださいますようお願い申し上げます。
なお、お振込先は従来どおり、請求書記載の口座から変更ございません。

行き違いでご入金いただいている場合は、何卒ご容赦ください。

北山紙工株式会社　経理課
岡野 美和
TEL 0000-55-2103
""",
    via=("mail.kitayama-shiko.example.co.jp", "mail.kitayama-shiko.example.co.jp", "198.51.100.120"),
    headers=mailer("Microsoft Outlook 16.0"),
    hard=True)

add("ham/reminder-02.eml", "utf-8", "quoted-printable", "2025-07-30 09:00:00",
    ("つばさカード", "info@mail.tsubasa-card.example.com"),
    [(None, "kenta.m@example.ne.jp")],
    "【重要】口座振替ができませんでした（7月27日お支払い分）",
    """\
つばさカードをご利用いただき、ありがとうございます。

7月27日（日）のお支払い分について、ご指定口座からの
お引き落としができませんでした。

　お支払い金額：42,318円

お手数ですが、8月5日（火）までに、会員サイトに記載の当社指定口座へ
お振込みいただくか、コンビニ払込票（郵送）でお支払いください。
期日までにお支払いが確認できない場合、カードのご利用を一時停止させて
いただくことがございます。

会員サイト：公式アプリ、またはお手元のカード裏面記載のサイトから
ログインしてご確認ください。本メールにはログイン用のリンクを
掲載しておりません。

すでにお支払い済みの場合はご容赦ください。

つばさカード株式会社
""",
    via=("mta1.mail.tsubasa-card.example.com", "mta1.mail.tsubasa-card.example.com", "203.0.113.71"),
    hard=True)

add("ham/reminder-03.eml", "iso-2022-jp", "7bit", "2025-11-17 14:20:00",
    ("かもめ市上下水道局", "suido-ryokin@city.kamome.example.lg.jp"),
    [(None, "noriko.sakai@example.jp")],
    "水道料金のお支払いについて（ご確認のお願い）",
    """\
酒井 典子 様

かもめ市上下水道局 料金課です。
水道料金等のWeb明細サービスにご登録のアドレスへお送りしています。

9・10月分の水道料金・下水道使用料について、
納期限（10月31日）を過ぎましたが、お支払いが確認できておりません。

　お客様番号：00-0000-118
　金額　　　：7,260円

先日郵送した督促状（納付書）で、金融機関またはコンビニエンスストアにて
お支払いください。行き違いの場合はご容赦ください。

水道局から、電話やメールで振込先を指定したり、
職員が現金を集金に伺ったりすることはありません。

お問い合わせ：かもめ市上下水道局 料金課
電話 0000-12-3400（平日8時30分〜17時15分）
""",
    via=("mail.city.kamome.example.lg.jp", "mail.city.kamome.example.lg.jp", "192.0.2.130"),
    hard=True)

add("ham/reminder-04.eml", "utf-8", "8bit", "2025-02-06 17:32:54",
    ("すずらん不動産管理 工藤", "kudo@suzuran-kanri.example"),
    [(None, "o.miyata@example.com")],
    "1月分家賃のお振込みについて",
    """\
宮田 様

いつもお世話になっております。すずらん不動産管理の工藤です。

コーポ若葉 203号室の1月分家賃（68,000円）ですが、
本日時点で入金の確認ができておりませんでした。

お忙しいところ恐縮ですが、ご確認いただけますでしょうか。
もしお振込み済みでしたら、振込日を教えていただければこちらで照合します。

ご事情があって遅れる場合も、お電話いただければ相談に乗りますので
お気軽にご連絡ください。

すずらん不動産管理株式会社
工藤 042-000-7715
""",
    via=("mail.suzuran-kanri.example", "unknown", "203.0.113.165"),
    headers=mailer("Thunderbird 128.6.0"),
    hard=True)

add("ham/security-01.eml", "utf-8", "base64", "2025-05-19 22:48:31",
    ("ことのはノート", "no-reply@accounts.kotonoha-note.example.com"),
    [(None, "miki.arai@example.jp")],
    "新しい端末からのログインがありました",
    """\
ことのはノートをご利用いただきありがとうございます。

お使いのアカウントに、新しい端末からのログインがありました。

　日時　：2025年5月19日 22:47（日本時間）
　端末　：Chrome / Windows
　場所　：日本 東京都（推定）

ご本人によるログインであれば、対応は不要です。

心当たりがない場合は、アプリの「設定」→「セキュリティ」から
パスワードを変更し、ログイン中の端末を確認してください。
ヘルプ：https://help.kotonoha-note.example.com/security/login-alert

このメールは送信専用アドレスから送信しています。
""",
    via=("mail-o2.accounts.kotonoha-note.example.com", "mail-o2.accounts.kotonoha-note.example.com", "198.51.100.19"),
    hard=True)

add("ham/security-02.eml", "iso-2022-jp", "7bit", "2025-08-21 08:03:12",
    ("ほくと証券", "info@hokuto-sec.test"),
    [(None, "a.nomura@example.ne.jp")],
    "【ほくと証券】パスワード変更完了のお知らせ",
    """\
野村 彰 様

ほくと証券をご利用いただき、誠にありがとうございます。
お客様のログインパスワードの変更を承りました。

　受付日時：2025年8月21日 8:02

お客様ご自身で変更された場合は、このメールへの対応は不要です。

お心当たりがない場合は、第三者による不正ログインの可能性がございます。
お手数ですが、お取引画面にログインせず、至急コールセンター
（0120-000-288　平日8時〜17時）までお電話ください。

※当社からメールやSMSでパスワードや暗証番号をお尋ねすることはありません。

ほくと証券株式会社
""",
    via=("smtp01.hokuto-sec.test", "smtp01.hokuto-sec.test", "203.0.113.23"),
    hard=True)

add("ham/security-03.eml", "utf-8", "quoted-printable", "2025-03-05 13:21:07",
    ("Sora Cloud", "verify@soracloud.example.net"),
    [(None, "t.ikeda@example.com")],
    "【2段階認証】確認コード: 482913",
    """\
2段階認証の確認コードをお送りします。

　確認コード：482913

このコードの有効期限は10分です。ログイン画面に入力してください。
このコードを他の人に教えないでください。当社のスタッフが
電話やメールでコードをお尋ねすることはありません。

ログインを試みていない場合は、このメールを無視してください。
第三者がパスワードを知っている可能性があるため、パスワードの変更をおすすめします。

Your verification code is 482913. It expires in 10 minutes.

Sora Cloud サポート
""",
    via=("smtp-out.soracloud.example.net", "smtp-out.soracloud.example.net", "192.0.2.101"),
    hard=True)

add("ham/security-04.eml", "shift_jis", "base64", "2025-09-16 12:34:09",
    ("いろは銀行", "direct@iroha-bank.example.co.jp"),
    [(None, "yamaguchi.j@example.ne.jp")],
    "【いろは銀行】お振込受付のお知らせ",
    """\
山口 純一 様

いろは銀行ダイレクトをご利用いただきありがとうございます。
以下の内容でお振込みを受け付けました。

　受付日時　　：2025年9月16日 12:33
　お振込先　　：みなと信用金庫　港南支店　普通　****123
　受取人名　　：ヤマグチ　ハナコ
　お振込金額　：50,000円
　手数料　　　：0円

お心当たりのないお取引の場合は、至急、お電話で
ダイレクトサポート（0120-000-771、24時間受付）へご連絡ください。

※このメールは送信専用です。返信いただいてもお答えできません。
※当行はメールでID・パスワードの入力をお願いすることはありません。
""",
    via=("mx-out1.iroha-bank.example.co.jp", "mx-out1.iroha-bank.example.co.jp", "192.0.2.84"),
    hard=True)

add("ham/card-statement-01.eml", "iso-2022-jp", "7bit", "2025-10-12 06:00:00",
    ("みどりカード会員サービス", "statement@midori-card.example.co.jp"),
    [(None, "s.kubo@example.com")],
    "【みどりカード】10月分ご請求金額確定のお知らせ",
    """\
久保 聡 様

みどりカードをご利用いただき、ありがとうございます。
10月お支払い分のご請求金額が確定しました。

　お支払日　　：2025年10月27日（月）
　ご請求金額　：86,421円
　お支払方法　：口座振替

ご利用明細は、会員サイト「みどりNet」でご確認いただけます。
ブックマークまたは公式アプリからログインしてください。

なお、リボ払い・分割払いへの変更は10月20日（月）まで承ります。

ポイント残高：3,218ポイント（うち420ポイントは11月末で有効期限）

株式会社みどりカード
""",
    via=("mailsv.midori-card.example.co.jp", "mailsv.midori-card.example.co.jp", "203.0.113.14"),
    hard=True)

add("ham/card-statement-02.eml", "utf-8", "base64", "2025-02-16 03:41:55",
    ("あさひカード", "alert@asahi-card.example.com"),
    [(None, "nakamura.y@example.jp")],
    "カードご利用のお知らせ（海外）",
    """\
中村 様

あさひカードのご利用がありましたのでお知らせします。

　ご利用日時：2025/02/16 03:40
　ご利用先　：HOTEL LUMIERE NICE
　ご利用金額：412.50 EUR

このメールはご利用速報サービスにご登録のお客様にお送りしています。
ご本人のご利用であれば、対応は不要です。

お心当たりがない場合は、カード裏面の紛失・盗難デスク
（24時間・年中無休）までお電話ください。
サービスについて：https://www.asahi-card.example.com/service/sokuho/

あさひカード株式会社
""",
    via=("notify.asahi-card.example.com", "notify.asahi-card.example.com", "198.51.100.150"),
    hard=True)

add("ham/delivery-01.eml", "utf-8", "8bit", "2025-11-06 16:18:33",
    ("やまびこ運輸", "info@yamabiko-unyu.example.jp"),
    [(None, "k.hirose@example.ne.jp")],
    "お届けにあがりましたがご不在でした",
    """\
広瀬 様

やまびこ運輸です。
本日、お荷物のお届けにあがりましたが、ご不在でした。

　お届け日時：11月6日（木）15時52分
　ご依頼主　：ナチュラル食品館
　伝票番号　：0000-1122-3344
　品名　　　：食品（冷蔵）

冷蔵品のため、保管期間は11月9日（日）までです。
ご不在連絡票に記載の担当ドライバーへのお電話、
またはやまびこ運輸のアプリから再配達をご依頼ください。
お荷物の状況：https://www.yamabiko-unyu.example.jp/tracking/

※当社からSMSでURLをお送りすることはありません。
""",
    via=("mo1.yamabiko-unyu.example.jp", "mo1.yamabiko-unyu.example.jp", "203.0.113.97"),
    hard=True)

add("ham/delivery-02.eml", "iso-2022-jp", "7bit", "2025-04-02 19:11:20",
    ("木工房こだま", "shop@kodama-mokko.example"),
    [(None, "ayaka.t@example.com")],
    "【木工房こだま】商品発送のお知らせ",
    """\
高野 彩香 様

この度は木工房こだまのオンラインショップをご利用いただき、
誠にありがとうございます。
ご注文の商品を本日発送いたしましたのでお知らせいたします。

　ご注文番号：K-2503-0088
　商品　　　：山桜のカッティングボード（M）×1
　配送業者　：やまびこ運輸
　お問合せ番号：0000-5566-7788

お届けまで2〜3日ほどかかります。
配送状況は配送業者のサイトでお問合せ番号を入力してご確認ください。
ご注文履歴：https://kodama-mokko.example/mypage/orders

長くお使いいただけるよう、お手入れ方法の紙を同封しております。
木工房こだま　小玉
""",
    via=("mail.kodama-mokko.example", "unknown", "192.0.2.145"),
    headers=mailer("Becky! ver. 2.81.04"),
    hard=True)

add("ham/points-01.eml", "utf-8", "quoted-printable", "2025-08-25 10:30:00",
    ("ポイントクラブ事務局", "club@pointclub.example.com"),
    [(None, "ishikawa.m@example.jp")],
    "【ポイントクラブ】1,520ポイントの有効期限が近づいています", qsubj=True,
    text="""\
石川 様

いつもポイントクラブをご利用いただきありがとうございます。

お持ちのポイントのうち、1,520ポイントが
2025年8月31日（日）に有効期限を迎えます。

ポイントは加盟店でのお買い物に1ポイント=1円としてご利用いただけます。
期限が近いポイントから自動的に使われます。

ポイント残高はアプリまたは加盟店のレジでご確認いただけます。

※ポイントを現金や他社の電子マネーと交換するために
　カード番号を入力していただくことはありません。

配信設定の変更：https://pointclub.example.com/settings
""",
    headers=unsub("https://pointclub.example.com/unsubscribe?c=19f2"),
    via=("mail.pointclub.example.com", "mail.pointclub.example.com", "198.51.100.201"),
    hard=True)

add("ham/verify-01.eml", "iso-2022-jp", "7bit", "2025-06-02 11:00:00",
    ("ほくと証券", "kakunin@hokuto-sec.example.co.jp"),
    [(None, "k.fukuda@example.com")],
    "【ほくと証券】お客様情報の確認のお願い（法令に基づくご確認）",
    """\
福田 健 様

ほくと証券をご利用いただき、誠にありがとうございます。

当社では「犯罪による収益の移転防止に関する法律」に基づき、
お客様のご職業、お取引の目的等について定期的に確認させていただいております。

お手数ですが、6月30日（月）までに、当社Webサイトにログインのうえ
「お客様情報の確認」画面からご回答をお願いいたします。

ご回答いただけない場合、お取引の一部を制限させていただくことがございます。

ログインは、メール内のリンクではなく、ブックマークまたは
公式アプリからお願いいたします。本メールにリンクは記載しておりません。

ほくと証券株式会社　お客様サポートセンター
0120-000-288（平日8時〜17時）
""",
    via=("smtp02.hokuto-sec.example.co.jp", "smtp02.hokuto-sec.example.co.jp", "203.0.113.24"),
    hard=True)

add("ham/subscription-01.eml", "utf-8", "base64", "2025-01-24 09:00:00",
    ("おとのわ音楽配信", "billing@otonowa.test"),
    [(None, "shun.hayashi@example.ne.jp")],
    "プレミアムプランは1月31日に自動更新されます",
    """\
林 様

おとのわをご利用いただきありがとうございます。

ご契約中の「プレミアム年額プラン」は、2025年1月31日（金）に
自動更新されます。

　更新後の期間：2025年2月1日〜2026年1月31日
　更新料金　　：9,800円（税込）
　お支払い方法：ご登録のクレジットカード（末尾 1122）

自動更新を停止したい場合は、アプリの「アカウント」→「プラン」から
1月30日までにお手続きください。
ヘルプ：https://otonowa.test/help/plan-renewal

今後ともおとのわをよろしくお願いします。
""",
    via=("mailer.otonowa.test", "mailer.otonowa.test", "192.0.2.163"),
    hard=True)

add("ham/subscription-02.eml", "utf-8", "quoted-printable", "2025-09-03 07:14:29",
    ("まなびオンライン", "support@manabi-online.example.com"),
    [(None, "c.yamada@example.jp")],
    "【お支払いエラー】月額プランの決済ができませんでした",
    """\
山田 千尋 様

まなびオンラインをご利用いただきありがとうございます。

9月分の月額料金（1,980円）の決済を試みましたが、
ご登録のクレジットカードで決済ができませんでした。
カードの有効期限切れ、またはご利用限度額が原因の可能性があります。

9月10日までにお支払い情報を更新いただけない場合、
プランはフリープランに変更されます（学習履歴は残ります）。

更新方法：アプリまたはWebサイトにログイン →「マイページ」→「お支払い情報」

ご不明な点は、このメールにそのままご返信ください。
まなびオンライン サポートチーム
""",
    html="""\
<html><body style="font-family:sans-serif;color:#333">
<p>山田 千尋 様</p>
<p>9月分の月額料金（1,980円）の決済を試みましたが、ご登録のクレジットカードで決済ができませんでした。</p>
<p>9月10日までにお支払い情報を更新いただけない場合、プランはフリープランに変更されます（学習履歴は残ります）。</p>
<p>更新方法：アプリまたはWebサイトにログイン →「マイページ」→「お支払い情報」</p>
<p>まなびオンライン サポートチーム</p>
</body></html>
""",
    via=("smtp.manabi-online.example.com", "smtp.manabi-online.example.com", "203.0.113.128"),
    hard=True)

add("ham/insurance-01.eml", "iso-2022-jp", "7bit", "2025-11-10 10:15:00",
    ("はなみずき生命", "info@hanamizuki-life.example.co.jp"),
    [(None, "e.kondo@example.ne.jp")],
    "【はなみずき生命】ご契約の満期が近づいております",
    """\
近藤 絵美 様

平素より格別のご高配を賜り、厚く御礼申し上げます。

ご契約いただいている養老保険（証券番号 0000-881234）が、
2026年1月15日に満期を迎えます。

　満期保険金額：3,000,000円

満期保険金のお受け取り手続きの書類を、12月上旬に
ご登録のご住所へ郵送いたします。書類が届きましたら、
ご記入のうえご返送ください。
手続きのご案内：https://www.hanamizuki-life.example.co.jp/keiyakusha/manki/

担当の生涯設計デザイナー 上原より、後日お電話にて
ご説明させていただく場合がございます。

はなみずき生命保険株式会社　お客様サービスセンター
0120-000-553（平日9時〜18時）
""",
    via=("mail.hanamizuki-life.example.co.jp", "mail.hanamizuki-life.example.co.jp", "198.51.100.45"),
    hard=True)

add("ham/securities-01.eml", "utf-8", "base64", "2025-07-08 15:32:10",
    ("ほくと証券", "torihiki@hokuto-sec.invalid"),
    [(None, "a.nomura@example.ne.jp")],
    "【ほくと証券】約定のお知らせ",
    """\
野村 彰 様

ご注文が約定しましたのでお知らせいたします。

　約定日　：2025/07/08
　銘柄　　：かもめ電機（0000）
　売買区分：現物買
　約定数量：100株
　約定単価：2,345円

取引報告書は電子交付サービスでご確認いただけます。

※本メールは送信専用アドレスからお送りしています。
ほくと証券株式会社
""",
    via=("smtp03.hokuto-sec.invalid", "smtp03.hokuto-sec.invalid", "192.0.2.24"),
    hard=True)

add("ham/forwarded-spam-01.eml", "utf-8", "8bit", "2025-03-19 12:10:45",
    ("田中 良平", "r.tanaka@example.com"),
    [("岡田 大輔", "d.okada@example.com")],
    "Fwd: 【重要】お客様の账户安全确认について",
    """\
岡田へ

銀行からこんなメールが来たんだけど、これって詐欺だよね？
三菱UFJの口座は持ってるから一瞬焦った。
「账户」とか変な漢字が混じってるし、リンクも怪しい気がする。
一応まだ何もクリックしてない。詳しいから見てもらえる？

---------- Forwarded message ---------
From: 三菱UFJ銀行 <service@mufg-kakunin.example.ne.jp>
Date: 2025年3月19日 3:27
Subject: 【重要】お客様の账户安全确认について

> 尊敬なるお客様
> 最近、お客様の账户に異常な登録が発見されましたので、
> 安全のため、暂时取引を停止致しました。
> 下記の网址にて本人情報を確認して下さい。
> https://mufg-kakunin.example.ne.jp/jp/login.html
""",
    hops=3, origin=("tanaka-note", "192.0.2.55"),
    via=("mail.example.com", "mail.example.com", "203.0.113.10"),
    headers=[("User-Agent", "Mozilla Thunderbird")],
    hard=True)

add("ham/forwarded-spam-02.eml", "iso-2022-jp", "7bit", "2025-11-12 19:26:03",
    ("母", "yoshiko.m@mobile.example.ne.jp"),
    [(None, "e.matsumoto@example.ne.jp")],
    "これ本当に当たったの？",
    """\
えりちゃん

お母さんのところにiPhoneが当たったってメールが来たけど、
送料500円払えばもらえるんだって。
お父さんに聞いたら怪しいって言うんだけど、どうかしら。
応募した覚えはないのよね。

------ 転送メッセージ ------
件名：【当選】おめでとうございます！iPhone 17 Proが当選しました
厳正なる抽選の結果、お客様が「iPhone 17 Pro」の当選者に選ばれました。
商品をお受け取りいただくには、送料500円のお支払いが必要です。
https://present-jimukyoku.example.co.jp/win/receive?no=00512
""",
    via=("mail.mobile.example.ne.jp", "mail.mobile.example.ne.jp", "192.0.2.171"),
    hard=True)

add("ham/it-drill-01.eml", "iso-2022-jp", "7bit", "2025-05-26 09:30:00",
    ("情報システム課", "it-help@hoshino-seiki.example.co.jp"),
    [(None, "all-staff@hoshino-seiki.example.co.jp")],
    "【全社】標的型メール訓練の実施について（6月）", rcpt="sato.k@hoshino-seiki.example.co.jp",
    text="""\
全社員各位

情報システム課です。
情報セキュリティ教育の一環として、6月中に標的型メール訓練を実施します。

期間中、「請求書の確認」「パスワードの有効期限」「宅配便の不在通知」など、
実際の攻撃メールを模した訓練メールが届きます。

　実施期間：6月2日（月）〜6月20日（金）のうち任意の日
　対象　　：全社員（派遣社員の方を含む）

怪しいと思ったメールは、リンクや添付ファイルを開かずに、
Outlookの「報告」ボタンで報告してください。
訓練メールのリンクを開いても個人の評価には一切影響しません。

本物の攻撃メールも届いています。訓練中でも油断しないようお願いします。
訓練の詳細：https://portal.hoshino-seiki.example.co.jp/security/training/

情報システム課　内線2200
""",
    via=("exch01.hoshino-seiki.example.co.jp", "exch01.hoshino-seiki.example.co.jp", "203.0.113.141"),
    headers=mailer("Microsoft Outlook 16.0"),
    hard=True)

add("ham/it-warning-01.eml", "utf-8", "base64", "2025-07-23 11:05:37",
    ("情報システム課", "it-help@hoshino-seiki.example.co.jp"),
    [(None, "all-staff@hoshino-seiki.example.co.jp")],
    "【注意喚起】取引先を装った振込先変更メールについて",
    rcpt="keiri@hoshino-seiki.example.co.jp",
    text="""\
全社員各位（特に経理・購買ご担当の方）

昨日、取引先の大和部品工業様を装った「振込先口座変更」のメールが
経理部に届きました。大和部品工業様に電話で確認したところ、
先方はそのようなメールを送っていないとのことです。

特徴：
・差出人アドレスが正規ドメインに似た別ドメイン
・返信先（Reply-To）がフリーメール
・「電話での問い合わせはご遠慮ください」と書かれている

以下、届いたメールの一部です。
> この度、弊社の取引銀行の変更に伴い、今月末お支払い分より
> お振込先口座を下記に変更させていただくことになりました。
> なお、本件は社内手続き上お電話でのお問い合わせはご遠慮いただき、

振込先の変更依頼は、必ず既知の電話番号で先方に確認してください。
同様のメールを受け取った方は、情報システム課までご連絡ください。
""",
    via=("exch01.hoshino-seiki.example.co.jp", "exch01.hoshino-seiki.example.co.jp", "203.0.113.141"),
    headers=mailer("Microsoft Outlook 16.0"),
    hard=True)

add("ham/seminar-01.eml", "utf-8", "quoted-printable", "2025-10-20 12:00:00",
    ("わかば信用金庫 港北支店", "kohoku@wakaba-shinkin.example"),
    [(None, "h.sugimoto@example.com")],
    "【参加無料・先着30名】はじめての資産運用セミナーのご案内",
    """\
杉本 様

いつもわかば信用金庫をご利用いただき、ありがとうございます。
港北支店の窓口でご案内しました資産運用セミナーの詳細をお送りします。

　日時：11月15日（土）13:30〜15:00
　会場：わかば信用金庫 港北支店 2階会議室
　内容：新NISAのしくみ／つみたて投資の基本／質疑応答
　参加費：無料（先着30名）

セミナー中に個別の商品を勧誘することはございません。
投資信託は元本が保証された商品ではなく、値下がりにより
損失が生じるおそれがあることも含めてご説明します。

お申込みは支店窓口またはお電話（0000-45-6611）にて承ります。
お子様連れでのご参加も歓迎です。
会場の地図：https://www.wakaba-shinkin.example/branch/kohoku/

わかば信用金庫 港北支店　担当 三浦
""",
    via=("mail.wakaba-shinkin.example", "mail.wakaba-shinkin.example", "198.51.100.95"),
    hard=True)

add("ham/dating-app-01.eml", "utf-8", "base64", "2025-02-14 21:03:48",
    ("hitotoki", "notice@hitotoki-app.test"),
    [(None, "ryuji.k@example.ne.jp")],
    "3人の女性からいいね！が届いています",
    """\
りゅうじ さん

hitotokiをご利用いただきありがとうございます。
新しく3人からいいね！が届いています。

バレンタインの今日はログインする人が多い日です。
アプリを開いて、プロフィールをチェックしてみましょう。

・プロフィール写真を3枚以上登録すると、マッチング率が約2倍になります
・本人確認済みのお相手には認証バッジが付いています

お金の話や外部のメッセージアプリへの誘導、投資の勧誘をしてくる
お相手にはご注意ください。アプリ内の「通報」から運営へお知らせください。

通知メールの設定はアプリの「設定」→「通知」から変更できます。
hitotoki運営事務局
""",
    headers=unsub("https://hitotoki-app.test/mail/unsubscribe?u=55120"),
    via=("mail.hitotoki-app.test", "mail.hitotoki-app.test", "203.0.113.217"),
    hard=True)

add("ham/realestate-01.eml", "iso-2022-jp", "7bit", "2025-04-21 18:44:02",
    ("あおい住宅販売 長谷部", "hasebe@aoi-jutaku.example.com"),
    [(None, "t.kikuchi@example.jp")],
    "先日はご内覧ありがとうございました（パークサイド若葉 502号室）",
    """\
菊池 様

先日はお忙しいなか、パークサイド若葉 502号室をご内覧いただき
誠にありがとうございました。あおい住宅販売の長谷部です。

お話のあった点について、管理会社に確認いたしました。
・修繕積立金は2027年に改定予定（月額14,200円→18,500円の案）
・大規模修繕は2029年予定、一時金の徴収予定はなし
・ペットは小型犬・猫1匹まで可
物件ページ：https://www.aoi-jutaku.example.com/bukken/ps-wakaba-502/

同じ物件に他のお客様からもお問い合わせをいただいておりますが、
急かすつもりはございません。住宅ローンの事前審査だけでも
先に進めておくと安心かと存じます。

ご検討のほど、よろしくお願いいたします。

あおい住宅販売株式会社　長谷部 俊介
携帯 090-0000-3371
""",
    attach=[("パークサイド若葉502_物件資料.pdf", "application/pdf", "pdf")], fname='word',
    via=("smtp.aoi-jutaku.example.com", "smtp.aoi-jutaku.example.com", "192.0.2.219"),
    headers=mailer("Microsoft Outlook 16.0"),
    hard=True)

add("ham/donation-01.eml", "utf-8", "quoted-printable", "2025-12-01 10:00:00",
    ("NPO法人こどもの灯", "info@kodomo-akari.example.org"),
    [(None, "w.hirata@example.com")],
    "年末のご寄付のお願い　あなたの支援で子ども食堂が続けられます",
    """\
平田 様

いつも「こどもの灯」の活動を応援いただき、ありがとうございます。

今年は物価の上昇で食材費が昨年の1.4倍になりました。
それでも、毎週水曜と土曜の子ども食堂に、延べ4,200人の子どもたちが
来てくれました。

年末に向けて、あらためてご寄付のお願いをさせてください。
3,000円のご寄付で、子ども10人分の夕食をつくることができます。

ご寄付は当法人サイトの寄付ページ、または郵便振替で承ります。
https://kodomo-akari.example.org/donate

当法人は認定NPO法人のため、ご寄付は寄付金控除の対象となります。
今年の活動報告書はPDFでダウンロードいただけます。

NPO法人こどもの灯　代表理事 宮下
""",
    headers=[("Reply-To", "kifu@kodomo-akari.example.org")] + unsub("https://kodomo-akari.example.org/news/stop?m=w.hirata"),
    via=("mail.kodomo-akari.example.org", "unknown", "203.0.113.45"),
    hard=True)

add("ham/donation-02.eml", "iso-2022-jp", "7bit", "2025-05-30 20:15:00",
    ("さとう一郎後援会", "koenkai@sato-ichiro.example.jp"),
    [(None, "f.morita@example.ne.jp")],
    "市政報告会のご案内と個人献金のお願い",
    """\
後援会会員の皆様

日頃より、さとう一郎の活動にご支援をいただき、
心より感謝申し上げます。

下記のとおり市政報告会を開催いたします。

　日時：6月21日（土）14時〜15時30分
　会場：あけぼの町公民館 大ホール
　内容：市議会6月定例会の報告、意見交換
前回の報告会の様子：https://sato-ichiro.example.jp/report/

また、活動を続けるため、個人献金のお願いを申し上げます。
政治資金規正法に基づき、献金には住所・氏名・職業の届出が必要です。
振込用紙を同封した会報を郵送いたしますので、ご検討いただけましたら幸いです。

さとう一郎後援会事務所
電話 0000-33-4410
""",
    via=("mail.sato-ichiro.example.jp", "p228-ipoe.minato.example.ne.jp", "198.51.100.228"),
    hard=True)

add("ham/crowdfunding-01.eml", "utf-8", "8bit", "2025-08-29 22:40:11",
    ("hitomichi crowdfunding", "project@hitomichi-cf.test"),
    [(None, "shota.i@example.com")],
    "【活動報告】支援者の皆さまへ：試作品の最終テストが終わりました",
    """\
支援者の皆さま

「折りたためるアウトドアチェア」プロジェクトの大木です。
たくさんのご支援、本当にありがとうございます。

最終試作の耐荷重テストで、当初目標の100kgを大きく上回る
150kgをクリアしました！

一方で、生地の色ムラが見つかったため、工場と調整中です。
そのためリターンの発送が、当初予定の9月末から10月中旬に
2週間ほど遅れる見込みです。ご迷惑をおかけして申し訳ありません。

追加の支払いなどをお願いすることは一切ありません。
発送が決まりましたら、あらためてお知らせします。

プロジェクトページ
https://hitomichi-cf.test/projects/chair-fold/updates/7
""",
    headers=unsub("https://hitomichi-cf.test/settings/notifications"),
    via=("mail.hitomichi-cf.test", "mail.hitomichi-cf.test", "192.0.2.62"),
    hard=True)

add("ham/recruiter-01.eml", "utf-8", "base64", "2025-06-11 08:20:39",
    ("キャリアブリッジ 西田", "nishida@career-bridge.example.com"),
    [(None, "m.yoshikawa@example.jp")],
    "【スカウト】年収900万〜1,200万円／組込みソフトウェアのリードエンジニア",
    """\
吉川 様

突然のご連絡失礼いたします。
転職エージェント キャリアブリッジの西田と申します。

ご登録いただいている職務経歴を拝見し、ご経験にぴったりの
求人がございましたのでご連絡いたしました。

　ポジション：車載向け組込みソフトウェア リードエンジニア
　企業　　　：精密機器メーカー（東証プライム上場）
　年収　　　：900万〜1,200万円（ご経験により決定）
　勤務地　　：神奈川県（週2日リモート可）

企業名は面談の際にお伝えいたします。
まずは30分ほど、オンラインで情報交換をさせていただけませんか。
ご都合のよい日時を2〜3候補いただけましたら幸いです。
求人票：https://career-bridge.example.com/mypage/scout/88421

今回は見送りという場合も、ご返信いただけると助かります。

キャリアブリッジ株式会社　西田 まゆ
""",
    via=("mail.career-bridge.example.com", "mail.career-bridge.example.com", "198.51.100.62"),
    hard=True)

add("ham/tax-office-01.eml", "iso-2022-jp", "7bit", "2026-02-02 10:00:00",
    ("かもめ税務署", "kakutei@kamome-zeimusho.example.go.jp"),
    [(None, "s.nakano@example.jp")],
    "確定申告期間のお知らせ（メールマガジン）",
    """\
かもめ税務署メールマガジン　令和8年2月号

令和7年分の所得税及び復興特別所得税の確定申告期間は、
2月16日（月）から3月16日（月）までです。

・スマートフォンやパソコンから申告書を作成・提出できます。
・税務署の申告相談会場は大変混雑します。入場整理券が必要です。
https://www.kamome-zeimusho.example.go.jp/kakutei/2026/

税務署がメールやSMSで税金の納付を求め、リンク先で
クレジットカード番号を入力させることはありません。
「未納税金の差押え」などと書かれた不審なメールにご注意ください。

本メールマガジンは登録いただいた方にお送りしています。
配信停止は登録時のページから行えます。
""",
    via=("mail.kamome-zeimusho.example.go.jp", "mail.kamome-zeimusho.example.go.jp", "192.0.2.18"),
    hard=True)

add("ham/pension-01.eml", "utf-8", "quoted-printable", "2025-06-16 09:30:00",
    ("かもめ年金事務所", "info@kamome-nenkin.example.go.jp"),
    [(None, "t.ogawa@example.ne.jp")],
    "年金振込通知書の送付と受取口座変更の手続きについて",
    """\
小川 俊夫 様

年金ネットサービスにご登録いただき、ありがとうございます。

6月13日（金）に、年金振込通知書を郵送いたしました。
今年度の振込額をご確認ください。

受取口座を変更される場合は、「年金受給権者 受取機関変更届」を
お近くの年金事務所の窓口または郵送でご提出ください。
https://www.kamome-nenkin.example.go.jp/tetsuzuki/koza.html

年金事務所の職員が、お電話やメールで口座番号や暗証番号を
お尋ねすること、ATMの操作をお願いすることはありません。
還付金があるという電話は詐欺です。

かもめ年金事務所 お客様相談室
電話 0000-71-2211（平日8時30分〜17時15分）
""",
    via=("smtp.kamome-nenkin.example.go.jp", "smtp.kamome-nenkin.example.go.jp", "198.51.100.22"),
    hard=True)

add("ham/city-kyufukin-01.eml", "iso-2022-jp", "7bit", "2025-01-17 16:05:00",
    ("あけぼの市 給付金担当", "kyufu@city.akebono.example.lg.jp"),
    [(None, "kawamura.m@example.jp")],
    "【あけぼの市】物価高騰対策給付金（1世帯3万円）の申請受付について",
    """\
あけぼの市メール配信サービス（くらし情報）

物価高騰対策給付金の申請受付を開始しました。

　対象　：令和6年12月13日時点で市に住民登録があり、
　　　　　世帯全員の令和6年度住民税が非課税の世帯
　給付額：1世帯あたり3万円
　申請期限：3月31日（月）消印有効

対象と思われる世帯には、1月下旬までに確認書を郵送します。
確認書に振込口座を記入し、返信用封筒でご返送ください。

市や国の職員が、給付金のためにATMの操作をお願いしたり、
手数料の振込みを求めたりすることは絶対にありません。

詳しくは市のホームページをご覧ください。
https://www.city.akebono.example.lg.jp/kurashi/kyufukin.html

あけぼの市 福祉部 給付金担当　電話 0000-20-1155
""",
    via=("mail.city.akebono.example.lg.jp", "mail.city.akebono.example.lg.jp", "192.0.2.131"),
    hard=True)

add("ham/telecom-01.eml", "utf-8", "base64", "2025-03-25 11:00:00",
    ("こまどりモバイル", "info@komadori-mobile.invalid"),
    [(None, "y.honda@example.com")],
    "【こまどりモバイル】ご契約の更新月と料金プラン変更のお知らせ",
    """\
本田 様

こまどりモバイルをご利用いただきありがとうございます。

ご契約中の「たっぷり20GBプラン」の料金改定のお知らせです。
5月のご利用分より、月額料金が2,178円から1,980円（税込）に
値下げとなります。お手続きは不要です。

また、今なら家族紹介キャンペーンで、ご紹介1回線につき
2,000円分の割引を最大6か月お付けしています。

ご利用状況はマイページでご確認ください。
https://my.komadori-mobile.invalid/

※本メールはご契約者様へのご案内です。配信停止はできません。
""",
    via=("mail.komadori-mobile.invalid", "mail.komadori-mobile.invalid", "203.0.113.67"),
    hard=True)

add("ham/utility-01.eml", "iso-2022-jp", "7bit", "2025-08-18 10:00:00",
    ("あさなぎ電力 お客さまセンター", "info@asanagi-denryoku.example.com"),
    [(None, "y.hasegawa@example.ne.jp")],
    "【あさなぎ電力】8月分電気料金のお知らせ（前年比）",
    """\
長谷川 様

あさなぎ電力をご利用いただきありがとうございます。
8月分の電気料金が確定しましたのでお知らせします。

　ご使用期間：7月15日〜8月13日（30日間）
　ご使用量　：412kWh（前年同月 388kWh）
　ご請求金額：14,863円（うち再エネ賦課金 1,475円）

ご請求金額は、9月5日にご登録のクレジットカードへ請求いたします。

猛暑が続いております。エアコンは我慢せず、
フィルター掃除や設定温度の見直しで上手に節電しましょう。

料金の明細はお客さまWebサービスからご覧いただけます。
https://my.asanagi-denryoku.example.com/
あさなぎ電力株式会社
""",
    via=("mo.asanagi-denryoku.example.com", "mo.asanagi-denryoku.example.com", "198.51.100.105"),
    hard=True)

add("ham/hospital-promo-01.eml", "shift_jis", "8bit", "2025-04-28 14:00:00",
    ("もみじ健診センター", "info@momiji-kenshin.example.or.jp"),
    [(None, "k.tsuji@example.co.jp")],
    "【もみじ健診センター】人間ドック 平日限定オプション半額のご案内",
    """\
辻 様

昨年はもみじ健診センターで人間ドックを受診いただき、
ありがとうございました。受診から1年が経ちましたのでご案内いたします。

6月末までの平日限定で、下記オプション検査を半額でご提供しています。
　・脳ドック（MRI）　　　 22,000円 → 11,000円
　・乳腺超音波検査　　　　 5,500円 →  2,750円
　・腫瘍マーカー（3項目）　6,600円 →  3,300円

ご予約はお電話またはWeb予約システムからどうぞ。
https://yoyaku.momiji-kenshin.example.or.jp/
健康保険組合の補助が使える場合がございます。

もみじ健診センター　予約係　0000-61-8800
""",
    via=("mail.momiji-kenshin.example.or.jp", "mail.momiji-kenshin.example.or.jp", "203.0.113.183"),
    hard=True)

add("ham/bank-news-01.eml", "utf-8", "quoted-printable", "2025-06-30 09:00:00",
    ("みなと銀行 ネット支店", "news@minato-bank.example.jp"),
    [(None, "yamaguchi.j@example.ne.jp")],
    "【期間限定】定期預金 金利0.5%キャンペーンのお知らせ", qsubj=True,
    text="""\
みなと銀行ネット支店をご利用のお客様へ

夏のボーナス時期にあわせ、定期預金の金利キャンペーンを実施します。

　対象商品：スーパー定期（1年もの）
　金利　　：年0.5%（税引後 年0.398%）
　期間　　：7月1日（火）〜8月31日（日）
　預入金額：10万円以上1,000万円以下

お申込みはネットバンキングにログインのうえ、「定期預金」メニューから。
預入れのために当行から振込先口座をご案内することはありません。

※金利は年率・税引前です。中途解約の場合は中途解約利率が適用されます。

みなと銀行 ネット支店
""",
    headers=unsub("https://www.minato-bank.example.jp/mail/settings"),
    via=("out.minato-bank.example.jp", "out.minato-bank.example.jp", "203.0.113.155"),
    hard=True)

add("ham/support-refund-01.eml", "utf-8", "8bit", "2025-10-03 15:27:49",
    ("くらしの道具店 サポート", "support@kurashi-dougu.example.com"),
    [(None, "asami.n@example.jp")],
    "Re: 届いたマグカップが割れていました [#20251001-0342]",
    """\
中島 麻美 様

くらしの道具店 サポートの大西です。
このたびはご迷惑をおかけし、誠に申し訳ございません。
お写真ありがとうございます。輸送中の破損と確認いたしました。

代わりの商品を本日発送いたしました。明後日お届けの予定です。
割れた商品はお手数ですが、そのまま破棄していただけますでしょうか。
返品や返金手続きのご対応は不要です。

もし代替品ではなく返金をご希望の場合は、このメールにご返信ください。
ご注文時のお支払い方法（クレジットカード）に返金いたします。
カード番号などを改めてお伺いすることはございません。

> 10月1日に届いたマグカップ（藍色）の取っ手が割れていました。
> 箱の角が潰れていたので配送中だと思います。写真を添付します。
> 交換していただけますか。

今後ともよろしくお願いいたします。
""",
    headers=[("In-Reply-To", "<20251001.0342.q@mail.example.jp>")],
    via=("desk.kurashi-dougu.example.com", "desk.kurashi-dougu.example.com", "192.0.2.97"),
    hard=True)

add("ham/newsletter-07.eml", "iso-2022-jp", "7bit", "2025-09-05 12:00:00",
    ("チケットひろば", "info@ticket-hiroba.example"),
    [(None, "k.ueda@example.com")],
    "【残りわずか】秋のホールコンサート　先着販売まもなく終了",
    """\
チケットひろば会員の皆様

いつもご利用ありがとうございます。

お気に入り登録いただいている公演の先着販売が、残りわずかとなりました。

■ 市民オーケストラ 秋の定期演奏会
　10月19日（日）15:00開演　かもめ市民ホール
　S席 4,000円／A席 3,000円（残りわずか）

■ 子ども向けファミリーコンサート
　11月3日（月）11:00開演　あけぼの文化会館
　全席自由 1,500円

転売サイトでのチケット購入はトラブルのもとです。
公式販売でのご購入をお願いいたします。

https://ticket-hiroba.example/events?fav=1

配信停止：https://ticket-hiroba.example/member/mail
""",
    html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-2022-JP"></head>
<body>
<p>チケットひろば会員の皆様</p>
<p>お気に入り登録いただいている公演の先着販売が、<font color="red">残りわずか</font>となりました。</p>
<h3>市民オーケストラ 秋の定期演奏会</h3>
<p>10月19日（日）15:00開演　かもめ市民ホール<br>S席 4,000円／A席 3,000円</p>
<h3>子ども向けファミリーコンサート</h3>
<p>11月3日（月）11:00開演　あけぼの文化会館<br>全席自由 1,500円</p>
<p><a href="https://ticket-hiroba.example/events?fav=1">公演一覧を見る</a></p>
<p><small>転売サイトでのチケット購入はトラブルのもとです。<a href="https://ticket-hiroba.example/member/mail">配信停止</a></small></p>
</body></html>
""",
    headers=unsub("https://ticket-hiroba.example/unsub?k=kueda"),
    via=("mail.ticket-hiroba.example", "mail.ticket-hiroba.example", "198.51.100.77"),
    hard=True)


# ===========================================================================
# ham: everyday mail
# ===========================================================================
add("ham/biz-request-01.eml", "iso-2022-jp", "7bit", "2025-03-04 10:22:51",
    ("星野精機 佐藤 健一", "sato.k@hoshino-seiki.example.co.jp"),
    [("東邦樹脂 営業部 石原様", "ishihara@toho-jushi.example.co.jp")],
    "ABS樹脂ケースのサンプルご提供のお願い",
    """\
東邦樹脂株式会社
営業部　石原 様

いつも大変お世話になっております。
星野精機の佐藤でございます。

先日のお打合せでご紹介いただいたABS樹脂ケース（型番 TJ-220）につきまして、
社内で評価を行いたく、サンプルを3個ご提供いただけないでしょうか。

　送付先：星野精機株式会社 開発部 佐藤宛
　　　　　〒000-0000 かもめ市港南町0-0-0
　ご希望時期：3月14日（金）頃まで

評価の結果は、3月末を目処にご報告させていただきます。
ご多用のところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。

星野精機株式会社　開発部
佐藤 健一
TEL 0000-40-1234（内線 315）
""",
    via=("exch01.hoshino-seiki.example.co.jp", "exch01.hoshino-seiki.example.co.jp", "203.0.113.141"),
    headers=mailer("Microsoft Outlook 16.0"))

add("ham/biz-apology-01.eml", "iso-2022-jp", "7bit", "2025-09-24 17:48:06",
    ("丸福梱包 小野寺", "onodera@marufuku-konpo.example.com"),
    [(None, "koubai@hoshino-seiki.example.co.jp")],
    "【お詫び】段ボールケース納期遅延について",
    """\
星野精機株式会社
購買課 御中

平素より格別のお引き立てを賜り、誠にありがとうございます。
丸福梱包の小野寺でございます。

9月26日（金）納品予定でご注文いただいておりました
段ボールケース（品番 MF-440、2,000枚）につきまして、
製函機の故障により、納品が9月30日（火）にずれ込む見込みとなりました。

ご迷惑をおかけしますことを深くお詫び申し上げます。

なお、急ぎでお使いの分として、500枚のみ9月26日に先行して
お届けすることが可能です。ご希望の場合はお知らせください。

今後このようなことのないよう、設備点検を徹底してまいります。
何卒よろしくお願い申し上げます。

丸福梱包株式会社　営業部
小野寺 剛
""",
    via=("mail.marufuku-konpo.example.com", "mail.marufuku-konpo.example.com", "198.51.100.87"))

add("ham/biz-thanks-01.eml", "utf-8", "base64", "2025-11-20 18:30:12",
    ("こもれび設計 村上", "murakami@komorebi-sekkei.example.jp"),
    [(None, "hayashi.r@example.co.jp")],
    "本日の現地調査のお礼",
    """\
林 様

本日はお忙しいなか、現地調査にお立ち会いいただき
ありがとうございました。こもれび設計の村上です。

教えていただいた配管ルートと、2階の床の傾きについては、
図面に反映したうえで来週中に改修案をお送りします。

また、お昼にいただいたお弁当、とても美味しかったです。
スタッフ一同、恐縮しつつもありがたく頂戴しました。

引き続きよろしくお願いいたします。

こもれび設計一級建築士事務所
村上 さやか
""",
    via=("mail.komorebi-sekkei.example.jp", "fl1-192-0-2-113.kanagawa.example.ne.jp", "192.0.2.113"),
    headers=mailer("Apple Mail (2.3826)"))

add("ham/internal-01.eml", "utf-8", "8bit", "2025-07-10 11:46:20",
    ("井上 まどか", "m.inoue@hoshino-seiki.example.co.jp"),
    [(None, "sato.k@hoshino-seiki.example.co.jp")],
    "今日のお昼",
    """\
佐藤さん

お疲れさまです。今日のお昼、駅前の定食屋さん行きませんか？
木曜は唐揚げ定食が500円らしいです。
12時5分にロビー集合でどうでしょう。

井上
""",
    via=("exch01.hoshino-seiki.example.co.jp", "exch01.hoshino-seiki.example.co.jp", "203.0.113.141"),
    hops=1)

add("ham/report-01.eml", "iso-2022-jp", "7bit", "2025-10-31 19:02:44",
    ("佐藤 健一", "sato.k@hoshino-seiki.example.co.jp"),
    [("大塚部長", "otsuka@hoshino-seiki.example.co.jp")],
    "【報告】東邦樹脂様 訪問結果（10/31）",
    """\
大塚部長

お疲れさまです。佐藤です。
本日の東邦樹脂様への訪問結果をご報告します。

１．ケース単価
　　年間5万個の発注を前提に、1個 128円→121円で合意いただきました。
２．納期
　　通常4週間、繁忙期（12〜2月）は6週間とのことです。
３．課題
　　色の指定（グレー）で金型の追加費用 35万円が発生します。
　　こちらは来週、先方から正式な見積をいただく予定です。

金型費用の負担について、来週の定例でご相談させてください。
取り急ぎご報告まで。

佐藤
""",
    via=("exch01.hoshino-seiki.example.co.jp", "exch01.hoshino-seiki.example.co.jp", "203.0.113.141"),
    headers=mailer("Microsoft Outlook 16.0"))

add("ham/minutes-01.eml", "utf-8", "quoted-printable", "2025-05-15 16:40:00",
    ("谷口 悠", "taniguchi@sora-design.example"),
    [("チーム", "team@sora-design.example")],
    "【議事録】5/15 ウェブサイトリニューアル定例 第6回",
    """\
関係者各位

本日の定例の議事録です。修正があれば明日中にお知らせください。

日時：2025年5月15日（木）14:00〜15:10
場所：会議室B／オンライン
出席：吉岡（クライアント）、谷口、松下、川口
欠席：小林

■ 決定事項
・トップページはB案で確定（スライダーは廃止）
・お問い合わせフォームの項目を7→5に削減
・公開日は7月1日（火）で据え置き

■ 宿題
・谷口：下層ページのワイヤーを5/22までに共有
　（作業中：https://drive.sora-design.example/share/wf-v6）
・松下：写真撮影の日程調整（候補 5/27、5/29）
・吉岡様：採用ページの原稿ご提供（5/30目処）

■ 次回
5月22日（木）14:00〜

以上
""",
    via=("mail.sora-design.example", "mail.sora-design.example", "198.51.100.170"),
    hops=1)

add("ham/ringi-01.eml", "iso-2022-jp", "7bit", "2025-02-19 13:15:33",
    ("ワークフローシステム", "workflow@hoshino-seiki.example.co.jp"),
    [(None, "otsuka@hoshino-seiki.example.co.jp")],
    "[稟議] 承認依頼：No.2025-0087 測定器（三次元測定機）購入の件",
    """\
大塚 様

以下の稟議について、承認依頼が届いています。

　稟議番号　：2025-0087
　件名　　　：測定器（三次元測定機）購入の件
　申請者　　：品質保証課 前田 一郎
　金額　　　：4,850,000円（税抜）
　申請日　　：2025年2月19日
　承認期限　：2025年2月26日

申請理由（抜粋）：
既存機の導入から15年が経過し、メーカー保守が本年9月で終了するため。
3社相見積の結果、最も安価かつ納期の短い業者を選定。

社内ポータルのワークフロー画面から承認・差戻しを行ってください。
https://wf01.hoshino-seiki.example.co.jp/approve/2025-0087
（このメールは自動送信です）
""",
    via=("wf01.hoshino-seiki.example.co.jp", "wf01.hoshino-seiki.example.co.jp", "203.0.113.143"),
    hops=1)

add("ham/quote-01.eml", "iso-2022-jp", "7bit", "2025-06-05 15:55:18",
    ("あさひ工業 見積担当 田村", "tamura@asahi-kogyo.example.com"),
    [(None, "maeda.i@hoshino-seiki.example.co.jp")],
    "お見積書送付の件（治具製作）",
    """\
星野精機株式会社
品質保証課　前田 様

いつもお世話になっております。
あさひ工業の田村でございます。

先日ご依頼いただきました検査治具の製作につきまして、
お見積書を添付にてお送りいたします。

　件名　：検査治具（TS-12用）製作
　金額　：286,000円（税込）
　納期　：ご発注後 約3週間
　有効期限：2025年7月4日

ご不明な点がございましたら、お気軽にお問い合わせください。
ご検討のほど、よろしくお願いいたします。

あさひ工業株式会社　技術営業部
田村 洋平
""",
    attach=[("御見積書_検査治具_TS-12.pdf", "application/pdf", "pdf")], fname="word",
    via=("mail.asahi-kogyo.example.com", "mail.asahi-kogyo.example.com", "192.0.2.174"),
    headers=mailer("Microsoft Outlook 16.0"))

add("ham/order-01.eml", "utf-8", "base64", "2025-06-12 09:41:05",
    ("前田 一郎", "maeda.i@hoshino-seiki.example.co.jp"),
    [("あさひ工業 田村様", "tamura@asahi-kogyo.example.com")],
    "Re: お見積書送付の件（治具製作）",
    """\
あさひ工業株式会社
田村 様

お世話になっております。星野精機の前田です。

お見積りいただいた検査治具について、社内承認が下りましたので
正式に発注させていただきます。注文書を添付いたします。

納期は7月4日（金）でお願いできればと存じます。
難しい場合はご相談ください。

よろしくお願いいたします。

> 先日ご依頼いただきました検査治具の製作につきまして、
> お見積書を添付にてお送りいたします。
""",
    attach=[("注文書_HS-2506-031.xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")],
    fname="rfc2231",
    headers=[("In-Reply-To", "<20250605155518.a1@asahi-kogyo.example.com>")] + mailer("Microsoft Outlook 16.0"),
    via=("exch01.hoshino-seiki.example.co.jp", "exch01.hoshino-seiki.example.co.jp", "203.0.113.141"))

add("ham/invoice-01.eml", "utf-8", "quoted-printable", "2025-07-31 17:03:29",
    ("あけぼの印刷 経理", "keiri@akebono-insatsu.invalid"),
    [(None, "info@sakura-kobo.example.com")],
    "7月分 納品書・請求書送付のご案内",
    """\
さくら工房 御中

いつもご利用いただきありがとうございます。
あけぼの印刷の経理担当、竹内です。

7月にお納めしたショップカード（1,000枚）と
A4チラシ（3,000枚）の納品書・請求書をお送りします。

　ご請求金額：41,580円（税込）
　お支払期限：8月31日
　お振込先　：請求書に記載の口座（従来と同じです）

インボイス制度の登録番号も請求書に記載しております。
ご査収のほどよろしくお願いいたします。

あけぼの印刷有限会社　竹内
""",
    attach=[("納品書_請求書_202507.pdf", "application/pdf", "pdf")], fname="rfc2231-only",
    via=("mail.akebono-insatsu.invalid", "unknown", "198.51.100.189"))

add("ham/contract-01.eml", "iso-2022-jp", "7bit", "2025-12-08 11:20:00",
    ("クラウド会計みらい 契約窓口", "keiyaku@mirai-kaikei.example.net"),
    [(None, "soumu@example.co.jp")],
    "ご契約更新のご案内（2026年1月末日満了）",
    """\
株式会社ながれ商事
総務部 ご担当者様

クラウド会計みらいをご利用いただき、誠にありがとうございます。

貴社のご契約（ビジネスプラン・5ユーザー）は、2026年1月31日をもって
契約期間が満了となります。特にお申し出がない場合は、
同条件で1年間自動更新となります。

　更新後の年額：198,000円（税別）※料金改定はございません
　ユーザー追加：1ユーザーあたり年額36,000円（税別）

プラン変更・解約をご希望の場合は、12月26日（金）までに
管理画面または担当営業までご連絡ください。
管理画面：https://app.mirai-kaikei.example.net/admin/contract

クラウド会計みらい株式会社　契約管理チーム
""",
    via=("mx.mirai-kaikei.example.net", "mx.mirai-kaikei.example.net", "203.0.113.48"))

add("ham/hr-01.eml", "utf-8", "base64", "2025-11-05 10:00:00",
    ("人事部", "jinji@hoshino-seiki.example.co.jp"),
    [(None, "all-staff@hoshino-seiki.example.co.jp")],
    "【人事】年末調整書類の提出について（11/21締切）",
    rcpt="m.inoue@hoshino-seiki.example.co.jp",
    text="""\
社員各位

人事部より年末調整のご案内です。

今年も年末調整はWebシステムで行います。
以下の期間内に入力・提出をお願いします。
https://portal.hoshino-seiki.example.co.jp/nencho/

　入力期間：11月5日（水）〜11月21日（金）
　対象書類：扶養控除等申告書、基礎控除申告書、保険料控除申告書
　添付書類：生命保険料控除証明書などの画像（スマホ撮影可）

原本は11月28日（金）までに人事部の提出ボックスへ入れてください。

住宅ローン控除（2年目以降）の方は、金融機関の残高証明書も必要です。
不明点は人事部 河野（内線1205）まで。
""",
    via=("exch01.hoshino-seiki.example.co.jp", "exch01.hoshino-seiki.example.co.jp", "203.0.113.141"))

add("ham/soumu-01.eml", "iso-2022-jp", "7bit", "2025-08-06 09:15:00",
    ("総務課 北村", "kitamura@hoshino-seiki.example.co.jp"),
    [(None, "all-staff@hoshino-seiki.example.co.jp")],
    "夏季休業と空調設備点検のお知らせ",
    rcpt="sato.k@hoshino-seiki.example.co.jp",
    text="""\
社員各位

総務課の北村です。

夏季休業は8月13日（水）〜8月17日（日）です。
休業中の8月14日（木）に、本社ビルの空調設備点検を行います。

・14日は終日、ビルへの入館ができません
・各自のPCはシャットダウンしてからお帰りください
・冷蔵庫の中の私物は12日までに持ち帰ってください

ご協力をお願いします。
""",
    via=("exch01.hoshino-seiki.example.co.jp", "exch01.hoshino-seiki.example.co.jp", "203.0.113.141"),
    headers=mailer("Microsoft Outlook 16.0"))

add("ham/keiri-01.eml", "utf-8", "8bit", "2025-04-25 16:31:07",
    ("経理部 森下", "morishita@hoshino-seiki.example.co.jp"),
    [(None, "sato.k@hoshino-seiki.example.co.jp")],
    "経費精算の差戻し（領収書の日付）",
    """\
佐藤さん

経理部の森下です。
4月分の経費精算（申請番号 E-0425-118）ですが、
タクシー代の領収書の日付が3月28日になっていました。

3月分として別途申請していただくか、
日付の誤りであれば、その旨をコメント欄に書いて再申請してください。
4月分の締めは4月30日（水）17時です。

よろしくお願いします。
""",
    via=("exch01.hoshino-seiki.example.co.jp", "exch01.hoshino-seiki.example.co.jp", "203.0.113.141"),
    hops=1)

add("ham/support-thread-01.eml", "utf-8", "quoted-printable", "2025-05-08 14:12:55",
    ("にじいろ家電サポート", "support@nijiiro-kaden.example.com"),
    [(None, "k.murata@example.ne.jp")],
    "Re: Re: 電子レンジのエラー表示（E-03）について [受付番号 250506-0118]",
    """\
村田 様

にじいろ家電サポートセンターの石井です。
ご確認ありがとうございました。

コンセントを差し直してもE-03が出るとのことですので、
内部の温度センサーの故障が考えられます。
保証期間内（ご購入日 2024年9月）のため、無償で修理いたします。

引き取り修理の日程として、下記からご都合のよい日をお知らせください。
　・5月12日（月）午前
　・5月13日（火）午後
　・5月15日（木）午前
修理の流れ：https://www.nijiiro-kaden.example.com/support/repair/

--- 村田様 (5月7日) ---
> コンセントを抜いて10分後に差し直しましたが、
> やはり温めを始めるとすぐにE-03が表示されて止まります。
--- サポートセンター (5月6日) ---
>> 一度電源プラグを抜き、10分ほどおいてから再度お試しください。
""",
    headers=[("In-Reply-To", "<250507.murata.2@example.ne.jp>")],
    via=("desk.nijiiro-kaden.example.com", "desk.nijiiro-kaden.example.com", "192.0.2.236"))

add("ham/ml-01.eml", "utf-8", "8bit", "2025-09-18 23:12:40",
    ("Kenta Aoki", "aoki.kenta@example.ne.jp"),
    "pgsql-ja@lists.dbusers.example", 
    "[pgsql-ja:03318] Re: VACUUM が終わらない",
    """\
青木です。

> autovacuum が何時間も同じテーブルで動き続けていて、
> ディスク使用量も減りません。バージョンは 16 です。

長時間トランザクションが残っていないか確認してみてください。
古いスナップショットを持ったセッションがあると、不要行を回収できません。

  SELECT pid, state, xact_start, left(query, 60)
    FROM pg_stat_activity
   WHERE xact_start < now() - interval '1 hour'
   ORDER BY xact_start;

うちでは、BIツールが BEGIN したまま放置しているセッションが原因でした。
idle_in_transaction_session_timeout を設定して解決しています。

  # postgresql.conf
  idle_in_transaction_session_timeout = '10min'

レプリケーションスロットが残っている場合も同じ症状になるので、
pg_replication_slots も見ておくとよいと思います。

--
青木 健太
pgsql-ja archives: https://lists.dbusers.example/pgsql-ja/
""",
    rcpt="kobayashi.s@example.com",
    headers=[("List-Id", "PostgreSQL Japanese users <pgsql-ja.lists.dbusers.example>"),
             ("X-ML-Name", "pgsql-ja"), ("X-Mail-Count", "03318"),
             ("List-Post", "<mailto:pgsql-ja@lists.dbusers.example>"),
             ("List-Unsubscribe", "<mailto:pgsql-ja-ctl@lists.dbusers.example?body=bye>"),
             ("Precedence", "list"),
             ("In-Reply-To", "<CAF0sx9.3317@example.jp>")],
    ret="pgsql-ja-bounces@lists.dbusers.example",
    via=("lists.dbusers.example", "lists.dbusers.example", "198.51.100.54"))

add("ham/ml-02.eml", "iso-2022-jp", "7bit", "2025-02-27 10:48:19",
    ("Mariko Ikeda", "m-ikeda@example.org"),
    "\"Rust Japan\" <rust-jp@ml.example.org>",
    "[rust-jp:1877] tokio で spawn したタスクのパニックを拾いたい",
    """\
池田です。初めて投稿します。

tokio::spawn したタスクの中で panic すると、
JoinHandle を await したときに JoinError になるのは分かったのですが、
数百個のタスクを起動したまま、どれかが落ちたらすぐ気付きたいです。

いま下記のように書いています。

    let mut set = tokio::task::JoinSet::new();
    for id in 0..300 {
        set.spawn(worker(id));
    }
    while let Some(res) = set.join_next().await {
        if let Err(e) = res {
            eprintln!("task failed: {e}");
        }
    }

これで良いのか、もっと定番のやり方があるのか教えていただけると助かります。
ログには次のように出ています。

    thread 'tokio-runtime-worker' panicked at src/worker.rs:88:14:
    called `Option::unwrap()` on a `None` value

よろしくお願いします。
""",
    rcpt="t.ikeda@example.com",
    headers=[("List-Id", "<rust-jp.ml.example.org>"), ("X-ML-Name", "rust-jp"),
             ("X-Mail-Count", "1877"), ("Precedence", "list"),
             ("List-Archive", "<https://ml.example.org/archives/rust-jp/>")],
    ret="rust-jp-admin@ml.example.org",
    via=("ml.example.org", "ml.example.org", "203.0.113.200"))

add("ham/ml-03.eml", "utf-8", "quoted-printable", "2025-08-09 02:05:33",
    ("Shinji Mori", "mori@kamone-lab.test"),
    [("nginx-users-ja", "nginx-users-ja@lists.webops.test")],
    "Re: [nginx-ja] proxy_pass 先がタイムアウトすると 504 が返る",
    """\
森です。

On 2025/08/08 21:40, Yusuke Kato wrote:
> upstream の処理に 90 秒くらいかかるリクエストがあって、
> 60 秒で 504 Gateway Time-out になってしまいます。

proxy_read_timeout の既定値が 60s なので、それに引っかかっていると思います。
該当の location だけ延ばすのがおすすめです。

    location /export/ {
        proxy_pass http://backend.webops.test:8080;
        proxy_read_timeout 120s;
        proxy_send_timeout 120s;
    }

error.log に以下のような行が出ていれば確定です。

    upstream timed out (110: Connection timed out) while reading
    response header from upstream, client: 192.0.2.45,
    server: api.webops.test, request: "GET /export/csv HTTP/1.1"

ただ、90 秒かかる処理は非同期ジョブにしてしまうほうが
ロードバランサ側のタイムアウトも気にしなくて済むので楽です。
""",
    rcpt="kobayashi.s@example.com",
    headers=[("List-Id", "nginx users in Japanese <nginx-users-ja.lists.webops.test>"),
             ("List-Unsubscribe", "<https://lists.webops.test/mailman/options/nginx-users-ja>"),
             ("Precedence", "list"), ("In-Reply-To", "<8a1f.kato@example.net>")],
    ret="nginx-users-ja-bounces@lists.webops.test",
    via=("lists.webops.test", "lists.webops.test", "192.0.2.88"))

add("ham/univ-01.eml", "iso-2022-jp", "7bit", "2025-04-09 20:31:16",
    ("Kimura Lab", "kimura@info.example.ac.jp"),
    [("木村研メンバー", "kimura-lab@info.example.ac.jp")],
    "[kimura-lab] 今年度のゼミ日程と新メンバー歓迎会",
    """\
木村研の皆さん

木村です。新年度の予定をお知らせします。

■ ゼミ
　毎週水曜 15:00〜17:00（4月16日（水）から）
　M2 は中間発表に向けた進捗報告、B4 は論文紹介から始めます。

■ 歓迎会
　4月25日（金）18:30〜　学内の食堂2階
　会費：学生 1,000円、教員・ポスドクは多めに払います

■ 計算サーバ
　新メンバーのアカウントは、助教の三宅さんに申請してください。
　GPU の利用は予約表に書いてからお願いします。
　https://wiki.info.example.ac.jp/kimura-lab/gpu-reserve

今年もよろしくお願いします。
""",
    rcpt="s2351@info.example.ac.jp",
    headers=[("List-Id", "<kimura-lab.info.example.ac.jp>")],
    attach=[("歓迎会_0425.ics", "text/calendar", "ics")], fname='rfc2231-only',
    via=("mail.info.example.ac.jp", "mail.info.example.ac.jp", "192.0.2.6"))

add("ham/univ-02.eml", "utf-8", "base64", "2025-10-14 13:07:48",
    ("研究推進課 共同研究係", "kyodo@research.example.ac.jp"),
    [(None, "kimura@info.example.ac.jp")],
    "共同研究契約書（案）の確認依頼：星野精機株式会社",
    """\
情報工学科　木村 先生

研究推進課 共同研究係の安田です。

星野精機株式会社との共同研究契約について、
先方の法務部から修正案が届きましたので、内容のご確認をお願いいたします。

主な修正点：
・第8条（成果の公表）　公表の60日前までに先方へ通知（従来30日）
・第12条（知的財産）　共有特許の出願費用は持分に応じて負担
・研究期間　2025年11月1日〜2027年3月31日

公表前の通知期間について、学生の学会発表に影響がないか
先生のご意見を伺えますでしょうか。
10月21日（火）までにご返信いただけますと幸いです。

契約書案は学内の共有フォルダに置いております。
""",
    hops=3, origin=("yasuda-pc.research.example.ac.jp", "192.0.2.201"),
    via=("mail.research.example.ac.jp", "mail.research.example.ac.jp", "192.0.2.7"))

add("ham/hokenjo-01.eml", "iso-2022-jp", "7bit", "2025-07-04 10:30:00",
    ("かもめ市保健所", "hokenjo@city.kamome.example.lg.jp"),
    [(None, "info@sakura-kobo.example.com")],
    "食品衛生責任者講習会の開催について",
    """\
食品営業許可をお持ちの事業者の皆様

かもめ市保健所 生活衛生課です。
本年度の食品衛生責任者向け講習会を、下記のとおり開催します。

　日時：8月7日（木）13:30〜16:00
　会場：かもめ市保健所 3階 講堂
　内容：HACCPに沿った衛生管理、夏場の食中毒予防
　費用：無料

お申込みは、7月25日（金）までに保健所生活衛生課へ電話またはFAXで。
受講は任意ですが、お店の衛生管理の見直しにお役立てください。
https://www.city.kamome.example.lg.jp/hokenjo/shokuhin/koushuukai.html

かもめ市保健所 生活衛生課　電話 0000-12-5560
""",
    via=("mail.city.kamome.example.lg.jp", "mail.city.kamome.example.lg.jp", "192.0.2.130"))

add("ham/hospital-01.eml", "utf-8", "8bit", "2025-12-09 08:00:05",
    ("やすらぎ内科クリニック", "yoyaku@yasuragi-clinic.example.net"),
    [(None, "t.ogawa@example.ne.jp")],
    "【予約確認】12月11日（木）10:30 診察のご予約",
    """\
小川 俊夫 様

やすらぎ内科クリニックです。ご予約を承っております。

　日時：12月11日（木）10:30
　内容：定期診察（血圧）、インフルエンザ予防接種

当日は保険証（マイナ保険証）、お薬手帳、予診票をお持ちください。
発熱がある場合は、ご来院前に必ずお電話ください。

予約の変更・キャンセルは前日18時までにお電話でお願いします。
電話 0000-33-1234
""",
    via=("[198.51.100.233]", "unknown", "198.51.100.233"), hops=1)

add("ham/pharmacy-01.eml", "shift_jis", "8bit", "2025-03-21 11:42:30",
    ("ひかり薬局 かもめ駅前店", "yakkyoku@hikari-yakkyoku.example"),
    [(None, "m.fujimoto@example.ne.jp")],
    "お薬の準備ができました",
    """\
藤本 様

ひかり薬局 かもめ駅前店です。
FAXでお送りいただいた処方せんのお薬の準備ができました。

お受け取りの際は、処方せんの原本と保険証をお持ちください。
本日は19時まで営業しております。

ひかり薬局 かもめ駅前店　電話 0000-22-1180
""",
    hops=1, hcharset="iso-2022-jp",
    via=("mail.hikari-yakkyoku.example", "unknown", "198.51.100.182"))

add("ham/school-01.eml", "iso-2022-jp", "7bit", "2025-10-24 15:30:00",
    ("かもめ市立港南小学校", "kounan-sho@school.kamome.example.lg.jp"),
    [(None, "hoshino.family@example.ne.jp")],
    "【港南小】学習発表会の開催と参観のお願い",
    """\
保護者の皆様

いつも本校の教育活動にご理解とご協力をいただき、ありがとうございます。
学習発表会を次のとおり開催いたします。

　日時：11月8日（土）9:00〜11:45
　会場：本校体育館
　振替休業日：11月10日（月）

・各学年の発表時間は、配付したプログラムでご確認ください。
・保護者の入場は1家庭2名までとし、名札の着用をお願いします。
・撮影は自分のお子様の発表中のみ、座席からお願いします。
・自転車・自動車での来校はご遠慮ください。

雨天でも実施いたします。
https://kounan-sho.school.kamome.example.lg.jp/news/2025/happyokai.html
かもめ市立港南小学校　校長 伊藤
""",
    attach=[("学習発表会プログラム.pdf", "application/pdf", "pdf")], fname='rfc2231',
    via=("mail.school.kamome.example.lg.jp", "mail.school.kamome.example.lg.jp", "192.0.2.133"))

add("ham/pta-01.eml", "utf-8", "base64", "2025-05-22 21:48:10",
    ("港南小PTA 広報 石田", "kounan.pta.koho@freemail.example.com"),
    [(None, "hoshino.family@example.ne.jp")],
    "広報委員会の打ち合わせ（6/3）について",
    """\
広報委員の皆さま

こんばんは、委員長の石田です。
次回の打ち合わせのご連絡です。

6月3日（火）10時から、学校の多目的室で行います。
夏号の紙面の割り振りを決めたいので、
運動会の写真をお持ちの方はUSBメモリに入れてきてください。

お仕事で来られない方は、LINEグループで意見をください。
よろしくお願いします。
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"))

add("ham/chounaikai-01.eml", "shift_jis", "8bit", "2025-08-26 19:20:44",
    ("あけぼの町三丁目町内会", "akebono3.chounai@example.net"),
    [(None, "hoshino.family@example.ne.jp")],
    "秋祭りの子ども神輿と役員会のお知らせ",
    """\
三丁目の皆様

いつも町内会活動にご協力いただきありがとうございます。
会長の三上です。

秋祭りの子ども神輿を今年も行います。
　日時：9月21日（日）9時集合　公民館前
　対象：小学生（参加賞のお菓子があります）
参加されるお子さんは、9月10日までに班長へお知らせください。

また、9月6日（土）19時から公民館で役員会を開きます。
班長の方はご出席をお願いします。

あけぼの町三丁目町内会　会長 三上
""",
    hops=1, attach=[("回覧_秋祭り.pdf", "application/pdf", "pdf")], fname='word',
    via=("[203.0.113.92]", "p92-ipoe.akebono.example.ne.jp", "203.0.113.92"),
    headers=[("Reply-To", "mikami.akebono@freemail.example.com")] + mailer("Microsoft Outlook Express 6.00"))

add("ham/mansion-01.eml", "euc-jp", "8bit", "2025-01-10 18:00:00",
    ("グランハイツ港南 管理組合", "kumiai@granheights-konan.invalid"),
    [(None, "o.miyata@example.com")],
    "給水管更新工事に伴う断水のお知らせ",
    """\
グランハイツ港南 居住者の皆様

管理組合理事会です。
給水管更新工事に伴い、下記の日程で断水いたします。

　1月24日（金）9:00〜16:00　1号棟
　1月28日（火）9:00〜16:00　2号棟

断水中は水道・トイレ・洗濯機がご使用になれません。
前日までに飲み水・生活用水の汲み置きをお願いいたします。
工事後、しばらく濁った水が出ることがあります。数分流してからご使用ください。

ご不便をおかけしますが、ご協力をお願いいたします。
管理事務室（平日9時〜17時）　内線 100
""",
    hops=1, hcharset="iso-2022-jp",
    via=("[198.51.100.14]", "unknown", "198.51.100.14"))

add("ham/family-01.eml", "iso-2022-jp", "7bit", "2025-03-30 21:14:27",
    ("健二", "kenji.ono.1970@freemail.example.com"),
    [(None, "sachiko.m@example.jp")],
    "叔父さんの一周忌について",
    """\
幸子姉さん

健二です。遅くなってごめん。
叔父さんの一周忌の件、お寺と話がまとまりました。

・4月20日（日）11時から　光明寺の本堂で法要
・そのあと近くの「和食 さざんか」で会食（15名で予約済み）

お布施は、兄弟で折半でどうかな。
それと、叔母さんは足が悪いので、当日は姉さんの車で
迎えに行ってもらえると助かります。

出欠は4月10日までに俺にまとめて教えてください。
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"))

add("ham/family-02.eml", "utf-8", "8bit", "2025-07-15 22:40:31",
    ("なおみ", "naomi.k@mobile.example.ne.jp"),
    [(None, "ryo.takeda@example.net")],
    "夏休みの旅行のこと",
    """\
りょうくん

お疲れさま！夏休みの旅行、いくつか候補探してみたよ。

①長野の高原コテージ　8/12〜14　2泊で一人22,000円
https://www.kogen-cottage.example/rooms
②伊豆の海が見える民宿　8/13〜15　夕食つき一人18,500円
https://izu-minshuku.test/plan/summer

子どもたちは海に行きたいって言ってるけど、
お盆の伊豆は道が混むから、①もいいかなと思ってる。
週末に一緒に決めよう〜

あと、おばあちゃんちに寄るのは帰りでいいよね？
""",
    attach=[("去年の夏の写真.zip", "application/zip", "zip")], fname='rfc2231',
    via=("mail.mobile.example.ne.jp", "mail.mobile.example.ne.jp", "192.0.2.171"))

add("ham/family-03.eml", "utf-8", "quoted-printable", "2025-11-26 13:02:55",
    ("佐野 みゆき", "miyuki.sano@example.com"),
    [(None, "chika.sasaki@example.jp")],
    "保育園の慣らし保育、どうだった？",
    """\
ちかちゃん

久しぶり！ 保育園の慣らし保育、始まったんだよね。
うちの子も最初の1週間は毎朝大泣きで、私のほうが泣きそうだったよ。

持ち物の名前つけ、アイロンシールが本当に楽だったからおすすめ。
あと、お昼寝用のバスタオルは2枚あると洗い替えに困らないよ。

来月、子連れでランチでもどう？
駅前のキッズスペースがあるカフェ、予約できるみたい。
https://cafe-kids.example.net/reserve
12月6日（土）か13日（土）あたりはどうかな。
""",
    via=("mail.example.com", "mail.example.com", "203.0.113.10"),
    headers=[("User-Agent", "Mozilla/5.0 Thunderbird/128.5.0")])

add("ham/family-04.eml", "iso-2022-jp", "7bit", "2025-09-08 20:55:18",
    ("小野 隆", "t.ono@example.com"),
    [(None, "kenji.ono.1970@freemail.example.com"), (None, "sachiko.m@example.jp")],
    "母さんのデイサービスとケアマネさんとの面談",
    """\
健二、姉さん

今日、ケアマネの吉村さんと面談してきたので報告します。

・要介護1の認定が出たので、デイサービスを週2回（火・金）から始める
・送迎つきで、自己負担は月に約8,000円くらいの見込み
・手すりの設置は介護保険の住宅改修で9割補助が出る

母さんは最初「行きたくない」と言っていたけど、
見学で同年代の人と話したら少し乗り気になったみたい。

9月20日（土）に担当者会議があるので、都合がつけば来てほしい。
俺は仕事を休んで行くつもり。
""",
    hops=3, origin=("ono-laptop", "203.0.113.19"),
    via=("mail.example.com", "mail.example.com", "203.0.113.10"))

add("ham/jobhunt-01.eml", "utf-8", "base64", "2025-04-03 17:25:40",
    ("みなと物産 採用担当", "saiyo@minato-bussan.example.com"),
    [(None, "yuto.hara@example.jp")],
    "【みなと物産】一次面接のご案内",
    """\
原 優斗 様

この度は、弊社の新卒採用にご応募いただき、誠にありがとうございます。
書類選考の結果、一次面接にお進みいただくこととなりました。

つきましては、下記の日程よりご都合のよい日時をお知らせください。

　・4月10日（木）10:00〜／14:00〜
　・4月11日（金）11:00〜／15:00〜
　・4月14日（月）13:00〜

面接はオンライン（約40分）で実施いたします。
ご返信は4月7日（月）までにお願いいたします。
採用マイページ：https://saiyo.minato-bussan.example.com/mypage

みなと物産株式会社　人事部 採用担当　古川
""",
    via=("smtp.minato-bussan.example.com", "smtp.minato-bussan.example.com", "198.51.100.176"))
