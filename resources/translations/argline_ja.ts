<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConvertCommand</name>
    <message>
        <source>The file to read, in any of those formats.</source>
        <translation>読み込むファイル（上記のいずれかの形式）。</translation>
    </message>
</context>
<context>
    <name>argline::About</name>
    <message>
        <source>Licence: %1. Argline is free software: you may share and change it under the GNU General Public License, version 3 or later; there is NO WARRANTY.</source>
        <translation>ライセンス：%1。Argline はフリーソフトウェアです。GNU 一般公衆利用許諾書（GPL）バージョン 3 以降の条件で共有・改変できます。無保証です。</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（ビルド時は Qt %2）</translation>
    </message>
    <message>
        <source>The built-in corpus quotes these articles. They belong to their publishers and authors and are included as quoted sources:</source>
        <translation>組み込みコーパスは次の記事を引用しています。各記事の権利はその出版元と著者に属し、出典として引用する形で収録しています：</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Argline authors</source>
        <translation>Copyright © 2026 Argline の作者</translation>
    </message>
    <message>
        <source>&lt;b&gt;Argline %1&lt;/b&gt;&lt;p&gt;How a strategic debate unfolds over time: events on a zoomable timeline, arguments on a pro/con map, every one traceable to the sentence it comes from.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Argline %1&lt;/b&gt;&lt;p&gt;戦略をめぐる議論が時間とともにどう展開するかを示します。出来事はズームできるタイムラインに、論証は賛否の論証マップに表示され、そのすべてを元の文までたどれます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>argline::AifReader</name>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>expected an id (text or a number), found %1</source>
        <translation>ID（テキストまたは数値）が必要ですが、%1があります</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>ID がありません</translation>
    </message>
    <message>
        <source>an AIF file needs a &quot;nodes&quot; array</source>
        <translation>AIF ファイルには &quot;nodes&quot; 配列が必要です</translation>
    </message>
    <message>
        <source>expected a node object, found %1</source>
        <translation>ノードのオブジェクトが必要ですが、%1があります</translation>
    </message>
    <message>
        <source>duplicate nodeID %1</source>
        <translation>nodeID %1 が重複しています</translation>
    </message>
    <message>
        <source>a node needs a &quot;type&quot; (I, L, RA, CA, MA, ...)</source>
        <translation>ノードには &quot;type&quot;（I、L、RA、CA、MA など）が必要です</translation>
    </message>
    <message>
        <source>an AIF file needs an &quot;edges&quot; array</source>
        <translation>AIF ファイルには &quot;edges&quot; 配列が必要です</translation>
    </message>
    <message>
        <source>expected an edge object, found %1</source>
        <translation>エッジのオブジェクトが必要ですが、%1があります</translation>
    </message>
    <message>
        <source>no node has the id %1</source>
        <translation>ID が %1 のノードはありません</translation>
    </message>
    <message>
        <source>unnamed speaker</source>
        <translation>名前のない話者</translation>
    </message>
    <message>
        <source>the words of %1 have no date in the file, so they are not kept as quotes</source>
        <translation>ファイルに %1 の発言の日付がないため、引用としては保持しません</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 の発言（%2）</translation>
    </message>
    <message>
        <source>the AIF timestamp of the first of these locutions, which records when they were transcribed or analysed; the file gives no date for the words</source>
        <translation>これらの発話のうち最初のものの AIF タイムスタンプ（書き起こしまたは分析の日時を記録したもの）。ファイルには発言そのものの日付がありません</translation>
    </message>
    <message>
        <source>the speaker&apos;s locutions (L-nodes) as %1 records them</source>
        <translation>%1 に記録された話者の発話（L ノード）</translation>
    </message>
    <message>
        <source>(empty statement %1)</source>
        <translation>（空の言明 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s) between locutions (TA nodes)</source>
        <translation>
            <numerusform>発話間の遷移%n件（TA ノード）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of type %1</source>
        <translation>
            <numerusform>種類 %1 のノード%n個</numerusform>
        </translation>
    </message>
    <message>
        <source>not kept (the map has no place for them): %1</source>
        <translation>保持しません（マップに対応する場所がありません）：%1</translation>
    </message>
    <message>
        <source>%1 node %2</source>
        <translation>%1 ノード %2</translation>
    </message>
    <message>
        <source>RA node %1: a support from %2 is not between statements; the map does not draw it</source>
        <translation>RA ノード %1：%2 からの支持は言明どうしを結ぶものではないため、マップには描画しません</translation>
    </message>
    <message>
        <source>RA node %1 supports %2, which is not a statement; the map does not draw it</source>
        <translation>RA ノード %1 は言明ではない %2 を支持しているため、マップには描画しません</translation>
    </message>
    <message>
        <source>RA node %1 lacks a premise or a conclusion; the map does not draw it</source>
        <translation>RA ノード %1 には前提または結論がないため、マップには描画しません</translation>
    </message>
    <message>
        <source>CA node %1: an attack from %2 is not from a statement; the map does not draw it</source>
        <translation>CA ノード %1：%2 からの反論は言明から出ていないため、マップには描画しません</translation>
    </message>
    <message>
        <source>CA node %1 attacks %2; the map does not draw it</source>
        <translation>CA ノード %1 は %2 に反論していますが、マップには描画しません</translation>
    </message>
    <message>
        <source>MA node %1: %2 rephrases %3; the map does not draw rephrasing (it is kept with the relations the map does not draw)</source>
        <translation>MA ノード %1：%2 は %3 の言い換えです。マップは言い換えを描画しません（マップに描画しない関係として保持します）</translation>
    </message>
    <message>
        <source>an AIF file is a JSON object with &quot;nodes&quot; and &quot;edges&quot;</source>
        <translation>AIF ファイルは &quot;nodes&quot; と &quot;edges&quot; を持つ JSON オブジェクトである必要があります</translation>
    </message>
</context>
<context>
    <name>argline::AifWriter</name>
    <message numerus="yes">
        <source>%n event(s) and their dates: AIF has no timeline</source>
        <translation>
            <numerusform>出来事%n件とその日付：AIF にはタイムラインがありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>時代区分%n個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from arguments to events</source>
        <translation>
            <numerusform>論証から出来事へのリンク%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story (%n step(s))</source>
        <translation>
            <numerusform>ストーリー（%nステップ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s): as the speaker&apos;s locutions (L-nodes); the articles become each speaker&apos;s words, dated by the locution timestamps</source>
        <translation>
            <numerusform>引用%n件：話者の発話（L ノード）として書き込みました。記事は話者ごとの発言になり、日付は発話のタイムスタンプで表します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undercut(s) of an argument that supports nothing: written as attacks on it</source>
        <translation>
            <numerusform>何も支持していない論証へのアンダーカット%n件：その論証への反論として書き込みました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::ArgdownReader</name>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>著者：%1。</translation>
    </message>
    <message>
        <source>the front matter that starts here is never closed (a line with === ends it)</source>
        <translation>ここから始まるフロントマターが閉じられていません（=== だけの行で終わります）</translation>
    </message>
    <message>
        <source>the comment that starts here is never closed</source>
        <translation>ここから始まるコメントが閉じられていません</translation>
    </message>
    <message>
        <source>an argument&apos;s title needs a closing &gt;</source>
        <translation>論証のタイトルには閉じる &gt; が必要です</translation>
    </message>
    <message>
        <source>a statement&apos;s title needs a closing ]</source>
        <translation>言明のタイトルには閉じる ] が必要です</translation>
    </message>
    <message>
        <source>Argument at line %1</source>
        <translation>%1行目の論証</translation>
    </message>
    <message>
        <source>an inference line with no conclusion after it</source>
        <translation>推論線の後に結論がありません</translation>
    </message>
    <message>
        <source>a relation needs a statement or an argument above it</source>
        <translation>関係の上には言明または論証が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a statement or an argument after it</source>
        <translation>&quot;%1&quot; の後には言明または論証が必要です</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text; save it as UTF-8</source>
        <translation>ファイルが有効な UTF-8 テキストではありません。UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>no statement or argument found: is this an Argdown file?</source>
        <translation>言明も論証も見つかりません：Argdown ファイルではない可能性があります</translation>
    </message>
</context>
<context>
    <name>argline::ArgdownWriter</name>
    <message numerus="yes">
        <source>%n quote(s): as comments under their statements (Argdown has no quotes)</source>
        <translation>
            <numerusform>引用%n件：各言明の下にコメントとして書き込みました（Argdown には引用がありません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated title(s): numbered, since Argdown takes equal titles for the same statement</source>
        <translation>
            <numerusform>重複したタイトル%n件：Argdown では同じタイトルは同じ言明とみなされるため、番号を付けました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n premise–conclusion structure(s) in several steps: written as support relations</source>
        <translation>
            <numerusform>複数段階の前提–結論構造%n件：支持の関係として書き込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and their dates: Argdown has no timeline</source>
        <translation>
            <numerusform>出来事%n件とその日付：Argdown にはタイムラインがありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>時代区分%n個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the actors of %n argument(s) (Argdown tags become themes)</source>
        <translation>
            <numerusform>論証%n件のアクター（Argdown のタグはテーマになります）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the section (heading) of %n statement(s) defined in another statement&apos;s tree, under that tree&apos;s heading</source>
        <translation>
            <numerusform>ほかの言明のツリー内で定義された言明%n件のセクション（見出し）：そのツリーの見出しの下に置きました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rephrase relation(s)</source>
        <translation>
            <numerusform>言い換えの関係%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story (%n step(s))</source>
        <translation>
            <numerusform>ストーリー（%nステップ）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::Argument</name>
    <message>
        <source>Claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>賛成の理由</translation>
    </message>
    <message>
        <source>Con</source>
        <translation>反対の理由</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>異論</translation>
    </message>
    <message>
        <source>Rebuttal</source>
        <translation>再反論</translation>
    </message>
    <message>
        <source>for the claim</source>
        <translation>主張に賛成</translation>
    </message>
    <message>
        <source>against the claim</source>
        <translation>主張に反対</translation>
    </message>
    <message>
        <source>the claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>異論</translation>
    </message>
    <message>
        <source>rebuttal</source>
        <translation>再反論</translation>
    </message>
    <message>
        <source>attacks “%1”</source>
        <translation>「%1」に反論</translation>
    </message>
    <message>
        <source>supports “%1”</source>
        <translation>「%1」を支持</translation>
    </message>
</context>
<context>
    <name>argline::ArgumentGraph</name>
    <message>
        <source>support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>反論</translation>
    </message>
    <message>
        <source>undercut</source>
        <translation>アンダーカット</translation>
    </message>
    <message>
        <source>rephrase</source>
        <translation>言い換え</translation>
    </message>
    <message>
        <source>contrary</source>
        <translation>反対関係</translation>
    </message>
    <message>
        <source>contradiction</source>
        <translation>矛盾関係</translation>
    </message>
    <message>
        <source>the %1 from %2 to %3 closes a cycle; the map does not draw it (it is kept with the relations the map does not draw)</source>
        <translation>%2 から %3 への%1は循環を作るため、マップには描画しません（マップに描画しない関係として保持します）</translation>
    </message>
</context>
<context>
    <name>argline::ArgumentMapPane</name>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>マップ全体を表示します (Ctrl+0)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Show every objection and rebuttal</source>
        <translation>すべての異論と再反論を表示します</translation>
    </message>
    <message>
        <source>Main reasons</source>
        <translation>主な理由のみ</translation>
    </message>
    <message>
        <source>Collapse everything below the reasons for and against</source>
        <translation>賛成・反対の理由より下をすべて折りたたみます</translation>
    </message>
    <message>
        <source>For ◂ claim ▸ against</source>
        <translation>賛成 ◂ 主張 ▸ 反対</translation>
    </message>
    <message>
        <source>Top down</source>
        <translation>上から下へ</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>左から右へ</translation>
    </message>
    <message>
        <source>How the map is laid out</source>
        <translation>マップの配置方法</translation>
    </message>
    <message>
        <source>Map layout</source>
        <translation>マップの配置</translation>
    </message>
    <message>
        <source>For | against</source>
        <translation>賛成 | 反対</translation>
    </message>
    <message>
        <source>Group reasons for on one side and against on the other (else corpus order)</source>
        <translation>賛成の理由を片側に、反対の理由をもう片側にまとめます（オフのときはコーパスの順）</translation>
    </message>
    <message>
        <source>Tidy up</source>
        <translation>整列</translation>
    </message>
    <message>
        <source>Close the gaps left by collapsed branches (moves other cards)</source>
        <translation>折りたたんだ枝の跡の隙間を詰めます（ほかのカードも動きます）</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>フォーカス</translation>
    </message>
    <message>
        <source>Dim everything but the focused card&apos;s path to the claim and its branch (F)</source>
        <translation>フォーカス中のカードから主張までの経路とその枝以外を薄く表示します (F)</translation>
    </message>
    <message>
        <source>Map controls</source>
        <translation>マップの操作</translation>
    </message>
    <message>
        <source>Claim over columns</source>
        <translation>主張の下に列</translation>
    </message>
