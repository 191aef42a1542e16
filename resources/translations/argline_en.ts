<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ConvertCommand</name>
    <message>
        <source>The file to read, in any of those formats.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::About</name>
    <message>
        <source>Licence: %1. Argline is free software: you may share and change it under the GNU General Public License, version 3 or later; there is NO WARRANTY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in corpus quotes these articles. They belong to their publishers and authors and are included as quoted sources:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copyright © 2026 the Argline authors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Argline %1&lt;/b&gt;&lt;p&gt;How a strategic debate unfolds over time: events on a zoomable timeline, arguments on a pro/con map, every one traceable to the sentence it comes from.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::AifReader</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an id (text or a number), found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an AIF file needs a "nodes" array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a node object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate nodeID %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a node needs a "type" (I, L, RA, CA, MA, ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an AIF file needs an "edges" array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an edge object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no node has the id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unnamed speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the words of %1 have no date in the file, so they are not kept as quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the AIF timestamp of the first of these locutions, which records when they were transcribed or analysed; the file gives no date for the words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the speaker's locutions (L-nodes) as %1 records them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty statement %1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n transition(s) between locutions (TA nodes)</source>
        <translation>
            <numerusform>%n transition between locutions (TA nodes)</numerusform>
            <numerusform>%n transitions between locutions (TA nodes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of type %1</source>
        <translation>
            <numerusform>%n node of type %1</numerusform>
            <numerusform>%n nodes of type %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not kept (the map has no place for them): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 node %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RA node %1: a support from %2 is not between statements; the map does not draw it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RA node %1 supports %2, which is not a statement; the map does not draw it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RA node %1 lacks a premise or a conclusion; the map does not draw it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA node %1: an attack from %2 is not from a statement; the map does not draw it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA node %1 attacks %2; the map does not draw it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MA node %1: %2 rephrases %3; the map does not draw rephrasing (it is kept with the relations the map does not draw)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an AIF file is a JSON object with "nodes" and "edges"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::AifWriter</name>
    <message numerus="yes">
        <source>%n event(s) and their dates: AIF has no timeline</source>
        <translation>
            <numerusform>%n event and their dates: AIF has no timeline</numerusform>
            <numerusform>%n events and their dates: AIF has no timeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>%n era</numerusform>
            <numerusform>%n eras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from arguments to events</source>
        <translation>
            <numerusform>%n link from arguments to events</numerusform>
            <numerusform>%n links from arguments to events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story (%n step(s))</source>
        <translation>
            <numerusform>the story (%n step)</numerusform>
            <numerusform>the story (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s): as the speaker's locutions (L-nodes); the articles become each speaker's words, dated by the locution timestamps</source>
        <translation>
            <numerusform>%n quote: as the speaker's locutions (L-nodes); the articles become each speaker's words, dated by the locution timestamps</numerusform>
            <numerusform>%n quotes: as the speaker's locutions (L-nodes); the articles become each speaker's words, dated by the locution timestamps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undercut(s) of an argument that supports nothing: written as attacks on it</source>
        <translation>
            <numerusform>%n undercut of an argument that supports nothing: written as attacks on it</numerusform>
            <numerusform>%n undercuts of an argument that supports nothing: written as attacks on it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::ArgdownReader</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the front matter that starts here is never closed (a line with === ends it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the comment that starts here is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an argument's title needs a closing &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a statement's title needs a closing ]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argument at line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an inference line with no conclusion after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a relation needs a statement or an argument above it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" needs a statement or an argument after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not valid UTF-8 text; save it as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no statement or argument found: is this an Argdown file?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ArgdownWriter</name>
    <message numerus="yes">
        <source>%n quote(s): as comments under their statements (Argdown has no quotes)</source>
        <translation>
            <numerusform>%n quote: as comments under their statements (Argdown has no quotes)</numerusform>
            <numerusform>%n quotes: as comments under their statements (Argdown has no quotes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated title(s): numbered, since Argdown takes equal titles for the same statement</source>
        <translation>
            <numerusform>%n repeated title: numbered, since Argdown takes equal titles for the same statement</numerusform>
            <numerusform>%n repeated titles: numbered, since Argdown takes equal titles for the same statement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n premise–conclusion structure(s) in several steps: written as support relations</source>
        <translation>
            <numerusform>%n premise–conclusion structure in several steps: written as support relations</numerusform>
            <numerusform>%n premise–conclusion structures in several steps: written as support relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and their dates: Argdown has no timeline</source>
        <translation>
            <numerusform>%n event and their dates: Argdown has no timeline</numerusform>
            <numerusform>%n events and their dates: Argdown has no timeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>%n era</numerusform>
            <numerusform>%n eras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the actors of %n argument(s) (Argdown tags become themes)</source>
        <translation>
            <numerusform>the actors of %n argument (Argdown tags become themes)</numerusform>
            <numerusform>the actors of %n arguments (Argdown tags become themes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the section (heading) of %n statement(s) defined in another statement's tree, under that tree's heading</source>
        <translation>
            <numerusform>the section (heading) of %n statement defined in another statement's tree, under that tree's heading</numerusform>
            <numerusform>the section (heading) of %n statements defined in another statement's tree, under that tree's heading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rephrase relation(s)</source>
        <translation>
            <numerusform>%n rephrase relation</numerusform>
            <numerusform>%n rephrase relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story (%n step(s))</source>
        <translation>
            <numerusform>the story (%n step)</numerusform>
            <numerusform>the story (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::Argument</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Con</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuttal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for the claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>against the claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>objection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rebuttal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attacks “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supports “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ArgumentGraph</name>
    <message>
        <source>support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undercut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rephrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contrary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contradiction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 from %2 to %3 closes a cycle; the map does not draw it (it is kept with the relations the map does not draw)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ArgumentMapPane</name>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every objection and rebuttal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collapse everything below the reasons for and against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For ◂ claim ▸ against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left to right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the map is laid out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For | against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group reasons for on one side and against on the other (else corpus order)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidy up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the gaps left by collapsed branches (moves other cards)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dim everything but the focused card's path to the claim and its branch (F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim over columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ArgumentMapRenderer</name>
    <message numerus="yes">
        <source>%n for</source>
        <translation>
            <numerusform>%n for</numerusform>
            <numerusform>%n for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n against</source>
        <translation>
            <numerusform>%n against</numerusform>
            <numerusform>%n against</numerusform>
        </translation>
    </message>
    <message>
        <source>date uncertain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No arguments match the current filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This corpus has no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of this argument's source is inferred, and may fall after %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown faded for context: it does not match the filters (or was not yet published), but an argument beneath it does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no source quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↗ also under “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↗ also a claim of its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same statement stands elsewhere in the map (%1), with the reasons for and against it; click to go there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ArgumentMapWidget</name>
    <message>
        <source>Argument map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pro and con arguments as a tree. Arrows move between parent, child and sibling; Space collapses or expands; Enter opens details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ArgumentModel</name>
    <message>
        <source>Argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ArticleReader</name>
    <message>
        <source>Article reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no title in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outlet not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>author not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleaned:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quoted by: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::Citation</name>
    <message>
        <source>(no title in the text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outlet not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>author not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (from the page, not the text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1 · no source quote</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::CommandLine</name>
    <message>
        <source>Validate the corpus (FILE, or the built-in one), print a summary and every problem found, and exit: 0 when it is valid, 1 when it is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argline shows how a strategic debate unfolds over time: a zoomable timeline of events and a pro/con argument map, every item backed by verbatim quotes from its sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only one corpus file can be opened at a time (got %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the views or the story deck to PNG, SVG or PDF without a window; see 'argline export --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The corpus file name is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convert between the formats Argline opens; see 'argline convert --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file to open instead of the built-in NATO–Japan corpus: an Argline corpus, TimelineJS (JSON or spreadsheet CSV), an events table (CSV), Argdown or AIF.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ConvertCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The format to write (required unless the output's extension decides it, as .argdown does): %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convert a corpus between the formats Argline opens: its own corpus JSON, TimelineJS (JSON or the spreadsheet as CSV), an events table (CSV), Argdown and AIF. What the target cannot hold is listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>convert reads one file at a time (got %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the file to convert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-o FILE is required: the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to %1: unknown format (expected one of: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to FORMAT is required (one of: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: argline convert IN -o OUT --to FORMAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>argline convert: %1 has errors; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>argline convert: cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in the nearest place the format offers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not kept (the format has no place for it):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::CorpusFormats</name>
    <message>
        <source>Argline corpus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TimelineJS (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TimelineJS spreadsheet (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AIF (Argument Interchange Format, JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events table (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Timeline Project (.timeline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is larger than %1 MB, the most Argline imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this format cannot be read yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this format cannot be written yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything Argline opens (*.json *.csv *.tsv *.argdown *.ad *.timeline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argline corpus, TimelineJS or AIF (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TimelineJS spreadsheet or events table (*.csv *.tsv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argdown (*.argdown *.ad)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Timeline Project (*.timeline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::CorpusReader</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file changed while it was being read; open it again once it is saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is not enough memory to read this corpus</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::CorpusRecordReader</name>
    <message>
        <source>field %1 appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field (ignored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an Argline corpus: "format" is %1, expected "argline-corpus"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corpus version %1 is newer than this Argline reads (version %2); please update Argline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported corpus version %1 (this Argline reads version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an Argline corpus: the top-level "format" field is missing (expected "format": "argline-corpus")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required field "version"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required field "title"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required field "articles"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid id (1–64 characters from A–Z a–z 0–9 . _ : -)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate id %1 (first used at %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date whose basis is %1 needs a "note" that says how it was found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown basis %1 (expected "stated", "derived", "inferred" or "outside")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs at least one quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a colour (expected #rrggbb)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either "file" or "text", not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing the article's text: give "file" (a path) or "text"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown status %1 (expected "happened" or "planned")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a claim is a root and has no parent (use "pro" or "con" for a reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 argument needs a "parent"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown role %1 (expected "claim", "pro" or "con")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>basis %1 does not apply to an article's date (expected "stated" or "inferred")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>basis %1 is for article dates (expected "stated", "derived" or "outside")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the article's text is empty: there is nothing to quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown outlet source %1 (expected "text" or "page")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown relation %1 (expected "undercut", "contrary", "contradiction" or "premise")</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::CorpusSummary</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>%n argument</numerusform>
            <numerusform>%n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for</source>
        <translation>
            <numerusform>%n for</numerusform>
            <numerusform>%n for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n against</source>
        <translation>
            <numerusform>%n against</numerusform>
            <numerusform>%n against</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s)</source>
        <translation>
            <numerusform>%n objection</numerusform>
            <numerusform>%n objections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuttal(s)</source>
        <translation>
            <numerusform>%n rebuttal</numerusform>
            <numerusform>%n rebuttals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>%n era</numerusform>
            <numerusform>%n eras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story step(s)</source>
        <translation>
            <numerusform>%n story step</numerusform>
            <numerusform>%n story steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a source quote</source>
        <translation>
            <numerusform>%n without a source quote</numerusform>
            <numerusform>%n without a source quote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cross-reference(s)</source>
        <translation>
            <numerusform>%n cross-reference</numerusform>
            <numerusform>%n cross-references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s) the map does not draw</source>
        <translation>
            <numerusform>%n relation the map does not draw</numerusform>
            <numerusform>%n relations the map does not draw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::CorpusValidator</name>
    <message>
        <source>an article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an era</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a relative path inside the corpus folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 points outside the corpus folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 leads outside the corpus folder through a link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown id %1 (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown id %1 (expected an event or an argument)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2, not an event or an argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quote not found in article %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quote not found in article %1: the text matches up to "…%2" but the quote goes on "%3…"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no event or argument cites this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no event involves this actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no event has this theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parents form a cycle: %1 (each arrow points to a parent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty: there is nothing to quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains NUL bytes: it is not a text file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… %n more …</source>
        <translation>
            <numerusform>… %n more …</numerusform>
            <numerusform>… %n more …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the parents form a cycle of %n arguments: %1 (each arrow points to a parent)</source>
        <translation>
            <numerusform>the parents form a cycle of %n arguments: %1 (each arrow points to a parent)</numerusform>
            <numerusform>the parents form a cycle of %n arguments: %1 (each arrow points to a parent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::CsvTable</name>
    <message>
        <source>the file is not valid UTF-8 text; save it as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quote inside an unquoted field (write the whole field in quotes and double the quote: "")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::CsvWriteReport</name>
    <message numerus="yes">
        <source>%n quote(s): written into the text, with their citations (the format has no place for quotes)</source>
        <translation>
            <numerusform>%n quote: written into the text, with their citations (the format has no place for quotes)</numerusform>
            <numerusform>%n quotes: written into the text, with their citations (the format has no place for quotes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s): the format has no argument map</source>
        <translation>
            <numerusform>%n argument: the format has no argument map</numerusform>
            <numerusform>%n arguments: the format has no argument map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story (%n step(s))</source>
        <translation>
            <numerusform>the story (%n step)</numerusform>
            <numerusform>the story (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lanes after the first of %n event(s) (one group per row)</source>
        <translation>
            <numerusform>the lanes after the first of %n event (one group per row)</numerusform>
            <numerusform>the lanes after the first of %n events (one group per row)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the themes of %n event(s)</source>
        <translation>
            <numerusform>the themes of %n event</numerusform>
            <numerusform>the themes of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>how %n date(s) were found (basis and note)</source>
        <translation>
            <numerusform>how %n date were found (basis and note)</numerusform>
            <numerusform>how %n dates were found (basis and note)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::DateInfo</name>
    <message>
        <source>stated in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>derived from the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside knowledge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an event or an argument to see what it rests on: the quotes, in their paragraphs, and the articles they come from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arguments that rest on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events it rests on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items quoting it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argline does not load media; a link opens in your web browser when you click it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This statement also stands elsewhere in the map, with its reasons: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An undercut: it attacks the inference from %1 to %2, not %1 itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An undercut: it attacks the inference drawn from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A contrary of %1: they cannot both be true.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contradicts %1: exactly one of them is true.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A premise of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It supports %1 only together with %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not a statement)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relations the map does not draw</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::Diagnostic</name>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::DiagnosticSink</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and at least %n more problem(s)</source>
        <translation>
            <numerusform>… and at least %n more problem</numerusform>
            <numerusform>… and at least %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 could not be opened.&lt;/b&gt; It has %n error(s); the corpus that was open stays open.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 could not be opened.&lt;/b&gt; It has %n error; the corpus that was open stays open.</numerusform>
            <numerusform>&lt;b&gt;%1 could not be opened.&lt;/b&gt; It has %n errors; the corpus that was open stays open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened with %n warning(s).</source>
        <translation>
            <numerusform>%1 opened with %n warning.</numerusform>
            <numerusform>%1 opened with %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected problem in its line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::DocumentBuffer</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file changed while it was being read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::EventModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::EventsCsvReader</name>
    <message>
        <source>%1 ms is not a time Argline can draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has a time of day that does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header must name a title column (title, content or name) and a start column (start, start_ms or date) for an events table, or have the TimelineJS template's Year and Headline columns; it has: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the title is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end must be a single date, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start is already a range or a qualified date; leave the end empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id %1 is taken or not a valid id; the event is called %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::EventsCsvWriter</name>
    <message numerus="yes">
        <source>%n era(s): the table holds events only</source>
        <translation>
            <numerusform>%n era: the table holds events only</numerusform>
            <numerusform>%n eras: the table holds events only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media link(s)</source>
        <translation>
            <numerusform>%n media link</numerusform>
            <numerusform>%n media links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the wording of %n date(s) as written</source>
        <translation>
            <numerusform>the wording of %n date as written</numerusform>
            <numerusform>the wording of %n dates as written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::ExportCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write (required). Its extension chooses the format unless --format is given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timeline, map or both (side by side; the default).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start of the timeline's range, in the corpus date grammar: 2007, 2023-04, 2022-02-24, "early 2023".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of the range (included): 2025 runs to 31 December 2025.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>png, svg or pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG/SVG width in pixels (default 1920).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG/SVG height in pixels (default 1080).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG: size the image as the --page at this resolution (instead of --width/--height).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG/SVG: how many device pixels per layout pixel (default: from the size, 2 for 3840×2160).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF page: slide (16:9, the default), a4 or letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF: portrait pages (landscape by default).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF: spread the timeline over pages of N years each, with the axis on every page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>light (default), dark, high-contrast, or print (white and greyscale-safe).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline lanes by actor (default) or theme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map: only this argument and what is below it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight this event or argument and its links.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A title above the views.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A subtitle below the title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out the footer crediting the cited articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG: no page background.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The corpus to export (default: the built-in one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the corpus story as a PDF handout: a title page, one page per step, and the sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Argline's views, or the story deck, to PNG, SVG or PDF. Needs no display.

Examples:
  argline export --view timeline --from 2007 --to 2025 -o brief.pdf
  argline export --story -o deck.pdf
  argline export --width 3840 --height 2160 --theme print -o both.png

Exit codes: 0 written; 1 the corpus has errors; 2 bad arguments; 3 the file could not be written (nothing is left behind).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1: expected a number from %2 to %3, not "%4"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument "%1" (the corpus is given with --corpus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no output file: give -o FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot tell the format of "%1": give --format png, svg or pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--story: the story deck is a PDF; use a .pdf file or --format pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give both --from and --to for a range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad range: --to %1 ends before --from %2 begins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--transparent: only a PNG can have a transparent background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>argline export: %1 has errors; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: unknown %2 "%3" (expected %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>png, svg or pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timeline, map or both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slide, a4 or letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lane mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--corpus: the file name is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: argline export [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map layout: columns (default), two-sided, top-down or left-to-right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format %1 does not match the file name "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>argline export: --story: %1 has no story to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline scale: auto (default: density-balanced when events bunch up), linear or balanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same as --time-scale balanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--balanced contradicts --time-scale %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ExportComposer</name>
    <message>
        <source>Sources: nothing shown here cites an article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline · %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Arguments for and against · %n shown</source>
        <translation>
            <numerusform>Arguments for and against · %n shown</numerusform>
            <numerusform>Arguments for and against · %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s) not shown for lack of room: %1</source>
        <translation>
            <numerusform>%n lane not shown for lack of room: %1</numerusform>
            <numerusform>%n lanes not shown for lack of room: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date format of a month in a title</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1</source>
        <comment>a year in a title (Japanese adds 年)</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Arguments for and against · %1 of %n in view</source>
        <translation>
            <numerusform>Arguments for and against · %1 of %n in view</numerusform>
            <numerusform>Arguments for and against · %1 of %n in view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::ExportDialog</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit the sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transparent background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both views, side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argument map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as in the window, or e.g. 2007..2025</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>White and greyscale-safe: for and against told apart by words and line styles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG (vector, text kept as text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device pixels per layout pixel: 2 draws everything twice as fine, for a 4K screen or a print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slide, 16:9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> years per page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time range:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtitle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story Deck…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The corpus story as a PDF handout, one page per step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time range: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Story Deck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the story deck…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image is on the clipboard.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ExportLegend</name>
    <message>
        <source>exact date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approximate date (band: its span)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FOR: for the claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AGAINST: against the claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLAIM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supports the card above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attacks the card above</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ExportScene</name>
    <message>
        <source>--subtree: "%1" is not an argument in this corpus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--select: "%1" is not an event or an argument in this corpus</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ExportWriter</name>
    <message>
        <source>Made with Argline from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not encode the PNG: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (page %2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::FilterChips</name>
    <message>
        <source>Active filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filtered by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset all</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::FilterDescription</name>
    <message>
        <source>neither for nor against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>importance %1+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only linked to the selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>%n argument</numerusform>
            <numerusform>%n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n argument(s)</source>
        <translation>
            <numerusform>%1 of %n argument</numerusform>
            <numerusform>%1 of %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only for the claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only against the claim</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) in %2</source>
        <translation>
            <numerusform>%1 of %n event in %2</numerusform>
            <numerusform>%1 of %n events in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not match the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown for context: it does not match the filters, but an argument beneath it does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>involves %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is about %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also cites %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cited by %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The claim: shown whatever the stance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stance: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance %1 (at least %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The searched words are in its title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The searched words are in its title or text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The searched words are in its title, text or quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The claim frames the debate: arguments beneath it were published by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A source was published by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A source may have been published by %1 (its date is inferred)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actors and themes: an event matches by its own; an argument by those it names itself, not by the events it cites. For and against: an argument's stance on the claim; an event matches when an argument of that stance cites it. Importance applies to events only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::FilterPanel</name>
    <message>
        <source>Actors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum importance of events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events of importance at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against the claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arguments for the claim, and the events they cite. A reason that supports an argument against the claim counts as against.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arguments against the claim, and the events they cite. An objection to an argument against the claim counts as for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The claim: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::FuzzyDate</name>
    <message>
        <source>"%1" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (the year needs four digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year %1 is out of range (1–9999)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (the month needs two digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month %1 is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (the day needs two digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>Qt date format of a month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format of a day</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a range cannot have a qualifier (write "early 2023" or "2023-01/2023-04")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" qualifies a single day; a qualifier needs a year or a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of months in one year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>c. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has a time of day; give the date alone (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally after early, mid, late or circa ("early 2023")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1</source>
        <comment>a year (Japanese adds 年)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM</source>
        <comment>Qt date format of the first month of a range in one year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>Qt date format of the last month of a range in one year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>early %1</source>
        <comment>days 1–10 of a month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>early %1</source>
        <comment>January–April of a year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mid-%1</source>
        <comment>days 11–20 of a month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mid-%1</source>
        <comment>May–August of a year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>late %1</source>
        <comment>day 21 to the end of a month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>late %1</source>
        <comment>September–December of a year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 BC</source>
        <comment>a month name and a year before AD 1, e.g. March 44 BC</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3 BC</source>
        <comment>a day, a month name and a year before AD 1, e.g. 15 March 44 BC</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 BC</source>
        <comment>a year before AD 1, e.g. 300 BC</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ImportDiagnostics</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::InteractiveView</name>
    <message>
        <source>Why it is shown:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::JsonObjectReader</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required field %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range (%2–%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field %1 appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field (ignored)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::JsonRecordParser</name>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrays and objects are nested more than %1 levels deep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JSON could not be parsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this item holds more than %1 JSON values (set ARGLINE_MAX_ITEM_VALUES to raise the limit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a NUL byte after the JSON document: is this a text file?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::JsonTree</name>
    <message>
        <source>the file holds no JSON value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected end of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected character; expected a JSON value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number needs digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number needs digits after the decimal point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a control character inside a string (write it as an escape, e.g. \n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object is not closed (missing '}')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ':' after the member name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ',' or '}' after a member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array is not closed (missing ']')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ',' or ']' after an element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::JsonValue</name>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop reading the file; the open corpus stays as it is (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::MainWindow</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Corpus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Argline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the previous selection (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward to the next selection (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only &amp;Linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the selection and what it is linked to (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;As Of…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A time cursor: drag its date on the timeline to see the debate as it stood then; later events dim and unpublished arguments hide (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stack Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timeline above the map, instead of side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Built-in Corpus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Argline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open %1; the open corpus is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is gone from the disk; the corpus stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on disk but has errors; the previous version stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+F, F3, Shift+F3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search; next and previous match (Enter and Shift+Enter in the field)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Left, Alt+Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back and forward through the selections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the selection and what it is linked to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The “as of” time cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit both views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the filters, story, sources, details and article panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stack the views or put them side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset all filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline: wheel, + / −</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom around the pointer; drag or Shift+wheel pans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline: ← → ↑ ↓, Home, End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move between events in time and across lanes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map: arrows, Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to the parent, a child or a sibling; the root claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map: Space, F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collapse or expand; focus mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the focused item's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to or remove from the selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Argline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Story Deck…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image of both views is on the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present in &amp;High Contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For washed-out projectors (H while presenting)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Animate Presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Glide the timeline between steps and bring in arguments one by one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This corpus has no story to present. A story is a list of steps in the corpus file; see docs/corpus-format.md.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present the story to a class (Esc ends the presentation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+E, Ctrl+P, Ctrl+Shift+C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export, print, copy the image of both views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline &amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart of events per year under the timeline, to move its window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the %1 panel (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a copy as %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was saved as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in the nearest place the format offers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not kept (the format has no place for it):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reloading %1 was cancelled; the previous version stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1 was cancelled; the open corpus is unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::PresentationSession</name>
    <message>
        <source>Argline — presentation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::PresentationView</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exploring · press R or a step key to return to step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to step %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::PresenterView</name>
    <message>
        <source>Presenter — Argline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>→ PgDn Space: next · ← PgUp Backspace: back · Home/End · number + Enter: go to · B: blank · H: high contrast · Ctrl +/−: type size · Esc: end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the last step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The screen is blank (B shows it again).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exploring off the story (R returns).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Going to step %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::ReadLimits</name>
    <message>
        <source>the file is %1 MB, more than the %2 MB a corpus file may have (set ARGLINE_MAX_FILE_MB to raise the limit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB an article may have (set ARGLINE_MAX_ARTICLE_MB to raise the limit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string of %1 MB, more than the %2 MB an article may have (set ARGLINE_MAX_ARTICLE_MB to raise the limit)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::SearchBar</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>‹</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>›</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no matches</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search words in titles, texts and quotes (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finds every word, in any order; put a phrase in quotes to find it as written. Best matches first: words in the title, then in the text, then in quotes; then the more important. Enter steps to the next, Shift+Enter to the previous.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::SelfCheck</name>
    <message numerus="yes">
        <source>%1: INVALID (%n error(s))</source>
        <translation>
            <numerusform>%1: INVALID (%n error)</numerusform>
            <numerusform>%1: INVALID (%n errors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: every reference resolves and every quote occurs verbatim in its article; %n warning(s)</source>
        <translation>
            <numerusform>valid: every reference resolves and every quote occurs verbatim in its article; %n warning</numerusform>
            <numerusform>valid: every reference resolves and every quote occurs verbatim in its article; %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in corpus</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>%n era</numerusform>
            <numerusform>%n eras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file holds %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>; %n left out (see the warnings)</source>
        <translation>
            <numerusform>; %n left out (see the warnings)</numerusform>
            <numerusform>; %n left out (see the warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::SourceModel</name>
    <message>
        <source>(no title in the text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::SourceSnippet</name>
    <message>
        <source>first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fifth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sixth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seventh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eighth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ninth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tenth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1th</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1st</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1nd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1rd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a colon may be missing after the key on line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a comma may be missing before column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a comma may be missing at the end of line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the comma at column %1 may be one too many: JSON allows none before a closing bracket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the comma at the end of line %1 may be one too many: JSON allows none before a closing bracket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a closing quote may be missing on line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file ends before every { and [ is closed: a } or ] may be missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON strings take double quotes ("), not single quotes (')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 era</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 story step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::SourcesChart</name>
    <message>
        <source>Arguments for and against, by source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For and against, by source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arguments for (green) and against (red) the claim that each article supplies, counted by their stance on the claim, as the map's cards show it. Click an article's bar to show only what it supports; click again to show everything.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::StanceStyle</name>
    <message>
        <source>CLAIM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FOR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AGAINST</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::StoryDeck</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the date is known: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %n step</numerusform>
            <numerusform>%1 · %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This corpus has no story to export.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::StoryList</name>
    <message>
        <source>Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This corpus has no story.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::StoryPresenter</name>
    <message numerus="yes">
        <source>There is no step %1: the story has %n step(s).</source>
        <translation>
            <numerusform>There is no step %1: the story has %n step.</numerusform>
            <numerusform>There is no step %1: the story has %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::TimeAxis</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>Qt date format of a month on the axis</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1</source>
        <comment>a quarter of a year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade, e.g. 1990s</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MMM</source>
        <comment>Qt date format of a month on the axis's lower tier</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1</source>
        <comment>a year on the axis (Japanese adds 年)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1</source>
        <comment>a decade on the axis's lower tier, e.g. 1990</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years on the axis</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1st century</source>
        <comment>an ordinal century on the axis, e.g. 21st century</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1nd century</source>
        <comment>an ordinal century on the axis, e.g. 22nd century</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1rd century</source>
        <comment>an ordinal century on the axis, e.g. 23rd century</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1th century</source>
        <comment>an ordinal century on the axis, e.g. 20th century</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 BC</source>
        <comment>a month and a year before AD 1 on the axis, e.g. March 44 BC</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AD 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1s BC</source>
        <comment>a decade before AD 1, e.g. 40s BC</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1st millennium BC</source>
        <comment>an ordinal millennium before AD 1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1nd millennium BC</source>
        <comment>an ordinal millennium before AD 1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1rd millennium BC</source>
        <comment>an ordinal millennium before AD 1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1th millennium BC</source>
        <comment>an ordinal millennium before AD 1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1st millennium</source>
        <comment>an ordinal millennium on the axis</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1nd millennium</source>
        <comment>an ordinal millennium on the axis</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1rd millennium</source>
        <comment>an ordinal millennium on the axis</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1th millennium</source>
        <comment>an ordinal millennium on the axis</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1st century BC</source>
        <comment>an ordinal century before AD 1, e.g. 1st century BC</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1nd century BC</source>
        <comment>an ordinal century before AD 1, e.g. 2nd century BC</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1rd century BC</source>
        <comment>an ordinal century before AD 1, e.g. 3rd century BC</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1th century BC</source>
        <comment>an ordinal century before AD 1, e.g. 5th century BC</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::TimeIndex</name>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::TimeRange</name>
    <message>
        <source>type a year, a date or a range such as 2007..2017</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::TimelineJsCsvReader</name>
    <message>
        <source>the header must have the template's Year and Headline columns; it has: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2; it is left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TimelineJS year 0 read as 1 BC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eras</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>not kept (Argline has no place for them): %n slide background(s)</source>
        <translation>
            <numerusform>not kept (Argline has no place for them): %n slide background</numerusform>
            <numerusform>not kept (Argline has no place for them): %n slide backgrounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::TimelineJsCsvWriter</name>
    <message numerus="yes">
        <source>the wording as written of %n qualified date(s) (the Display Date holds the qualified date itself)</source>
        <translation>
            <numerusform>the wording as written of %n qualified date (the Display Date holds the qualified date itself)</numerusform>
            <numerusform>the wording as written of %n qualified dates (the Display Date holds the qualified date itself)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media link(s) beyond an event's first</source>
        <translation>
            <numerusform>%n media link beyond an event's first</numerusform>
            <numerusform>%n media links beyond an event's first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::TimelineJsDate</name>
    <message>
        <source>the date has no year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year "%1" is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year %1 is outside the years Argline can draw (9999 BC to AD 9999)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month "%1" is not a month (1–12)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date gives a day but no month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day "%1" does not exist in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time "%1" is not a time of day (e.g. 14:30 or 2:30 PM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time "%1" is not a time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the time of day is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the time of day %1:%2:%3 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a time of day needs a full date (year, month and day)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::TimelineJsReader</name>
    <message>
        <source>expected an array of events, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a TimelineJS file needs an "events" array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array of eras, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number or text, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2; it is left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing "start_date"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an era needs an "end_date"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TimelineJS year 0 read as 1 BC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>era %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eras</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n slide background(s)</source>
        <translation>
            <numerusform>%n slide background</numerusform>
            <numerusform>%n slide backgrounds</numerusform>
        </translation>
    </message>
    <message>
        <source>the title slide's media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not kept (Argline has no place for them): %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::TimelineJsWriter</name>
    <message numerus="yes">
        <source>%n quote(s): written into the event text, with their citations (TimelineJS has no place for quotes)</source>
        <translation>
            <numerusform>%n quote: written into the event text, with their citations (TimelineJS has no place for quotes)</numerusform>
            <numerusform>%n quotes: written into the event text, with their citations (TimelineJS has no place for quotes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media link(s) beyond an event's first: written into the event text as links</source>
        <translation>
            <numerusform>%n media link beyond an event's first: written into the event text as links</numerusform>
            <numerusform>%n media links beyond an event's first: written into the event text as links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in several lanes: TimelineJS shows the first as the group; the others are kept in the "argline" data</source>
        <translation>
            <numerusform>%n event in several lanes: TimelineJS shows the first as the group; the others are kept in the "argline" data</numerusform>
            <numerusform>%n events in several lanes: TimelineJS shows the first as the group; the others are kept in the "argline" data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s): TimelineJS has no argument map</source>
        <translation>
            <numerusform>%n argument: TimelineJS has no argument map</numerusform>
            <numerusform>%n arguments: TimelineJS has no argument map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the story (%n step(s))</source>
        <translation>
            <numerusform>the story (%n step)</numerusform>
            <numerusform>the story (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article text(s) (their quotes are in the event text)</source>
        <translation>
            <numerusform>%n article text (their quotes are in the event text)</numerusform>
            <numerusform>%n article texts (their quotes are in the event text)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::TimelineOverview</name>
    <message>
        <source>Overview: events per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events per year. Drag the shaded window to move it, its edges to resize it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::TimelinePane</name>
    <message>
        <source>Fit all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every event (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1983–2025</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2022–2025</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the invasion of Ukraine to Rutte's visit to Japan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to… e.g. 2007..2017</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to a year or range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lanes by actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lanes by theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Density-balanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale: automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linear time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Density-balanced gives busy years more width and quiet ones less; compressed stretches are hatched on the axis. Automatic chooses it when events bunch up.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::TimelineProjectReader</name>
    <message>
        <source>expected a &lt;timeline&gt; element</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time type %1 is not a calendar Argline can draw (expected gregoriantime)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>not kept: %n container(s) (their events are kept)</source>
        <translation>
            <numerusform>not kept: %n container (their events are kept)</numerusform>
            <numerusform>not kept: %n containers (their events are kept)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not a time (expected YYYY-MM-DD HH:MM:SS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is outside the years Argline can draw; it is left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fuzzy in the source: its start and end are uncertain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::TimelineRenderer</name>
    <message>
        <source>As of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No events match the current filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This corpus has no events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actors: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argline::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n events&lt;/b&gt; — click to zoom in</source>
        <translation>
            <numerusform>&lt;b&gt;%n events&lt;/b&gt; — click to zoom in</numerusform>
            <numerusform>&lt;b&gt;%n events&lt;/b&gt; — click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::ViewStyle</name>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>