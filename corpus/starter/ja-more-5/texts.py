# -*- coding: utf-8 -*-
"""Texts and per-message settings of the ja-more-5 messages.

The mechanics and odd forms of Japanese mail: 未承諾広告 labels written
properly and dodged, link-only and image-only mail, URL tricks, word salad,
vertical writing, half-width katakana and vendor characters (①, ㈱, ㌔),
bilingual and Chinese-mixed mail, and "broken charset" mail whose bytes are
not what the headers say -- as spam, and the same mechanics in genuine mail
(ham).  Every text here was written for this set; none of it is real mail.
Each record is a dict with:

  path        "spam/<kind>-NN.eml" or "ham/<kind>-NN.eml"
  charset     iso-2022-jp, shift_jis, utf-8 or euc-jp (declared body charset)
  body_codec  the Python codec that really makes the body bytes when it is
              not the declared charset (cp932 bytes under ISO-2022-JP or
              Shift_JIS labels); check.py decodes with it and verifies that
              the declared charset does not give the text
  hcharset    charset label of the RFC 2047 words in Subject/From/To
              (default: charset)
  hcodec      the codec that really makes the header bytes (e.g. cp932
              under a Shift_JIS label)
  raw_subject True: the Subject is written unencoded as 8-bit bytes in
              hcodec (or hcharset's codec)
  cte         7bit, 8bit, base64 or quoted-printable
  cte_lie     True: "7bit" is declared but the part holds 8-bit bytes
  qsubj       True for Q-encoded words instead of B
  date        "YYYY-MM-DD HH:MM:SS", JST
  sender      (display name or None, address)
  to          [(display name or None, address), ...] or a raw To: string with rcpt
  ret         Return-Path address (default: the sender address)
  via         (HELO, reverse DNS or "unknown", IP) of the host that reached the MX
  hops        1 (MX only), 2 (MX + mailbox server, default) or 3 (also the
              sender's submission hop; needs origin=(HELO, IP))
  headers     extra ASCII headers [(name, value), ...]
  text        text/plain body; html: text/html body (multipart/alternative),
              html_only=True: the HTML is the only body
  inline      [(filename, content type, placeholder kind, content id), ...]:
              pictures of a multipart/related message (kinds gif, png)
  attach      [(filename, content type, placeholder kind), ...], with fname the
              filename style (rfc2231, rfc2231-only, word)
  hard        True on ham that uses the words and tricks spam uses

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


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ===========================================================================
# spam: 未承諾広告 labels, written properly and dodged
# ===========================================================================

add("spam/mishodaku-01.eml", "iso-2022-jp", "7bit", "2025-04-09 10:22:15",
    ("浄水器のアクアミナモ", "info@aqua-minamo.example.net"),
    [(None, "k.fujii@example.ne.jp")],
    "未承諾広告※　浄水器カートリッジ半額キャンペーンのご案内",
    """\
未承諾広告※

突然のメールにて失礼いたします。
浄水器専門店アクアミナモでございます。

このたび、4月30日までの期間限定で、交換用カートリッジを
通常価格の半額でご提供するキャンペーンを実施しております。

・他社製浄水器にも取り付け可能なアダプター付き
・3本まとめてのご注文で送料無料
・定期便なら毎回さらに10%引き

詳しくはこちら
https://aqua-minamo.example.net/campaign/half?src=ml0409

【送信者】アクアミナモ株式会社
【所在地】東京都千代田区〇〇町0-0-0
【電話】03-0000-0417
今後このようなメールが不要な方は下記までご連絡ください。
https://aqua-minamo.example.net/optout
""",
    via=("mail.aqua-minamo.example.net", "mail.aqua-minamo.example.net", "203.0.113.81"))

add("spam/mishodaku-02.eml", "shift_jis", "8bit", "2024-10-17 23:48:02",
    ("ﾋﾞｭｰﾃｨｰｻﾛﾝ ﾙﾅ", "salon-luna@mx3.tsukiyo-beauty.example.jp"),
    [(None, "ayaka.t@example.jp")],
    "未 承 諾 広 告　初回限定　脱毛５回コース９８００円",
    """\
未 承 諾 広 告

こんばんは、サロン・ルナです☆

只今、初回限定で全身脱毛５回コースが
なんと９８００円！！
月末までのご予約でさらにフェイシャル無料♪

ご予約はＷＥＢから２４時間受付中
http://tsukiyo-beauty.example.jp/r/?c=luna1017

※配信停止は返信で「停止」とお送りください
""",
    ret="bounce-1017@mx3.tsukiyo-beauty.example.jp",
    via=("mx3.tsukiyo-beauty.example.jp", "mx3.tsukiyo-beauty.example.jp", "198.51.100.142"))

add("spam/mishodaku-03.eml", "utf-8", "base64", "2025-08-02 04:15:40",
    ("カードローン相談室", "soudan@kariru-navi.test"),
    [(None, "hiro.sato@freemail.example.com")],
    "末承諾広告※ 審査に通りやすいカードローン比較",
    """\
末承諾広告※

他社で断られた方も諦めないでください。
独自審査だから、ブラックの方でも相談OK！

最短30分審査・即日振込
ご融資額 1万円〜500万円

▼今すぐ無料診断▼
https://kariru-navi.test/lp/ok?aff=3302

※本メールは承諾をいただいた方にお送りしています。
""",
    via=("kariru-navi.test", "kariru-navi.test", "203.0.113.219"), hops=1)

add("spam/mishodaku-04.eml", "shift_jis", "8bit", "2025-01-23 13:02:55",
    ("ｺｳｺｸ ｾﾝﾀｰ", "ad@hikari-net-promo.example"),
    [(None, "n.ishida@example.co.jp")],
    "ﾐｼｮｳﾀﾞｸｺｳｺｸ ﾌﾚｯﾂ光より月額1980円安く",
    """\
ﾐｼｮｳﾀﾞｸｺｳｺｸ

ｲﾝﾀｰﾈｯﾄ回線の乗り換えで
月額料金が最大1980円安くなります。

ｷｬｯｼｭﾊﾞｯｸ最大45000円
工事費実質0円
他社違約金も全額負担

お申込み・ｼﾐｭﾚｰｼｮﾝはこちら
http://hikari-net-promo.example/sim?u=ishida_n

ﾒｰﾙ不要の方はお手数ですがこちら
http://hikari-net-promo.example/stop
""",
    via=("WIN-H3D0Q1K", "unknown", "192.0.2.177"))

add("spam/ad-label-01.eml", "utf-8", "quoted-printable", "2025-12-03 19:30:00",
    ("ワイン直送便ヴィネット", "news@vinette-wine.example.co.jp"),
    [(None, "m.okada@example.jp")],
    "【広告】年末の贈り物に　厳選ワイン6本セット 42%OFF",
    """\
【広告】

いつもありがとうございます。ワイン直送便ヴィネットです。

年末年始の贈り物に、ソムリエが選んだ6本セットを
特別価格でご用意しました。

■ 赤白ミックス6本　通常 18,000円 → 10,440円
■ 泡だけ6本　　　　通常 24,000円 → 13,920円

12月10日（水）までのご注文で、クリスマス前にお届けします。
https://vinette-wine.example.co.jp/xmas/?m=okada&k=7f31

20歳未満の方の飲酒は法律で禁止されています。
""",
    qsubj=True,
    via=("smtp.vinette-wine.example.co.jp", "smtp.vinette-wine.example.co.jp", "198.51.100.33"))

add("spam/ad-label-02.eml", "utf-8", "base64", "2026-02-14 08:05:12",
    ("毎朝ビズニュース", "daily@bizasa-news.example"),
    [(None, "yamane@example.co.jp")],
    "※PR　たった3ヶ月で英語が話せる、その理由",
    """\
※PR

忙しいビジネスパーソンの間で話題のオンライン英会話。
1日15分、スマホだけで「話せる」ようになる理由とは？

いまなら無料体験レッスン3回分プレゼント。
https://bizasa-news.example/pr/eikaiwa?rid=yam0214

このメールは毎朝ビズニュースのスポンサー広告です。
""",
    html_only=False,
    html="""\
<html><body style="margin:0">
<p style="font-size:10px;color:#999">※PR</p>
<a href="https://bizasa-news.example/pr/eikaiwa?rid=yam0214"><img src="https://img.bizasa-news.example/pr/eikaiwa_0214.jpg" width="600" height="900" alt="3ヶ月で英語が話せる"></a>
<p style="font-size:10px;color:#999">このメールは毎朝ビズニュースのスポンサー広告です。</p>
</body></html>
""",
    via=("out2.bizasa-news.example", "out2.bizasa-news.example", "203.0.113.12"))

add("spam/ad-label-03.eml", "iso-2022-jp", "7bit", "2025-06-11 12:40:33",
    ("ハウスクリーニング匠", "takumi@souji-takumi.example.org"),
    [(None, "c.mori@example.ne.jp")],
    "[PR] エアコン掃除、梅雨の前にいかがですか",
    """\
[PR]

梅雨入り前のエアコンクリーニング、ご予約受付中です。

壁掛け1台　9,800円
2台目以降　1台 7,800円
防カビコート　プラス1,000円

今週中のご予約で、室外機の洗浄を無料でお付けします。
https://souji-takumi.example.org/yoyaku
""",
    via=("mail.souji-takumi.example.org", "unknown", "192.0.2.61"))

# ===========================================================================
# spam: 出会い系, adult
# ===========================================================================

add("spam/deai-01.eml", "utf-8", "8bit", "2025-03-28 01:12:09",
    ("みゆ", "miyu.0328@tomodachi-match.test"),
    [(None, "kenta_w@freemail.example.com")],
    "昨日はありがとう♡また会えるかな？",
    """\
けんたさん、こんばんは♪
昨日のメッセージ、すごく嬉しかったです(*^^*)

わたし、来週の土曜なら空いてるので
よかったらご飯いきませんか？

ここだとメアド交換しにくいので、
こっちのアプリで話しましょう♡
https://tomodachi-match.test/u/miyu0328?inv=kw77

待ってるね！
みゆ
""",
    via=("tomodachi-match.test", "tomodachi-match.test", "198.51.100.88"), hops=1)

add("spam/deai-02.eml", "iso-2022-jp", "7bit", "2024-12-19 22:03:44",
    ("運営事務局", "support@koi-kizuna.example.com"),
    [(None, "t.aoki@example.ne.jp")],
    "【未読3件】女性会員様からメッセージが届いています",
    """\
青木様

あなた宛てに、女性会員様から3件のメッセージが届いています。
メッセージの保存期間は48時間です。

・ゆか（28歳・会社員）「はじめまして、プロフィールを見て…」
・なな（24歳・看護師）「よかったらお話ししませんか」
・りさ（31歳・主婦）「秘密のお付き合い、できる方を…」

今すぐメッセージを確認する（登録無料・ポイント付与中）
https://koi-kizuna.example.com/inbox?uid=aoki_t1219

恋きずな運営事務局
""",
    via=("mail1.koi-kizuna.example.com", "mail1.koi-kizuna.example.com", "203.0.113.140"))

add("spam/deai-03.eml", "utf-8", "8bit", "2025-09-05 03:33:03",
    (None, "sakura_sakura@example.jp"),
    [(None, "r.kobayashi@example.jp")],
    "突然ごめんなさい、間違いメールかも…",
    """\
突然すみません。
友達に教えてもらったアドレスに送ったつもりなんですが、
もしかして違う人ですか？

もし違ったらごめんなさい。
でもこれも何かの縁なので、よかったら仲良くしてください(^^)

写真はここに置いてあります
https://sakura-photo.example.jp/p/a91e

さくら
""",
    raw_subject=True,
    via=("[192.0.2.208]", "unknown", "192.0.2.208"))

add("spam/adult-01.eml", "utf-8", "base64", "2025-05-16 02:20:51",
    ("無料動画ナイト", "night@douga-night.invalid"),
    [(None, "s.hasegawa@example.com")],
    "【18禁】本日の新着　完全無料で見放題",
    """\
本日の新着作品が追加されました。
会員登録不要、完全無料で見放題です。
https://douga-night.invalid/new/0516?r=hs

※18歳未満の方はご利用いただけません。
""",
    html="""\
<html><body bgcolor="#000000">
<center>
<a href="https://douga-night.invalid/new/0516?r=hs"><img src="https://cdn.douga-night.invalid/b/0516_top.jpg" width="560" height="720" border="0"></a><br>
<a href="https://douga-night.invalid/new/0516?r=hs"><img src="https://cdn.douga-night.invalid/b/0516_btn.gif" width="300" height="60" border="0"></a>
<p><font color="#666666" size="1">※18歳未満の方はご利用いただけません。</font></p>
</center>
</body></html>
""",
    via=("douga-night.invalid", "douga-night.invalid", "203.0.113.66"), hops=1)

add("spam/adult-02.eml", "shift_jis", "8bit", "2024-08-30 00:45:19",
    ("人妻ｸﾗﾌﾞ", "club@hitozuma-club.example.ne.jp"),
    [(None, "y.maeda@example.co.jp")],
    "ご近所の奥様が今夜会える人を探しています",
    """\
あなたのお住まいの近くで、今夜会える方を探している
奥様が登録しています。

・旦那さんが出張中で寂しい３０代
・昼間だけ会える４０代
・まずはメールから始めたい２０代