</context>
<context>
    <name>argline::ArgumentMapRenderer</name>
    <message numerus="yes">
        <source>%n for</source>
        <translation>
            <numerusform>賛成%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n against</source>
        <translation>
            <numerusform>反対%n</numerusform>
        </translation>
    </message>
    <message>
        <source>date uncertain</source>
        <translation>日付不確か</translation>
    </message>
    <message>
        <source>No arguments match the current filters.</source>
        <translation>現在の絞り込み条件に一致する論証はありません。</translation>
    </message>
    <message>
        <source>This corpus has no arguments.</source>
        <translation>このコーパスには論証がありません。</translation>
    </message>
    <message>
        <source>The date of this argument&apos;s source is inferred, and may fall after %1.</source>
        <translation>この論証の出典の日付は推定のため、%1より後の可能性があります。</translation>
    </message>
    <message>
        <source>Shown faded for context: it does not match the filters (or was not yet published), but an argument beneath it does.</source>
        <translation>文脈として薄く表示しています。この論証は絞り込み条件に一致しません（またはまだ公開されていません）が、その下の論証が一致しています。</translation>
    </message>
    <message>
        <source>no source quote</source>
        <translation>出典の引用なし</translation>
    </message>
    <message>
        <source>↗ also under “%1”</source>
        <translation>↗「%1」の下にもあり</translation>
    </message>
    <message>
        <source>↗ also a claim of its own</source>
        <translation>↗ 独立した主張としてもあり</translation>
    </message>
    <message>
        <source>The same statement stands elsewhere in the map (%1), with the reasons for and against it; click to go there.</source>
        <translation>同じ言明がマップのほかの場所（%1）にもあり、そちらに賛成・反対の理由が付いています。クリックするとそこへ移動します。</translation>
    </message>
</context>
<context>
    <name>argline::ArgumentMapWidget</name>
    <message>
        <source>Argument map</source>
        <translation>論証マップ</translation>
    </message>
    <message>
        <source>The pro and con arguments as a tree. Arrows move between parent, child and sibling; Space collapses or expands; Enter opens details.</source>
        <translation>賛否の論証をツリーで表示します。矢印キーで親・子・兄弟の間を移動し、Space キーで折りたたみと展開を切り替え、Enter キーで詳細を開きます。</translation>
    </message>
</context>
<context>
    <name>argline::ArgumentModel</name>
    <message>
        <source>Argument</source>
        <translation>論証</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>賛否</translation>
    </message>
</context>
<context>
    <name>argline::ArticleReader</name>
    <message>
        <source>Article reader</source>
        <translation>記事リーダー</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>no title in the text</source>
        <translation>本文にタイトルなし</translation>
    </message>
    <message>
        <source>outlet not stated</source>
        <translation>媒体の記載なし</translation>
    </message>
    <message>
        <source>author not stated</source>
        <translation>著者の記載なし</translation>
    </message>
    <message>
        <source>Cleaned:</source>
        <translation>整形内容：</translation>
    </message>
    <message>
        <source>Quoted by: %1</source>
        <translation>この箇所を引用している項目：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::Citation</name>
    <message>
        <source>(no title in the text)</source>
        <translation>（本文にタイトルなし）</translation>
    </message>
    <message>
        <source>outlet not stated</source>
        <translation>媒体の記載なし</translation>
    </message>
    <message>
        <source>author not stated</source>
        <translation>著者の記載なし</translation>
    </message>
    <message>
        <source>%1 (from the page, not the text)</source>
        <translation>%1（本文ではなくページの記載による）</translation>
    </message>
    <message>
        <source>from %1 · no source quote</source>
        <translation>%1 からインポート · 出典の引用なし</translation>
    </message>
</context>
<context>
    <name>argline::CommandLine</name>
    <message>
        <source>Only one corpus file can be opened at a time (got %1).</source>
        <translation>一度に開けるコーパスファイルは1つだけです（%1個指定されました）。</translation>
    </message>
    <message>
        <source>Validate the corpus (FILE, or the built-in one), print a summary and every problem found, and exit: 0 when it is valid, 1 when it is not.</source>
        <translation>コーパス（FILE、または組み込みコーパス）を検証し、概要と見つかったすべての問題を出力して終了します。終了コードは、有効なら 0、無効なら 1 です。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Argline shows how a strategic debate unfolds over time: a zoomable timeline of events and a pro/con argument map, every item backed by verbatim quotes from its sources.</source>
        <translation>Argline は、戦略をめぐる議論が時間とともにどう展開するかを示します。出来事をズームできるタイムラインに、賛否の論証を論証マップに表示し、そのすべてを出典からの原文どおりの引用で裏付けます。</translation>
    </message>
    <message>
        <source>Export the views or the story deck to PNG, SVG or PDF without a window; see &apos;argline export --help&apos;.</source>
        <translation>ウィンドウを開かずに、ビューまたはストーリーデッキを PNG、SVG、PDF にエクスポートします。詳しくは「argline export --help」を参照してください。</translation>
    </message>
    <message>
        <source>The corpus file name is empty.</source>
        <translation>コーパスのファイル名が空です。</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>詳しくは「%1」を実行してください。</translation>
    </message>
    <message>
        <source>Convert between the formats Argline opens; see &apos;argline convert --help&apos;.</source>
        <translation>Argline で開ける形式の間で変換します。詳しくは「argline convert --help」を参照してください。</translation>
    </message>
    <message>
        <source>A file to open instead of the built-in NATO–Japan corpus: an Argline corpus, TimelineJS (JSON or spreadsheet CSV), an events table (CSV), Argdown or AIF.</source>
        <translation>組み込みの NATO–日本コーパスの代わりに開くファイル。Argline コーパス、TimelineJS（JSON またはスプレッドシートの CSV）、出来事の表（CSV）、Argdown、AIF のいずれか。</translation>
    </message>
</context>
<context>
    <name>argline::ConvertCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>書き込むファイル（必須）。</translation>
    </message>
    <message>
        <source>The format to write (required unless the output&apos;s extension decides it, as .argdown does): %1.</source>
        <translation>書き込む形式（.argdown のように出力ファイルの拡張子で決まる場合を除き必須）：%1。</translation>
    </message>
    <message>
        <source>Convert a corpus between the formats Argline opens: its own corpus JSON, TimelineJS (JSON or the spreadsheet as CSV), an events table (CSV), Argdown and AIF. What the target cannot hold is listed.</source>
        <translation>Argline で開ける形式の間でコーパスを変換します。対応する形式は、Argline 独自のコーパス JSON、TimelineJS（JSON、またはスプレッドシートを CSV にしたもの）、出来事の表（CSV）、Argdown、AIF です。変換先の形式に入らない情報は一覧で示します。</translation>
    </message>
    <message>
        <source>convert reads one file at a time (got %1).</source>
        <translation>convert で一度に読み込めるファイルは1つだけです（%1個指定されました）。</translation>
    </message>
    <message>
        <source>name the file to convert.</source>
        <translation>変換するファイルを指定してください。</translation>
    </message>
    <message>
        <source>-o FILE is required: the file to write.</source>
        <translation>-o FILE（書き込むファイル）は必須です。</translation>
    </message>
    <message>
        <source>--to %1: unknown format (expected one of: %2).</source>
        <translation>--to %1：不明な形式です（%2 のいずれかを指定してください）。</translation>
    </message>
    <message>
        <source>--to FORMAT is required (one of: %1).</source>
        <translation>--to FORMAT は必須です（%1 のいずれか）。</translation>
    </message>
    <message>
        <source>Usage: argline convert IN -o OUT --to FORMAT</source>
        <translation>使い方: argline convert IN -o OUT --to FORMAT</translation>
    </message>
    <message>
        <source>argline convert: %1 has errors; nothing was written.</source>
        <translation>argline convert：%1 にエラーがあるため、何も書き込みませんでした。</translation>
    </message>
    <message>
        <source>argline convert: cannot write %1: %2</source>
        <translation>argline convert：%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 を書き込みました（%2）。</translation>
    </message>
    <message>
        <source>Kept in the nearest place the format offers:</source>
        <translation>形式内で最も近い場所に残した情報：</translation>
    </message>
    <message>
        <source>Not kept (the format has no place for it):</source>
        <translation>保持できなかった情報（形式に対応する場所がありません）：</translation>
    </message>
</context>
<context>
    <name>argline::CorpusFormats</name>
    <message>
        <source>Argline corpus</source>
        <translation>Argline コーパス</translation>
    </message>
    <message>
        <source>TimelineJS (JSON)</source>
        <translation>TimelineJS (JSON)</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet (CSV)</source>
        <translation>TimelineJS スプレッドシート (CSV)</translation>
    </message>
    <message>
        <source>Argdown</source>
        <translation>Argdown</translation>
    </message>
    <message>
        <source>AIF (Argument Interchange Format, JSON)</source>
        <translation>AIF (Argument Interchange Format, JSON)</translation>
    </message>
    <message>
        <source>Events table (CSV)</source>
        <translation>出来事の表 (CSV)</translation>
    </message>
    <message>
        <source>The Timeline Project (.timeline)</source>
        <translation>The Timeline Project (.timeline)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most Argline imports</source>
        <translation>ファイルが、Argline でインポートできる上限の %1 MB を超えています</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>読み込みが取り消されました</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>ファイルが UTF-16 テキストです。UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>this format cannot be read yet</source>
        <translation>この形式はまだ読み込めません</translation>
    </message>
    <message>
        <source>this format cannot be written yet</source>
        <translation>この形式にはまだ書き込めません</translation>
    </message>
    <message>
        <source>Everything Argline opens (*.json *.csv *.tsv *.argdown *.ad *.timeline)</source>
        <translation>Argline で開けるすべてのファイル (*.json *.csv *.tsv *.argdown *.ad *.timeline)</translation>
    </message>
    <message>
        <source>Argline corpus, TimelineJS or AIF (*.json)</source>
        <translation>Argline コーパス、TimelineJS、AIF (*.json)</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet or events table (*.csv *.tsv)</source>
        <translation>TimelineJS スプレッドシート、出来事の表 (*.csv *.tsv)</translation>
    </message>
    <message>
        <source>Argdown (*.argdown *.ad)</source>
        <translation>Argdown (*.argdown *.ad)</translation>
    </message>
    <message>
        <source>The Timeline Project (*.timeline)</source>
        <translation>The Timeline Project (*.timeline)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>argline::CorpusReader</name>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>読み込みが取り消されました</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>ファイルが UTF-16 テキストです。UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>the file changed while it was being read; open it again once it is saved</source>
        <translation>読み込み中にファイルが変更されました。保存が済んでから開き直してください</translation>
    </message>
    <message>
        <source>there is not enough memory to read this corpus</source>
        <translation>このコーパスを読み込むにはメモリーが足りません</translation>
    </message>
