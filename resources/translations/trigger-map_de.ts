<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BodyLabel</name>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Trigger Map</source>
        <translation>Trigger Map</translation>
    </message>
    <message>
        <source>The catalogue could not be opened:
%1</source>
        <translation>Der Katalog konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>The catalogue could not be read:
%1</source>
        <translation>Der Katalog konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>This could not be done:
%1</source>
        <translation>Das ließ sich nicht ausführen:
%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trigger Map: click where it hurts to find the trigger points that may cause it.
Self-care information, not a diagnosis.</source>
        <translation>Trigger Map: Klicken Sie, wo es schmerzt, um die Triggerpunkte zu finden, die den Schmerz verursachen können.
Informationen zur Selbsthilfe, keine Diagnose.</translation>
    </message>
    <message>
        <source>Render the window offscreen to a PNG file and exit.</source>
        <translation>Das Fenster ohne Anzeige in eine PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot (Standard 1280x800).</translation>
    </message>
    <message>
        <source>Body view: front, back, side, side-left or soles.</source>
        <translation>Körperansicht: front, back, side, side-left oder soles.</translation>
    </message>
    <message>
        <source>Painful spots, comma-separated: REGION[:SIDE][=INTENSITY].</source>
        <translation>Schmerzstellen, durch Kommas getrennt: REGION[:SEITE][=STÄRKE].</translation>
    </message>
    <message>
        <source>A symptom such as tinnitus (repeatable).</source>
        <translation>Ein Symptom wie tinnitus (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Show the referral pattern of the Nth result.</source>
        <translation>Das Ausstrahlungsmuster des N-ten Ergebnisses zeigen.</translation>
    </message>
    <message>
        <source>Open a muscle&apos;s entry page.</source>
        <translation>Die Seite eines Muskels öffnen.</translation>
    </message>
    <message>
        <source>Open the catalogue browser filtered by these words.</source>
        <translation>Den Katalog öffnen, gefiltert nach diesen Wörtern.</translation>
    </message>
    <message>
        <source>Catalogue database to use.</source>
        <translation>Zu verwendende Katalogdatenbank.</translation>
    </message>
    <message>
        <source>Journal file to use.</source>
        <translation>Zu verwendende Tagebuchdatei.</translation>
    </message>
    <message>
        <source>First day of the report (YYYY-MM-DD).</source>
        <translation>Erster Tag des Berichts (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last day of the report (YYYY-MM-DD).</source>
        <translation>Letzter Tag des Berichts (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Colours: light or dark (default: the system&apos;s).</source>
        <translation>Farben: light (hell) oder dark (dunkel) (Standard: wie das System).</translation>
    </message>
    <message>
        <source>Interface language, e.g. de or en (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche, z. B. de oder en (Standard: wie das System).</translation>
    </message>
    <message>
        <source>Write a PDF report of the journal and exit (for FILE.png: its first page as a picture).</source>
        <translation>Einen PDF-Bericht des Tagebuchs schreiben und beenden (bei DATEI.png: seine erste Seite als Bild).</translation>
    </message>
    <message>
        <source>Open a page: where, browser, guide, journal, plans, journal-trash or journal-settings.</source>
        <translation>Eine Seite öffnen: where, browser, guide, journal, plans, journal-trash oder journal-settings.</translation>
    </message>
    <message>
        <source>Replace the file of --report or --screenshot if it exists.</source>
        <translation>Die Datei von --report oder --screenshot ersetzen, falls es sie schon gibt.</translation>
    </message>
</context>
<context>
    <name>tmap::app::AnswerText</name>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>weiß nicht</translation>
    </message>
    <message>
        <source>Press test, %1 (%2): %3</source>
        <translation>Drucktest, %1 (%2): %3</translation>
    </message>
    <message>
        <source>Pain also here, %1: %2</source>
        <translation>Schmerz auch hier, %1: %2</translation>
    </message>
    <message>
        <source>Also %1: %2</source>
        <translation>Auch dieses Symptom, %1: %2</translation>
    </message>
    <message>
        <source>either side</source>
        <translation>links oder rechts</translation>
    </message>
</context>
<context>
    <name>tmap::app::BodyMapNames</name>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brustkorb</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>pelvis and groin</source>
        <translation>Becken und Leiste</translation>
    </message>
    <message>
        <source>right jaw</source>
        <translation>Kiefer rechts</translation>
    </message>
    <message>
        <source>left jaw</source>
        <translation>Kiefer links</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>Schulter rechts</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>Schulter links</translation>
    </message>
    <message>
        <source>right upper arm</source>
        <translation>Oberarm rechts</translation>
    </message>
    <message>
        <source>left upper arm</source>
        <translation>Oberarm links</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>Ellenbogen rechts</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>Ellenbogen links</translation>
    </message>
    <message>
        <source>right forearm</source>
        <translation>Unterarm rechts</translation>
    </message>
    <message>
        <source>left forearm</source>
        <translation>Unterarm links</translation>
    </message>
    <message>
        <source>right wrist</source>
        <translation>Handgelenk rechts</translation>
    </message>
    <message>
        <source>left wrist</source>
        <translation>Handgelenk links</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>Hand rechts</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>Hand links</translation>
    </message>
    <message>
        <source>right hip</source>
        <translation>Hüfte rechts</translation>
    </message>
    <message>
        <source>left hip</source>
        <translation>Hüfte links</translation>
    </message>
    <message>
        <source>right buttock</source>
        <translation>Gesäß rechts</translation>
    </message>
    <message>
        <source>left buttock</source>
        <translation>Gesäß links</translation>
    </message>
    <message>
        <source>right upper leg</source>
        <translation>Oberschenkel rechts</translation>
    </message>
    <message>
        <source>left upper leg</source>
        <translation>Oberschenkel links</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>Knie rechts</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>Knie links</translation>
    </message>
    <message>
        <source>right lower leg</source>
        <translation>Unterschenkel rechts</translation>
    </message>
    <message>
        <source>left lower leg</source>
        <translation>Unterschenkel links</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>Sprunggelenk rechts</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>Sprunggelenk links</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>Fuß rechts</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>Fuß links</translation>
    </message>
    <message>
        <source>right shoulder girdle</source>
        <translation>Schultergürtel rechts</translation>
    </message>
    <message>
        <source>left shoulder girdle</source>
        <translation>Schultergürtel links</translation>
    </message>
    <message>
        <source>right lower arm</source>
        <translation>Unterarm rechts</translation>
    </message>
    <message>
        <source>left lower arm</source>
        <translation>Unterarm links</translation>
    </message>
    <message>
        <source>right hip (buttock, trochanter)</source>
        <translation>Hüfte (Gesäß, Trochanter) rechts</translation>
    </message>
    <message>
        <source>left hip (buttock, trochanter)</source>
        <translation>Hüfte (Gesäß, Trochanter) links</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tmap::app::BodyMapWidget</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <source>, marked as painful</source>
        <translation>, als schmerzhaft markiert</translation>
    </message>
    <message>
        <source>Body map: %1</source>
        <translation>Körperkarte: %1</translation>
    </message>
    <message>
        <source>Arrow keys move between regions, Space or Enter marks the region as painful, Page Up and Page Down change the view, + and - zoom to the region.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Regionen, Leertaste oder Eingabetaste markieren die Region als schmerzhaft, Bild auf und Bild ab wechseln die Ansicht, + und - vergrößern und verkleinern zur Region hin.</translation>
    </message>
</context>
<context>
    <name>tmap::app::BodyNames</name>
    <message>
        <source> (left)</source>
        <translation> (links)</translation>
    </message>
    <message>
        <source> (right)</source>
        <translation> (rechts)</translation>
    </message>
    <message>
        <source> (both sides)</source>
        <translation> (beide Seiten)</translation>
    </message>
    <message>
        <source>, left</source>
        <translation>, links</translation>
    </message>
    <message>
        <source>, right</source>
        <translation>, rechts</translation>
    </message>
    <message>
        <source>, both sides</source>
        <translation>, beide Seiten</translation>
    </message>
    <message>
        <source> (either side)</source>
        <translation> (links oder rechts)</translation>
    </message>
    <message>
        <source>, either side</source>
        <translation>, links oder rechts</translation>
    </message>
</context>
<context>
    <name>tmap::app::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
</context>
<context>
    <name>tmap::app::CataloguePage</name>
    <message>
        <source>Filter: name, symptom, body part (Ctrl+F)</source>
        <translation>Filter: Name, Symptom, Körperteil (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the catalogue</source>
        <translation>Katalog filtern</translation>
    </message>
    <message>
        <source>Muscles by body area</source>
        <translation>Muskeln nach Körperbereich</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>What trigger points are and how to release them safely</source>
        <translation>Was Triggerpunkte sind und wie man sie sicher löst</translation>
    </message>
    <message>
        <source>%1 muscles, %2 trigger points</source>
        <translation>%1 Muskeln, %2 Triggerpunkte</translation>
    </message>
    <message>
        <source>No muscle matches &quot;%1&quot;</source>
        <translation>Kein Muskel passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n muscles match all words</source>
        <translation>
            <numerusform>%n Muskel passt zu allen Wörtern</numerusform>
            <numerusform>%n Muskeln passen zu allen Wörtern</numerusform>
        </translation>
    </message>
    <message>
        <source>1 muscle matches all words</source>
        <translation>1 Muskel passt zu allen Wörtern</translation>
    </message>
</context>
<context>
    <name>tmap::app::DrawingStore</name>
    <message>
        <source>%1: cannot remove it (%2), so the cleared drawing would come back at the next start</source>
        <translation>%1: lässt sich nicht entfernen (%2), daher käme die gelöschte Zeichnung beim nächsten Start zurück</translation>
    </message>
</context>
<context>
    <name>tmap::app::EntryBrowser</name>
    <message>
        <source>Catalogue page</source>
        <translation>Katalogseite</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Not in the catalogue&lt;/h1&gt;&lt;p&gt;There is no muscle called %1.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Nicht im Katalog&lt;/h1&gt;&lt;p&gt;Es gibt keinen Muskel namens %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>also called %1</source>
        <translation>auch %1 genannt</translation>
    </message>
    <message>
        <source>Where it is and what it does</source>
        <translation>Lage und Aufgabe</translation>
    </message>
    <message>
        <source>How to find it</source>
        <translation>So finden Sie die Stelle</translation>
    </message>
    <message>
        <source>Trigger points and where they send pain</source>
        <translation>Triggerpunkte und wohin sie Schmerz ausstrahlen</translation>
    </message>
    <message>
        <source>(sometimes)</source>
        <translation>(manchmal)</translation>
    </message>
    <message>
        <source>(either side)</source>
        <translation>(auf beiden Seiten möglich)</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>Main pain:</source>
        <translation>Hauptschmerz:</translation>
    </message>
    <message>
        <source>Spillover:</source>
        <translation>Ausstrahlung:</translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation>Weitere Symptome</translation>
    </message>
    <message>
        <source>Prevent it:</source>
        <translation>Vorbeugen:</translation>
    </message>
    <message>
        <source>Causes and what keeps it going</source>
        <translation>Ursachen und was die Beschwerden unterhält</translation>
    </message>
    <message>
        <source>Self-release, step by step</source>
        <translation>Selbstbehandlung, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Press first, then stretch. Work slowly, breathe, and stop if the pain becomes sharp or spreads.</source>
        <translation>Erst drücken, dann dehnen. Arbeiten Sie langsam, atmen Sie weiter und hören Sie auf, wenn der Schmerz stechend wird oder sich ausbreitet.</translation>
    </message>
    <message>
        <source>Related muscles</source>
        <translation>Verwandte Muskeln</translation>
    </message>
    <message>
        <source>Chapter %1.</source>
        <translation>Kapitel %1.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Self-care information, not a diagnosis.</source>
        <translation>Informationen zur Selbsthilfe, keine Diagnose.</translation>
    </message>
    <message>
        <source>Trigger points: a short guide</source>
        <translation>Triggerpunkte: ein kurzer Leitfaden</translation>
    </message>
    <message>
        <source>This entry&apos;s descriptions and steps are in English; names, headings, precautions and warnings are translated.</source>
        <translation>Die Beschreibungen und Schritte dieses Eintrags sind auf Englisch; Namen, Überschriften, Vorsichtshinweise und Warnungen sind übersetzt.</translation>
    </message>
    <message>
        <source>How sure: pain pattern, %1; technique, %2 (&lt;a href=&apos;%3&apos;&gt;what this means&lt;/a&gt;).</source>
        <translation>Wie sicher? Schmerzmuster: %1; Technik: %2 (&lt;a href=&apos;%3&apos;&gt;was das bedeutet&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Treat this point: a guided session</source>
        <translation>Diesen Punkt behandeln: eine angeleitete Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>Treat all %n points: one session, point after point</source>
        <translation>
            <numerusform>Alle %n Punkte behandeln: eine Sitzung, Punkt für Punkt</numerusform>
            <numerusform>Alle %n Punkte behandeln: eine Sitzung, Punkt für Punkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Treat the %n points for self-care: one session, point after point</source>
        <translation>
            <numerusform>Die %n Punkte für die Selbstbehandlung behandeln: eine Sitzung, Punkt für Punkt</numerusform>
            <numerusform>Die %n Punkte für die Selbstbehandlung behandeln: eine Sitzung, Punkt für Punkt</numerusform>
        </translation>
    </message>
    <message>
        <source>For a clinician only:</source>
        <translation>Nur für Fachleute:</translation>
    </message>
    <message>
        <source>Tips for lasting relief</source>
        <translation>Tipps für dauerhafte Linderung</translation>
    </message>
    <message>
        <source>In the pictures: solid red, the main pain; hatched red, spillover; X, the trigger point, where to press; the faint outline, the muscle (dashed when it lies deep).</source>
        <translation>In den Bildern: rot gefüllt der Hauptschmerz; rot schraffiert die Ausstrahlung; X der Triggerpunkt, wo Sie drücken; der blasse Umriss der Muskel (gestrichelt, wenn er tief liegt).</translation>
    </message>
    <message>
        <source>do not press this point yourself.</source>
        <translation>Drücken Sie diesen Punkt nicht selbst.</translation>
    </message>
    <message>
        <source>In the names, TrP2 is the point&apos;s number in the reference books and T10 a level of the spine (&lt;a href=&apos;%1&apos;&gt;how to read them&lt;/a&gt;).</source>
        <translation>In den Namen ist TrP2 die Nummer des Punkts in den Fachbüchern und Th10 eine Höhe der Wirbelsäule (&lt;a href=&apos;%1&apos;&gt;wie man sie liest&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>In the names, TrP2 is the point&apos;s number in the reference books (&lt;a href=&apos;%1&apos;&gt;more&lt;/a&gt;).</source>
        <translation>In den Namen ist TrP2 die Nummer des Punkts in den Fachbüchern (&lt;a href=&apos;%1&apos;&gt;mehr&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>In the names, T10 is a level of the spine, counted from the top (&lt;a href=&apos;%1&apos;&gt;how to count&lt;/a&gt;).</source>
        <translation>In den Namen ist Th10 eine Höhe der Wirbelsäule, von oben gezählt (&lt;a href=&apos;%1&apos;&gt;wie man zählt&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Add to plan...</source>
        <translation>Zum Plan hinzufügen …</translation>
    </message>
    <message>
        <source>In the pictures: solid red, the main pain; hatched red, spillover; X, the trigger point, where to press; a crossed circle, a point for a clinician only, not to press yourself; the faint outline, the muscle (dashed when it lies deep).</source>
        <translation>In den Bildern: rot gefüllt der Hauptschmerz; rot schraffiert die Ausstrahlung; X der Triggerpunkt, wo Sie drücken; ein durchgestrichener Kreis ein Punkt nur für Fachleute, auf den Sie nicht selbst drücken; der blasse Umriss der Muskel (gestrichelt, wenn er tief liegt).</translation>
    </message>
    <message>
        <source>none the references draw; it is tender where it lies</source>
        <translation>keiner, den die Fachbücher zeichnen; der Punkt ist nur dort empfindlich, wo er liegt</translation>
    </message>
    <message>
        <source>Treat both points: one session, one after the other</source>
        <translation>Beide Punkte behandeln: eine Sitzung, einer nach dem anderen</translation>
    </message>
</context>
<context>
    <name>tmap::app::ErrorText</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Overall intensity</source>
        <translation>Gesamtschmerz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2</source>
        <translation>zu lang: %1 Zeichen, höchstens %2</translation>
    </message>
    <message>
        <source>contains a control character (such as a tab)</source>
        <translation>enthält ein Steuerzeichen (etwa einen Tabulator)</translation>
    </message>
    <message>
        <source>contains bytes that are not text</source>
        <translation>enthält Bytes, die kein Text sind</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ steht zweimal da</translation>
    </message>
    <message>
        <source>too many: %1, at most %2</source>
        <translation>zu viele: %1, höchstens %2</translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2</source>
        <translation>%1 liegt nicht zwischen 0 und %2</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>muss eine einzige Zeile sein</translation>
    </message>
    <message>
        <source>The note was not saved:
%1</source>
        <translation>Die Notiz wurde nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>The plan was not saved:
%1</source>
        <translation>Der Plan wurde nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, bei %2: %3</translation>
    </message>
    <message>
        <source>%1

The journal file is damaged. Restore a backup: File &gt; Journal file and backups lists them, with &quot;Restore from backup...&quot;.</source>
        <translation>%1

Die Tagebuchdatei ist beschädigt. Stellen Sie eine Sicherung wieder her: Datei &gt; Tagebuchdatei und Sicherungen listet sie auf, mit „Aus Sicherung wiederherstellen …“.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>%1: Der Datenträger ist voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose a file.</source>
        <translation>%1 ist ein Ordner, keine Datei. Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>%1 is read-only. Make it writable, or choose another file.</source>
        <translation>%1 ist schreibgeschützt. Heben Sie den Schreibschutz auf oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and the journal needs to write there. Make it writable, or choose a file in another folder.</source>
        <translation>Der Ordner %1 ist schreibgeschützt, das Tagebuch muss aber dort schreiben. Heben Sie den Schreibschutz auf oder wählen Sie eine Datei in einem anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Nothing was saved.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Trigger Map. It was left as it is; open it with that version.</source>
        <translation>%1 wurde von einer neueren Version von Trigger Map geschrieben. Die Datei wurde nicht verändert; öffnen Sie sie mit dieser Version.</translation>
    </message>
    <message>
        <source>There is no pain journal at %1 yet.</source>
        <translation>Unter %1 gibt es noch kein Schmerztagebuch.</translation>
    </message>
    <message>
        <source>%1 is not a Trigger Map journal. It was left as it is; choose another file.</source>
        <translation>%1 ist kein Trigger-Map-Tagebuch. Die Datei wurde nicht verändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>you have no permission to write there</source>
        <translation>Sie haben dort keine Schreibrechte</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was written.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>There is no folder %1, so no journal was started at %2. Check the name, or make the folder first.</source>
        <translation>Den Ordner %1 gibt es nicht, daher wurde unter %2 kein Tagebuch angelegt. Prüfen Sie den Namen oder legen Sie den Ordner zuerst an.</translation>
    </message>
    <message>
        <source>%1 is one of the journal&apos;s automatic backups, and nothing is written to it. To go on from it, restore it (File &gt; Journal file and backups), or copy it out of the backups folder first.</source>
        <translation>%1 ist eine der automatischen Sicherungen des Tagebuchs, und in sie wird nichts geschrieben. Um mit ihr weiterzumachen, stellen Sie sie wieder her (Datei &gt; Tagebuchdatei und Sicherungen) oder kopieren Sie sie zuerst aus dem Sicherungsordner heraus.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>feels like</source>
        <translation>fühlt sich an</translation>
    </message>
    <message>
        <source>muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>trigger point</source>
        <translation>Triggerpunkt</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one Trigger Map knows</source>
        <translation>„%1“ kennt Trigger Map nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a side, left or right</source>
        <translation>„%1“ braucht eine Seite, links oder rechts</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1, column &quot;%2&quot;</source>
        <translation>Zeile %1, Spalte „%2“</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Spot %1</source>
        <translation>Stelle %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
    <message>
        <source>Factor %1</source>
        <translation>Faktor %1</translation>
    </message>
    <message>
        <source>Treatment %1</source>
        <translation>Behandlung %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>ein Wahrheitswert (true oder false)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number too large to store</source>
        <translation>eine zu große ganze Zahl</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>eine Zahl mit Nachkommastellen</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this format</source>
        <translation>„%1“ ist kein Feld dieses Formats</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of %2</source>
        <translation>„%1“ ist keines von: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time with its UTC offset, like 2026-11-25T08:30:00+01:00</source>
        <translation>„%1“ ist keine Zeit mit UTC-Versatz wie 2026-11-25T08:30:00+01:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 2026-11-25T07:30:00Z</source>
        <translation>„%1“ ist keine Zeit wie 2026-11-25T07:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id like 3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c</source>
        <translation>„%1“ ist keine Kennung wie 3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question Trigger Map asks</source>
        <translation>„%1“ ist keine Frage, die Trigger Map stellt</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Trigger Map; this one reads up to version %2</source>
        <translation>Version %1 stammt von einem neueren Trigger Map; dieses liest bis Version %2</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>a version-%1 file cannot hold this (it came with version %2)</source>
        <translation>eine Datei der Version %1 kann das nicht enthalten (es kam mit Version %2)</translation>
    </message>
    <message>
        <source>%1 is for a clinician only, not a step of a self-treatment plan</source>
        <translation>%1 ist nur für Fachleute, kein Schritt eines Plans zur Selbstbehandlung</translation>
    </message>
    <message>
        <source>%1 is on the left side only</source>
        <translation>%1 gibt es nur links</translation>
    </message>
    <message>
        <source>%1 is on the right side only</source>
        <translation>%1 gibt es nur rechts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this muscle&apos;s techniques</source>
        <translation>„%1“ ist keine Technik dieses Muskels</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>the rows of note %1 must follow each other; it already ended on line %2</source>
        <translation>die Zeilen der Notiz %1 müssen aufeinander folgen; sie endete schon in Zeile %2</translation>
    </message>
    <message>
        <source>differs from line %1, the first row of the same note (a note&apos;s columns are the same on each of its rows)</source>
        <translation>weicht von Zeile %1 ab, der ersten Zeile derselben Notiz (die Spalten einer Notiz sind in jeder ihrer Zeilen gleich)</translation>
    </message>
    <message>
        <source>a backslash that escapes neither &apos;;&apos; nor &apos;\&apos;</source>
        <translation>ein umgekehrter Schrägstrich, der weder &apos;;&apos; noch &apos;\&apos; schützt</translation>
    </message>
    <message>
        <source>item %1 of the list cannot be read</source>
        <translation>Eintrag %1 der Liste ist nicht lesbar</translation>
    </message>
    <message>
        <source>is empty on a second row of the same note (only a note without places has a row without one)</source>
        <translation>ist leer in einer zweiten Zeile derselben Notiz (nur eine Notiz ohne Orte hat eine Zeile ohne Ort)</translation>
    </message>
    <message>
        <source>the note&apos;s first row has no place, so its later rows cannot have one</source>
        <translation>die erste Zeile der Notiz hat keinen Ort, also dürfen auch ihre weiteren Zeilen keinen haben</translation>
    </message>
    <message>
        <source>%1 does not follow the format of a Trigger Map export:</source>
        <translation>%1 entspricht nicht dem Format eines Trigger-Map-Exports:</translation>
    </message>
    <message>
        <source>(and more: the check stopped after %1 problems)</source>
        <translation>(und mehr: die Prüfung endete nach %1 Problemen)</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose a file written by Export (JSON or CSV).</source>
        <translation>%1 ist ein Ordner, keine Datei. Wählen Sie eine Datei, die mit Exportieren geschrieben wurde (JSON oder CSV).</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 an import can read.</source>
        <translation>%1 ist %2 groß, mehr als die %3, die ein Import lesen kann.</translation>
    </message>
    <message>
        <source>%1 is empty. Choose a file written by Export (JSON or CSV).</source>
        <translation>%1 ist leer. Wählen Sie eine Datei, die mit Exportieren geschrieben wurde (JSON oder CSV).</translation>
    </message>
    <message>
        <source>%1 is a database (a pain journal or a backup), not an export. Import it with Import notes, which reads journals too.</source>
        <translation>%1 ist eine Datenbank (ein Schmerztagebuch oder eine Sicherung), kein Export. Importieren Sie sie über „Notizen importieren“, das auch Tagebücher liest.</translation>
    </message>
    <message>
        <source>%1 is this pain journal itself (or one of its working files), not an export. Choose a file written by Export (JSON or CSV).</source>
        <translation>%1 ist dieses Schmerztagebuch selbst (oder eine seiner Arbeitsdateien), kein Export. Wählen Sie eine Datei, die mit Exportieren geschrieben wurde (JSON oder CSV).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2, column %3). A Trigger Map export is UTF-8; another encoding cannot be read.</source>
        <translation>%1 ist kein UTF-8-Text (Zeile %2, Spalte %3). Ein Trigger-Map-Export ist UTF-8; eine andere Kodierung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has lists and objects nested more than %2 deep; a Trigger Map export is not.</source>
        <translation>%1 hat Listen und Objekte, die mehr als %2 Ebenen tief verschachtelt sind; ein Trigger-Map-Export ist das nicht.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: the fault is at line %2, column %3 (%4).</source>
        <translation>%1 ist kein gültiges JSON: Der Fehler steht in Zeile %2, Spalte %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; appears twice in the same object (%3).</source>
        <translation>%1: Das Feld „%2“ steht zweimal im selben Objekt (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Trigger Map export: the file holds %2, not an object.</source>
        <translation>%1 ist kein Trigger-Map-Export: Die Datei enthält %2, kein Objekt.</translation>
    </message>
    <message>
        <source>%1 is not a Trigger Map export (JSON from another program). Choose a file written by Export (JSON or CSV).</source>
        <translation>%1 ist kein Trigger-Map-Export (JSON eines anderen Programms). Wählen Sie eine Datei, die mit Exportieren geschrieben wurde (JSON oder CSV).</translation>
    </message>
    <message>
        <source>%1: the first line, &quot;%2&quot;, is a spreadsheet&apos;s note, not the header. Delete that line and import again.</source>
        <translation>%1: Die erste Zeile, „%2“, ist ein Vermerk einer Tabellenkalkulation, nicht die Kopfzeile. Löschen Sie diese Zeile und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the fields are separated by semicolons, not commas (a spreadsheet set to another language may save it so). Save it again with commas as separators, or import the JSON export.</source>
        <translation>%1: Die Felder sind durch Semikolons getrennt, nicht durch Kommas (so speichert etwa eine deutsch eingestellte Tabellenkalkulation). Speichern Sie die Datei mit Kommas als Trennzeichen, oder importieren Sie den JSON-Export.</translation>
    </message>
    <message>
        <source>%1 is the CSV of an older Trigger Map, which cannot be read back exactly. Export it again, or import its JSON export.</source>
        <translation>%1 ist die CSV-Datei eines älteren Trigger Map, die sich nicht genau zurücklesen lässt. Exportieren Sie erneut oder importieren Sie den JSON-Export.</translation>
    </message>
    <message>
        <source>%1: the header row ends before the column &quot;%2&quot;.</source>
        <translation>%1: Die Kopfzeile endet vor der Spalte „%2“.</translation>
    </message>
    <message>
        <source>%1 is not a Trigger Map journal CSV: its header row has a column too many, &quot;%2&quot;.</source>
        <translation>%1 ist keine CSV-Datei eines Trigger-Map-Tagebuchs: Ihre Kopfzeile hat eine Spalte zu viel, „%2“.</translation>
    </message>
    <message>
        <source>%1 is not a Trigger Map journal CSV: column %2 of its header row is &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>%1 ist keine CSV-Datei eines Trigger-Map-Tagebuchs: Spalte %2 ihrer Kopfzeile ist „%3“, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1, line %2: a double quote inside a field that does not start with one (quote the field and double the quote).</source>
        <translation>%1, Zeile %2: ein doppeltes Anführungszeichen in einem Feld, das nicht mit einem beginnt (setzen Sie das Feld in Anführungszeichen und verdoppeln Sie das Zeichen).</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field starts here and never ends.</source>
        <translation>%1, Zeile %2: Hier beginnt ein Feld in Anführungszeichen, das nie endet.</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: text after the closing quote of a field.</source>
        <translation>%1, Zeile %2, Spalte „%3“: Text nach dem schließenden Anführungszeichen eines Felds.</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: a carriage return outside quotes that does not end the line.</source>
        <translation>%1, Zeile %2, Spalte „%3“: ein Wagenrücklauf außerhalb von Anführungszeichen, der die Zeile nicht beendet.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a journal (%2).</source>
        <translation>%1 konnte nicht als Tagebuch geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Trigger Map journal. Choose a journal, one of its backups, or a file written by Export (JSON or CSV).</source>
        <translation>%1 ist eine Datenbank, aber kein Trigger-Map-Tagebuch. Wählen Sie ein Tagebuch, eine seiner Sicherungen oder eine Datei, die mit Exportieren geschrieben wurde (JSON oder CSV).</translation>
    </message>
    <message>
        <source>%1 is too damaged to read anything from it (its list of tables cannot be read).</source>
        <translation>%1 ist zu beschädigt, um etwas daraus zu lesen (die Liste seiner Tabellen ist nicht lesbar).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Trigger Map (format %2). Update Trigger Map to import it.</source>
        <translation>%1 stammt von einer neueren Version von Trigger Map (Format %2). Aktualisieren Sie Trigger Map, um es zu importieren.</translation>
    </message>
    <message>
        <source>%1 is in the first format of Trigger Map 0.1&apos;s early builds. Open it once as a journal with &quot;tpmap notes list --journal FILE&quot;, which brings it to the current format, then import it.</source>
        <translation>%1 hat das erste Format früher Versionen von Trigger Map 0.1. Öffnen Sie es einmal als Tagebuch mit „tpmap notes list --journal DATEI“, das es ins aktuelle Format bringt, und importieren Sie es dann.</translation>
    </message>
    <message>
        <source>yes/no/unsure</source>
        <translation>ja/nein/unsicher</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>there are already %1 plans, the most a journal keeps</source>
        <translation>Es gibt schon %1 Pläne, so viele, wie ein Tagebuch höchstens hält</translation>
    </message>
    <message>
        <source>The note is empty: mark where it hurt, give an overall pain, write something or add what you tried.</source>
        <translation>Die Notiz ist leer: Markieren Sie, wo es geschmerzt hat, geben Sie einen Gesamtschmerz an, schreiben Sie etwas oder fügen Sie hinzu, was Sie versucht haben.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Save it as &quot;CSV UTF-8&quot; in the spreadsheet; another encoding cannot be read.</source>
        <translation>%1 ist kein UTF-8-Text (Zeile %2). Speichern Sie die Datei in der Tabellenkalkulation als „CSV UTF-8“; eine andere Kodierung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; appears twice in the same object.</source>
        <translation>%1: Das Feld „%2“ steht zweimal im selben Objekt.</translation>
    </message>
    <message>
        <source>%1 is a database (a pain journal, one of its backups or another program&apos;s file). An export or a report never replaces one: nothing was written. Choose another name.</source>
        <translation>%1 ist eine Datenbank (ein Schmerztagebuch, eine seiner Sicherungen oder die Datei eines anderen Programms). Ein Export oder ein Bericht ersetzt nie eine solche Datei: Es wurde nichts geschrieben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is a damaged journal that was moved aside, and nothing is written to it. To add the notes it still holds to your journal, import it (File &gt; Import into the journal).</source>
        <translation>%1 ist ein beschädigtes Tagebuch, das beiseitegelegt wurde; in diese Datei wird nichts geschrieben. Um die Einträge, die sie noch enthält, in Ihr Tagebuch zu übernehmen, importieren Sie sie (Datei &gt; Ins Tagebuch importieren).</translation>
    </message>
    <message>
        <source>%1 is a body-map export, made for a clinician&apos;s body charts; it cannot be imported. Choose a file written by Export as JSON or CSV.</source>
        <translation>%1 ist ein Körperkarten-Export für die Körperschemata einer Ärztin oder eines Therapeuten; er lässt sich nicht importieren. Wählen Sie eine Datei, die mit „Exportieren“ als JSON oder CSV geschrieben wurde.</translation>
    </message>
    <message>
        <source>%1: a journal&apos;s name cannot end in -wal, -shm or -journal. SQLite takes such a file for a working file of another database and deletes it. Nothing was written; choose another name (rename an existing file first, for example to NAME.sqlite).</source>
        <translation>%1: Der Name eines Tagebuchs darf nicht auf -wal, -shm oder -journal enden. SQLite hält eine solche Datei für eine Arbeitsdatei einer anderen Datenbank und löscht sie. Es wurde nichts geschrieben; wählen Sie einen anderen Namen (benennen Sie eine vorhandene Datei zuerst um, zum Beispiel in NAME.sqlite).</translation>
    </message>
</context>
<context>
    <name>tmap::app::InsightsPanel</name>
    <message>
        <source>What goes with your pain</source>
        <translation>Was mit Ihrem Schmerz einhergeht</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>too few to tell</source>
        <translation>zu selten für eine Aussage</translation>
    </message>
    <message>
        <source>%1 points less right after</source>
        <translation>%1 Punkte weniger direkt danach</translation>
    </message>
    <message>
        <source>pain %1 on days with it, %2 without</source>
        <translation>Schmerz %1 an Tagen damit, %2 ohne</translation>
    </message>
    <message>
        <source>%1 with, %2 without</source>
        <translation>%1 mit, %2 ohne</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Run a guided session, or note the pain before and after a treatment.</source>
        <translation>Machen Sie eine angeleitete Sitzung, oder notieren Sie den Schmerz vor und nach einer Behandlung.</translation>
    </message>
    <message>
        <source>Tick factors such as long sitting in your notes.</source>
        <translation>Kreuzen Sie in Ihren Notizen Faktoren wie langes Sitzen an.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>%Ln-mal</numerusform>
            <numerusform>%Ln-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>the next day&apos;s pain: %1 after days with it (%2), %3 after days without (%4)</source>
        <translation>Schmerz am Tag darauf: %1 nach Tagen damit (%2), %3 nach Tagen ohne (%4)</translation>
    </message>
    <message>
        <source>What went together in your notes, not what caused what: a small difference can be chance. A day&apos;s pain is the mean of its notes, each note&apos;s overall pain, else its worst spot.</source>
        <translation>Was in Ihren Notizen zusammen auftrat – nicht, was wodurch verursacht wurde; ein kleiner Unterschied kann Zufall sein. Der Schmerz eines Tages ist der Durchschnitt seiner Notizen, jeweils der Gesamtschmerz, sonst die stärkste Stelle.</translation>
    </message>
    <message>
        <source>%1, technique not named</source>
        <translation>%1, Technik nicht genannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tmap::app::JournalModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Ausprobiert</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <source>Overall intensity %1 of 10</source>
        <translation>Gesamtschmerz %1 von 10</translation>
    </message>
    <message>
        <source>No overall intensity given; the highest spot intensity is shown</source>
        <translation>Kein Gesamtschmerz angegeben; gezeigt wird die höchste Stärke einer Stelle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n min</source>
        <translation>
            <numerusform>, %n Min.</numerusform>
            <numerusform>, %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>, pain %1 → %2</source>
        <translation>, Schmerz %1 → %2</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>dumpf</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>stechend</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>brennend</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>pochend</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>kribbelnd</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>taub</translation>
    </message>
    <message>
        <source>stiff</source>
        <translation>steif</translation>
    </message>
    <message>
        <source>Tags and symptoms</source>
        <translation>Schlagwörter und Symptome</translation>
    </message>
    <message>
        <source>Your tags, and the symptoms you ticked</source>
        <translation>Ihre Schlagwörter und die angekreuzten Symptome</translation>
    </message>
    <message>
        <source>The overall pain you gave the note; &quot;max&quot; when you gave none: the strongest spot&apos;s</source>
        <translation>Der Gesamtschmerz, den Sie der Notiz gegeben haben; „max.“, wenn Sie keinen angegeben haben: der der stärksten Stelle</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>how many more places a journal row has than it shows</comment>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>tmap::app::JournalPage</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&amp;New note...</source>
        <translation>&amp;Neue Notiz …</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the selected notes to the trash (Del)</source>
        <translation>Die ausgewählten Notizen in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Every word must match: the note&apos;s text and tags, or the names of its regions, muscles, techniques and factors</source>
        <translation>Jedes Wort muss passen: Text und Schlagwörter der Notiz oder die Namen ihrer Regionen, Muskeln, Techniken und Faktoren</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <source> t&amp;o </source>
        <translation> &amp;bis </translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>As &amp;JSON (for Trigger Map or tpmap)...</source>
        <translation>Als &amp;JSON (für Trigger Map oder tpmap) …</translation>
    </message>
    <message>
        <source>As &amp;CSV (for a spreadsheet)...</source>
        <translation>Als &amp;CSV (für eine Tabellenkalkulation) …</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)...</source>
        <translation>&amp;Bericht (PDF) …</translation>
    </message>
    <message>
        <source>A report for your therapist over the days shown</source>
        <translation>Ein Bericht für Ihre Therapeutin oder Ihren Therapeuten über die gezeigten Tage</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Journal notes, newest first</source>
        <translation>Tagebuchnotizen, neueste zuerst</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Region or muscle to show the trend of</source>
        <translation>Region oder Muskel, deren Verlauf gezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>What helped most</source>
        <translation>Was am meisten geholfen hat</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Beruht auf</translation>
    </message>
    <message>
        <source>The mean drop in pain from before to after a treatment, from the notes that give both</source>
        <translation>Der mittlere Rückgang des Schmerzes von vor bis nach einer Behandlung, aus den Notizen, die beides angeben</translation>
    </message>
    <message>
        <source>No note matches the search and the days chosen.</source>
        <translation>Keine Notiz passt zur Suche und zu den gewählten Tagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n note matches</source>
        <translation>
            <numerusform>%n Notiz passt</numerusform>
            <numerusform>%n Notizen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes match</source>
        <translation>
            <numerusform>%n Notiz passt</numerusform>
            <numerusform>%n Notizen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing noted yet)</source>
        <translation>(noch nichts notiert)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>On average the pain was %1 points lower after than before</source>
        <translation>Im Mittel war der Schmerz danach um %1 Punkte geringer als davor</translation>
    </message>
    <message>
        <source>Note saved to the journal.</source>
        <translation>Notiz im Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Das Löschen</translation>
    </message>
    <message>
        <source>The note was moved to the trash.</source>
        <translation>Die Notiz wurde in den Papierkorb verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>%n notes were moved to the trash.</source>
        <translation>
            <numerusform>%n Notiz wurde in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Notizen wurden in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the delete</source>
        <translation>Rückgängigmachen des Löschens</translation>
    </message>
    <message>
        <source>The note is back.</source>
        <translation>Die Notiz ist wieder da.</translation>
    </message>
    <message numerus="yes">
        <source>%n notes are back.</source>
        <translation>
            <numerusform>%n Notiz ist wieder da.</numerusform>
            <numerusform>%n Notizen sind wieder da.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note to %1.</source>
        <translation>
            <numerusform>%n Notiz nach %1 exportiert.</numerusform>
            <numerusform>%n Notizen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n notes to %1.</source>
        <translation>
            <numerusform>%n Notiz nach %1 exportiert.</numerusform>
            <numerusform>%n Notizen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import</source>
        <translation>Der Import</translation>
    </message>
    <message numerus="yes">
        <source>%n note added</source>
        <translation>
            <numerusform>%n Notiz hinzugefügt</numerusform>
            <numerusform>%n Notizen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes added</source>
        <translation>
            <numerusform>%n Notiz hinzugefügt</numerusform>
            <numerusform>%n Notizen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here, kept as they were</source>
        <translation>
            <numerusform>%n schon vorhanden, unverändert behalten</numerusform>
            <numerusform>%n schon vorhanden, unverändert behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 importiert: %2.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export the journal as JSON</source>
        <translation>Tagebuch als JSON exportieren</translation>
    </message>
    <message>
        <source>Export the journal as CSV</source>
        <translation>Tagebuch als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Es wurde nichts importiert.

%1</translation>
    </message>
    <message>
        <source>%1 of the %2 notes in %3 are already in your journal.</source>
        <translation>%1 der %2 Notizen in %3 sind schon in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>Keep your versions of those notes, or replace them with the imported ones?</source>
        <translation>Ihre Fassungen dieser Notizen behalten oder durch die importierten ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Replace with imported</source>
        <translation>Durch importierte &amp;ersetzen</translation>
    </message>
    <message>
        <source>Report for your therapist</source>
        <translation>Bericht für Ihre Therapeutin oder Ihren Therapeuten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Noch nichts notiert</translation>
    </message>
    <message>
        <source>Nothing noted in the days shown</source>
        <translation>An den gezeigten Tagen nichts notiert</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring the selected notes back from the trash</source>
        <translation>Die gewählten Notizen aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <source>Show the notes moved to the trash; they stay there until you restore them</source>
        <translation>Die in den Papierkorb verschobenen Notizen zeigen; sie bleiben dort, bis Sie sie wiederherstellen</translation>
    </message>
    <message>
        <source>No note in the trash matches the search and the days chosen.</source>
        <translation>Keine Notiz im Papierkorb passt zur Suche und zu den gewählten Tagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n note in the trash</source>
        <translation>
            <numerusform>%n Notiz im Papierkorb</numerusform>
            <numerusform>%n Notizen im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes in the trash</source>
        <translation>
            <numerusform>%n Notiz im Papierkorb</numerusform>
            <numerusform>%n Notizen im Papierkorb</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Das Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Any day</source>
        <translation>Alle Tag&amp;e</translation>
    </message>
    <message>
        <source>Clear the days: show the notes of any day</source>
        <translation>Tagesauswahl aufheben: die Notizen aller Tage zeigen</translation>
    </message>
    <message>
        <source>What goes with your pain</source>
        <translation>Was mit Ihrem Schmerz einhergeht</translation>
    </message>
    <message>
        <source>Your notes run from %1 to %2</source>
        <translation>Ihre Notizen reichen von %1 bis %2</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Noch keine Notizen</translation>
    </message>
    <message>
        <source>Delete &amp;permanently...</source>
        <translation>&amp;Endgültig löschen …</translation>
    </message>
    <message>
        <source>Erase the selected notes for good</source>
        <translation>Die gewählten Notizen endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;Empty trash...</source>
        <translation>Papierkorb &amp;leeren …</translation>
    </message>
    <message>
        <source>Erase every note in the trash for good</source>
        <translation>Alle Notizen im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <source>Add the notes of a JSON or CSV export to this journal</source>
        <translation>Die Notizen eines JSON- oder CSV-Exports zu diesem Tagebuch hinzufügen</translation>
    </message>
    <message>
        <source>Where the journal and its backups are; restore a backup</source>
        <translation>Wo das Tagebuch und seine Sicherungen liegen; eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The note cannot be brought back from the trash afterwards.</source>
        <translation>Die Notiz lässt sich danach nicht mehr aus dem Papierkorb zurückholen.</translation>
    </message>
    <message numerus="yes">
        <source>The %n notes cannot be brought back from the trash afterwards.</source>
        <translation>
            <numerusform>Die %n Notiz lässt sich danach nicht mehr aus dem Papierkorb zurückholen.</numerusform>
            <numerusform>Die %n Notizen lassen sich danach nicht mehr aus dem Papierkorb zurückholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete this note permanently?</source>
        <translation>Diese Notiz endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes permanently?</source>
        <translation>
            <numerusform>%n Notiz endgültig löschen?</numerusform>
            <numerusform>%n Notizen endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &amp;permanently</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>The note was deleted permanently.</source>
        <translation>Die Notiz wurde endgültig gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n notes were deleted permanently.</source>
        <translation>
            <numerusform>%n Notiz wurde endgültig gelöscht.</numerusform>
            <numerusform>%n Notizen wurden endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>&amp;Empty trash</source>
        <translation>Papierkorb &amp;leeren</translation>
    </message>
    <message>
        <source>The note in the trash was deleted permanently.</source>
        <translation>Die Notiz im Papierkorb wurde endgültig gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>The trash was emptied: %n notes were deleted permanently.</source>
        <translation>
            <numerusform>Der Papierkorb wurde geleert: %n Notiz wurde endgültig gelöscht.</numerusform>
            <numerusform>Der Papierkorb wurde geleert: %n Notizen wurden endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal was not opened: you stopped waiting for the other program. Nothing was changed.</source>
        <translation>Ihr Schmerztagebuch wurde nicht geöffnet: Sie haben das Warten auf das andere Programm abgebrochen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Your journal could not be opened.</source>
        <translation>Ihr Schmerztagebuch konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>As a &amp;body map (CHOIR, Michigan, WPI)...</source>
        <translation>Als &amp;Körperschema (CHOIR, Michigan, WPI) …</translation>
    </message>
    <message>
        <source>The days shown as a standard pain drawing, for a clinic&apos;s records</source>
        <translation>Die gezeigten Tage als standardisierte Schmerzzeichnung, für die Unterlagen einer Praxis</translation>
    </message>
    <message>
        <source>%1 is still being written; wait for it, or cancel it, before you start another.</source>
        <translation>%1 wird noch geschrieben; warten Sie darauf oder brechen Sie ab, bevor Sie etwas anderes exportieren.</translation>
    </message>
    <message>
        <source>%1 already exists. It was left as it is and nothing was written: choose it again in the save dialog to replace it, or choose another name.</source>
        <translation>%1 gibt es bereits. Die Datei blieb unverändert, und nichts wurde geschrieben: Wählen Sie sie im Speichern-Dialog erneut, um sie zu ersetzen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 could not be written.

%2</source>
        <translation>%1 konnte nicht geschrieben werden.

%2</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Exporting your journal to %1...</source>
        <translation>Ihr Tagebuch wird nach %1 exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln notes to %1...</source>
        <translation>
            <numerusform>%Ln Notiz wird nach %1 exportiert …</numerusform>
            <numerusform>%Ln Notizen werden nach %1 exportiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>CHOIR body map</source>
        <translation>CHOIR-Körperschema</translation>
    </message>
    <message>
        <source>Michigan Body Map</source>
        <translation>Michigan Body Map</translation>
    </message>
    <message>
        <source>Widespread Pain Index</source>
        <translation>Widespread Pain Index</translation>
    </message>
    <message>
        <source>Exporting the %1 to %2...</source>
        <translation>%1 wird nach %2 exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the %1 of %Ln notes to %2...</source>
        <translation>
            <numerusform>%1 aus %Ln Notiz wird nach %2 exportiert …</numerusform>
            <numerusform>%1 aus %Ln Notizen wird nach %2 exportiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the %1 of the days shown to %2.</source>
        <translation>%1 der gezeigten Tage nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Writing the report to %1...</source>
        <translation>Der Bericht wird nach %1 geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report of %Ln notes to %1...</source>
        <translation>
            <numerusform>Der Bericht über %Ln Notiz wird nach %1 geschrieben …</numerusform>
            <numerusform>Der Bericht über %Ln Notizen wird nach %1 geschrieben …</numerusform>
        </translation>
    </message>
    <message>
        <source>CHOIR body map, 74 segments (*.json)</source>
        <translation>CHOIR-Körperschema, 74 Segmente (*.json)</translation>
    </message>
    <message>
        <source>Michigan Body Map, 35 areas (*.json)</source>
        <translation>Michigan Body Map, 35 Bereiche (*.json)</translation>
    </message>
    <message>
        <source>Widespread Pain Index, 19 areas (*.json)</source>
        <translation>Widespread Pain Index, 19 Bereiche (*.json)</translation>
    </message>
    <message>
        <source>Export the days shown as a body map</source>
        <translation>Die gezeigten Tage als Körperschema exportieren</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>The trend could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Stopped before it was done: %1 was left as it was.</source>
        <translation>Abgebrochen, bevor es fertig war: %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Stopped before it was done: nothing was written, %1 was not created.</source>
        <translation>Abgebrochen, bevor es fertig war: Nichts wurde geschrieben, %1 wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>%1 is still being checked for the import; wait for it, or cancel it, before you start another.</source>
        <translation>%1 wird noch für den Import geprüft; warten Sie darauf oder brechen Sie ab, bevor Sie etwas anderes starten.</translation>
    </message>
    <message>
        <source>Checking %1 before the import...</source>
        <translation>%1 wird vor dem Import geprüft …</translation>
    </message>
    <message>
        <source>Import stopped: nothing was imported from %1.</source>
        <translation>Import abgebrochen: aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pain: %1</source>
        <translation>Schmerz: %1</translation>
    </message>
    <message>
        <source>%1: pain before and after treating it</source>
        <translation>%1: Schmerz vor und nach der Behandlung</translation>
    </message>
    <message numerus="yes">
        <source>The trash is empty. Deleted notes wait here until you restore them or empty the trash; after that the daily backups still hold them until %n newer ones have replaced them (one each day the journal is opened).</source>
        <translation>
            <numerusform>Der Papierkorb ist leer. Gelöschte Notizen warten hier, bis Sie sie wiederherstellen oder den Papierkorb leeren; danach sind sie noch in den täglichen Sicherungen, bis %n neuere sie ersetzt hat (eine an jedem Tag, an dem das Tagebuch geöffnet wird).</numerusform>
            <numerusform>Der Papierkorb ist leer. Gelöschte Notizen warten hier, bis Sie sie wiederherstellen oder den Papierkorb leeren; danach sind sie noch in den täglichen Sicherungen, bis %n neuere sie ersetzt haben (eine an jedem Tag, an dem das Tagebuch geöffnet wird).</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to &amp;notes</source>
        <translation>Zurück zu den &amp;Notizen</translation>
    </message>
    <message>
        <source>Leave the trash and show your notes again</source>
        <translation>Den Papierkorb verlassen und wieder Ihre Notizen zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n already here as they are in the file</source>
        <translation>
            <numerusform>%n schon genau so vorhanden</numerusform>
            <numerusform>%n schon genau so vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Bac&amp;kups...</source>
        <translation>Sic&amp;herungen …</translation>
    </message>
    <message numerus="yes">
        <source>In the trash: %n of them; Trash, then Restore, brings them back.</source>
        <translation>
            <numerusform>Davon im Papierkorb: %n; „Papierkorb“, dann „Wiederherstellen“ holt sie zurück.</numerusform>
            <numerusform>Davon im Papierkorb: %n; „Papierkorb“, dann „Wiederherstellen“ holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily pain</source>
        <translation>Tagesschmerz</translation>
    </message>
    <message>
        <source>Each note&apos;s overall pain, else its worst spot; the mean of the day&apos;s notes</source>
        <translation>Der Gesamtschmerz jeder Notiz, sonst ihre stärkste Stelle; das Mittel der Notizen des Tages</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n treatments with the pain noted before and after</source>
        <translation>
            <numerusform>Beruht auf %n Behandlung mit Schmerz vorher und nachher</numerusform>
            <numerusform>Beruht auf %n Behandlungen mit Schmerz vorher und nachher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note the pain before and after a treatment to see what helps (after %n treatments of a point).</source>
        <translation>
            <numerusform>Notieren Sie den Schmerz vor und nach einer Behandlung, um zu sehen, was hilft (nach %n Behandlung eines Punktes).</numerusform>
            <numerusform>Notieren Sie den Schmerz vor und nach einer Behandlung, um zu sehen, was hilft (nach %n Behandlungen eines Punktes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports and journals (*.json *.csv *.sqlite *.sqlite.broken-*);;All files (*)</source>
        <translation>Exporte und Tagebücher (*.json *.csv *.sqlite *.sqlite.broken-*);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n note is dated in the future (%1): was the clock of the computer that wrote it wrong?</source>
        <translation>
            <numerusform>%n Notiz ist in der Zukunft datiert (%1): Ging die Uhr des Computers falsch, der sie geschrieben hat?</numerusform>
            <numerusform>%n Notiz ist in der Zukunft datiert (%1): Ging die Uhr des Computers falsch, der sie geschrieben hat?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes are dated in the future (the latest %1): was the clock of the computer that wrote them wrong?</source>
        <translation>
            <numerusform>%n Notizen sind in der Zukunft datiert (die späteste %1): Ging die Uhr des Computers falsch, der sie geschrieben hat?</numerusform>
            <numerusform>%n Notizen sind in der Zukunft datiert (die späteste %1): Ging die Uhr des Computers falsch, der sie geschrieben hat?</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the treatments noted often enough lowered the pain on average; &quot;What goes with your pain&quot; shows each of them.</source>
        <translation>Keine der oft genug notierten Behandlungen hat den Schmerz im Mittel gesenkt; „Was mit Ihrem Schmerz einhergeht“ zeigt jede von ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n changed here since the file was written, kept as they are here</source>
        <translation>
            <numerusform>%n seit dem Schreiben der Datei hier geändert, so belassen wie hier</numerusform>
            <numerusform>%n seit dem Schreiben der Datei hier geändert, so belassen wie hier</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;From&quot; is after &quot;to&quot;: no day lies between them. Choose a later &quot;to&quot; day, or &quot;Any day&quot;.</source>
        <translation>„Von“ liegt nach „bis“: Dazwischen liegt kein Tag. Wählen Sie einen späteren „bis“-Tag oder „Alle Tage“.</translation>
    </message>
    <message>
        <source>  Fro&amp;m </source>
        <translation>  &amp;Von </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans: %1.</source>
        <translation>Pläne: %1.</translation>
    </message>
    <message>
        <source>%1 holds every note of the days shown, not only those that match “%2”: the search is not applied.</source>
        <translation>%1 enthält alle Notizen der gezeigten Tage, nicht nur die, die zu „%2“ passen: Die Suche wird nicht angewandt.</translation>
    </message>
    <message>
        <source>&amp;Go on with every note</source>
        <translation>&amp;Mit allen Notizen fortfahren</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>Der Export</translation>
    </message>
    <message>
        <source>The body map</source>
        <translation>Die Körperkarte</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Der Bericht</translation>
    </message>
    <message>
        <source>The plan “%1” is here as “%2”: another plan has its name.</source>
        <translation>Der Plan „%1“ heißt hier „%2“: Ein anderer Plan trägt seinen Namen.</translation>
    </message>
    <message>
        <source>No automatic backup holds a copy of it: it is gone for good.</source>
        <translation>Keine automatische Sicherung enthält eine Kopie davon: Sie ist endgültig weg.</translation>
    </message>
    <message>
        <source>No automatic backup holds a copy of them: they are gone for good.</source>
        <translation>Keine automatische Sicherung enthält eine Kopie davon: Sie sind endgültig weg.</translation>
    </message>
    <message>
        <source>No note in the trash matches the search.</source>
        <translation>Keine Notiz im Papierkorb passt zur Suche.</translation>
    </message>
    <message>
        <source>No note matches the search.</source>
        <translation>Keine Notiz passt zur Suche.</translation>
    </message>
    <message>
        <source>No note in the trash lies in the days chosen.</source>
        <translation>Keine Notiz im Papierkorb liegt in den gewählten Tagen.</translation>
    </message>
    <message>
        <source>No note lies in the days chosen.</source>
        <translation>Keine Notiz liegt in den gewählten Tagen.</translation>
    </message>
    <message>
        <source>No notes yet.

Mark where it hurts on the “Where it hurts” tab and choose “Save to journal”, or click “New note” above.</source>
        <translation>Noch keine Notizen.

Markieren Sie auf der Registerkarte „Wo es schmerzt“, wo es schmerzt, und wählen Sie „Ins Tagebuch speichern“, oder klicken Sie oben auf „Neue Notiz“.</translation>
    </message>
    <message>
        <source>One of the daily backups still holds a copy until newer daily backups replace it (the newest %1 are kept, one made each day the journal is opened).</source>
        <translation>Eine der täglichen Sicherungen enthält noch eine Kopie, bis neuere tägliche Sicherungen sie ersetzen (die neuesten %1 werden behalten, eine an jedem Tag, an dem das Tagebuch geöffnet wird).</translation>
    </message>
    <message numerus="yes">
        <source>%n of the daily backups still hold a copy until newer daily backups replace them (the newest %1 are kept, one made each day the journal is opened).</source>
        <translation>
            <numerusform>%n der täglichen Sicherungen enthält noch eine Kopie, bis neuere tägliche Sicherungen sie ersetzen (die neuesten %1 werden behalten, eine an jedem Tag, an dem das Tagebuch geöffnet wird).</numerusform>
            <numerusform>%n der täglichen Sicherungen enthalten noch eine Kopie, bis neuere tägliche Sicherungen sie ersetzen (die neuesten %1 werden behalten, eine an jedem Tag, an dem das Tagebuch geöffnet wird).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies kept before a restore or an update, or of a damaged journal, hold it until you delete them (Backups... shows them).</source>
        <translation>
            <numerusform>%n Kopie, vor einer Wiederherstellung oder Aktualisierung aufbewahrt oder von einem beschädigten Tagebuch, enthält sie, bis Sie sie löschen („Sicherungen …“ zeigt sie).</numerusform>
            <numerusform>%n Kopien, vor einer Wiederherstellung oder Aktualisierung aufbewahrt oder von einem beschädigten Tagebuch, enthalten sie, bis Sie sie löschen („Sicherungen …“ zeigt sie).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tmap::app::JournalSession</name>
    <message>
        <source>The pain journal could not be opened.

%1</source>
        <translation>Das Schmerztagebuch konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>The journal %1 was updated to the current format (from version %2).</source>
        <translation>Das Tagebuch %1 wurde auf das aktuelle Format gebracht (von Version %2).</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Tagebuch: %1</translation>
    </message>
    <message>
        <source>Pain journal damaged</source>
        <translation>Schmerztagebuch beschädigt</translation>
    </message>
    <message>
        <source>The newest automatic backup is %1.</source>
        <translation>Die neueste automatische Sicherung ist %1.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start with the empty journal</source>
        <translation>Mit dem leeren Tagebuch beginnen</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore.</source>
        <translation>Es gibt keine automatische Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>There is no automatic backup of %1 to restore.</source>
        <translation>Es gibt keine automatische Sicherung von %1 zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Das Wiederherstellen der Sicherung</translation>
    </message>
    <message>
        <source>Restored the backup %1; what the journal held before is in %2.</source>
        <translation>Sicherung %1 wiederhergestellt; der vorherige Inhalt des Tagebuchs liegt in %2.</translation>
    </message>
    <message>
        <source>%1 failed.

%2</source>
        <translation>%1 ist fehlgeschlagen.

%2</translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation>Das Speichern der Notiz</translation>
    </message>
    <message>
        <source>Deleting the note</source>
        <translation>Das Löschen der Notiz</translation>
    </message>
    <message>
        <source>Restoring the note</source>
        <translation>Das Wiederherstellen der Notiz</translation>
    </message>
    <message>
        <source>Pain journal</source>
        <translation>Schmerztagebuch</translation>
    </message>
    <message>
        <source>Nothing was saved: you stopped waiting for the other program.</source>
        <translation>Es wurde nichts gespeichert: Sie haben das Warten auf das andere Programm abgebrochen.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to the pain journal %1...</source>
        <translation>Warten, bis ein anderes Programm das Schreiben in das Schmerztagebuch %1 beendet hat …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Deleting permanently</source>
        <translation>Das endgültige Löschen</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Das Leeren des Papierkorbs</translation>
    </message>
    <message>
        <source>Waiting for another program that is writing to your journal...</source>
        <translation>Warten auf ein anderes Programm, das gerade in Ihr Schmerztagebuch schreibt …</translation>
    </message>
    <message>
        <source>Opening your journal...</source>
        <translation>Ihr Schmerztagebuch wird geöffnet …</translation>
    </message>
    <message>
        <source>Your journal was not opened: you stopped waiting for the other program.</source>
        <translation>Ihr Schmerztagebuch wurde nicht geöffnet: Sie haben das Warten auf das andere Programm abgebrochen.</translation>
    </message>
    <message>
        <source>Saving to your journal...</source>
        <translation>Wird im Schmerztagebuch gespeichert …</translation>
    </message>
    <message>
        <source>%1 was stopped.

Nothing was saved: you stopped waiting for the other program.</source>
        <translation>%1 wurde abgebrochen.

Es wurde nichts gespeichert: Sie haben das Warten auf das andere Programm abgebrochen.</translation>
    </message>
    <message>
        <source>There was no pain journal at %1, so a new, empty one was started. But its backups folder holds daily backups of a journal there: if the journal was deleted or emptied by mistake, restore the newest backup.</source>
        <translation>Unter %1 gab es kein Schmerztagebuch, deshalb wurde ein neues, leeres begonnen. Im Sicherungsordner liegen aber tägliche Sicherungen eines Tagebuchs an dieser Stelle: Wurde das Tagebuch versehentlich gelöscht oder geleert, stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Pain journal empty</source>
        <translation>Schmerztagebuch leer</translation>
    </message>
    <message>
        <source>Keep the empty journal</source>
        <translation>Leeres Tagebuch behalten</translation>
    </message>
    <message>
        <source>The newest automatic backup is %1. Restoring it also adds the notes written since, as far as they can still be read from the damaged file.</source>
        <translation>Die neueste automatische Sicherung ist %1. Beim Wiederherstellen werden auch die seither geschriebenen Notizen hinzugefügt, soweit sie sich aus der beschädigten Datei noch lesen lassen.</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore, but the notes that can still be read from the damaged file can be added to the new journal.</source>
        <translation>Es gibt keine automatische Sicherung zum Wiederherstellen, aber die Notizen, die sich aus der beschädigten Datei noch lesen lassen, können dem neuen Tagebuch hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>Lesbares retten</translation>
    </message>
    <message numerus="yes">
        <source>%n note of the file could be read only in part; it is tagged &quot;recovered in part&quot;.</source>
        <translation>
            <numerusform>%n Notiz der Datei ließ sich nur teilweise lesen; sie trägt das Schlagwort „teilweise gerettet“.</numerusform>
            <numerusform>%n Notiz der Datei ließ sich nur teilweise lesen; sie trägt das Schlagwort „teilweise gerettet“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes of the file could be read only in part; they are tagged &quot;recovered in part&quot;.</source>
        <translation>
            <numerusform>%n Notizen der Datei ließen sich nur teilweise lesen; sie tragen das Schlagwort „teilweise gerettet“.</numerusform>
            <numerusform>%n Notizen der Datei ließen sich nur teilweise lesen; sie tragen das Schlagwort „teilweise gerettet“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note or plan in it could not be read and was left out.</source>
        <translation>
            <numerusform>%n Notiz oder Plan darin ließ sich nicht lesen und wurde ausgelassen.</numerusform>
            <numerusform>%n Notiz oder Plan darin ließ sich nicht lesen und wurde ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes or plans in it could not be read and were left out.</source>
        <translation>
            <numerusform>%n Notizen oder Pläne darin ließen sich nicht lesen und wurden ausgelassen.</numerusform>
            <numerusform>%n Notizen oder Pläne darin ließen sich nicht lesen und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is damaged:</source>
        <translation>Die Datei ist beschädigt:</translation>
    </message>
    <message>
        <source>Recovering notes</source>
        <translation>Das Retten der Notizen</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from the damaged file: %n note added (those already here were kept).</source>
        <translation>
            <numerusform>Aus der beschädigten Datei gerettet: %n Notiz hinzugefügt (bereits vorhandene blieben, wie sie waren).</numerusform>
            <numerusform>Aus der beschädigten Datei gerettet: %n Notiz hinzugefügt (bereits vorhandene blieben, wie sie waren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered from the damaged file: %n notes added (those already here were kept).</source>
        <translation>
            <numerusform>Aus der beschädigten Datei gerettet: %n Notizen hinzugefügt (bereits vorhandene blieben, wie sie waren).</numerusform>
            <numerusform>Aus der beschädigten Datei gerettet: %n Notizen hinzugefügt (bereits vorhandene blieben, wie sie waren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan added.</source>
        <translation>
            <numerusform>%n Plan hinzugefügt.</numerusform>
            <numerusform>%n Plan hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans added.</source>
        <translation>
            <numerusform>%n Pläne hinzugefügt.</numerusform>
            <numerusform>%n Pläne hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pain journal %1 was damaged and could not be read (%2).

It was moved to %3, untouched, and a new empty journal was started in its place. Its notes can be recovered now or later (File &gt; Journal file and backups lists it).</source>
        <translation>Ihr Schmerztagebuch %1 war beschädigt und konnte nicht gelesen werden (%2).

Es wurde unverändert nach %3 verschoben, und an seiner Stelle wurde ein neues, leeres Tagebuch begonnen. Seine Notizen lassen sich jetzt oder später retten (Datei &gt; Tagebuchdatei und Sicherungen führt es auf).</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 was in an older format: %n note(s) of it were brought up to date without a part this version refuses (such as a spot in no region). The backup itself is unchanged and keeps them whole.</source>
        <translation>
            <numerusform>Die Sicherung %1 hatte ein älteres Format: %n Notiz daraus wurde ohne einen Teil übernommen, den diese Version nicht annimmt (etwa eine Stelle ohne Körperregion). Die Sicherung selbst ist unverändert und enthält sie vollständig.</numerusform>
            <numerusform>Die Sicherung %1 hatte ein älteres Format: %n Notizen daraus wurden ohne einen Teil übernommen, den diese Version nicht annimmt (etwa eine Stelle ohne Körperregion). Die Sicherung selbst ist unverändert und enthält sie vollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part of it could not be read at all; any notes or plans kept there are lost.</source>
        <translation>
            <numerusform>%n Teil davon ließ sich gar nicht lesen; dort gespeicherte Notizen oder Pläne sind verloren.</numerusform>
            <numerusform>%n Teil davon ließ sich gar nicht lesen; dort gespeicherte Notizen oder Pläne sind verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts of it could not be read at all; any notes or plans kept there are lost.</source>
        <translation>
            <numerusform>%n Teile davon ließen sich gar nicht lesen; dort gespeicherte Notizen oder Pläne sind verloren.</numerusform>
            <numerusform>%n Teile davon ließen sich gar nicht lesen; dort gespeicherte Notizen oder Pläne sind verloren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tmap::app::JournalSettingsDialog</name>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Journal file:</source>
        <translation>Tagebuchdatei:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backups of the journal</source>
        <translation>Sicherungen des Tagebuchs</translation>
    </message>
    <message>
        <source>Replace the journal with the chosen backup; the journal as it is now is kept in the backups folder first</source>
        <translation>Das Tagebuch durch die gewählte Sicherung ersetzen; das Tagebuch, wie es jetzt ist, wird vorher im Sicherungsordner aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Open backups folder</source>
        <translation>Sicherungsordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Vor einer Wiederherstellung aufbewahrt</translation>
    </message>
    <message numerus="yes">
        <source>A backup is written the first time the journal is opened each day; the newest %n are kept, so a note deleted permanently stays in the backups until %n newer ones have replaced it: %n days on which the journal is opened, which can be longer than %n days.</source>
        <translation>
            <numerusform>Beim ersten Öffnen des Tagebuchs an jedem Tag wird eine Sicherung angelegt; die neueste wird behalten, eine endgültig gelöschte Notiz bleibt also in den Sicherungen, bis %n neuere sie ersetzt hat: %n Tag, an dem das Tagebuch geöffnet wird, was länger als %n Tag dauern kann.</numerusform>
            <numerusform>Beim ersten Öffnen des Tagebuchs an jedem Tag wird eine Sicherung angelegt; die neuesten %n werden behalten, eine endgültig gelöschte Notiz bleibt also in den Sicherungen, bis %n neuere sie ersetzt haben: %n Tage, an denen das Tagebuch geöffnet wird, was länger als %n Tage dauern kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no daily backup yet.</source>
        <translation>Es gibt noch keine tägliche Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>%n daily backups: the newest from %1 (%2), the oldest from %3 (%4).</source>
        <translation>
            <numerusform>%n tägliche Sicherung: vom %1 (%2).</numerusform>
            <numerusform>%n tägliche Sicherungen: die neueste vom %1 (%2), die älteste vom %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n days old</source>
        <translation>
            <numerusform>%n Tag alt</numerusform>
            <numerusform>%n Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your journal with the backup %1?</source>
        <translation>Ihr Tagebuch durch die Sicherung %1 ersetzen?</translation>
    </message>
    <message>
        <source>Notes written since that backup will not be in the journal. The journal as it is now is first kept in the backups folder, so nothing is lost.</source>
        <translation>Notizen, die seit dieser Sicherung geschrieben wurden, sind dann nicht im Tagebuch. Das Tagebuch, wie es jetzt ist, wird vorher im Sicherungsordner aufbewahrt; es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>1 day old</source>
        <translation>1 Tag alt</translation>
    </message>
    <message>
        <source>1 daily backup, from %1 (%2).</source>
        <translation>1 tägliche Sicherung, vom %1 (%2).</translation>
    </message>
    <message>
        <source>Journal file and backups</source>
        <translation>Tagebuchdatei und Sicherungen</translation>
    </message>
    <message>
        <source>Kept before the format was updated</source>
        <translation>Vor der Aktualisierung des Formats aufbewahrt</translation>
    </message>
    <message>
        <source>Backups cannot be written: %1 is a file, not a folder. Move that file away so that the journal can be backed up.</source>
        <translation>Sicherungen können nicht geschrieben werden: %1 ist eine Datei, kein Ordner. Verschieben Sie diese Datei, damit das Tagebuch gesichert werden kann.</translation>
    </message>
    <message>
        <source>Backups cannot be written: the folder %1 is read-only.</source>
        <translation>Sicherungen können nicht geschrieben werden: Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Re&amp;cover notes from it</source>
        <translation>Notizen daraus &amp;retten</translation>
    </message>
    <message>
        <source>Add to the journal the notes that can still be read from the chosen damaged file; those already in the journal are kept as they are</source>
        <translation>Fügt dem Tagebuch die Notizen hinzu, die sich aus der gewählten beschädigten Datei noch lesen lassen; bereits vorhandene bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Damaged journal, moved aside</source>
        <translation>Beschädigtes Tagebuch, beiseitegelegt</translation>
    </message>
</context>
<context>
    <name>tmap::app::LastTimePanel</name>
    <message>
        <source>Last time it hurt here</source>
        <translation>Als es zuletzt hier wehtat</translation>
    </message>
    <message>
        <source>What you tried when it hurt here before</source>
        <translation>Was Sie versucht haben, als es hier schon einmal wehtat</translation>
    </message>
    <message numerus="yes">
        <source>On %n earlier day you marked some of these places.</source>
        <translation>
            <numerusform>An %n früheren Tag haben Sie einige dieser Stellen markiert.</numerusform>
            <numerusform>An %n früheren Tag haben Sie einige dieser Stellen markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %n earlier days you marked some of these places.</source>
        <translation>
            <numerusform>An %n früheren Tagen haben Sie einige dieser Stellen markiert.</numerusform>
            <numerusform>An %n früheren Tagen haben Sie einige dieser Stellen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tried once, on %1</source>
        <translation>Einmal versucht, am %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n times, last on %1</source>
        <translation>
            <numerusform>%n-mal versucht, zuletzt am %1</numerusform>
            <numerusform>%n-mal versucht, zuletzt am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(pain %1 before, %2 after)</source>
        <translation>(Schmerz vorher %1, nachher %2)</translation>
    </message>
    <message>
        <source>Pain before and after was not noted.</source>
        <translation>Schmerz vorher und nachher wurde nicht notiert.</translation>
    </message>
    <message numerus="yes">
        <source>Right after: pain %1 lower (%n session with both ratings).</source>
        <translation>
            <numerusform>Direkt danach: Schmerz %1 niedriger (%n Sitzung mit beiden Angaben).</numerusform>
            <numerusform>Direkt danach: Schmerz %1 niedriger (%n Sitzung mit beiden Angaben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Right after: pain %1 lower on average (%n sessions with both ratings).</source>
        <translation>
            <numerusform>Direkt danach: Schmerz im Mittel %1 niedriger (%n Sitzung mit beiden Angaben).</numerusform>
            <numerusform>Direkt danach: Schmerz im Mittel %1 niedriger (%n Sitzungen mit beiden Angaben).</numerusform>
        </translation>
    </message>
    <message>
        <source>No note on the next day.</source>
        <translation>Keine Notiz am nächsten Tag.</translation>
    </message>
    <message numerus="yes">
        <source>Next day: pain %1 (%n day with a note).</source>
        <translation>
            <numerusform>Am nächsten Tag: Schmerz %1 (%n Tag mit Notiz).</numerusform>
            <numerusform>Am nächsten Tag: Schmerz %1 (%n Tag mit Notiz).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next day: pain %1 on average (%n days with a note).</source>
        <translation>
            <numerusform>Am nächsten Tag: Schmerz im Mittel %1 (%n Tage mit Notiz).</numerusform>
            <numerusform>Am nächsten Tag: Schmerz im Mittel %1 (%n Tage mit Notiz).</numerusform>
        </translation>
    </message>
    <message>
        <source>What went together in your notes, not proof of what helped.</source>
        <translation>Was in Ihren Notizen zusammen auftrat, kein Beweis dafür, was geholfen hat.</translation>
    </message>
    <message>
        <source>A technique not named</source>
        <translation>Eine nicht benannte Technik</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Go to “Last time it hurt here” below the results</source>
        <translation>Zu „Als es zuletzt hier wehtat“ unter den Ergebnissen gehen</translation>
    </message>
    <message>
        <source>Show what you tried when it hurt here before</source>
        <translation>Zeigen, was Sie versucht haben, als es hier schon einmal wehtat</translation>
    </message>
    <message>
        <source>Last time it hurt here:</source>
        <translation>Als es zuletzt hier wehtat:</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier day</source>
        <translation>
            <numerusform>%n früherer Tag</numerusform>
            <numerusform>%n früherer Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier days</source>
        <translation>
            <numerusform>%n frühere Tage</numerusform>
            <numerusform>%n frühere Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment tried.</source>
        <translation>
            <numerusform>%n Behandlung versucht.</numerusform>
            <numerusform>%n Behandlung versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatments tried.</source>
        <translation>
            <numerusform>%n Behandlungen versucht.</numerusform>
            <numerusform>%n Behandlungen versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press tests on those days:</source>
        <translation>Drucktests an diesen Tagen:</translation>
    </message>
    <message numerus="yes">
        <source>brought on your pain on %n day</source>
        <translation>
            <numerusform>löste an %n Tag Ihren Schmerz aus</numerusform>
            <numerusform>löste an %n Tagen Ihren Schmerz aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>brought on your pain on %n days</source>
        <translation>
            <numerusform>löste an %n Tag Ihren Schmerz aus</numerusform>
            <numerusform>löste an %n Tagen Ihren Schmerz aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>did not on %n day</source>
        <translation>
            <numerusform>an %n Tag nicht</numerusform>
            <numerusform>an %n Tagen nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>did not on %n days</source>
        <translation>
            <numerusform>an %n Tag nicht</numerusform>
            <numerusform>an %n Tagen nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n press test.</source>
        <translation>
            <numerusform>%n Drucktest.</numerusform>
            <numerusform>%n Drucktests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n press tests.</source>
        <translation>
            <numerusform>%n Drucktest.</numerusform>
            <numerusform>%n Drucktests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal could not be read: %1</source>
        <translation>Ihr Tagebuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the journal could not be read.</source>
        <translation>das Tagebuch konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>tmap::app::Legend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Orange: your painful spots. Solid red: main referral zone. Hatched red: spillover zone. X: the trigger point. Faint outline: its muscle.</source>
        <translation>Orange: Ihre Schmerzstellen. Rot gefüllt: Hauptschmerzzone. Rot schraffiert: Ausstrahlungszone. X: der Triggerpunkt. Blasser Umriss: sein Muskel.</translation>
    </message>
    <message>
        <source>Your pain</source>
        <translation>Ihr Schmerz</translation>
    </message>
    <message>
        <source>Main zone</source>
        <translation>Hauptzone</translation>
    </message>
    <message>
        <source>Spillover</source>
        <translation>Ausstrahlung</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Triggerpunkt</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Asked about</source>
        <translation>Gefragte Stelle</translation>
    </message>
    <message>
        <source>Press where the X is. Over a small zone the X is drawn slim, so that the zone shows between its arms. A blue outline marks the place the question under the map asks about.</source>
        <translation>Drücken Sie dort, wo das X steht. Über einer kleinen Zone ist das X schmal gezeichnet, damit die Zone zwischen seinen Armen sichtbar bleibt. Ein blauer Umriss markiert die Stelle, nach der die Frage unter der Karte fragt.</translation>
    </message>
    <message>
        <source>Clinician only: do not press</source>
        <translation>Nur für Fachleute: nicht drücken</translation>
    </message>
</context>
<context>
    <name>tmap::app::MainWindow</name>
    <message>
        <source>Trigger Map gives self-care information, not a diagnosis. Pain can have many causes. See a doctor for pain after an injury, pain with fever, unexplained weight loss, numbness or weakness that spreads, a sudden severe headache, or chest or left-arm pain with breathlessness (call emergency services), and for pain that does not improve within two weeks.</source>
        <translation>Trigger Map bietet Informationen zur Selbsthilfe, keine Diagnose. Schmerzen können viele Ursachen haben. Gehen Sie zum Arzt bei Schmerzen nach einer Verletzung, Schmerzen mit Fieber, unerklärlichem Gewichtsverlust, sich ausbreitender Taubheit oder Schwäche, plötzlichen starken Kopfschmerzen oder Schmerzen in Brust oder linkem Arm mit Atemnot (rufen Sie den Notruf) sowie bei Schmerzen, die sich nicht innerhalb von zwei Wochen bessern.</translation>
    </message>
    <message>
        <source>Trigger Map</source>
        <translation>Trigger Map</translation>
    </message>
    <message>
        <source>&amp;Where it hurts</source>
        <translation>&amp;Wo es schmerzt</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source> view</source>
        <translation> (Ansicht)</translation>
    </message>
    <message>
        <source>Focus the &amp;body map</source>
        <translation>&amp;Körperkarte fokussieren</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Focus the &amp;likely sources</source>
        <translation>&amp;Wahrscheinliche Ursachen fokussieren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Clear the drawing</source>
        <translation>Zeichnung &amp;leeren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>&amp;Find a muscle...</source>
        <translation>Muskel &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Guide to trigger points</source>
        <translation>&amp;Leitfaden zu Triggerpunkten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Trigger Map</source>
        <translation>&amp;Über Trigger Map</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Trigger Map</source>
        <translation>Über Trigger Map</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trigger Map %1&lt;/h3&gt;&lt;p&gt;Click where it hurts to find the myofascial trigger points that may cause it, and learn to release them safely.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Catalogue: %3 muscles, %4 trigger points, written in our own words from:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;&lt;p&gt;Licence: MIT. Private and offline: nothing leaves your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trigger Map %1&lt;/h3&gt;&lt;p&gt;Klicken Sie, wo es schmerzt, um die myofaszialen Triggerpunkte zu finden, die den Schmerz verursachen können, und lernen Sie, sie sicher zu lösen.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Katalog: %3 Muskeln, %4 Triggerpunkte, in eigenen Worten verfasst nach:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;&lt;p&gt;Lizenz: MIT. Privat und offline: Nichts verlässt Ihren Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>--view &quot;%1&quot;: use front, back, side, side-left or soles</source>
        <translation>--view „%1“: verwenden Sie front, back, side, side-left oder soles</translation>
    </message>
    <message>
        <source>--symptom &quot;%1&quot;: unknown symptom</source>
        <translation>--symptom „%1“: unbekanntes Symptom</translation>
    </message>
    <message>
        <source>--result %1: there are only %2 results</source>
        <translation>--result %1: es gibt nur %2 Ergebnisse</translation>
    </message>
    <message>
        <source>--muscle &quot;%1&quot;: not in the catalogue</source>
        <translation>--muscle „%1“: nicht im Katalog</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Save to journal...</source>
        <translation>Ins Tagebuch &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;New journal note...</source>
        <translation>&amp;Neue Tagebuchnotiz …</translation>
    </message>
    <message>
        <source>Mark where it hurts first, then save the drawing to your journal.</source>
        <translation>Markieren Sie zuerst, wo es schmerzt, und speichern Sie dann die Zeichnung in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 ... Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Front, back, right side, left side, soles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Focus the body map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move between regions on the map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space / Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mark or unmark the region as painful&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous / next view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / - / 0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoom the map in, out, reset: to the focused region or the pointer (also the mouse wheel)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Move the zoomed map (left, middle or right button)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Focus the likely sources; Enter opens the entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a muscle in the catalogue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the drawing to your journal&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New journal note&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+W / Alt+C / Alt+J / Alt+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Where it hurts, Catalogue, Journal, Plans tabs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left / Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back / forward in the catalogue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Guide to trigger points&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+1 … Strg+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vorderseite, Rückseite, rechte Seite, linke Seite, Fußsohlen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Körperkarte fokussieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pfeiltasten&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zwischen den Regionen der Karte wechseln&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leertaste / Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Region als schmerzhaft markieren oder die Markierung aufheben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bild auf / Bild ab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vorherige / nächste Ansicht&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / - / 0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Karte vergrößern, verkleinern, zurücksetzen: zur gewählten Region oder zum Mauszeiger (auch mit dem Mausrad)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Die vergrößerte Karte verschieben (linke, mittlere oder rechte Maustaste)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Wahrscheinliche Ursachen fokussieren; Eingabe öffnet den Eintrag&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Einen Muskel im Katalog suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Die Zeichnung ins Tagebuch speichern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Neue Tagebuchnotiz&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+W / Alt+K / Alt+T / Alt+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Registerkarten Wo es schmerzt, Katalog, Tagebuch, Pläne&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Links / Alt+Rechts&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zurück / vor im Katalog&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Leitfaden zu Triggerpunkten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Export journal as &amp;JSON...</source>
        <translation>Tagebuch als &amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Export journal as &amp;CSV...</source>
        <translation>Tagebuch als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Journal &amp;report (PDF)...</source>
        <translation>Tagebuch-&amp;Bericht (PDF) …</translation>
    </message>
    <message>
        <source>Note saved to the journal.</source>
        <translation>Notiz im Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has no points yet.</source>
        <translation>Der Plan „%1“ hat noch keine Punkte.</translation>
    </message>
    <message>
        <source>--treat &quot;%1&quot;: expected TRIGGER-POINT[:left|right][,...]</source>
        <translation>--treat „%1“: erwartet wird TRIGGERPUNKT[:left|right][,...]</translation>
    </message>
    <message>
        <source>--treat-step &quot;%1&quot;: use before, get-ready, hold, after or next</source>
        <translation>--treat-step „%1“: verwenden Sie before, get-ready, hold, after oder next</translation>
    </message>
    <message>
        <source>--page &quot;%1&quot;: use where, browser, guide, journal, plans, journal-trash or journal-settings</source>
        <translation>--page „%1“: verwenden Sie where, browser, guide, journal, plans, journal-trash oder journal-settings</translation>
    </message>
    <message>
        <source>Export journal as a &amp;body map...</source>
        <translation>Tagebuch als &amp;Körperschema exportieren …</translation>
    </message>
    <message>
        <source>Left out, for a clinician only: %1.</source>
        <translation>Ausgelassen, nur für Fachleute: %1.</translation>
    </message>
    <message>
        <source>--symptom &quot;%1&quot;: unknown symptom (did you mean: %2?)</source>
        <translation>--symptom „%1“: unbekanntes Symptom (meinten Sie: %2?)</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Pläne</translation>
    </message>
    <message>
        <source>Added to the plan &quot;%1&quot; (Plans tab).</source>
        <translation>Zum Plan „%1“ hinzugefügt (Reiter Pläne).</translation>
    </message>
    <message>
        <source>Journal file and bac&amp;kups...</source>
        <translation>Tagebuchdatei und Sic&amp;herungen …</translation>
    </message>
    <message>
        <source>The drawing could not be kept for the next start: %1</source>
        <translation>Die Zeichnung konnte für den nächsten Start nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Import into the journal (JSON, CSV or a journal file)...</source>
        <translation>Ins Tagebuch &amp;importieren (JSON, CSV oder eine Tagebuchdatei) …</translation>
    </message>
    <message>
        <source>Catalo&amp;gue</source>
        <translation>Katalo&amp;g</translation>
    </message>
    <message>
        <source>--treat &quot;%1&quot;: no guided session opens for it (a point for a clinician only)</source>
        <translation>--treat „%1“: Dafür öffnet sich keine angeleitete Sitzung (ein Punkt nur für Fachleute)</translation>
    </message>
    <message>
        <source>Left out of the plan&apos;s session (for a clinician only, or not in this catalogue): %1.</source>
        <translation>In der Sitzung des Plans ausgelassen (nur für Fachleute oder nicht in diesem Katalog): %1.</translation>
    </message>
</context>
<context>
    <name>tmap::app::NarrowPanel</name>
    <message>
        <source>Narrow it down</source>
        <translation>Genauer eingrenzen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Überspr&amp;ingen</translation>
    </message>
    <message>
        <source>Leave this question out for this drawing, without answering it</source>
        <translation>Diese Frage für diese Zeichnung auslassen, ohne sie zu beantworten</translation>
    </message>
    <message>
        <source>Show on the body</source>
        <translation>Am Körper zeigen</translation>
    </message>
    <message>
        <source>Show the place this question is about on the body map</source>
        <translation>Die Stelle, um die es in dieser Frage geht, auf der Körperkarte zeigen</translation>
    </message>
    <message>
        <source>Ask the skipped questions again</source>
        <translation>Übersprungene Fragen wieder stellen</translation>
    </message>
    <message>
        <source>Your answers:</source>
        <translation>Ihre Antworten:</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <source>Nothing to ask: no question would tell the likely sources apart.</source>
        <translation>Nichts zu fragen: Keine Frage würde die wahrscheinlichen Ursachen besser voneinander unterscheiden.</translation>
    </message>
    <message>
        <source>Nothing more to ask: no further question would tell the likely sources apart.</source>
        <translation>Keine weiteren Fragen: Keine weitere Frage würde die wahrscheinlichen Ursachen besser voneinander unterscheiden.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the answer: %1</source>
        <translation>Antwort zurücknehmen: %1</translation>
    </message>
    <message>
        <source>Take this answer back</source>
        <translation>Diese Antwort zurücknehmen</translation>
    </message>
    <message>
        <source>Press here (%2): %1. %3. Does it bring on your familiar pain?</source>
        <translation>Drücken Sie hier (%2): %1. %3. Löst das Ihren bekannten Schmerz aus?</translation>
    </message>
    <message>
        <source>Do you also feel pain here: %1?</source>
        <translation>Haben Sie auch an dieser Stelle Schmerzen: %1?</translation>
    </message>
    <message>
        <source>Do you also have this symptom: %1?</source>
        <translation>Haben Sie auch dieses Symptom: %1?</translation>
    </message>
    <message>
        <source>Before you press</source>
        <translation>Bevor Sie drücken</translation>
    </message>
    <message>
        <source>Press gently.</source>
        <translation>Behutsam drücken.</translation>
    </message>
    <message>
        <source>Grip gently.</source>
        <translation>Behutsam greifen.</translation>
    </message>
    <message>
        <source>Grip here (%2): %1. %3. Grip it between thumb and fingers, without pressing into the neck. Does it bring on your familiar pain?</source>
        <translation>Greifen Sie hier (%2): %1. %3. Greifen Sie den Muskel zwischen Daumen und Fingern, ohne in den Hals zu drücken. Löst das Ihren bekannten Schmerz aus?</translation>
    </message>
    <message>
        <source>%1 (For example, %2: %3)</source>
        <translation>%1 (Zum Beispiel %2: %3)</translation>
    </message>
    <message>
        <source>Before you grip</source>
        <translation>Bevor Sie greifen</translation>
    </message>
    <message>
        <source>Not s&amp;ure</source>
        <translation>Weiß ni&amp;cht</translation>
    </message>
    <message>
        <source>One more below: scroll the box to read it.</source>
        <translation>Ein weiterer Hinweis unten: Scrollen Sie im Kasten, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>%1 more below: scroll the box to read them all.</source>
        <translation>%1 weitere Hinweise unten: Scrollen Sie im Kasten, um alle zu lesen.</translation>
    </message>
</context>
<context>
    <name>tmap::app::NoteEditor</name>
    <message>
        <source>New journal note</source>
        <translation>Neue Tagebuchnotiz</translation>
    </message>
    <message>
        <source>Edit journal note</source>
        <translation>Tagebuchnotiz bearbeiten</translation>
    </message>
    <message>
        <source>How bad the pain was overall, 0 (none) to 10 (worst imaginable)</source>
        <translation>Wie stark der Schmerz insgesamt war, 0 (keiner) bis 10 (schlimmster vorstellbarer)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Overall pain (0-10):</source>
        <translation>&amp;Gesamtschmerz (0–10):</translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation>Wo es geschmerzt hat</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>Fühlt sich an</translation>
    </message>
    <message>
        <source>Spots</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Type to find a region...</source>
        <translation>Tippen, um eine Region zu finden …</translation>
    </message>
    <message>
        <source>Region to add</source>
        <translation>Hinzuzufügende Region</translation>
    </message>
    <message>
        <source>&amp;Add spot</source>
        <translation>Stelle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What you were doing, how you slept, anything you noticed...</source>
        <translation>Was Sie getan haben, wie Sie geschlafen haben, was Ihnen aufgefallen ist …</translation>
    </message>
    <message>
        <source>e.g. work, after running</source>
        <translation>z. B. Arbeit, nach dem Laufen</translation>
    </message>
    <message>
        <source>&amp;Tags (comma separated):</source>
        <translation>&amp;Schlagwörter (durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Factors present that day</source>
        <translation>Faktoren an diesem Tag</translation>
    </message>
    <message>
        <source>Present that day</source>
        <translation>Was an diesem Tag zutraf</translation>
    </message>
    <message>
        <source>What you tried</source>
        <translation>Was Sie versucht haben</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Triggerpunkt</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Add treat&amp;ment</source>
        <translation>&amp;Behandlung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>Type to find a muscle...</source>
        <translation>Tippen, um einen Muskel zu finden …</translation>
    </message>
    <message>
        <source>e.g. ball against the wall</source>
        <translation>z. B. Ball gegen die Wand</translation>
    </message>
    <message>
        <source>-</source>
        <translation>–</translation>
    </message>
    <message>
        <source>whole muscle</source>
        <translation>ganzer Muskel</translation>
    </message>
    <message>
        <source>Please correct this first:
%1</source>
        <translation>Bitte korrigieren Sie zuerst:
%1</translation>
    </message>
    <message>
        <source>Discard this note?</source>
        <translation>Diese Notiz verwerfen?</translation>
    </message>
    <message>
        <source>What you typed in this note has not been saved and will be lost.</source>
        <translation>Was Sie in diese Notiz geschrieben haben, wurde nicht gespeichert und geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Click where it hurt</source>
        <translation>Klicken Sie, wo es geschmerzt hat</translation>
    </message>
    <message>
        <source>Remove this spot</source>
        <translation>Diese Stelle entfernen</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Your note is still here: you can save it again.</source>
        <translation>Ihre Notiz ist noch da: Sie können sie erneut speichern.</translation>
    </message>
    <message>
        <source>&amp;Forget answers</source>
        <translation>Antworten &amp;entfernen</translation>
    </message>
    <message>
        <source>Keep the note without the answers to &quot;Narrow it down&quot;</source>
        <translation>Die Notiz ohne die Antworten zu „Genauer eingrenzen“ behalten</translation>
    </message>
    <message>
        <source>Narrow it down:</source>
        <translation>Genauer eingrenzen:</translation>
    </message>
    <message>
        <source>Pain, %1 (0-10)</source>
        <translation>Schmerz, %1 (0–10)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>How strong, from 0 (none) to 10 (the worst)</source>
        <translation>Wie stark, von 0 (kein Schmerz) bis 10 (am schlimmsten)</translation>
    </message>
    <message>
        <source>Also noted:</source>
        <translation>Außerdem notiert:</translation>
    </message>
    <message>
        <source>Keep the note without the symptom ticked on the drawing</source>
        <translation>Die Notiz ohne das auf der Zeichnung angekreuzte Symptom behalten</translation>
    </message>
    <message>
        <source>Keep the note without one or all of the symptoms ticked on the drawing</source>
        <translation>Die Notiz ohne eines oder alle der auf der Zeichnung angekreuzten Symptome behalten</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove them all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Remove t&amp;he symptom</source>
        <translation>&amp;Das Symptom entfernen</translation>
    </message>
    <message>
        <source>Remove t&amp;he symptoms</source>
        <translation>&amp;Die Symptome entfernen</translation>
    </message>
</context>
<context>
    <name>tmap::app::NoteMap</name>
    <message>
        <source>Show the %1 view (Page Up and Page Down on the map)</source>
        <translation>Ansicht „%1“ zeigen (Bild auf und Bild ab auf der Karte)</translation>
    </message>
    <message>
        <source>Click where it hurt to add the spot to the note, or to choose a spot already listed. Arrow keys move between regions, Space or Enter adds or chooses the region, Page Up and Page Down change the view.</source>
        <translation>Klicken Sie, wo es geschmerzt hat, um die Stelle zur Notiz hinzuzufügen oder eine schon aufgeführte Stelle auszuwählen. Die Pfeiltasten wechseln zwischen den Regionen, Leertaste oder Eingabe fügt die Region hinzu oder wählt sie aus, Bild auf und Bild ab wechseln die Ansicht.</translation>
    </message>
    <message>
        <source>Click where it hurt.</source>
        <translation>Klicken Sie, wo es geschmerzt hat.</translation>
    </message>
</context>
<context>
    <name>tmap::app::PlansPage</name>
    <message>
        <source>Your plans</source>
        <translation>Ihre Pläne</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was dabei geschieht</translation>
    </message>
    <message>
        <source>What the chosen plan or step does</source>
        <translation>Was der gewählte Plan oder Schritt tut</translation>
    </message>
    <message>
        <source>A plan is a list of trigger points to treat one after the other in one guided session, which leaves one note in your journal.</source>
        <translation>Ein Plan ist eine Liste von Triggerpunkten, die in einer angeleiteten Sitzung nacheinander behandelt werden; die Sitzung hinterlässt einen Eintrag in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>This step&apos;s trigger point is not in the catalogue for self-care.</source>
        <translation>Der Triggerpunkt dieses Schritts steht nicht zur Selbstbehandlung im Katalog.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>No steps yet: choose “Add to plan...” under a result of “Where it hurts” or beside a trigger point of a catalogue entry.</source>
        <translation>Noch keine Schritte: Wählen Sie „Zum Plan hinzufügen …“ unter einem Ergebnis von „Wo es schmerzt“ oder neben einem Triggerpunkt eines Katalogeintrags.</translation>
    </message>
    <message>
        <source>(not in the catalogue for self-care)</source>
        <translation>(nicht zur Selbstbehandlung im Katalog)</translation>
    </message>
    <message>
        <source>then stretch: %1</source>
        <translation>danach dehnen: %1</translation>
    </message>
    <message>
        <source>Strokes you count yourself come on top.</source>
        <translation>Dazu kommt das Ausstreichen, das Sie selbst zählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n step; its timed holds, with the pauses to get ready, take about %1 min.</source>
        <translation>
            <numerusform>%n Schritt, Haltezeiten mit den Pausen zum Vorbereiten zusammen etwa %1 Min.</numerusform>
            <numerusform>%n Schritte, Haltezeiten mit den Pausen zum Vorbereiten zusammen etwa %1 Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps; their timed holds, with the pauses to get ready, take about %1 min.</source>
        <translation>
            <numerusform>%n Schritt, Haltezeiten mit den Pausen zum Vorbereiten zusammen etwa %1 Min.</numerusform>
            <numerusform>%n Schritte, Haltezeiten mit den Pausen zum Vorbereiten zusammen etwa %1 Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make one with “New plan...”, or choose “Add to plan...” under a result of “Where it hurts” or beside a trigger point of a catalogue entry.</source>
        <translation>Legen Sie einen mit „Neuer Plan …“ an oder wählen Sie „Zum Plan hinzufügen …“ unter einem Ergebnis von „Wo es schmerzt“ oder neben einem Triggerpunkt eines Katalogeintrags.</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>danach %1</translation>
    </message>
    <message>
        <source>“Run plan” starts a guided session of these points in this order. At each point you rate your pain, hold with a timer and rate your pain again; the session leaves one note in your journal. Choose a step to see where and how to press, and what to look out for.</source>
        <translation>„Plan ausführen“ startet eine angeleitete Sitzung dieser Punkte in dieser Reihenfolge. Bei jedem Punkt bewerten Sie Ihren Schmerz, halten mit dem Timer und bewerten den Schmerz erneut; die Sitzung hinterlässt einen Eintrag in Ihrem Tagebuch. Wählen Sie einen Schritt, um zu sehen, wo und wie Sie drücken und worauf Sie achten sollten.</translation>
    </message>
</context>
<context>
    <name>tmap::app::PlansPanel</name>
    <message>
        <source>Your plans and their steps</source>
        <translation>Ihre Pläne und ihre Schritte</translation>
    </message>
    <message>
        <source>A plan is a list of trigger points to treat one after the other. Add points with &quot;Add to plan&quot; on a result or an entry page.</source>
        <translation>Ein Plan ist eine Liste von Triggerpunkten, die nacheinander behandelt werden. Punkte fügen Sie mit „Zum Plan hinzufügen“ bei einem Ergebnis oder auf einer Eintragsseite hinzu.</translation>
    </message>
    <message>
        <source>&amp;New plan...</source>
        <translation>&amp;Neuer Plan …</translation>
    </message>
    <message>
        <source>Rena&amp;me...</source>
        <translation>U&amp;mbenennen …</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>Name of the plan, e.g. &quot;desk neck routine&quot;:</source>
        <translation>Name des Plans, z. B. „Nacken am Schreibtisch“:</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Plan umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete plan</source>
        <translation>Plan &amp;löschen</translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation>Ein Plan braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a plan called &quot;%1&quot;.</source>
        <translation>Es gibt schon einen Plan namens „%1“.</translation>
    </message>
    <message>
        <source>Making the plan</source>
        <translation>Das Anlegen des Plans</translation>
    </message>
    <message>
        <source>Renaming the plan</source>
        <translation>Das Umbenennen des Plans</translation>
    </message>
    <message>
        <source>Moving the plan</source>
        <translation>Das Verschieben des Plans</translation>
    </message>
    <message>
        <source>Moving the step</source>
        <translation>Das Verschieben des Schritts</translation>
    </message>
    <message>
        <source>Removing the step</source>
        <translation>Das Entfernen des Schritts</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Plan löschen</translation>
    </message>
    <message>
        <source>Delete the plan &quot;%1&quot;? The notes of its sessions stay in your journal.</source>
        <translation>Den Plan „%1“ löschen? Die Notizen seiner Sitzungen bleiben in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>Deleting the plan</source>
        <translation>Das Löschen des Plans</translation>
    </message>
    <message>
        <source>A new plan...</source>
        <translation>Ein neuer Plan …</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Zum Plan hinzufügen</translation>
    </message>
    <message>
        <source>Add the point to which plan?</source>
        <translation>Den Punkt zu welchem Plan hinzufügen?</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n points to which plan?</source>
        <translation>
            <numerusform>Die %n Punkte zu welchem Plan hinzufügen?</numerusform>
            <numerusform>Die %n Punkte zu welchem Plan hinzufügen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the plan</source>
        <translation>Das Hinzufügen zum Plan</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>On which side do you feel the pain? The plan&apos;s session presses there.</source>
        <translation>Auf welcher Seite spüren Sie den Schmerz? Die Sitzung des Plans drückt dort.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step)</source>
        <translation>
            <numerusform>%1 (%n Schritt)</numerusform>
            <numerusform>%1 (%n Schritt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n steps)</source>
        <translation>
            <numerusform>%1 (%n Schritte)</numerusform>
            <numerusform>%1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>The side to press and the technique of this step</source>
        <translation>Die Seite, auf der gedrückt wird, und die Technik dieses Schritts</translation>
    </message>
    <message>
        <source>Changing the step</source>
        <translation>Das Ändern des Schritts</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>Schritt ändern</translation>
    </message>
    <message>
        <source>Not set: the side that hurts</source>
        <translation>Nicht festgelegt: die Seite, die schmerzt</translation>
    </message>
    <message>
        <source>Press on:</source>
        <translation>Drücken auf:</translation>
    </message>
    <message>
        <source>Technique:</source>
        <translation>Technik:</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was deleted meanwhile; nothing was added.</source>
        <translation>Der Plan „%1“ wurde inzwischen gelöscht; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was changed meanwhile (in another window or with tpmap), so step numbers may have moved; nothing was changed. It is shown again as it is now.</source>
        <translation>Der Plan „%1“ wurde inzwischen geändert (in einem anderen Fenster oder mit tpmap), die Nummern der Schritte können sich verschoben haben; es wurde nichts geändert. Er wird jetzt so gezeigt, wie er ist.</translation>
    </message>
    <message>
        <source>Opening your journal...</source>
        <translation>Ihr Schmerztagebuch wird geöffnet …</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Run p&amp;lan</source>
        <translation>Plan aus&amp;führen</translation>
    </message>
    <message>
        <source>Change s&amp;tep...</source>
        <translation>Schritt ände&amp;rn …</translation>
    </message>
    <message>
        <source>The step&apos;s technique “%1” is no longer in the entry: choose one.</source>
        <translation>Die Technik „%1“ dieses Schritts steht nicht mehr im Eintrag: Wählen Sie eine.</translation>
    </message>
    <message>
        <source>No plans yet: “New plan…”, or “Add to plan” on a result.</source>
        <translation>Noch keine Pläne: „Neuer Plan …“ oder „Zum Plan hinzufügen“ bei einem Ergebnis.</translation>
    </message>
</context>
<context>
    <name>tmap::app::PointHtml</name>
    <message>
        <source>Where to press:</source>
        <translation>Wo drücken:</translation>
    </message>
    <message>
        <source>How to find it:</source>
        <translation>So finden Sie die Stelle:</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>Then stretch: %1</source>
        <translation>Danach dehnen: %1</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>%1, on the side that hurts</source>
        <translation>%1, auf der Seite, die schmerzt</translation>
    </message>
</context>
<context>
    <name>tmap::app::ReportWriter</name>
    <message>
        <source>Overall (when given)</source>
        <translation>Gesamt (wenn angegeben)</translation>
    </message>
    <message>
        <source>Mean of the spots</source>
        <translation>Mittel der Stellen</translation>
    </message>
    <message>
        <source>Pain journal</source>
        <translation>Schmerztagebuch</translation>
    </message>
    <message>
        <source>No notes in this range.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation>Wo es geschmerzt hat</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>%Ln-mal</numerusform>
            <numerusform>%Ln-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Intensity day by day</source>
        <translation>Stärke Tag für Tag</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>Mean drop in intensity from before to after a treatment, largest first.</source>
        <translation>Mittlerer Rückgang der Stärke von vor bis nach einer Behandlung, größter zuerst.</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Mean drop</source>
        <translation>Mittlerer Rückgang</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Beruht auf</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Die Notizen</translation>
    </message>
    <message>
        <source>The newest %1 of %2 notes.</source>
        <translation>Die neuesten %1 von %2 Notizen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Where (0-10)</source>
        <translation>Wo (0–10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>That day:</source>
        <translation>An diesem Tag:</translation>
    </message>
    <message>
        <source>Tried:</source>
        <translation>Ausprobiert:</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>pain %1 → %2</source>
        <translation>Schmerz %1 → %2</translation>
    </message>
    <message>
        <source>The report could not be made from %1: %2</source>
        <translation>Der Bericht konnte nicht aus %1 erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no pain journal at %1.</source>
        <translation>Unter %1 gibt es kein Schmerztagebuch.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: use a date like 2026-11-25</source>
        <translation>%1 „%2“: verwenden Sie ein Datum wie 2026-11-25</translation>
    </message>
    <message>
        <source>The regions, highest mean intensity first:</source>
        <translation>Die Regionen, höchste mittlere Stärke zuerst:</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>What goes with the pain</source>
        <translation>Was mit dem Schmerz einhergeht</translation>
    </message>
    <message>
        <source>Pain journal: the details</source>
        <translation>Schmerztagebuch: die Einzelheiten</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>No treatment with the pain noted before and after %n times or more in this range.</source>
        <translation>
            <numerusform>Keine Behandlung mit Schmerz vorher und nachher %n-mal oder öfter in diesem Zeitraum.</numerusform>
            <numerusform>Keine Behandlung mit Schmerz vorher und nachher %n-mal oder öfter in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trigger point or muscle</source>
        <translation>Triggerpunkt oder Muskel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation>Symptome:</translation>
    </message>
    <message>
        <source>None of the treatments noted often enough lowered the pain on average; &quot;What goes with the pain&quot; below shows each of them.</source>
        <translation>Keine der oft genug notierten Behandlungen hat den Schmerz im Mittel gesenkt; „Was mit dem Schmerz einhergeht“ weiter unten zeigt jede von ihnen.</translation>
    </message>
</context>
<context>
    <name>tmap::app::ResultsModel</name>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>either side</source>
        <translation>links oder rechts</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>less likely</source>
        <translation>weniger wahrscheinlich</translation>
    </message>
    <message>
        <source>trigger point lies in</source>
        <translation>Triggerpunkt liegt in</translation>
    </message>
    <message>
        <source>main zone (sometimes)</source>
        <translation>Hauptzone (manchmal)</translation>
    </message>
    <message>
        <source>main zone</source>
        <translation>Hauptzone</translation>
    </message>
    <message>
        <source>spillover (sometimes)</source>
        <translation>Ausstrahlung (manchmal)</translation>
    </message>
    <message>
        <source>spillover</source>
        <translation>Ausstrahlung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>known for %1</source>
        <translation>bekannt für: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1. %2 (%3) - %4
%5
%6</source>
        <translation>%1. %2 (%3) – %4
%5
%6</translation>
    </message>
    <message>
        <source>%1. Another point of %2 (%3), the muscle of row %4
%5
%6</source>
        <translation>%1. Weiterer Punkt: %2 (%3), der Muskel aus Zeile %4
%5
%6</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>Rank %1: %2, %3, side: %4, %5. %6.</source>
        <translation>Rang %1: %2, %3, Seite: %4, %5. %6.</translation>
    </message>
    <message>
        <source>%1 (for a clinician only)</source>
        <translation>%1 (nur für Fachleute)</translation>
    </message>
    <message>
        <source>Another trigger point of a muscle listed above: each muscle&apos;s best comes first.</source>
        <translation>Ein weiterer Triggerpunkt eines Muskels weiter oben: der beste Punkt jedes Muskels steht zuerst.</translation>
    </message>
    <message>
        <source>Does not explain: %1.</source>
        <translation>Erklärt nicht: %1.</translation>
    </message>
    <message>
        <source>the same trigger point on both sides</source>
        <translation>derselbe Triggerpunkt auf beiden Seiten</translation>
    </message>
    <message>
        <source>the references list it for pain at</source>
        <translation>laut Fachliteratur eine Ursache für Schmerzen hier</translation>
    </message>
    <message>
        <source>together with its other trigger points</source>
        <translation>zusammen mit seinen anderen Triggerpunkten</translation>
    </message>
</context>
<context>
    <name>tmap::app::SafetyHtml</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Before you press</source>
        <translation>Bevor Sie drücken</translation>
    </message>
    <message>
        <source>Warning signs: if one applies, see a doctor instead of treating it yourself</source>
        <translation>Warnzeichen: Trifft eines zu, holen Sie sich ärztliche Hilfe, statt selbst zu behandeln</translation>
    </message>
    <message>
        <source>With “%1”:</source>
        <translation>Für „%1“:</translation>
    </message>
</context>
<context>
    <name>tmap::app::SessionDialog</name>
    <message>
        <source>Treat: %1</source>
        <translation>Behandeln: %1</translation>
    </message>
    <message>
        <source>Where to press</source>
        <translation>Wo drücken</translation>
    </message>
    <message>
        <source>How to find the point and what to do</source>
        <translation>Wie Sie den Punkt finden und was zu tun ist</translation>
    </message>
    <message>
        <source>Pain now, before</source>
        <translation>Schmerz jetzt, vorher</translation>
    </message>
    <message>
        <source>Pain &amp;now (0-10):</source>
        <translation>Schmerz j&amp;etzt (0–10):</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Not s&amp;ure</source>
        <translation>Weiß n&amp;icht</translation>
    </message>
    <message>
        <source>&amp;Start (Space)</source>
        <translation>&amp;Starten (Leertaste)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>&amp;Pause (Space)</source>
        <translation>&amp;Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Nä&amp;chster Schritt</translation>
    </message>
    <message>
        <source>Time is up: let go and rest.</source>
        <translation>Die Zeit ist um: Lassen Sie los und ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Pain now, after</source>
        <translation>Schmerz jetzt, nachher</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>&amp;Beenden und speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Stopped. Let go of the point now.</source>
        <translation>Abgebrochen. Lassen Sie den Punkt jetzt los.</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>Guided session: %1 (%2).</source>
        <translation>Angeleitete Sitzung: %1 (%2).</translation>
    </message>
    <message>
        <source>Pressing brought on the familiar pain.</source>
        <translation>Das Drücken hat den bekannten Schmerz ausgelöst.</translation>
    </message>
    <message>
        <source>Pressing did not bring on the familiar pain.</source>
        <translation>Das Drücken hat den bekannten Schmerz nicht ausgelöst.</translation>
    </message>
    <message>
        <source>Not sure whether pressing brought on the familiar pain.</source>
        <translation>Unklar, ob das Drücken den bekannten Schmerz ausgelöst hat.</translation>
    </message>
    <message>
        <source>Holds done: %1 of %2.</source>
        <translation>Haltephasen geschafft: %1 von %2.</translation>
    </message>
    <message>
        <source>Stopped early.</source>
        <translation>Vorzeitig abgebrochen.</translation>
    </message>
    <message>
        <source>Get ready: find the point</source>
        <translation>Vorbereiten: den Punkt finden</translation>
    </message>
    <message>
        <source>Slow strokes: %1, then Next step</source>
        <translation>Langsam ausstreichen: %1, dann „Nächster Schritt“</translation>
    </message>
    <message>
        <source>Press and hold</source>
        <translation>Drücken und halten</translation>
    </message>
    <message>
        <source>Get ready to stretch</source>
        <translation>Zum Dehnen bereit machen</translation>
    </message>
    <message>
        <source>Stretch and hold</source>
        <translation>Dehnen und halten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stretch %1 of %2</source>
        <translation>Dehnung %1 von %2</translation>
    </message>
    <message>
        <source>Hold %1 of %2</source>
        <translation>Haltephase %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Resume (Space)</source>
        <translation>&amp;Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Done. Well done.</source>
        <translation>Fertig. Gut gemacht.</translation>
    </message>
    <message>
        <source>Pain before: %1, after: %2.</source>
        <translation>Schmerz vorher: %1, nachher: %2.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation>In Ihrem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>What was done is saved in your journal.</source>
        <translation>Was Sie geschafft haben, ist in Ihrem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>S&amp;kip this point</source>
        <translation>Diesen Punkt &amp;überspringen</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Angeleitete Sitzung</translation>
    </message>
    <message>
        <source>point %1 of %2</source>
        <translation>Punkt %1 von %2</translation>
    </message>
    <message>
        <source>Point %1 of %2: %3</source>
        <translation>Punkt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>Done: %1, pain %2 before, %3 after.</source>
        <translation>Erledigt: %1, Schmerz vorher %2, nachher %3.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>S&amp;kip this point and end</source>
        <translation>Diesen Punkt &amp;überspringen und beenden</translation>
    </message>
    <message numerus="yes">
        <source>Guided session of %n points.</source>
        <translation>
            <numerusform>Angeleitete Sitzung mit %n Punkten.</numerusform>
            <numerusform>Angeleitete Sitzung mit %n Punkten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save to journal again</source>
        <translation>Erneut im &amp;Tagebuch speichern</translation>
    </message>
    <message>
        <source>Next: stretch %1 of %2</source>
        <translation>Als Nächstes: Dehnung %1 von %2</translation>
    </message>
    <message>
        <source>Next: hold %1 of %2</source>
        <translation>Als Nächstes: Haltephase %1 von %2</translation>
    </message>
    <message>
        <source>Tips for lasting relief</source>
        <translation>Tipps für dauerhafte Linderung</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds left</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Next point</source>
        <translation>Nächster P&amp;unkt</translation>
    </message>
    <message>
        <source>Did pressing the point bring on your familiar pain?</source>
        <translation>Hat das Drücken auf den Punkt Ihren bekannten Schmerz ausgelöst?</translation>
    </message>
    <message>
        <source>(the picture shows the right side)</source>
        <translation>(das Bild zeigt die rechte Seite)</translation>
    </message>
    <message>
        <source>While you press:</source>
        <translation>Beim Drücken beachten:</translation>
    </message>
    <message>
        <source>While you stretch:</source>
        <translation>Beim Dehnen beachten:</translation>
    </message>
    <message>
        <source>Stop now if the pain turns sharp or spreads, or numbness starts</source>
        <translation>Sofort aufhören, wenn der Schmerz stechend wird oder ausstrahlt oder Taubheit auftritt</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Sharp or spreading pain, or numbness, is a sign to stop, not to press harder.</source>
        <translation>Stechender oder ausstrahlender Schmerz oder Taubheit ist ein Zeichen aufzuhören – nicht, fester zu drücken.</translation>
    </message>
    <message>
        <source>Stopped early: sharp or spreading pain, or numbness.</source>
        <translation>Vorzeitig abgebrochen: stechender oder ausstrahlender Schmerz oder Taubheit.</translation>
    </message>
    <message>
        <source>Warning signs: if one applies, see a doctor</source>
        <translation>Warnzeichen: Trifft eines zu, holen Sie sich ärztliche Hilfe</translation>
    </message>
    <message>
        <source>Without the pain now, this session cannot show later whether it helped.</source>
        <translation>Ohne den Schmerz jetzt kann diese Sitzung später nicht zeigen, ob sie geholfen hat.</translation>
    </message>
    <message>
        <source>Pain no&amp;w (0-10):</source>
        <translation>Schmerz jet&amp;zt (0–10):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read on:&lt;/b&gt; the safety text goes on below; Start shows the rest of it first.</source>
        <translation>&lt;b&gt;Weiterlesen:&lt;/b&gt; Der Sicherheitstext geht unten weiter; „Starten“ zeigt zuerst den Rest.</translation>
    </message>
</context>
<context>
    <name>tmap::app::SpotList</name>
    <message>
        <source>Click the body where it hurts. Each spot gets an intensity from 0 to 10.</source>
        <translation>Klicken Sie auf den Körper, wo es schmerzt. Jede Stelle bekommt eine Stärke von 0 bis 10.</translation>
    </message>
    <message>
        <source>intensity </source>
        <translation>Stärke </translation>
    </message>
    <message>
        <source>Intensity of %1</source>
        <translation>Stärke von %1</translation>
    </message>
    <message>
        <source>Remove this spot</source>
        <translation>Diese Stelle entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 (in tpmap and exports: %2)</source>
        <translation>%1 (in tpmap und Exporten: %2)</translation>
    </message>
</context>
<context>
    <name>tmap::app::SummaryPage</name>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Pain journal: summary for a clinician</source>
        <translation>Schmerztagebuch: Zusammenfassung für Behandelnde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n days, </source>
        <translation>
            <numerusform> an %n Tag, </numerusform>
            <numerusform> an %n Tagen, </numerusform>
        </translation>
    </message>
    <message>
        <source>Written by the person themselves with Trigger Map, a self-care app; it is a record, not a diagnosis. Intensities run from 0 (no pain) to 10 (worst imaginable). Report made on %1; the details and every note follow from page 2.</source>
        <translation>Von der Person selbst mit Trigger Map geschrieben, einer App zur Selbsthilfe; es ist eine Aufzeichnung, keine Diagnose. Die Stärken reichen von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz). Bericht erstellt am %1; die Einzelheiten und alle Notizen folgen ab Seite 2.</translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation>Wo es geschmerzt hat</translation>
    </message>
    <message>
        <source>No spots were noted in this range.</source>
        <translation>In diesem Zeitraum wurden keine Stellen notiert.</translation>
    </message>
    <message>
        <source>Mean intensity:</source>
        <translation>Mittlere Stärke:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message numerus="yes">
        <source>First %n days</source>
        <translation>
            <numerusform>Erster %n Tag</numerusform>
            <numerusform>Erste %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole range (mean)</source>
        <translation>Ganzer Zeitraum (Mittel)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst regions</source>
        <translation>Schmerzhafteste Regionen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>First → last</source>
        <translation>Anfang → Ende</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (page 2)</source>
        <translation>
            <numerusform>und %n weitere (Seite 2)</numerusform>
            <numerusform>und %n weitere (Seite 2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall trend</source>
        <translation>Verlauf insgesamt</translation>
    </message>
    <message>
        <source>Too few days with a pain reading to tell a trend.</source>
        <translation>Zu wenige Tage mit einer Schmerzangabe, um einen Verlauf zu erkennen.</translation>
    </message>
    <message>
        <source>Daily pain: the overall pain of a note, else its worst spot; a day&apos;s is the mean of its notes.</source>
        <translation>Tagesschmerz: der Gesamtschmerz einer Notiz, sonst ihre stärkste Stelle; für einen Tag das Mittel seiner Notizen.</translation>
    </message>
    <message>
        <source>Daily pain</source>
        <translation>Tagesschmerz</translation>
    </message>
    <message>
        <source>What helped, what went with worse days</source>
        <translation>Was geholfen hat, was mit schlechteren Tagen einherging</translation>
    </message>
    <message numerus="yes">
        <source>%1: the pain was %2 points lower right after (mean of %n sessions).</source>
        <translation>
            <numerusform>%1: Der Schmerz war direkt danach um %2 Punkte geringer (Mittel aus %n Sitzung).</numerusform>
            <numerusform>%1: Der Schmerz war direkt danach um %2 Punkte geringer (Mittel aus %n Sitzungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Days with “%1”: daily pain %2 against %3 on the other days (%4 and %5 days).</source>
        <translation>Tage mit „%1“: Tagesschmerz %2 gegenüber %3 an den übrigen Tagen (%4 und %5 Tage).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing stands out yet: a technique needs %n sessions with the pain noted before and after, a factor %n days with and without it.</source>
        <translation>
            <numerusform>Noch fällt nichts auf: Eine Technik braucht %n Sitzung mit Schmerzangabe davor und danach, ein Faktor %n Tag mit und ohne ihn.</numerusform>
            <numerusform>Noch fällt nichts auf: Eine Technik braucht %n Sitzungen mit Schmerzangabe davor und danach, ein Faktor %n Tage mit und ohne ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened together in these notes; it does not show what caused what.</source>
        <translation>Was in diesen Notizen zusammen auftrat; es zeigt keine Ursachen.</translation>
    </message>
    <message>
        <source>Standard body maps</source>
        <translation>Standard-Körperschemata</translation>
    </message>
    <message>
        <source>CHOIR body map, segments (highest intensity): %1</source>
        <translation>CHOIR-Körperschema, Segmente (höchste Stärke): %1</translation>
    </message>
    <message>
        <source>Michigan Body Map, %1 of 35 areas: %2</source>
        <translation>Michigan Body Map, %1 von 35 Bereichen: %2</translation>
    </message>
    <message>
        <source>Widespread Pain Index, %1 of 19 areas: %2</source>
        <translation>Widespread Pain Index, %1 von 19 Bereichen: %2</translation>
    </message>
    <message>
        <source>Areas in which a spot was noted in the range, on the patient&apos;s left and right; the same areas as the app&apos;s export to standard body maps. The WPI count is of areas noted, not a diagnosis.</source>
        <translation>Bereiche, in denen im Zeitraum eine Stelle notiert wurde, nach linker und rechter Seite der Person; dieselben Bereiche wie beim Export als Standard-Körperschema. Die WPI-Zahl zählt notierte Bereiche und ist keine Diagnose.</translation>
    </message>
    <message>
        <source>Trigger Map – pain journal</source>
        <translation>Trigger Map – Schmerztagebuch</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>on %1.</source>
        <translation>am %1.</translation>
    </message>
    <message>
        <source>the first on %1, the last on %2.</source>
        <translation>die erste am %1, die letzte am %2.</translation>
    </message>
    <message>
        <source>Written by the person themselves with Trigger Map, a self-care app; it is a record, not a diagnosis. Intensities run from 0 (no pain) to 10 (worst imaginable). Report made on %1.</source>
        <translation>Von der Person selbst mit Trigger Map geschrieben, einer App zur Selbsthilfe; es ist eine Aufzeichnung, keine Diagnose. Die Stärken reichen von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz). Bericht erstellt am %1.</translation>
    </message>
    <message>
        <source>First → last: the mean on the first and the last day</source>
        <translation>Anfang → Ende: der Mittelwert am ersten und am letzten Tag</translation>
    </message>
    <message numerus="yes">
        <source>First → last: the mean in the first and the last %n days</source>
        <translation>
            <numerusform>Anfang → Ende: der Mittelwert am ersten und am letzten %n Tag</numerusform>
            <numerusform>Anfang → Ende: der Mittelwert in den ersten und den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>; –: not noted then</source>
        <translation>; –: in dieser Zeit nicht notiert</translation>
    </message>
    <message>
        <source>%1, head</source>
        <translation>%1, Kopf</translation>
    </message>
    <message>
        <source>Better: the daily pain fell from %1 on the first day to %2 on the last.</source>
        <translation>Besser: Der Tagesschmerz sank von %1 am ersten Tag auf %2 am letzten.</translation>
    </message>
    <message numerus="yes">
        <source>Better: the daily pain fell from %1 in the first %n days to %2 in the last %n.</source>
        <translation>
            <numerusform>Besser: Der Tagesschmerz sank von %1 in den ersten %n Tagen auf %2 in den letzten %n.</numerusform>
            <numerusform>Besser: Der Tagesschmerz sank von %1 in den ersten %n Tagen auf %2 in den letzten %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worse: the daily pain rose from %1 on the first day to %2 on the last.</source>
        <translation>Schlechter: Der Tagesschmerz stieg von %1 am ersten Tag auf %2 am letzten.</translation>
    </message>
    <message numerus="yes">
        <source>Worse: the daily pain rose from %1 in the first %n days to %2 in the last %n.</source>
        <translation>
            <numerusform>Schlechter: Der Tagesschmerz stieg von %1 in den ersten %n Tagen auf %2 in den letzten %n.</numerusform>
            <numerusform>Schlechter: Der Tagesschmerz stieg von %1 in den ersten %n Tagen auf %2 in den letzten %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>About the same: the daily pain was %1 on the first day and %2 on the last.</source>
        <translation>Etwa gleich: Der Tagesschmerz lag am ersten Tag bei %1 und am letzten bei %2.</translation>
    </message>
    <message numerus="yes">
        <source>About the same: the daily pain was %1 in the first %n days and %2 in the last %n.</source>
        <translation>
            <numerusform>Etwa gleich: Der Tagesschmerz lag in den ersten %n Tagen bei %1 und in den letzten %n bei %2.</numerusform>
            <numerusform>Etwa gleich: Der Tagesschmerz lag in den ersten %n Tagen bei %1 und in den letzten %n bei %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>no notes yet.</source>
        <translation>noch keine Notizen.</translation>
    </message>
    <message>
        <source>no notes on these days.</source>
        <translation>keine Notizen an diesen Tagen.</translation>
    </message>
</context>
<context>
    <name>tmap::app::TagText</name>
    <message>
        <source>guided session</source>
        <translation>angeleitete Sitzung</translation>
    </message>
    <message>
        <source>press test on %1: %2</source>
        <translation>Drucktest an %1: %2</translation>
    </message>
    <message>
        <source>press test: %1</source>
        <translation>Drucktest: %1</translation>
    </message>
    <message>
        <source>stopped for sharp or spreading pain or numbness</source>
        <translation>abgebrochen wegen stechender oder ausstrahlender Schmerzen oder Taubheit</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>press test</source>
        <translation>Drucktest</translation>
    </message>
    <message>
        <source>recovered in part</source>
        <translation>teilweise gerettet</translation>
    </message>
</context>
<context>
    <name>tmap::app::TechniqueHtml</name>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>Hilfsmittel:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Haltung:</translation>
    </message>
    <message>
        <source>How long:</source>
        <translation>Wie lange:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Wie oft:</translation>
    </message>
    <message>
        <source>How hard:</source>
        <translation>Wie fest:</translation>
    </message>
</context>
<context>
    <name>tmap::app::TrendChart</name>
    <message>
        <source>Intensity by day</source>
        <translation>Stärke Tag für Tag</translation>
    </message>
    <message>
        <source>%1: %2 days</source>
        <translation>%1: %2 Tage</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A day on the chart&apos;s axis as QLocale formats dates (in German &quot;d. MMM&quot;: &quot;1. Nov.&quot;).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yy</source>
        <extracomment>A day on the chart&apos;s axis when the chart reaches into another year (in German &quot;d. MMM yy&quot;).</extracomment>
        <translation>d. MMM yy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>The first of a month on the axis of a chart of many months (in German &quot;MMM yyyy&quot;: &quot;Nov. 2025&quot;).</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
</context>
<context>
    <name>tmap::app::WherePage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Rückseite</translation>
    </message>
    <message>
        <source>&amp;Right side</source>
        <translation>R&amp;echte Seite</translation>
    </message>
    <message>
        <source>&amp;Left side</source>
        <translation>&amp;Linke Seite</translation>
    </message>
    <message>
        <source>&amp;Soles</source>
        <translation>Fußs&amp;ohlen</translation>
    </message>
    <message>
        <source>%1 view (%2)</source>
        <translation>Ansicht %1 (%2)</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es schmerzt</translation>
    </message>
    <message>
        <source>Remove every spot and symptom</source>
        <translation>Alle Stellen und Symptome entfernen</translation>
    </message>
    <message>
        <source>Keep this drawing as a note in your private pain journal (Ctrl+S)</source>
        <translation>Diese Zeichnung als Notiz in Ihrem privaten Schmerztagebuch aufbewahren (Strg+S)</translation>
    </message>
    <message>
        <source>Other symptoms (optional)</source>
        <translation>Weitere Symptome (optional)</translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation>Weitere Symptome</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Likely sources</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>Likely sources, best first</source>
        <translation>Wahrscheinliche Ursachen, die beste zuerst</translation>
    </message>
    <message>
        <source>Mark where it hurts; the trigger points that may cause it appear here, best first.</source>
        <translation>Markieren Sie, wo es schmerzt; die Triggerpunkte, die den Schmerz verursachen können, erscheinen hier, der wahrscheinlichste zuerst.</translation>
    </message>
    <message>
        <source>No trigger point in the catalogue explains this drawing.</source>
        <translation>Kein Triggerpunkt im Katalog erklärt diese Zeichnung.</translation>
    </message>
    <message>
        <source>Choose one to see its pattern on the body; press Enter to open its entry.</source>
        <translation>Wählen Sie ein Ergebnis aus, um sein Muster am Körper zu sehen; die Eingabetaste öffnet seinen Eintrag.</translation>
    </message>
    <message>
        <source>Each muscle&apos;s best trigger point comes first; its others follow as &quot;Another point&quot;.</source>
        <translation>Zuerst steht der beste Triggerpunkt jedes Muskels; seine weiteren folgen als „Weiterer Punkt“.</translation>
    </message>
    <message>
        <source>Show the %1 view: most of the pattern</source>
        <translation>Ansicht „%1“ zeigen: der größte Teil des Musters</translation>
    </message>
    <message>
        <source>The pattern is mostly in the %1 view</source>
        <translation>Das Muster liegt vor allem in der Ansicht „%1“</translation>
    </message>
    <message>
        <source>&amp;Undo clear</source>
        <translation>Löschen rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>Bring back the spots and symptoms just cleared (Ctrl+Z)</source>
        <translation>Die eben gelöschten Stellen und Symptome zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>This trigger point is for a clinician only: see its entry.</source>
        <translation>Dieser Triggerpunkt ist nur für Fachleute: siehe seinen Eintrag.</translation>
    </message>
    <message>
        <source>Show the %1 view: where to press</source>
        <translation>Ansicht „%1“ zeigen: wo Sie drücken</translation>
    </message>
    <message>
        <source>The trigger point itself is in the %1 view</source>
        <translation>Der Triggerpunkt selbst liegt in der Ansicht „%1“</translation>
    </message>
    <message>
        <source>&amp;None of these signs apply: go on</source>
        <translation>&amp;Keines dieser Zeichen trifft zu: weiter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open entry</source>
        <translation>Eintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The chosen muscle&apos;s entry: how to find the point and release it</source>
        <translation>Der Eintrag des gewählten Muskels: wie Sie den Punkt finden und lösen</translation>
    </message>
    <message>
        <source>&amp;Treat this...</source>
        <translation>&amp;Behandeln …</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Treat these %n...</source>
        <translation>
            <numerusform>Diesen %n &amp;behandeln …</numerusform>
            <numerusform>Diese %n &amp;behandeln …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One guided session of the %n chosen points, one after the other</source>
        <translation>
            <numerusform>Eine angeleitete Sitzung für den %n gewählten Punkt</numerusform>
            <numerusform>Eine angeleitete Sitzung für die %n gewählten Punkte, einen nach dem anderen</numerusform>
        </translation>
    </message>
    <message>
        <source>A guided session: press with a timer, stretch, rate the pain again</source>
        <translation>Eine angeleitete Sitzung: mit Zeitanzeige drücken, dehnen, den Schmerz erneut bewerten</translation>
    </message>
    <message>
        <source>Add the chosen points to a plan you can run again</source>
        <translation>Die gewählten Punkte zu einem Plan hinzufügen, den Sie wiederholen können</translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %1 (%n points)</source>
        <translation>
            <numerusform>Gewählt: %1 – %n Punkt</numerusform>
            <numerusform>Gewählt: %1 – %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>In der Liste zeigen</translation>
    </message>
    <message>
        <source>Point at the body to see a region&apos;s name; click where it hurts. Zoom: mouse wheel or +.</source>
        <translation>Zeigen Sie auf den Körper, um den Namen einer Region zu sehen; klicken Sie, wo es schmerzt. Vergrößern: Mausrad oder +.</translation>
    </message>
    <message>
        <source>The warning above comes first: you will be asked whether its signs apply.</source>
        <translation>Die Warnung oben geht vor: Sie werden gefragt, ob ihre Anzeichen zutreffen.</translation>
    </message>
    <message>
        <source>Treat and Add to plan ask first whether the warning&apos;s signs apply.</source>
        <translation>„Behandeln“ und „Zum Plan hinzufügen“ fragen zuerst, ob die Anzeichen der Warnung zutreffen.</translation>
    </message>
    <message>
        <source>Symptoms ticked: %1</source>
        <translation>Angekreuzte Symptome: %1</translation>
    </message>
    <message numerus="yes">
        <source>Treat and Add to plan ask first whether the signs of the %n warnings apply.</source>
        <translation>
            <numerusform>„Behandeln“ und „Zum Plan hinzufügen“ fragen zuerst, ob die Anzeichen der %n Warnung zutreffen.</numerusform>
            <numerusform>„Behandeln“ und „Zum Plan hinzufügen“ fragen zuerst, ob die Anzeichen der %n Warnungen zutreffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The likely sources follow below.</source>
        <translation>Die wahrscheinlichen Ursachen folgen weiter unten.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Zur Liste</translation>
    </message>
    <message>
        <source>Zoom in on it</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Frame the chosen pattern on the map; View &gt; Reset zoom shows the whole body again</source>
        <translation>Das gewählte Muster auf der Karte heranholen; Ansicht &gt; Zoom zurücksetzen zeigt wieder den ganzen Körper</translation>
    </message>
    <message>
        <source>The warnings go on below: read them all before you press.</source>
        <translation>Die Warnungen gehen unten weiter: Lesen Sie alle, bevor Sie drücken.</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Weiterlesen</translation>
    </message>
    <message>
        <source>Does not apply to me</source>
        <translation>Trifft nicht auf mich zu</translation>
    </message>
    <message>
        <source>The warning above the results comes first: until it is ruled out, nothing is to be pressed (no session, no plan, no question that asks you to press a spot). Go on only if none of its signs apply to you, or a doctor has ruled them out.</source>
        <translation>Die Warnung über den Ergebnissen geht vor: Solange sie nicht ausgeschlossen ist, wird nirgends gedrückt (keine Sitzung, kein Plan, keine Frage, bei der Sie auf eine Stelle drücken sollen). Machen Sie nur weiter, wenn keines ihrer Zeichen auf Sie zutrifft oder eine Ärztin oder ein Arzt sie ausgeschlossen hat.</translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation>Keine davon trifft auf mich zu</translation>
    </message>
    <message>
        <source>Warning signs: check this first</source>
        <translation>Warnzeichen: Bitte zuerst prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Warning signs: check these %n first</source>
        <translation>
            <numerusform>Warnzeichen: Bitte zuerst dieses prüfen</numerusform>
            <numerusform>Warnzeichen: Bitte zuerst diese %n prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd to plan...</source>
        <translation>Zum Plan hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>&amp;Vorderseite</translation>
    </message>
    <message>
        <source>Cl&amp;ear all</source>
        <translation>Alles l&amp;öschen</translation>
    </message>
    <message>
        <source>S&amp;ave to journal...</source>
        <translation>Ins Tagebuch &amp;speichern …</translation>
    </message>
</context>
</TS>
