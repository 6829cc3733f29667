<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CohortFormat</name>
    <message>
        <source>Dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not do %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelFormat</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±0%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±0 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ %1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1 pp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Collector port in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse could not start its collector on 127.0.0.1:%1 (%2).

Use another free port? Tracker snippets must then use the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting events at http://127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector port (default 8420).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo site if it is not there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse desktop workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::CsvReader</name>
    <message>
        <source>A field is longer than %1 bytes, the limit; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is longer than %1 bytes, the limit; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is not valid UTF-8; save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields, the first row has %2 (delimiter %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed: the file ends inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 has text after its closing quote; double quotes inside a quoted field (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::EventImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each event must be a JSON object like {&quot;name&quot;: &quot;pageview&quot;, &quot;timestamp&quot;: &quot;2024-05-01T12:30:00Z&quot;, &quot;user_id&quot;: &quot;u-1&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ImportInput</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip decompressor could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip data ends early: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ImportMapping</name>
    <message>
        <source>&quot;header&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;delimiter&quot; must be &quot;,&quot;, &quot;;&quot;, a tab or &quot;auto&quot;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns.%1 must be a header name or a 0-based column number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timestamp_format&quot; must be auto, epoch_seconds, epoch_millis or iso8601, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of &quot;props&quot; needs a &quot;name&quot; and a &quot;column&quot; (header name or 0-based number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping uses column %1, but the file has only %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names column &apos;%1&apos;, but the file has no header: map columns by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;; its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the time: map one (for example a header named &apos;timestamp&apos; or &apos;ts&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the event name: map one (for example a header named &apos;event&apos; or &apos;name&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the user id: map one (for example a header named &apos;user_id&apos;); imported visitors are told apart by it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ImportReport</name>
    <message>
        <source>%1 rows read: %2 imported, %3 already stored, %4 rejected, in %5 s (%6 rows/s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ImportRowBuilder</name>
    <message>
        <source>seconds since 1970 (like 1704067200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds since 1970 (like 1704067200000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 time (like 2024-01-01T12:30:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds or milliseconds since 1970, or an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no time; every imported event needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no user id; imported events need one to tell visitors apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no &quot;timestamp&quot;; every imported event needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no &quot;user_id&quot;; imported events need one to tell visitors apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::JsonItemReader</name>
    <message>
        <source>The item is longer than %1 bytes, the limit for one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON array is not closed: the file ends inside it (is it truncated?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a JSON array of events: it starts with &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data after the JSON array at byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::BreakdownModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to filter by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortConditionRow</name>
    <message>
        <source>event name, e.g. purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Property filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not perform event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only events whose property matches, e.g. prop.plan is pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the start of this day in the site&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor property such as browser or country, or prop.KEY for a custom property; the value on the user&apos;s most recent event counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the event (for page visits: pageview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property filter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“at least 0 times” is true of every user: enter 1 or more, or choose “Did not perform event” for users who never did %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count must be from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a property, such as browser or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a visitor property; choose one from the list, or prop.KEY for a custom property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a value for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortDefinitionEditor</name>
    <message>
        <source>A cohort takes at most %1 conditions; this one has %2. Remove %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortDynamicDialog</name>
    <message>
        <source>Save and compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dynamic cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cohort “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Power users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: who these users are and what the cohort is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often Pulse recomputes the members; 0 recomputes only when you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see how many users match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the users who match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ 1 user matches now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 users match now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the users yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortGroupEditor</name>
    <message>
        <source>+ Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users matching all of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users matching any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine the conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All: every condition must hold (AND). Any: one is enough (OR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nested group combines its own conditions with All or Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: add a condition to it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, condition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortListModel</name>
    <message>
        <source>Users who %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who match conditions, recomputed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed list of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortMembersModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous visitor, known only by Pulse&apos;s visitor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is known by the site&apos;s user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortMembersPanel</name>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search user or visitor ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every member of this cohort, not only this page, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected users out of this static cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cohort above to see its members and how its size changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic cohort, recomputed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last computed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members last changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each computation adds a point; the line grows as the cohort is recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 computations since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member id contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cohort first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortSizeChart</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort size over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortStaticDialog</name>
    <message>
        <source>Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New static cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cohort “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Beta testers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: who these users are and where the list came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste user ids, one per line, or import a CSV file with a user_id or visitor_id column (or one user id per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Members already in the cohort are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-1
user-2
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ids to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import user ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of users (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no user ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, added when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is saved, but its members were not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::CohortsPage</name>
    <message>
        <source>New static cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dynamic cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed list of users: import a CSV file or paste user ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who matches conditions on what they did and who they are, kept up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected cohort&apos;s name, description, conditions or members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the selected dynamic cohort&apos;s members from the events now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site on the Overview page, then group its users into cohorts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the cohorts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohorts yet. A static cohort is a list of users you import or paste; a dynamic cohort is everyone who matches conditions, such as “did purchase at least twice in the last 30 days”, and is kept up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its list of %2? Reports filtered by this cohort will no longer find it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the cohort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not recompute the cohort: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::ConversionTimeChart</name>
    <message>
        <source>Time to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::DateRangePicker</name>
    <message>
        <source>Compare with previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range (Alt+1 … Alt+6, Alt+0 for a custom range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same number of days, ending the day before the range starts (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::EventFilterEditor</name>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored field such as path or browser, or prop.KEY for a custom property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick a property to filter on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a property; use one from the list or prop.KEY for a custom property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter one or more values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a value for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::EventsPerMinuteChart</name>
    <message>
        <source>Events per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FileExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FilterByCohortCombo</name>
    <message>
        <source>Count only the users of a saved cohort (create cohorts on the Cohorts page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FilterChips</name>
    <message>
        <source>Filtered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelBuilder</name>
    <message>
        <source>+ Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step at the end (up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps happen in this order; other events may come in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps happen in this order with no other event in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps happen within the window, in any order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long users have from the first step to the last (1 minute to 365 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split every step by the value the property had at the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop users who do an event between two steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funnel needs at least %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least %1 steps: a funnel shows how many users go on from one step to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelChart</name>
    <message>
        <source>Funnel chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@value%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of step %2, %3 dropped off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list these users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelExclusionEditor</name>
    <message>
        <source>event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who do this event after reaching the first step and before the second drop out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the event that makes users drop out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first step (%1) must come before the second (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelStepEditor</name>
    <message>
        <source>event name, e.g. pageview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern: * matches any run of characters, ? one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only events whose property matches, e.g. prop.plan is pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the event this step counts (for page visits: pageview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>List the %n user(s) who reached this step</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List the %n user(s) who reached the step before but not this one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Half of the users took less than this from step %1; a quarter took less than %2, three quarters less than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users at this step as a share of the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users at this step as a share of the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who reached the step before but not this one within the conversion window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time from the step before to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelUsersDialog</name>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every user of this list, not only this page, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every user of this list as a static cohort, to filter or compare reports by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnel-users.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new static cohort (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cohort a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the cohort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the cohort “%1” with %2. Find it on the Cohorts page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelUsersModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visitor sent no user id; Pulse knows them by their visitor id only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::FunnelsPage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved funnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved funnel of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this definition as a new funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the funnel over the selected dates (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a number of users or a drop-off to list those users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the step table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step for the time to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site on the Overview page, then build funnels from its events here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two steps, then press Run to see how many users go on from each step to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site on the Overview page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This funnel cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one did the first step (%1) between %2. Try a longer date range, or another first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no events yet. Once the tracker sends pageviews or custom events, they can be funnel steps here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 users who did %2 completed all %3 steps within %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the %2 users who did %3 completed all %4 steps within %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one reached step %1 from step %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %1 · the middle half of %2 took between %3 and %4 · mean %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no events yet. Once the tracker sends pageviews or custom events, they can be funnel steps here. You can define a funnel now and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the saved funnels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New funnel (none saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the funnel before saving it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the funnel “%1”? Its events stay; only the saved definition goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who reached step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who reached step %1 but not step %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the funnel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnel.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::GetStartedPanel</name>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the site demo.pulse.local with weeks of realistic traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or explore Pulse with generated data first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the website you want to measure. Pulse then gives you a one-line script to paste into its pages; the events stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events for %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector is not running, so this site cannot receive events now. Restart Pulse on a free port to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this script into the &lt;head&gt; of every page of %1. Pageviews appear on the Live page within seconds, and here once they fall into the selected range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo traffic…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::LiveFeedModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::LivePage</name>
    <message>
        <source>Visitors, last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events, last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per minute, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top pages now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top sources now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site on the Overview page to see its visitors here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector is not running: no live events can arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live on %1 · events arrive at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::LocalWorkspaceClient</name>
    <message>
        <source>The cohort no longer exists; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This funnel no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::MainWindow</name>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnels (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::OverviewPage</name>
    <message>
        <source>Top pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionControls</name>
    <message>
        <source>Include bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event that puts a user in a cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event that counts as coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user once: in the period they first did the start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user joins a cohort in every period they did the start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar periods in the site&apos;s time zone; weeks start on Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many periods after the cohort&apos;s own to follow (columns of the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the cohorts by the value the property had on the start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count events from crawlers and other automated clients too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start event, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return event, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breakdown needs first-time cohorts: with recurring cohorts one user is in many cohorts, with different values. Choose “First time”, or no breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved cohorts, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One grid per saved cohort of this site (the first 10 by name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionCurveChart</name>
    <message>
        <source>Retention curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the cohort&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months after the cohort&apos;s month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks after the cohort&apos;s week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3 of %4 users (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionEventEditor</name>
    <message>
        <source>+ Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only events whose property matches, e.g. prop.plan is pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event first to filter it by its properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionGridModel</name>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who started on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who started in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who started in the week beginning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one started in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort in this range has reached %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not observed yet: %1 of this cohort starts after the end of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted average over every cohort that reached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still in progress: this figure can still grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cohort of the range, weighted by its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period in which the users started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users in the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who came back in their own period, at or after the start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who came back the day after the one they started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who came back %1 days after the one they started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who came back the month after the one they started in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who came back %1 months after the one they started in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who came back the week after the one they started in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who came back %1 weeks after the one they started in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::RetentionPage</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site on the Overview page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the users who did the start event in a period, how many came back with the return event in each period after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series shown in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which users the grid shows: all of them, or one value of the breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the grids as CSV: users and percentage per cohort and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a cell for its users. Italic cells are periods still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no events yet. Once the tracker sends pageviews or custom events, their retention shows here. To try the page first, load the demo site from the Overview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one did %1 between %2. Widen the date range in the toolbar, or choose another start event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events between %1. Widen the date range in the toolbar (or the Range menu), or load the demo site from the Overview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows all users and the %1 largest values; the grid has all %2 (choose them above it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cohort members between %2 (a user counts once per period they started in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; started between %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort has reached its next day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort has reached its next month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort has reached its next week yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average &lt;b&gt;%1&lt;/b&gt; came back the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average &lt;b&gt;%1&lt;/b&gt; came back the next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average &lt;b&gt;%1&lt;/b&gt; came back the next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no retention grid to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::SiteSelector</name>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::TimeSeriesChart</name>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 visitors · %3 pageviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Previous (%1): %2 visitors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulse::ui::TrackerSnippet</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