</context>
<context>
    <name>argline::CorpusRecordReader</name>
    <message>
        <source>field %1 appears twice</source>
        <translation>フィールド %1 が2回出現しています</translation>
    </message>
    <message>
        <source>unknown field (ignored)</source>
        <translation>不明なフィールドです（無視します）</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>配列が必要ですが、%1があります</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1が必要ですが、%2があります</translation>
    </message>
    <message>
        <source>not an Argline corpus: &quot;format&quot; is %1, expected &quot;argline-corpus&quot;</source>
        <translation>Argline コーパスではありません：&quot;format&quot; が %1 です（&quot;argline-corpus&quot; が必要です）</translation>
    </message>
    <message>
        <source>corpus version %1 is newer than this Argline reads (version %2); please update Argline</source>
        <translation>コーパスのバージョン %1 は、この Argline が読めるバージョン（%2）より新しいです。Argline を更新してください</translation>
    </message>
    <message>
        <source>unsupported corpus version %1 (this Argline reads version %2)</source>
        <translation>コーパスのバージョン %1 には対応していません（この Argline が読めるのはバージョン %2 です）</translation>
    </message>
    <message>
        <source>not an Argline corpus: the top-level &quot;format&quot; field is missing (expected &quot;format&quot;: &quot;argline-corpus&quot;)</source>
        <translation>Argline コーパスではありません：最上位の &quot;format&quot; フィールドがありません（&quot;format&quot;: &quot;argline-corpus&quot; が必要です）</translation>
    </message>
    <message>
        <source>missing required field &quot;version&quot;</source>
        <translation>必須フィールド &quot;version&quot; がありません</translation>
    </message>
    <message>
        <source>missing required field &quot;title&quot;</source>
        <translation>必須フィールド &quot;title&quot; がありません</translation>
    </message>
    <message>
        <source>missing required field &quot;articles&quot;</source>
        <translation>必須フィールド &quot;articles&quot; がありません</translation>
    </message>
    <message>
        <source>%1 is not a valid id (1–64 characters from A–Z a–z 0–9 . _ : -)</source>
        <translation>%1 は有効な ID ではありません（A–Z a–z 0–9 . _ : - の1～64文字）</translation>
    </message>
    <message>
        <source>duplicate id %1 (first used at %2)</source>
        <translation>ID %1 が重複しています（最初の使用箇所：%2）</translation>
    </message>
    <message>
        <source>a date whose basis is %1 needs a &quot;note&quot; that says how it was found</source>
        <translation>根拠が %1 の日付には、どのように特定したかを記す &quot;note&quot; が必要です</translation>
    </message>
    <message>
        <source>unknown basis %1 (expected &quot;stated&quot;, &quot;derived&quot;, &quot;inferred&quot; or &quot;outside&quot;)</source>
        <translation>不明な根拠 %1 です（&quot;stated&quot;、&quot;derived&quot;、&quot;inferred&quot;、&quot;outside&quot; のいずれかが必要です）</translation>
    </message>
    <message>
        <source>needs at least one quote</source>
        <translation>引用が少なくとも1つ必要です</translation>
    </message>
    <message>
        <source>%1 is not a colour (expected #rrggbb)</source>
        <translation>%1 は色ではありません（#rrggbb の形式が必要です）</translation>
    </message>
    <message>
        <source>give either &quot;file&quot; or &quot;text&quot;, not both</source>
        <translation>&quot;file&quot; と &quot;text&quot; の両方ではなく、どちらか一方を指定してください</translation>
    </message>
    <message>
        <source>missing the article&apos;s text: give &quot;file&quot; (a path) or &quot;text&quot;</source>
        <translation>記事の本文がありません：&quot;file&quot;（パス）または &quot;text&quot; を指定してください</translation>
    </message>
    <message>
        <source>unknown status %1 (expected &quot;happened&quot; or &quot;planned&quot;)</source>
        <translation>不明な状態 %1 です（&quot;happened&quot; または &quot;planned&quot; が必要です）</translation>
    </message>
    <message>
        <source>a claim is a root and has no parent (use &quot;pro&quot; or &quot;con&quot; for a reason)</source>
        <translation>主張はルートなので親を持ちません（理由には &quot;pro&quot; または &quot;con&quot; を使ってください）</translation>
    </message>
    <message>
        <source>a %1 argument needs a &quot;parent&quot;</source>
        <translation>%1 の論証には &quot;parent&quot; が必要です</translation>
    </message>
    <message>
        <source>unknown role %1 (expected &quot;claim&quot;, &quot;pro&quot; or &quot;con&quot;)</source>
        <translation>不明な役割 %1 です（&quot;claim&quot;、&quot;pro&quot;、&quot;con&quot; のいずれかが必要です）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>basis %1 does not apply to an article&apos;s date (expected &quot;stated&quot; or &quot;inferred&quot;)</source>
        <translation>根拠 %1 は記事の日付には使えません（&quot;stated&quot; または &quot;inferred&quot; が必要です）</translation>
    </message>
    <message>
        <source>basis %1 is for article dates (expected &quot;stated&quot;, &quot;derived&quot; or &quot;outside&quot;)</source>
        <translation>根拠 %1 は記事の日付専用です（&quot;stated&quot;、&quot;derived&quot;、&quot;outside&quot; のいずれかが必要です）</translation>
    </message>
    <message>
        <source>the article&apos;s text is empty: there is nothing to quote</source>
        <translation>記事の本文が空です。引用できる箇所がありません</translation>
    </message>
    <message>
        <source>unknown outlet source %1 (expected &quot;text&quot; or &quot;page&quot;)</source>
        <translation>不明な媒体名の出所 %1 です（&quot;text&quot; または &quot;page&quot; を指定してください）</translation>
    </message>
    <message>
        <source>unknown relation %1 (expected &quot;undercut&quot;, &quot;contrary&quot;, &quot;contradiction&quot; or &quot;premise&quot;)</source>
        <translation>不明な関係 %1 です（&quot;undercut&quot;、&quot;contrary&quot;、&quot;contradiction&quot;、&quot;premise&quot; のいずれかが必要です）</translation>
    </message>
</context>
<context>
    <name>argline::CorpusSummary</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>記事%n本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>出来事%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>論証%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>主張%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for</source>
        <translation>
            <numerusform>賛成%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n against</source>
        <translation>
            <numerusform>反対%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s)</source>
        <translation>
            <numerusform>異論%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuttal(s)</source>
        <translation>
            <numerusform>再反論%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>引用%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>時代区分%n個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story step(s)</source>
        <translation>
            <numerusform>ストーリー%nステップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a source quote</source>
        <translation>
            <numerusform>出典の引用なし%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cross-reference(s)</source>
        <translation>
            <numerusform>相互参照%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s) the map does not draw</source>
        <translation>
            <numerusform>マップに描画しない関係%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::CorpusValidator</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 は有効な UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>unknown id %1 (expected %2)</source>
        <translation>不明な ID %1 です（%2が必要です）</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 は%3ではなく%2です</translation>
    </message>
    <message>
        <source>unknown id %1 (expected an event or an argument)</source>
        <translation>不明な ID %1 です（出来事または論証が必要です）</translation>
    </message>
    <message>
        <source>%1 is %2, not an event or an argument</source>
        <translation>%1 は出来事でも論証でもなく%2です</translation>
    </message>
    <message>
        <source>quote not found in article %1</source>
        <translation>記事 %1 に引用が見つかりません</translation>
    </message>
    <message>
        <source>quote not found in article %1: the text matches up to &quot;…%2&quot; but the quote goes on &quot;%3…&quot;</source>
        <translation>記事 %1 に引用が見つかりません：本文は「…%2」まで一致しますが、引用はその先が「%3…」となっています</translation>
    </message>
    <message>
        <source>no event or argument cites this article</source>
        <translation>この記事を引用している出来事や論証はありません</translation>
    </message>
    <message>
        <source>no event involves this actor</source>
        <translation>このアクターが関わる出来事はありません</translation>
    </message>
    <message>
        <source>no event has this theme</source>
        <translation>このテーマの出来事はありません</translation>
    </message>
    <message>
        <source>an article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>an actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>a theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>an argument</source>
        <translation>論証</translation>
    </message>
    <message>
        <source>an era</source>
        <translation>時代区分</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 must be a relative path inside the corpus folder</source>
        <translation>%1 はコーパスフォルダー内の相対パスである必要があります</translation>
    </message>
    <message>
        <source>%1 points outside the corpus folder</source>
        <translation>%1 はコーパスフォルダーの外を指しています</translation>
    </message>
    <message>
        <source>%1 leads outside the corpus folder through a link</source>
        <translation>%1 はリンクを経由してコーパスフォルダーの外を指しています</translation>
    </message>
    <message>
        <source>the parents form a cycle: %1 (each arrow points to a parent)</source>
        <translation>親子関係が循環しています：%1（各矢印は親を指します）</translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation>%1 に制御文字が含まれています</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to quote</source>
        <translation>%1 は空です。引用できる箇所がありません</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8</source>
        <translation>%1 は UTF-16 テキストです。UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>%1 contains NUL bytes: it is not a text file</source>
        <translation>%1 に NUL バイトが含まれています。テキストファイルではありません</translation>
    </message>
    <message numerus="yes">
        <source>… %n more …</source>
        <translation>
            <numerusform>…ほか %n 件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the parents form a cycle of %n arguments: %1 (each arrow points to a parent)</source>
        <translation>
            <numerusform>%n 件の論点の親子関係が循環しています：%1（各矢印は親を指します）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::CsvTable</name>
    <message>
        <source>the file is not valid UTF-8 text; save it as UTF-8</source>
        <translation>ファイルが有効な UTF-8 テキストではありません。UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (write the whole field in quotes and double the quote: &quot;&quot;)</source>
        <translation>引用符で囲まれていないフィールドの中に引用符があります（フィールド全体を引用符で囲み、中の引用符は &quot;&quot; のように2つ重ねてください）</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>フィールドを閉じる引用符の後に文字があります</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>%1行目から始まる引用符付きのフィールドが閉じられていません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
</context>
<context>
    <name>argline::CsvWriteReport</name>
    <message numerus="yes">
        <source>%n quote(s): written into the text, with their citations (the format has no place for quotes)</source>
        <translation>
            <numerusform>引用%n件：出典の表記とともに本文に書き込みました（この形式には引用を入れる場所がありません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s): the format has no argument map</source>
        <translation>
            <numerusform>論証%n件：この形式には論証マップがありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story (%n step(s))</source>
        <translation>
            <numerusform>ストーリー（%nステップ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lanes after the first of %n event(s) (one group per row)</source>
        <translation>
            <numerusform>出来事%n件の2本目以降のレーン（1行に1グループのみ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the themes of %n event(s)</source>
        <translation>
            <numerusform>出来事%n件のテーマ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>how %n date(s) were found (basis and note)</source>
        <translation>
            <numerusform>日付%n件の特定方法（根拠と注記）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::DateInfo</name>
    <message>
        <source>stated in the text</source>
        <translation>本文に明記</translation>
    </message>
    <message>
        <source>derived from the text</source>
        <translation>本文から導出</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>outside knowledge</source>
        <translation>外部の知識</translation>
    </message>
</context>
<context>
    <name>argline::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Select an event or an argument to see what it rests on: the quotes, in their paragraphs, and the articles they come from.</source>
        <translation>出来事または論証を選択すると、その根拠（引用とその段落、引用元の記事）を表示します。</translation>
    </message>
    <message>
        <source>Also selected</source>
        <translation>ほかの選択項目</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>to the day</source>
        <translation>日単位</translation>
    </message>
    <message>
        <source>to the month</source>
        <translation>月単位</translation>
    </message>
    <message>
        <source>to the year</source>
        <translation>年単位</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>アクター：</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>テーマ：</translation>
    </message>
    <message>
        <source>Arguments that rest on it</source>
        <translation>これを根拠とする論証</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>支持の対象</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>反論の対象</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>これに答える論証</translation>
    </message>
    <message>
        <source>Events it rests on</source>
        <translation>根拠となる出来事</translation>
    </message>
    <message>
        <source>Items quoting it</source>
        <translation>これを引用している項目</translation>
    </message>
    <message>
        <source>Why it is shown</source>
        <translation>表示される理由</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>クレジット：%1</translation>
    </message>
    <message>
        <source>Argline does not load media; a link opens in your web browser when you click it.</source>
        <translation>Argline はメディアを読み込みません。リンクはクリックすると Web ブラウザーで開きます。</translation>
    </message>
    <message>
        <source>This statement also stands elsewhere in the map, with its reasons: %1</source>
        <translation>この言明は、その理由とともにマップのほかの場所にもあります：%1</translation>
    </message>
    <message>
        <source>An undercut: it attacks the inference from %1 to %2, not %1 itself.</source>
        <translation>アンダーカット：%1 そのものではなく、%1 から %2 への推論に反論しています。</translation>
    </message>
    <message>
        <source>An undercut: it attacks the inference drawn from %1.</source>
        <translation>アンダーカット：%1 から導かれる推論に反論しています。</translation>
    </message>
    <message>
        <source>A contrary of %1: they cannot both be true.</source>
        <translation>%1 と反対関係にあります：両方が同時に真になることはありません。</translation>
    </message>
    <message>
        <source>Contradicts %1: exactly one of them is true.</source>
        <translation>%1 と矛盾関係にあります：どちらか一方だけが真です。</translation>
    </message>
    <message>
        <source>A premise of %1.</source>
        <translation>%1 の前提です。</translation>
    </message>
    <message>
        <source>It supports %1 only together with %2.</source>
        <translation>%2 と組み合わさったときにだけ %1 を支持します。</translation>
    </message>
    <message>
        <source>(not a statement)</source>
        <translation>（言明ではない項目）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Relations the map does not draw</source>
        <translation>マップに描画しない関係</translation>
    </message>