完全匿名・秘密厳守
http://hitozuma-club.example.ne.jp/area/?pref=13&id=maeda

ﾒｰﾙ配信停止
http://hitozuma-club.example.ne.jp/stop
""",
    via=("p3201-ipoe.example.ne.jp", "p3201-ipoe.example.ne.jp", "198.51.100.201"))

# ===========================================================================
# spam: investment, 副業, crypto, loans
# ===========================================================================

add("spam/invest-01.eml", "utf-8", "quoted-printable", "2025-10-07 07:45:00",
    ("有名投資家 森川", "morikawa@kabu-juku.example.com"),
    [(None, "h.nakano@example.jp")],
    "【無料】LINEグループ限定　来週上がる3銘柄を公開します",
    """\
中野様

はじめまして。投資歴25年の森川と申します。

この度、私の知識を多くの方に還元したいと考え、
無料の勉強会グループを立ち上げました。

参加者の皆様には、来週値上がりが期待できる3銘柄を
無料でお伝えしております。先月の実績は平均+38%でした。

定員50名になり次第締め切ります。
https://kabu-juku.example.com/line/join?ref=nakano1007

※投資は自己責任でお願いいたします。
""",
    via=("vps-118.example.net", "vps-118.example.net", "203.0.113.118"))

add("spam/invest-02.eml", "utf-8", "base64", "2026-01-20 11:11:11",
    ("亚洲财富俱乐部", "vip@asia-wealth.test"),
    [(None, "lin.kaori@example.com")],
    "日本株AI自動売買　月利30%保証　名额有限",
    """\
您好！日本の投資家の皆様へ

当社のAI自動売買システムは、日本株と暗号資産で
月利30%以上を保証します。本金保障、随时出金可能。

現在、日本会员限定で100名のみ募集中です。
立即注册で1万円のボーナスを差し上げます。

https://asia-wealth.test/jp/reg?code=A88

客服微信: awc_jp_888
亚洲财富俱乐部　日本事务所
""",
    via=("mail.asia-wealth.test", "unknown", "198.51.100.57"), hops=1)

add("spam/fukugyo-01.eml", "iso-2022-jp", "7bit", "2025-02-03 20:14:27",
    ("在宅ワーク支援センター", "info@zaitaku-work.example.jp"),
    [(None, "mai.ueno@example.ne.jp")],
    "スマホで1日5分、月30万円の副業に興味ありませんか",
    """\
上野様

突然のご連絡失礼いたします。
在宅ワーク支援センターの佐々木です。

スマホでタップするだけの簡単な作業で、
主婦の方でも月30万円以上を得ている副業をご紹介しています。

・スキル不要
・1日5分から
・初期費用は教材費のみ

まずは無料説明会（オンライン）にご参加ください。
https://zaitaku-work.example.jp/setsumei?n=ueno

在宅ワーク支援センター　担当　佐々木
""",
    via=("www2.zaitaku-work.example.jp", "www2.zaitaku-work.example.jp", "192.0.2.140"))

add("spam/fukugyo-02.eml", "utf-8", "8bit", "2025-07-14 12:00:02",
    ("高橋 あかね", "akane.t@freemail.example.com"),
    [(None, "d.ikeda@example.co.jp")],
    "Re: 先日のお話の件",
    """\
池田さん

先日お話しした副業の件、資料を送りますね。
私も半年前から始めて、今では本業より稼いでいます(笑)

紹介制なので、このリンクからしか登録できません。
https://ikkyo-kasegu.example.org/invite/akane?to=ikeda

枠がもうすぐ埋まるそうなので、早めに見てみてください！
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"))

add("spam/crypto-01.eml", "utf-8", "quoted-printable", "2025-11-14 06:30:45",
    ("Coin Airdrop Team", "airdrop@coin-drop.example"),
    [(None, "ryo.abe@example.jp")],
    "Claim your airdrop / エアドロップ受取期限のお知らせ",
    """\
Dear holder / ウォレット保有者様

You are eligible for 2,500 KMT tokens.
あなたのウォレットは 2,500 KMT の配布対象です。

Claim before Friday, 11月14日（金） 23:59 JST.
受取期限は本日 11月14日（金） 23:59 です。

Connect your wallet / ウォレットを接続:
https://claim.coin-drop.example/connect?w=0x0000ab12

Unclaimed tokens will be burned.
期限を過ぎたトークンは消却されます。
""",
    via=("coin-drop.example", "coin-drop.example", "198.51.100.190"))

add("spam/crypto-02.eml", "shift_jis", "base64", "2026-03-02 09:09:09",
    ("ビットコイン自動取引", "bot@btc-jidou.example.or.jp"),
    [(None, "k.yoshida@example.ne.jp")],
    "残高が１２８，４００円になりました（出金可能）",
    """\
吉田様

あなたのアカウントの運用残高が
１２８，４００円 になりました。

出金には本人確認と、システム利用料（残高の10％）の
お支払いが必要です。

ログインして出金する
https://btc-jidou.example.or.jp/mypage/withdraw?acc=yoshida_k

※48時間以内に手続きがない場合、残高は失効します。
""",
    via=("mail.example.or.jp", "mail.example.or.jp", "192.0.2.233"))

add("spam/loan-01.eml", "iso-2022-jp", "7bit", "2024-11-25 10:10:10",
    ("ファイナンス　ひまわり", "loan@himawari-fin.example.co.jp"),
    [(None, "ken.ogawa@example.ne.jp")],
    "ご融資可能額のお知らせ（事前審査通過）",
    """\
小川様

お申込みいただいておりました事前審査の結果、
ご融資可能額が確定いたしましたのでお知らせいたします。

ご融資可能額　３００，０００円

本日１５時までのご契約で、本日中にお振込みいたします。
保証料として２０，０００円を先にお振込みください。

契約手続き
https://himawari-fin.example.co.jp/keiyaku?no=0000-1125

ファイナンス　ひまわり　融資担当
""",
    via=("himawari-fin", "unknown", "203.0.113.201"))

# ===========================================================================
# spam: pharmacy, diet, supplements
# ===========================================================================

add("spam/pharmacy-01.eml", "utf-8", "base64", "2025-04-30 03:03:30",
    ("Online Pharmacy JP", "order@kusuri-direct.test"),
    [(None, "m.hayashi@example.com")],
    "ED治療薬ジェネリック 処方箋不要 / No prescription needed",
    """\
処方箋なしで、国内発送。
Generic medicines, shipped from within Japan.

・バイアグラ系ジェネリック 10錠 3,980円
・シアリス系ジェネリック 10錠 4,480円
・AGA治療薬 30錠 2,980円

秘密厳守・中身がわからない梱包でお届けします。
Discreet packaging, no name on the box.

https://kusuri-direct.test/shop?lang=ja&t=hay430
""",
    via=("kusuri-direct.test", "unknown", "198.51.100.77"), hops=1)

add("spam/pharmacy-02.eml", "utf-8", "8bit", "2025-09-19 14:20:00",
    ("医薬品個人輸入代行", "info@yakuhin-yunyu.example.net"),
    [(None, "a.shimizu@example.jp")],
    "睡眠薬・精神安定剤も個人輸入でお手軽に",
    """\
医師の診察は不要です。

眠れない夜にお悩みの方、
海外で処方されている医薬品を個人輸入でお取り寄せいただけます。

初回購入で送料無料
3箱以上で1箱プレゼント

https://yakuhin-yunyu.example.net/cat/sleep?src=m0919
""",
    qsubj=True,
    via=("mta7.example.net", "mta7.example.net", "203.0.113.207"))

add("spam/diet-01.eml", "shift_jis", "8bit", "2025-05-22 18:18:18",
    ("ｽﾘﾑﾗﾎﾞ", "slim@slim-labo.example.jp"),
    [(None, "e.matsuda@example.ne.jp")],
    "飲むだけで－１２㌔！？　３日で効果を実感",
    """\
食事制限なし、運動なし。
飲むだけで１ヶ月－１２㌔を実感した方が続出！

① 寝る前に２粒飲むだけ
② 脂肪の吸収を９０％カット
③ 初回は送料のみ５００円

※効果には個人差があります。

ご注文はこちら
http://slim-labo.example.jp/lp/12kg?ad=m0522

㈱スリムラボ　℡ ０１２０－０００－５２２
""",
    body_codec="cp932", hcodec="cp932",
    via=("slim-labo.example.jp", "slim-labo.example.jp", "192.0.2.52"))

add("spam/diet-02.eml", "iso-2022-jp", "7bit", "2026-04-08 07:20:00",
    ("美スリム通信", "news@bi-slim.example.org"),
    [(None, "h.kimura@example.jp")],
    "夏までにマイナス5キロ、間に合います",
    """\
木村様

夏まであと3ヶ月。今から始めれば間に合います。

話題の置き換えダイエットシェイク、
いまなら初回1袋980円（通常4,980円）。

定期コースは4回以上の継続が条件となります。

https://bi-slim.example.org/shake?m=kimura0408
""",
    via=("mail.bi-slim.example.org", "mail.bi-slim.example.org", "198.51.100.108"))

add("spam/supplement-01.eml", "utf-8", "quoted-printable", "2025-08-25 21:00:00",
    ("健康食品のやまびこ", "info@yamabiko-kenko.example"),
    [(None, "f.kondo@example.co.jp")],
    "①膝の痛み ②腰の不安 ③階段がつらい方へ",
    """\
こんな悩みはありませんか？

①膝の痛みで散歩がつらい
②腰に不安があって旅行をためらう
③階段の上り下りがおっくう

そんな方に選ばれているのが「グルコサミン極」です。
今なら30日分が実質無料（送料550円のみ）。

https://yamabiko-kenko.example/lp/glu?c=kondo0825

ご注文は0120-000-825（24時間受付）
""",
    via=("mail3.yamabiko-kenko.example", "mail3.yamabiko-kenko.example", "203.0.113.25"))

add("spam/supplement-02.eml", "euc-jp", "8bit", "2024-09-12 09:45:00",
    ("ｻﾌﾟﾘ通販", "shop@supuri-tsuhan.test"),
    [(None, "y.ishikawa@example.ne.jp")],
    "【当選】モニター価格でお試しいただけます",
    """\
石川様

おめでとうございます！
厳正な抽選の結果、ﾓﾆﾀｰ価格でのご案内に当選されました。

黒酢ﾆﾝﾆｸ卵黄　1ヶ月分
通常価格 6,480円 → ﾓﾆﾀｰ価格 980円

ご案内の有効期限は本日中となります。
http://supuri-tsuhan.test/monitor?id=ishikawa0912
""",
    via=("supuri-tsuhan.test", "supuri-tsuhan.test", "192.0.2.91"), hops=1)

# ===========================================================================
# spam: fake invoices with attachments (harmless placeholders)
# ===========================================================================

add("spam/fake-invoice-01.eml", "iso-2022-jp", "7bit", "2025-06-24 08:52:31",
    ("経理部 山口", "yamaguchi@keiri.tokiwa-shoji.example.co.jp"),
    [(None, "order@example.co.jp")],
    "請求書送付のご案内（6月分）",
    """\
お世話になっております。
常盤商事　経理部の山口でございます。

6月分の請求書を添付にてお送りいたします。
ご確認のほど、よろしくお願いいたします。

なお、添付ファイルのパスワードは別メールにてお送りいたします。

常盤商事株式会社　経理部
山口
""",
    attach=[("請求書_202506.zip", "application/zip", "zip")], fname="word",
    ret="nobody@www3.example.co.jp",
    via=("www3.example.co.jp", "www3.example.co.jp", "198.51.100.9"), hops=3,
    origin=("localhost", "192.0.2.250"))

add("spam/fake-invoice-02.eml", "utf-8", "base64", "2025-10-30 16:16:16",
    ("請求書発行サービス", "no-reply@seikyu-cloud.example"),
    [(None, "keiri@example.jp")],
    "【請求書】株式会社カワセミ様より請求書が届いています",
    """\
株式会社カワセミ様より請求書が届いています。

請求金額：¥1,284,800（税込）
お支払期限：2025年10月31日（金）

請求書の内容は添付ファイルを開いてご確認ください。
※ブラウザで開くと、ログイン画面が表示されます。
""",
    attach=[("Invoice_INV-0000-1030.html", "text/html", "html")], fname="rfc2231",
    via=("mx.seikyu-cloud.example", "unknown", "203.0.113.160"))

add("spam/fake-invoice-03.eml", "shift_jis", "8bit", "2026-02-27 17:40:05",
    ("株式会社みなと物流 総務", "soumu@minato-butsuryu.example.com"),
    [(None, "tanaka.s@example.ne.jp")],
    "Re: 2月度 お支払明細の件",
    """\
田中様

いつもお世話になっております。
先日ご依頼のありました2月度の支払明細を添付いたします。

差額がございましたので、ご確認の上
マクロを有効にしてご覧ください。

よろしくお願いいたします。
""",
    attach=[("支払明細_2月度.xlsx", XLSX, "xlsx")], fname="word",
    headers=[("In-Reply-To", "<20260226101500.0000@example.ne.jp>")],
    ret="info@mail.daisy-garden.example.net",
    via=("mail.daisy-garden.example.net", "mail.daisy-garden.example.net", "203.0.113.99"))

# ===========================================================================
# spam: phishing with URL tricks
# ===========================================================================

