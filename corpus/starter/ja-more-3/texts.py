# -*- coding: utf-8 -*-
"""Texts and per-message settings of the ja-more-3 starter messages.

Everyday Japanese mail and non-phishing spam.  Every text here was written
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
  hard      True on ham that shares its vocabulary with spam (sale
            newsletters, prize notices, B2B sales from a real vendor,
            seminars, reminders, forwarded or quoted spam, ...)

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


# ===========================================================================
# spam
# ===========================================================================
add("spam/ad-label-01.eml", "iso-2022-jp", "7bit", "2024-02-14 10:12:44",
    ("健康通販ひまわり堂", "info@himawari-do.example.co.jp"),
    [(None, "t.maeda@example.ne.jp")],
    "未承諾広告※　黒酢にんにく卵黄　初回半額モニター募集",
    """\
未承諾広告※
送信者：健康通販ひまわり堂
住所：東京都千代田区外神田0-0-0
電話：03-0000-0412

―――――――――――――――――――――
　毎朝のだるさ、年齢のせいにしていませんか？
―――――――――――――――――――――

九州産の黒酢と国産にんにく、有精卵の卵黄を
じっくり練り上げた「黒酢にんにく卵黄」。

ただいま初回モニター様を100名限定で募集中です。

　通常価格　　5,980円（税込）
　モニター価格 2,990円（税込・送料無料）

▼お申し込みはこちら
http://himawari-do.example.co.jp/lp/kurozu/?m=0214

※お一人様1回限り。定期コースのお申し込みとなります。
※今後このようなメールが不要な方は、本文を削除せずに
　本メールにそのまま返信してください。
""",
    via=("mail.himawari-do.example.co.jp", "mail.himawari-do.example.co.jp", "203.0.113.57"))

add("spam/ad-label-02.eml", "utf-8", "quoted-printable", "2025-06-03 21:40:09",
    ("スリムビューティー事務局", "news@slim-beauty.test"),
    [(None, "yuka.hirano@example.com")],
    "【広 告】夏までに間に合う！話題の燃焼ジェル、今だけ83%OFF", qsubj=True,
    text="""\
【広 告】

お客様各位

SNSで話題沸騰中の「燃やしジェル」がついに日本上陸！
塗ってマッサージするだけで、気になるお腹まわりがスッキリ。

★ 楽天ランキング1位獲得（※当社調べ）
★ 累計販売数 38万本突破
★ 芸能人・モデルも愛用

本日から6月8日（日）まで、特別価格でご案内中。

　通常 9,800円 → 今だけ 1,666円（83%OFF）

在庫がなくなり次第終了です。お急ぎください！

▶ 詳しくはこちら
https://slim-beauty.test/gel/campaign?ref=ml0603

配信停止：https://slim-beauty.test/stop
""",
    ret="bounce-0603@mta3.slim-beauty.test",
    via=("mta3.slim-beauty.test", "mta3.slim-beauty.test", "198.51.100.203"),
    headers=[("List-Unsubscribe", "<https://slim-beauty.test/stop?e=yuka.hirano>")])

add("spam/ad-label-03.eml", "shift_jis", "8bit", "2024-09-18 03:27:51",
    ("ﾌﾟﾚﾐｱﾑ情報局", "premium-info@example.net"),
    [(None, "sato-kazu@example.jp")],
    "末承諾広告※ 【完全無料】ｼｰｸﾚｯﾄ特典のご案内",
    """\
末承諾広告※

いつもご覧いただきありがとうございます。
ﾌﾟﾚﾐｱﾑ情報局です。

今回は会員様だけに特別なご案内です。

　◆登録料　０円
　◆月額料金　０円
　◆ｼｰｸﾚｯﾄ特典　３０,０００円分ﾌﾟﾚｾﾞﾝﾄ

今すぐ無料登録して特典を受け取ってください。
http://premium-jkk.example.ne.jp/top.php?id=88213

※受信拒否はこちら
http://premium-jkk.example.ne.jp/stop.php
""",
    ret="u88213@bulk7.example.net",
    via=("bulk7.example.net", "unknown", "192.0.2.177"), hops=1)

add("spam/dating-01.eml", "utf-8", "base64", "2024-11-27 23:58:12",
    ("ゆりこ", "yuriko.k1987@freemail.example.com"),
    [(None, "k.ishida@example.co.jp")],
    "突然ごめんなさい、近くに住んでいる者です",
    """\
はじめまして、ゆりこです。
いきなりメールしてごめんなさい。

プロフィールを見て、住んでいる所が近いみたいだったので
思い切って連絡してみました。

38歳、結婚して10年になります。
主人は単身赴任中で、平日の夜はずっと一人です。
正直ちょっと寂しくて…。

お茶とか、お食事だけでもいいので
一度会ってもらえませんか？

写真はこちらに載せています。
ここのメッセージなら主人にバレないので安心です。
https://yoru-no-tomo.example/p/yuriko87

お返事待ってますね。
""",
    ret="yuriko.k1987@freemail.example.com",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.31"))

add("spam/dating-02.eml", "iso-2022-jp", "7bit", "2025-03-09 01:14:37",
    ("運営サポート", "support@deai-square.test"),
    [(None, "m.fujii@example.ne.jp")],
    "【未読3件】あなた宛のメッセージが保管期限を迎えます",
    """\
■未読メッセージのお知らせ

あなた宛に女性会員様からメッセージが届いています。

　差出人：まい（24）／ 差出人：あやか（31）／ 差出人：ちひろ（27）

「今夜ひまです。すぐ会える人がいいな」
「大人の関係でも大丈夫な方、連絡ください」

保管期限は本日23時59分までです。
期限を過ぎるとメッセージは削除されます。

▼今すぐ無料で読む（ポイント消費なし）
http://deai-square.test/mb/inbox?u=4471020

─────────────
出会いスクエア運営事務局
※18歳未満の方のご利用は禁止しております。
""",
    via=("[203.0.113.148]", "unknown", "203.0.113.148"), hops=1)

add("spam/sidejob-01.eml", "utf-8", "quoted-printable", "2025-04-22 12:03:30",
    ("副業サポート窓口 高橋", "takahashi@fukugyou-lab.example"),
    [(None, "n.yamamoto@example.com")],
    "【スマホ1台】1日たった10分の作業で月収50万円を達成した方法",
    """\
突然のご連絡失礼いたします。
副業サポート窓口の高橋と申します。

「本業の給料が上がらない」
「将来のお金が不安」
そんな方に、スマホ1台で始められる副業をご紹介しています。

・1日10分、スキマ時間でOK
・知識・経験ゼロから月収50万円
・すでに3,200名以上が実践中

やることは、指示どおりにスマホをタップするだけ。

詳しいやり方は、公式LINEで無料公開しています。
友だち追加してくれた方には、今だけ
「最初の1週間で3万円稼ぐ手順書」をプレゼント中です。

▼公式LINEに登録する（無料）
https://fukugyou-lab.example/line/add?src=mail0422

※先着50名様で締め切ります。
""",
    html="""\
<html><body style="margin:0;background:#fffbe6">
<div style="max-width:600px;margin:auto;font-family:sans-serif">
<p style="font-size:22px;font-weight:bold;color:#d00">スマホ1台で月収50万円！</p>
<p>1日10分、スキマ時間でOK。知識・経験ゼロから始められます。</p>
<p>すでに<b>3,200名以上</b>が実践中。やることは指示どおりにタップするだけ。</p>
<p style="text-align:center"><a href="https://fukugyou-lab.example/line/add?src=mail0422" style="display:inline-block;background:#06c755;color:#fff;padding:14px 40px;border-radius:30px;text-decoration:none">LINEで無料登録する</a></p>
<p style="font-size:12px">※先着50名様で締め切ります。</p>
</div></body></html>
""",
    via=("mx02.fukugyou-lab.example", "mx02.fukugyou-lab.example", "198.51.100.77"))

add("spam/info-product-01.eml", "utf-8", "8bit", "2024-06-11 20:30:00",
    ("松永ゆうき", "yuki@matsunaga-method.test"),
    [(None, "hiro.ogawa@example.net")],
    "【最終案内】年収300万円だった私が、ネットで1億円を稼いだ全手順を公開します",
    """\
こんばんは、松永です。

今日は少し長くなりますが、大事な話なので最後まで読んでください。

5年前、僕は手取り18万円の派遣社員でした。
毎月の家賃を払うのがやっとで、貯金はゼロ。

そんな僕が、ある「仕組み」を知ってから人生が一変しました。

・1年目で月収100万円
・3年目で年商1億円
・今は好きな時に好きな場所で働いています

この仕組みを、まとめた教材「ゼロイチ錬金メソッド」を
今回だけ、特別価格でお譲りします。

　通常価格：498,000円
　今回限り：29,800円（明日の正午で終了）

「自分にもできるかな」と思ったあなた、大丈夫です。
パソコンが苦手な60代の方でも、実践2か月で
月30万円を達成しています。

お申し込みはこちら↓
https://matsunaga-method.test/zeroichi/order

※返金保証付き。結果が出なければ全額お返しします。
※このチャンスを逃すと、次回の募集は未定です。

松永ゆうき
""",
    ret="mag-bounce@send.matsunaga-method.test",
    via=("send.matsunaga-method.test", "send.matsunaga-method.test", "192.0.2.211"),
    headers=unsub("https://matsunaga-method.test/mag/stop?u=hiro.ogawa"))

add("spam/keiba-01.eml", "iso-2022-jp", "7bit", "2025-05-30 18:45:22",
    ("競馬総合研究所", "yosou@keiba-souken.example.com"),
    [(None, "yamaguchi.t@example.jp")],
    "【日本ダービー】関係者情報で確定！ 3連単1点勝負の買い目を無料公開",
    """\
競馬ファンの皆様へ

今週はいよいよ日本ダービー。
当研究所には、厩舎関係者・騎手周辺から
「ここでしか聞けない情報」が続々と届いています。

　▼直近の的中実績
　　オークス　　3連単　182,400円 的中
　　NHKマイルC　3連単　96,750円 的中
　　年間的中率　92.4%

今回のダービーは「3連単1点勝負」。
無料会員様限定で、買い目を公開いたします。

無料登録はこちら（メールアドレスのみ）
http://keiba-souken.example.com/regist/?af=m530

※的中を保証するものではありません。
※馬券の購入は20歳になってから。
""",
    ret="news@mail4.keiba-souken.example.com",
    via=("mail4.keiba-souken.example.com", "mail4.keiba-souken.example.com", "203.0.113.96"))

add("spam/pachinko-01.eml", "shift_jis", "8bit", "2024-08-02 09:11:05",
    ("攻略ﾌﾟﾛｼﾞｪｸﾄ事務局", "info@slot-kouryaku.example"),
    [(None, "kenji_w@example.ne.jp")],
    "【ｽﾛｯﾄ攻略】設定６を見抜く裏ﾓｰﾄﾞ情報、今月だけ無料",
    """\
いつもお世話になっております。
攻略プロジェクト事務局です。

メーカー関係者から入手した「裏モード」の打ち方を
今月に限り無料で公開します。

　・ホール側の設定６投入日を見抜く方法
　・特定の順番で押すだけで当たりを引き寄せる手順
　・実践者の平均収支　月＋４２万円

パチンコ・パチスロで負け続けている方こそ
一度試してみてください。

↓無料で受け取る
http://slot-kouryaku.example/ura/entry?c=802

※情報料は一切かかりません（一部有料ｺﾝﾃﾝﾂあり）
""",
    via=("slot-kouryaku.example", "unknown", "198.51.100.19"), hops=1)

add("spam/casino-01.eml", "utf-8", "base64", "2025-01-17 22:06:48",
    ("LUCKY SAKURA CASINO", "promo@luckysakura-casino.test"),
    [(None, "r.kobayashi@example.com")],
    "🎰 入金不要ボーナス$30プレゼント！今夜スタートできます",
    "",
    html_only=True,
    html="""\
<html><body style="background:#120016;color:#fff;font-family:sans-serif">
<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://cdn.luckysakura-casino.test/img/banner_0117.jpg" width="560" alt="LUCKY SAKURA CASINO">
<h2 style="color:#ffd700">新規登録だけで $30 もらえる！</h2>
<p>入金不要ボーナス $30 ＋ 初回入金 200% ボーナス（最大 $1,000）</p>
<p>スロット・ライブバカラ・ルーレットなど3,000種類以上</p>
<p>出金スピード最短5分。日本語サポート24時間対応。</p>
<p><a href="https://luckysakura-casino.test/ja/signup?aff=M0117" style="background:#ffd700;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">今すぐ無料で遊ぶ</a></p>
<p style="font-size:11px;color:#aaa">当カジノはキュラソー政府のライセンスを取得して運営されています。<br>
配信停止は<a href="https://luckysakura-casino.test/unsub" style="color:#aaa">こちら</a></p>
</div></body></html>
""",
    ret="bounce@mx.luckysakura-casino.test",
    via=("mx.luckysakura-casino.test", "mx.luckysakura-casino.test", "192.0.2.66"),
    headers=unsub("https://luckysakura-casino.test/unsub?c=M0117"))

add("spam/casino-02.eml", "utf-8", "quoted-printable", "2024-12-24 19:20:13",
    ("Vegas Royal JP", "vip@vegasroyal.example.org"),
    [(None, "shun.ito@example.jp")],
    "VIP限定 Christmas Free Spins x100 - Claim now!!",
    """\
Dear VIP Member 様

Merry Christmas!! 特別な夜に特別なプレゼントです。

★ Free Spins x100 (no deposit required)
★ Cashback 25% every weekend
★ 最高 1,000倍 Jackpot チャンス

アカウントにログインするだけで自動付与されます。
Offer expires in 24 hours.

>> CLAIM YOUR SPINS
https://vegasroyal.example.org/jp/xmas?id=vr-24117

Play responsibly. 18+ only.
To stop receiving: https://vegasroyal.example.org/optout
""",
    ret="mailer@out2.vegasroyal.example.org",
    via=("out2.vegasroyal.example.org", "out2.vegasroyal.example.org", "198.51.100.140"),
    headers=unsub("https://vegasroyal.example.org/optout?id=vr-24117"))

add("spam/invest-celeb-01.eml", "utf-8", "base64", "2025-02-26 08:15:40",
    ("宮前ひろし事務所", "office@miyamae-hiroshi.invalid"),
    [(None, "keiko.s@example.ne.jp")],
    "【宮前ひろしです】これが最後の恩返しです。資産を10倍にする銘柄を無償でお伝えします",
    """\
はじめまして。経済アナリストの宮前ひろしです。
テレビや新聞でご存じの方もいらっしゃるかと思います。

私は今年で70歳になりました。
これまで支えてくださった皆さまへの最後の恩返しとして、
私が長年かけて築いた投資ノウハウを無償で公開することにしました。

現在、私の公式LINEグループでは毎日
「今日買うべき銘柄」を無料で配信しています。

実際に参加された方からは
「3か月で資産が5倍になった」
「老後の不安がなくなった」
と喜びの声をいただいています。

参加費用は一切かかりません。
定員になり次第締め切りますので、お早めにどうぞ。

▼公式LINEグループに参加する
https://miyamae-invest.example/line/join?k=0226

宮前ひろし
※本メールは宮前ひろし事務所のアシスタントが送信しています。
""",
    ret="noreply@mailer.miyamae-invest.example",
    via=("mailer.miyamae-invest.example", "unknown", "203.0.113.201"))

add("spam/invest-line-01.eml", "iso-2022-jp", "7bit", "2024-07-08 11:32:09",
    ("株式投資研究会", "seminar@kabu-kenkyu.example.jp"),
    [(None, "h.kimura@example.co.jp")],
    "【無料招待】AI株式投資の勉強会グループへのご招待（残り7席）",
    """\
木村様

突然のご連絡失礼いたします。
株式投資研究会の事務局でございます。

このたび、弊会の主催する「AI株式投資 実践勉強会」のLINEグループに
木村様をご招待させていただくことになりました。

勉強会では、講師のアシスタントが毎日AIで分析した推奨銘柄を配信し、
メンバー全員で同じタイミングで売買を行います。
先月のグループ平均利益率は＋38.6%でした。

・参加費、会費：完全無料
・必要なもの：LINEアカウントのみ
・募集枠：残り7名

下記のQRコードページよりLINEグループにご参加ください。
http://kabu-kenkyu.example.jp/group/qr.html

ご参加後、アシスタントの「佐藤」よりご挨拶のメッセージを
お送りいたします。
""",
    via=("mail.kabu-kenkyu.example.jp", "p2210-ipoe.osaka.example.ne.jp", "192.0.2.34"))

add("spam/crypto-airdrop-01.eml", "utf-8", "quoted-printable", "2025-08-13 04:48:26",
    ("Web3 Reward Center", "airdrop@web3reward.example"),
    [(None, "daisuke.m@example.com")],
    "【受取期限48時間】未請求のエアドロップ 3,250 USDT があります", qsubj=True,
    text="""\
Web3 Reward Center よりお知らせです。

お客様のウォレットアドレスが、第3期エアドロップの
対象として選ばれました。

　配布数量：3,250 USDT（約48万円相当）
　受取期限：本メール送信から48時間

受け取りには、お使いのウォレットを接続して
「Claim」ボタンを押すだけです。

https://web3reward.example/claim?season=3

※ガス代として 0.015 ETH が必要です。
※期限を過ぎた分は他の参加者に再配布されます。
""",
    via=("relay.web3reward.example", "unknown", "198.51.100.233"), hops=1)

add("spam/crypto-mining-01.eml", "utf-8", "8bit", "2024-04-05 15:07:33",
    ("Hashline Japan", "info@hashline-jp.example.com"),
    [(None, "ayumi.t@example.jp")],
    "日利3.2%、ほったらかしで増えるクラウドマイニング【元本保証】",
    """\
いつもお世話になっております。Hashline Japan です。

ビットコインのマイニングに、機械もスキルも不要で
参加できる「クラウドマイニング」をご存じですか？

当社のマイニング工場（カザフスタン）の計算力を
1口10万円からレンタルでき、毎日報酬が自動で入金されます。

　日利　3.2%（年利換算1,168%）
　元本保証あり
　最低投資額　100,000円
　紹介報酬　10%

今月中にお申し込みの方には、ボーナスとして
1口分を無料で追加いたします。

お申し込み・ご相談はこちら
https://hashline-jp.example.com/plan/apply