</context>
<context>
    <name>argline::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>argline::DiagnosticSink</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…ほかに問題%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and at least %n more problem(s)</source>
        <translation>
            <numerusform>…ほかに少なくとも問題%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::DiagnosticsDialog</name>
    <message>
        <source>Problems in %1</source>
        <translation>%1 の問題</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 could not be opened.&lt;/b&gt; It has %n error(s); the corpus that was open stays open.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 を開けませんでした。&lt;/b&gt;エラーが%n件あります。開いていたコーパスはそのまま開いています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened with %n warning(s).</source>
        <translation>
            <numerusform>%1 を開きました（警告%n件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行%2列</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>すべてコピー</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1内</translation>
    </message>
    <message>
        <source>The selected problem in its line</source>
        <translation>選択した問題の該当行</translation>
    </message>
</context>
<context>
    <name>argline::DocumentBuffer</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>ファイルが %1 MB を超えています</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>the file changed while it was being read</source>
        <translation>読み込み中にファイルが変更されました</translation>
    </message>
</context>
<context>
    <name>argline::EventModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>argline::EventsCsvReader</name>
    <message>
        <source>%1 ms is not a time Argline can draw</source>
        <translation>%1 ms は Argline で描画できる時刻ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot; は日時ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day that does not exist</source>
        <translation>&quot;%1&quot; の時刻は存在しません</translation>
    </message>
    <message>
        <source>the header must name a title column (title, content or name) and a start column (start, start_ms or date) for an events table, or have the TimelineJS template&apos;s Year and Headline columns; it has: %1</source>
        <translation>ヘッダーには、出来事の表ならタイトルの列（title、content、name のいずれか）と開始の列（start、start_ms、date のいずれか）が、TimelineJS のテンプレートなら Year と Headline の列が必要です。ヘッダーにある列：%1</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>タイトルが空です</translation>
    </message>
    <message>
        <source>the start is empty</source>
        <translation>開始が空です</translation>
    </message>
    <message>
        <source>the end must be a single date, not &quot;%1&quot;</source>
        <translation>終了は &quot;%1&quot; ではなく、1つの日付である必要があります</translation>
    </message>
    <message>
        <source>the start is already a range or a qualified date; leave the end empty</source>
        <translation>開始がすでに範囲または修飾語付きの日付です。終了は空にしてください</translation>
    </message>
    <message>
        <source>id %1 is taken or not a valid id; the event is called %2</source>
        <translation>ID %1 は使用済みか有効な ID ではないため、この出来事の ID を %2 にしました</translation>
    </message>
</context>
<context>
    <name>argline::EventsCsvWriter</name>
    <message numerus="yes">
        <source>%n era(s): the table holds events only</source>
        <translation>
            <numerusform>時代区分%n個：表には出来事しか入りません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media link(s)</source>
        <translation>
            <numerusform>メディアのリンク%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the wording of %n date(s) as written</source>
        <translation>
            <numerusform>日付%n件の元の表記</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::ExportCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>The file to write (required). Its extension chooses the format unless --format is given.</source>
        <translation>書き込むファイル（必須）。--format を指定しない場合は、拡張子で形式が決まります。</translation>
    </message>
    <message>
        <source>timeline, map or both (side by side; the default).</source>
        <translation>timeline、map、または both（横に並べる。既定）。</translation>
    </message>
    <message>
        <source>Start of the timeline&apos;s range, in the corpus date grammar: 2007, 2023-04, 2022-02-24, &quot;early 2023&quot;.</source>
        <translation>タイムラインの範囲の始まり。コーパスの日付の書式で指定します：2007、2023-04、2022-02-24、&quot;early 2023&quot;。</translation>
    </message>
    <message>
        <source>End of the range (included): 2025 runs to 31 December 2025.</source>
        <translation>範囲の終わり（その期間を含む）。2025 なら 2025年12月31日までです。</translation>
    </message>
    <message>
        <source>png, svg or pdf.</source>
        <translation>png、svg、または pdf。</translation>
    </message>
    <message>
        <source>PNG/SVG width in pixels (default 1920).</source>
        <translation>PNG/SVG の幅（ピクセル。既定は 1920）。</translation>
    </message>
    <message>
        <source>PNG/SVG height in pixels (default 1080).</source>
        <translation>PNG/SVG の高さ（ピクセル。既定は 1080）。</translation>
    </message>
    <message>
        <source>PNG: size the image as the --page at this resolution (instead of --width/--height).</source>
        <translation>PNG：--width/--height の代わりに、--page の用紙をこの解像度で画像にします。</translation>
    </message>
    <message>
        <source>PNG/SVG: how many device pixels per layout pixel (default: from the size, 2 for 3840×2160).</source>
        <translation>PNG/SVG：レイアウトの1ピクセルあたりのデバイスピクセル数（既定はサイズから決まり、3840×2160 なら 2）。</translation>
    </message>
    <message>
        <source>PDF page: slide (16:9, the default), a4 or letter.</source>
        <translation>PDF のページ：slide（16:9。既定）、a4、letter のいずれか。</translation>
    </message>
    <message>
        <source>PDF: portrait pages (landscape by default).</source>
        <translation>PDF：ページを縦向きにします（既定は横向き）。</translation>
    </message>
    <message>
        <source>PDF: spread the timeline over pages of N years each, with the axis on every page.</source>
        <translation>PDF：タイムラインを N 年ずつのページに分け、各ページに時間軸を付けます。</translation>
    </message>
    <message>
        <source>light (default), dark, high-contrast, or print (white and greyscale-safe).</source>
        <translation>light（既定）、dark、high-contrast、print（白背景で、グレースケールでも判別できる）のいずれか。</translation>
    </message>
    <message>
        <source>Timeline lanes by actor (default) or theme.</source>
        <translation>タイムラインのレーン：actor（アクター別。既定）または theme（テーマ別）。</translation>
    </message>
    <message>
        <source>Map: only this argument and what is below it.</source>
        <translation>マップ：この論証とその下の論証だけを表示します。</translation>
    </message>
    <message>
        <source>Highlight this event or argument and its links.</source>
        <translation>この出来事または論証と、そのリンクを強調表示します。</translation>
    </message>
    <message>
        <source>A title above the views.</source>
        <translation>ビューの上に表示するタイトル。</translation>
    </message>
    <message>
        <source>A subtitle below the title.</source>
        <translation>タイトルの下に表示するサブタイトル。</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>凡例を省きます。</translation>
    </message>
    <message>
        <source>Leave out the footer crediting the cited articles.</source>
        <translation>引用した記事を示すフッターを省きます。</translation>
    </message>
    <message>
        <source>PNG: no page background.</source>
        <translation>PNG：ページの背景を描きません。</translation>
    </message>
    <message>
        <source>The corpus to export (default: the built-in one).</source>
        <translation>エクスポートするコーパス（既定は組み込みコーパス）。</translation>
    </message>
    <message>
        <source>Export the corpus story as a PDF handout: a title page, one page per step, and the sources.</source>
        <translation>コーパスのストーリーを PDF の配布資料としてエクスポートします（表紙、ステップごとに1ページ、出典）。</translation>
    </message>
    <message>
        <source>Export Argline&apos;s views, or the story deck, to PNG, SVG or PDF. Needs no display.

Examples:
  argline export --view timeline --from 2007 --to 2025 -o brief.pdf
  argline export --story -o deck.pdf
  argline export --width 3840 --height 2160 --theme print -o both.png

Exit codes: 0 written; 1 the corpus has errors; 2 bad arguments; 3 the file could not be written (nothing is left behind).</source>
        <translation>Argline のビュー、またはストーリーデッキを PNG、SVG、PDF にエクスポートします。ディスプレイは不要です。

例：
  argline export --view timeline --from 2007 --to 2025 -o brief.pdf
  argline export --story -o deck.pdf
  argline export --width 3840 --height 2160 --theme print -o both.png

終了コード：0 書き込み完了、1 コーパスにエラーがある、2 引数が正しくない、3 ファイルを書き込めなかった（何も残しません）。</translation>
    </message>
    <message>
        <source>--%1: expected a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1：%2～%3 の数値が必要です（&quot;%4&quot; が指定されました）</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (the corpus is given with --corpus)</source>
        <translation>予期しない引数 &quot;%1&quot; です（コーパスは --corpus で指定します）</translation>
    </message>
    <message>
        <source>no output file: give -o FILE</source>
        <translation>出力ファイルがありません：-o FILE を指定してください</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: give --format png, svg or pdf</source>
        <translation>&quot;%1&quot; の形式を判別できません：--format png、svg、pdf のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--story: the story deck is a PDF; use a .pdf file or --format pdf</source>
        <translation>--story：ストーリーデッキは PDF です。.pdf ファイルか --format pdf を使ってください</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to：%1</translation>
    </message>
    <message>
        <source>give both --from and --to for a range</source>
        <translation>範囲には --from と --to の両方を指定してください</translation>
    </message>
    <message>
        <source>bad range: --to %1 ends before --from %2 begins</source>
        <translation>範囲が正しくありません：--to %1 が --from %2 の始まりより前に終わっています</translation>
    </message>
    <message>
        <source>--transparent: only a PNG can have a transparent background</source>
        <translation>--transparent：背景を透明にできるのは PNG だけです</translation>
    </message>
    <message>
        <source>argline export: %1 has errors; nothing was written.</source>
        <translation>argline export：%1 にエラーがあるため、何も書き込みませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を書き込みました（%nページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: unknown %2 &quot;%3&quot; (expected %4)</source>
        <translation>--%1：不明な%2 &quot;%3&quot; です（%4 のいずれかが必要です）</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>png, svg or pdf</source>
        <translation>png、svg、pdf</translation>
    </message>
    <message>
        <source>view</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>timeline, map or both</source>
        <translation>timeline、map、both</translation>
    </message>
    <message>
        <source>page size</source>
        <translation>ページサイズ</translation>
    </message>
    <message>
        <source>slide, a4 or letter</source>
        <translation>slide、a4、letter</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>lane mode</source>
        <translation>レーンの種類</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>%1 を書き込みました（%2 × %3 ピクセル）。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き込みました。</translation>
    </message>
    <message>
        <source>--corpus: the file name is empty</source>
        <translation>--corpus：ファイル名が空です</translation>
    </message>
    <message>
        <source>Usage: argline export [options]</source>
        <translation>使い方: argline export [オプション]</translation>
    </message>
    <message>
        <source>Map layout: columns (default), two-sided, top-down or left-to-right.</source>
        <translation>マップの配置：columns（既定）、two-sided、top-down、left-to-right のいずれか。</translation>
    </message>
    <message>
        <source>--format %1 does not match the file name &quot;%2&quot;</source>
        <translation>--format %1 がファイル名 &quot;%2&quot; と一致しません</translation>
    </message>
    <message>
        <source>argline export: --story: %1 has no story to export</source>
        <translation>argline export：--story：%1 にはエクスポートするストーリーがありません</translation>
    </message>
    <message>
        <source>Timeline scale: auto (default: density-balanced when events bunch up), linear or balanced.</source>
        <translation>タイムラインの尺度：auto（既定。出来事が偏っているときは密度調整）、linear、balanced のいずれか。</translation>
    </message>
    <message>
        <source>The same as --time-scale balanced.</source>
        <translation>--time-scale balanced と同じです。</translation>
    </message>
    <message>
        <source>time scale</source>
        <translation>時間尺度</translation>
    </message>
    <message>
        <source>--balanced contradicts --time-scale %1</source>
        <translation>--balanced は --time-scale %1 と矛盾します</translation>
    </message>