add("spam/phish-userinfo-01.eml", "utf-8", "quoted-printable", "2025-03-11 06:58:20",
    ("三井住友銀行", "info@smbc-direct.example.com"),
    [(None, "t.kaneko@example.jp")],
    "【三井住友銀行】ご本人様確認のお願い",
    """\
三井住友銀行をご利用いただきありがとうございます。

お客様の口座で不審なログインが確認されたため、
お取引を一時的に制限しております。

下記よりご本人様確認をお願いいたします。
https://www.smbc.example.co.jp@smbc-kakunin.test/direct/verify?id=5521

ご確認いただけない場合、口座を凍結する場合がございます。
""",
    via=("smbc-direct.example.com", "smbc-direct.example.com", "198.51.100.133"), hops=1)

add("spam/phish-userinfo-02.eml", "utf-8", "base64", "2025-12-16 15:04:41",
    ("ヤマト運輸", "notice@kuroneko-toiawase.example.jp"),
    [(None, "s.yamada@example.ne.jp")],
    "お荷物のお届けについて",
    """\
お客様宛にお荷物のお届けにあがりましたが、
不在のため持ち帰りました。

再配達のご依頼はこちら
https://kuroneko-yamato.example.jp:443@203.0.113.45/redelivery
""",
    via=("[198.51.100.4]", "unknown", "198.51.100.4"))

add("spam/phish-ip-01.eml", "iso-2022-jp", "7bit", "2024-07-08 05:12:00",
    ("セゾンカード", "netanswer@saison-info.example.org"),
    [(None, "k.ono@example.co.jp")],
    "【重要】カードご利用確認のお願い",
    """\
いつもセゾンカードをご利用いただきありがとうございます。

第三者による不正利用の可能性があるお取引を検知しました。
お手数ですが、下記URLよりご利用内容をご確認ください。

http://198.51.100.23/saison/netanswer/login.php

ご確認いただけない場合、カードのご利用を停止いたします。

株式会社クレディセゾン
""",
    via=("saison-info.example.org", "saison-info.example.org", "192.0.2.23"), hops=1)

add("spam/phish-ip-02.eml", "utf-8", "8bit", "2025-11-21 04:44:44",
    ("Amazon.co.jp", "account-update@amazon-jp.example"),
    [(None, "m.sakai@freemail.example.com")],
    "Amazonプライム会費のお支払いに問題があります",
    """\
お客様のAmazonプライム会費のお支払いに使用された
クレジットカードが承認されませんでした。

お支払い方法を更新してください：
http://3405803781/ap/signin?ref=prime

または：
http://0xc6336407/ap/signin?ref=prime

24時間以内に更新されない場合、プライム会員資格は停止されます。
""",
    via=("amazon-jp.example", "unknown", "203.0.113.5"))

add("spam/phish-ip-03.eml", "utf-8", "quoted-printable", "2026-05-19 09:31:02",
    ("えきねっと", "info@eki-net.example.net"),
    [(None, "j.hirano@example.jp")],
    "えきねっと　自動退会処理について",
    """\
えきねっとをご利用いただきありがとうございます。

お客様のアカウントは長期間ログインがないため、
自動退会の対象となっております。

継続をご希望の場合は、下記よりログインしてください。
http://0313.0.0161.05/eki-net/continue

えきねっと事務局
""",
    html="""\
<html><body>
<p>えきねっとをご利用いただきありがとうございます。</p>
<p>お客様のアカウントは長期間ログインがないため、<br>自動退会の対象となっております。</p>
<p><a href="http://0313.0.0161.05/eki-net/continue">https://www.eki-net.example.net/continue</a></p>
<p>えきねっと事務局</p>
</body></html>
""",
    via=("mail.eki-net.example.net", "mail.eki-net.example.net", "203.0.113.170"))

add("spam/phish-escape-01.eml", "utf-8", "base64", "2025-09-29 22:22:22",
    ("楽天カード", "info@rakuten-card.example.jp"),
    [(None, "s.fukuda@example.ne.jp")],
    "【楽天カード】お支払い金額確定のお知らせ",
    """\
""",
    html_only=True,
    html="""\
<html><body>
<p>楽天カードをご利用いただきありがとうございます。</p>
<p>今月のお支払い金額が確定しました。<br>
ご利用明細は楽天e-NAVIでご確認ください。</p>
<p><a href="https://%77%77%77.%72%61%6b%75%74%65%6e-%65%6e%61%76%69.example/login?u=fukuda">楽天e-NAVIにログイン</a></p>
<p style="font-size:11px">楽天カード株式会社</p>
</body></html>
""",
    via=("rakuten-card.example.jp", "rakuten-card.example.jp", "192.0.2.199"), hops=1)

add("spam/phish-escape-02.eml", "utf-8", "quoted-printable", "2026-06-03 13:13:13",
    ("マイナポータル", "support@myna-portal.example.go.jp"),
    [(None, "n.kato@example.jp")],
    "マイナンバーカードの電子証明書の更新手続きについて",
    """\
マイナンバーカードの電子証明書の有効期限が近づいています。
下記のページから更新手続きを行ってください。

マイナポータル
""",
    html="""\
<html><body>
<p>マイナンバーカードの電子証明書の有効期限が近づいています。<br>
下記のページから更新手続きを行ってください。</p>
<p><a href="&#104;&#116;&#116;&#112;&#115;&#58;&#47;&#47;&#109;&#121;&#110;&#97;.kousin-tetsuzuki.test/renew">&#12510;&#12452;&#12490;&#12509;&#12540;&#12479;&#12523;&#12391;&#26356;&#26032;&#12377;&#12427;</a></p>
<p>マイナポータル</p>
</body></html>
""",
    ret="www-data@web7.example.com",
    via=("web7.example.com", "web7.example.com", "198.51.100.147"))

add("spam/phish-link-01.eml", "iso-2022-jp", "7bit", "2025-01-09 12:03:45",
    ("ＪＣＢカード", "mail@myjcb-info.example"),
    [(None, "r.inoue@example.co.jp")],
    "MyJCB　ご利用確認のお願い",
    """\
いつもJCBカードをご利用いただきありがとうございます。

不正利用の疑いがあるため、カードのご利用を一時的に
制限させていただきました。

以下よりご確認ください。
https://my.jcb.example.co.jp/login

株式会社ジェーシービー
""",
    html="""\
<html><body>
<p>いつもJCBカードをご利用いただきありがとうございます。</p>
<p>不正利用の疑いがあるため、カードのご利用を一時的に<br>制限させていただきました。</p>
<p>以下よりご確認ください。<br>
<a href="https://jcb-kakunin.example/m/login?k=inoue0109">https://my.jcb.example.co.jp/login</a></p>
<p>株式会社ジェーシービー</p>
</body></html>
""",
    via=("smtp02.myjcb-info.example", "smtp02.myjcb-info.example", "192.0.2.111"))

add("spam/phish-link-02.eml", "utf-8", "8bit", "2026-07-22 18:47:03",
    ("PayPay", "notice@paypay-pt.example"),
    [(None, "hiroshi.m@freemail.example.com")],
    "【PayPay】ポイント 3,000円相当が付与されました（受取期限あり）",
    """\
キャンペーンの当選により、PayPayポイント3,000円相当が
付与されました。受け取りには手続きが必要です。

受け取る：
https://paypay-pt.example/r/7Qx9?uid=hiroshi.m%40freemail.example.com&t=9f2c01aa

受取期限：本日23:59まで
""",
    html="""\
<html><body>
<p>キャンペーンの当選により、PayPayポイント3,000円相当が<br>付与されました。受け取りには手続きが必要です。</p>
<p><a href="https://paypay-pt.example/r/7Qx9?uid=hiroshi.m%40freemail.example.com&amp;t=9f2c01aa">https://paypay.example.ne.jp/campaign</a></p>
<img src="https://paypay-pt.example/o.gif?uid=hiroshi.m%40freemail.example.com&amp;t=9f2c01aa" width="1" height="1">
<p>受取期限：本日23:59まで</p>
</body></html>
""",
    via=("paypay-pt.example", "unknown", "198.51.100.249"))

# ===========================================================================
# spam: link-only, image-only
# ===========================================================================

add("spam/link-only-01.eml", "utf-8", "7bit", "2025-02-27 03:07:51",
    (None, "x7k2m9@example.org"),
    [(None, "s.nomura@example.ne.jp")],
    "",
    """\
https://s.example/3kQz9
""",
    via=("[203.0.113.240]", "unknown", "203.0.113.240"), hops=1)

add("spam/link-only-02.eml", "iso-2022-jp", "7bit", "2025-08-18 11:58:00",
    ("あや", "aya.k.1990@example.ne.jp"),
    [(None, "t.mizuno@example.co.jp")],
    "Re:",
    """\
これ見て
http://bit.example/aYa0818
""",
    via=("p1190-dyn.example.ne.jp", "p1190-dyn.example.ne.jp", "198.51.100.119"))

add("spam/link-only-03.eml", "utf-8", "base64", "2026-09-01 00:01:00",
    (None, "info@qqmail.invalid"),
    [(None, "y.kikuchi@example.jp")],
    "Re: Re: 確認",
    """\
https://tinyurl.example/y4b7mz2
""",
    via=("qqmail.invalid", "qqmail.invalid", "192.0.2.171"), hops=1)

add("spam/image-only-01.eml", "utf-8", "base64", "2025-07-03 10:00:00",
    ("夏のボーナスセール", "sale@kagu-outlet.example.jp"),
    [(None, "c.ota@example.ne.jp")],
    "夏のボーナス　家具アウトレット最大80%OFF",
    """\
""",
    html_only=True,
    html="""\
<html><body style="margin:0;padding:0">
<a href="https://kagu-outlet.example.jp/summer?m=ota0703"><img src="cid:top0703@kagu-outlet" width="640" height="1200" alt=""></a>
</body></html>
""",
    inline=[("top0703.gif", "image/gif", "gif", "top0703@kagu-outlet")],
    via=("mail.kagu-outlet.example.jp", "mail.kagu-outlet.example.jp", "203.0.113.71"))

add("spam/image-only-02.eml", "iso-2022-jp", "7bit", "2024-10-02 19:19:19",
    ("ジュエリー工房", "jewel@kirameki-jewel.example.com"),
    [(None, "a.sugiyama@example.jp")],
    "特別なあなたへ",
    """\
""",
    html_only=True,
    html="""\
<html><body>
<table width="600" align="center"><tr><td>
<a href="http://kirameki-jewel.example.com/c/1002?id=sugiyama"><img src="http://img.kirameki-jewel.example.com/1002/a.jpg" width="600" height="400" border="0"></a><br>
<a href="http://kirameki-jewel.example.com/c/1002?id=sugiyama"><img src="http://img.kirameki-jewel.example.com/1002/b.jpg" width="600" height="400" border="0"></a><br>
<a href="http://kirameki-jewel.example.com/c/1002?id=sugiyama"><img src="http://img.kirameki-jewel.example.com/1002/c.jpg" width="600" height="180" border="0"></a>
</td></tr></table>
</body></html>
""",
    via=("kirameki-jewel.example.com", "unknown", "192.0.2.154"))

add("spam/image-only-03.eml", "utf-8", "quoted-printable", "2026-03-20 20:20:20",
    ("ＶＩＰカジノ", "vip@kajino-club.example"),
    [(None, "k.sasaki@example.co.jp")],
    "入金不要ボーナス 30,000円",
    """\
画像が表示されない場合はこちら
https://kajino-club.example/b/30000?p=sasaki
""",
    html="""\
<html><body bgcolor="#111111">
<center><a href="https://kajino-club.example/b/30000?p=sasaki"><img src="cid:bonus@vip" width="600" height="800"></a></center>
</body></html>
""",
    inline=[("bonus.png", "image/png", "png", "bonus@vip")],
    via=("kajino-club.example", "kajino-club.example", "198.51.100.222"), hops=1)

# ===========================================================================
# spam: word salad, hidden text
# ===========================================================================

add("spam/word-salad-01.eml", "utf-8", "8bit", "2025-10-15 05:05:05",
    ("秋の便り", "letter@akinotayori.example.org"),
    [(None, "m.ishii@example.jp")],
    "金木犀の香りがする季節になりました",
    """\
朝晩の空気がずいぶん冷たくなってきました。
通勤の途中、どこからか金木犀の香りが漂ってきて、
ああ今年も秋が来たのだなと足を止めてしまいます。

子どもの頃、祖母の家の庭にも大きな金木犀がありました。
花が散ると地面がオレンジ色の絨毯のようになり、
それを集めて小瓶に詰めたのをよく覚えています。

今年は栗ご飯を何度か炊きました。
新米と一緒に炊くと、それだけでごちそうです。

★今だけ★ 高配当の海外ファンド、元本保証で年利18%
https://akinotayori.example.org/f/oct?r=ishii

夜は虫の声を聞きながら本を読むのが楽しみです。
最近は古い推理小説を読み返していて、
結末を知っているのに、また夢中になってしまいます。

季節の変わり目、どうぞお体に気をつけてお過ごしください。
""",
    via=("akinotayori.example.org", "akinotayori.example.org", "203.0.113.150"))

