<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <source>Move %Ln posts</source>
        <translation>
            <numerusform>Move post</numerusform>
            <numerusform>Move %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln posts to ideas</source>
        <translation>
            <numerusform>Move post to ideas</numerusform>
            <numerusform>Move %Ln posts to ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %Ln posts</source>
        <translation>
            <numerusform>Copy post</numerusform>
            <numerusform>Copy %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln posts</source>
        <translation>
            <numerusform>Duplicate post</numerusform>
            <numerusform>Duplicate %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln posts</source>
        <translation>
            <numerusform>Delete post</numerusform>
            <numerusform>Delete %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln posts</source>
        <translation>
            <numerusform>Import post</numerusform>
            <numerusform>Import %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the type of %Ln posts</source>
        <translation>
            <numerusform>Change the type of 1 post</numerusform>
            <numerusform>Change the type of %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the channel of %Ln posts</source>
        <translation>
            <numerusform>Change the channel of 1 post</numerusform>
            <numerusform>Change the channel of %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln posts</source>
        <translation>
            <numerusform>Change the status of 1 post</numerusform>
            <numerusform>Change the status of %Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate a week (%Ln posts)</source>
        <translation>
            <numerusform>Duplicate a week (1 post)</numerusform>
            <numerusform>Duplicate a week (%Ln posts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln dates</source>
        <translation>
            <numerusform>Remove date</numerusform>
            <numerusform>Remove %Ln dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln posts for review</source>
        <translation>
            <numerusform>Send post for review</numerusform>
            <numerusform>Send %Ln posts for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln client answers</source>
        <translation>
            <numerusform>Read client&apos;s answer</numerusform>
            <numerusform>Read %Ln client answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln posts published</source>
        <translation>
            <numerusform>Mark post published</numerusform>
            <numerusform>Mark %Ln posts published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln posts</source>
        <translation>
            <numerusform>Paste post</numerusform>
            <numerusform>Paste %Ln posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message numerus="yes">
        <source>%n new answers</source>
        <translation>
            <numerusform>%n new answer</numerusform>
            <numerusform>%n new answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changes requested</source>
        <translation>
            <numerusform>%n with changes requested</numerusform>
            <numerusform>%n with changes requested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the client&apos;s own wording</source>
        <translation>
            <numerusform>%n with the client&apos;s own wording</numerusform>
            <numerusform>%n with the client&apos;s own wording</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Concepts</name>
    <message numerus="yes">
        <source>Client review: %n of {total} approved</source>
        <translation>
            <numerusform>Client review: %n of {total} approved</numerusform>
            <numerusform>Client review: %n of {total} approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting</source>
        <translation>
            <numerusform>%n awaiting</numerusform>
            <numerusform>%n awaiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changes requested</source>
        <translation>
            <numerusform>%n with changes requested</numerusform>
            <numerusform>%n with changes requested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} posts this week are promotional ({share}); your limit is {limit} ({rule}).</source>
        <translation>
            <numerusform>%n of {total} posts this week is promotional ({share}); your limit is {limit} ({rule}).</numerusform>
            <numerusform>%n of {total} posts this week are promotional ({share}); your limit is {limit} ({rule}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{channel}: %n promotional posts in a row ({when}); put a value or conversation post between them.</source>
        <translation>
            <numerusform>{channel}: %n promotional post in a row ({when}); put a value or conversation post between them.</numerusform>
            <numerusform>{channel}: %n promotional posts in a row ({when}); put a value or conversation post between them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of this week&apos;s %n posts invites a reply; plan a question, a poll or a behind-the-scenes post.</source>
        <translation>
            <numerusform>This week&apos;s only post does not invite a reply; plan a question, a poll or a behind-the-scenes post.</numerusform>
            <numerusform>None of this week&apos;s %n posts invites a reply; plan a question, a poll or a behind-the-scenes post.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups overdue: published posts whose replies were not done within a day.</source>
        <translation>
            <numerusform>%n follow-up overdue: a published post whose replies were not done within a day.</numerusform>
            <numerusform>%n follow-ups overdue: published posts whose replies were not done within a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{channel}: {count} of %n posts this week, below your target.</source>
        <translation>
            <numerusform>{channel}: {count} of %n post this week, below your target.</numerusform>
            <numerusform>{channel}: {count} of %n posts this week, below your target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln posts to {name}.</source>
        <translation>
            <numerusform>Exported %Ln post to {name}.</numerusform>
            <numerusform>Exported %Ln posts to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln events to {name}.</source>
        <translation>
            <numerusform>Exported %Ln event to {name}.</numerusform>
            <numerusform>Exported %Ln events to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln pages to {name}.</source>
        <translation>
            <numerusform>Exported %Ln page to {name}.</numerusform>
            <numerusform>Exported %Ln pages to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported a picture of %Ln posts to {name}.</source>
        <translation>
            <numerusform>Exported a picture of 1 post to {name}.</numerusform>
            <numerusform>Exported a picture of %Ln posts to {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateWeekDialog</name>
    <message numerus="yes">
        <source>Copy the %n posts of {week} as drafts, on the same days and times, to the week of:</source>
        <translation>
            <numerusform>Copy the one post of {week} as a draft, on the same day and time, to the week of:</numerusform>
            <numerusform>Copy the %n posts of {week} as drafts, on the same days and times, to the week of:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>… and %n more, read the same way</source>
        <translation>
            <numerusform>… and %n more, read the same way</numerusform>
            <numerusform>… and %n more, read the same way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts: {new} new, {updated} updated, {same} unchanged.</source>
        <translation>
            <numerusform>%Ln post: {new} new, {updated} updated, {same} unchanged.</numerusform>
            <numerusform>%Ln posts: {new} new, {updated} updated, {same} unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message numerus="yes">
        <source>%Ln posts</source>
        <translation>
            <numerusform>1 post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts and more, counting…</source>
        <translation>
            <numerusform>%Ln post and more, counting…</numerusform>
            <numerusform>%Ln posts and more, counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>1 selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln posts this week</source>
        <translation>
            <numerusform>%Ln post this week</numerusform>
            <numerusform>%Ln posts this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts in week {number}</source>
        <translation>
            <numerusform>%Ln post in week {number}</numerusform>
            <numerusform>%Ln posts in week {number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+1 more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week {number}: %n posts</source>
        <translation>
            <numerusform>Week {number}: 1 post</numerusform>
            <numerusform>Week {number}: %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} / %Ln characters</source>
        <translation>
            <numerusform>{count} / %Ln character</numerusform>
            <numerusform>{count} / %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostFlows</name>
    <message numerus="yes">
        <source>Copied %Ln posts: choose a day and paste.</source>
        <translation>
            <numerusform>Copied %Ln post: choose a day and paste.</numerusform>
            <numerusform>Copied %Ln posts: choose a day and paste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message numerus="yes">
        <source>Every %n weeks on {day}</source>
        <translation>
            <numerusform>Every week on {day}</numerusform>
            <numerusform>Every %n weeks on {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n times</source>
        <translation>
            <numerusform>, once</numerusform>
            <numerusform>, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> posts</source>
        <translation>
            <numerusform> post</numerusform>
            <numerusform> posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>{when} — %Ln posts</source>
        <translation>
            <numerusform>{when} — %Ln post</numerusform>
            <numerusform>{when} — %Ln posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <source>You published %Ln posts: {promo} promotional, {value} value, {conversation} conversation.</source>
        <translation>
            <numerusform>You published %Ln post: {promo} promotional, {value} value, {conversation} conversation.</numerusform>
            <numerusform>You published %Ln posts: {promo} promotional, {value} value, {conversation} conversation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replies: {done} of %n follow-ups done, {overdue} overdue.</source>
        <translation>
            <numerusform>Replies: {done} of %n follow-up done, {overdue} overdue.</numerusform>
            <numerusform>Replies: {done} of %n follow-ups done, {overdue} overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replies: {done} of %n follow-ups done, {pending} still open.</source>
        <translation>
            <numerusform>Replies: {done} of %n follow-up done, {pending} still open.</numerusform>
            <numerusform>Replies: {done} of %n follow-ups done, {pending} still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not marked published, though their time has passed: %Ln posts.</source>
        <translation>
            <numerusform>Not marked published, though its time has passed: %Ln post.</numerusform>
            <numerusform>Not marked published, though their time has passed: %Ln posts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFlows</name>
    <message numerus="yes">
        <source>Saved {name} for the client: %n posts now await the answer.</source>
        <translation>
            <numerusform>Saved {name} for the client: %n post now awaits the answer.</numerusform>
            <numerusform>Saved {name} for the client: %n posts now await the answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the client&apos;s answers on %n posts.</source>
        <translation>
            <numerusform>Read the client&apos;s answer on %n post.</numerusform>
            <numerusform>Read the client&apos;s answers on %n posts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Delete {name} and its %Ln posts? You can bring them back with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Delete {name} and its post? You can bring both back with Edit ▸ Undo.</numerusform>
            <numerusform>Delete {name} and its %Ln posts? You can bring them back with Edit ▸ Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPrinter</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{channel}: {count} of %n posts</source>
        <translation>
            <numerusform>{channel}: {count} of %n post</numerusform>
            <numerusform>{channel}: {count} of %n posts</numerusform>
        </translation>
    </message>
</context>
</TS>