</context>
<context>
    <name>argline::ExportComposer</name>
    <message>
        <source>Sources: nothing shown here cites an article.</source>
        <translation>出典：ここに表示した項目は、どの記事も引用していません。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>出典：%1。</translation>
    </message>
    <message>
        <source>Timeline · %1 – %2</source>
        <translation>タイムライン · %1～%2</translation>
    </message>
    <message numerus="yes">
        <source>Arguments for and against · %n shown</source>
        <translation>
            <numerusform>賛否の論証 · %n件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s) not shown for lack of room: %1</source>
        <translation>
            <numerusform>場所が足りないため表示していないレーン%n本：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date format of a month in a title</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year in a title (Japanese adds 年)</comment>
        <translation>%1年</translation>
    </message>
    <message numerus="yes">
        <source>Arguments for and against · %1 of %n in view</source>
        <translation>
            <numerusform>賛否の論証 · %n件中%1件を表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::ExportDialog</name>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Credit the sources</source>
        <translation>出典を表記</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>背景を透明にする</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Both views, side by side</source>
        <translation>両方のビューを横に並べる</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Argument map</source>
        <translation>論証マップ</translation>
    </message>
    <message>
        <source>as in the window, or e.g. 2007..2025</source>
        <translation>ウィンドウと同じ、または 2007..2025 など</translation>
    </message>
    <message>
        <source>White and greyscale-safe: for and against told apart by words and line styles</source>
        <translation>白背景で、グレースケールでも判別できます。賛成と反対を文字と線の種類で区別します</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG (vector, text kept as text)</source>
        <translation>SVG（ベクター。文字はテキストのまま）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Device pixels per layout pixel: 2 draws everything twice as fine, for a 4K screen or a print</source>
        <translation>レイアウトの1ピクセルあたりのデバイスピクセル数です。2 にすると2倍の細かさで描画します（4K 画面や印刷向け）</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>倍率：</translation>
    </message>
    <message>
        <source>Slide, 16:9</source>
        <translation>スライド (16:9)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>one page</source>
        <translation>1ページ</translation>
    </message>
    <message>
        <source> years per page</source>
        <translation> 年/ページ</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>ページ：</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>タイムライン：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>サブタイトル：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Story Deck…</source>
        <translation>ストーリーデッキ…</translation>
    </message>
    <message>
        <source>The corpus story as a PDF handout, one page per step</source>
        <translation>コーパスのストーリーを、ステップごとに1ページの PDF 配布資料にします</translation>
    </message>
    <message>
        <source>Time range: %1</source>
        <translation>期間：%1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export Story Deck</source>
        <translation>ストーリーデッキのエクスポート</translation>
    </message>
    <message>
        <source>Writing the story deck…</source>
        <translation>ストーリーデッキを書き込み中…</translation>
    </message>
    <message>
        <source>The image is on the clipboard.</source>
        <translation>画像をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>argline::ExportLegend</name>
    <message>
        <source>exact date</source>
        <translation>正確な日付</translation>
    </message>
    <message>
        <source>approximate date (band: its span)</source>
        <translation>おおよその日付（帯はその期間）</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>FOR: for the claim</source>
        <translation>賛成：主張に賛成</translation>
    </message>
    <message>
        <source>AGAINST: against the claim</source>
        <translation>反対：主張に反対</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>supports the card above</source>
        <translation>上のカードを支持</translation>
    </message>
    <message>
        <source>attacks the card above</source>
        <translation>上のカードに反論</translation>
    </message>
</context>
<context>
    <name>argline::ExportScene</name>
    <message>
        <source>--subtree: &quot;%1&quot; is not an argument in this corpus</source>
        <translation>--subtree：&quot;%1&quot; はこのコーパスの論証ではありません</translation>
    </message>
    <message>
        <source>--select: &quot;%1&quot; is not an event or an argument in this corpus</source>
        <translation>--select：&quot;%1&quot; はこのコーパスの出来事でも論証でもありません</translation>
    </message>
</context>
<context>
    <name>argline::ExportWriter</name>
    <message>
        <source>Made with Argline from %1</source>
        <translation>「%1」をもとに Argline で作成</translation>
    </message>
    <message>
        <source>Could not encode the PNG: %1</source>
        <translation>PNG をエンコードできませんでした：%1</translation>
    </message>
    <message>
        <source>%1 (page %2 of %3)</source>
        <translation>%1（%2/%3ページ）</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>エクスポートを取り消しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file</source>
        <translation>%1 に書き込めません：通常のファイルではありません</translation>
    </message>
</context>
<context>
    <name>argline::FilterChips</name>
    <message>
        <source>Active filters</source>
        <translation>有効な絞り込み条件</translation>
    </message>
    <message>
        <source>Filtered by:</source>
        <translation>絞り込み：</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>この条件を解除</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>条件「%1」を解除</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>すべて解除</translation>
    </message>
</context>
<context>
    <name>argline::FilterDescription</name>
    <message>
        <source>neither for nor against</source>
        <translation>賛成も反対も非表示</translation>
    </message>
    <message>
        <source>importance %1+</source>
        <translation>重要度%1以上</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>only linked to the selection</source>
        <translation>選択項目とそのリンク先のみ</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1時点</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>出来事%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>論証%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>出来事%n件中%1件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n argument(s)</source>
        <translation>
            <numerusform>論証%n件中%1件</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered by: %1</source>
        <translation>絞り込み：%1</translation>
    </message>
    <message>
        <source>only for the claim</source>
        <translation>主張に賛成のみ</translation>
    </message>
    <message>
        <source>only against the claim</source>
        <translation>主張に反対のみ</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) in %2</source>
        <translation>
            <numerusform>%2の出来事%n件中%1件</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not match the filters.</source>
        <translation>絞り込み条件に一致しません。</translation>
    </message>
    <message>
        <source>Shown for context: it does not match the filters, but an argument beneath it does.</source>
        <translation>文脈として表示しています。絞り込み条件には一致しませんが、その下の論証が一致します。</translation>
    </message>
    <message>
        <source>involves %1</source>
        <translation>%1が関与</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>%1に言及</translation>
    </message>
    <message>
        <source>is about %1</source>
        <translation>テーマは%1</translation>
    </message>
    <message>
        <source>also cites %1</source>
        <translation>%1も引用</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches %1: %2</source>
        <translation>%1に一致：%2</translation>
    </message>
    <message>
        <source>Quotes %1</source>
        <translation>%1を引用</translation>
    </message>
    <message>
        <source>Cited by %1 (%2)</source>
        <translation>%1（%2）が引用</translation>
    </message>
    <message>
        <source>The claim: shown whatever the stance</source>
        <translation>主張：賛否にかかわらず表示</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>賛否：%1</translation>
    </message>
    <message>
        <source>Importance %1 (at least %2)</source>
        <translation>重要度%1（%2以上）</translation>
    </message>
    <message>
        <source>The searched words are in its title</source>
        <translation>検索語はタイトルにあります</translation>
    </message>
    <message>
        <source>The searched words are in its title or text</source>
        <translation>検索語はタイトルまたは本文にあります</translation>
    </message>
    <message>
        <source>The searched words are in its title, text or quotes</source>
        <translation>検索語はタイトル、本文または引用にあります</translation>
    </message>
    <message>
        <source>The claim frames the debate: arguments beneath it were published by %1</source>
        <translation>主張は議論の枠組みです。その下の論証は%1までに公開されています</translation>
    </message>
    <message>
        <source>A source was published by %1</source>
        <translation>出典は%1までに公開されています</translation>
    </message>
    <message>
        <source>A source may have been published by %1 (its date is inferred)</source>
        <translation>出典は%1までに公開された可能性があります（公開日は推定）</translation>
    </message>
    <message>
        <source>Actors and themes: an event matches by its own; an argument by those it names itself, not by the events it cites. For and against: an argument&apos;s stance on the claim; an event matches when an argument of that stance cites it. Importance applies to events only.</source>
        <translation>アクターとテーマ：出来事はそれ自身のアクターとテーマで、論証はそれ自身が言及するもので一致します。引用する出来事のものでは一致しません。賛成と反対：論証の主張に対する賛否です。出来事は、その賛否の論証が引用しているときに一致します。重要度は出来事にのみ適用されます。</translation>
    </message>
</context>
<context>
    <name>argline::FilterPanel</name>
    <message>
        <source>Actors</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Minimum importance of events</source>
        <translation>出来事の重要度の下限</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>絞り込みをリセット</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>論証</translation>
    </message>
    <message>
        <source>Events of importance at least</source>
        <translation>重要度がこれ以上の出来事</translation>
    </message>
    <message>
        <source>For the claim</source>
        <translation>主張に賛成</translation>
    </message>
    <message>
        <source>Against the claim</source>
        <translation>主張に反対</translation>
    </message>
    <message>
        <source>Arguments for the claim, and the events they cite. A reason that supports an argument against the claim counts as against.</source>
        <translation>主張に賛成の論証と、それが引用する出来事を表示します。主張に反対の論証を支持する理由は反対に数えます。</translation>
    </message>
    <message>
        <source>Arguments against the claim, and the events they cite. An objection to an argument against the claim counts as for.</source>
        <translation>主張に反対の論証と、それが引用する出来事を表示します。主張に反対の論証への異論は賛成に数えます。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>The claim: %1</source>
        <translation>主張：%1</translation>
    </message>