add("spam/word-salad-02.eml", "utf-8", "quoted-printable", "2026-04-22 02:42:00",
    ("会員サポート", "member@point-kangen.example.jp"),
    [(None, "t.okamoto@example.ne.jp")],
    "ポイント還元率20倍のお知らせ",
    """\
ポイント還元率20倍キャンペーン実施中
https://point-kangen.example.jp/c/20x?m=okamoto
""",
    html="""\
<html><body>
<div style="color:#ffffff;font-size:1px;line-height:1px">議事録を共有します。来週の定例は会議室Bに変更になりました。見積書の件、課長に確認してから返信します。打ち合わせの日程ですが、火曜の午後はいかがでしょうか。資料の修正版を添付しました。よろしくお願いいたします。</div>
<p style="font-size:20px"><b>ポイント還元率20倍</b>キャンペーン実施中</p>
<p><a href="https://point-kangen.example.jp/c/20x?m=okamoto">今すぐエントリー</a></p>
<div style="display:none">町内会の回覧板です。今月の資源ごみの日は第2水曜日です。子ども会の夏祭りのお手伝いを募集しています。</div>
</body></html>
""",
    qsubj=True,
    via=("mta.point-kangen.example.jp", "mta.point-kangen.example.jp", "192.0.2.125"))

add("spam/word-salad-03.eml", "iso-2022-jp", "7bit", "2024-06-28 16:00:00",
    (None, "yoshiko.h@mail.sasayaki.test"),
    [(None, "r.endo@example.co.jp")],
    "こんにちは",
    """\
雨の季節の駅前は、色とりどりの傘で埋まっていた。
彼女は改札の横に立ち、時計を何度も見上げては、
濡れた靴の先を気にしていた。

電車が三本通り過ぎても、待ち人は現れない。
売店のおばさんが、気の毒そうにこちらを見ている。

会員登録だけで最大5万円分のポイントがもらえる
http://sasayaki.test/p?e=endo

やがて雨が小降りになり、雲の切れ間から光が差した。
彼女は小さく息をつくと、傘をたたんで歩き出した。
""",
    via=("mail.sasayaki.test", "unknown", "198.51.100.66"), hops=1)

# ===========================================================================
# spam: vertical writing (縦書き)
# ===========================================================================

add("spam/tategaki-01.eml", "utf-8", "base64", "2025-12-24 23:59:00",
    (None, "kurisumasu@seiya-present.example"),
    [(None, "h.murata@example.ne.jp")],
    "聖夜の贈り物",
    "\n".join("今夜だけ登録で一万円分ポイント贈呈") + """

https://seiya-present.example/x?u=murata
""",
    via=("seiya-present.example", "seiya-present.example", "203.0.113.224"))


def tategaki(cols, sep="　"):
    """Columns read top-down, the first column on the right."""
    n = max(len(c) for c in cols)
    cols = [c.ljust(n, "　") for c in cols]
    return "\n".join(sep.join(c[i] for c in reversed(cols)).rstrip("　") for i in range(n))


add("spam/tategaki-02.eml", "shift_jis", "8bit", "2025-01-31 10:30:00",
    ("ふとんの山城", "info@futon-yamashiro.example.jp"),
    [(None, "k.takeda@example.co.jp")],
    "縦にお読みください",
    tategaki(["今だけの特別価格", "高級羽毛布団が", "なんと九割引き", "在庫限りお急ぎ"]) + """

ご注文
http://futon-yamashiro.example.jp/sale?t=0131
""",
    via=("futon-yamashiro.example.jp", "futon-yamashiro.example.jp", "192.0.2.31"), hops=1)

add("spam/tategaki-03.eml", "iso-2022-jp", "7bit", "2026-08-08 08:08:08",
    ("あおぞら通信", "aozora@tsushin-aozora.test"),
    [(None, "n.fujita@example.jp")],
    "夏の詩",
    """\
夏空に白い雲がひとつ浮かび
休みの午後は蝉の声ばかり
み上げる入道雲のむこうに
限りなく青い海が広がる
定めなき旅へと誘う風
価値ある一日を求めて
格別な思い出をきみに

（各行の頭を縦にお読みください）
http://tsushin-aozora.test/natsu?n=fujita
""",
    via=("tsushin-aozora.test", "unknown", "203.0.113.88"))

# ===========================================================================
# spam: half-width katakana, vendor characters (機種依存文字)
# ===========================================================================

add("spam/hankaku-izon-01.eml", "shift_jis", "8bit", "2024-05-15 21:21:21",
    ("ｹｰﾀｲ占い", "uranai@kanau-uranai.example.net"),
    [(None, "yumi.s@example.ne.jp")],
    "ｱﾅﾀの運命の人が判明しました",
    """\
ﾕﾐ様

ｱﾅﾀの生年月日から、運命の人を鑑定しました。
その方はすでにｱﾅﾀのすぐ近くにいます。

鑑定結果の続きはｺﾁﾗ
http://kanau-uranai.example.net/kantei?id=yumi0515

※初回鑑定は無料です（2回目以降1回300ﾎﾟｲﾝﾄ）
""",
    via=("kanau-uranai.example.net", "kanau-uranai.example.net", "198.51.100.15"), hops=1)

add("spam/hankaku-izon-02.eml", "shift_jis", "quoted-printable", "2025-03-04 14:14:14",
    ("㈱ミライ不動産", "toushi@mirai-fudousan.example.co.jp"),
    [(None, "y.nishida@example.co.jp")],
    "【投資用】都心ワンルーム２５㎡　利回り８％　㈱ミライ不動産",
    """\
西田様

突然のご連絡失礼いたします。
㈱ミライ不動産の投資用物件のご案内です。

■物件概要
　所在地　東京都港区〇〇０丁目
　専有面積　２５.１２㎡
　価格　２,４８０万円
　想定利回り　８.０％

■セミナー開催
　Ⅰ部　１０:００～　Ⅱ部　１４:００～

頭金０円、年収５００万円以上の会社員の方なら
ローンのご利用も可能です。

℡　０３-００００-０３０４
http://mirai-fudousan.example.co.jp/seminar?n=nishida
""",
    body_codec="cp932", hcodec="cp932",
    via=("mail.mirai-fudousan.example.co.jp", "mail.mirai-fudousan.example.co.jp", "203.0.113.34"))

add("spam/hankaku-izon-03.eml", "utf-8", "8bit", "2026-06-12 12:12:12",
    ("チケット譲渡センター", "ticket@yuzuru-ticket.example"),
    [(None, "mika.o@freemail.example.com")],
    "②枚連番　アリーナ席Ⅰ列目　定価以下でお譲りします",
    """\
mika様

ご希望のライブのチケット、アリーナ席の
②枚連番が出ました！

・Ⅰ列目（最前列）　②枚
・お支払いは先に振込のみとなります
・発券は公演③日前

本日中にご連絡がない場合、次の方にお譲りします。
https://yuzuru-ticket.example/t/0612?b=mika
""",
    via=("yuzuru-ticket.example", "yuzuru-ticket.example", "192.0.2.14"))

# ===========================================================================
# spam: bilingual, Chinese-mixed
# ===========================================================================

add("spam/bilingual-01.eml", "utf-8", "quoted-printable", "2025-05-07 01:07:00",
    ("Barrister James Walker", "j.walker@walker-chambers.example.com"),
    [(None, "s.takagi@example.jp")],
    "URGENT: Inheritance of your relative / ご親族の遺産について",
    """\
Dear Takagi,

I am Barrister James Walker, the personal lawyer to
the late Mr. K. Takagi, who died without a will.

私は故タカギ氏の顧問弁護士です。
氏は遺言を残さずに亡くなり、遺産 USD 8,500,000 が
銀行に残されています。同じ姓のあなたを相続人として
申請したいと考えております。

Please reply with your full name, address and phone number.
お名前、ご住所、お電話番号をご返信ください。

Yours faithfully,
James Walker
""",
    headers=[("Reply-To", "walker.chambers@freemail.example.com")],
    via=("walker-chambers.example.com", "unknown", "198.51.100.177"), hops=1)

add("spam/bilingual-02.eml", "utf-8", "base64", "2026-02-05 15:55:00",
    ("Global Remote Jobs", "hr@remote-global.test"),
    [(None, "a.fukushima@example.ne.jp")],
    "Remote job offer ¥25,000/day 在宅で日給2万5千円",
    """\
Hello,

We found your profile and would like to offer you a part-time remote job.
あなたのプロフィールを拝見し、在宅のお仕事をご紹介したく連絡しました。

- Only 30-60 minutes a day / 1日30〜60分
- Daily pay ¥8,000 - ¥25,000 / 日給8,000円〜25,000円
- No experience needed / 未経験OK

Contact our recruiter on WhatsApp or LINE:
https://remote-global.test/apply?ref=JP2602

Best regards,
HR Team
""",
    via=("remote-global.test", "remote-global.test", "203.0.113.205"))

add("spam/chinese-mix-01.eml", "utf-8", "base64", "2025-09-09 09:19:00",
    ("税务代理", "daili@fapiao-dai.example.jp"),
    [(None, "w.chen@example.co.jp")],
    "代開発票・領収書　各種対応します　详情请联系",
    """\
贵公司负责人：您好！

本公司可代开各类发票，領収書も対応可能です。
税点优惠，保证真票，可先验票后付款。

日本の会社様も大歓迎、日本語でご相談いただけます。

联系人：刘经理
微信：fp_liu0909
https://fapiao-dai.example.jp/jp/
""",
    via=("[192.0.2.219]", "unknown", "192.0.2.219"), hops=1)

add("spam/chinese-mix-02.eml", "utf-8", "base64", "2026-01-14 22:30:00",
    ("精品名牌代購", "shop@mingpai-daigou.test"),
    [(None, "lee.yuki@example.jp")],
    "名牌包包 正品保證 日本全國包郵",
    """\
親愛的顧客您好：

本店專營日本及歐洲名牌包包、手錶，
全部正品保證，日本國内送料無料です。

新年特價：全場7折起
ご注文はLINEまたは下記サイトから。

https://mingpai-daigou.test/jp/sale?c=lee

精品名牌代購　日本站
""",
    via=("mingpai-daigou.test", "mingpai-daigou.test", "198.51.100.39"))

# ===========================================================================
# spam: broken charset (declared ISO-2022-JP, bytes cp932; raw subjects)
# ===========================================================================

add("spam/broken-charset-01.eml", "iso-2022-jp", "7bit", "2024-09-27 04:27:00",
    ("即日キャッシュ", "cash@sokujitsu-cash.example.ne.jp"),
    [(None, "h.ueda@example.ne.jp")],
    "ブラックでも借りられる　即日５０万円",
    """\
他社で断られた方、ご相談ください。

①　来店不要
②　最短３０分で審査完了
③　在籍確認なし

ご融資額　最大５０万円
http://sokujitsu-cash.example.ne.jp/m/?u=ueda

㈱即日キャッシュ
""",
    body_codec="cp932", cte_lie=True,
    via=("ABC-PC", "unknown", "198.51.100.27"), hops=1)

add("spam/broken-charset-02.eml", "iso-2022-jp", "8bit", "2025-04-18 02:18:00",
    ("ｾﾚﾌﾞ倶楽部", "celeb@celeb-club.example.com"),
    [(None, "d.sakamoto@example.jp")],
    "ｾﾚﾌﾞ女性があなたとの面会を希望しています",
    """\
坂本様

資産家の女性会員様が、あなたとの面会を希望されています。
交通費・謝礼として１回５万円をお支払いいたします。

ご返信いただくには、会員登録（ﾎﾟｲﾝﾄ制）が必要です。
http://celeb-club.example.com/reply?to=sakamoto

ｾﾚﾌﾞ倶楽部事務局
""",
    body_codec="cp932", hcodec="cp932", raw_subject=True,
    via=("celeb-club.example.com", "unknown", "203.0.113.127"))

add("spam/broken-charset-03.eml", "iso-2022-jp", "7bit", "2025-11-02 19:02:00",
    ("ｼｮｯﾌﾟ安売王", "yasuuri@yasuuri-ou.example"),
    [(None, "m.kubo@example.co.jp")],
    "【激安】ﾌﾞﾗﾝﾄﾞ腕時計　９０％ＯＦＦ　①本限り",
    """\
決算処分市！

ﾌﾞﾗﾝﾄﾞ腕時計が最大９０％ＯＦＦ
各①本限りの早い者勝ちです。

お支払いは銀行振込のみ
http://yasuuri-ou.example/watch?k=kubo

ｼｮｯﾌﾟ安売王
""",
    body_codec="cp932", hcodec="cp932", raw_subject=True, cte_lie=True,
    via=("yasuuri-ou.example", "yasuuri-ou.example", "192.0.2.102"), hops=1)

add("spam/broken-charset-04.eml", "shift_jis", "8bit", "2026-05-28 03:45:00",
    ("副収入ラボ", "lab@fukushunyu-lab.example.net"),
    [(None, "k.iwasaki@example.ne.jp")],
    "【毎日5万円】放置するだけの自動収入ツール無料配布中",
    """\
岩崎様

放置するだけで毎日5万円が入ってくる
自動収入ツールを、先着30名様に無料で配布しています。

受け取りはこちら（残り7名）
https://fukushunyu-lab.example.net/tool?u=iwasaki

副収入ラボ
""",
    body_codec="utf-8", hcodec="utf-8", raw_subject=True,
    via=("fukushunyu-lab.example.net", "fukushunyu-lab.example.net", "203.0.113.59"))