Hashline Japan 日本窓口
""",
    ret="bounce@hashline-jp.example.com",
    via=("smtp3.hashline-jp.example.com", "smtp3.hashline-jp.example.com", "203.0.113.168"))

add("spam/lottery-01.eml", "iso-2022-jp", "7bit", "2024-10-21 06:02:11",
    ("国際宝くじ管理センター", "claims@intl-lotto.example.net"),
    [(None, "f.nakano@example.ne.jp")],
    "【当選確定】オーストラリア・パワーボール 2等 1億2,400万円",
    """\
当選者各位

おめでとうございます。
貴方のメールアドレスが、国際電子抽選により
オーストラリア・パワーボール第1422回の2等に選ばれました。

　当選金額：124,000,000円
　当選番号：AU-1422-0087-JP
　受付期限：10月31日

当選金の受け取りには、国際送金手続き費用として
28,000円を事前にお振込みいただく必要があります。
（当選金から差し引くことは法律上できません）

下記のフォームに氏名・住所・電話番号をご記入のうえ
ご返信ください。担当者より振込先をご案内いたします。

http://intl-lotto.example.net/claim/form?no=AU1422

本件は当選者保護のため、他言されないようお願いいたします。

国際宝くじ管理センター 日本支部
""",
    headers=[("Reply-To", "<au-claims-desk@freemail.example.com>")],
    via=("intl-lotto.example.net", "dsl-198-51-100-61.example.net", "198.51.100.61"), hops=1)
add("spam/inheritance-01.eml", "utf-8", "base64", "2025-07-02 02:33:19",
    ("Barrister James Okoye", "j.okoye.chambers@example.org"),
    [(None, "s.hashimoto@example.co.jp")],
    "親愛なる友へ：遺産相続に関する極秘のご提案",
    """\
親愛なる友へ

この手紙がお元気なあなたに届くことを願っています。
私はロンドンで弁護士をしているジェームズ・オコエです。

私の依頼人である故ハシモト・ケンジ氏（日本国籍の実業家）は
2019年に交通事故で家族とともに亡くなりました。
彼は当銀行に 8,700,000 米ドルの預金を残しましたが、
相続人が見つかっていません。

あなたが故人と同じ姓であるため、最も近い親族として
この資金を受け取る手続きを提案します。
手続きは完全に合法で、リスクはありません。
資金は、あなた 50%、私 40%、諸経費 10% で分けます。

ご興味があれば、氏名、住所、電話番号、職業を
下記のプライベートアドレスまでお送りください。
j.okoye.private@freemail.example.com

この件は秘密に保つことをお願いします。

敬具
ジェームズ・オコエ
""",
    headers=[("Reply-To", "<j.okoye.private@freemail.example.com>")],
    via=("[192.0.2.248]", "unknown", "192.0.2.248"))

add("spam/advance-fee-01.eml", "iso-2022-jp", "7bit", "2025-09-19 13:24:50",
    ("支援金受付センター", "center@shienkin-uketsuke.test"),
    [(None, "okamoto.y@example.jp")],
    "【最終確認】岡本様への支援金800万円のお振込みが保留中です",
    """\
岡本様

先日ご案内いたしました「社会貢献支援プログラム」の
支援金800万円につきまして、お振込みが保留となっております。

保留の理由：受取口座の認証手数料（5,000円）が未払いのため

認証手数料のお支払いを確認でき次第、
即日で800万円を全額お振込みいたします。

お支払いは電子マネーギフトにて承っております。
下記ページから手続きをお願いいたします。

http://shienkin-uketsuke.test/pay/step2?uid=OKM4471

本日中にお手続きがない場合、支援の権利は
次の候補者様へ移りますのでご注意ください。

支援金受付センター　担当：西田
""",
    via=("shienkin-uketsuke.test", "unknown", "203.0.113.19"), hops=1)

add("spam/romance-01.eml", "utf-8", "quoted-printable", "2024-05-16 07:51:03",
    ("Dr. Michael Brown", "dr.m.brown.un@freemail.example.com"),
    [(None, "tomoko.a@example.ne.jp")],
    "Hello my dear, はじめまして", qsubj=True,
    text="""\
Hello my dear,

はじめまして。私はマイケルです。アメリカ人です。
現在、国連の医師としてシリアで働いています。
翻訳アプリを使っていますので、日本語が変だったらごめんなさい。

私は妻をがんで亡くし、12歳の娘と二人です。
日本の文化と、日本の女性の優しさにずっと憧れていました。

あなたのプロフィールを見て、とても心が温かくなりました。
I believe God brought us together.

任務が終わったら、日本に住みたいと思っています。
そのとき、あなたが近くにいてくれたら嬉しいです。

もしよろしければ、私とお友達になってくれませんか？
Please reply to me, I am waiting for your message.

With love,
Michael
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.31"))

add("spam/romance-02.eml", "shift_jis", "base64", "2025-10-04 16:09:58",
    (None, "haruka.0512@example.ne.jp"),
    [(None, "yoshida.k@example.com")],
    "久しぶり！覚えてる？",
    """\
久しぶり！はるかだよ〜
覚えてるかな？前に飲み会で少し話したと思うんだけど…

スマホが壊れちゃって、連絡先が全部消えちゃったの。
残ってたのがこのアドレスだけだったから連絡してみた！

最近どうしてる？
実は最近、投資の勉強を始めて、けっこううまくいってるんだ。
よかったら今度ご飯でも行かない？

メールだと返事遅くなっちゃうから、LINEで話そう。
ID：haru_0512
待ってるね♪
""",
    via=("p1841-ipoe.fukuoka.example.ne.jp", "p1841-ipoe.fukuoka.example.ne.jp", "198.51.100.84"))

add("spam/kakuu-01.eml", "iso-2022-jp", "7bit", "2024-03-12 10:05:41",
    ("デジタルコンテンツ料金管理センター", "kanri@contents-ryokin.example.jp"),
    [(None, "s.morita@example.ne.jp")],
    "【重要】有料動画サイトのご利用料金未納について（最終通知）",
    """\
お客様各位

お客様がご登録された有料動画サイトにつきまして、
無料期間終了後の退会手続きが確認できておりません。
そのため、月額利用料金が発生し、現在下記の料金が未納となっております。

　未納金額：　298,000円（延滞金・遅延損害金を含む）
　登録日：　　2023年11月
　運営会社：　株式会社ティーエムプランニング

本日より3日以内にご連絡をいただけない場合、
弊社顧問弁護士を通じて法的措置（少額訴訟）の手続きに入ります。
また、お客様の勤務先・ご家族への調査が行われる場合もございます。

退会手続きおよびお支払いのご相談は
下記窓口までお電話ください。

　料金管理センター　03-0000-7719（平日9時〜18時）
　担当：木下

※本通知は最終通知となります。
""",
    via=("mail.contents-ryokin.example.jp", "unknown", "192.0.2.121"))

add("spam/kakuu-02.eml", "euc-jp", "8bit", "2025-06-17 14:40:02",
    ("民事訴訟管理局", "soshou@minji-kanri.example.lg.jp"),
    [(None, "ishikawa.h@example.jp")],
    "訴訟最終告知のお知らせ",
    """\
訴訟最終告知のお知らせ

この度、ご通知致しましたのは、貴方様の利用されていた
契約会社、ないしは運営会社から契約不履行による
民事訴訟として、訴状が提出されました事をご通知致します。

管理番号：い−２２８
取り下げ最終期日：６月１９日

このまま御連絡なき場合には、原告側の主張が全面的に
受理され、裁判所から督促状が届き、給与差し押さえ、
動産物、不動産の差し押さえを執行させて頂きます。

書類の取り下げ等、ご相談に関しましては
当局にて承っておりますので、お問い合わせ下さい。

　民事訴訟管理局　０３−００００−４２５１
　受付時間　９：００〜１８：００
""",
    via=("[198.51.100.222]", "unknown", "198.51.100.222"), hops=1)

add("spam/lawyer-01.eml", "utf-8", "base64", "2025-02-04 09:30:17",
    ("ひかり総合法律事務所", "saiken@hikari-law.example"),
    [(None, "nishimura@example.co.jp")],
    "【受任通知】債権譲渡に伴うお支払いのご請求",
    """\
西村 様

当事務所は、株式会社エムアンドエスファイナンス（以下「譲渡人」）より、
貴殿に対する下記債権の回収業務を受任いたしましたので、ご通知いたします。

　債権の種類：　通信販売代金および利用料
　請求金額：　　187,600円（遅延損害金含む）
　お支払期限：　2月7日（金）

期限までにお支払い、またはご連絡がない場合は、
やむを得ず支払督促の申立て等、法的手続きに移行いたします。

お支払い方法のご相談は、下記の専用フォームより
受任番号を入力のうえお問い合わせください。

　受任番号：HK-25-0318
　https://hikari-law.example/saiken/form

ひかり総合法律事務所
債権回収部　担当弁護士　大野
""",
    via=("mail.hikari-law.example", "unknown", "203.0.113.74"))

add("spam/sextortion-01.eml", "utf-8", "8bit", "2024-08-29 03:44:08",
    (None, "k.ishida@example.co.jp"),
    [(None, "k.ishida@example.co.jp")],
    "Your account has been hacked. 重要なお知らせ",
    """\
こんにちは。

すでにお気づきかもしれませんが、このメールはあなたのアカウントから送信しています。
つまり、私はあなたのデバイスに完全にアクセスできます。

数か月前、あなたがアダルトサイトを閲覧しているときに
私のマルウェアがあなたのデバイスに感染しました。
カメラで撮影した映像と、閲覧していた画面を合成した動画を持っています。

この動画をあなたの連絡先すべて（家族、同僚、友人）に送ることもできます。

それを望まないなら、1,200 USD 相当のビットコインを下記のアドレスに送ってください。
BTC: 1Example0000NotARealAddress0000xyz

支払いを確認したら、動画は削除し、二度と連絡しません。
期限は48時間です。このメールを開いた時点でタイマーが作動しています。

警察に相談しても無駄です。私を追跡することはできません。
""",
    via=("host-192-0-2-59.static.example.com", "host-192-0-2-59.static.example.com", "192.0.2.59"), hops=1)

add("spam/ed-drug-01.eml", "shift_jis", "8bit", "2024-12-06 17:55:31",
    ("ﾒﾝｽﾞﾍﾙｽ通販", "shop@mens-health-direct.test"),
    [(None, "a.kondo@example.jp")],
    "自信を取り戻す。バイア■ラ ジェネリック 1錠98円〜",
    """\
男性の悩み、ひとりで抱えていませんか？

海外正規品のジェネリック医薬品を
病院に行かずに個人輸入でお届けします。

　・バイア■ラ ジェネリック 100mg　1錠 98円〜
　・シア■ス ジェネリック 20mg　1錠 120円〜
　・まとめ買いで最大50%OFF

◆処方箋不要
◆中身がわからない梱包で配送
◆誰にも知られずに購入できます

ご注文はこちら
http://mens-health-direct.test/shop/?pr=1206

※本メールの配信停止は上記サイトからお手続きください。
""",
    via=("mens-health-direct.test", "unknown", "198.51.100.39"))

add("spam/diet-01.eml", "utf-8", "quoted-printable", "2025-04-09 07:22:45",
    ("健康美容ラボ", "info@kenbi-lab.example.co.jp"),
    [(None, "mai.tanaka@example.com")],
    "【飲むだけ】食事制限なしで1か月マイナス8kg…医師も驚いた成分とは", qsubj=True,
    text="""\
「運動も食事制限も続かない…」
そんなあなたに朗報です。

ある成分を飲むだけで、
1か月でマイナス8kgを達成した女性が続出しています。

■ 愛用者の声
「産後太りが嘘みたいに落ちました」（34歳・主婦）
「お腹まわりが−12cm！」（41歳・会社員）

医師も「これは画期的」と驚いた成分を
1日2粒で手軽に摂れるのが「スルスルEX」です。

今なら初回限定 980円（送料無料）
さらに、2袋目も無料でついてきます。

▼初回980円で試す
https://kenbi-lab.example.co.jp/lp/surusuru-ex?cp=0409

※効果には個人差があります。
""",
    via=("mail2.kenbi-lab.example.co.jp", "mail2.kenbi-lab.example.co.jp", "203.0.113.109"))

add("spam/hair-01.eml", "iso-2022-jp", "7bit", "2024-01-23 19:38:02",
    ("育毛研究所", "info@ikumou-kenkyujo.example.com"),
    [(None, "nakamura.s@example.ne.jp")],
    "40代から始める、薄毛への最終回答。モニター価格で提供中",
    """\
鏡を見るたびに、ため息をついていませんか？

生え際や頭頂部の変化は、放っておくと
どんどん進行していきます。

育毛研究所が10年かけて開発した
医薬部外品「黒髪エッセンスα」は
天然由来の有効成分を24種類配合。

　・使用者満足度　96%
　・全額返金保証　60日間
　・定期コース初回　1,980円（通常8,980円）

今なら専用の頭皮ブラシもプレゼント。

お申し込みはこちら
http://ikumou-kenkyujo.example.com/alpha/?m=0123

※配信停止をご希望の方はこちら
http://ikumou-kenkyujo.example.com/mail/stop
""",
    via=("smtp.ikumou-kenkyujo.example.com", "smtp.ikumou-kenkyujo.example.com", "192.0.2.196"))

add("spam/supplement-01.eml", "utf-8", "base64", "2025-10-15 11:47:26",
    ("元気生活ダイレクト", "direct@genki-seikatsu.example.jp"),
    [(None, "k.sasaki@example.jp")],
    "【ご愛顧感謝】膝の痛みが消えた！70代の方からお喜びの声が続々",
    """\
いつもありがとうございます。元気生活ダイレクトです。

「階段の上り下りがつらい」
「正座ができなくなった」

そんなお悩みを抱える方に選ばれているのが
グルコサミン＋コンドロイチン配合の「ひざ楽々ゴールド」です。

お客様の声
「飲み始めて2週間で、また散歩ができるようになりました」（76歳・男性）
「孫と公園に行けるようになりました」（72歳・女性）

今月末までのご注文で
　通常価格 7,560円 → 特別価格 1,000円
さらに、もう1袋を無料でお付けします。

お電話でのご注文：0120-000-811（年中無休）
ネットでのご注文：https://genki-seikatsu.example.jp/hiza/

※個人の感想であり、効果を保証するものではありません。
""",
    via=("mta.genki-seikatsu.example.jp", "mta.genki-seikatsu.example.jp", "198.51.100.156"))

add("spam/fortune-01.eml", "utf-8", "8bit", "2025-01-04 00:12:55",
    ("霊視鑑定師 紫苑", "shion@reishi-kantei.example"),
    [(None, "chihiro.w@example.net")],
    "【緊急鑑定】ちひろ様、2025年に大きな運気の転換期が訪れます",
    """\
ちひろ様

はじめまして。霊視鑑定師の紫苑と申します。

新年の祈祷を行っていたところ、ちひろ様のお名前が
強く浮かび上がりましたので、急ぎご連絡いたしました。

ちひろ様の守護霊が、今年の春に
「一生に一度の金運の波」が訪れると告げています。
しかし同時に、その波を妨げる悪い気も見えております。

このままでは、せっかくの幸運を逃してしまうかもしれません。

紫苑が特別に祈祷を込めた「開運天然石ブレスレット」を
身につけることで、悪い気を祓い、運気を呼び込めます。

本来 39,800円のところ、ちひろ様には特別に
9,800円でお譲りいたします。（限定3名様）

詳しい鑑定結果はこちらからご覧ください。
https://reishi-kantei.example/result?n=chihiro

紫苑
""",
    ret="m-1104@mailer.reishi-kantei.example",
    via=("mailer.reishi-kantei.example", "unknown", "192.0.2.208"))

add("spam/fortune-02.eml", "iso-2022-jp", "7bit", "2024-06-27 21:17:39",
    ("開運堂本舗", "kaiun@kaiundo.example.net"),
    [(None, "m.yoshikawa@example.co.jp")],
    "宝くじ高額当選者が続出！金運を呼ぶ黄金の招き猫",
    """\
金運に恵まれたい方へ、特別なお知らせです。

全国の寺院で開眼供養を受けた「黄金の招き猫」。
お持ちいただいた方から、喜びの報告が届いています。

　「年末ジャンボで1,000万円が当たりました」（神奈川県・S様）
　「借金を完済し、念願のマイホームを購入」（大阪府・T様）
　「宝くじで3等100万円に当選」（福岡県・M様）

今なら、金運アップの風水財布もセットでお届けします。

　黄金の招き猫＋風水財布セット
　通常 49,800円 → 特別価格 19,800円

ご注文はお電話またはホームページから。
http://kaiundo.example.net/manekineko/

開運堂本舗　0120-000-557
""",
    via=("kaiundo.example.net", "ns1.kaiundo.example.net", "203.0.113.226"))
add("spam/fake-shop-01.eml", "utf-8", "quoted-printable", "2024-11-08 14:20:37",
    ("BRAND OUTLET JAPAN", "sale@brand-outlet.example.co.jp"),
    [(None, "yumi.okada@example.jp")],
    "【閉店在庫一掃】ルイヴィトン・グッチ・エルメス 正規品 最大90%OFF",
    """\
ブランドアウトレットジャパンをご覧いただきありがとうございます。

このたび、都内の実店舗閉店にともない、
在庫を大幅値下げにて一掃いたします。

　ルイヴィトン 長財布　　 78,000円 → 8,900円
　グッチ ショルダーバッグ 198,000円 → 19,800円
　エルメス スカーフ　　　 52,000円 → 5,200円

すべて正規品・鑑定済みです。

お支払いは銀行振込のみとなります。
（振込確認後、3〜5日で発送いたします）

▼セール会場はこちら
https://brand-outlet-jp.example.com/sale/

在庫限りのため、売り切れの際はご容赦ください。
""",
    html="""\
<html><body style="font-family:sans-serif">
<div style="background:#000;color:#c9a96e;text-align:center;padding:10px;font-size:20px">CLOSING SALE 最大90%OFF</div>
<table width="100%" style="text-align:center"><tr>
<td><img src="https://brand-outlet-jp.example.com/img/lv-wallet.jpg" width="180"><br>ルイヴィトン 長財布<br><s>78,000円</s> <b style="color:red">8,900円</b></td>
<td><img src="https://brand-outlet-jp.example.com/img/gucci-bag.jpg" width="180"><br>グッチ ショルダーバッグ<br><s>198,000円</s> <b style="color:red">19,800円</b></td>
</tr></table>
<p style="text-align:center"><a href="https://brand-outlet-jp.example.com/sale/">セール会場へ</a></p>
<p style="font-size:11px">お支払いは銀行振込のみです。</p>
</body></html>
""",
    via=("brand-outlet.example.co.jp", "vps-203-0-113-12.example.ne.jp", "203.0.113.12"))