</context>
<context>
    <name>argline::FuzzyDate</name>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; は日付ではありません（YYYY、YYYY-MM、YYYY-MM-DD のいずれかが必要です）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (the year needs four digits)</source>
        <translation>&quot;%1&quot; は日付ではありません（年は4桁で書いてください）</translation>
    </message>
    <message>
        <source>year %1 is out of range (1–9999)</source>
        <translation>年 %1 は範囲外です（1～9999）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (the month needs two digits)</source>
        <translation>&quot;%1&quot; は日付ではありません（月は2桁で書いてください）</translation>
    </message>
    <message>
        <source>month %1 is out of range</source>
        <translation>月 %1 は範囲外です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (the day needs two digits)</source>
        <translation>&quot;%1&quot; は日付ではありません（日は2桁で書いてください）</translation>
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation>%2 に %1 日はありません</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>Qt date format of a month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format of a day</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>a range cannot have a qualifier (write &quot;early 2023&quot; or &quot;2023-01/2023-04&quot;)</source>
        <translation>範囲には修飾語を付けられません（&quot;early 2023&quot; または &quot;2023-01/2023-04&quot; のように書いてください）</translation>
    </message>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>範囲の終わり（%1）が始まり（%2）より前です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; qualifies a single day; a qualifier needs a year or a month</source>
        <translation>&quot;%1&quot; が1日だけを修飾しています。修飾語は年または月に付けてください</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of months in one year</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>%1頃</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day; give the date alone (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; に時刻が含まれています。日付だけ（YYYY-MM-DD）を書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally after early, mid, late or circa (&quot;early 2023&quot;)</source>
        <translation>&quot;%1&quot; は日付ではありません：YYYY、YYYY-MM、YYYY-MM-DD の形式で書いてください。前に early、mid、late、circa を付けることもできます（&quot;early 2023&quot;）</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year (Japanese adds 年)</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>MMMM</source>
        <comment>Qt date format of the first month of a range in one year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>Qt date format of the last month of a range in one year</comment>
        <translation>M月</translation>
    </message>
    <message>
        <source>early %1</source>
        <comment>days 1–10 of a month</comment>
        <translation>%1上旬</translation>
    </message>
    <message>
        <source>early %1</source>
        <comment>January–April of a year</comment>
        <translation>%1初め</translation>
    </message>
    <message>
        <source>mid-%1</source>
        <comment>days 11–20 of a month</comment>
        <translation>%1中旬</translation>
    </message>
    <message>
        <source>mid-%1</source>
        <comment>May–August of a year</comment>
        <translation>%1半ば</translation>
    </message>
    <message>
        <source>late %1</source>
        <comment>day 21 to the end of a month</comment>
        <translation>%1下旬</translation>
    </message>
    <message>
        <source>late %1</source>
        <comment>September–December of a year</comment>
        <translation>%1後半</translation>
    </message>
    <message>
        <source>%1 %2 BC</source>
        <comment>a month name and a year before AD 1, e.g. March 44 BC</comment>
        <translation>紀元前%2年%1</translation>
    </message>
    <message>
        <source>%1 %2 %3 BC</source>
        <comment>a day, a month name and a year before AD 1, e.g. 15 March 44 BC</comment>
        <translation>紀元前%3年%2%1日</translation>
    </message>
    <message>
        <source>%1 BC</source>
        <comment>a year before AD 1, e.g. 300 BC</comment>
        <translation>紀元前%1年</translation>
    </message>
</context>
<context>
    <name>argline::ImportDiagnostics</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…ほかに問題%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::InteractiveView</name>
    <message>
        <source>Why it is shown:</source>
        <translation>表示される理由：</translation>
    </message>
</context>
<context>
    <name>argline::JsonObjectReader</name>
    <message>
        <source>expected an object, found %1</source>
        <translation>オブジェクトが必要ですが、%1があります</translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation>必須フィールド %1 がありません</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1が必要ですが、%2があります</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>%1 is out of range (%2–%3)</source>
        <translation>%1 は範囲外です（%2～%3）</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>文字列が必要ですが、%1があります</translation>
    </message>
    <message>
        <source>field %1 appears twice</source>
        <translation>フィールド %1 が2回出現しています</translation>
    </message>
    <message>
        <source>unknown field (ignored)</source>
        <translation>不明なフィールドです（無視します）</translation>
    </message>
</context>
<context>
    <name>argline::JsonRecordParser</name>
    <message>
        <source>the JSON could not be parsed</source>
        <translation>JSON を解析できませんでした</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>文書は JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>arrays and objects are nested more than %1 levels deep</source>
        <translation>配列とオブジェクトの入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>数値 %1 は範囲外です</translation>
    </message>
    <message>
        <source>this item holds more than %1 JSON values (set ARGLINE_MAX_ITEM_VALUES to raise the limit)</source>
        <translation>この項目の JSON の値が %1 個を超えています（上限を上げるには ARGLINE_MAX_ITEM_VALUES を設定してください）</translation>
    </message>
    <message>
        <source>a NUL byte after the JSON document: is this a text file?</source>
        <translation>JSON 文書の後に NUL バイトがあります。テキストファイルですか？</translation>
    </message>
</context>
<context>
    <name>argline::JsonTree</name>
    <message>
        <source>the file holds no JSON value</source>
        <translation>ファイルに JSON の値がありません</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation>JSON 文書の終わりの後に余分なテキストがあります</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>unexpected end of the file</source>
        <translation>ファイルが途中で終わっています</translation>
    </message>
    <message>
        <source>unexpected character; expected a JSON value</source>
        <translation>予期しない文字です。JSON の値が必要です</translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation>数値には数字が必要です</translation>
    </message>
    <message>
        <source>a number needs digits after the decimal point</source>
        <translation>数値の小数点の後に数字が必要です</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>数値の指数部に数字が必要です</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>文字列が閉じられていません</translation>
    </message>
    <message>
        <source>a control character inside a string (write it as an escape, e.g. \n)</source>
        <translation>文字列の中に制御文字があります（\n のようなエスケープで書いてください）</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u の後には16進数4桁が必要です</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation>文字列に不明なエスケープ \%1 があります</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>文字列が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>an object is not closed (missing &apos;}&apos;)</source>
        <translation>オブジェクトが閉じられていません（&apos;}&apos; がありません）</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>二重引用符で囲んだメンバー名が必要です</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>メンバー名の後に &apos;:&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation>メンバーの後に &apos;,&apos; または &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>an array is not closed (missing &apos;]&apos;)</source>
        <translation>配列が閉じられていません（&apos;]&apos; がありません）</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element</source>
        <translation>要素の後に &apos;,&apos; または &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
</context>
<context>
    <name>argline::JsonValue</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
</context>
<context>
    <name>argline::LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>ファイルの読み込み</translation>
    </message>
    <message>
        <source>Stop reading the file; the open corpus stays as it is (Esc)</source>
        <translation>ファイルの読み込みを中止します。開いているコーパスはそのままです (Esc)</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>%1 を再読み込みしています…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
