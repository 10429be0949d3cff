<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>mlp</name>
    <message numerus="yes">
        <location filename="../core/io/csvformat.cpp" line="101"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/historycommand.cpp" line="240"/>
        <source>All %n idea(s):</source>
        <translation>
            <numerusform>All %n idea:</numerusform>
            <numerusform>All %n ideas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/inspectcommands.cpp" line="86"/>
        <source>%1: ok, %n idea(s).</source>
        <translation>
            <numerusform>%1: ok, %n idea.</numerusform>
            <numerusform>%1: ok, %n ideas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/newcommand.cpp" line="71"/>
        <source>Created %1 with %n idea(s).</source>
        <translation>
            <numerusform>Created %1 with %n idea.</numerusform>
            <numerusform>Created %1 with %n ideas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/reportcommand.cpp" line="219"/>
        <source>Wrote %1: %n pages</source>
        <translation>
            <numerusform>Wrote %1: %n page</numerusform>
            <numerusform>Wrote %1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/reportcommand.cpp" line="222"/>
        <source>, %n of them project pages</source>
        <translation>
            <numerusform>, %n of them a project page</numerusform>
            <numerusform>, %n of them project pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/reportcommand.cpp" line="226"/>
        <source>%n chart labels were left out so that none overlaps another; the ranked table lists every idea.</source>
        <translation>
            <numerusform>%n chart label was left out so that none overlaps another; the ranked table lists every idea.</numerusform>
            <numerusform>%n chart labels were left out so that none overlaps another; the ranked table lists every idea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/transfercommands.cpp" line="91"/>
        <source>Imported %1 into %2: the portfolio now holds %n idea(s).</source>
        <translation>
            <numerusform>Imported %1 into %2: the portfolio now holds %n idea.</numerusform>
            <numerusform>Imported %1 into %2: the portfolio now holds %n ideas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/transfercommands.cpp" line="257"/>
        <source>Exported %n idea(s) to %1.</source>
        <translation>
            <numerusform>Exported %n idea to %1.</numerusform>
            <numerusform>Exported %n ideas to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/sharecommands.cpp" line="60"/>
        <source>Published %1 (%n idea(s)) to %2.</source>
        <translation>
            <numerusform>Published %1 (%n idea) to %2.</numerusform>
            <numerusform>Published %1 (%n ideas) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlp::report</name>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="22"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="33"/>
        <source>Replayed from every recorded move up to %1: %n forward moves, </source>
        <translation>
            <numerusform>Replayed from every recorded move up to %1: %n forward move, </numerusform>
            <numerusform>Replayed from every recorded move up to %1: %n forward moves, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="36"/>
        <source>%n backward moves; </source>
        <translation>
            <numerusform>%n backward move; </numerusform>
            <numerusform>%n backward moves; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="37"/>
        <source>%n projects shipped, </source>
        <translation>
            <numerusform>%n project shipped, </numerusform>
            <numerusform>%n projects shipped, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="38"/>
        <source>%n shelved.</source>
        <translation>
            <numerusform>%n shelved.</numerusform>
            <numerusform>%n shelved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="134"/>
        <source>The stay in a stage that 85% of the portfolio&apos;s finished stays there did not exceed. A project longer in its stage looks stuck (once the stage has %n finished stays).</source>
        <translation>
            <numerusform>The stay in a stage that 85% of the portfolio&apos;s finished stays there did not exceed. A project longer in its stage looks stuck (once the stage has %n finished stay).</numerusform>
            <numerusform>The stay in a stage that 85% of the portfolio&apos;s finished stays there did not exceed. A project longer in its stage looks stuck (once the stage has %n finished stays).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="23"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="56"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="145"/>
        <source>The portfolio holds %n ideas, </source>
        <translation>
            <numerusform>The portfolio holds %n idea, </numerusform>
            <numerusform>The portfolio holds %n ideas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="146"/>
        <source>%n of them scored.</source>
        <translation>
            <numerusform>%n of them scored.</numerusform>
            <numerusform>%n of them scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="152"/>
        <source>%n ideas are in %1: %2.</source>
        <translation>
            <numerusform>%n idea is in %1: %2.</numerusform>
            <numerusform>%n ideas are in %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="175"/>
        <source>%n projects moved back a stage; the latest move of each:</source>
        <translation>
            <numerusform>%n project moved back a stage; its latest move:</numerusform>
            <numerusform>%n projects moved back a stage; the latest move of each:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="193"/>
        <source>%n projects look stuck, in their stage longer than 85% of the portfolio&apos;s finished stays there:</source>
        <translation>
            <numerusform>%n project looks stuck, in its stage longer than 85% of the portfolio&apos;s finished stays there:</numerusform>
            <numerusform>%n projects look stuck, in their stage longer than 85% of the portfolio&apos;s finished stays there:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="205"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="247"/>
        <source>%n labels are left out so that none overlaps another; the ranked table lists every idea.</source>
        <translation>
            <numerusform>%n label is left out so that none overlaps another; the ranked table lists every idea.</numerusform>
            <numerusform>%n labels are left out so that none overlaps another; the ranked table lists every idea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="251"/>
        <source>%n unscored ideas are not on the chart.</source>
        <translation>
            <numerusform>%n unscored idea is not on the chart.</numerusform>
            <numerusform>%n unscored ideas are not on the chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlp::ui::ChangeLogView</name>
    <message numerus="yes">
        <location filename="../ui/log/changelogview.cpp" line="151"/>
        <source>The newest %n change(s) shown; older ones match too: narrow the filters (an idea, a field, a period) to see them.</source>
        <translation>
            <numerusform>The newest %n change shown; older ones match too: narrow the filters (an idea, a field, a period) to see them.</numerusform>
            <numerusform>The newest %n changes shown; older ones match too: narrow the filters (an idea, a field, a period) to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/changelogview.cpp" line="155"/>
        <source>%n change(s), newest first. Double-click one to select its idea.</source>
        <translation>
            <numerusform>%n change. Double-click it to select its idea.</numerusform>
            <numerusform>%n changes, newest first. Double-click one to select its idea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlp::ui::ConflictDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/conflictdialog.cpp" line="53"/>
        <source>Since your step, someone else changed %n of the fields of &lt;b&gt;%1&lt;/b&gt;. Undoing it now removes the idea, their changes with it.</source>
        <translation>
            <numerusform>Since your step, someone else changed %n field of &lt;b&gt;%1&lt;/b&gt;. Undoing it now removes the idea, their change with it.</numerusform>
            <numerusform>Since your step, someone else changed %n of the fields of &lt;b&gt;%1&lt;/b&gt;. Undoing it now removes the idea, their changes with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/conflictdialog.cpp" line="58"/>
        <source>Since your change of &lt;b&gt;%1&lt;/b&gt;, someone else changed %n of the fields that undo would take back. Undoing now would replace their value with yours.</source>
        <translation>
            <numerusform>Since your change of &lt;b&gt;%1&lt;/b&gt;, someone else changed %n field that undo would take back. Undoing now would replace their value with yours.</numerusform>
            <numerusform>Since your change of &lt;b&gt;%1&lt;/b&gt;, someone else changed %n of the fields that undo would take back. Undoing now would replace their values with yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/conflictdialog.cpp" line="64"/>
        <source>Since you loaded &lt;b&gt;%1&lt;/b&gt;, someone else changed %n of the fields you changed, to another value. Nothing of your change is saved yet: choose which values to keep.</source>
        <translation>
            <numerusform>Since you loaded &lt;b&gt;%1&lt;/b&gt;, someone else changed %n field you changed, to another value. Nothing of your change is saved yet: choose which value to keep.</numerusform>
            <numerusform>Since you loaded &lt;b&gt;%1&lt;/b&gt;, someone else changed %n of the fields you changed, to other values. Nothing of your change is saved yet: choose which values to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlp::ui::Document</name>
    <message numerus="yes">
        <location filename="../ui/document/document.cpp" line="216"/>
        <source>Delete %n ideas</source>
        <translation>
            <numerusform>Delete %n idea</numerusform>
            <numerusform>Delete %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/document/documentchange.cpp" line="99"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/document/documentchange.cpp" line="101"/>
        <source>Someone else changed %n of the ideas this step would change since, so they stay as that person left them: %1. Every other idea of the step was changed, and ideas others added meanwhile are kept.</source>
        <translation>
            <numerusform>Someone else changed %n idea this step would change since, so it stays as that person left it: %1. Every other idea of the step was changed, and ideas others added meanwhile are kept.</numerusform>
            <numerusform>Someone else changed %n of the ideas this step would change since, so they stay as those people left them: %1. Every other idea of the step was changed, and ideas others added meanwhile are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlp::ui::IdeaEditor</name>
    <message numerus="yes">
        <location filename="../ui/editor/historytab.cpp" line="44"/>
        <source>The newest %n changes, newest first. View ▸ Change Log shows them all.</source>
        <translation>
            <numerusform>%n change, the newest. View ▸ Change Log shows them all.</numerusform>
            <numerusform>The newest %n changes, newest first. View ▸ Change Log shows them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/historytab.cpp" line="49"/>
        <source>%n change(s) on record, newest first.</source>
        <translation>
            <numerusform>%n change on record.</numerusform>
            <numerusform>%n changes on record, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlp::ui::ReportDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/reportdialog.cpp" line="52"/>
        <source>The &amp;selected projects (%n)</source>
        <translation>
            <numerusform>The &amp;selected project (%n)</numerusform>
            <numerusform>The &amp;selected projects (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlp::ui::ReportExport</name>
    <message numerus="yes">
        <location filename="../ui/window/reportexport.cpp" line="78"/>
        <source>Exported the PDF summary to %1 (%n pages)</source>
        <translation>
            <numerusform>Exported the PDF summary to %1 (%n page)</numerusform>
            <numerusform>Exported the PDF summary to %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
</TS>