add("spam/fake-shop-02.eml", "utf-8", "base64", "2025-07-25 10:01:59",
    ("家電わくわく倉庫", "info@kaden-wakuwaku.test"),
    [(None, "takumi.s@example.com")],
    "在庫処分！ダイソン掃除機 9,980円・iPad 12,800円 本日限り",
    "",
    html_only=True,
    html="""\
<html><body style="margin:0;font-family:'Meiryo',sans-serif">
<p style="background:#ff0;color:#e00;font-size:24px;text-align:center;margin:0;padding:8px"><b>倉庫在庫 一掃セール 本日限り！</b></p>
<p style="text-align:center"><img src="https://kaden-wakuwaku.test/images/dyson_v12.png" width="300" alt="ダイソン"><br>
ダイソン コードレス掃除機 <s>89,800円</s> → <b style="font-size:22px;color:#e00">9,980円</b></p>
<p style="text-align:center"><img src="https://kaden-wakuwaku.test/images/ipad.png" width="300" alt="iPad"><br>
iPad 第10世代 <s>68,800円</s> → <b style="font-size:22px;color:#e00">12,800円</b></p>
<p style="text-align:center">残りわずか！売り切れ御免！<br>
<a href="https://kaden-wakuwaku.test/outlet/">▶ 今すぐ購入する</a></p>
<p style="font-size:10px;color:#999;text-align:center">※お支払いは銀行振込・コンビニ前払いのみ</p>
</body></html>
""",
    via=("kaden-wakuwaku.test", "unknown", "192.0.2.142"), hops=1)

add("spam/seo-sales-01.eml", "iso-2022-jp", "7bit", "2025-03-26 13:16:24",
    ("ウェブ集客パートナーズ 谷口", "taniguchi@webshuukyaku.example.co.jp"),
    [(None, "info@sora-design.example")],
    "【御社ホームページについて】検索順位1位を保証いたします",
    """\
ご担当者様

突然のご連絡失礼いたします。
ウェブ集客パートナーズの谷口と申します。

御社のホームページを拝見いたしましたが、
主要キーワードで検索結果の上位に表示されておらず、
大きな機会損失が発生している可能性がございます。

弊社では独自のSEOノウハウにより、
3か月以内の検索順位1位を保証しております。

　・初期費用0円、完全成果報酬
　・導入実績2,800社以上
　・順位が上がらなければ費用は一切不要

現在、無料でホームページ診断レポートを作成しております。
ご興味がございましたら、本メールにご返信ください。

※今後のご案内が不要な場合は「配信停止」とご返信ください。

ウェブ集客パートナーズ株式会社
営業部　谷口
""",
    via=("mail.webshuukyaku.example.co.jp", "mail.webshuukyaku.example.co.jp", "198.51.100.53"))

add("spam/list-sales-01.eml", "shift_jis", "8bit", "2024-04-18 16:44:10",
    ("ﾃﾞｰﾀﾊﾞﾝｸ･ｼﾞｬﾊﾟﾝ", "sales@databank-jp.example.org"),
    [(None, "soumu@example.co.jp")],
    "最新版 法人メールアドレスリスト 250万件 特価販売のご案内",
    """\
営業ご担当者様

いつもお世話になっております。
データバンク・ジャパンでございます。

新規開拓の営業リストでお困りではありませんか？

　■ 法人メールアドレス　250万件（2024年4月更新）
　■ 業種別・地域別・従業員数別に絞り込み可能
　■ Excel／CSV形式でお渡し

　通常価格 298,000円 → 期間限定 49,800円（税込）

さらに今なら、全国の医療機関・歯科医院リスト
12万件を無料でお付けいたします。

サンプルデータのご請求は本メールへの返信、
またはこちらからどうぞ。
http://databank-jp.example.org/sample/

※配信停止をご希望の場合は件名に「停止」とご返信ください。
""",
    via=("databank-jp.example.org", "unknown", "203.0.113.183"), hops=1)

add("spam/fax-dm-01.eml", "iso-2022-jp", "7bit", "2025-08-20 09:03:15",
    ("FAX一斉送信センター", "fax-dm@ichisei-fax.example.jp"),
    [(None, "eigyo@example.co.jp")],
    "FAXDM 1通1.9円〜 反響率の高い業種別リスト付き",
    """\
経営者様・営業ご担当者様

いつもお世話になります。FAX一斉送信センターです。

メールより読まれる！FAXDMで新規顧客を獲得しませんか？

　・1通あたり1.9円〜（業界最安値に挑戦）
　・送信先リスト無料（全国280万件）
　・原稿作成も無料でお手伝い
　・最短即日送信

　＜反響実績＞
　　税理士事務所様　送信3,000件で問合せ27件
　　リフォーム会社様　送信5,000件で成約8件

まずはお気軽に無料お見積りをご依頼ください。
http://ichisei-fax.example.jp/estimate/

FAX一斉送信センター
受付：0120-000-339（平日9:00〜18:00）
""",
    attach=[("FAXDM料金表_2025.pdf", "application/pdf", "pdf")], fname="word",
    via=("mail.ichisei-fax.example.jp", "mail.ichisei-fax.example.jp", "192.0.2.87"))

add("spam/subsidy-sales-01.eml", "utf-8", "8bit", "2025-05-14 11:28:50",
    ("助成金申請サポートセンター", "info@joseikin-support.invalid"),
    [(None, "keiri@kirameki-denshi.example.co.jp")],
    "【返済不要】御社も対象です｜最大450万円の助成金、受給診断は無料",
    """\
代表者様

突然のご連絡失礼いたします。
助成金申請サポートセンターです。

国の助成金は「返済不要」の資金です。
しかし、制度が複雑なため、受給できるはずの企業の
約8割が申請していないと言われています。

　・従業員1名以上の法人・個人事業主様が対象
　・最大450万円の受給実績あり
　・着手金0円、完全成功報酬（受給額の25%）

まずは1分で終わる無料診断で、
御社がいくら受給できるかをお確かめください。

▼無料受給診断
https://joseikin-support.invalid/check

申請期限が迫っている助成金もございます。
お早めにご確認ください。
""",
    ret="postmaster@mailer7.example.com",
    via=("mailer7.example.com", "mailer7.example.com", "198.51.100.171"))

add("spam/b2b-sales-01.eml", "utf-8", "quoted-printable", "2024-10-02 15:36:08",
    ("電力コスト削減ナビ 川口", "kawaguchi@denki-cost.example.net"),
    [(None, "soumu@hokuyo.example.com")],
    "【法人様限定】電気代を年間30%削減できる方法のご提案",
    """\
総務ご担当者様

お世話になっております。
電力コスト削減ナビの川口と申します。

昨今の電気料金高騰により、多くの企業様が
固定費の増加にお悩みです。

弊社では、電力会社の切り替えと契約プランの見直しにより
年間で平均30%の電気代削減を実現しております。

　・工事不要、手続きはすべて弊社が代行
　・停電リスクなし
　・削減できなかった場合は費用0円

直近3か月分の電気料金明細をお送りいただくだけで、
無料で削減シミュレーションをお出しいたします。

10分ほどオンラインでお話しできるお時間を
いただけませんでしょうか。

電力コスト削減ナビ
川口
""",
    via=("mail.denki-cost.example.net", "mail.denki-cost.example.net", "203.0.113.244"))

add("spam/sim-sales-01.eml", "iso-2022-jp", "7bit", "2025-02-18 18:52:41",
    ("格安スマホ乗り換え窓口", "norikae@sumaho-madoguchi.example"),
    [(None, "ueda.k@example.ne.jp")],
    "【まだ大手キャリアですか？】月額990円で今のスマホがそのまま使えます",
    """\
毎月のスマホ代、払いすぎていませんか？

大手キャリアで月8,000円払っている方も、
格安SIMに乗り換えるだけで月額990円に！

　★ 今のスマホ・電話番号そのまま
　★ 乗り換えで最大20,000円キャッシュバック
　★ 契約期間の縛りなし

2月末までにお申し込みの方に限り、
さらに最新スマホが1円で手に入ります。

この機会を逃すと損をします！今すぐチェック！
http://sumaho-madoguchi.example/mnp/?c=0218

格安スマホ乗り換え窓口
""",
    via=("sumaho-madoguchi.example", "unknown", "198.51.100.98"))

add("spam/hikari-sales-01.eml", "utf-8", "base64", "2024-09-05 12:11:27",
    ("光回線お客様センター", "center@hikari-otoku.example.com"),
    [(None, "tanaka.m@example.jp")],
    "【お客様の回線は対象です】光回線の料金が安くなります（手続き期限9月13日）",
    """\
お客様各位

光回線お客様センターでございます。

現在ご利用中のインターネット回線について、
より安価な新プランへの切り替え対象となっております。

　月額料金　5,720円 → 3,278円
　工事費　　無料
　切り替え特典　現金45,000円キャッシュバック

お手続きは、お電話1本で完了いたします。
切り替え手続きの期限は9月13日（金）です。
期限を過ぎると、現在の料金のままとなりますのでご注意ください。

お問い合わせ：0120-000-926
（受付 10:00〜20:00　担当オペレーターが対応します）

※本案内はご利用中の回線事業者からのお知らせではございません。
""",
    via=("[203.0.113.66]", "unknown", "203.0.113.66"))

add("spam/survey-01.eml", "utf-8", "quoted-printable", "2025-09-02 08:40:33",
    ("お客様満足度調査事務局", "survey@cs-research.test"),
    [(None, "h.watanabe@example.com")],
    "【当選のお知らせ】簡単アンケートにお答えいただくと1万円分のギフト券", qsubj=True,
    text="""\
お客様へ

このたびは、お客様満足度調査の対象に選ばれました。
おめでとうございます！

30秒で終わる簡単なアンケート（全5問）にお答えいただくと、
もれなく10,000円分のギフト券をプレゼントいたします。

▼アンケートに回答する
https://cs-research.test/q/start?uid=W90213

※回答受付は本日23:59までです。
※ギフト券の送付には、お名前・ご住所・カード情報の登録が必要です
　（送料500円のみご負担ください）。

お客様満足度調査事務局
""",
    via=("mail.cs-research.test", "mail.cs-research.test", "192.0.2.13"))

add("spam/survey-02.eml", "shift_jis", "8bit", "2024-07-30 22:26:14",
    ("ﾎﾟｲﾝﾄﾓﾆﾀｰ事務局", "monitor@point-monitor.example.jp"),
    [(None, "kaori.n@example.ne.jp")],
    "ｱﾝｹｰﾄ回答で最大30,000円！在宅ﾓﾆﾀｰ大募集",
    """\
【在宅ﾓﾆﾀｰ大募集】

スマホでアンケートに答えるだけのかんたんなお仕事です。

　・１件回答するごとに 500円〜3,000円
　・主婦の方、学生の方、大歓迎
　・月に30,000円以上稼いでいる方も多数

登録はこちら（登録料は初回のみ3,000円）
http://point-monitor.example.jp/entry/

※登録料は、最初のアンケート報酬ですぐに取り戻せます！
""",
    via=("p3309-ipoe.sapporo.example.ne.jp", "p3309-ipoe.sapporo.example.ne.jp", "203.0.113.209"))

add("spam/chinese-01.eml", "utf-8", "base64", "2025-03-31 05:17:04",
    ("优品商城 日本支店", "service@youpin-shop.example"),
    [(None, "s.endo@example.jp")],
    "尊敬的お客様 限定特別価格の商品は您のために準備されました",
    """\
尊敬的お客様、您好！

私たちは優品商城、中国の工場から直接の販売です。
いつも弊社の商品に支持をしていただき、心から感謝を申し上げます。

今回は您のために特別の価格をご用意しました：
・高級腕時計　　1,980円（原価の95%割引）
・ワイヤレスイヤホン　880円
・スマートウォッチ　1,280円

全部の商品が送料無料です、日本全国へ発送できます。
请早めに注文してください、在庫が少ないになりました。

注文はこちらの網址をクリックして下さい：
http://youpin-shop.example/jp/index.html

ご質問があれば、请联系我们のカスタマーサービス。
また您の账户にポイント500点を贈りましたので、ご利用をお待ちしております。

優品商城
""",
    via=("mail.youpin-shop.example", "unknown", "198.51.100.193"), hops=1)

add("spam/chinese-02.eml", "euc-jp", "base64", "2024-12-12 16:33:47",
    ("深セン恒達貿易有限公司", "sales@hengda-trade.example.com"),
    [(None, "kounyu@example.co.jp")],
    "貴社様と長期の合作をお願い申し上げます",
    """\
ご担当者様

拝啓、益々のご清祥をお慶び申し上げますでございます。
弊社は深センの恒達貿易有限公司と申します。
主にＬＥＤ照明、電子部品、モバイルバッテリーの生産と輸出をされております。

弊社の工場は２００８年に設立されまして、
品質も価格も非常に優勢を持っていると思われます。
貴社様のホームページを拝見させていただき、
ぜひ貴社様と長期の合作関係を建立したいと存じ上げます。

・ＯＥＭ、ＯＤＭ対応することができます
・最小注文数量は５００個でございます
・サンプルを無料で提供させていただきます

もし興味がありましたら、ご返事をお待ちさせていただきます。
カタログをお送りさせていただきます。

よろしくお願い致しますでございます。
恒達貿易　営業部　李
""",
    attach=[("Hengda_catalog_2024.pdf", "application/pdf", "pdf")], fname="rfc2231-only",
    via=("smtp.hengda-trade.example.com", "unknown", "203.0.113.47"))
add("spam/english-mix-01.eml", "utf-8", "8bit", "2025-11-06 02:58:21",
    ("Global Rewards Team", "winner-notice@mail.example.or.jp"),
    [(None, "mika.sugimoto@example.ne.jp")],
    "Congratulations!! あなたは Selected Winner です - Apple Watch Ultra",
    """\
Dear Valued Customer / お客様各位

Congratulations!! あなたは本日の Selected Winner に選ばれました。

Your prize: Apple Watch Ultra 2 (価格 128,800円)
Shipping fee only: 200円

This offer is only valid TODAY.
下のボタンから shipping information を入力してください。

>>> CLAIM YOUR PRIZE NOW <<<
https://rewards-winner.example/jp/claim?id=SW-4410

Hurry up!! 在庫は残り 3 個のみです。

Best regards,
Global Rewards Team
""",
    ret="bounce-4410@rewards-winner.example",
    via=("mail.example.or.jp", "unknown", "192.0.2.225"), hops=1)

add("spam/image-ad-01.eml", "iso-2022-jp", "7bit", "2024-05-28 12:00:06",
    ("美肌ショップ ルミエール", "mail@lumiere-bihada.example.jp"),
    [(None, "aya.ishii@example.com")],
    "本日限定の特別なご案内です",
    "",
    html_only=True,
    html="""\
<html><head><meta charset="ISO-2022-JP"></head>
<body style="margin:0;padding:0">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="http://lumiere-bihada.example.jp/c/?id=528a"><img src="http://lumiere-bihada.example.jp/mail/0528/01.jpg" width="600" height="420" border="0" alt="本日限定"></a></td></tr>
<tr><td><a href="http://lumiere-bihada.example.jp/c/?id=528b"><img src="http://lumiere-bihada.example.jp/mail/0528/02.jpg" width="600" height="380" border="0" alt="90%OFF"></a></td></tr>
<tr><td><a href="http://lumiere-bihada.example.jp/c/?id=528c"><img src="http://lumiere-bihada.example.jp/mail/0528/03.jpg" width="600" height="200" border="0" alt="今すぐ購入"></a></td></tr>
<tr><td style="font-size:10px;color:#999;text-align:center">配信停止は<a href="http://lumiere-bihada.example.jp/stop">こちら</a></td></tr>
</table>
</body></html>
""",
    via=("lumiere-bihada.example.jp", "unknown", "198.51.100.12"),
    headers=[("List-Unsubscribe", "<mailto:stop@lumiere-bihada.example.jp>")])

add("spam/image-ad-02.eml", "utf-8", "quoted-printable", "2025-08-08 19:45:52",
    ("夏の大感謝祭", "info@natsu-kanshasai.test"),
    [(None, "r.hayashi@example.co.jp")],
    "🎁 あなたに届いた特別ギフト（開封期限あり）",
    "画像が表示されない場合はこちら https://natsu-kanshasai.test/web/0808\n\n夏の大感謝祭\n特別ギフト受付中\n開封期限：本日中\n",
    html="""\
<html><body style="margin:0;background:#e0f4ff">
<center>
<a href="https://natsu-kanshasai.test/gift/open?k=0808"><img src="https://img.natsu-kanshasai.test/0808/main.png" width="640" alt="特別ギフト"></a><br>
<a href="https://natsu-kanshasai.test/gift/open?k=0808"><img src="https://img.natsu-kanshasai.test/0808/button.png" width="320" alt="ギフトを開ける"></a>
<p style="font-size:9px;color:#e0f4ff">夏 感謝 ギフト プレゼント 無料 当選 おめでとう 受け取り</p>
</center>
</body></html>
""",
    via=("natsu-kanshasai.test", "dyn-203-0-113-118.example.com", "203.0.113.118"), hops=1)

add("spam/link-only-01.eml", "utf-8", "7bit", "2024-03-29 04:04:04",
    (None, "m.inoue.lab@eng.example.ac.jp"),
    [(None, "j.kato@example.net")],
    "Re:",
    """\

https://bit-short.example.net/x7Kp2


--
Sent from my phone
""",
    via=("mail.eng.example.ac.jp", "mail.eng.example.ac.jp", "192.0.2.5"), hops=3,
    origin=("[198.51.100.206]", "198.51.100.206"))