</context>
<context>
    <name>argline::MainWindow</name>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>コーパスを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>コーパスを開く</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Argline</source>
        <translation>Argline</translation>
    </message>
    <message>
        <source>%1 — Argline</source>
        <translation>%1 — Argline</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>表示中の内容</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>ストーリー</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous selection (%1)</source>
        <translation>前の選択に戻ります (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Forward to the next selection (%1)</source>
        <translation>次の選択に進みます (%1)</translation>
    </message>
    <message>
        <source>Only &amp;Linked</source>
        <translation>リンク先のみ(&amp;L)</translation>
    </message>
    <message>
        <source>Show only the selection and what it is linked to (Ctrl+L)</source>
        <translation>選択項目とそのリンク先だけを表示します (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;As Of…</source>
        <translation>時点を指定(&amp;A)…</translation>
    </message>
    <message>
        <source>A time cursor: drag its date on the timeline to see the debate as it stood then; later events dim and unpublished arguments hide (Ctrl+T)</source>
        <translation>時点カーソルです。タイムライン上で日付をドラッグすると、その時点での議論の状況を表示します。それより後の出来事は薄くなり、まだ公開されていない論証は隠れます (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Stack Views</source>
        <translation>ビューを縦に並べる(&amp;S)</translation>
    </message>
    <message>
        <source>The timeline above the map, instead of side by side</source>
        <translation>横に並べる代わりに、タイムラインをマップの上に表示します</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Built-in Corpus</source>
        <translation>組み込みコーパスを開く(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>選択を解除(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>絞り込みをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>配色(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全画面表示(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Argline</source>
        <translation>Argline について(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Could not open %1; the open corpus is unchanged.</source>
        <translation>%1 を開けませんでした。開いているコーパスは変わりません。</translation>
    </message>
    <message>
        <source>%1 is gone from the disk; the corpus stays open.</source>
        <translation>%1 がディスクからなくなりました。コーパスは開いたままです。</translation>
    </message>
    <message>
        <source>%1 changed on disk but has errors; the previous version stays open.</source>
        <translation>ディスク上の %1 が変更されましたが、エラーがあります。以前の版を開いたままにします。</translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation>%1 を再読み込みしました。</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>このファイルはもう存在しません。</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>履歴を消去(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+F, F3, Shift+F3</source>
        <translation>Ctrl+F, F3, Shift+F3</translation>
    </message>
    <message>
        <source>Search; next and previous match (Enter and Shift+Enter in the field)</source>
        <translation>検索、次・前の一致箇所（入力欄では Enter と Shift+Enter）</translation>
    </message>
    <message>
        <source>Alt+Left, Alt+Right</source>
        <translation>Alt+Left, Alt+Right</translation>
    </message>
    <message>
        <source>Back and forward through the selections</source>
        <translation>選択の履歴を戻る・進む</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Show only the selection and what it is linked to</source>
        <translation>選択項目とそのリンク先だけを表示</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>The “as of” time cursor</source>
        <translation>「時点」カーソル</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit both views</source>
        <translation>両方のビューで全体を表示</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5</source>
        <translation>Ctrl+1 … Ctrl+5</translation>
    </message>
    <message>
        <source>Show or hide the filters, story, sources, details and article panels</source>
        <translation>絞り込み・ストーリー・出典・詳細・記事の各パネルの表示／非表示</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Stack the views or put them side by side</source>
        <translation>ビューを縦に並べる／横に並べる</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Reset all filters</source>
        <translation>すべての絞り込みをリセット</translation>
    </message>
    <message>
        <source>Timeline: wheel, + / −</source>
        <translation>タイムライン：ホイール、+ / −</translation>
    </message>
    <message>
        <source>Zoom around the pointer; drag or Shift+wheel pans</source>
        <translation>ポインターの位置を中心にズーム、ドラッグまたは Shift+ホイールで移動</translation>
    </message>
    <message>
        <source>Timeline: ← → ↑ ↓, Home, End</source>
        <translation>タイムライン：← → ↑ ↓、Home、End</translation>
    </message>
    <message>
        <source>Move between events in time and across lanes</source>
        <translation>時間順やレーン間で出来事を移動</translation>
    </message>
    <message>
        <source>Map: arrows, Home</source>
        <translation>マップ：矢印キー、Home</translation>
    </message>
    <message>
        <source>Move to the parent, a child or a sibling; the root claim</source>
        <translation>親・子・兄弟へ移動、ルートの主張へ移動</translation>
    </message>
    <message>
        <source>Map: Space, F</source>
        <translation>マップ：Space、F</translation>
    </message>
    <message>
        <source>Collapse or expand; focus mode</source>
        <translation>折りたたみ／展開、フォーカスモード</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the focused item&apos;s details</source>
        <translation>フォーカス中の項目の詳細を開く</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+クリック</translation>
    </message>
    <message>
        <source>Add to or remove from the selection</source>
        <translation>選択に追加／選択から除外</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>About Argline</source>
        <translation>Argline について</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Story Deck…</source>
        <translation>ストーリーデッキをエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>画像をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>The image of both views is on the clipboard.</source>
        <translation>両方のビューの画像をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>発表を開始(&amp;P)</translation>
    </message>
    <message>
        <source>Present in &amp;High Contrast</source>
        <translation>ハイコントラストで発表(&amp;H)</translation>
    </message>
    <message>
        <source>For washed-out projectors (H while presenting)</source>
        <translation>色が薄く映るプロジェクター向けです（発表中は H キー）</translation>
    </message>
    <message>
        <source>&amp;Animate Presentation</source>
        <translation>プレゼンテーションをアニメーション表示(&amp;A)</translation>
    </message>
    <message>
        <source>Glide the timeline between steps and bring in arguments one by one</source>
        <translation>ステップ間でタイムラインを滑らかに動かし、論証を1つずつ表示します</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>This corpus has no story to present. A story is a list of steps in the corpus file; see docs/corpus-format.md.</source>
        <translation>このコーパスには発表するストーリーがありません。ストーリーはコーパスファイル内のステップの一覧です。docs/corpus-format.md を参照してください。</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Present the story to a class (Esc ends the presentation)</source>
        <translation>ストーリーを授業で発表（Esc キーで終了）</translation>
    </message>
    <message>
        <source>Ctrl+E, Ctrl+P, Ctrl+Shift+C</source>
        <translation>Ctrl+E, Ctrl+P, Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export, print, copy the image of both views</source>
        <translation>両方のビューの画像をエクスポート・印刷・コピー</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>システムの既定(&amp;S)</translation>
    </message>
    <message>
        <source>Timeline &amp;Overview</source>
        <translation>タイムラインの概観(&amp;O)</translation>
    </message>
    <message>
        <source>The chart of events per year under the timeline, to move its window</source>
        <translation>タイムラインの下に年ごとの出来事の数を示すグラフです。表示範囲の移動に使います</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel (%2)</source>
        <translation>%1パネルの表示・非表示を切り替えます（%2）</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Saved a copy as %1 (%2).</source>
        <translation>コピーを %1 として保存しました（%2）。</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 was saved as %2.</source>
        <translation>%1 を %2 として保存しました。</translation>
    </message>
    <message>
        <source>Kept in the nearest place the format offers:</source>
        <translation>形式内で最も近い場所に残した情報：</translation>
    </message>
    <message>
        <source>Not kept (the format has no place for it):</source>
        <translation>保持できなかった情報（形式に対応する場所がありません）：</translation>
    </message>
    <message>
        <source>Reloading %1 was cancelled; the previous version stays open.</source>
        <translation>%1 の再読み込みを取り消しました。以前の版を開いたままにします。</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the open corpus is unchanged.</source>
        <translation>%1 を開くのを取り消しました。開いているコーパスは変わりません。</translation>
    </message>
</context>
<context>
    <name>argline::PresentationSession</name>
    <message>
        <source>Argline — presentation</source>
        <translation>Argline — プレゼンテーション</translation>
    </message>
</context>
<context>
    <name>argline::PresentationView</name>
    <message>
        <source>Presentation</source>
        <translation>プレゼンテーション</translation>
    </message>
    <message>
        <source>Exploring · press R or a step key to return to step %1 of %2</source>
        <translation>自由に操作中 · R キーまたはステップのキーでステップ %1/%2 に戻ります</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>ステップ %1/%2 · %3</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>ステップ %1 へ移動</translation>
    </message>
</context>
<context>
    <name>argline::PresenterView</name>
    <message>
        <source>Presenter — Argline</source>
        <translation>発表者ビュー — Argline</translation>
    </message>
    <message>
        <source>→ PgDn Space: next · ← PgUp Backspace: back · Home/End · number + Enter: go to · B: blank · H: high contrast · Ctrl +/−: type size · Esc: end</source>
        <translation>→ PgDn Space：次へ · ← PgUp Backspace：戻る · Home/End · 番号 + Enter：移動 · B：画面を消す · H：ハイコントラスト · Ctrl +/−：文字サイズ · Esc：終了</translation>
    </message>
    <message>
        <source>Next: %1. %2</source>
        <translation>次：%1. %2</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>これが最後のステップです。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
    <message>
        <source>The screen is blank (B shows it again).</source>
        <translation>画面を消しています（B キーで再表示）。</translation>
    </message>
    <message>
        <source>Exploring off the story (R returns).</source>
        <translation>ストーリーを離れて操作中です（R キーで戻ります）。</translation>
    </message>
    <message>
        <source>Going to step %1…</source>
        <translation>ステップ %1 へ移動中…</translation>
    </message>
</context>
<context>
    <name>argline::ReadLimits</name>
    <message>
        <source>the file is %1 MB, more than the %2 MB a corpus file may have (set ARGLINE_MAX_FILE_MB to raise the limit)</source>
        <translation>ファイルが %1 MB あり、コーパスファイルの上限 %2 MB を超えています（上限を上げるには ARGLINE_MAX_FILE_MB を設定してください）</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB an article may have (set ARGLINE_MAX_ARTICLE_MB to raise the limit)</source>
        <translation>%1 が %2 MB あり、記事の上限 %3 MB を超えています（上限を上げるには ARGLINE_MAX_ARTICLE_MB を設定してください）</translation>
    </message>
    <message>
        <source>a string of %1 MB, more than the %2 MB an article may have (set ARGLINE_MAX_ARTICLE_MB to raise the limit)</source>
        <translation>文字列が %1 MB あり、記事の上限 %2 MB を超えています（上限を上げるには ARGLINE_MAX_ARTICLE_MB を設定してください）</translation>
    </message>
</context>
<context>
    <name>argline::SearchBar</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致 (Shift+Enter)</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致 (Enter)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>一致なし</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2件</translation>
    </message>
    <message>
        <source>Search words in titles, texts and quotes (Ctrl+F)</source>
        <translation>タイトル・本文・引用の語を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds every word, in any order; put a phrase in quotes to find it as written. Best matches first: words in the title, then in the text, then in quotes; then the more important. Enter steps to the next, Shift+Enter to the previous.</source>
        <translation>すべての語を順不同で探します。語句をそのまま探すには引用符で囲みます。よく一致するものから並びます。タイトルにある語、本文にある語、引用にある語の順で、次に重要度の高い順です。Enter で次へ、Shift+Enter で前へ移動します。</translation>
    </message>
</context>
<context>
    <name>argline::SelfCheck</name>
    <message>
        <source>built-in corpus</source>
        <translation>組み込みコーパス</translation>
    </message>
    <message numerus="yes">
        <source>%1: INVALID (%n error(s))</source>
        <translation>
            <numerusform>%1：無効（エラー%n件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: every reference resolves and every quote occurs verbatim in its article; %n warning(s)</source>
        <translation>
            <numerusform>有効：すべての参照が解決でき、すべての引用が記事中に原文どおりあります。警告%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>出来事%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>時代区分%n個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>言明%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>関係%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file holds %2</source>
        <translation>%1：ファイル内に%2</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>; %n left out (see the warnings)</source>
        <translation>
            <numerusform>（うち%n件は除外。警告を参照）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::SourceModel</name>
    <message>
        <source>(no title in the text)</source>
        <translation>（本文にタイトルなし）</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（記載なし）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>著者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>For</source>
        <translation>賛成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反対</translation>
    </message>
</context>
<context>
    <name>argline::SourceSnippet</name>
    <message>
        <source>first</source>
        <translation>1番目</translation>
    </message>
    <message>
        <source>second</source>
        <translation>2番目</translation>
    </message>
    <message>
        <source>third</source>
        <translation>3番目</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>4番目</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>5番目</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>6番目</translation>
    </message>
    <message>
        <source>seventh</source>
        <translation>7番目</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>8番目</translation>
    </message>
    <message>
        <source>ninth</source>
        <translation>9番目</translation>
    </message>
    <message>
        <source>tenth</source>
        <translation>10番目</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1番目</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>%1番目</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>%1番目</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>%1番目</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>ヒント：%1</translation>
    </message>
    <message>
        <source>a colon may be missing after the key on line %1</source>
        <translation>%1行目のキーの後にコロンがないかもしれません</translation>
    </message>
    <message>
        <source>a comma may be missing before column %1</source>
        <translation>%1列目の前にカンマがないかもしれません</translation>
    </message>
    <message>
        <source>a comma may be missing at the end of line %1</source>
        <translation>%1行目の末尾にカンマがないかもしれません</translation>
    </message>
    <message>
        <source>the comma at column %1 may be one too many: JSON allows none before a closing bracket</source>
        <translation>%1列目のカンマは不要かもしれません。JSON では閉じかっこの前にカンマを置けません</translation>
    </message>
    <message>
        <source>the comma at the end of line %1 may be one too many: JSON allows none before a closing bracket</source>
        <translation>%1行目の末尾のカンマは不要かもしれません。JSON では閉じかっこの前にカンマを置けません</translation>
    </message>
    <message>
        <source>a closing quote may be missing on line %1</source>
        <translation>%1行目に閉じ引用符がないかもしれません</translation>
    </message>
    <message>
        <source>the file ends before every { and [ is closed: a } or ] may be missing</source>
        <translation>すべての { と [ が閉じる前にファイルが終わっています。} または ] がないかもしれません</translation>
    </message>
    <message>
        <source>JSON strings take double quotes (&quot;), not single quotes (&apos;)</source>
        <translation>JSON の文字列は一重引用符 (&apos;) ではなく二重引用符 (&quot;) で囲みます</translation>
    </message>
    <message>
        <source>the %1 article</source>
        <translation>%1の記事</translation>
    </message>
    <message>
        <source>the %1 actor</source>
        <translation>%1のアクター</translation>
    </message>
    <message>
        <source>the %1 theme</source>
        <translation>%1のテーマ</translation>
    </message>
    <message>
        <source>the %1 event</source>
        <translation>%1の出来事</translation>
    </message>
    <message>
        <source>the %1 argument</source>
        <translation>%1の論証</translation>
    </message>
    <message>
        <source>the %1 era</source>
        <translation>%1の時代区分</translation>
    </message>
    <message>
        <source>the %1 story step</source>
        <translation>ストーリーの%1のステップ</translation>
    </message>
    <message>
        <source>the %1 item</source>
        <translation>%1の項目</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>argline::SourcesChart</name>
    <message>
        <source>Arguments for and against, by source</source>
        <translation>出典別の賛否の論証</translation>
    </message>
    <message>
        <source>For and against, by source</source>
        <translation>出典別の賛否</translation>
    </message>
    <message>
        <source>Arguments for (green) and against (red) the claim that each article supplies, counted by their stance on the claim, as the map&apos;s cards show it. Click an article&apos;s bar to show only what it supports; click again to show everything.</source>
        <translation>各記事が示す、主張に賛成（緑）と反対（赤）の論証の数です。マップのカードと同じく、主張に対する賛否で数えます。記事の棒をクリックすると、その記事が根拠となるものだけを表示します。もう一度クリックするとすべて表示します。</translation>
    </message>
</context>
<context>
    <name>argline::StanceStyle</name>
    <message>
        <source>CLAIM</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>賛成</translation>
    </message>
    <message>
        <source>AGAINST</source>
        <translation>反対</translation>
    </message>
</context>
<context>
    <name>argline::StoryDeck</name>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>How the date is known: %1</source>
        <translation>日付の根拠：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %nステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · ステップ %2/%3</translation>
    </message>
    <message>
        <source>This corpus has no story to export.</source>
        <translation>このコーパスにはエクスポートするストーリーがありません。</translation>
    </message>
</context>
<context>
    <name>argline::StoryList</name>
    <message>
        <source>Story</source>
        <translation>ストーリー</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>ストーリーのステップ</translation>
    </message>
    <message>
        <source>This corpus has no story.</source>
        <translation>このコーパスにはストーリーがありません。</translation>
    </message>
</context>
<context>
    <name>argline::StoryPresenter</name>
    <message numerus="yes">
        <source>There is no step %1: the story has %n step(s).</source>
        <translation>
            <numerusform>ステップ %1 はありません。このストーリーは%nステップです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::TimeAxis</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>Qt date format of a month on the axis</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>a quarter of a year</comment>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade, e.g. 1990s</comment>
        <translation>%1年代</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>Qt date format of a month on the axis&apos;s lower tier</comment>
        <translation>M月</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year on the axis (Japanese adds 年)</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a decade on the axis&apos;s lower tier, e.g. 1990</comment>
        <translation>%1年代</translation>
    </message>
    <message>
        <source>%1st century</source>
        <comment>an ordinal century on the axis, e.g. 21st century</comment>
        <translation>%1世紀</translation>
    </message>
    <message>
        <source>%1nd century</source>
        <comment>an ordinal century on the axis, e.g. 22nd century</comment>
        <translation>%1世紀</translation>
    </message>
    <message>
        <source>%1rd century</source>
        <comment>an ordinal century on the axis, e.g. 23rd century</comment>
        <translation>%1世紀</translation>
    </message>
    <message>
        <source>%1th century</source>
        <comment>an ordinal century on the axis, e.g. 20th century</comment>
        <translation>%1世紀</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years on the axis</comment>
        <translation>%1～%2年</translation>
    </message>
    <message>
        <source>%1 %2 BC</source>
        <comment>a month and a year before AD 1 on the axis, e.g. March 44 BC</comment>
        <translation>紀元前%2年%1</translation>
    </message>
    <message>
        <source>AD 1</source>
        <translation>西暦1年</translation>
    </message>
    <message>
        <source>%1s BC</source>
        <comment>a decade before AD 1, e.g. 40s BC</comment>
        <translation>紀元前%1年代</translation>
    </message>
    <message>
        <source>%1st millennium BC</source>
        <comment>an ordinal millennium before AD 1</comment>
        <translation>紀元前%1千年紀</translation>
    </message>
    <message>
        <source>%1nd millennium BC</source>
        <comment>an ordinal millennium before AD 1</comment>
        <translation>紀元前%1千年紀</translation>
    </message>
    <message>
        <source>%1rd millennium BC</source>
        <comment>an ordinal millennium before AD 1</comment>
        <translation>紀元前%1千年紀</translation>
    </message>
    <message>
        <source>%1th millennium BC</source>
        <comment>an ordinal millennium before AD 1</comment>
        <translation>紀元前%1千年紀</translation>
    </message>
    <message>
        <source>%1st millennium</source>
        <comment>an ordinal millennium on the axis</comment>
        <translation>%1千年紀</translation>
    </message>
    <message>
        <source>%1nd millennium</source>
        <comment>an ordinal millennium on the axis</comment>
        <translation>%1千年紀</translation>
    </message>
    <message>
        <source>%1rd millennium</source>
        <comment>an ordinal millennium on the axis</comment>
        <translation>%1千年紀</translation>
    </message>
    <message>
        <source>%1th millennium</source>
        <comment>an ordinal millennium on the axis</comment>
        <translation>%1千年紀</translation>
    </message>
    <message>
        <source>%1st century BC</source>
        <comment>an ordinal century before AD 1, e.g. 1st century BC</comment>
        <translation>紀元前%1世紀</translation>
    </message>
    <message>
        <source>%1nd century BC</source>
        <comment>an ordinal century before AD 1, e.g. 2nd century BC</comment>
        <translation>紀元前%1世紀</translation>
    </message>
    <message>
        <source>%1rd century BC</source>
        <comment>an ordinal century before AD 1, e.g. 3rd century BC</comment>
        <translation>紀元前%1世紀</translation>
    </message>
    <message>
        <source>%1th century BC</source>
        <comment>an ordinal century before AD 1, e.g. 5th century BC</comment>
        <translation>紀元前%1世紀</translation>
    </message>
</context>
<context>
    <name>argline::TimeIndex</name>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>argline::TimeRange</name>
    <message>
        <source>type a year, a date or a range such as 2007..2017</source>
        <translation>年、日付、または 2007..2017 のような範囲を入力してください</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>範囲の終わりが始まりより前です</translation>
    </message>
</context>
<context>
    <name>argline::TimelineJsCsvReader</name>
    <message>
        <source>the header must have the template&apos;s Year and Headline columns; it has: %1</source>
        <translation>ヘッダーにはテンプレートの Year と Headline の列が必要です。ヘッダーにある列：%1</translation>
    </message>
    <message>
        <source>%1: %2; it is left out</source>
        <translation>%1：%2。除外します</translation>
    </message>
    <message>
        <source>a row</source>
        <translation>見出しのない行</translation>
    </message>
    <message>
        <source>TimelineJS year 0 read as 1 BC</source>
        <translation>TimelineJS の0年を紀元前1年として読み込み</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（見出しなし）</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>時代区分</translation>
    </message>
    <message numerus="yes">
        <source>not kept (Argline has no place for them): %n slide background(s)</source>
        <translation>
            <numerusform>保持しません（Argline に対応する場所がありません）：スライドの背景%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::TimelineJsCsvWriter</name>
    <message numerus="yes">
        <source>the wording as written of %n qualified date(s) (the Display Date holds the qualified date itself)</source>
        <translation>
            <numerusform>修飾語付きの日付%n件の元の表記（Display Date には修飾語付きの日付そのものを書き込みます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media link(s) beyond an event&apos;s first</source>
        <translation>
            <numerusform>各出来事の2件目以降のメディアのリンク%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::TimelineJsDate</name>
    <message>
        <source>the date has no year</source>
        <translation>日付に年がありません</translation>
    </message>
    <message>
        <source>year &quot;%1&quot; is not a whole number</source>
        <translation>年 &quot;%1&quot; が整数ではありません</translation>
    </message>
    <message>
        <source>year %1 is outside the years Argline can draw (9999 BC to AD 9999)</source>
        <translation>年 %1 は Argline で描画できる範囲（紀元前9999年～西暦9999年）の外です</translation>
    </message>
    <message>
        <source>month &quot;%1&quot; is not a month (1–12)</source>
        <translation>月 &quot;%1&quot; は月ではありません（1～12）</translation>
    </message>
    <message>
        <source>the date gives a day but no month</source>
        <translation>日付に日はありますが、月がありません</translation>
    </message>
    <message>
        <source>day &quot;%1&quot; does not exist in %2</source>
        <translation>%2 に &quot;%1&quot; 日はありません</translation>
    </message>
    <message>
        <source>time &quot;%1&quot; is not a time of day (e.g. 14:30 or 2:30 PM)</source>
        <translation>&quot;%1&quot; は時刻ではありません（14:30 や 2:30 PM のように書いてください）</translation>
    </message>
    <message>
        <source>time &quot;%1&quot; is not a time of day</source>
        <translation>&quot;%1&quot; は時刻ではありません</translation>
    </message>
    <message>
        <source>the time of day is not a number</source>
        <translation>時刻が数値ではありません</translation>
    </message>
    <message>
        <source>the time of day %1:%2:%3 does not exist</source>
        <translation>時刻 %1:%2:%3 は存在しません</translation>
    </message>
    <message>
        <source>a time of day needs a full date (year, month and day)</source>
        <translation>時刻を指定するには、完全な日付（年・月・日）が必要です</translation>
    </message>
</context>
<context>
    <name>argline::TimelineJsReader</name>
    <message>
        <source>expected an array of events, found %1</source>
        <translation>出来事の配列が必要ですが、%1があります</translation>
    </message>
    <message>
        <source>a TimelineJS file needs an &quot;events&quot; array</source>
        <translation>TimelineJS ファイルには &quot;events&quot; 配列が必要です</translation>
    </message>
    <message>
        <source>expected an array of eras, found %1</source>
        <translation>時代区分の配列が必要ですが、%1があります</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>テキストが必要ですが、%1があります</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>オブジェクトが必要ですが、%1があります</translation>
    </message>
    <message>
        <source>expected a number or text, found %1</source>
        <translation>数値またはテキストが必要ですが、%1があります</translation>
    </message>
    <message>
        <source>%1: %2; it is left out</source>
        <translation>%1：%2。除外します</translation>
    </message>
    <message>
        <source>missing &quot;start_date&quot;</source>
        <translation>&quot;start_date&quot; がありません</translation>
    </message>
    <message>
        <source>an era needs an &quot;end_date&quot;</source>
        <translation>時代区分には &quot;end_date&quot; が必要です</translation>
    </message>
    <message>
        <source>TimelineJS year 0 read as 1 BC</source>
        <translation>TimelineJS の0年を紀元前1年として読み込み</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（見出しなし）</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>出来事 %1</translation>
    </message>
    <message>
        <source>era %1</source>
        <translation>時代区分 %1</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>時代区分</translation>
    </message>
    <message numerus="yes">
        <source>%n slide background(s)</source>
        <translation>
            <numerusform>スライドの背景%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>the title slide&apos;s media</source>
        <translation>タイトルスライドのメディア</translation>
    </message>
    <message>
        <source>not kept (Argline has no place for them): %1</source>
        <translation>保持しません（Argline に対応する場所がありません）：%1</translation>
    </message>
</context>
<context>
    <name>argline::TimelineJsWriter</name>
    <message numerus="yes">
        <source>%n quote(s): written into the event text, with their citations (TimelineJS has no place for quotes)</source>
        <translation>
            <numerusform>引用%n件：出典の表記とともに出来事の本文に書き込みました（TimelineJS には引用を入れる場所がありません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media link(s) beyond an event&apos;s first: written into the event text as links</source>
        <translation>
            <numerusform>各出来事の2件目以降のメディアのリンク%n件：出来事の本文にリンクとして書き込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in several lanes: TimelineJS shows the first as the group; the others are kept in the &quot;argline&quot; data</source>
        <translation>
            <numerusform>複数のレーンにまたがる出来事%n件：TimelineJS では最初のレーンがグループとして表示されます。ほかのレーンは &quot;argline&quot; データに保持しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s): TimelineJS has no argument map</source>
        <translation>
            <numerusform>論証%n件：TimelineJS には論証マップがありません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story (%n step(s))</source>
        <translation>
            <numerusform>ストーリー（%nステップ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article text(s) (their quotes are in the event text)</source>
        <translation>
            <numerusform>記事%n本の本文（引用は出来事の本文に含まれています）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::TimelineOverview</name>
    <message>
        <source>Overview: events per year</source>
        <translation>概要：年ごとの出来事の数</translation>
    </message>
    <message>
        <source>Events per year. Drag the shaded window to move it, its edges to resize it.</source>
        <translation>年ごとの出来事の数です。網掛けの枠をドラッグすると移動し、枠の端をドラッグすると大きさを変えられます。</translation>
    </message>
</context>
<context>
    <name>argline::TimelinePane</name>
    <message>
        <source>Fit all</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show every event (Ctrl+0)</source>
        <translation>すべての出来事を表示します (Ctrl+0)</translation>
    </message>
    <message>
        <source>1983–2025</source>
        <translation>1983～2025年</translation>
    </message>
    <message>
        <source>The whole story</source>
        <translation>ストーリー全体</translation>
    </message>
    <message>
        <source>2022–2025</source>
        <translation>2022～2025年</translation>
    </message>
    <message>
        <source>From the invasion of Ukraine to Rutte&apos;s visit to Japan</source>
        <translation>ウクライナ侵攻からルッテ事務総長の訪日まで</translation>
    </message>
    <message>
        <source>Go to… e.g. 2007..2017</source>
        <translation>例：2007..2017</translation>
    </message>
    <message>
        <source>Go to a year or range</source>
        <translation>年または範囲へ移動</translation>
    </message>
    <message>
        <source>Lanes by actor</source>
        <translation>アクター別レーン</translation>
    </message>
    <message>
        <source>Lanes by theme</source>
        <translation>テーマ別レーン</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Density-balanced</source>
        <translation>密度調整</translation>
    </message>
    <message>
        <source>Timeline controls</source>
        <translation>タイムラインの操作</translation>
    </message>
    <message>
        <source>Scale: automatic</source>
        <translation>尺度：自動</translation>
    </message>
    <message>
        <source>Linear time</source>
        <translation>等間隔の時間</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>時間尺度</translation>
    </message>
    <message>
        <source>Density-balanced gives busy years more width and quiet ones less; compressed stretches are hatched on the axis. Automatic chooses it when events bunch up.</source>
        <translation>密度調整では出来事の多い年を広く、少ない年を狭く表示します。圧縮した区間は軸に斜線で示します。自動では、出来事が偏っているときに密度調整を選びます。</translation>
    </message>
</context>
<context>
    <name>argline::TimelineProjectReader</name>
    <message>
        <source>expected a &lt;timeline&gt; element</source>
        <translation>&lt;timeline&gt; 要素が必要です</translation>
    </message>
    <message>
        <source>time type %1 is not a calendar Argline can draw (expected gregoriantime)</source>
        <translation>時間の種類 %1 は Argline で描画できる暦ではありません（gregoriantime が必要です）</translation>
    </message>
    <message numerus="yes">
        <source>not kept: %n container(s) (their events are kept)</source>
        <translation>
            <numerusform>保持しません：コンテナー%n個（中の出来事は保持します）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no &lt;%2&gt;</source>
        <translation>%1 に &lt;%2&gt; がありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time (expected YYYY-MM-DD HH:MM:SS)</source>
        <translation>%1：&quot;%2&quot; は日時ではありません（YYYY-MM-DD HH:MM:SS の形式が必要です）</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>タイトルのない出来事</translation>
    </message>
    <message>
        <source>%1 is outside the years Argline can draw; it is left out</source>
        <translation>%1 は Argline で描画できる年の範囲外のため、除外します</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>fuzzy in the source: its start and end are uncertain</source>
        <translation>元のファイルでは fuzzy（あいまい）と指定：開始と終了が不確かです</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>時代区分</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（テキストなし）</translation>
    </message>
</context>
<context>
    <name>argline::TimelineRenderer</name>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
    <message>
        <source>compressed</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <source>No events match the current filters.</source>
        <translation>現在の絞り込み条件に一致する出来事はありません。</translation>
    </message>
    <message>
        <source>This corpus has no events.</source>
        <translation>このコーパスには出来事がありません。</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>アクター：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典：%1</translation>
    </message>
</context>
<context>
    <name>argline::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n events&lt;/b&gt; — click to zoom in</source>
        <translation>
            <numerusform>&lt;b&gt;出来事%n件&lt;/b&gt; — クリックで拡大</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::ViewStyle</name>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷用</translation>
    </message>
</context>
</TS>