# ===========================================================================
# ham (hard): HTML-heavy newsletters, list mail with half-width kana and ①
# ===========================================================================

add("ham/newsletter-html-01.eml", "utf-8", "quoted-printable", "2025-11-07 18:00:00",
    ("本棚書房 メールマガジン", "magazine@hondana-shobo.example"),
    [(None, "s.yoshimura@example.ne.jp")],
    "【本棚書房】11月の新刊と読書の秋フェア",
    """\
本棚書房 11月の新刊
画像が表示されない場合はウェブ版をご覧ください。
https://hondana-shobo.example/mag/2025-11?m=4c1e90

配信停止：https://hondana-shobo.example/mag/stop?m=4c1e90
""",
    html="""\
<html><body style="margin:0;background:#f5f0e6">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="https://hondana-shobo.example/mag/2025-11?m=4c1e90"><img src="cid:banner-1107@hondana" width="600" height="320" alt="読書の秋フェア"></a></td></tr>
<tr><td style="font-size:12px;color:#555;padding:8px">11月の新刊 12点と、文庫全品ポイント3倍のフェアのお知らせです。</td></tr>
<tr><td style="font-size:10px;color:#999;padding:8px"><a href="https://hondana-shobo.example/mag/stop?m=4c1e90">配信停止</a></td></tr>
</table>
</body></html>
""",
    inline=[("banner-1107.png", "image/png", "png", "banner-1107@hondana")],
    headers=[("List-Unsubscribe", "<https://hondana-shobo.example/mag/stop?m=4c1e90>")],
    ret="bounce-4c1e90@mag.hondana-shobo.example",
    via=("mag.hondana-shobo.example", "mag.hondana-shobo.example", "198.51.100.45"), hard=True)

add("ham/newsletter-html-02.eml", "utf-8", "base64", "2026-03-06 12:00:00",
    ("市立みなみ美術館", "news@museum.minami.example.or.jp"),
    [(None, "k.aizawa@example.jp")],
    "みなみ美術館ニュース　春の企画展「光と水の画家たち」",
    """\
""",
    html_only=True,
    html="""\
<html><body>
<div style="max-width:640px;margin:auto">
<img src="https://museum.minami.example.or.jp/news/2603/header.jpg" width="640" height="240" alt="みなみ美術館ニュース">
<img src="https://museum.minami.example.or.jp/news/2603/main.jpg" width="640" height="480" alt="光と水の画家たち">
<p style="font-size:13px">会期：3月14日（土）〜5月31日（日）<br>
<a href="https://museum.minami.example.or.jp/exhibition/2026spring">展覧会の詳細</a></p>
<img src="https://museum.minami.example.or.jp/news/2603/event.jpg" width="640" height="200" alt="関連イベント">
<p style="font-size:11px;color:#888">配信の停止は<a href="https://museum.minami.example.or.jp/news/stop">こちら</a></p>
</div>
</body></html>
""",
    via=("mail.museum.minami.example.or.jp", "mail.museum.minami.example.or.jp", "192.0.2.66"), hard=True)

add("ham/newsletter-html-03.eml", "iso-2022-jp", "7bit", "2025-08-20 07:30:00",
    ("スーパーはなまる", "flyer@hanamaru-super.example.net"),
    [(None, "y.takano@freemail.example.com")],
    "今週のチラシ　8/21(木)〜8/24(日)　タイムセールあり",
    """\
スーパーはなまる　今週のチラシです。
画像でご覧ください。
https://hanamaru-super.example.net/flyer/0821?s=takano
""",
    html="""\
<html><body>
<p><img src="cid:flyer0821-1@hanamaru" width="600" height="850" alt="表面"></p>
<p><img src="cid:flyer0821-2@hanamaru" width="600" height="850" alt="裏面"></p>
<p><a href="https://hanamaru-super.example.net/flyer/0821?s=takano">ウェブで見る</a></p>
</body></html>
""",
    inline=[("flyer0821-1.gif", "image/gif", "gif", "flyer0821-1@hanamaru"),
            ("flyer0821-2.gif", "image/gif", "gif", "flyer0821-2@hanamaru")],
    via=("mail.hanamaru-super.example.net", "unknown", "203.0.113.84"), hard=True)

add("ham/ml-hankaku-01.eml", "shift_jis", "8bit", "2025-06-15 22:41:10",
    ("松岡", "matsuoka@denshi-kousaku.test"),
    "denshi-ml@lists.denshi-kousaku.test",
    "[denshi-ml:2231] ｱｸｾﾗﾚｰﾀｰﾎﾞｰﾄﾞ ①と②の違い",
    """\
松岡です。

先日買った「ﾏｲｺﾝ ｱｸｾﾗﾚｰﾀｰﾎﾞｰﾄﾞ」ですが、
箱に①と②の二種類があって、どう違うのか分かりません。

①はｾﾝｻｰ用のﾋﾟﾝﾍｯﾀﾞｰ付き、②は無しに見えますが、
他に違いをご存じの方いらっしゃいますか。

ﾃﾞｰﾀｼｰﾄは両方とも同じﾘﾋﾞｼﾞｮﾝでした。

--
denshi-ml 過去ログ: http://lists.denshi-kousaku.test/archives/denshi-ml/
""",
    body_codec="cp932", hcodec="cp932", rcpt="k.ota@example.jp",
    headers=[("List-Id", "<denshi-ml.lists.denshi-kousaku.test>"),
             ("List-Post", "<mailto:denshi-ml@lists.denshi-kousaku.test>")],
    ret="denshi-ml-bounces@lists.denshi-kousaku.test",
    via=("lists.denshi-kousaku.test", "lists.denshi-kousaku.test", "198.51.100.212"), hops=3,
    origin=("[192.0.2.37]", "192.0.2.37"), hard=True)

add("ham/ml-hankaku-02.eml", "utf-8", "8bit", "2026-04-12 21:05:00",
    ("写真部 幹事 西村", "nishimura@photo-club.example.jp"),
    "photo-ml@photo-club.example.jp",
    "[photo-ml:0412] 撮影会①②の集合場所と持ち物",
    """\
写真部の皆さん

今月の撮影会の集合場所です。

① 4月19日（日）桜並木コース
　9:00 みずなぎ駅 東口改札前
② 4月26日（日）港の夜景コース
　17:30 みなと公園 噴水前

持ち物：三脚（②は必須）、予備バッテリー、防寒着
雨天時は前日20時までにこのMLでお知らせします。
コース地図：https://photo-club.example.jp/map/2604

西村
""",
    rcpt="a.ueda@example.co.jp",
    headers=[("List-Id", "photo club <photo-ml.photo-club.example.jp>")],
    ret="photo-ml-owner@photo-club.example.jp",
    via=("ml.photo-club.example.jp", "ml.photo-club.example.jp", "203.0.113.191"), hard=True)

# ===========================================================================
# ham (hard): old Windows mailers (cp932), wrong charset headers
# ===========================================================================

add("ham/oldmailer-01.eml", "shift_jis", "8bit", "2025-02-12 09:14:30",
    ("㈱大和精工 営業部 吉岡", "yoshioka@yamato-seikou.example.co.jp"),
    [("購買部 松下様", "matsushita@example.co.jp")],
    "【注文請書】㈱大和精工　ご注文①②の納期について",
    """\
株式会社はるかぜ製作所
購買部　松下様

いつも大変お世話になっております。
㈱大和精工の吉岡でございます。

先日ご注文いただきました件、納期をご連絡いたします。

　①　フランジ加工品（Ｍ８用）　２００個　　２月２０日出荷
　②　シャフト（φ１２×１５０）　５０本　　２月２７日出荷

②につきましては材料入荷の都合により、
ご希望より１週間遅れての出荷となります。
大変申し訳ございませんが、ご了承くださいますようお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
㈱大和精工　営業部　吉岡　誠
℡ ０４８-０００-０２１２　FAX ０４８-０００-０２１３
http://www.yamato-seikou.example.co.jp/
━━━━━━━━━━━━━━━━━━━━
""",
    body_codec="cp932", hcodec="cp932",
    via=("YAMATO-PC05", "unknown", "198.51.100.52"), hard=True)