add("spam/link-only-02.eml", "iso-2022-jp", "7bit", "2025-05-06 23:31:27",
    ("みさき", "misaki_0506@example.com"),
    [(None, "kouji.fukuda@example.jp")],
    "写真送ったよ",
    """\
この前の写真、ここに置いといたよ
見たら感想教えてね♪

http://photo-box.test/v/m0506

みさき
""",
    via=("[192.0.2.163]", "unknown", "192.0.2.163"), hops=1)

add("spam/word-salad-01.eml", "shift_jis", "8bit", "2024-02-02 02:22:13",
    ("吉岡 健太", "yoshioka@example.or.jp"),
    [(None, "nomura.t@example.ne.jp")],
    "明日の会議について 机 青空 確認",
    """\
春の風に乗って鉛筆が歩く午後、会議室は静かに眠っていた。
数字の森を抜けると、そこには古い時計と三つの傘があった。

▼今だけ限定の特別オファーはこちら
http://tokubetsu-offer.example.com/s/?a=9921

図書館の窓辺で猫が新聞を読み、川は昨日の天気を思い出す。
山田さんは青いノートに「確認済み」と書いて、冷蔵庫を閉めた。
駅前のパン屋は月曜日にだけ星の形のクロワッサンを焼く。
それから、電車はゆっくりと海の方角へ曲がっていった。

資料 会議 確認 日程 よろしく 承知 打合せ 次回 報告
""",
    ret="nomura-yoshioka@tokubetsu-offer.example.com",
    via=("mail.example.or.jp", "unknown", "198.51.100.31"), hops=3,
    origin=("PC-YOSHIOKA", "192.0.2.250"))

add("spam/word-salad-02.eml", "utf-8", "base64", "2025-10-28 15:59:40",
    ("Kei", "kei.n@example.com"),
    [(None, "a.mori@example.jp")],
    "お疲れさまです",
    """\
お疲れさまです、先日の件です。

→ https://kurashi-navi.example.jp/r/a1f0

パスタ 新幹線 議事録 雨 紅葉 プリンター 金曜日 ストレッチ
通勤 鍋 ガイドライン 砂浜 請求書 猫 散歩 レポート 餃子
加湿器 スケジュール 図書館 カレンダー 湯豆腐 出張 鉛筆
""",
    html="""\
<html><body>
<p>お疲れさまです、先日の件です。</p>
<p><a href="https://kurashi-navi.example.jp/r/a1f0"><img src="https://kurashi-navi.example.jp/i/a1f0.gif" width="500" alt="詳しくはこちら"></a></p>
<div style="display:none">パスタ 新幹線 議事録 雨 紅葉 プリンター 金曜日 ストレッチ 通勤 鍋 ガイドライン 砂浜 請求書 猫 散歩 レポート 餃子 加湿器 スケジュール 図書館 カレンダー 湯豆腐 出張 鉛筆</div>
</body></html>
""",
    via=("smtp.example.com", "smtp.example.com", "203.0.113.10"))


# ===========================================================================
# ham
# ===========================================================================

add("ham/newsletter-01.eml", "utf-8", "quoted-printable", "2025-01-02 07:00:00",
    ("ナチュラルクローゼット", "news@mail.natural-closet.example"),
    [(None, "yuka.hirano@example.com")],
    "【初売り】最大70%OFF！新春セール開催中｜1月5日（日）まで",
    """\
平野 由佳 様

あけましておめでとうございます。
ナチュラルクローゼットです。本年もよろしくお願いいたします。

本日より新春初売りセールがスタートしました。
秋冬アイテムが最大70%OFFになるほか、
会員様限定で使える1,000円OFFクーポンもご用意しています。

■ 新春セール
　期間：1月2日（木）10:00 〜 1月5日（日）23:59
　対象：ニット、コート、ブーツなど約1,200点

■ 会員様限定クーポン
　クーポンコード：NEWYEAR25
　8,000円（税込）以上のお買い上げで1,000円OFF

■ 福袋（数量限定）
　レディースM/L　各5,500円（税込）

人気アイテムは売り切れが予想されます。
お早めにチェックしてください。

▼セール会場はこちら
https://www.natural-closet.example/sale/newyear?utm_source=mail

――――――――――――――――――――
※本メールは、メールマガジンの配信を希望された会員様にお送りしています。
※配信停止・アドレス変更はマイページから行えます。
https://www.natural-closet.example/mypage/mail
ナチュラルクローゼット（運営：株式会社ナチュラルクローゼット）
""",
    html="""\
<html><body style="margin:0;background:#f5f1eb;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#333">
<table width="600" align="center" style="background:#fff">
<tr><td style="padding:16px;text-align:center;font-size:20px;letter-spacing:2px">NATURAL CLOSET</td></tr>
<tr><td><img src="https://img.natural-closet.example/mail/2501/hero.jpg" width="600" alt="新春セール 最大70%OFF"></td></tr>
<tr><td style="padding:16px">
<p>平野 由佳 様</p>
<p>あけましておめでとうございます。本年もよろしくお願いいたします。</p>
<p>本日より新春初売りセールがスタートしました。秋冬アイテムが<b>最大70%OFF</b>。会員様限定の1,000円OFFクーポン（コード：NEWYEAR25）もご利用いただけます。</p>
<p>期間：1月2日（木）10:00 〜 1月5日（日）23:59</p>
<p style="text-align:center"><a href="https://www.natural-closet.example/sale/newyear?utm_source=mail" style="background:#8b6f4e;color:#fff;padding:12px 36px;text-decoration:none">セール会場へ</a></p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">本メールは配信を希望された会員様にお送りしています。<a href="https://www.natural-closet.example/mypage/mail">配信停止</a></td></tr>
</table></body></html>
""",
    ret="bounce-nc-20250102@mail.natural-closet.example",
    via=("mta11.mail.natural-closet.example", "mta11.mail.natural-closet.example", "203.0.113.141"),
    headers=unsub("https://www.natural-closet.example/unsub?u=8a71c2", "unsub-8a71c2@mail.natural-closet.example"),
    hard=True)

add("ham/newsletter-02.eml", "iso-2022-jp", "7bit", "2024-11-22 09:30:00",
    ("デンキのたまや", "mailmag@denki-tamaya.example.co.jp"),
    [(None, "t.maeda@example.ne.jp")],
    "【ポイント5倍】ブラックフライデー開幕！今すぐチェック",
    """\
前田 様

いつもデンキのたまやオンラインをご利用いただきありがとうございます。

本日からブラックフライデーセールが始まりました。

★期間中、全商品ポイント5倍（アプリ会員様は6倍）
★対象の調理家電・季節家電が最大40%OFF
★1万円以上のお買い物で使える500円クーポン配布中

【注目の目玉商品】
・ドラム式洗濯乾燥機 11kg　　　 数量限定
・加湿空気清浄機（2024年モデル）38%OFF
・電気圧力鍋 4L　　　　　　　　 40%OFF

セール期間：11月22日（金）〜12月1日（日）

▼セール会場
https://www.denki-tamaya.example.co.jp/bf2024/

※ポイント倍率は税抜価格に対して適用されます。
※在庫がなくなり次第終了となります。

メールマガジンの配信停止はこちら
https://www.denki-tamaya.example.co.jp/member/mailstop

デンキのたまやオンライン
""",
    ret="mm-bounce@denki-tamaya.example.co.jp",
    via=("mm2.denki-tamaya.example.co.jp", "mm2.denki-tamaya.example.co.jp", "198.51.100.150"),
    headers=unsub("https://www.denki-tamaya.example.co.jp/member/mailstop?id=5521"),
    hard=True)

add("ham/newsletter-03.eml", "utf-8", "base64", "2025-04-23 12:00:00",
    ("ことのは書房オンライン", "info@kotonoha-shobo.example.com"),
    [(None, "chihiro.w@example.net")],
    "サン・ジョルディの日 限定クーポンをお届けします",
    """\
渡辺 千尋 様

ことのは書房オンラインです。
4月23日は「サン・ジョルディの日」。本を贈り合う日にちなんで、
会員の皆さまに期間限定のクーポンをお届けします。

　・書籍 15%OFFクーポン（1回限り）
　　コード：BOOK0423
　　有効期限：4月27日（日）23:59まで

今月の新刊から、スタッフのおすすめを3冊ご紹介します。

　『灯台守の手紙』　　静かな港町を舞台にした長編小説
　『ゆっくり走る技術』　はじめてのランニング入門
　『台所の科学』　　　　料理がもっと楽しくなる一冊

https://kotonoha-shobo.example.com/feature/0423

いつもご愛読ありがとうございます。
ことのは書房オンライン
配信停止：https://kotonoha-shobo.example.com/account/newsletter
""",
    html="""\
<html><body style="font-family:serif;color:#222;background:#fdfaf3">
<div style="max-width:580px;margin:auto;padding:16px">
<p>渡辺 千尋 様</p>
<p>4月23日は「サン・ジョルディの日」。会員の皆さまに期間限定のクーポンをお届けします。</p>
<p style="border:2px dashed #a33;padding:10px;text-align:center">書籍 <b>15%OFF</b> クーポン　コード：<b>BOOK0423</b><br>有効期限：4月27日（日）23:59まで</p>
<h3>スタッフのおすすめ</h3>
<ul><li>『灯台守の手紙』</li><li>『ゆっくり走る技術』</li><li>『台所の科学』</li></ul>
<p><a href="https://kotonoha-shobo.example.com/feature/0423">特集ページを見る</a></p>
<p style="font-size:11px;color:#888"><a href="https://kotonoha-shobo.example.com/account/newsletter">配信停止</a></p>
</div></body></html>
""",
    via=("out.kotonoha-shobo.example.com", "out.kotonoha-shobo.example.com", "192.0.2.72"),
    headers=unsub("https://kotonoha-shobo.example.com/account/newsletter?u=41c0"),
    hard=True)

add("ham/newsletter-04.eml", "shift_jis", "8bit", "2024-08-15 06:30:00",
    ("ﾈｯﾄｽｰﾊﾟｰ さくら屋", "netsuper@sakuraya.example.ne.jp"),
    [(None, "kaori.n@example.ne.jp")],
    "【本日限り】お盆特売！国産うなぎ蒲焼 半額＆ﾎﾟｲﾝﾄ10倍",
    """\
中島 かおり 様

いつもネットスーパーさくら屋をご利用いただき
ありがとうございます。

本日限りの特売品のお知らせです。

■国産うなぎ蒲焼（１尾）　　　 半額　1,490円
■冷やしうどん（５食）　　　　 298円
■すいか（カット・１/４）　　　398円
■オードブル盛り合わせ　　　　ﾎﾟｲﾝﾄ10倍

本日の配送便は15時までのご注文で
当日夕方（18〜20時）のお届けが可能です。

ご注文はこちらから
https://sakuraya.example.ne.jp/netsuper/

※数量に限りがございます。売り切れの際はご容赦ください。
※メール配信の停止はマイページから変更できます。
""",
    via=("mail.sakuraya.example.ne.jp", "mail.sakuraya.example.ne.jp", "198.51.100.188"),
    hard=True)

add("ham/newsletter-05.eml", "utf-8", "quoted-printable", "2025-06-10 11:00:00",
    ("たびのわ", "newsletter@tabinowa.test"),
    [(None, "n.yamamoto@example.com")],
    "⏰ 72時間限定タイムセール｜夏の沖縄・北海道が最大50%OFF", qsubj=True,
    text="""\
山本 直樹 様

たびのわ会員様限定の72時間タイムセールを開催中です。

✈ 沖縄 3日間（航空券＋ホテル）　おひとり 39,800円〜
✈ 札幌・小樽 3日間　　　　　　　おひとり 44,800円〜
🏨 国内ホテル 最大50%OFF

さらに、今回のセールでは2万円以上の予約で使える
3,000円OFFクーポンも配布中です。

セール期間：6月10日（火）11:00 〜 6月13日（金）10:59

▶ タイムセール会場
https://www.tabinowa.test/sale/72h?mid=0610

人気の日程はすぐに埋まります。お早めにご予約ください。

---
このメールは「たびのわ」メールマガジンの配信を希望された方にお送りしています。
配信停止：https://www.tabinowa.test/mail/settings
""",
    html="""\
<html><body style="font-family:sans-serif;background:#eaf6fb">
<div style="max-width:600px;margin:auto;background:#fff;padding:16px">
<h2 style="color:#0077aa">⏰ 72時間限定タイムセール</h2>
<p>山本 直樹 様</p>
<p>夏の沖縄・北海道が<b style="color:#e33">最大50%OFF</b>。2万円以上の予約で使える3,000円OFFクーポンも配布中です。</p>
<ul><li>沖縄 3日間 39,800円〜</li><li>札幌・小樽 3日間 44,800円〜</li></ul>
<p>期間：6月10日（火）11:00 〜 6月13日（金）10:59</p>
<p><a href="https://www.tabinowa.test/sale/72h?mid=0610">タイムセール会場へ</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.tabinowa.test/mail/settings">配信停止</a></p>
</div></body></html>
""",
    ret="b-0610-7731@bounce.tabinowa.test",
    via=("o3.bounce.tabinowa.test", "o3.bounce.tabinowa.test", "192.0.2.20"),
    headers=unsub("https://www.tabinowa.test/mail/unsub?t=7731"),
    hard=True)

add("ham/newsletter-06.eml", "shift_jis", "base64", "2025-02-07 18:00:00",
    ("はなもも化粧品", "info@hanamomo-cosme.example.com"),
    hcharset="iso-2022-jp",
    to=[(None, "aya.ishii@example.com")],
    subject="【会員様限定】春の新色とサンプルプレゼントのお知らせ",
    text="""\
石井 彩 様

いつもはなもも化粧品をご愛用いただき、ありがとうございます。

春の新色リップ「さくらしずく」が2月14日（金）に発売となります。
発売を記念して、会員様限定で以下の特典をご用意いたしました。

　１．新色リップのミニサンプルを無料プレゼント
　　　（ご注文の商品と一緒にお届けします）
　２．3,000円以上のご購入で送料無料
　３．ポイント2倍（2月14日〜2月20日）

先行予約はこちらから承っております。
https://hanamomo-cosme.example.com/new/sakura

※サンプルはなくなり次第終了とさせていただきます。

はなもも化粧品　お客様相談室
0120-000-214（平日10時〜17時）
""",
    via=("mail.hanamomo-cosme.example.com", "mail.hanamomo-cosme.example.com", "203.0.113.36"),
    headers=[("Reply-To", "<support@hanamomo-cosme.example.com>")]
    + unsub("https://hanamomo-cosme.example.com/mail/stop?c=2207"),
    hard=True)

add("ham/newsletter-07.eml", "utf-8", "8bit", "2024-10-10 10:00:00",
    ("すこやか薬局オンライン", "mag@sukoyaka-yakkyoku.example.jp"),
    [(None, "mai.tanaka@example.com")],
    "定期便のお客様へ｜サプリメント全品20%OFFとお届け日変更のご案内",
    """\
田中 麻衣 様

すこやか薬局オンラインです。
いつも定期便をご利用いただき、ありがとうございます。

10月の定期便は10月18日（金）に発送予定です。
お届け日の変更やスキップは、発送日の5日前まで
マイページから承っております。

■ 10月のおすすめ（全品20%OFF・10月31日まで）
・乳酸菌サプリ（30日分）
・ビタミンD＋亜鉛
・機能性表示食品「体脂肪サポート茶」

※定期便の解約は、マイページの「定期便の管理」から
　いつでも手数料なしでお手続きいただけます。

▼マイページ
https://sukoyaka-yakkyoku.example.jp/mypage/

ご不明な点は、薬剤師がメールでお答えします。
すこやか薬局オンライン
""",
    via=("smtp.sukoyaka-yakkyoku.example.jp", "smtp.sukoyaka-yakkyoku.example.jp", "192.0.2.160"),
    headers=unsub("https://sukoyaka-yakkyoku.example.jp/mail/unsub?id=33100"),
    hard=True)

add("ham/newsletter-08.eml", "iso-2022-jp", "7bit", "2025-09-25 19:00:00",
    ("みなと台クリニック", "info@minatodai-clinic.example.org"),
    [(None, "nakamura.s@example.ne.jp")],
    "【院内だより】薄毛治療の無料カウンセリング枠を増やしました",
    """\
中村 聡 様

みなと台クリニックの院内だよりをお届けします。

■ 薄毛（AGA）外来の無料カウンセリング
ご要望の多かった土曜午後のカウンセリング枠を増やしました。
医師が頭皮の状態を確認し、治療が必要かどうかを含めてご説明します。
その場で治療を勧めることはありませんので、お気軽にご相談ください。

■ インフルエンザ予防接種
10月7日（火）から開始します。予約制です。

■ 年末年始の休診
12月29日（月）〜1月4日（日）

ご予約はWeb予約またはお電話で承ります。
https://minatodai-clinic.example.org/reserve
TEL 045-000-3120

このメールは、院内だよりの配信を希望された方にお送りしています。
配信停止は受付またはメールでお申し付けください。
""",
    via=("minatodai-clinic.example.org", "unknown", "198.51.100.47"),
    hard=True)

add("ham/newsletter-09.eml", "utf-8", "base64", "2024-03-01 06:00:00",
    ("朝凪新聞デジタル", "digital@asanagi-shimbun.example.jp"),
    [(None, "hiro.ogawa@example.net")],
    "【3月限定】有料会員 今なら2か月無料｜朝凪ニュースレター",
    """\
朝凪ニュースレター　2024年3月1日（金）

■ 今朝の主なニュース
・春闘、大手で満額回答相次ぐ見通し
・県内の公立高校で合格発表
・花粉の飛散、例年より早く本格化

■ 有料会員キャンペーンのお知らせ
3月31日までにお申し込みいただくと、
デジタル有料会員が最初の2か月無料になります。
すべての記事が読めるほか、紙面ビューアーもご利用いただけます。
https://asanagi-shimbun.example.jp/campaign/2403

※無料期間終了後は月額1,980円（税込）です。
　無料期間中に解約すれば料金はかかりません。

配信の停止・変更：https://asanagi-shimbun.example.jp/newsletter/settings
朝凪新聞社 デジタル編集部
""",
    via=("mlout.asanagi-shimbun.example.jp", "mlout.asanagi-shimbun.example.jp", "203.0.113.80"),
    headers=unsub("https://asanagi-shimbun.example.jp/newsletter/unsub?m=9fe1"),
    hard=True)

