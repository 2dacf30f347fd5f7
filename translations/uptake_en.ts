<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Uptake::Cli</name>
    <message numerus="yes">
        <source>Pilots:         %n</source>
        <translation>
            <numerusform>Pilots:         %n</numerusform>
            <numerusform>Pilots:         %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>estimated from event gaps under %n minutes</source>
        <translation>
            <numerusform>estimated from event gaps under %n minute</numerusform>
            <numerusform>estimated from event gaps under %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped engaging: %Ln learner(s)</source>
        <translation>
            <numerusform>Stopped engaging: %Ln learner</numerusform>
            <numerusform>Stopped engaging: %Ln learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n table(s) as CSV to %1</source>
        <translation>
            <numerusform>Wrote %n table as CSV to %1</numerusform>
            <numerusform>Wrote %n tables as CSV to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::ConflictDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ, shown in bold.</source>
        <translation>
            <numerusform>%n field differs, shown in bold.</numerusform>
            <numerusform>%n fields differ, shown in bold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::DataPage</name>
    <message numerus="yes">
        <source>%n import(s), %1 rows in the workspace, %2 rows rejected.</source>
        <translation>
            <numerusform>%n import, %1 rows in the workspace, %2 rows rejected.</numerusform>
            <numerusform>%n imports, %1 rows in the workspace, %2 rows rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::Import</name>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (%n more)</numerusform>
            <numerusform>… (%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this roster match a learner already in the workspace (0%);</source>
        <translation>
            <numerusform>The %Ln learner in this roster matches no learner already in the workspace (0%);</numerusform>
            <numerusform>None of the %Ln learners in this roster match a learner already in the workspace (0%);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this performance file match a learner already in the workspace (0%);</source>
        <translation>
            <numerusform>The %Ln learner in this performance file matches no learner already in the workspace (0%);</numerusform>
            <numerusform>None of the %Ln learners in this performance file match a learner already in the workspace (0%);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln learners in this file match a learner in the workspace&apos;s roster (0%);</source>
        <translation>
            <numerusform>The %Ln learner in this file matches no learner in the workspace&apos;s roster (0%);</numerusform>
            <numerusform>None of the %Ln learners in this file match a learner in the workspace&apos;s roster (0%);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this roster (%2%) match a learner already in the workspace;</source>
        <translation>
            <numerusform>Only %1 of %Ln learner in this roster (%2%) matches a learner already in the workspace;</numerusform>
            <numerusform>Only %1 of the %Ln learners in this roster (%2%) match a learner already in the workspace;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this performance file (%2%) match a learner already in the workspace;</source>
        <translation>
            <numerusform>Only %1 of %Ln learner in this performance file (%2%) matches a learner already in the workspace;</numerusform>
            <numerusform>Only %1 of the %Ln learners in this performance file (%2%) match a learner already in the workspace;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %Ln learners in this file (%2%) match a learner in the workspace&apos;s roster;</source>
        <translation>
            <numerusform>Only %1 of %Ln learner in this file (%2%) matches a learner in the workspace&apos;s roster;</numerusform>
            <numerusform>Only %1 of the %Ln learners in this file (%2%) match a learner in the workspace&apos;s roster;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::ImportWizard</name>
    <message numerus="yes">
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, about %n second left</numerusform>
            <numerusform>, about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new events are all on %1 and include %n completion(s).</source>
        <translation>
            <numerusform>The new events are all on %1 and include %n completion.</numerusform>
            <numerusform>The new events are all on %1 and include %n completions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new events run from %1 to %2 and include %n completion(s).</source>
        <translation>
            <numerusform>The new events run from %1 to %2 and include %n completion.</numerusform>
            <numerusform>The new events run from %1 to %2 and include %n completions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::JourneyPage</name>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 done, %n still open</source>
        <translation>
            <numerusform>%1: %2 of %3 done, %n still open</numerusform>
            <numerusform>%1: %2 of %3 done, %n still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform> (%n overdue)</numerusform>
            <numerusform> (%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::OverviewPage</name>
    <message numerus="yes">
        <source>Only %n learners: too few to rely on.</source>
        <translation>
            <numerusform>Only %n learner: too few to rely on.</numerusform>
            <numerusform>Only %n learners: too few to rely on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::PilotPage</name>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n overdue</numerusform>
            <numerusform> · %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sprint of %n week(s) from %1 to %2. Checkpoints: day 30 on %3, day 60 on %4, day 90 on %5.</source>
        <translation>
            <numerusform>Sprint of %n week from %1 to %2. Checkpoints: day 30 on %3, day 60 on %4, day 90 on %5.</numerusform>
            <numerusform>Sprint of %n weeks from %1 to %2. Checkpoints: day 30 on %3, day 60 on %4, day 90 on %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::PlanExport</name>
    <message numerus="yes">
        <source>%1 — %2: %n learner(s)</source>
        <translation>
            <numerusform>%1 — %2: %n learner</numerusform>
            <numerusform>%1 — %2: %n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>session timeout; always 10 or more</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Uptake::Report</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n week(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n week)</numerusform>
            <numerusform>%1 to %2 (%n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions in the 30/60/90-day plan: %n.</source>
        <translation>
            <numerusform>Overdue actions in the 30/60/90-day plan: %n.</numerusform>
            <numerusform>Overdue actions in the 30/60/90-day plan: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Courses awaiting a retirement decision: %n.</source>
        <translation>
            <numerusform>Courses awaiting a retirement decision: %n.</numerusform>
            <numerusform>Courses awaiting a retirement decision: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed decisions waiting for the board: %n.</source>
        <translation>
            <numerusform>Proposed decisions waiting for the board: %n.</numerusform>
            <numerusform>Proposed decisions waiting for the board: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under-engaged groups of learners: %n.</source>
        <translation>
            <numerusform>Under-engaged groups of learners: %n.</numerusform>
            <numerusform>Under-engaged groups of learners: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort (%n learner(s)) active each ISO week; diamonds mark the 30/60/90-day targets, the dashed line the pace from the baseline to them; dotted lines mark events such as adaptations.</source>
        <translation>
            <numerusform>Share of the cohort (%n learner) active each ISO week; diamonds mark the 30/60/90-day targets, the dashed line the pace from the baseline to them; dotted lines mark events such as adaptations.</numerusform>
            <numerusform>Share of the cohort (%n learners) active each ISO week; diamonds mark the 30/60/90-day targets, the dashed line the pace from the baseline to them; dotted lines mark events such as adaptations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of the cohort (%n learner(s)) active each ISO week; dotted lines mark events such as adaptations. No target is set for this indicator.</source>
        <translation>
            <numerusform>Share of the cohort (%n learner) active each ISO week; dotted lines mark events such as adaptations. No target is set for this indicator.</numerusform>
            <numerusform>Share of the cohort (%n learners) active each ISO week; dotted lines mark events such as adaptations. No target is set for this indicator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more group(s).</source>
        <translation>
            <numerusform>Not listed: %n more group.</numerusform>
            <numerusform>Not listed: %n more groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learners who were active in at least two of the four weeks before the last two and not since: %n.</source>
        <translation>
            <numerusform>Learners who were active in at least two of the four weeks before the last two and not since: %n.</numerusform>
            <numerusform>Learners who were active in at least two of the four weeks before the last two and not since: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows rejected by the imports: %n. They are in no figure; the appendix lists them per import.</source>
        <translation>
            <numerusform>Rows rejected by the imports: %n. They are in no figure; the appendix lists them per import.</numerusform>
            <numerusform>Rows rejected by the imports: %n. They are in no figure; the appendix lists them per import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning time is estimated from the gaps between events (a gap under %n minute(s) counts as learning): the export has no duration column.</source>
        <translation>
            <numerusform>Learning time is estimated from the gaps between events (a gap under %n minute counts as learning): the export has no duration column.</numerusform>
            <numerusform>Learning time is estimated from the gaps between events (a gap under %n minutes counts as learning): the export has no duration column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n course(s) with the most learners from %1 to %2: learners who completed in that period ÷ learners with any activity in the course in it.</source>
        <translation>
            <numerusform>The course with the most learners from %1 to %2: learners who completed in that period ÷ learners with any activity in the course in it.</numerusform>
            <numerusform>The %n courses with the most learners from %1 to %2: learners who completed in that period ÷ learners with any activity in the course in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) without any recorded activity in the cohort (%1): a gap in the export or a holiday? Rates for those weeks are shown as zero.</source>
        <translation>
            <numerusform>%n week without any recorded activity in the cohort (%1): a gap in the export or a holiday? Rates for that week are shown as zero.</numerusform>
            <numerusform>%n weeks without any recorded activity in the cohort (%1): a gap in the export or a holiday? Rates for those weeks are shown as zero.</numerusform>
        </translation>
    </message>
</context>
</TS>
