<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>argline::Argument</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuttal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::ArgumentModel</name>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::CommandLine</name>
    <message>
        <source>Only one corpus file can be opened at a time (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the corpus (FILE, or the built-in one), print a summary and every problem found, and exit: 0 when it is valid, 1 when it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argline shows how a strategic debate unfolds over time: a zoomable timeline of events and a pro/con argument map, every item backed by verbatim quotes from its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Argline corpus (.json) to open instead of the built-in NATO–Japan corpus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::CorpusReader</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::CorpusRecordReader</name>
    <message>
        <source>field %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Argline corpus: &quot;format&quot; is %1, expected &quot;argline-corpus&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corpus version %1 is newer than this Argline reads (version %2); please update Argline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported corpus version %1 (this Argline reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Argline corpus: the top-level &quot;format&quot; field is missing (expected &quot;format&quot;: &quot;argline-corpus&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;title&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;articles&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id (1–64 characters from A–Z a–z 0–9 . _ : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id %1 (first used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date whose basis is %1 needs a &quot;note&quot; that says how it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown basis %1 (expected &quot;stated&quot;, &quot;derived&quot;, &quot;inferred&quot; or &quot;outside&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a colour (expected #rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &quot;file&quot; or &quot;text&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the article&apos;s text: give &quot;file&quot; (a path) or &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1 (expected &quot;happened&quot; or &quot;planned&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim is a root and has no parent (use &quot;pro&quot; or &quot;con&quot; for a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 argument needs a &quot;parent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role %1 (expected &quot;claim&quot;, &quot;pro&quot; or &quot;con&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::CorpusSummary</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n against</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuttal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::CorpusValidator</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown id %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown id %1 (expected an event or an argument)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not an event or an argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arguments form a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote not found in article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote not found in article %1: the text matches up to &quot;…%2&quot; but the quote goes on &quot;%3…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event or argument cites this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event involves this actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event has this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a relative path inside the corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points outside the corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads outside the corpus folder through a link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::Diagnostic</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::DiagnosticSink</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::DiagnosticsDialog</name>
    <message>
        <source>Problems in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 could not be opened.&lt;/b&gt; It has %n error(s); the corpus that was open stays open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened with %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::DocumentBuffer</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::EventModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::FuzzyDate</name>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (the year needs four digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 is out of range (1–9999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (the month needs two digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (the day needs two digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 does not exist in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>Qt date format of a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format of a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range cannot have a qualifier (write &quot;early 2023&quot; or &quot;2023-01/2023-04&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; qualifies a single day; a qualifier needs a year or a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of months in one year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside knowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::JsonObjectReader</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::JsonRecordParser</name>
    <message>
        <source>the JSON could not be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays and objects are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::JsonValue</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argline::MainWindow</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, texts and quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argline corpus (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Argline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::SelfCheck</name>
    <message>
        <source>built-in corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: INVALID (%n error(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: every reference resolves and every quote occurs verbatim in its article; %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argline::SourceModel</name>
    <message>
        <source>(no title in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