add("ham/newsletter-10.eml", "iso-2022-jp", "7bit", "2025-05-29 17:00:00",
    ("週刊うまの窓", "mag@umanomado.example.net"),
    [(None, "yamaguchi.t@example.jp")],
    "【有料会員版】日本ダービー 全頭診断と本紙予想",
    """\
週刊うまの窓　有料会員版　第812号

山口様、いつもご購読ありがとうございます。

今週はいよいよ日本ダービー（6月1日（日）東京11R）。
本紙の全頭診断と予想をお届けします。

◎ 本命は皐月賞2着馬。府中の長い直線で末脚が生きる。
○ 対抗は青葉賞の勝ち馬。距離延長は歓迎。
▲ 単穴に京都新聞杯組。人気薄なら妙味あり。

追い切り情報、パドック解説は金曜夜の号外でお送りします。

※予想は記者の見解であり、的中を保証するものではありません。
※馬券の購入は20歳になってから。ご利用は計画的に。

ご契約内容の確認・解約：https://umanomado.example.net/member/
週刊うまの窓 編集部
""",
    via=("mail.umanomado.example.net", "mail.umanomado.example.net", "192.0.2.93"),
    hard=True)

add("ham/newsletter-11.eml", "utf-8", "quoted-printable", "2025-07-18 20:00:00",
    ("ロイヤルポーカー運営チーム", "news@royalpoker-game.example"),
    [(None, "r.kobayashi@example.com")],
    "🎰 週末限定！コイン2倍イベント＆ログインボーナス開催", qsubj=True,
    text="",
    html_only=True,
    html="""\
<html><body style="margin:0;background:#0b2a1a;color:#fff;font-family:sans-serif">
<div style="max-width:600px;margin:auto;padding:12px">
<img src="https://cdn.royalpoker-game.example/mail/0718/header.png" width="600" alt="ロイヤルポーカー">
<p>いつも「ロイヤルポーカー」をプレイいただきありがとうございます。</p>
<h2 style="color:#f5c542">🎰 週末限定 コイン2倍イベント</h2>
<p>7月19日（土）0:00 〜 7月21日（月）23:59<br>スロットとポーカーでもらえるコインが2倍！</p>
<h3>🎁 3日連続ログインボーナス</h3>
<p>最終日には限定アバター「ゴールドディーラー」をプレゼント。</p>
<h3>🏆 週末トーナメント</h3>
<p>上位100名に限定称号を付与します。</p>
<p style="text-align:center"><a href="https://royalpoker-game.example/app/open" style="background:#f5c542;color:#000;padding:12px 32px;text-decoration:none">アプリを開く</a></p>
<p style="font-size:11px;color:#9ab">本アプリは無料で遊べるゲームです。コインの換金や、現金・景品との交換はできません。<br>
アイテムの購入は保護者の方の同意を得てからお願いします。<br>
<a href="https://royalpoker-game.example/settings/mail" style="color:#9ab">お知らせ設定の変更</a>　ロイヤルポーカー運営チーム</p>
</div></body></html>
""",
    via=("mailer.royalpoker-game.example", "mailer.royalpoker-game.example", "198.51.100.230"),
    headers=unsub("https://royalpoker-game.example/settings/mail?u=rk0718"),
    hard=True)

add("ham/newsletter-12.eml", "utf-8", "8bit", "2025-03-01 05:00:00",
    ("星読みアプリ ほしみち", "mail@hoshimichi.test"),
    [(None, "yumi.okada@example.jp")],
    "3月の運勢が届きました（うお座のあなたへ）",
    """\
岡田 由美 様

ほしみち 3月の運勢をお届けします。

◆ うお座の3月
今月は、金運・仕事運ともに上向きの流れ。
新しいことを始めるのに良いタイミングです。
中旬は少し疲れが出やすいので、週末はゆっくり休んで。

ラッキーアイテム：白いハンカチ
ラッキーデー：3月8日、3月21日

◆ プレミアム会員のご案内
毎日の運勢と相性占いが読み放題になるプレミアム会員（月額480円）は
アプリの「設定」からお申し込みいただけます。

アプリで続きを読む：https://hoshimichi.test/app/monthly

配信の設定はアプリの「設定＞メール配信」から変更できます。
""",
    via=("smtp.hoshimichi.test", "smtp.hoshimichi.test", "203.0.113.5"),
    hard=True)

add("ham/newsletter-13.eml", "iso-2022-jp", "7bit", "2024-09-10 12:00:00",
    ("そよかぜモバイル", "info@soyokaze-mobile.example.com"),
    [(None, "ueda.k@example.ne.jp")],
    "【ご契約者様へ】家族紹介キャンペーンで最大10,000円分ポイント",
    """\
上田 様

いつもそよかぜモバイルをご利用いただき、ありがとうございます。

ご家族やご友人をご紹介いただくと、ご紹介者様・ご新規様の双方に
ポイントをプレゼントするキャンペーンを実施中です。

　ご紹介者様：1回線につき 2,000ポイント（最大10,000ポイント）
　ご新規様　：5,000ポイント

　期間：9月10日（火）〜10月31日（木）

紹介コードはマイページの「紹介キャンペーン」からご確認いただけます。
https://soyokaze-mobile.example.com/mypage/referral

また、10月からデータ容量20GBプランの料金を月額1,650円に
値下げいたします。お手続きは不要です。

そよかぜモバイル カスタマーセンター
""",
    via=("mail3.soyokaze-mobile.example.com", "mail3.soyokaze-mobile.example.com", "198.51.100.107"),
    hard=True)
add("ham/campaign-winner-01.eml", "iso-2022-jp", "7bit", "2024-12-16 15:12:08",
    ("みどり乳業 キャンペーン事務局", "campaign@midori-nyugyo.example.co.jp"),
    [(None, "s.morita@example.ne.jp")],
    "【当選のお知らせ】ヨーグルト 冬のプレゼントキャンペーン",
    """\
森田 静香 様

このたびは「みどり乳業 冬のプレゼントキャンペーン」に
ご応募いただき、誠にありがとうございました。

厳正なる抽選の結果、森田様が
B賞「北海道チーズ詰め合わせ」にご当選されましたので
お知らせいたします。おめでとうございます。

賞品は、ご応募の際にご登録いただいたご住所へ
12月下旬に発送いたします。
ご住所に変更がある場合は、12月20日（金）までに
本メールへご返信ください。

※当選の権利は第三者へ譲渡できません。
※当キャンペーンで、当選者の方に送料や手数料を
　ご請求することは一切ございません。

みどり乳業 キャンペーン事務局
受付：平日10時〜17時　0120-000-615
""",
    headers=[("Reply-To", "<present-desk@midori-nyugyo.example.co.jp>")],
    via=("mail.midori-nyugyo.example.co.jp", "mail.midori-nyugyo.example.co.jp", "192.0.2.111"),
    hard=True)

add("ham/campaign-winner-02.eml", "utf-8", "quoted-printable", "2025-02-20 14:03:51",
    ("暮らしの調査室", "research@kurashi-chousa.example.net"),
    [(None, "h.watanabe@example.com")],
    "アンケートご協力のお礼とギフトコードのお届け",
    """\
渡辺 浩 様

先日は「家庭の省エネに関するアンケート」にご回答いただき、
誠にありがとうございました。

ご回答者の中から抽選で100名様に差し上げる
デジタルギフト（1,000円分）に当選されましたので、
ギフトコードをお送りいたします。

　ギフトコード：0000-0000-0000
　有効期限：2026年2月28日

ご利用方法は下記ページをご覧ください。
https://kurashi-chousa.example.net/gift/howto

※本メールに個人情報やカード情報の入力をお願いする
　リンクは含まれておりません。

今後とも調査へのご協力をよろしくお願いいたします。
暮らしの調査室（株式会社ライフリサーチ）
""",
    via=("mail.kurashi-chousa.example.net", "mail.kurashi-chousa.example.net", "203.0.113.91"),
    hard=True)

add("ham/campaign-winner-03.eml", "euc-jp", "8bit", "2024-07-12 10:44:30",
    ("月刊つり人生 読者プレゼント係", "present@tsuri-jinsei.example.jp"),
    hcharset="iso-2022-jp",
    to=[(None, "kenji_w@example.ne.jp")],
    subject="読者プレゼント当選のご連絡（7月号）",
    text="""\
和田 健二 様

いつも月刊つり人生をご愛読いただきありがとうございます。

7月号の読者プレゼントにご応募いただき、
厳正な抽選の結果、和田様が
「カーボン製磯竿（5.3m）」に当選されました。
おめでとうございます！

賞品は7月下旬に、ハガキに記載のご住所へお送りします。
発送まで今しばらくお待ちください。

なお、当選者のお名前（イニシャルと都道府県）は
9月号の誌面で発表させていただきます。
掲載をご希望でない場合はお知らせください。

月刊つり人生 編集部 読者プレゼント係
""",
    via=("tsuri-jinsei.example.jp", "unknown", "198.51.100.133"),
    hard=True)

add("ham/lottery-result-01.eml", "utf-8", "base64", "2025-01-06 09:00:12",
    ("ゆめくじネット", "noreply@yumekuji-net.test"),
    [(None, "shun.ito@example.jp")],
    "【当せんのお知らせ】年末くじの当せんがあります",
    """\
伊藤 俊 様

ゆめくじネットをご利用いただきありがとうございます。

ご購入いただいた年末くじ（第1038回）に
当せんがありましたのでお知らせします。

　当せん等級：6等
　当せん金額：3,000円
　当せん口数：1口

当せん金は、ご登録の口座へ1月10日（金）に
自動でお振込みいたします。お手続きは不要です。

ご購入履歴・当せん結果は、マイページでご確認いただけます。
https://www.yumekuji-net.test/mypage/results

※当サイトから当せん金の受け取りのために
　手数料の振込みをお願いすることはありません。
""",
    ret="bounce@mail.yumekuji-net.test",
    via=("mail.yumekuji-net.test", "mail.yumekuji-net.test", "203.0.113.177"),
    hard=True)

add("ham/b2b-vendor-01.eml", "iso-2022-jp", "7bit", "2025-04-08 16:20:35",
    ("しるべマーケティング 佐野", "sano@shirube-mk.example.co.jp"),
    [(None, "info@sora-design.example")],
    "3月度 SEO月次レポート送付とコンテンツ追加プランのご提案",
    """\
そらデザイン事務所
青木様

いつもお世話になっております。
しるべマーケティングの佐野です。

3月度のSEO月次レポートを添付いたします。

主なトピック：
・「名刺デザイン 東京」で検索順位が8位から4位に上昇
・オーガニック流入は前月比112%
・問い合わせフォームの到達数は月22件（前月17件）

あわせて、先日の定例でお話の出た
「事例紹介ページの追加」について、
月2本の記事制作を追加するプラン（月額55,000円・税別）を
お見積りとしてお付けしております。
ご無理のない範囲でご検討いただければ幸いです。

次回の定例は4月22日（火）15時でお願いできればと思います。

しるべマーケティング株式会社
佐野 拓也
""",
    attach=[("SEOレポート_2025年3月_そらデザイン様.pdf", "application/pdf", "pdf")], fname="word",
    via=("mail.shirube-mk.example.co.jp", "mail.shirube-mk.example.co.jp", "198.51.100.44"),
    hard=True)

add("ham/b2b-vendor-02.eml", "utf-8", "quoted-printable", "2024-06-19 11:05:47",
    ("あさひ事務機 営業部 小島", "kojima@asahi-jimuki.example.com"),
    [("経理部 西村様", "nishimura@example.co.jp")],
    "複合機リース満了のご案内（入替プランのお見積り）",
    """\
株式会社オカダ商会
経理部 西村様

いつも大変お世話になっております。
あさひ事務機の小島でございます。

現在ご利用いただいている複合機（3階設置分）のリース契約が
9月末で満了となりますので、ご案内申し上げます。

満了後の選択肢は以下の3つです。
　1. 再リース（年額で現行の約1/10）
　2. 新機種への入替（期間限定でカウンター料金10%引き）
　3. 返却

入替の場合、9月中のご契約で旧機の撤去費用を無料とする
キャンペーンを実施中です。お見積りを添付しておりますので、
ご確認いただけますと幸いです。

来週、近くに伺う予定がございますので、
10分ほどご説明のお時間をいただけないでしょうか。

あさひ事務機株式会社
営業部　小島 亮
TEL 03-0000-5402
""",
    attach=[("お見積書_オカダ商会様_複合機入替.pdf", "application/pdf", "pdf")], fname="rfc2231",
    via=("smtp.asahi-jimuki.example.com", "smtp.asahi-jimuki.example.com", "203.0.113.151"), hops=3,
    origin=("[192.0.2.24]", "192.0.2.24"),
    hard=True)

add("ham/b2b-vendor-03.eml", "iso-2022-jp", "7bit", "2025-08-26 10:12:19",
    ("こもれび社労士事務所 藤田", "fujita@komorebi-sr.example"),
    [(None, "keiri@kirameki-denshi.example.co.jp")],
    "キャリアアップ助成金の申請期限についてのご連絡",
    """\
きらめき電子株式会社
経理ご担当 松本様

いつもお世話になっております。
こもれび社労士事務所の藤田です。

4月に正社員転換された2名の方について、
キャリアアップ助成金（正社員化コース）の申請期限が
10月下旬となっておりますので、ご連絡いたしました。

申請にあたり、以下の書類をご準備いただけますでしょうか。
　・転換前6か月分と転換後6か月分の賃金台帳
　・出勤簿（タイムカード）
　・労働条件通知書（転換前・転換後）

いつもの共有フォルダにアップロードいただければ、
こちらで内容を確認のうえ、申請書を作成いたします。

なお、受給額は1名あたり最大80万円の見込みですが、
審査の結果によって変わる点はご了承ください。

こもれび社労士事務所
社会保険労務士　藤田 恵
""",
    via=("mail.komorebi-sr.example", "p0512-ipoe.saitama.example.ne.jp", "192.0.2.200"),
    hard=True)

add("ham/seminar-01.eml", "utf-8", "base64", "2025-10-01 10:00:00",
    ("ひかえ セミナー事務局", "seminar@hikae-cloud.example.com"),
    [(None, "keiri@kirameki-denshi.example.co.jp")],
    "【無料ウェビナー】インボイス対応と電帳法、年末までに確認したい5つのこと",
    """\
ひかえ をご利用中の皆さま

いつもクラウド会計ひかえをご利用いただきありがとうございます。

年末の繁忙期を前に、経理ご担当者様向けの
無料オンラインセミナーを開催いたします。

■ テーマ
インボイス対応と電子帳簿保存法、年末までに確認したい5つのこと

■ 日時
10月16日（木）14:00〜15:00（質疑応答あり）

■ 参加費
無料（事前登録制・先着500名）

■ こんな方におすすめ
・受領した請求書の保存方法に不安がある方
・年末調整と決算の準備を早めに進めたい方

▼ 今すぐ参加登録する
https://hikae-cloud.example.com/webinar/1016

※お申し込み後、視聴用URLをメールでお送りします。
※後日アーカイブ配信もございます。
""",
    html="""\
<html><body style="font-family:sans-serif;background:#f2f6fa">
<table width="600" align="center" style="background:#fff;padding:16px">
<tr><td><p style="color:#1a5fa8;font-size:18px"><b>【無料ウェビナー】インボイス対応と電帳法、年末までに確認したい5つのこと</b></p>
<p>日時：10月16日（木）14:00〜15:00（質疑応答あり）<br>参加費：無料（事前登録制・先着500名）</p>
<p><a href="https://hikae-cloud.example.com/webinar/1016" style="background:#1a5fa8;color:#fff;padding:10px 28px;text-decoration:none">今すぐ参加登録する</a></p>
<p style="font-size:12px;color:#666">お申し込み後、視聴用URLをメールでお送りします。後日アーカイブ配信もございます。</p>
</td></tr></table></body></html>
""",
    via=("mail.hikae-cloud.example.com", "mail.hikae-cloud.example.com", "198.51.100.124"),
    headers=unsub("https://hikae-cloud.example.com/mail/unsub?k=1016"),
    hard=True)

add("ham/seminar-02.eml", "iso-2022-jp", "7bit", "2024-10-30 13:30:00",
    ("わかば信用金庫 資産運用相談室", "soudan@wakaba-shinkin.example.or.jp"),
    [(None, "ayumi.t@example.jp")],
    "【ご案内】はじめての資産運用セミナー（11月・本店）",
    """\
高田 歩美 様

平素よりわかば信用金庫をご利用いただき、誠にありがとうございます。

投資信託や新しいNISA制度について、基本から学べる
「はじめての資産運用セミナー」を開催いたします。

　日時：11月16日（土）10:00〜11:30
　会場：わかば信用金庫 本店 3階会議室
　定員：30名（先着順）
　参加費：無料

投資にはリスクがあり、元本が保証されるものではありません。
セミナーでは、リスクの考え方や分散投資についても
わかりやすくご説明いたします。
当日、商品のご契約をお願いすることはございません。

お申し込みは、お取引店の窓口またはお電話で承ります。
資産運用相談室　0120-000-783（平日9時〜17時）

わかば信用金庫
""",
    via=("mx.wakaba-shinkin.example.or.jp", "mx.wakaba-shinkin.example.or.jp", "192.0.2.95"),
    hard=True)

add("ham/seminar-03.eml", "utf-8", "8bit", "2025-01-20 15:45:00",
    ("あおば商工会議所", "info@aoba-cci.example.or.jp"),
    [(None, "nishimura@example.co.jp")],
    "【会員向け】補助金活用セミナー 2月開催のご案内",
    """\
会員事業所の皆さま

あおば商工会議所です。

令和7年度に募集が見込まれる補助金について、
中小企業診断士が解説するセミナーを開催します。

　日時：2月13日（木）13:30〜16:00
　会場：あおば商工会館 2階大ホール（オンライン同時配信）
　内容：ものづくり補助金、IT導入補助金、小規模事業者持続化補助金の概要と
　　　　申請のポイント／個別相談会（予約制）
　参加費：会員無料（非会員 2,000円）

最近、「補助金が必ず受給できる」「手数料は受給後でよい」などと
高額な成功報酬を求める業者の営業が増えています。
申請をご検討の際は、まず当所の経営相談窓口へご相談ください。

お申し込み：https://aoba-cci.example.or.jp/seminar/2025-02
あおば商工会議所 中小企業相談所
""",
    via=("mail.aoba-cci.example.or.jp", "mail.aoba-cci.example.or.jp", "203.0.113.230"),
    hard=True)