add("ham/oldmailer-02.eml", "shift_jis", "quoted-printable", "2024-11-28 16:45:12",
    ("中村鉄工所 中村", "nakamura@nakamura-tekko.example.com"),
    [(None, "sekkei@example.co.jp")],
    "Re: 見積依頼の件（ブラケット）",
    """\
設計課　ご担当者様

中村鉄工所の中村です。
お見積りのご依頼ありがとうございます。

ご依頼の件、下記のとおりお見積りいたします。

　①　ブラケットＡ　ＳＳ４００　ｔ６　　＠１，２００円×１００個
　②　ブラケットＢ　ＳＵＳ３０４　ｔ３　＠２，８００円×５０個

納期は図面承認後２週間です。
メッキ処理が必要な場合は別途ご相談ください。

以上、よろしくお願いいたします。

有限会社中村鉄工所　中村
""",
    body_codec="cp932",
    headers=[("In-Reply-To", "<20241127093000.0a1b@example.co.jp>"),
             ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
    via=("nakamura-tekko.example.com", "unknown", "203.0.113.97"), hard=True)

add("ham/oldmailer-03.eml", "shift_jis", "base64", "2025-09-16 11:20:00",
    ("㈲山本工務店", "info@yamamoto-koumuten.example.ne.jp"),
    [(None, "t.ishikawa@example.jp")],
    "リフォームのお見積書（浴室・洗面所）",
    """\
石川様

先日は現地調査にお立ち会いいただき、ありがとうございました。
㈲山本工務店の山本です。

浴室と洗面所のリフォームのお見積書を添付いたします。

　・浴室　約３.３㎡（１６１６サイズ）ユニットバス交換
　・洗面所　約２.５㎡　床・壁クロス張替え、洗面台交換

工期はおよそ５日間を見込んでおります。
ご不明な点がございましたら、お気軽にお電話ください。

㈲山本工務店　山本
℡ ０４２-０００-０９１６
""",
    body_codec="cp932", hcodec="cp932",
    attach=[("御見積書_石川様.pdf", "application/pdf", "pdf")], fname="word",
    via=("p0916-ipoe.example.ne.jp", "p0916-ipoe.example.ne.jp", "192.0.2.216"), hard=True)

add("ham/charset-bug-01.eml", "iso-2022-jp", "8bit", "2025-05-09 20:33:00",
    ("佐藤 (3年2組)", "sato.family@home-sato.example"),
    [(None, "pta-kouhou@example.ne.jp")],
    "PTA広報誌の原稿を送ります",
    """\
広報委員の皆さま

3年2組の佐藤です。遅くなってすみません。
運動会の記事の原稿を送ります。

写真は別にUSBでお渡しします。
文字数が多すぎるようでしたら、後半を削ってください。

よろしくお願いします。
""",
    body_codec="shift_jis", hcharset="iso-2022-jp",
    headers=[("X-Mailer", "Mail Writer 2.1 (old home PC)")],
    via=("home-sato.example", "unknown", "198.51.100.183"), hard=True)

add("ham/charset-bug-02.eml", "euc-jp", "8bit", "2026-01-26 10:05:00",
    ("みずなぎ町 商工会", "info@shokokai.mizunagi.example.jp"),
    [(None, "members@shokokai.mizunagi.example.jp")],
    "2月の経営相談会のご案内",
    """\
会員各位

2月の経営相談会を下記のとおり開催します。

日時：2月18日（水）13:30〜16:30
場所：商工会館 2階 会議室
内容：補助金の申請、事業承継、インボイス対応

詳細：https://shokokai.mizunagi.example.jp/soudan/2602
予約制です。ご希望の方は2月13日（金）までにお電話ください。

※先月、案内メールの文字化けのご指摘をいただきました。
　メール配信システムを更新しましたので、今回から正しく表示されるはずです。
""",
    body_codec="utf-8", rcpt="owner@hanabishi-ya.example.jp",
    via=("www.shokokai.mizunagi.example.jp", "www.shokokai.mizunagi.example.jp", "203.0.113.126"),
    hard=True)

# ===========================================================================
# ham (hard): bilingual, Chinese-Japanese
# ===========================================================================

add("ham/bilingual-business-01.eml", "utf-8", "quoted-printable", "2025-07-09 17:48:00",
    ("Emma Larsen", "emma.larsen@nordlys-design.example.com"),
    [("Takeshi Imai", "imai@example.co.jp")],
    "Re: Sample shipment / サンプル発送の件",
    """\
Dear Imai-san,

Thank you for your quick reply.
迅速なご返信ありがとうございます。

We shipped the samples today by air.
本日、サンプルを航空便で発送しました。

Tracking number: 0000 0000 0709
Expected delivery: July 14 / 7月14日（月）到着予定

Please let me know if the colour of No.3 is acceptable.
3番の色味についてご意見をいただけると助かります。

Best regards,
Emma Larsen
Nordlys Design
""",
    headers=[("In-Reply-To", "<20250709093012.3c2a@example.co.jp>")],
    via=("smtp.nordlys-design.example.com", "smtp.nordlys-design.example.com", "192.0.2.19"),
    hard=True)

add("ham/bilingual-business-02.eml", "utf-8", "base64", "2026-02-02 09:00:00",
    ("Harbor View Hotel Reservations", "reservations@harborview-hotel.test"),
    [(None, "m.yamashita@example.ne.jp")],
    "Booking confirmation / ご予約確認 #HV-000218",
    """\
Dear Ms. Yamashita / 山下様

Thank you for your reservation.
ご予約ありがとうございます。

Check-in / チェックイン: 2026/3/18(水) 15:00
Check-out / チェックアウト: 2026/3/20(金) 11:00
Room / 客室: Deluxe Twin, 2 nights / デラックスツイン 2泊

To view or change your booking, use the link below.
ご予約の確認・変更は下記リンクから。
https://book.harborview-hotel.test/r/HV-000218?k=a71f3c

We look forward to welcoming you.
""",
    via=("mail.harborview-hotel.test", "mail.harborview-hotel.test", "203.0.113.178"), hard=True)

add("ham/chinese-colleague-01.eml", "utf-8", "8bit", "2025-10-22 18:10:00",
    ("王 磊", "wang.lei@example.jp"),
    [("陳 さん", "chen.yu@example.jp")],
    "明天的会议资料 / 明日の会議資料",
    """\
陈さん

辛苦了！明天的会议资料我放在共享文件夹里了。
https://files.example.jp/share/kaigi/1023/
明日の会議資料、共有フォルダに入れておきました。

第3页的数字我还没确认，麻烦你帮我看一下。
3ページ目の数字はまだ確認できていないので、見てもらえると助かります。

日本側の部長には、日本語版だけ送ればいいですよね？

王
""",
    via=("mail.example.jp", "mail.example.jp", "198.51.100.61"), hard=True)

add("ham/chinese-colleague-02.eml", "utf-8", "quoted-printable", "2026-05-14 13:25:00",
    ("林 美玲", "lin.meiling@kaede-trading.example"),
    [("加藤さん", "kato.r@example.co.jp")],
    "Re: 台北出張の件 / 台北出差",
    """\
加藤さん

こんにちは、林です。
台北出張の日程、承知しました。

5月26日（火）下午兩點，我們在公司等您。
26日の午後2時に、弊社でお待ちしております。

ホテルは會議室から步行五分の所を予約しました。
空港からはMRTが便利です。不清楚的地方請隨時問我。

林
""",
    headers=[("In-Reply-To", "<20260513181500.77ab@example.co.jp>")],
    via=("mx-out.kaede-trading.example", "mx-out.kaede-trading.example", "192.0.2.158"), hard=True)

# ===========================================================================
# ham (hard): security bulletins quoting tricks, tracking links, one-link mail
# ===========================================================================

add("ham/security-bulletin-01.eml", "iso-2022-jp", "7bit", "2025-03-12 10:00:00",
    ("情報システム課", "it-info@corp.example.com"),
    [(None, "all-staff@corp.example.com")],
    "【注意喚起】URLの「@」にご注意ください（フィッシング事例）",
    """\
社員各位

情報システム課です。
最近、社内で次のような URL を含むメールが確認されています。

　https://www.bank.example.co.jp@login-check.test/auth

このような URL では「@」より前は飾りで、実際の接続先は
「@」の後ろの login-check.test です。

また、次のように数字だけの URL も同様に危険です。

　http://198.51.100.23/login
　http://3405803781/login

リンク文字と実際の行き先が違うことも多いため、
メール内のリンクからログインせず、ブックマークからアクセスしてください。

不審なメールは it-info@corp.example.com へ転送してください。
""",
    rcpt="h.arai@corp.example.com",
    via=("mail.corp.example.com", "mail.corp.example.com", "203.0.113.19"), hard=True)

add("ham/security-bulletin-02.eml", "utf-8", "base64", "2025-08-28 15:00:00",
    ("ひかりネット会員サポート", "support@hikari-isp.example.ne.jp"),
    [(None, "member-news@hikari-isp.example.ne.jp")],
    "迷惑メールの最近の傾向（未承諾広告の表示逃れなど）",
    """\
ひかりネット会員の皆さまへ

迷惑メールフィルターの判定をすり抜けるため、
最近の迷惑メールには次のような工夫が見られます。

・「未承諾広告※」を「未 承 諾 広 告」「末承諾広告」と書く
・半角カナで「ﾐｼｮｳﾀﾞｸｺｳｺｸ」と書く
・本文をすべて画像にして、文字をほとんど入れない
・白い文字や1ピクセルの文字で無関係な文章を隠す
・件名を空にして、URL だけを送る

こうしたメールは開かずに削除し、「迷惑メール報告」ボタンで
ご報告ください。フィルターの精度向上に役立てます。

迷惑メール対策の設定方法
https://support.hikari-isp.example.ne.jp/spam/setting
""",
    rcpt="f.shimada@example.ne.jp",
    via=("news.hikari-isp.example.ne.jp", "news.hikari-isp.example.ne.jp", "198.51.100.29"), hard=True)

add("ham/shop-tracking-01.eml", "utf-8", "quoted-printable", "2025-12-05 14:32:00",
    ("手づくり雑貨 こもれび", "shop@komorebi-zakka.example"),
    [(None, "n.kawai@freemail.example.com")],
    "【発送完了】ご注文の商品を発送しました（注文番号 KM-000512）",
    """\
河合様

こもれびをご利用いただきありがとうございます。
ご注文の商品を本日発送いたしました。

配送状況はこちらでご確認いただけます。
https://komorebi-zakka.example/track?o=KM-000512&k=8d2e47b1

お届け予定：12月7日（日）午前中

商品の感想をお聞かせください（プレゼント抽選あり）
https://komorebi-zakka.example/review?o=KM-000512&u=c3f9a0&utm_source=mail&utm_medium=shipping

手づくり雑貨 こもれび
""",
    html="""\
<html><body>
<p>河合様</p>
<p>こもれびをご利用いただきありがとうございます。<br>ご注文の商品を本日発送いたしました。</p>
<p><a href="https://komorebi-zakka.example/track?o=KM-000512&amp;k=8d2e47b1">配送状況を確認する</a></p>
<p>お届け予定：12月7日（日）午前中</p>
<p><a href="https://komorebi-zakka.example/review?o=KM-000512&amp;u=c3f9a0&amp;utm_source=mail&amp;utm_medium=shipping">感想を書く（プレゼント抽選あり）</a></p>
<img src="https://komorebi-zakka.example/open.gif?u=c3f9a0&amp;o=KM-000512" width="1" height="1" alt="">
<p>手づくり雑貨 こもれび</p>
</body></html>
""",
    qsubj=True,
    via=("komorebi-zakka.example", "unknown", "203.0.113.212"), hard=True)

add("ham/shop-tracking-02.eml", "utf-8", "quoted-printable", "2026-06-19 19:00:00",
    ("コーヒー豆の店 まめ吉", "news@mamekichi-coffee.example.jp"),
    [(None, "t.nakata@example.ne.jp")],
    "【広告】夏の水出しコーヒー、はじめました",
    """\
【広告】このメールは、メールマガジンの受信を承諾いただいた方にお送りしています。

中田様

まめ吉の夏の定番、水出しコーヒーパックの販売を始めました。
ポットに入れて一晩置くだけで、すっきりした味わいです。

・水出しパック 10袋入り 1,280円
・メルマガ会員様は送料無料（6月30日まで）

商品ページ
https://mamekichi-coffee.example.jp/item/cold-brew?mid=t7nk21&c=mm0619

配信停止・アドレス変更
https://mamekichi-coffee.example.jp/mm/settings?mid=t7nk21
""",
    headers=[("List-Unsubscribe", "<https://mamekichi-coffee.example.jp/mm/settings?mid=t7nk21>")],
    ret="mm-bounce@mamekichi-coffee.example.jp",
    via=("mm.mamekichi-coffee.example.jp", "unknown", "192.0.2.46"), hard=True)

add("ham/invite-link-01.eml", "utf-8", "7bit", "2025-09-24 11:02:00",
    ("Nakamura Yui", "yui@studio-hibari.test"),
    [(None, "m.kubota@example.com")],
    "Invitation: weekly sync",
    """\
https://meet.studio-hibari.test/j/0000924?pwd=h7Qm2
""",
    via=("studio-hibari.test", "unknown", "198.51.100.246"), hard=True)

add("ham/invite-link-02.eml", "iso-2022-jp", "7bit", "2024-08-12 21:40:00",
    ("ひろし", "hiroshi.k@freemail.example.com"),
    [(None, "aki.k@example.ne.jp")],
    "写真",
    """\
キャンプの写真、ここに全部入れたよ
https://photos.album-share.example.net/s/Kx81mP
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"), hard=True)

# ===========================================================================
# ham (hard): vertical writing for fun
# ===========================================================================

add("ham/tategaki-01.eml", "iso-2022-jp", "7bit", "2025-11-23 20:15:00",
    ("句会 ゆうなぎ 小野", "ono@kukai-yuunagi.example.jp"),
    [(None, "kukai-members@kukai-yuunagi.example.jp")],
    "今月の句（縦書きで送ってみます）",
    """\
皆さま

今月の三句、たまには縦書きで送ってみます。
右の列から読んでください。

""" + tategaki(["木枯しや", "駅の灯ひとつ", "またひとつ"]) + """

""" + tategaki(["柿すだれ", "夕日を透かす", "母の家"]) + """

次回の兼題は「冬の星」です。

小野
""",
    rcpt="s.morita@example.jp",
    via=("kukai-yuunagi.example.jp", "unknown", "198.51.100.123"), hard=True)

add("ham/tategaki-02.eml", "shift_jis", "8bit", "2026-01-03 09:30:00",
    ("じいじ", "tsutomu.h@freemail.example.com"),
    [(None, "hinata.h@example.ne.jp")],
    "ひなたへ　じいじより",
    """\
ひなたへ

お手紙のかわりに、たてがきで書いてみました。
上から下に、右の行から読んでね。

""" + tategaki(["あけまして", "おめでとう", "はるやすみに", "またあそびに", "おいでね"]) + """

じいじより
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"), hard=True)

# ===========================================================================
# ham (hard): genuine ads and campaigns, invoices with attachments
# ===========================================================================

add("ham/ad-optin-01.eml", "iso-2022-jp", "7bit", "2025-04-25 10:00:00",
    ("くつ工房 あゆみ", "mail@kutsu-ayumi.example.co.jp"),
    [(None, "r.shibata@example.jp")],
    "【広告】ゴールデンウィーク限定　オーダー靴10%オフのご案内",
    """\
【広告】
このメールは、くつ工房あゆみのメールマガジンにご登録いただいた
お客様にお送りしています。

柴田様

いつもご愛顧いただきありがとうございます。
ゴールデンウィーク期間中（4月29日〜5月6日）、
オーダー靴の制作費を10%お値引きいたします。

足の採寸は店頭で30分ほどです。ご予約はお電話かウェブから。
https://kutsu-ayumi.example.co.jp/reserve

くつ工房 あゆみ
配信停止：https://kutsu-ayumi.example.co.jp/mail/stop
""",
    via=("mail.kutsu-ayumi.example.co.jp", "mail.kutsu-ayumi.example.co.jp", "192.0.2.87"), hard=True)

add("ham/ad-optin-02.eml", "utf-8", "quoted-printable", "2025-10-01 06:00:00",
    ("週刊テックだより", "weekly@techdayori.test"),
    [(None, "y.kaneda@example.com")],
    "週刊テックだより #214　ブラウザの新しいセキュリティ機能",
    """\
週刊テックだより #214

■今週のトピック
・ブラウザの新しいセキュリティ機能、何が変わる？
・小さな会社のバックアップ入門

──────────────
※PR　クラウド会計ソフト、30日間無料
https://techdayori.test/pr/kaikei?n=214
──────────────

■読者の質問から
「社内の古いPCから送ったメールが文字化けする」という質問を
いただきました。多くは文字コードの設定が原因です。来週詳しく解説します。

配信停止：https://techdayori.test/unsub?u=kaneda
""",
    headers=[("List-Unsubscribe", "<https://techdayori.test/unsub?u=kaneda>")],
    via=("out.techdayori.test", "out.techdayori.test", "198.51.100.74"), hard=True)

add("ham/ad-optin-03.eml", "utf-8", "8bit", "2026-07-01 07:00:00",
    ("パン工房 こむぎ", "info@pan-komugi.example.net"),
    [(None, "e.hoshino@example.jp")],
    "本日限り！全品半額のお知らせ（閉店セールではありません）",
    """\
星野様

いつもありがとうございます。パン工房こむぎです。

本日7月1日は開店10周年の記念日のため、
全品半額で販売いたします。今だけの特別価格です！

閉店セールではありませんので、ご安心ください(笑)
数に限りがございますので、お早めにどうぞ。

パン工房 こむぎ
""",
    via=("pan-komugi.example.net", "unknown", "192.0.2.73"), hard=True)

add("ham/invoice-genuine-01.eml", "iso-2022-jp", "7bit", "2025-06-30 17:05:00",
    ("経理部 松本", "matsumoto@keiri.asahi-insatsu.example.co.jp"),
    [("小林様", "kobayashi@example.co.jp")],
    "請求書送付のご案内（2025年6月分）",
    """\
株式会社そよかぜ企画
小林様

いつもお世話になっております。
朝日印刷　経理部の松本です。

6月分の請求書を添付にてお送りいたします。
添付ファイルにはパスワードを設定しております。
パスワードは別途メールにてご連絡いたします。

お支払い期限：7月31日
振込先はこれまでと変わりありません。

朝日印刷株式会社　経理部　松本
""",
    attach=[("請求書_そよかぜ企画様_202506.zip", "application/zip", "zip")], fname="word",
    via=("smtp.asahi-insatsu.example.co.jp", "smtp.asahi-insatsu.example.co.jp", "203.0.113.146"),
    hard=True)

add("ham/invoice-genuine-02.eml", "shift_jis", "base64", "2025-12-10 14:00:00",
    ("近藤 (あおば運送)", "kondo@aoba-unso.example.com"),
    [(None, "soumu@example.ne.jp")],
    "11月分 運賃明細のご送付",
    """\
総務ご担当者様

あおば運送の近藤です。
11月分の運賃明細をExcelでお送りします。

集計方法は先月と同じです。
マクロは使っておりませんので、そのままお開きください。

ご確認のほど、よろしくお願いいたします。
""",
    attach=[("運賃明細_2025年11月.xlsx", XLSX, "xlsx")], fname="word",
    via=("aoba-unso.example.com", "unknown", "198.51.100.91"), hard=True)

add("ham/invoice-genuine-03.eml", "utf-8", "base64", "2026-04-01 09:00:00",
    ("請求書サービス つむぎ", "noreply@tsumugi-invoice.example"),
    [(None, "keiri@example.jp")],
    "【請求書】株式会社ミナミデザイン様より請求書が届きました",
    """\
株式会社ミナミデザイン様より、請求書が届きました。

請求金額：¥88,000（税込）
お支払期限：2026年4月30日（木）

請求書PDFは下記からダウンロードできます。
https://tsumugi-invoice.example/d/7f0e21c4

このメールに心当たりがない場合は、発行元に直接お問い合わせください。
""",
    attach=[("請求書_INV-0000-0401.pdf", "application/pdf", "pdf")], fname="rfc2231",
    via=("mta2.tsumugi-invoice.example", "mta2.tsumugi-invoice.example", "192.0.2.12"), hard=True)

# ===========================================================================
# ham (hard): investment, side jobs, health, dating -- in genuine mail
# ===========================================================================

add("ham/invest-genuine-01.eml", "utf-8", "quoted-printable", "2025-10-06 07:00:00",
    ("いぶき証券 マーケット情報", "market@ibuki-sec.example.com"),
    [(None, "h.nakano@example.jp")],
    "【週間展望】来週の注目銘柄と経済指標",
    """\
いぶき証券 週間マーケット展望（10月6日号）

■先週の振り返り
日経平均は3週ぶりに反落。半導体関連に利益確定の売り。

■来週の注目
・米国の雇用統計
・国内小売大手の決算発表

■アナリストの注目3銘柄
詳しくはログイン後のレポートをご覧ください。
https://www.ibuki-sec.example.com/report/weekly

※本情報は投資判断の参考となる情報提供を目的としたもので、
　投資勧誘を目的としたものではありません。
""",
    via=("mail2.ibuki-sec.example.com", "mail2.ibuki-sec.example.com", "203.0.113.117"), hard=True)

add("ham/fukugyo-genuine-01.eml", "iso-2022-jp", "7bit", "2025-04-01 13:00:00",
    ("人事部", "jinji@hoshizora-sangyo.example.co.jp"),
    [(None, "all@hoshizora-sangyo.example.co.jp")],
    "副業・兼業の届出制度について（4月1日施行）",
    """\
社員各位

人事部より、副業・兼業に関する新しいルールをお知らせします。

4月1日より、副業・兼業は届出制となりました。
副業を始める前に、社内ポータルの「副業届」を提出してください。

なお、最近「スマホで簡単に月30万円」などの副業勧誘メールが
社員宛てに届いています。これらは会社とは無関係です。
初期費用を求められる副業には十分ご注意ください。

ご質問は人事部までお寄せください。
""",
    rcpt="t.hayashi@hoshizora-sangyo.example.co.jp",
    via=("mail.hoshizora-sangyo.example.co.jp", "mail.hoshizora-sangyo.example.co.jp", "198.51.100.36"),
    hard=True)

add("ham/pharmacy-genuine-01.eml", "utf-8", "base64", "2026-02-18 20:00:00",
    ("すずらんクリニック", "info@suzuran-clinic.test"),
    [(None, "k.ota@example.jp")],
    "【処方薬発送のお知らせ】AGA治療薬（30日分）",
    """\
太田様

すずらんクリニックです。
2月17日のオンライン診療で処方いたしましたお薬を発送しました。

お薬：AGA治療薬（30日分）
お届け予定：2月20日（金）

中身が分からない梱包でお届けします。
服用中に気になる症状があれば、すぐにご連絡ください。

次回の診療予約
https://suzuran-clinic.test/yoyaku?p=000218
""",
    via=("suzuran-clinic.test", "unknown", "203.0.113.236"), hard=True)

add("ham/diet-genuine-01.eml", "shift_jis", "8bit", "2025-05-20 09:00:00",
    ("健康保険組合", "kenpo@kenpo.hoshizora-sangyo.example.co.jp"),
    [(None, "t.hayashi@hoshizora-sangyo.example.co.jp")],
    "【参加者募集】3ヶ月でマイナス3キロ！ウォーキングチャレンジ",
    """\
被保険者の皆さまへ

健康保険組合では、今年もウォーキングチャレンジを開催します。

期間：6月1日〜8月31日
目標：1日8,000歩、3ヶ月でマイナス3キロ
参加費：無料（完走者には記念品）

昨年の参加者の平均は、マイナス2.4キロでした。
お申込みは5月30日（金）まで、社内ポータルから。

健康保険組合　保健事業担当
""",
    via=("kenpo.hoshizora-sangyo.example.co.jp", "kenpo.hoshizora-sangyo.example.co.jp", "198.51.100.37"),
    hard=True)

add("ham/dating-genuine-01.eml", "iso-2022-jp", "7bit", "2025-07-25 12:00:00",
    ("ひなた市 結婚支援センター", "kekkon@city.hinata.example.lg.jp"),
    [(None, "y.miura@example.ne.jp")],
    "出会いのきっかけ交流会（8月）参加者確定のお知らせ",
    """\
三浦様

ひなた市結婚支援センターです。
8月の交流会へのお申込み、ありがとうございました。

日時：8月23日（土）14:00〜16:30
会場：ひなた市民会館 3階 多目的室
参加者：男性12名、女性12名

当日は受付で本人確認書類をご提示ください。
参加費1,000円は当日受付でお支払いください。
会場案内：https://www.city.hinata.example.lg.jp/shisetsu/kaikan.html
メールで個人の連絡先を聞くことはありません。

ひなた市 結婚支援センター
""",
    via=("mail.city.hinata.example.lg.jp", "mail.city.hinata.example.lg.jp", "192.0.2.40"), hard=True)

add("ham/hankaku-genuine-01.eml", "euc-jp", "8bit", "2025-03-25 10:02:17",
    ("さざなみ信用組合", "info@sazanami-shinkumi.example"),
    [(None, "m.kishi@example.ne.jp")],
    "ﾌﾘｺﾐ ﾆｭｳｷﾝ ﾂｳﾁ",
    """\
ｷｼ ﾏｻﾙ ｻﾏ

ｻｻﾞﾅﾐ ｼﾝﾖｳｸﾐｱｲ ﾃﾞｽ｡
ｲｶﾉ ﾄｵﾘ ﾌﾘｺﾐ ﾆｭｳｷﾝｶﾞ ｱﾘﾏｼﾀ｡

ﾆｭｳｷﾝﾋﾞ  2025/03/25
ｷﾝｶﾞｸ    12,000ｴﾝ
ﾌﾘｺﾐﾆﾝ   ﾀﾅｶ ﾊﾅｺ
ｺｳｻﾞ     ﾌﾂｳ ****000

ｺﾉ ﾒｰﾙﾆ ﾍﾝｼﾝ ｼﾃﾓ ｵｺﾀｴ ﾃﾞｷﾏｾﾝ｡
""",
    via=("notify.sazanami-shinkumi.example", "notify.sazanami-shinkumi.example", "203.0.113.241"), hard=True)

add("ham/izon-genuine-01.eml", "shift_jis", "8bit", "2026-02-21 18:30:00",
    ("みどり不動産 森下", "morishita@midori-fudousan.example.com"),
    [(None, "s.ikeda@example.jp")],
    "ご内見物件の資料（２件）",
    """\
池田様

本日はご来店ありがとうございました。
㈱みどり不動産の森下です。

明日ご内見いただく物件の概要をお送りします。

①　コーポ若葉　２０３号室
　　１ＬＤＫ　３８.５㎡　家賃７.２万円　駅徒歩８分
②　メゾン桜坂　１０１号室
　　２ＤＫ　４２.０㎡　家賃７.８万円　駅徒歩１２分

明日は１０時に店舗集合で、お車でご案内いたします。

㈱みどり不動産　森下
℡ ０４５-０００-０２２１
""",
    body_codec="cp932",
    via=("midori-fudousan.example.com", "unknown", "192.0.2.221"), hard=True)

add("ham/link-only-genuine-01.eml", "utf-8", "7bit", "2025-12-12 15:40:00",
    ("Kenji", "kenji@dev.sumire-soft.test"),
    [(None, "t.mizuno@example.co.jp")],
    "Re:",
    """\
https://wiki.sumire-soft.test/pages/release-2025-12
""",
    headers=[("In-Reply-To", "<20251212152801.11aa@example.co.jp>")],
    via=("mail.sumire-soft.test", "mail.sumire-soft.test", "198.51.100.158"), hard=True)

add("ham/image-only-genuine-01.eml", "utf-8", "base64", "2025-05-05 16:20:00",
    ("ゆき", "yuki.m@freemail.example.com"),
    [(None, "rie.t@example.ne.jp")],
    "こどもの日",
    """\
こいのぼり！
""",
    html="""\
<html><body>
<div><img src="cid:IMG_0505@freemail" width="480" height="640"></div>
<div>こいのぼり！</div>
</body></html>
""",
    inline=[("IMG_0505.png", "image/png", "png", "IMG_0505@freemail")],
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"), hard=True)

add("ham/crypto-genuine-01.eml", "utf-8", "quoted-printable", "2026-03-09 10:00:00",
    ("つばさ取引所", "notice@tsubasa-coin.example"),
    [(None, "ryo.abe@example.jp")],
    "【重要】エアドロップを装う詐欺にご注意ください",
    """\
お客様各位

当取引所の名前をかたり、「エアドロップの受取期限」や
「ウォレットを接続してください」と案内する詐欺メールが確認されています。

当取引所がメールでウォレットの接続や秘密鍵の入力を
お願いすることはありません。

不審なメールを受け取った場合は、リンクを開かずに削除してください。
当取引所からのお知らせは、ログイン後のお知らせ欄でもご確認いただけます。

つばさ暗号資産取引所
""",
    via=("mail.tsubasa-coin.example", "mail.tsubasa-coin.example", "198.51.100.104"), hard=True)

add("ham/salad-genuine-01.eml", "iso-2022-jp", "7bit", "2025-09-30 21:00:00",
    ("随筆の会 会報", "kaihou@zuihitsu.invalid"),
    [(None, "members@zuihitsu.invalid")],
    "会報 第58号　秋の随筆三篇",
    """\
随筆の会　会報　第58号

　　「祖父の時計」　北川
祖父の腕時計は、私が高校に上がった年に止まった。
修理に出そうと言いながら、結局引き出しの奥にしまったまま、
気がつけば二十年が過ぎていた。先日ふと思い立って
時計屋に持っていくと、店主はしばらく眺めてから
「いい時計ですね」とだけ言った。

　　「坂の上の図書館」　三宅
子どもの頃、坂の上の図書館までの道がひどく長く思えた。
大人になって歩いてみると、ほんの十分ほどの距離だった。

　　「柿の木」　原
庭の柿が今年はよく実った。鳥に先を越される前にと、
脚立を出して半日がかりで収穫した。

――――
本号の印刷費は、会員の岡田さんの書店「をかだ書房」の
ご協賛によるものです。ありがとうございました。

次号の締切は11月15日です。
""",
    rcpt="m.hara@example.jp",
    via=("zuihitsu.invalid", "unknown", "192.0.2.188"), hard=True)

# ===========================================================================
# ham: ordinary business mail
# ===========================================================================

add("ham/business-01.eml", "iso-2022-jp", "7bit", "2025-01-15 10:12:00",
    ("岡部 直樹", "okabe@kumano-kikaku.example.com"),
    [("村井様", "murai@example.co.jp")],
    "打ち合わせ日程のご相談",
    """\
株式会社はるかぜ製作所
村井様

いつもお世話になっております。熊野企画の岡部です。

来週の打ち合わせですが、下記のいずれかでご都合はいかがでしょうか。

・1月21日（火）14:00〜15:00
・1月22日（水）10:00〜11:00
・1月23日（木）16:00〜17:00

場所は御社に伺う形でも、オンラインでも構いません。
ご検討のほど、よろしくお願いいたします。

熊野企画　岡部
""",
    via=("kumano-kikaku.example.com", "unknown", "203.0.113.42"))

add("ham/business-02.eml", "utf-8", "8bit", "2025-08-06 18:20:00",
    ("阿部 智子", "abe.t@example.jp"),
    [("開発チーム", "dev-team@example.jp")],
    "8/6 定例ミーティング議事録",
    """\
開発チームの皆さん

本日の定例の議事録です。

1. リリース日程
　・9月3日リリースで確定
2. 課題
　・ログイン画面の文言修正（担当：石田さん）
　・文字化けの報告：古いメールソフトから届く問い合わせが
　　化ける件、原因調査（担当：阿部）
3. 次回
　・8月20日（水）15:00〜

漏れがあれば追記をお願いします。
阿部
""",
    rcpt="k.ishida@example.jp", hops=1,
    qsubj=True,
    via=("mail.example.jp", "mail.example.jp", "198.51.100.61"))

add("ham/business-03.eml", "shift_jis", "8bit", "2024-10-11 17:30:00",
    ("宮本 (ひばり食品)", "miyamoto@hibari-shokuhin.example"),
    [(None, "eigyo@example.co.jp")],
    "本日のご来社のお礼",
    """\
営業部　ご担当者様

本日はお忙しいところ、弊社までお越しいただき
誠にありがとうございました。

ご提案いただいたパッケージの件、社内で検討のうえ、
来週中にお返事いたします。

取り急ぎ、お礼まで。

ひばり食品株式会社　商品企画部　宮本
""",
    via=("[198.51.100.170]", "unknown", "198.51.100.170"), hops=1)

add("ham/business-04.eml", "utf-8", "base64", "2026-03-27 19:05:00",
    ("Sato Ren", "ren.sato@cho-systems.test"),
    [(None, "pm@example.com")],
    "進捗報告（3月第4週）",
    """\
PM各位

佐藤です。今週の進捗をご報告します。

・データ移行：テスト環境で完了、本番は4月4日（土）夜に実施予定
・帳票出力：8割完了、残りは来週
・課題：旧システムのCSVがShift_JISで、一部の外字が化ける

外字の件は、お客様に一覧を確認していただいています。
一覧：https://redmine.cho-systems.test/issues/3127

以上です。
""",
    via=("cho-systems.test", "unknown", "203.0.113.248"))

add("ham/business-05.eml", "iso-2022-jp", "7bit", "2025-11-11 11:45:00",
    ("小川 由美", "ogawa.y@example.co.jp"),
    [("デザイン室 坂口様", "sakaguchi@design-shitsu.example.ne.jp")],
    "パンフレット制作のお見積りのお願い",
    """\
デザイン室
坂口様

突然のご連絡失礼いたします。
株式会社そよかぜ企画の小川と申します。

弊社の会社案内パンフレット（A4、8ページ）の制作について
お見積りをお願いしたく、ご連絡いたしました。

・写真撮影あり（社内2か所）
・納期：来年2月末
・部数：1,000部

ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。

株式会社そよかぜ企画　総務部　小川由美
""",
    via=("mail.example.co.jp", "unknown", "192.0.2.130"))

add("ham/business-06.eml", "utf-8", "quoted-printable", "2025-02-20 16:00:00",
    ("出荷担当 藤井", "fujii@shirotae-seishi.example.net"),
    [(None, "koubai@example.ne.jp")],
    "納品遅延のお詫び",
    """\
購買ご担当者様

白妙製紙の藤井でございます。
2月18日に出荷予定でした上質紙の納品が遅れておりますこと、
深くお詫び申し上げます。

原因は物流センターの設備不具合で、2月24日には
お届けできる見込みです。確定しましたら改めてご連絡いたします。

ご迷惑をおかけし、誠に申し訳ございません。
""",
    via=("p2002-dyn.example.net", "p2002-dyn.example.net", "203.0.113.202"))

add("ham/business-07.eml", "utf-8", "8bit", "2026-06-08 13:30:00",
    ("採用担当 井上", "saiyou@nanohana-tech.example.jp"),
    [(None, "r.kinoshita@freemail.example.com")],
    "二次面接の日程について",
    """\
木下様

この度は弊社の選考にお進みいただき、ありがとうございます。
菜の花テック採用担当の井上です。

二次面接の日程を下記のとおりご案内いたします。

日時：6月15日（月）10:00〜11:00
場所：本社 5階 面接室（受付でお名前をお伝えください）
地図：https://nanohana-tech.example.jp/company/access

ご都合が悪い場合は、このメールにご返信ください。
""",
    via=("nanohana-tech.example.jp", "unknown", "198.51.100.95"), hops=1)

# ===========================================================================
# ham: community
# ===========================================================================

add("ham/community-01.eml", "iso-2022-jp", "7bit", "2025-05-26 20:00:00",
    ("桜台三丁目 町内会", "chounaikai@sakuradai3.example.jp"),
    [(None, "kaiin@sakuradai3.example.jp")],
    "6月の一斉清掃のお知らせ",
    """\
町内会の皆さま

6月の一斉清掃を下記の日程で行います。

日時：6月1日（日）8:00〜9:00（雨天時は8日に延期）
集合：桜台第二公園

軍手とごみ袋は町内会で用意します。
ご協力をよろしくお願いいたします。

町内会長　田村
""",
    rcpt="h.kubo@example.ne.jp",
    via=("[192.0.2.105]", "unknown", "192.0.2.105"))

add("ham/community-02.eml", "shift_jis", "8bit", "2025-09-03 21:10:00",
    ("PTA 学年委員 竹内", "takeuchi.m@home-takeuchi.example"),
    [(None, "pta-4nen@example.ne.jp")],
    "4年生 学年行事のアンケートのお願い",
    """\
4年生保護者の皆さま

学年委員の竹内です。
学年行事の内容を決めるため、アンケートにご協力ください。

　1. 親子レクリエーション（体育館）
　2. 工場見学
　3. 昔遊び体験

希望の番号を9月10日までにこのメールへご返信ください。
""",
    via=("home-takeuchi.example", "unknown", "203.0.113.173"), hops=1)

add("ham/community-03.eml", "utf-8", "quoted-printable", "2026-04-03 22:00:00",
    ("みなとサッカー少年団", "coach@minato-fc.test"),
    [(None, "parents@minato-fc.test")],
    "4月の練習・試合予定",
    """\
保護者の皆さま

4月の予定です。

4/5(日)  練習 9:00-11:00 みなと小学校
4/12(日) 練習試合 vs 北町FC 10:00 北町グラウンド
4/19(日) 練習 9:00-11:00
4/26(日) 市民大会 1回戦（詳細は追って）

練習試合の会場地図 https://minato-fc.test/map/kitamachi
12日は車出しのお願いがあります。ご協力いただける方はご返信ください。

コーチ 三好
""",
    rcpt="y.takano@freemail.example.com",
    qsubj=True,
    via=("mail.minato-fc.test", "mail.minato-fc.test", "192.0.2.226"))

add("ham/community-04.eml", "utf-8", "base64", "2025-12-18 09:00:00",
    ("ひなた市立図書館", "library@city.hinata.example.lg.jp"),
    [(None, "n.yamada@example.jp")],
    "予約資料のご用意ができました",
    """\
山田 様

ご予約の資料がご用意できました。

書名：冬の星座図鑑
受取館：ひなた市立中央図書館
取置期限：12月25日（木）

期限を過ぎると、次の方へ回します。
利用状況の確認：https://library.city.hinata.example.lg.jp/mypage
ご来館をお待ちしております。

ひなた市立図書館
""",
    via=("mail.city.hinata.example.lg.jp", "mail.city.hinata.example.lg.jp", "192.0.2.40"))

add("ham/community-05.eml", "iso-2022-jp", "7bit", "2024-07-30 18:00:00",
    ("光明寺", "koumyouji@koumyouji.example.org"),
    [(None, "danka@koumyouji.example.org")],
    "お盆の法要のご案内",
    """\
檀家の皆さま

暑い日が続いておりますが、いかがお過ごしでしょうか。

本年のお盆の合同法要を、8月14日（水）午前10時より
本堂にて執り行います。

ご参列の方は、8月10日までにお電話でお知らせください。
http://koumyouji.example.org/gyouji/

光明寺
""",
    rcpt="s.morita@example.jp",
    via=("koumyouji.example.org", "unknown", "198.51.100.141"))

add("ham/community-06.eml", "euc-jp", "8bit", "2026-02-09 19:30:00",
    ("管理組合 理事会", "riji@kanri.sunny-heights.example"),
    [(None, "residents@kanri.sunny-heights.example")],
    "給水設備点検に伴う断水のお知らせ",
    """\
居住者の皆さま

給水設備の法定点検のため、下記の時間帯に断水いたします。

日時：2月21日（土）10:00〜12:00
対象：全住戸

前日までに飲み水などをご用意ください。
ご不便をおかけしますが、ご協力をお願いいたします。

サニーハイツ管理組合 理事会
""",
    rcpt="k.aizawa@example.jp",
    via=("kanri.sunny-heights.example", "unknown", "192.0.2.148"))

add("ham/community-07.eml", "utf-8", "8bit", "2025-06-02 07:50:00",
    ("海岸清掃ボランティア", "volunteer@umibe-clean.invalid"),
    [(None, "y.kikuchi@example.jp")],
    "【6/7】海岸清掃ボランティアの集合場所",
    """\
菊池さん

参加のお申し込みありがとうございます！

6月7日（土）7:30 しおさい海岸 第1駐車場に集合です。
帽子、飲み物、汚れてもいい靴でお越しください。
トングと袋はこちらで用意します。

当日の連絡先：090-0000-0607（世話役 浜田）
""",
    via=("umibe-clean.invalid", "unknown", "203.0.113.107"), hops=1)

# ===========================================================================
# ham: personal mail
# ===========================================================================

add("ham/personal-01.eml", "iso-2022-jp", "7bit", "2025-03-18 21:45:00",
    ("母", "kazuko.n@freemail.example.com"),
    [(None, "taro.n@example.ne.jp")],
    "荷物送りました",
    """\
たろうへ

お米と野菜を送りました。明後日には着くと思います。
みかんは早めに食べてね。

お父さんは腰の具合もよくなって、毎朝散歩しています。
ゴールデンウィークには帰ってこられそう？

母より
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.30"))

add("ham/personal-02.eml", "utf-8", "8bit", "2025-07-02 23:12:00",
    ("まなみ", "manami.o@example.jp"),
    [(None, "ayaka.t@example.jp")],
    "夏休みの旅行どうする？",
    """\
あやかー

夏休みの旅行、8月の後半でどう？
温泉か海か迷ってる。

候補：
・海辺の民宿（1泊2食で1万円くらい）
・山の温泉宿（ちょっと高いけど露天風呂つき）
　https://yado.onsen-navi.example.com/p/00314

週末に電話するね！
""",
    hops=1, via=("mail.example.jp", "mail.example.jp", "198.51.100.61"))

add("ham/personal-03.eml", "utf-8", "quoted-printable", "2026-05-10 10:30:00",
    ("Aoi Kondo", "aoi@kondo-family.test"),
    [(None, "r.shibata@example.jp")],
    "結婚おめでとう！",
    """\
りょうこ

結婚おめでとう！！
式の写真、送ってくれてありがとう。ドレスすごく似合ってた。

落ち着いたら、新居に遊びに行かせてね。
お祝いは何がいいか、考えておいてください(笑)

あおい
""",
    via=("[192.0.2.247]", "unknown", "192.0.2.247"), hops=1)

add("ham/personal-04.eml", "iso-2022-jp", "7bit", "2024-04-08 20:00:00",
    ("西川 健一", "k.nishikawa@example.co.jp"),
    [(None, "old-friends@example.ne.jp")],
    "転居のお知らせ",
    """\
皆さま

私事で恐縮ですが、このたび転勤に伴い引っ越しました。

新住所：〒000-0000　宮城県仙台市〇〇区〇〇0-0-0
電話番号は変わりません。

仙台にお越しの際は、ぜひご連絡ください。
牛たん屋をご案内します。

西川健一
""",
    rcpt="c.mori@example.ne.jp",
    via=("mail.example.co.jp", "mail.example.co.jp", "192.0.2.130"))

add("ham/personal-05.eml", "shift_jis", "8bit", "2025-10-26 17:00:00",
    ("みのる", "minoru@home-ueki.example"),
    [(None, "s.hasegawa@example.com")],
    "借りてた本",
    """\
長谷川さん

借りていた本、読み終わりました。ありがとうございました。
後半の展開、まったく予想できませんでした。

来週の囲碁の会のときにお返しします。
続きがあったら、また貸してください。

植木
""",
    via=("home-ueki.example", "unknown", "198.51.100.135"))

add("ham/personal-06.eml", "utf-8", "base64", "2026-08-14 14:02:00",
    ("ゆうた", "yuta.k@example.ne.jp"),
    [(None, "kazuko.n@freemail.example.com")],
    "着いた",
    """\
いま駅に着いた。迎えはいらないよ、バスで帰る。
""",
    via=("p1408-dyn.example.ne.jp", "p1408-dyn.example.ne.jp", "198.51.100.14"))

add("ham/personal-07.eml", "utf-8", "8bit", "2025-01-27 07:30:00",
    ("Haruka", "haruka.s@kondo-family.test"),
    [(None, "mika.o@freemail.example.com")],
    "お誕生日おめでとう",
    """\
みかちゃん

お誕生日おめでとう！🎂
素敵な一年になりますように。

今度の土曜日、ケーキ持っていくね。
""",
    via=("kondo-family.test", "unknown", "203.0.113.253"))