add("ham/crowdfunding-01.eml", "utf-8", "quoted-printable", "2025-03-18 21:10:33",
    ("おおぞらファンディング", "noreply@oozora-funding.test"),
    [(None, "takumi.s@example.com")],
    "【活動報告】折りたたみ電動アシスト自転車プロジェクト：量産開始のお知らせ",
    """\
支援者の皆さま

いつも応援いただき、ありがとうございます。
プロジェクト「通勤が楽しくなる折りたたみ電動アシスト自転車」チームです。

ついに量産を開始しました！
当初の予定より2週間遅れてしまいましたが、
現在は1日80台のペースで組み立てを進めています。

■ リターン発送スケジュール
・超早割（限定100台）：4月上旬
・早割：4月中旬〜下旬
・通常：5月上旬

発送前に、お届け先の確認メールをお送りします。
ご住所に変更がある方は、マイページからご更新ください。
https://oozora-funding.test/projects/ebike-fold/updates/12

引き続き、よろしくお願いいたします！
""",
    html="""\
<html><body style="font-family:sans-serif">
<p>支援者の皆さま</p>
<p>ついに量産を開始しました！当初の予定より2週間遅れてしまいましたが、現在は1日80台のペースで組み立てを進めています。</p>
<p><img src="https://img.oozora-funding.test/ebike-fold/factory.jpg" width="520" alt="組み立てラインの様子"></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>リターン</th><th>発送予定</th></tr>
<tr><td>超早割（限定100台）</td><td>4月上旬</td></tr>
<tr><td>早割</td><td>4月中旬〜下旬</td></tr>
<tr><td>通常</td><td>5月上旬</td></tr></table>
<p><a href="https://oozora-funding.test/projects/ebike-fold/updates/12">活動報告を読む</a></p>
</body></html>
""",
    via=("mta.oozora-funding.test", "mta.oozora-funding.test", "192.0.2.214"),
    headers=unsub("https://oozora-funding.test/settings/notifications?u=ts88"),
    hard=True)

add("ham/crowdfunding-02.eml", "iso-2022-jp", "7bit", "2024-08-31 22:05:17",
    ("おおぞらファンディング", "noreply@oozora-funding.test"),
    [(None, "m.yoshikawa@example.co.jp")],
    "【目標達成！】ネクストゴール300%に挑戦します｜港町の古民家ゲストハウス再生",
    """\
吉川 様

「港町の古民家ゲストハウス再生プロジェクト」にご支援いただき、
本当にありがとうございます。

おかげさまで、公開から12日で目標金額の200万円を達成しました！

残り18日、ネクストゴールとして300%（600万円）に挑戦します。
達成した場合は、共用キッチンの改修と
地元の漁師さんと行く朝市ツアーを追加で実施します。

期間限定のリターンとして、
「1泊2日 宿泊券＋朝市ツアー」も追加しました。

ご友人・ご家族へのシェアにご協力いただけると嬉しいです。
https://oozora-funding.test/projects/minato-kominka

引き続きどうぞよろしくお願いいたします。
""",
    via=("mta.oozora-funding.test", "mta.oozora-funding.test", "192.0.2.214"),
    hard=True)
add("ham/forwarded-spam-01.eml", "utf-8", "8bit", "2024-11-28 08:12:40",
    ("石田 浩一", "koichi.ishida@freemail.example.com"),
    [("大輔", "daisuke.m@example.com")],
    "Fwd: 突然ごめんなさい、近くに住んでいる者です",
    """\
大輔へ

会社のアドレスにこんなのが来たんだけど、これって有名なやつ？
「近くに住んでる」って書いてあって、ちょっとドキッとした笑
リンクは開いてないし、返信もしてない。
情シスに報告したほうがいいのかな。

---------- Forwarded message ---------
From: ゆりこ <yuriko.k1987@freemail.example.com>
Date: 2024年11月27日 23:58
Subject: 突然ごめんなさい、近くに住んでいる者です

> はじめまして、ゆりこです。
> いきなりメールしてごめんなさい。
> プロフィールを見て、住んでいる所が近いみたいだったので
> 思い切って連絡してみました。
> （中略）
> お茶とか、お食事だけでもいいので
> 一度会ってもらえませんか？
> 写真はこちらに載せています。
> https://yoru-no-tomo.example/p/yuriko87

浩一
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.31"),
    hard=True)

add("ham/forwarded-spam-02.eml", "iso-2022-jp", "7bit", "2024-03-12 19:48:22",
    ("森田 静香", "s.morita@example.ne.jp"),
    [("森田 あかり", "akari.morita@example.com")],
    "こんなメールが来たんだけど（未納料金って）",
    """\
あかりへ

お母さんです。お仕事中ごめんね。
今日こんなメールが届いたの。動画サイトなんて登録した覚えはないんだけど
「法的措置」とか「勤務先に調査」とか書いてあって心配で。
電話したほうがいいのかしら？

＞お客様がご登録された有料動画サイトにつきまして、
＞無料期間終了後の退会手続きが確認できておりません。
＞　未納金額：　298,000円（延滞金・遅延損害金を含む）
＞本日より3日以内にご連絡をいただけない場合、
＞弊社顧問弁護士を通じて法的措置（少額訴訟）の手続きに入ります。
＞　料金管理センター　03-0000-7719（平日9時〜18時）

お父さんは「ほっとけ」って言うんだけど…
夜にでも電話ください。

母より
""",
    via=("p1022-ipoe.yokohama.example.ne.jp", "p1022-ipoe.yokohama.example.ne.jp", "198.51.100.22"),
    hard=True)

add("ham/forwarded-spam-03.eml", "utf-8", "quoted-printable", "2025-02-26 12:41:09",
    ("佐々木 恵子", "keiko.s@example.ne.jp"),
    [("宮本さん", "miyamoto.r@example.jp")],
    "Re: 昨日話してた投資のメールの件",
    """\
宮本さん

昨日はランチありがとうございました。
話してた「宮前ひろし」さんのメール、今朝また来ていたので転送しますね。
ネットで調べたら、ご本人が「私の名前を使った偽の投資勧誘に注意」って
注意喚起を出しているみたいです。やっぱり偽物でした。

> 私は今年で70歳になりました。
> これまで支えてくださった皆さまへの最後の恩返しとして、
> 私が長年かけて築いた投資ノウハウを無償で公開することにしました。
> 現在、私の公式LINEグループでは毎日
> 「今日買うべき銘柄」を無料で配信しています。

「最後の恩返し」って書かれると、つい信じそうになりますよね。
宮本さんのお母さまにも、気をつけるよう伝えてあげてください。

佐々木
""",
    headers=[("In-Reply-To", "<20250225213011.5ac1@example.jp>")],
    via=("mail.example.ne.jp", "mail.example.ne.jp", "198.51.100.25"), hops=3,
    origin=("keiko-pc", "203.0.113.133"),
    hard=True)

add("ham/it-warning-01.eml", "iso-2022-jp", "7bit", "2025-06-18 09:05:11",
    ("情報システム部", "it-support@kirameki-denshi.example.co.jp"),
    [(None, "all-staff@kirameki-denshi.example.co.jp")],
    "【注意喚起】「訴訟最終告知」「未納料金」などの不審メールについて",
    """\
社員各位

情報システム部です。

昨日から、社内の複数のアドレスに以下のような
架空請求メールが届いています。

――――――――――――――――――――――
件名：訴訟最終告知のお知らせ
差出人：民事訴訟管理局
「契約不履行による民事訴訟として、訴状が提出されました」
「このまま御連絡なき場合には、給与差し押さえ…」
――――――――――――――――――――――

裁判所や公的機関が、メールで訴訟を通知することはありません。
記載された電話番号には絶対に連絡しないでください。

届いた場合は、削除せずに「迷惑メール報告」ボタンで報告のうえ、
そのまま削除してください。誤って電話をしてしまった場合や
個人情報を伝えてしまった場合は、内線2200までご連絡ください。

情報システム部
""",
    rcpt="m.matsumoto@kirameki-denshi.example.co.jp",
    via=("exch01.kirameki-denshi.example.co.jp", "exch01.kirameki-denshi.example.co.jp", "203.0.113.141"),
    hops=1, hard=True)

add("ham/it-warning-02.eml", "utf-8", "base64", "2024-09-02 10:30:00",
    ("情報基盤センター", "helpdesk@cc.example.ac.jp"),
    [(None, "staff-all@example.ac.jp")],
    "[注意] 「パスワードを知っている」「動画を持っている」と脅すメールについて",
    """\
教職員・学生の皆さん

情報基盤センターです。

先週末から、本学のアドレス宛てに、
「あなたのデバイスをハッキングした」「動画をばらまく」などと脅し、
ビットコインでの支払いを要求するメール（いわゆるセクストーション）が
多数届いています。

例：
> このメールはあなたのアカウントから送信しています。
> つまり、私はあなたのデバイスに完全にアクセスできます。
> 1,200 USD 相当のビットコインを下記のアドレスに送ってください。

差出人が自分のアドレスになっていても、送信元を偽装しているだけで、
実際にアカウントが乗っ取られているわけではありません。

・支払わない、返信しない
・念のため、同じパスワードを他のサービスで使い回している場合は変更する

不安な場合はヘルプデスク（内線 4350）までご相談ください。
""",
    rcpt="j.kato@eng.example.ac.jp",
    via=("mail.cc.example.ac.jp", "mail.cc.example.ac.jp", "192.0.2.6"),
    hard=True)

add("ham/payment-reminder-01.eml", "iso-2022-jp", "7bit", "2025-03-10 14:26:03",
    ("しらかば紙工 経理部 伊藤", "ito.keiri@shirakaba-shiko.example.co.jp"),
    [(None, "kounyu@example.co.jp")],
    "【ご確認のお願い】1月末お支払い分のご入金について",
    """\
株式会社オカダ商会
購買部 ご担当者様

いつも大変お世話になっております。
しらかば紙工 経理部の伊藤でございます。

12月締め・1月末お支払い分（請求書番号 SK-24-1218、
金額 385,000円・税込）につきまして、
本日時点でご入金の確認ができておりません。

行き違いでお支払い済みの場合は、大変失礼いたしました。
お手数ですが、お支払い予定日をご教示いただけますと幸いです。

お振込先は、これまでと変更ございません。
（当社から口座の変更をメールでお願いすることはございません）

何卒よろしくお願い申し上げます。

株式会社しらかば紙工
経理部　伊藤 美穂
TEL 048-000-2281
""",
    via=("mail.shirakaba-shiko.example.co.jp", "mail.shirakaba-shiko.example.co.jp", "192.0.2.44"),
    hard=True)

add("ham/payment-reminder-02.eml", "euc-jp", "8bit", "2024-05-09 18:33:40",
    ("ひばりヶ丘レジデンス管理組合", "kanri@hibari-residence.example.jp"),
    hcharset="iso-2022-jp",
    to=[(None, "tanaka.m@example.jp")],
    subject="管理費等のお振替ができなかったことについて（５０２号室）",
    text="""\
５０２号室　田中 様

ひばりヶ丘レジデンス管理組合です。

４月27日の口座振替日に、５月分の管理費・修繕積立金
（合計 32,400円）のお引き落としができませんでした。

残高不足、または口座の変更などが考えられます。
お手数ですが、５月20日（月）までに
下記の管理組合口座へお振込みをお願いいたします。

　あおば銀行　ひばりヶ丘支店　普通 0000000
　ヒバリガオカレジデンスカンリクミアイ

すでにお振込み済みの場合は、ご容赦ください。
ご不明な点は管理事務室（平日９時〜17時）までお問い合わせください。

管理組合 理事長　村上
""",
    headers=[("Reply-To", "<hibari-kanri@example.ne.jp>")],
    via=("[198.51.100.9]", "unknown", "198.51.100.9"),
    hard=True)

add("ham/payment-reminder-03.eml", "shift_jis", "8bit", "2025-07-04 16:01:02",
    ("あおぞら保育園", "hoiku@aozora-hoikuen.example.lg.jp"),
    hcharset="iso-2022-jp",
    to=[(None, "yoshida.k@example.com")],
    subject="【あおぞら保育園】６月分 給食費・教材費の未納について",
    text="""\
さくら組　吉田 ひなた さん　保護者様

いつも園の運営にご協力いただきありがとうございます。

６月分の給食費・教材費（合計 6,800円）につきまして、
口座からの引き落としができておりませんでした。

お手数をおかけしますが、７月11日（金）のお迎えの際に
園の事務室まで現金でお持ちいただくか、
来月分と合わせての引き落としをご希望の場合は
連絡帳でお知らせください。

行き違いの場合はご容赦ください。

あおぞら保育園　事務室
""",
    headers=[("Reply-To", "<aozora-jimu@freemail.example.com>")],
    via=("mail.aozora-hoikuen.example.lg.jp", "unknown", "203.0.113.215"),
    hard=True)

add("ham/konkatsu-01.eml", "utf-8", "quoted-printable", "2024-07-19 20:00:00",
    ("えにし婚活サポート", "info@enishi-konkatsu.example"),
    [(None, "tomoko.a@example.ne.jp")],
    "新しいお相手のご紹介が3件届いています", qsubj=True,
    text="""\
安藤 智子 様

えにし婚活サポートです。
今週のご紹介（3件）をマイページに掲載いたしました。

・40代前半／会社員／東京都在住
・40代前半／公務員／神奈川県在住
・30代後半／自営業／埼玉県在住

お相手の詳しいプロフィールとお写真は、
ログインしてご確認ください。
https://enishi-konkatsu.example/mypage/introductions

お見合いのお申し込み期限は7月26日（金）です。

※当サービスのスタッフが、外部のメッセージアプリへの登録や
　投資のお話をお願いすることはございません。
　会員様からそのような誘いがあった場合は、担当カウンセラーへご相談ください。

えにし婚活サポート　担当カウンセラー　中井
""",
    via=("mail.enishi-konkatsu.example", "mail.enishi-konkatsu.example", "198.51.100.72"),
    hard=True)

add("ham/recruiter-01.eml", "utf-8", "base64", "2025-05-21 12:15:48",
    ("ミライキャリア 高野", "takano@mirai-career.example.com"),
    [(None, "a.kondo@example.jp")],
    "【スカウト】年収900万〜1,200万円／テックリード候補のご紹介",
    """\
近藤 明 様

突然のご連絡失礼いたします。
転職エージェント、ミライキャリアの高野と申します。

ご登録いただいている職務経歴を拝見し、
近藤様のご経験にぴったりの求人がございましたので、ご連絡いたしました。

■ 企業：物流系SaaSのスタートアップ（シリーズB）
■ ポジション：テックリード候補
■ 想定年収：900万〜1,200万円＋ストックオプション
■ 働き方：フルリモート可、副業可

「今すぐの転職は考えていない」という場合でも、
情報交換として30分ほどお話しできれば嬉しいです。

ご興味がございましたら、ご都合のよい日時を
2〜3候補お知らせください。

ミライキャリア株式会社
キャリアアドバイザー　高野 直子
""",
    via=("mail.mirai-career.example.com", "mail.mirai-career.example.com", "192.0.2.129"),
    hard=True)

add("ham/recruiter-02.eml", "iso-2022-jp", "7bit", "2024-10-17 08:50:27",
    ("すきまワークス", "matching@sukima-works.test"),
    [(None, "sato-kazu@example.jp")],
    "【副業案件のご紹介】週5時間から・リモート可のWebライター",
    """\
佐藤 和也 様

副業マッチングサービス「すきまワークス」です。
ご登録のスキル（Webライティング、IT分野）に合う案件が
新しく公開されましたのでお知らせします。

■ 案件：IT製品の導入事例記事の作成
■ 稼働：週5時間程度（完全リモート）
■ 報酬：1記事 25,000円〜（3,000字程度）
■ 期間：11月から3か月（更新あり）

案件の詳細と応募はこちらから
https://sukima-works.test/jobs/30418

※すきまワークスでは、登録料や研修費などを
　ワーカーの皆さまにご請求することはありません。
※本業の就業規則で副業が認められているかご確認のうえご応募ください。

配信設定の変更：https://sukima-works.test/settings
""",
    via=("smtp.sukima-works.test", "smtp.sukima-works.test", "203.0.113.119"),
    hard=True)

add("ham/ml-spam-discussion-01.eml", "utf-8", "8bit", "2025-04-01 22:17:55",
    ("Takeshi Ueda", "t.ueda@sora-design.example"),
    [(None, "mailfilter-users@lists.example.org")],
    "[mailfilter-users:1187] Re: 日本語スパムの判定が甘い件",
    """\
上田です。

On 2025/03/31 23:02, Kenta Mori wrote:
> 最近「【広 告】」みたいに空白を入れたり、「末承諾広告」って
> 漢字を変えたりしたメールが素通りしてきます。

うちでも同じです。件名のルールだけだと限界があるので、
本文も正規化してから見るようにしました。
参考までに、今こんな感じで設定しています。

    # NFKC 正規化してから空白を除去
    header   SUBJ_MISHOUDAKU  Subject =~ /[未末]承諾広告/
    body     BODY_LINE_INVITE /LINE.{0,10}(登録|追加|グループ)/
    score    BODY_LINE_INVITE 1.5

ただ、BODY_LINE_INVITE は「公式LINEに登録するとクーポン」みたいな
普通のお店のメルマガにも当たってしまうので、スコアは控えめです。
「月収50万」「完全無料」みたいな語はベイズに任せたほうが
誤検知が少ないと感じています。

--
Takeshi Ueda
""",
    rcpt="t.ueda@sora-design.example",
    headers=[("List-Id", "<mailfilter-users.lists.example.org>"),
             ("X-ML-Name", "mailfilter-users"), ("X-ML-Count", "1187"),
             ("In-Reply-To", "<20250331230211.77f0@example.jp>"),
             ("List-Post", "<mailto:mailfilter-users@lists.example.org>"),
             ("List-Unsubscribe", "<mailto:mailfilter-users-ctl@lists.example.org?body=unsubscribe>")],
    via=("lists.example.org", "lists.example.org", "198.51.100.200"),
    hard=True)

add("ham/telecom-01.eml", "utf-8", "quoted-printable", "2025-02-12 13:00:00",
    ("ゆうなぎ光 お客様センター", "support@yuunagi-hikari.example.jp"),
    [(None, "tanaka.m@example.jp")],
    "【ご契約更新月のお知らせ】現在のプランと新プランのご案内",
    """\
田中 誠 様

いつもゆうなぎ光をご利用いただき、ありがとうございます。

ご契約中の「ゆうなぎ光 マンションタイプ（2年契約）」は、
2025年3月が契約更新月です。更新月中は解約金なしで
プラン変更・解約のお手続きができます。

■ 現在のご契約
　月額 4,400円（税込）／最大1Gbps

■ 新プランのご案内（任意）
　「ゆうなぎ光 10ギガ」月額 5,280円（税込）
　4月末までのお申し込みで工事費無料

現在のプランのままご利用を続ける場合、お手続きは不要です。
https://yuunagi-hikari.example.jp/mypage/contract

ゆうなぎ光 お客様センター 0120-000-270
""",
    via=("mail.yuunagi-hikari.example.jp", "mail.yuunagi-hikari.example.jp", "203.0.113.62"),
    hard=True)

add("ham/city-bouhan-01.eml", "iso-2022-jp", "7bit", "2025-09-12 17:00:00",
    ("かもめ市 防犯メール", "bouhan@city.kamome.example.lg.jp"),
    [(None, "bouhan-list@city.kamome.example.lg.jp")],
    "【かもめ市防犯メール】オンラインカジノ・闇バイトに関する注意",
    """\
かもめ市防犯メールです。

市内の中学生・高校生・保護者の方からの相談が増えています。

■ オンラインカジノ
「登録するだけでボーナス」「入金不要」などの広告で誘い、
海外のオンラインカジノに登録させる事例が確認されています。
日本国内からオンラインカジノで賭けることは犯罪です。

■ 闇バイト
SNSやメールで「高額報酬」「荷物を運ぶだけ」などと誘い、
犯罪の実行役をさせる手口が多発しています。

少しでもおかしいと感じたら、警察相談専用電話 #9110
または、かもめ市消費生活センターにご相談ください。

配信登録の変更・解除：https://city.kamome.example.lg.jp/mail/
""",
    rcpt="f.nakano@example.ne.jp",
    via=("mail.city.kamome.example.lg.jp", "mail.city.kamome.example.lg.jp", "192.0.2.140"),
    hard=True)

add("ham/shrine-01.eml", "shift_jis", "8bit", "2024-12-20 10:00:00",
    ("いなほ神社 社務所", "shamusho@inaho-jinja.example.or.jp"),
    hcharset="iso-2022-jp",
    to=[(None, "m.yoshikawa@example.co.jp")],
    subject="いなほ神社より　新年のお守り・開運おみくじのご案内",
    text="""\
崇敬者の皆様

寒さ厳しき折、皆様にはいかがお過ごしでしょうか。
いなほ神社 社務所でございます。

新年の授与品のご案内をお送りいたします。

　・開運厄除守　　　　　　　　初穂料 1,000円
　・金運招福守（黄色）　　　　初穂料 1,000円
　・干支の土鈴　　　　　　　　初穂料 1,500円

遠方の方には郵送でもお受けしております。
お申し込みは当社ホームページのお問い合わせフォームから
お願いいたします（12月26日まで）。
https://inaho-jinja.example.or.jp/juyohin/

元旦は午前0時より開門いたします。
皆様のご参拝を心よりお待ち申し上げております。

いなほ神社 社務所
""",
    via=("inaho-jinja.example.or.jp", "unknown", "198.51.100.212"),
    hard=True)

add("ham/fitness-01.eml", "utf-8", "base64", "2025-01-08 12:00:00",
    ("フィットネスクラブ ソレイユ", "info@soleil-fitness.example.net"),
    [(None, "mai.tanaka@example.com")],
    "【会員様へ】春までに−5kg！新年ダイエットプログラム受付開始",
    """\
田中 麻衣 様

フィットネスクラブ ソレイユ 駅前店です。
本年もどうぞよろしくお願いいたします。

新年恒例の「8週間ダイエットプログラム」の受付を開始しました。

　・トレーナーによる週1回のパーソナルレッスン
　・体組成の測定（2週間ごと）
　・管理栄養士による食事アドバイス
　・参加費：会員様 19,800円（税込）

昨年の参加者の平均は、体重−4.6kg、ウエスト−6.2cmでした。
（結果には個人差があります）

定員は各曜日10名です。フロントまたは会員アプリからお申し込みください。
https://soleil-fitness.example.net/program/diet2025

フィットネスクラブ ソレイユ 駅前店
""",
    via=("mail.soleil-fitness.example.net", "mail.soleil-fitness.example.net", "192.0.2.184"),
    headers=unsub("https://soleil-fitness.example.net/mail/stop?m=mt0108"),
    hard=True)

add("ham/family-supplement-01.eml", "iso-2022-jp", "7bit", "2025-10-16 21:34:18",
    ("佐々木 和夫", "k.sasaki@example.jp"),
    [("佐々木 亮", "ryo.sasaki@example.net")],
    "母さんのサプリの定期購入のこと",
    """\
亮へ

父です。相談があってメールしました。

母さんが新聞広告を見て、膝のサプリを「初回1,000円」で
注文したらしいんだが、今日また7,560円の請求が来た。
よく見たら「定期コース」で、4回は解約できないと書いてある。

広告には「今月末までのご注文で特別価格」としか書いてなかったと
本人は言っている。
消費生活センターに相談したほうがいいかな。

お前、こういうの詳しいだろう。
週末に電話するから、ちょっと見てやってくれ。
書類の写真は母さんのスマホで撮っておく。

父
""",
    via=("p3018-ipoe.sendai.example.ne.jp", "p3018-ipoe.sendai.example.ne.jp", "192.0.2.52"),
    hard=True)

add("ham/univ-warning-01.eml", "utf-8", "quoted-printable", "2024-06-05 09:40:12",
    ("研究推進課", "kenkyu-suishin@example.ac.jp"),
    [(None, "faculty-all@example.ac.jp")],
    "【注意】ハゲタカジャーナル・偽の国際会議からの投稿勧誘メールについて",
    """\
教員各位

研究推進課です。

最近、以下のような投稿勧誘メールが多数届いているとの報告があります。

> Dear Esteemed Professor,
> 貴殿の優れた論文を拝読し、当誌の特集号へご招待いたします。
> 査読は7日以内に完了し、掲載料は特別に 50% OFF の USD 650 です。
> 本日中にご返信いただければ、編集委員への就任も可能です。

短期間での査読や高額な掲載料、実在の学会に似た名称の会議など、
いわゆるハゲタカジャーナル・ハゲタカ学会の可能性があります。

投稿や参加を検討する際は、図書館の「ジャーナル確認チェックリスト」を
ご参照ください。
https://lib.example.ac.jp/guide/predatory

ご不明な点は研究推進課（内線 2316）までお問い合わせください。
""",
    rcpt="m.inoue.lab@eng.example.ac.jp",
    via=("mail.example.ac.jp", "mail.example.ac.jp", "192.0.2.7"),
    hard=True)

add("ham/realestate-01.eml", "iso-2022-jp", "7bit", "2025-07-29 18:22:04",
    ("つばさ不動産 石原", "ishihara@tsubasa-fudosan.invalid"),
    [(None, "h.kimura@example.co.jp")],
    "Re: ワンルーム投資物件の件（収支シミュレーション）",
    """\
木村様

お世話になっております。つばさ不動産の石原です。

先日の面談でお話のあった物件について、
ご依頼の収支シミュレーションを作成いたしました。
空室率を10%・20%の2パターンで計算しています。

結論から申し上げますと、20%の場合は年間で
約12万円の持ち出しになる見込みです。
「必ず儲かる」ものではございませんので、
ご家族ともよくご相談のうえ、ご判断ください。

なお、ご検討の期限などは特に設けておりません。
契約を急かすようなことはいたしませんので、ご安心ください。

次回、8月2日（土）の14時に店舗でお待ちしております。

つばさ不動産株式会社　石原 聡
""",
    attach=[("収支シミュレーション_木村様.xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")], fname="word",
    headers=[("In-Reply-To", "<20250728101522.c3e1@example.co.jp>")],
    via=("mail.tsubasa-fudosan.invalid", "unknown", "203.0.113.158"),
    hard=True)
add("ham/internal-soumu-01.eml", "iso-2022-jp", "7bit", "2025-04-14 09:12:30",
    ("総務部 坂本", "sakamoto@kirameki-denshi.example.co.jp"),
    [(None, "all-staff@kirameki-denshi.example.co.jp")],
    "【総務部】定期健康診断の日程と受診票の配布について",
    """\
社員各位

総務部の坂本です。

今年度の定期健康診断を以下の日程で実施します。

　日程：5月20日（火）・21日（水）・22日（木）
　時間：9:00〜12:00
　会場：本社5階 大会議室（健診車は第2駐車場）

受診票は部署ごとにまとめて、4月25日（金）までに配布します。
受診希望日は、共有フォルダの「健診日程表.xlsx」に
5月9日（金）までにご記入ください。

前日21時以降は絶食、当日の朝は水のみ可です。
35歳以上の方は胃部X線検査がありますので、ご注意ください。

不明点は総務部（内線1105）まで。
""",
    rcpt="m.matsumoto@kirameki-denshi.example.co.jp",
    via=("exch01.kirameki-denshi.example.co.jp", "exch01.kirameki-denshi.example.co.jp", "203.0.113.141"),
    hops=1)

add("ham/internal-jinji-01.eml", "utf-8", "base64", "2024-11-05 10:02:44",
    ("人事部 給与チーム", "kyuyo@hokuyo.example.com"),
    [(None, "staff@hokuyo.example.com")],
    "年末調整の申告書提出のお願い（締切 11月22日）",
    """\
従業員各位

人事部給与チームです。
今年も年末調整の時期になりました。

今年から紙の申告書を廃止し、人事システム上で申告していただきます。

1. 人事システムにログインし、「年末調整」メニューを開く
2. 扶養控除等申告書・基礎控除申告書などを入力
3. 生命保険料控除証明書などはPDFまたは写真をアップロード
4. 「提出」ボタンを押して完了

提出期限：11月22日（金）

今年は定額減税の精算も年末調整で行うため、
扶養家族の情報に誤りがないか、必ずご確認ください。

入力マニュアルは社内ポータルに掲載しています。
ご不明点は給与チーム（内線 3340）まで。
""",
    rcpt="s.hashimoto@hokuyo.example.com",
    via=("exch.hokuyo.example.com", "exch.hokuyo.example.com", "192.0.2.150"), hops=1)

add("ham/internal-keiri-01.eml", "iso-2022-jp", "7bit", "2025-06-25 15:40:18",
    ("経理部 松本", "m.matsumoto@kirameki-denshi.example.co.jp"),
    [(None, "eigyo1@kirameki-denshi.example.co.jp")],
    "6月分経費精算の締切と領収書の扱いについて",
    """\
営業1課の皆さん

経理の松本です。お疲れさまです。

6月分の経費精算の締切は、7月3日（木）17時です。
期日を過ぎたものは8月の精算になりますのでご注意ください。

最近、以下の不備が多く見られます。
・適格請求書の登録番号がない領収書（タクシー・飲食店）
・交通費の経路が未入力
・接待費の参加者名と人数の記載漏れ

特に接待費は、参加者の社名・氏名がないと
差し戻しになりますので、ご協力をお願いします。

よろしくお願いします。
""",
    via=("exch01.kirameki-denshi.example.co.jp", "exch01.kirameki-denshi.example.co.jp", "203.0.113.141"),
    hops=1)

add("ham/internal-kintai-01.eml", "utf-8", "8bit", "2025-09-03 08:31:07",
    ("勤怠管理システム", "kintai-noreply@hokuyo.example.com"),
    [(None, "s.hashimoto@hokuyo.example.com")],
    "[勤怠] 打刻漏れがあります（9月2日）",
    """\
橋本 翔太 さん

以下の日付で退勤の打刻が記録されていません。

　日付：2025年9月2日（火）
　出勤：08:52
　退勤：（未打刻）

勤怠システムから修正申請を行ってください。
上長の承認後に反映されます。

https://kintai.hokuyo.example.com/correction

※このメールはシステムから自動送信されています。
""",
    via=("app02.hokuyo.example.com", "app02.hokuyo.example.com", "192.0.2.151"))

add("ham/internal-event-01.eml", "utf-8", "quoted-printable", "2024-11-20 12:10:55",
    ("親睦会幹事 山下", "yamashita@hokuyo.example.com"),
    [(None, "staff@hokuyo.example.com")],
    "🍻 忘年会のお知らせ（12月13日・金）", qsubj=True,
    text="""\
皆さん、お疲れさまです！
親睦会幹事の山下です。

今年も忘年会をやります。

　日時：12月13日（金）18:30〜
　場所：駅前の「炉端 ひなた」（2階貸切）
　会費：4,000円（親睦会から補助あり）

ビンゴ大会もあります。景品のリクエストも募集中です笑

出欠は12月4日（水）までに、下のフォームか
このメールへの返信で教えてください。
https://forms.hokuyo.example.com/bonenkai2024

アレルギーがある方も一緒にお知らせください。
""",
    rcpt="s.hashimoto@hokuyo.example.com",
    via=("exch.hokuyo.example.com", "exch.hokuyo.example.com", "192.0.2.150"), hops=1)

add("ham/business-quote-01.eml", "iso-2022-jp", "7bit", "2024-08-06 17:48:09",
    ("大野 智也", "t.ohno@kobayashi-seiko.example.co.jp"),
    [("オカダ商会 長谷川様", "kounyu@example.co.jp")],
    "お見積書送付の件（アルミ加工部品 AL-2208）",
    """\
株式会社オカダ商会
購買部　長谷川様

いつもお世話になっております。
小林精工の大野でございます。

先日ご依頼いただきました、アルミ加工部品（AL-2208）の
お見積書を添付にてお送りいたします。

　数量：500個
　単価：1,240円（税別）
　納期：ご発注から4週間

なお、材料価格の変動により、お見積りの有効期限は
8月30日までとさせていただいております。

ご不明な点がございましたら、お気軽にお問い合わせください。
引き続きよろしくお願い申し上げます。

――――――――――――――――
株式会社小林精工　営業課
大野 智也
TEL 0256-00-1182
""",
    attach=[("見積書_AL-2208_オカダ商会様.pdf", "application/pdf", "pdf")], fname="word",
    via=("mail.kobayashi-seiko.example.co.jp", "unknown", "198.51.100.66"))

add("ham/business-order-01.eml", "utf-8", "base64", "2024-08-21 11:03:26",
    ("長谷川 聡子", "s.hasegawa@example.co.jp"),
    [("小林精工 大野様", "t.ohno@kobayashi-seiko.example.co.jp")],
    "Re: お見積書送付の件（アルミ加工部品 AL-2208）",
    """\
小林精工
大野様

お世話になっております。オカダ商会の長谷川です。

お見積りありがとうございました。
社内で承認が下りましたので、添付の注文書にて発注いたします。

納期につきまして、9月13日（金）の弊社着でお願いできますでしょうか。
難しい場合は、分納（250個ずつ）でも構いません。

注文書の原本は郵送いたします。
引き続きよろしくお願いいたします。

長谷川
----
> 先日ご依頼いただきました、アルミ加工部品（AL-2208）の
> お見積書を添付にてお送りいたします。
""",
    attach=[("注文書_AL-2208.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")],
    fname="rfc2231",
    headers=[("In-Reply-To", "<20240806174809.88a2@kobayashi-seiko.example.co.jp>")],
    via=("mail.example.co.jp", "mail.example.co.jp", "198.51.100.40"))

add("ham/business-schedule-01.eml", "iso-2022-jp", "7bit", "2025-01-28 13:55:40",
    ("青木 早苗", "aoki@sora-design.example"),
    [(None, "sano@shirube-mk.example.co.jp")],
    "Re: 2月定例のお打合せ日程について",
    """\
佐野様

お世話になっております。そらデザインの青木です。

ご提示いただいた候補のうち、
2月5日（水）15:00〜16:00 でお願いできますでしょうか。

場所は前回と同じくオンライン（いつものURL）で問題ありません。
当日は、弊社から青木と中川の2名が参加いたします。

よろしくお願いいたします。

青木

> 2月定例の日程ですが、以下いずれかでご都合いかがでしょうか。
> ・2月4日（火）10:00〜
> ・2月5日（水）15:00〜
> ・2月7日（金）13:00〜
""",
    via=("mail.sora-design.example", "p0220-ipoe.tokyo.example.ne.jp", "198.51.100.170"))

add("ham/business-minutes-01.eml", "utf-8", "quoted-printable", "2025-05-16 18:20:11",
    ("中川 陽介", "nakagawa@sora-design.example"),
    [("北洋物産 広報部 橋本様", "s.hashimoto@hokuyo.example.com"),
     ("青木", "aoki@sora-design.example")],
    "【議事録】会社案内パンフレット改訂 第2回打合せ（5/15）",
    """\
北洋物産株式会社
広報部 橋本様

お世話になっております。そらデザインの中川です。
昨日はお時間をいただき、ありがとうございました。
議事録をお送りいたします。

■ 日時：2025年5月15日（木）14:00〜15:10
■ 出席：北洋物産 橋本様、山下様／そらデザイン 青木、中川

■ 決定事項
1. 表紙は案Bをベースに、写真を工場の外観に差し替える
2. ページ数は16ページから20ページに増やす
3. 英語版は今回は見送り、秋以降に検討

■ 宿題
・北洋物産様：沿革の最新データ、役員写真（5/23まで）
・そらデザイン：修正デザイン案の提出（5/30まで）

■ 次回：6月3日（火）14:00〜（オンライン）

修正・追記がございましたらご指摘ください。
""",
    via=("mail.sora-design.example", "p0220-ipoe.tokyo.example.ne.jp", "198.51.100.170"))

add("ham/univ-lab-01.eml", "iso-2022-jp", "7bit", "2024-04-10 22:14:06",
    ("井上 真理子", "m.inoue.lab@eng.example.ac.jp"),
    [(None, "inoue-lab@eng.example.ac.jp")],
    "[inoue-lab] 今週のゼミと新歓について",
    """\
研究室の皆さん

井上です。新年度もよろしくお願いします。

今週のゼミは予定どおり4月12日（金）13時から、
3号館の402室で行います。
発表は、M2の岡本さんと、B4の石川さんです。
B4の皆さんは、最初なので見学だけで大丈夫です。

また、4月19日（金）の18時から新歓を行います。
場所は追って連絡しますが、参加できない人は
17日までに幹事の岡本さんに伝えてください。

サーバーのアカウント申請がまだの人は、
今週中に済ませておいてください。

井上
""",
    headers=[("List-Id", "<inoue-lab.eng.example.ac.jp>"), ("X-ML-Name", "inoue-lab")],
    rcpt="okamoto.y@eng.example.ac.jp",
    via=("mail.eng.example.ac.jp", "mail.eng.example.ac.jp", "192.0.2.5"))

add("ham/univ-cfp-01.eml", "utf-8", "8bit", "2025-07-07 10:00:00",
    ("日本音響情報学会 事務局", "office@onkyo-joho.example.or.jp"),
    [(None, "members@onkyo-joho.example.or.jp")],
    "[onkyo-members:0642] 2025年秋季研究発表会 論文募集（締切延長）",
    """\
会員各位

日本音響情報学会 事務局です。

2025年秋季研究発表会の論文募集につきまして、
多数のご要望をいただいたため、締切を延長いたします。

　発表申込締切：7月25日（金）17:00（延長後）
　予稿原稿締切：8月29日（金）17:00
　開催日　　　：10月9日（木）・10日（金）
　会場　　　　：あおば大学 工学部キャンパス

発表形式は口頭発表またはポスター発表です。
学生会員の優秀発表には「学生奨励賞」を授与します。

申込方法・テンプレートは学会ウェブサイトをご覧ください。
https://onkyo-joho.example.or.jp/conf/2025autumn/cfp

日本音響情報学会 事務局
""",
    rcpt="j.kato@eng.example.ac.jp",
    headers=[("List-Id", "<onkyo-members.onkyo-joho.example.or.jp>"),
             ("X-ML-Name", "onkyo-members"), ("X-ML-Count", "0642")],
    via=("ml.onkyo-joho.example.or.jp", "ml.onkyo-joho.example.or.jp", "203.0.113.192"))

add("ham/univ-review-01.eml", "iso-2022-jp", "7bit", "2024-10-24 16:33:51",
    ("論文誌編集委員会", "editor@onkyo-joho.example.or.jp"),
    [("加藤 純 先生", "j.kato@eng.example.ac.jp")],
    "査読のお願い（論文番号 J24-0187）",
    """\
加藤 純 先生

日本音響情報学会 論文誌編集委員会でございます。

このたび、下記の投稿論文の査読をお願いしたく、ご連絡いたしました。

　論文番号：J24-0187
　題目：　　残響環境下における複数話者の音源分離の一手法
　種別：　　一般論文

査読期限は、お引き受けいただいた日から4週間となります。
お引き受けいただけるかどうか、11月1日（金）までに
投稿査読システムからご回答いただけますと幸いです。
https://review.onkyo-joho.example.or.jp/

ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。

論文誌編集委員会　幹事　福田
""",
    via=("ml.onkyo-joho.example.or.jp", "ml.onkyo-joho.example.or.jp", "203.0.113.192"))

add("ham/univ-lecture-01.eml", "utf-8", "base64", "2025-06-26 07:45:12",
    ("情報工学概論 担当 加藤", "j.kato@eng.example.ac.jp"),
    [(None, "info-gairon-2025@eng.example.ac.jp")],
    "[情報工学概論] 6月27日（金）休講と補講のお知らせ",
    """\
情報工学概論の受講生の皆さん

担当の加藤です。

学会出張のため、6月27日（金）2限の講義は休講とします。
補講は7月11日（金）5限、同じ教室（A201）で行います。

休講日の分の課題（第10回）は、学習管理システムに掲載済みです。
締切は7月4日（金）23:59 です。

期末試験の範囲は第1回〜第13回です。
詳細は7月の講義でお伝えします。

加藤
""",
    via=("mail.eng.example.ac.jp", "mail.eng.example.ac.jp", "192.0.2.5"))
add("ham/clinic-01.eml", "iso-2022-jp", "7bit", "2025-03-05 18:02:33",
    ("こもれび歯科 予約システム", "yoyaku@komorebi-shika.example.com"),
    [(None, "a.mori@example.jp")],
    "【こもれび歯科】ご予約確認（3月12日（水）10:30）",
    """\
森 彩香 様

こもれび歯科です。以下の内容でご予約を承りました。

　日時：3月12日（水）10:30〜
　内容：定期検診・クリーニング
　担当：歯科衛生士 小西

ご予約の変更・キャンセルは、前日の18時までに
お電話（03-0000-6480）でご連絡ください。

保険証（またはマイナ保険証）を忘れずにお持ちください。

※このメールは送信専用です。ご返信いただいてもお答えできません。
""",
    via=("[203.0.113.202]", "unknown", "203.0.113.202"), hops=1)

add("ham/clinic-02.eml", "utf-8", "base64", "2024-07-22 14:10:09",
    ("みなと台健診センター", "kenshin@minatodai-clinic.example.org"),
    [(None, "okamoto.y@example.jp")],
    "健康診断結果のお知らせ（パスワード付きPDF）",
    """\
岡本 陽子 様

先日は、みなと台健診センターで人間ドックを
ご受診いただき、ありがとうございました。

健診結果をPDFファイルでお送りいたします。
パスワードは、受診時にお渡しした受付票に記載の
「生年月日（8桁）」です。

総合判定は「B：軽度異常」でした。
詳しくは結果票の医師コメントをご覧ください。
「要精密検査」の項目はございません。

紙の結果票は、1週間ほどでご自宅へ郵送いたします。

みなと台健診センター　TEL 045-000-3125
""",
    attach=[("健診結果_岡本陽子様.pdf", "application/pdf", "pdf")], fname="rfc2231-only",
    via=("minatodai-clinic.example.org", "unknown", "198.51.100.47"))

add("ham/pta-01.eml", "shift_jis", "8bit", "2024-05-23 20:41:15",
    ("さくら小PTA 広報委員", "pta-kouhou@freemail.example.com"),
    hcharset="iso-2022-jp",
    to=[(None, "pta-5nen@freemail.example.com")],
    rcpt="yoshida.k@example.com",
    subject="【PTA】5年生 学年行事（親子ドッジボール）のお手伝い募集",
    text="""\
5年生保護者の皆さま

PTA広報委員の川村です。いつもありがとうございます。

6月8日（土）に体育館で行う学年行事
「親子ドッジボール大会」のお手伝いを募集します。

　集合：8:30（体育館入口）
　内容：受付、ライン引き、審判、片付け
　人数：8名程度

お手伝いいただける方は、6月3日（月）までに
このメールに返信するか、連絡帳でお知らせください。
途中参加・途中抜けでも大丈夫です。

当日は上履きと飲み物をお持ちください。

さくら小学校PTA 広報委員　川村
""",
    via=("smtp.freemail.example.com", "smtp.freemail.example.com", "203.0.113.31"))

add("ham/chounaikai-01.eml", "iso-2022-jp", "7bit", "2025-10-21 19:25:48",
    ("あけぼの町三丁目 町内会", "choukai3@akebono3.example.net"),
    [(None, "choukai3-list@akebono3.example.net")],
    "秋の一斉清掃と防災訓練のお知らせ",
    """\
町内会員の皆さま

あけぼの町三丁目町内会 会長の中島です。

秋の一斉清掃と防災訓練を、次のとおり行います。

　日時：11月9日（日）8:30〜10:30（小雨決行）
　集合：三丁目公園
　内容：側溝と公園の清掃、消火器の使い方体験、
　　　　炊き出し（アルファ米・豚汁）

軍手とゴミ袋は町内会で用意します。
参加できない世帯の方も、当日は各自で
ご自宅前の清掃にご協力をお願いします。

回覧板でもお知らせしています。
""",
    rcpt="nomura.t@example.ne.jp",
    via=("mail.akebono3.example.net", "p2411-ipoe.chiba.example.ne.jp", "192.0.2.241"))

add("ham/mansion-01.eml", "utf-8", "quoted-printable", "2025-05-30 17:12:40",
    ("グランフォレスト理事会", "riji@grandforest-kanri.test"),
    [(None, "residents@grandforest-kanri.test")],
    "第18期 通常総会の開催と議決権行使書のお願い",
    """\
グランフォレスト 区分所有者の皆さま

理事長の林です。

第18期通常総会を下記のとおり開催いたします。

　日時：6月22日（日）10:00〜12:00
　場所：1階 集会室

主な議案
　第1号議案　第17期 決算報告および監査報告
　第2号議案　第18期 予算案
　第3号議案　大規模修繕工事の施工会社選定の件
　第4号議案　駐輪場使用細則の改定の件

ご欠席の方は、各戸に配布した議決権行使書または委任状を
6月18日（水）までに管理事務室のポストへご提出ください。

特に第3号議案は重要な議案です。ご協力をお願いいたします。
""",
    rcpt="r.hayashi@example.co.jp",
    via=("mail.grandforest-kanri.test", "mail.grandforest-kanri.test", "198.51.100.161"))

add("ham/club-baseball-01.eml", "iso-2022-jp", "7bit", "2024-06-13 22:48:19",
    ("みどりベアーズ 監督", "bears-kantoku@example.net"),
    [(None, "bears-members@example.net")],
    "日曜の試合（vs 川口クラブ）のメンバーと集合時間",
    """\
ベアーズの皆さん

監督の岡田です。日曜の試合の連絡です。

　日時：6月16日（日）9:00プレイボール
　場所：みどり台河川敷グラウンド 2面
　集合：8:15（駐車場は3台まで）

スタメン（予定）
1 遊 福田　2 二 上田　3 中 石田　4 一 岡田
5 三 和田　6 右 野村　7 左 中村　8 捕 森　9 投 吉川

雨天の場合は当日6時に連絡します。
終わったら、いつもの店で反省会です笑

ボールとベース当番は上田くんお願いします。
""",
    rcpt="kenji_w@example.ne.jp",
    via=("smtp.example.net", "smtp.example.net", "198.51.100.110"))

add("ham/club-chorus-01.eml", "utf-8", "8bit", "2025-08-27 21:05:33",
    ("合唱団こだま 練習係", "kodama-renshu@kodama-chorus.example"),
    [(None, "kodama-all@kodama-chorus.example")],
    "[こだま] 9月の練習予定と定期演奏会の楽譜について",
    """\
団員の皆さま

練習係の小松です。9月の練習予定をお知らせします。

　9月6日（土）14:00〜17:00　公民館 大ホール
　9月13日（土）14:00〜17:00　公民館 第1音楽室
　9月20日（土）休み（会場点検のため）
　9月27日（土）13:00〜17:00　公民館 大ホール（ピアノ合わせ）

定期演奏会（11月24日）で歌う「ふるさとの四季」の楽譜を
次回の練習で配ります。1冊800円です。

テノールとバスの方、パート練習の音取り音源を
共有フォルダに上げました。予習をお願いします。
https://kodama-chorus.example/members/files/furusato
""",
    rcpt="m.fujii@example.ne.jp",
    headers=[("List-Id", "<kodama-all.kodama-chorus.example>")],
    via=("mail.kodama-chorus.example", "mail.kodama-chorus.example", "203.0.113.237"))

add("ham/family-travel-01.eml", "utf-8", "base64", "2025-07-09 23:12:47",
    ("真由", "mayu.k@example.com"),
    [("智子", "tomoko.a@example.ne.jp")],
    "夏休みの旅行、どうする？",
    """\
ともちゃん

お疲れ〜！真由です。
夏休みの旅行の件、そろそろ決めないとね。

候補はこんな感じかな。
・金沢（新幹線で2時間半、21世紀美術館行きたい）
・伊勢志摩（温泉＋海鮮）
・長野の白馬（涼しそう）

日程は8月23日（土）〜24日（日）の1泊で考えてる。
予算は交通費込みで一人4万くらいだとうれしい。

あと、由紀も行けるかもって言ってたから、
3人で泊まれる部屋で探してみるね。
金沢ならこの宿がよさそう↓
https://yado-search.example/plan/kanazawa-0823

どこがいいか、週末までに教えて〜
""",
    via=("smtp.example.com", "smtp.example.com", "203.0.113.10"))

add("ham/family-photo-01.eml", "iso-2022-jp", "7bit", "2024-09-23 20:03:29",
    ("大野 恵美", "emi.ohno@example.co.jp"),
    [("お父さん", "k.sasaki@example.jp")],
    "運動会の写真を送ります",
    """\
お父さん、お母さんへ

先週はお疲れさまでした。来てくれてありがとう。
さくらも「じいじとばあばが見てくれた」って喜んでいました。

運動会の写真をまとめて送ります。
かけっこで2位になったところと、お遊戯のところが
よく撮れていると思います。

ファイルが大きいので、zipにまとめました。
パソコンで開いてみてください。
開けなかったら、今度行くときにUSBメモリで持っていきます。

また連休に遊びに行きますね。

恵美
""",
    attach=[("undoukai_2024.zip", "application/zip", "zip")], fname="rfc2231",
    via=("mail.example.co.jp", "mail.example.co.jp", "198.51.100.40"), hops=3,
    origin=("[192.0.2.118]", "192.0.2.118"))

add("ham/family-moving-01.eml", "euc-jp", "base64", "2025-03-23 11:30:00",
    ("野田 拓海", "takumi.noda@hikkoshi-memo.invalid"),
    hcharset="iso-2022-jp",
    to=[(None, "ryo.sasaki@example.net")],
    subject="引っ越しました（新住所のお知らせ）",
    text="""\
佐々木へ

ご無沙汰してます、野田です。
先週、ようやく引っ越しが終わりました。

新しい住所はこちら。
　〒000-0000　さいたま市みどり区あけぼの1-2-3　コーポ青葉201

前より職場から遠くなったけど、部屋は広くなったし
近くに大きな公園があって、けっこう気に入ってる。

段ボールがまだ半分残ってるけど、
落ち着いたら遊びに来てくれ。鍋でもやろう。

メールアドレスも変えたので、
今後はこのアドレスに送ってください。

野田
""",
    via=("mail.hikkoshi-memo.invalid", "unknown", "192.0.2.171"))

add("ham/ml-python-01.eml", "utf-8", "8bit", "2024-12-03 10:44:52",
    ("Ryo Sasaki", "ryo.sasaki@example.net"),
    [(None, "pyjp-users@lists.example.org")],
    "[pyjp-users:4210] Re: Shift_JIS のメールを読むと文字化けする",
    """\
佐々木です。

> email.message_from_bytes() で読んだ本文を表示すると
> 「～」や「①」が化けてしまいます。

Shift_JIS と書かれていても、実際は Windows の cp932 で
書かれているメールが多いので、そのせいだと思います。
こんな感じで、charset を見て読み替えるとうまくいきました。

    import email
    from email import policy

    msg = email.message_from_bytes(raw, policy=policy.default)
    part = msg.get_body(preferencelist=("plain",))
    cs = (part.get_content_charset() or "ascii").lower()
    if cs in ("shift_jis", "sjis", "x-sjis"):
        cs = "cp932"
    text = part.get_payload(decode=True).decode(cs, errors="replace")

errors="replace" は最後の手段なので、本番ではログに
元のバイト列を残しておくのがおすすめです。

--
Ryo Sasaki
""",
    rcpt="a.kondo@example.jp",
    headers=[("List-Id", "pyjp-users <pyjp-users.lists.example.org>"),
             ("X-ML-Name", "pyjp-users"), ("X-ML-Count", "4210"),
             ("List-Post", "<mailto:pyjp-users@lists.example.org>"),
             ("List-Unsubscribe", "<mailto:pyjp-users-request@lists.example.org?subject=unsubscribe>"),
             ("In-Reply-To", "<20241202221503.19d4@example.jp>")],
    via=("lists.example.org", "lists.example.org", "198.51.100.200"))

add("ham/ml-nginx-01.eml", "iso-2022-jp", "7bit", "2025-09-17 13:27:08",
    ("Daisuke Matsuda", "daisuke.m@example.com"),
    [(None, "webops-ja@ml.infra-users.test")],
    "[webops-ja:0873] Re: リバースプロキシ経由で 502 が出る",
    """\
松田です。

> upstream のアプリは単体では正常に応答するのですが、
> nginx 経由だと数分おきに 502 Bad Gateway になります。

エラーログに "upstream prematurely closed connection" が
出ていませんか？ keepalive の設定が合っていないと
同じ症状になったことがあります。うちでは以下で直りました。

    upstream app.test {
        server 192.0.2.10:8080;
        keepalive 32;
    }
    location / {
        proxy_pass http://app.test/;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_read_timeout 120s;
    }

アプリ側の keep-alive タイムアウトを nginx より
長くしておくのもポイントです。

--
Daisuke Matsuda
""",
    rcpt="t.ueda@sora-design.example",
    headers=[("List-Id", "<webops-ja.ml.infra-users.test>"),
             ("X-ML-Name", "webops-ja"), ("X-ML-Count", "0873"),
             ("List-Post", "<mailto:webops-ja@ml.infra-users.test>")],
    via=("ml.infra-users.test", "ml.infra-users.test", "203.0.113.250"))

add("ham/job-apply-01.eml", "utf-8", "quoted-printable", "2025-02-03 21:38:14",
    ("石川 陽菜", "hina.ishikawa@example.jp"),
    [("採用担当 様", "saiyo@sora-design.example")],
    "Webデザイナー職への応募（石川 陽菜）",
    """\
そらデザイン事務所
採用ご担当者様

はじめてご連絡いたします。石川陽菜と申します。
貴社ホームページで拝見したWebデザイナー職の募集に
応募させていただきたく、ご連絡いたしました。

現在、制作会社で3年間、企業サイトのデザインと
コーディングを担当しております。
貴社の、地域のお店に寄り添ったデザインに惹かれ、
ぜひ一緒にお仕事をさせていただきたいと考えております。

履歴書・職務経歴書、ポートフォリオを添付いたします。
制作実績はこちらにもまとめております。
https://hina-portfolio.example/works
ご確認のほど、よろしくお願いいたします。

石川 陽菜
TEL 090-0000-4417
""",
    attach=[("履歴書_石川陽菜.pdf", "application/pdf", "pdf"),
            ("ポートフォリオ_石川陽菜.pdf", "application/pdf", "pdf")], fname="rfc2231",
    via=("smtp.example.jp", "smtp.example.jp", "198.51.100.61"))
