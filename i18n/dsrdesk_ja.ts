<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>A4Sheet</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>「%1」に書き込めません。</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The login must be 2–32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>ログインIDは2～32文字の英小文字、数字、「.」「_」「-」で入力し、先頭は英小文字か数字にしてください。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>The name may have at most 60 characters.</source>
        <translation>氏名は60文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>アカウントに役割を1つ以上割り当ててください。</translation>
    </message>
    <message>
        <source>DSR Desk is already set up; log in instead.</source>
        <translation>DSR Desk は既にセットアップされています。ログインしてください。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>このアカウントは無効化されています。システム管理者に連絡してください。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords until %1. Try again then, or ask an administrator to unlock it.</source>
        <translation>パスワードの誤りが続いたため、このアカウントは %1 までロックされています。その時刻以降にもう一度お試しいただくか、システム管理者にロックの解除を依頼してください。</translation>
    </message>
    <message>
        <source>Wrong password. The account is now locked for %1 minutes.</source>
        <translation>パスワードが違います。アカウントを%1分間ロックしました。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>このアカウントは既に存在しません。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが違います。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新しいパスワードには現在のパスワードと異なるものを指定してください。</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>ログインID %1 は既に使用されています。</translation>
    </message>
    <message>
        <source>There is no user with the login %1.</source>
        <translation>ログインID %1 のユーザーは存在しません。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation>%1 は最後の有効なシステム管理者です。先に他のユーザーをシステム管理者にしてください。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>自分のアカウントは無効化できません。</translation>
    </message>
    <message>
        <source>Wrong login or password, or the account is locked or disabled. After %1 wrong passwords an account is locked for %2 minutes; an administrator can unlock it sooner.</source>
        <translation>ログインIDまたはパスワードが違うか、アカウントがロックまたは無効化されています。パスワードを%1回誤るとアカウントは%2分間ロックされます。システム管理者はそれより早くロックを解除できます。</translation>
    </message>
    <message>
        <source>Nobody changes their own roles; ask another administrator.</source>
        <translation>自分の役割は変更できません。他のシステム管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Change your own password with your current one (Change password), not by a reset.</source>
        <translation>自分のパスワードは、リセットではなく現在のパスワードを使って変更してください（「パスワードの変更」）。</translation>
    </message>
</context>
<context>
    <name>ApplicationRoles</name>
    <message>
        <source>Cannot read the recorded roles</source>
        <translation>記録されたロールを読み込めません</translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <source>This approval step is for the %1.</source>
        <translation>この決裁段階は%1が行います。</translation>
    </message>
    <message>
        <source>You drafted this; someone else must approve it.</source>
        <translation>自分で作成した案は承認できません。他の人の承認が必要です。</translation>
    </message>
    <message>
        <source>You submitted this for approval; someone else must approve it.</source>
        <translation>自分で決裁に回付した案は承認できません。他の人の承認が必要です。</translation>
    </message>
    <message>
        <source>You approved an earlier step of this approval; one person approves one step only, so someone else must approve this one.</source>
        <translation>この決裁の前の段階を既に承認しています。1人が承認できるのは1つの段階のみのため、この段階は他の人の承認が必要です。</translation>
    </message>
    <message>
        <source>A route has one to six steps.</source>
        <translation>決裁ルートの段階数は1～6にしてください。</translation>
    </message>
    <message>
        <source>Only clerks, chiefs, managers and privacy officers approve.</source>
        <translation>決裁を行えるのは担当者、係長、課長、個人情報保護管理者のみです。</translation>
    </message>
    <message>
        <source>Step %1 of the approval is for the %2; it comes before any later step.</source>
        <translation>決裁の第%1段階は%2が行います。後の段階より先に処理する必要があります。</translation>
    </message>
</context>
<context>
    <name>ApprovalRouteDialog</name>
    <message>
        <source>Approval route</source>
        <translation>決裁ルート</translation>
    </message>
    <message>
        <source>Request &amp;type:</source>
        <translation>請求種別(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>決定(&amp;D):</translation>
    </message>
    <message>
        <source>Approval &amp;steps, in order:</source>
        <translation>決裁の段階（上から順に）(&amp;S):</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>段階の追加(&amp;A)</translation>
    </message>
    <message>
        <source>The change applies to drafts submitted for approval afterwards; requests already in approval keep their steps.</source>
        <translation>変更は、この後に決裁に回付される決定案から適用されます。既に決裁中の請求はそれまでの段階のままです。</translation>
    </message>
</context>
<context>
    <name>ApprovalRoutesTab</name>
    <message>
        <source>A drafted decision goes through these approval steps, in order, before it is made. A request takes the route for its type and decision; where there is none, the route for any type or any decision applies.</source>
        <translation>決定案は、決定となる前にこれらの決裁の段階を順に経ます。請求には、その請求種別と決定に対応する決裁ルートが適用され、該当するルートがない場合は、すべての種別またはすべての決定を対象とするルートが適用されます。</translation>
    </message>
    <message>
        <source>&amp;Edit steps…</source>
        <translation>段階の編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New route…</source>
        <translation>決裁ルートの追加(&amp;N)…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>A change applies to drafts submitted for approval afterwards; requests already in approval keep the steps they started with.</source>
        <translation>変更は、この後に決裁に回付される決定案から適用されます。既に決裁中の請求は、決裁を開始した時点の段階のままです。</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointFile</name>
    <message>
        <source>it is not a DSR Desk audit checkpoint</source>
        <translation>DSR Desk の監査チェックポイントではありません</translation>
    </message>
    <message>
        <source>its sequence number, hash or database id is missing or malformed</source>
        <translation>連番、ハッシュ値またはデータベースIDがないか、形式が正しくありません</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint file %1: %2</source>
        <translation>チェックポイントファイル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be used: %2.</source>
        <translation>チェックポイントファイル %1 は使用できません：%2。</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください（指定された値：「%2」）。</translation>
    </message>
    <message>
        <source>--since is after --until; no entry could match.</source>
        <translation>--since が --until より後の日付のため、該当する記録はありません。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not “%1”.</source>
        <translation>--limit には1以上の整数を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is broken at entry %1: %2. %n entries before it are intact.</source>
        <translation>
            <numerusform>監査証跡は記録 %1 で破損しています：%2。それより前の %n 件は正常です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>監査証跡は正常です（%n 件を検証しました）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>該当する監査記録はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1.</source>
        <translation>
            <numerusform>監査記録 %n 件を %1 に出力しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: entry %1, hash %2</source>
        <translation>最新の記録：記録 %1、ハッシュ値 %2</translation>
    </message>
    <message>
        <source>It matches the checkpoint of %1 at entry %2.</source>
        <translation>%1 に取得したチェックポイント（記録 %2）と一致しています。</translation>
    </message>
    <message>
        <source>Checkpoint written to %1: entry %2, hash %3</source>
        <translation>チェックポイントを %1 に書き出しました：記録 %2、ハッシュ値 %3</translation>
    </message>
</context>
<context>
    <name>AuditKeyFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private to its owner.</source>
        <translation>フォルダー %1 のアクセス権を所有者のみに設定できません。</translation>
    </message>
    <message>
        <source>Cannot make a random audit key: the system&apos;s random source failed.</source>
        <translation>監査鍵を生成できません。システムの乱数生成に失敗しました。</translation>
    </message>
    <message>
        <source>Restore it from the backup of the audit key (see “Audit trail” in the administration guide); without it no change can be recorded.</source>
        <translation>監査鍵のバックアップから復元してください（管理者ガイドの「Audit trail」を参照）。監査鍵がないと、変更を一切記録できません。</translation>
    </message>
    <message>
        <source>The audit key file %1 of this database is missing. %2</source>
        <translation>このデータベースの監査鍵ファイル %1 がありません。%2</translation>
    </message>
    <message>
        <source>Cannot read the audit key file %1: %2. %3</source>
        <translation>監査鍵ファイル %1 を読み込めません：%2。%3</translation>
    </message>
    <message>
        <source>The audit key file %1 is damaged or not an audit key. %2</source>
        <translation>監査鍵ファイル %1 は破損しているか、監査鍵ではありません。%2</translation>
    </message>
    <message>
        <source>The audit key file %1 belongs to another database (%2), not to this one (%3). %4</source>
        <translation>監査鍵ファイル %1 は別のデータベース（%2）のもので、このデータベース（%3）のものではありません。%4</translation>
    </message>
    <message>
        <source>The audit key file %1 already exists; an audit key is never replaced.</source>
        <translation>監査鍵ファイル %1 は既に存在します。監査鍵が置き換えられることはありません。</translation>
    </message>
    <message>
        <source>Cannot write the audit key file %1: %2</source>
        <translation>監査鍵ファイル %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit key file %1.</source>
        <translation>監査鍵ファイル %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot create the audit key file %1 (does it exist already?).</source>
        <translation>監査鍵ファイル %1 を作成できません（既に存在している可能性があります）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit key file %1</source>
        <translation>監査鍵ファイル %1 に書き込めません</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>login, exactly</source>
        <translation>ログインID（完全一致）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>beginning, e.g. auth.</source>
        <translation>前方一致（例：auth.）</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>type, e.g. user</source>
        <translation>種類（例：user）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>条件をクリア</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>チェーンの検証</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 出力…</translation>
    </message>
    <message>
        <source>Record the head of the audit trail and save it as a one-page PDF to print and file with the approval papers.</source>
        <translation>監査証跡の最新の記録をチェックポイントとして記録し、印刷して決裁文書とともに保管するための1ページの PDF に保存します</translation>
    </message>
    <message>
        <source>Print checkpoint…</source>
        <translation>チェックポイントの印刷…</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>監査証跡を読み込めません</translation>
    </message>
    <message>
        <source>Cannot write the audit trail</source>
        <translation>監査証跡に書き込めません</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>監査証跡を読み込めません：%1</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s identity</source>
        <translation>データベースの識別情報を読み込めません</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation>出力ファイルを書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>The checkpoint belongs to another database (%1), not to this one (%2).</source>
        <translation>このチェックポイントは別のデータベース（%1）のもので、このデータベース（%2）のものではありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no entry is keyed although the audit key %1 exists for this database: the keyed entries after entry %2 were removed, or rewritten without the key</source>
        <translation>記録 %2 より後の監査鍵で保護された記録が削除されたか、監査鍵なしで書き換えられています（このデータベースの監査鍵 %1 が存在するのに、監査鍵で保護された記録がありません）</translation>
    </message>
    <message>
        <source>The checkpoint was recorded as entry %1, but %2 could not be written: %3</source>
        <translation>チェックポイントを記録 %1 として記録しましたが、%2 に書き込めませんでした：%3</translation>
    </message>
    <message>
        <source>The checkpoint was recorded as entry %1, but the sheet could not be written: %2</source>
        <translation>チェックポイントを記録 %1 として記録しましたが、記録票を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>The audit trail of this database has no keyed entries, but its audit key %1 exists: the keyed entries were removed or rewritten. Nothing was changed. Ask the privacy officer to compare the trail with the last checkpoint (“dsrctl audit verify --checkpoint”).</source>
        <translation>このデータベースの監査鍵 %1 が存在するのに、監査証跡に監査鍵で保護された記録がありません。保護された記録が削除されたか、書き換えられています。何も変更していません。個人情報保護管理者に、監査証跡を直近のチェックポイントと照合するよう依頼してください（「dsrctl audit verify --checkpoint」）。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>entry %1 was removed (the next entry found is %2)</source>
        <translation>記録 %1 が削除されています（次に見つかった記録は %2）</translation>
    </message>
    <message>
        <source>entry %1 appears out of order</source>
        <translation>記録 %1 の順序が不正です</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2 (an entry was inserted, removed or reordered)</source>
        <translation>記録 %1 が記録 %2 に続いていません（記録が挿入、削除または並べ替えられています）</translation>
    </message>
    <message>
        <source>entry %1 was altered (its content does not match its hash)</source>
        <translation>記録 %1 が改ざんされています（内容がハッシュ値と一致しません）</translation>
    </message>
    <message>
        <source>the trail ends at entry %1, but the checkpoint records entry %2: entries %3 to %2 were cut off</source>
        <translation>記録 %3～%2 が削除されています（監査証跡は記録 %1 で終わっていますが、チェックポイントには記録 %2 が記録されています）</translation>
    </message>
    <message>
        <source>entry %1 and the later entries are keyed and cannot be checked without the audit key</source>
        <translation>記録 %1 以降は監査鍵で保護されているため、監査鍵なしでは検証できません</translation>
    </message>
    <message>
        <source>entry %1 is not keyed although the trail is keyed since entry %2: it was rewritten without the audit key</source>
        <translation>記録 %1 が監査鍵なしで書き換えられています（監査証跡は記録 %2 以降監査鍵で保護されていますが、記録 %1 は保護されていません）</translation>
    </message>
    <message>
        <source>entry %1 names an unknown hash scheme</source>
        <translation>記録 %1 に不明なハッシュ方式が指定されています</translation>
    </message>
    <message>
        <source>entry %1 differs from the checkpoint: an entry up to %1 was changed, removed or reordered and the chain recomputed</source>
        <translation>記録 %1 以前のいずれかの記録が変更、削除または並べ替えられ、チェーンが再計算されています（記録 %1 がチェックポイントと一致しません）</translation>
    </message>
</context>
<context>
    <name>BackupArchiveReader</name>
    <message>
        <source>The backup file has bytes after its end: it was altered or is no backup of this program. Nothing was restored.</source>
        <translation>バックアップファイルの終わりの後にデータがあります。改変されたか、このプログラムのバックアップではありません。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup file is truncated: it ends before its last part. Nothing was restored.</source>
        <translation>バックアップファイルが途中で切れています（最後の部分の前で終わっています）。何も復元していません。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup file was altered: it cannot be decrypted. Nothing was restored.</source>
        <translation>パスフレーズが違うか、バックアップファイルが改変されているため、復号できません。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup file was altered or damaged (part %1 does not authenticate). Nothing was restored.</source>
        <translation>バックアップファイルが改変または破損しています（第%1部分の認証に失敗）。何も復元していません。</translation>
    </message>
    <message>
        <source>This file is no backup made by DSR Desk. Nothing was restored.</source>
        <translation>このファイルは DSR Desk のバックアップではありません。何も復元していません。</translation>
    </message>
    <message>
        <source>This backup has format version %1; this program reads version %2. Restore it with the program that made it. Nothing was restored.</source>
        <translation>このバックアップの形式は版 %1 ですが、このプログラムが読めるのは版 %2 です。作成したプログラムで復元してください。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup file&apos;s header was altered. Nothing was restored.</source>
        <translation>バックアップファイルのヘッダーが改変されています。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup file is truncated: its header is incomplete. Nothing was restored.</source>
        <translation>バックアップファイルが途中で切れています（ヘッダーが不完全です）。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup file&apos;s header was altered (its key cost is out of range). Nothing was restored.</source>
        <translation>バックアップファイルのヘッダーが改変されています（鍵導出の負荷設定が範囲外です）。何も復元していません。</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <source>This backup is encrypted: give its passphrase. Nothing was restored.</source>
        <translation>このバックアップは暗号化されています。パスフレーズを指定してください。何も復元していません。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup&apos;s key.</source>
        <translation>バックアップの鍵を導出するためのメモリが足りません。</translation>
    </message>
    <message>
        <source>The backup file is damaged: its contents cannot be read. Nothing was restored.</source>
        <translation>バックアップファイルが破損していて内容を読み取れません。何も復元していません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>The backup file was altered or damaged: its checksum does not match. Nothing was restored.</source>
        <translation>バックアップファイルが改変または破損しています（チェックサムが一致しません）。何も復元していません。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>BackupArchiveWriter</name>
    <message>
        <source>Cannot write the backup file: %1</source>
        <translation>バックアップファイルに書き込めません：%1</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup&apos;s key.</source>
        <translation>バックアップの鍵を導出するためのメモリが足りません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>Cannot write the backup file</source>
        <translation>バックアップファイルに書き込めません</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>バックアップのパスフレーズ：</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>もう一度入力してください：</translation>
    </message>
    <message>
        <source>The two passphrases differ; no backup was made.</source>
        <translation>2回入力したパスフレーズが一致しません。バックアップは作成していません。</translation>
    </message>
    <message>
        <source>--no-encrypt and --passphrase-stdin exclude each other.</source>
        <translation>--no-encrypt と --passphrase-stdin は同時に指定できません。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2): %3 requests, %4 members, %5 letters, audit entry %6.</source>
        <translation>%1 にバックアップしました（%2）：請求 %3 件、組合員 %4 人、文書 %5 件、監査記録 %6 番まで。</translation>
    </message>
    <message>
        <source>It is encrypted with the passphrase; without it the backup cannot be restored.</source>
        <translation>パスフレーズで暗号化されています。パスフレーズがなければ復元できません。</translation>
    </message>
    <message>
        <source>The backup is NOT encrypted: whoever gets the file can read every member&apos;s and request&apos;s data in it. Keep it only on a disk that is itself encrypted and locked away.</source>
        <translation>このバックアップは暗号化されていません。ファイルを入手した人は誰でも、組合員と請求のすべてのデータを読めます。暗号化され施錠保管されたディスクにのみ保存してください。</translation>
    </message>
    <message>
        <source>restore needs --db NEW: the path of the new database file to restore into.</source>
        <translation>restore には --db NEW（復元先となる新しいデータベースファイルのパス）が必要です。</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>バックアップのパスフレーズ：</translation>
    </message>
    <message>
        <source>Restored into %1 (backup of %2, program %3, database version %4, %5).</source>
        <translation>%1 に復元しました（%2 のバックアップ、プログラム %3、データベース版 %4、%5）。</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>暗号化あり</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>Audit key written to %1.</source>
        <translation>監査鍵を %1 に書き込みました。</translation>
    </message>
    <message>
        <source>Audit key already at %1 (the same key).</source>
        <translation>監査鍵は既に %1 にあります（同じ鍵です）。</translation>
    </message>
    <message>
        <source>Members: %1, requests: %2, letters: %3, users: %4.</source>
        <translation>組合員：%1、請求：%2、文書：%3、ユーザー：%4。</translation>
    </message>
    <message>
        <source>Last audit entry: %1 at %2 (%3).</source>
        <translation>最後の監査記録：%1 番（%2、%3）。</translation>
    </message>
    <message>
        <source>Last letter: none issued.</source>
        <translation>最後の文書：発行なし。</translation>
    </message>
    <message>
        <source>Last letter: %1 (%2) of %3.</source>
        <translation>最後の文書：%1（%2、%3）。</translation>
    </message>
    <message numerus="yes">
        <source>Checks passed: integrity, foreign keys, %n audit entries, </source>
        <translation>
            <numerusform>検査に合格：整合性、外部キー、監査記録 %n 件、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored files&apos; SHA-256.</source>
        <translation>
            <numerusform>保存ファイル %n 件の SHA-256。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters; a backup on a lost disk is only as safe as its passphrase.</source>
        <translation>
            <numerusform>パスフレーズは %n 文字以上にしてください。紛失したディスク上のバックアップの安全性は、パスフレーズの強さで決まります。</numerusform>
        </translation>
    </message>
    <message>
        <source>dsrctl backup copies a database file. A server database is backed up with PostgreSQL&apos;s tools, as the schema&apos;s owner: %1 (see “Backup” in the administration guide), and the audit key file with it.</source>
        <translation>dsrctl backup はデータベースファイルを複製します。サーバーのデータベースは、スキーマの所有者として PostgreSQL のツールでバックアップし、監査鍵ファイルも一緒に保存してください：%1（管理者ガイドの「バックアップ」を参照）。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file. Choose another name.</source>
        <translation>%1 は既に存在します。バックアップで既存のファイルを置き換えることはありません。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 がありません。</translation>
    </message>
    <message>
        <source>Cannot read the audit key file %1: %2</source>
        <translation>監査鍵ファイル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder beside the database.</source>
        <translation>データベースと同じ場所に一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The database is damaged; no backup was made: %1</source>
        <translation>データベースが破損しているため、バックアップは作成していません：%1</translation>
    </message>
    <message>
        <source>Cannot read the copy of the database.</source>
        <translation>データベースの複製を読み込めません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>No backup was written: it could not be recorded in the audit trail (%1).</source>
        <translation>監査証跡に記録できなかったため、バックアップは書き込んでいません（%1）。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file.</source>
        <translation>%1 は既に存在します。バックアップで既存のファイルを置き換えることはありません。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>バックアップファイル %1 がありません。</translation>
    </message>
    <message>
        <source>Restore needs the path of a new database file.</source>
        <translation>復元には新しいデータベースファイルのパスが必要です。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is restored only into a new file, never over a database.</source>
        <translation>%1 は既に存在します。バックアップは新しいファイルにのみ復元し、既存のデータベースを上書きすることはありません。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder in %1.</source>
        <translation>%1 に一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The backup file is damaged or no backup of this program: its contents are not what a backup holds. Nothing was restored.</source>
        <translation>バックアップファイルが破損しているか、このプログラムのバックアップではありません（内容がバックアップの構成と異なります）。何も復元していません。</translation>
    </message>
    <message>
        <source>Cannot write the restored database: %1</source>
        <translation>復元したデータベースを書き込めません：%1</translation>
    </message>
    <message>
        <source>The backup&apos;s %1 does not match its SHA-256 in the manifest: the file was altered. Nothing was restored.</source>
        <translation>バックアップ内の %1 が目録の SHA-256 と一致しません。ファイルが改変されています。何も復元していません。</translation>
    </message>
    <message>
        <source>This backup was made by a newer program (database version %1; this program knows up to %2). Restore it with that version. Nothing was restored.</source>
        <translation>このバックアップは新しいプログラムで作成されています（データベース版 %1、このプログラムは版 %2 まで）。その版のプログラムで復元してください。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup&apos;s audit key does not belong to its database. Nothing was restored.</source>
        <translation>バックアップ内の監査鍵が、そのデータベースのものではありません。何も復元していません。</translation>
    </message>
    <message>
        <source>Another audit key for this database is already at %1; it is never replaced. Restore with --audit-key FILE (a new file) to put the backup&apos;s key elsewhere. Nothing was restored.</source>
        <translation>このデータベースの別の監査鍵が既に %1 にあり、置き換えることはありません。バックアップの鍵を別の場所に置くには --audit-key FILE（新しいファイル）を指定して復元してください。何も復元していません。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is restored only into a new file.</source>
        <translation>%1 は既に存在します。バックアップは新しいファイルにのみ復元します。</translation>
    </message>
    <message>
        <source>The restored database is damaged: %1</source>
        <translation>復元したデータベースが破損しています：%1</translation>
    </message>
    <message>
        <source>The restored audit trail is broken at entry %1: %2</source>
        <translation>復元した監査証跡が %1 番の記録で途切れています：%2</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 何も復元していません。</translation>
    </message>
    <message>
        <source>Choose the backup folder first (%1).</source>
        <translation>先にバックアップ先のフォルダーを選択してください（%1）。</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there (is the disk connected?).</source>
        <translation>バックアップ先のフォルダー %1 が見つかりません（ディスクは接続されていますか？）。</translation>
    </message>
    <message>
        <source>Cannot read the automatic backups&apos; passphrase file %1.</source>
        <translation>自動バックアップのパスフレーズファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>At least one backup is kept.</source>
        <translation>バックアップは少なくとも1世代保持します。</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation>古いバックアップ %1 を削除できません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>Cannot write the restored database</source>
        <translation>復元したデータベースを書き込めません</translation>
    </message>
</context>
<context>
    <name>BackupStorage</name>
    <message>
        <source>Cannot count the rows of %1</source>
        <translation>%1 の行数を数えられません</translation>
    </message>
    <message>
        <source>Only a database file can be copied this way; a server database is backed up with pg_dump.</source>
        <translation>この方法で複製できるのはデータベースファイルのみです。サーバーのデータベースは pg_dump でバックアップしてください。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 は既に存在します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot create the copy of the database</source>
        <translation>データベースの複製を作成できません</translation>
    </message>
    <message>
        <source>Cannot start copying the database</source>
        <translation>データベースの複製を開始できません</translation>
    </message>
    <message>
        <source>Cannot copy the database</source>
        <translation>データベースを複製できません</translation>
    </message>
    <message>
        <source>Cannot finish the copy of the database</source>
        <translation>データベースの複製を完了できません</translation>
    </message>
    <message>
        <source>Cannot close the copy of the database.</source>
        <translation>データベースの複製を閉じられません。</translation>
    </message>
    <message>
        <source>Cannot check the database&apos;s integrity</source>
        <translation>データベースの整合性を検査できません</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>整合性：%1</translation>
    </message>
    <message>
        <source>Cannot check the database&apos;s foreign keys</source>
        <translation>データベースの外部キーを検査できません</translation>
    </message>
    <message>
        <source>Foreign key: row %1 of %2 refers to a missing row of %3</source>
        <translation>外部キー：%2 の行 %1 が、%3 にない行を参照しています</translation>
    </message>
    <message>
        <source>Cannot read the last audit entry</source>
        <translation>最後の監査記録を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the last letter</source>
        <translation>最後の文書を読み込めません</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>A backup holds the whole database and its audit key, encrypted with a passphrase. Keep the passphrase on paper away from the backups: without it a backup cannot be restored (dsrctl restore). On the first login of a day the program backs up by itself into the folder when the last backup is older than a day and this computer&apos;s account keeps the automatic passphrase.</source>
        <translation>バックアップには、データベース全体と監査鍵がパスフレーズで暗号化されて入ります。パスフレーズは紙に書いて、バックアップとは別の場所に保管してください。パスフレーズがなければ復元（dsrctl restore）できません。その日の最初のログイン時、前回のバックアップから1日以上経っていて、このコンピューターのアカウントに自動バックアップ用のパスフレーズが保存されていれば、フォルダーへ自動でバックアップします。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>保持する世代数(&amp;B)：</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>最後のバックアップ：</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>自動バックアップ：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Passphrase for automatic backups…</source>
        <translation>自動バックアップのパスフレーズ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BusinessCalendarTab</name>
    <message>
        <source>Deadlines skip Saturdays, Sundays, national holidays, the year-end closure (29 December to 3 January) and the organisation&apos;s own closed days. Every change here recomputes the deadlines of open requests and is recorded in the audit log.</source>
        <translation>期限の計算では、土曜日、日曜日、国民の祝日、年末年始休業（12月29日～1月3日）および組織独自の休業日を業務日から除きます。ここで変更するたびに処理中の請求の期限が再計算され、変更は監査ログに記録されます。</translation>
    </message>
    <message>
        <source>National holidays</source>
        <translation>国民の祝日</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Import Cabinet Office list…</source>
        <translation>内閣府の祝日一覧の取込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Read syukujitsu.csv as published by the Cabinet Office; its years replace the computed holidays</source>
        <translation>内閣府が公表している syukujitsu.csv を読み込みます。一覧に含まれる年は、計算による祝日に代えてその一覧を使用します</translation>
    </message>
    <message>
        <source>Years covered by an imported Cabinet Office list are taken from it; other years are computed from the National Holidays Act.</source>
        <translation>取り込んだ内閣府の祝日一覧に含まれる年はその一覧を使用し、それ以外の年は国民の祝日に関する法律に基づいて計算します。</translation>
    </message>
    <message>
        <source>Organisation closed days</source>
        <translation>組織の休業日</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <source>e.g. office move</source>
        <translation>例：事務所移転</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
</context>
<context>
    <name>CabinetOfficeList</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Line %1: this is not the Cabinet Office holiday list (the header must read 国民の祝日・休日月日,国民の祝日・休日名称).</source>
        <translation>%1行目：内閣府の祝日一覧ではありません（見出し行は「国民の祝日・休日月日,国民の祝日・休日名称」である必要があります）。</translation>
    </message>
    <message>
        <source>expected a date and a name, found %1 fields</source>
        <translation>日付と名称の2項目が必要ですが、%1項目あります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2019/5/1</source>
        <translation>「%1」は 2019/5/1 のような日付ではありません</translation>
    </message>
    <message>
        <source>the holiday has no name</source>
        <translation>祝日の名称がありません</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 が重複しています</translation>
    </message>
    <message>
        <source>The list holds no holidays.</source>
        <translation>一覧に祝日が含まれていません。</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>“%1” is not a date; give it as YYYY-MM-DD.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DD 形式で指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n open request deadline(s) changed.</source>
        <translation>
            <numerusform>処理中の請求 %n 件の期限が変わりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>--year needs a year from 1948 to 2200, not “%1”.</source>
        <translation>--year には1948～2200の年を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>--paused needs two dates as FROM:TO (YYYY-MM-DD:YYYY-MM-DD), not “%1”.</source>
        <translation>--paused には FROM:TO（YYYY-MM-DD:YYYY-MM-DD）の形式で2つの日付を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Act by: %1</source>
        <translation>対応期日：%1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the list are wrong.</source>
        <translation>
            <numerusform>一覧の %n 行に誤りがあるため、何も取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n holiday(s).</source>
        <translation>
            <numerusform>祝日を %n 件取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n holiday(s) for the years %1 to %2.</source>
        <translation>
            <numerusform>%1年～%2年の祝日を %n 件取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a closed day.</source>
        <translation>%1 を休業日にしました。</translation>
    </message>
    <message>
        <source>%1 is no longer a closed day.</source>
        <translation>%1 を休業日から外しました。</translation>
    </message>
    <message>
        <source>The organisation has no closed days of its own.</source>
        <translation>組織独自の休業日はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) have a different deadline now.</source>
        <translation>
            <numerusform>処理中の請求 %n 件の期限が変わりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Cannot read the holiday list</source>
        <translation>祝日一覧を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the holiday list</source>
        <translation>祝日一覧を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the closed days</source>
        <translation>休業日を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the closed day</source>
        <translation>休業日を保存できません</translation>
    </message>
    <message>
        <source>Cannot remove the closed day</source>
        <translation>休業日を削除できません</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Give the day the request was received (YYYY-MM-DD).</source>
        <translation>請求の受付日を指定してください（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 366.</source>
        <translation>日数は1～366の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A paused range must run forwards and start after the day of receipt (FROM:TO).</source>
        <translation>停止期間は開始日、終了日の順に指定し、受付日より後に開始するようにしてください（FROM:TO）。</translation>
    </message>
    <message>
        <source>Give the closed day as YYYY-MM-DD.</source>
        <translation>休業日は YYYY-MM-DD 形式で指定してください。</translation>
    </message>
    <message>
        <source>The reason may have at most 60 characters.</source>
        <translation>理由は60文字以内で入力してください。</translation>
    </message>
    <message>
        <source>%1 is already a closed day.</source>
        <translation>%1 は既に休業日です。</translation>
    </message>
    <message>
        <source>%1 is not one of the organisation&apos;s closed days.</source>
        <translation>%1 は組織の休業日ではありません。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>新しいパスワード（確認）</translation>
    </message>
    <message>
        <source>The password needs at least 12 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>パスワードは12文字以上にしてください。短い文にすると、覚えやすく推測されにくいパスワードになります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CheckCommands</name>
    <message>
        <source>No problem found: %1</source>
        <translation>問題は見つかりませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s).</source>
        <translation>
            <numerusform>点検で %n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointSheet</name>
    <message>
        <source>Audit trail checkpoint</source>
        <translation>監査証跡チェックポイント</translation>
    </message>
    <message>
        <source>(organisation name not set)</source>
        <translation>（組織名未設定）</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1（%2 UTC）</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>連番</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>データベースID</translation>
    </message>
    <message>
        <source>Hash of this entry (hexadecimal, in groups of four):</source>
        <translation>この記録のハッシュ値（16進数、4桁区切り）：</translation>
    </message>
    <message>
        <source>This sheet records the last entry of the audit trail at the time above. Whoever checks the trail later compares this sequence number and hash with the head printed by “dsrctl audit verify”, or keeps the checkpoint file and runs “dsrctl audit verify --checkpoint FILE”: an entry up to this number that was changed, removed or reordered, or a trail that now ends before it, is then found. File this sheet with the approval (決裁) papers.</source>
        <translation>この記録票は、上記の時点における監査証跡の最後の記録を示すものです。後日、監査証跡を検証する者は、この連番とハッシュ値を「dsrctl audit verify」が表示する最新の記録と照合するか、チェックポイントファイルを保管しておき「dsrctl audit verify --checkpoint FILE」を実行します。これにより、この連番までの記録の変更、削除もしくは並べ替え、または監査証跡がこの連番より前で終わっていることが発見されます。この記録票は決裁文書とともに保管してください。</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>取得者</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>%1 Run “dsrctl --user %2 passwd” to choose a new password.</source>
        <translation>%1 「dsrctl --user %2 passwd」を実行して新しいパスワードを設定してください。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no database at %1. Check --db, or create one with “dsrctl init”.</source>
        <translation>%1 にデータベースがありません。--db を確認するか、「dsrctl init」で作成してください。</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Set it up first with “dsrctl init”.</source>
        <translation>このデータベースにはまだアカウントがありません。先に「dsrctl init」でセットアップしてください。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>もう一度入力してください: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>2つのパスワードが一致しません。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>データベース %1 を作成できません：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the folder %1.</source>
        <translation>フォルダー %1 を開けません。</translation>
    </message>
    <message>
        <source>Cannot lock the folder %1.</source>
        <translation>フォルダー %1 をロックできません。</translation>
    </message>
    <message>
        <source>Another dsrctl is setting up a database in %1; try again when it is done.</source>
        <translation>別の dsrctl が %1 でデータベースをセットアップしています。完了してからもう一度実行してください。</translation>
    </message>
    <message>
        <source>Password of %1 on the server %2: </source>
        <translation>サーバー %2 の %1 のパスワード: </translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください（指定された値：「%2」）。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from 1 to %2, not “%3”.</source>
        <translation>--%1 には1～%2の整数を指定してください（指定された値：「%3」）。</translation>
    </message>
    <message>
        <source>--%1 takes one of %2, not “%3”.</source>
        <translation>--%1 には %2 のいずれかを指定してください（指定された値：「%3」）。</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Only entries on or after this date (UTC).</source>
        <translation>この日付以降の記録のみ（UTC）。</translation>
    </message>
    <message>
        <source>Only entries on or before this date (UTC).</source>
        <translation>この日付以前の記録のみ（UTC）。</translation>
    </message>
    <message>
        <source>Only actions starting with this text, e.g. “auth.” or “permission.denied”.</source>
        <translation>この文字列で始まる操作の記録のみ（例：「auth.」「permission.denied」）。</translation>
    </message>
    <message>
        <source>Only entries about this kind of thing, e.g. “user” or “settings”.</source>
        <translation>この種類の対象に関する記録のみ（例：「user」「settings」）。</translation>
    </message>
    <message>
        <source>Only entries recorded for this login.</source>
        <translation>このログインIDで記録されたもののみ。</translation>
    </message>
    <message>
        <source>At most N entries, the newest first.</source>
        <translation>最大 N 件（新しい順）。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>A new member number (組合員番号) for this member.</source>
        <translation>この組合員の新しい組合員番号。</translation>
    </message>
    <message>
        <source>Member number (組合員番号): up to 20 letters, digits and hyphens.</source>
        <translation>組合員番号：英字、数字、ハイフンで20文字以内。</translation>
    </message>
    <message>
        <source>Name (氏名), at most 60 characters.</source>
        <translation>氏名：60文字以内。</translation>
    </message>
    <message>
        <source>Name in katakana (カナ); hiragana and half-width katakana are converted.</source>
        <translation>カナ（氏名のカタカナ表記）：ひらがなと半角カタカナは変換されます。</translation>
    </message>
    <message>
        <source>Birth date (生年月日).</source>
        <translation>生年月日。</translation>
    </message>
    <message>
        <source>Postal code (郵便番号); full-width digits and seven digits without the hyphen are accepted.</source>
        <translation>郵便番号：全角数字やハイフンなしの7桁でも入力できます。</translation>
    </message>
    <message>
        <source>Address (住所), at most 200 characters.</source>
        <translation>住所：200文字以内。</translation>
    </message>
    <message>
        <source>Telephone (電話): digits, hyphens, brackets and spaces, at most 20.</source>
        <translation>電話：数字、ハイフン、括弧、空白で20文字以内。</translation>
    </message>
    <message>
        <source>Affiliation (所属所), at most 60 characters.</source>
        <translation>所属所：60文字以内。</translation>
    </message>
    <message>
        <source>The request type id (see Request types).</source>
        <translation>請求種別のID（「請求種別」を参照）。</translation>
    </message>
    <message>
        <source>The number of the member whose data the request is about.</source>
        <translation>請求の対象となる組合員の組合員番号。</translation>
    </message>
    <message>
        <source>The day the request arrived (not the day it was written); never in the future.</source>
        <translation>請求が到達した日（請求書の作成日ではありません）。未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>How the request arrived (see Channels).</source>
        <translation>請求の受付方法（「受付方法」を参照）。</translation>
    </message>
    <message>
        <source>What is requested, in short (at most 2000 characters).</source>
        <translation>請求の要旨（2000文字以内）。</translation>
    </message>
    <message>
        <source>Who made the request: the member (self, the default), a statutory agent (法定代理人) or an appointed agent (任意代理人). For an agent, the four --agent-… options below are required; self clears them.</source>
        <translation>請求者：組合員本人（self、既定値）、法定代理人または任意代理人。代理人の場合は、下記の4つの --agent-… オプションが必須です。self を指定するとそれらは消去されます。</translation>
    </message>
    <message>
        <source>The agent&apos;s name, at most 60 characters.</source>
        <translation>代理人の氏名（60文字以内）。</translation>
    </message>
    <message>
        <source>The agent&apos;s address, at most 200 characters.</source>
        <translation>代理人の住所（200文字以内）。</translation>
    </message>
    <message>
        <source>The agent&apos;s relationship to the member, e.g. 親権者, 成年後見人 or 委任を受けた者.</source>
        <translation>代理人と組合員との関係（例：親権者、成年後見人、委任を受けた者）。</translation>
    </message>
    <message>
        <source>The document proving the agent&apos;s authority (see Agent evidence).</source>
        <translation>代理人の代理権を証明する書類（「代理権の確認書類」を参照）。</translation>
    </message>
    <message>
        <source>The identity document checked (see Identity documents); recorded as checked by you, now.</source>
        <translation>確認した本人確認書類（「本人確認書類」を参照）。あなたが現在日時に確認したものとして記録されます。</translation>
    </message>
    <message>
        <source>Issue date of the certificate of residence (住民票の写し): required for a request by mail with an identity document, and recent enough (setting requests.residence_certificate_max_days).</source>
        <translation>住民票の写しの発行日：郵送による請求で本人確認書類を使用する場合に必須で、一定期間内に発行されたものである必要があります（設定 requests.residence_certificate_max_days）。</translation>
    </message>
    <message>
        <source>A category of held data (see Categories). Repeat the option or separate categories with commas; the option replaces the whole list.</source>
        <translation>保有個人データの区分（「データの区分」を参照）。オプションを繰り返すか、区分をカンマで区切って指定します。このオプションを指定すると一覧全体が置き換わります。</translation>
    </message>
    <message>
        <source>The data requested, in free text besides the categories.</source>
        <translation>区分とは別に、請求されたデータを自由記述で指定します。</translation>
    </message>
    <message>
        <source>The requested disclosure method; only for the disclosure and provision-record types.</source>
        <translation>請求された開示の方法。開示と第三者提供記録の開示の種別でのみ指定できます。</translation>
    </message>
    <message>
        <source>The fee in yen (0 to 100000); only for types that allow a fee (see Request types).</source>
        <translation>手数料（円、0～100000）。手数料を徴収できる種別でのみ指定できます（「請求種別」を参照）。</translation>
    </message>
    <message>
        <source>The day the fee was paid; needs --fee.</source>
        <translation>手数料の納付日。--fee の指定が必要です。</translation>
    </message>
    <message>
        <source>Notes, at most 2000 characters.</source>
        <translation>備考（2000文字以内）。</translation>
    </message>
    <message>
        <source>The clerk in charge: an active account with the clerk role.</source>
        <translation>担当者：担当者の役割を持つ有効なアカウント。</translation>
    </message>
    <message>
        <source>Save free text that holds a My Number (個人番号) with the number masked. Without this option such text is refused and nothing is saved.</source>
        <translation>マイナンバー（個人番号）を含む自由記述を、番号を伏せ字にして保存します。このオプションを指定しない場合、そのような記述は受け付けられず、何も保存されません。</translation>
    </message>
    <message>
        <source>Print the saved request as JSON.</source>
        <translation>保存した請求を JSON で出力します。</translation>
    </message>
    <message>
        <source>Print the registered request as JSON instead of its receipt number.</source>
        <translation>受付番号の代わりに、登録した請求を JSON で出力します。</translation>
    </message>
    <message>
        <source>Login of the first administrator.</source>
        <translation>最初のシステム管理者のログインID。</translation>
    </message>
    <message>
        <source>The administrator&apos;s name as shown in the program.</source>
        <translation>プログラム上に表示するシステム管理者の氏名。</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from standard input instead of asking twice.</source>
        <translation>システム管理者のパスワードを、2回入力する代わりに標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>Set up a new database: the organisation settings and the first administrator.</source>
        <translation>新しいデータベースをセットアップします（組織の設定と最初のシステム管理者）。</translation>
    </message>
    <message>
        <source>Works only on a database without accounts. Settings not given keep their defaults and can be changed later with “dsrctl settings set”.</source>
        <translation>アカウントのないデータベースでのみ実行できます。指定しなかった設定は既定値のままとなり、後から「dsrctl settings set」で変更できます。</translation>
    </message>
    <message>
        <source>Read the new password from standard input.</source>
        <translation>新しいパスワードを標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>Change your own password.</source>
        <translation>自分のパスワードを変更します。</translation>
    </message>
    <message>
        <source>Accounts created or reset by an administrator must do this before anything else. With the global --password-stdin, line 1 of standard input is the current password and line 2 the new one; otherwise the new password is asked twice on the terminal.</source>
        <translation>システム管理者が作成またはリセットしたアカウントは、他の操作の前にこれを実行する必要があります。グローバルオプション --password-stdin を指定した場合、標準入力の1行目が現在のパスワード、2行目が新しいパスワードです。指定しない場合は、新しいパスワードを端末で2回入力します。</translation>
    </message>
    <message>
        <source>The person&apos;s name as shown in the program.</source>
        <translation>プログラム上に表示する氏名。</translation>
    </message>
    <message>
        <source>One or more role ids separated by commas (see Roles).</source>
        <translation>1つ以上の役割ID（カンマ区切り。「役割」を参照）。</translation>
    </message>
    <message>
        <source>Read the new user&apos;s first password from standard input.</source>
        <translation>新しいユーザーの初期パスワードを標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>Create an account. The person must change the password at first login.</source>
        <translation>アカウントを作成します。本人は初回ログイン時にパスワードを変更する必要があります。</translation>
    </message>
    <message>
        <source>When both the global --password-stdin and this command&apos;s --password-stdin are given, line 1 of standard input is your own password and line 2 the new user&apos;s password. Without this command&apos;s --password-stdin the new password is asked twice on the terminal.</source>
        <translation>グローバルオプションの --password-stdin とこのコマンドの --password-stdin を両方指定した場合、標準入力の1行目があなた自身のパスワード、2行目が新しいユーザーのパスワードです。このコマンドの --password-stdin を指定しない場合は、新しいパスワードを端末で2回入力します。</translation>
    </message>
    <message>
        <source>List the accounts with their roles and state.</source>
        <translation>アカウントを役割と状態とともに一覧表示します。</translation>
    </message>
    <message>
        <source>JSON: an array of objects with id, login, name, roles (role ids), disabled, locked and must_change_password.</source>
        <translation>JSON：id、login、name、roles（役割ID）、disabled、locked、must_change_password を持つオブジェクトの配列。</translation>
    </message>
    <message>
        <source>New name as shown in the program.</source>
        <translation>プログラム上に表示する新しい氏名。</translation>
    </message>
    <message>
        <source>Replace the roles with these role ids.</source>
        <translation>役割をこれらの役割IDに置き換えます。</translation>
    </message>
    <message>
        <source>Change an account&apos;s name or roles.</source>
        <translation>アカウントの氏名または役割を変更します。</translation>
    </message>
    <message>
        <source>Disable an account so that it can no longer log in.</source>
        <translation>アカウントを無効化し、ログインできないようにします。</translation>
    </message>
    <message>
        <source>Enable a disabled account again.</source>
        <translation>無効化したアカウントを再び有効にします。</translation>
    </message>
    <message>
        <source>Unlock an account locked after too many wrong passwords.</source>
        <translation>パスワードの誤りが続いてロックされたアカウントのロックを解除します。</translation>
    </message>
    <message>
        <source>Read the temporary password from standard input.</source>
        <translation>仮パスワードを標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>Give an account a temporary password that must be changed at the next login.</source>
        <translation>アカウントに仮パスワードを設定します。仮パスワードは次回ログイン時に変更が必要です。</translation>
    </message>
    <message>
        <source>With both --password-stdin options, line 1 of standard input is your own password and line 2 the temporary one.</source>
        <translation>両方の --password-stdin オプションを指定した場合、標準入力の1行目があなた自身のパスワード、2行目が仮パスワードです。</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain from the first entry to the last.</source>
        <translation>監査証跡のハッシュチェーンを最初の記録から最後の記録まで検証します。</translation>
    </message>
    <message>
        <source>Show audit trail entries.</source>
        <translation>監査証跡の記録を表示します。</translation>
    </message>
    <message>
        <source>JSON: an array of objects with seq, at_utc, user_id, user_login, action, entity_type, entity_id, details, prev_hash and hash.</source>
        <translation>JSON：seq、at_utc、user_id、user_login、action、entity_type、entity_id、details、prev_hash、hash を持つオブジェクトの配列。</translation>
    </message>
    <message>
        <source>Write audit trail entries to a CSV file (UTF-8, for spreadsheets).</source>
        <translation>監査証跡の記録を CSV ファイル（UTF-8、表計算ソフト用）に出力します。</translation>
    </message>
    <message>
        <source>An existing file is replaced. The export itself is recorded.</source>
        <translation>既存のファイルは上書きされます。出力したこと自体も記録されます。</translation>
    </message>
    <message>
        <source>Show the organisation settings.</source>
        <translation>組織の設定を表示します。</translation>
    </message>
    <message>
        <source>JSON: an array of objects with key, label, value and default.</source>
        <translation>JSON：key、label、value、default を持つオブジェクトの配列。</translation>
    </message>
    <message>
        <source>Change one organisation setting (see Settings for the keys).</source>
        <translation>組織の設定を1つ変更します（キーは「設定」を参照）。</translation>
    </message>
    <message>
        <source>A value the setting does not accept changes nothing.</source>
        <translation>設定が受け付けない値を指定した場合は、何も変更されません。</translation>
    </message>
    <message>
        <source>Register a member (組合員).</source>
        <translation>組合員を登録します。</translation>
    </message>
    <message>
        <source>Prints the member number and id; with --json the member as an object. A refused value saves nothing, exits with 1 and names the options to correct; a member number already registered exits with 5.</source>
        <translation>組合員番号とIDを表示します。--json を指定した場合は組合員をオブジェクトで出力します。受け付けられない値がある場合は何も保存せずに終了コード1で終了し、修正すべきオプションを示します。既に登録されている組合員番号の場合は終了コード5で終了します。</translation>
    </message>
    <message>
        <source>Change a member&apos;s data; only the options given change.</source>
        <translation>組合員のデータを変更します。指定したオプションの項目のみ変更されます。</translation>
    </message>
    <message>
        <source>Add and update members from a CSV file, all or nothing (see CSV files).</source>
        <translation>CSV ファイルから組合員を追加・更新します。全件を取り込むか、1件も取り込まないかのいずれかです（「CSV ファイル」を参照）。</translation>
    </message>
    <message>
        <source>Prints how many members were added, updated and left unchanged. When any row is wrong nothing is imported: the exit code is 1, the first line on standard error says so and every bad row follows on a line of its own as “line N: reason”.</source>
        <translation>追加、更新、変更なしの組合員数を表示します。誤りのある行が1行でもあれば何も取り込みません。その場合、終了コードは1となり、標準エラー出力の1行目にその旨を、続けて誤りのある行ごとに1行ずつ「N行目：理由」の形式で出力します。</translation>
    </message>
    <message>
        <source>At most N members (default 100).</source>
        <translation>最大 N 人（既定値 100）。</translation>
    </message>
    <message>
        <source>Search members by name, kana or member number.</source>
        <translation>氏名、カナまたは組合員番号で組合員を検索します。</translation>
    </message>
    <message>
        <source>The search ignores full/half width and spaces, treats hiragana as katakana and finds common variant kanji by either form (髙橋 by 高橋). JSON: an array of member objects as “member show --json” prints them.</source>
        <translation>検索では全角・半角の違いと空白を無視し、ひらがなをカタカナとして扱い、よく使われる異体字はどちらの字体でも検索できます（「高橋」で「髙橋」も検索）。JSON：「member show --json」と同じ形式の組合員オブジェクトの配列。</translation>
    </message>
    <message>
        <source>Show one member. Opening it is recorded in the audit trail.</source>
        <translation>組合員を1人表示します。表示したことは監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>JSON: an object with id, member_number, name, kana, birth_date, postal_code, address, phone, affiliation, created_at, updated_at and version.</source>
        <translation>JSON：id、member_number、name、kana、birth_date、postal_code、address、phone、affiliation、created_at、updated_at、version を持つオブジェクト。</translation>
    </message>
    <message>
        <source>Take in a request and print its receipt number (e.g. R7-0001).</source>
        <translation>請求を受け付け、その受付番号（例：R7-0001）を表示します。</translation>
    </message>
    <message>
        <source>The receipt number counts per fiscal year (April to March) of the received date; its format is the setting requests.receipt_format. The legal deadline is computed from the received date. A refused request saves nothing, exits with 1 and names the options to correct; an unknown identifier (type, channel, agent kind, method) exits with 2; an unknown member with 4.</source>
        <translation>受付番号は受付日の属する年度（4月～翌年3月）ごとに採番され、書式は設定 requests.receipt_format で決まります。法定期限は受付日から計算されます。受け付けられない請求は何も保存せずに終了コード1で終了し、修正すべきオプションを示します。不明な識別子（種別、受付方法、代理人の区分、開示の方法）の場合は終了コード2、不明な組合員の場合は終了コード4で終了します。</translation>
    </message>
    <message>
        <source>Change the intake fields of an open request; only the options given change.</source>
        <translation>処理中の請求の受付項目を変更します。指定したオプションの項目のみ変更されます。</translation>
    </message>
    <message>
        <source>An empty value clears an optional field, e.g. --notes &quot;&quot;. Every changed field is kept in the request&apos;s history with its value before and after. Closed and withdrawn requests cannot be edited.</source>
        <translation>空の値を指定すると任意項目が消去されます（例：--notes &quot;&quot;）。変更した項目はすべて、変更前と変更後の値とともに請求の履歴に残ります。完結または取下げとなった請求は編集できません。</translation>
    </message>
    <message>
        <source>Only requests whose member name, kana, member number, agent name or receipt number contains this text (normalised as in “member find”).</source>
        <translation>組合員の氏名、カナ、組合員番号、代理人の氏名または受付番号にこの文字列を含む請求のみ（「member find」と同様に正規化します）。</translation>
    </message>
    <message>
        <source>Only requests in this status (see Statuses).</source>
        <translation>この状態の請求のみ（「状態」を参照）。</translation>
    </message>
    <message>
        <source>Only requests of this type (see Request types).</source>
        <translation>この種別の請求のみ（「請求種別」を参照）。</translation>
    </message>
    <message>
        <source>Only requests received in this fiscal year, given by the calendar year it starts in: 2025 is April 2025 to March 2026 (令和7年度).</source>
        <translation>この年度に受け付けた請求のみ。年度の始まる年（西暦）で指定します。2025 は2025年4月～2026年3月（令和7年度）です。</translation>
    </message>
    <message>
        <source>Only requests assigned to you.</source>
        <translation>自分が担当する請求のみ。</translation>
    </message>
    <message>
        <source>Only open requests whose deadline has passed.</source>
        <translation>期限を過ぎた処理中の請求のみ。</translation>
    </message>
    <message>
        <source>At most N requests (default 200).</source>
        <translation>最大 N 件（既定値 200）。</translation>
    </message>
    <message>
        <source>List the register (受付簿), the newest received first.</source>
        <translation>受付簿を受付日の新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Columns: receipt number, received, type, requester, member number, status, deadline, assigned clerk. JSON: an array of request objects as “request show --json” prints them, without attachments and history: id, receipt_no, fiscal_year, type, status, member_number, member_name, requester_kind, requester_name, agent, received, channel, summary, identity, categories, requested_detail, method, fee, fee_paid, notes, assigned, deadline, act_by, created_at, updated_at and version. Dates are YYYY-MM-DD; absent values are null.</source>
        <translation>列：受付番号、受付日、種別、請求者、組合員番号、状態、期限、担当者。JSON：「request show --json」と同じ形式（添付ファイルと履歴を除く）の請求オブジェクトの配列。項目は id、receipt_no、fiscal_year、type、status、member_number、member_name、requester_kind、requester_name、agent、received、channel、summary、identity、categories、requested_detail、method、fee、fee_paid、notes、assigned、deadline、act_by、created_at、updated_at、version です。日付は YYYY-MM-DD 形式、値がない場合は null です。</translation>
    </message>
    <message>
        <source>Show one request with its requester, identity check, attachments and history. Opening it is recorded in the audit trail.</source>
        <translation>請求を1件、請求者、本人確認、添付ファイル、履歴とともに表示します。表示したことは監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>JSON: the request object of “request list --json” plus attachments (id, file_name, mime_type, size, sha256, description, added_by, added_at) and history (at, user, action, field, before, after, comment).</source>
        <translation>JSON：「request list --json」の請求オブジェクトに、attachments（id、file_name、mime_type、size、sha256、description、added_by、added_at）と history（at、user、action、field、before、after、comment）を加えたもの。</translation>
    </message>
    <message>
        <source>What the file is, e.g. “scanned request form” (at most 200 characters).</source>
        <translation>ファイルの説明（例：「請求書のスキャン画像」、200文字以内）。</translation>
    </message>
    <message>
        <source>Print the stored attachment as JSON.</source>
        <translation>保存した添付ファイルを JSON で出力します。</translation>
    </message>
    <message>
        <source>Store a PDF, PNG or JPEG file with a request and print its SHA-256.</source>
        <translation>PDF、PNG または JPEG ファイルを請求に添付して保存し、その SHA-256 を表示します。</translation>
    </message>
    <message>
        <source>How many synthetic members to create (1 or more).</source>
        <translation>作成する架空の組合員の人数（1以上）。</translation>
    </message>
    <message>
        <source>How many synthetic requests to create (0 or more).</source>
        <translation>作成する架空の請求の件数（0以上）。</translation>
    </message>
    <message>
        <source>Seed of the random generator: the same seed gives the same data.</source>
        <translation>乱数生成器のシード。同じシードからは同じデータが作成されます。</translation>
    </message>
    <message>
        <source>Print an object with database, members, requests and users (login, roles, password).</source>
        <translation>database、members、requests、users（login、roles、password）を持つオブジェクトを出力します。</translation>
    </message>
    <message>
        <source>Fill a new, empty database with synthetic members, requests and accounts for trying DSR Desk out.</source>
        <translation>DSR Desk を試用するため、新しい空のデータベースに架空の組合員、請求、アカウントを作成します。</translation>
    </message>
    <message>
        <source>Needs no --user. The file given with --db is created when missing; a database that already holds accounts, members or requests is refused (exit 5). Requests spread over the last four fiscal years and every status. One or more accounts per role are created and their passwords printed on standard output, once: they are stored only as hashes and never logged.</source>
        <translation>--user は不要です。--db で指定したファイルがない場合は作成します。既にアカウント、組合員または請求があるデータベースは受け付けません（終了コード5）。請求は直近4年度にわたり、すべての状態のものを作成します。役割ごとに1つ以上のアカウントを作成し、そのパスワードを標準出力に一度だけ表示します。パスワードはハッシュ値としてのみ保存され、ログには記録されません。</translation>
    </message>
    <message>
        <source>Show this overview, or the details of one command.</source>
        <translation>この概要、または指定したコマンドの詳細を表示します。</translation>
    </message>
    <message>
        <source>Organisation setting “%1” (%2).</source>
        <translation>組織の設定「%1」（%2）。</translation>
    </message>
    <message>
        <source>text of %1 to %2 characters</source>
        <translation>%1～%2文字の文字列</translation>
    </message>
    <message>
        <source>text of at most %1 characters</source>
        <translation>%1文字以内の文字列</translation>
    </message>
    <message>
        <source>whole number from %1 to %2</source>
        <translation>%1～%2の整数</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <source>%1: %2; empty by default</source>
        <translation>%1：%2。既定値は空</translation>
    </message>
    <message>
        <source>%1: %2; default %3</source>
        <translation>%1：%2。既定値は %3</translation>
    </message>
    <message>
        <source>Roles (for --roles):</source>
        <translation>役割（--roles 用）：</translation>
    </message>
    <message>
        <source>Settings (KEY for “settings set”):</source>
        <translation>設定（「settings set」の KEY）：</translation>
    </message>
    <message>
        <source>fee allowed</source>
        <translation>手数料の徴収可</translation>
    </message>
    <message>
        <source>disclosure method</source>
        <translation>開示の方法を指定可</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Request types (TYPE for --type):</source>
        <translation>請求種別（--type の TYPE）：</translation>
    </message>
    <message>
        <source>Statuses (STATUS for --status; a new request is “received”):</source>
        <translation>状態（--status の STATUS。新しい請求は「received」）：</translation>
    </message>
    <message>
        <source>Channels (for --channel):</source>
        <translation>受付方法（--channel 用）：</translation>
    </message>
    <message>
        <source>Requester kinds (for --agent-kind):</source>
        <translation>請求者の区分（--agent-kind 用）：</translation>
    </message>
    <message>
        <source>Agent evidence (EVIDENCE for --agent-evidence):</source>
        <translation>代理権の確認書類（--agent-evidence の EVIDENCE）：</translation>
    </message>
    <message>
        <source>%1 (My Number Act art. 20)</source>
        <translation>%1（番号法第20条）</translation>
    </message>
    <message>
        <source>Identity documents (DOCUMENT for --id-document):</source>
        <translation>本人確認書類（--id-document の DOCUMENT）：</translation>
    </message>
    <message>
        <source>Disclosure methods (for --method):</source>
        <translation>開示の方法（--method 用）：</translation>
    </message>
    <message>
        <source>Categories (CATEGORY for --category):</source>
        <translation>データの区分（--category の CATEGORY）：</translation>
    </message>
    <message>
        <source>  The list is the organisation setting %1: see it with “dsrctl settings list”; an administrator changes it with “dsrctl settings set %1 A,B,C”. By default: %2.</source>
        <translation>  この一覧は組織の設定 %1 です。「dsrctl settings list」で確認でき、システム管理者が「dsrctl settings set %1 A,B,C」で変更します。既定値：%2。</translation>
    </message>
    <message>
        <source>Request IDs:</source>
        <translation>請求ID：</translation>
    </message>
    <message>
        <source>  Wherever a command takes ID, both the numeric id and the receipt number work, e.g. 12 or R7-0001 (full-width characters are accepted).</source>
        <translation>  ID を指定するコマンドでは、数値のIDと受付番号のどちらでも指定できます（例：12 または R7-0001。全角文字も使用できます）。</translation>
    </message>
    <message>
        <source>CSV files (for “member import”):</source>
        <translation>CSV ファイル（「member import」用）：</translation>
    </message>
    <message>
        <source>  UTF-8 or CP932 (Shift_JIS), with or without a byte order mark, quoted as RFC 4180 describes (commas and line breaks inside quotes). The first line names the columns, in any order: member_number, name, kana, birth_date, postal_code, address, phone, affiliation — or in Japanese 組合員番号, 氏名, カナ, 生年月日, 郵便番号, 住所, 電話, 所属所. phone and affiliation may be left out. Birth dates are YYYY-MM-DD or YYYY/M/D. A member number already registered updates that member.</source>
        <translation>  文字コードは UTF-8 または CP932（Shift_JIS）で、BOM の有無は問いません。引用符の扱いは RFC 4180 に従います（引用符内にカンマや改行を含めることができます）。1行目に列名を任意の順序で記載します：member_number, name, kana, birth_date, postal_code, address, phone, affiliation、または日本語の 組合員番号, 氏名, カナ, 生年月日, 郵便番号, 住所, 電話, 所属所。phone（電話）と affiliation（所属所）は省略できます。生年月日は YYYY-MM-DD または YYYY/M/D 形式です。既に登録されている組合員番号の行は、その組合員のデータを更新します。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>正常終了</translation>
    </message>
    <message>
        <source>failed: a value was refused, the database or a file could not be used, or the audit trail is broken</source>
        <translation>失敗：値が受け付けられなかった、データベースまたはファイルを使用できなかった、または監査証跡が破損している</translation>
    </message>
    <message>
        <source>wrong command line, or no password available</source>
        <translation>コマンドラインの誤り、またはパスワードを取得できない</translation>
    </message>
    <message>
        <source>authentication or permission refused</source>
        <translation>認証または権限の拒否</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>対象が見つからない</translation>
    </message>
    <message>
        <source>conflict: already exists, already set up, or changed by someone else</source>
        <translation>競合：既に存在する、既にセットアップ済み、または他の人が変更した</translation>
    </message>
    <message>
        <source>Exit codes (on failure, standard error has one line saying what was wrong):</source>
        <translation>終了コード（失敗時は、標準エラー出力に原因を1行で出力します）：</translation>
    </message>
    <message>
        <source>Act as this user. The password is asked on the terminal without echo.</source>
        <translation>このユーザーとして実行します。パスワードは端末で入力します（入力内容は表示されません）。</translation>
    </message>
    <message>
        <source>Read the acting user&apos;s password from the first line of standard input instead.</source>
        <translation>実行するユーザーのパスワードを、端末で入力する代わりに標準入力の1行目から読み込みます。</translation>
    </message>
    <message>
        <source>Language of the messages (default: Japanese).</source>
        <translation>メッセージの言語（既定値：日本語）。</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Show this help; after a command, that command&apos;s help.</source>
        <translation>このヘルプを表示します。コマンドの後に指定すると、そのコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>グローバルオプション：</translation>
    </message>
    <message>
        <source>Passwords:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>  Passwords are never taken from the command line. Without --password-stdin they are asked on the terminal without echo (new ones twice). With --password-stdin, each password is one line of standard input, in this order: the acting user&apos;s password (global --password-stdin), then the command&apos;s password (the new, first or temporary password of init, passwd, user add or user reset-password).</source>
        <translation>  パスワードをコマンドラインから受け取ることはありません。--password-stdin を指定しない場合は、端末で入力します（入力内容は表示されず、新しいパスワードは2回入力します）。--password-stdin を指定した場合は、各パスワードを標準入力から1行ずつ、次の順で読み込みます：実行するユーザーのパスワード（グローバルオプションの --password-stdin）、次にコマンドのパスワード（init、passwd、user add、user reset-password の新しいパスワード、初期パスワードまたは仮パスワード）。</translation>
    </message>
    <message>
        <source>Needs --user LOGIN (and its password).</source>
        <translation>--user LOGIN（とそのパスワード）が必要です。</translation>
    </message>
    <message>
        <source>dsrctl %1 — DSR Desk on the command line.</source>
        <translation>dsrctl %1 — コマンドライン版 DSR Desk。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方：%1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Run “dsrctl help COMMAND” for the details of one command, e.g. “dsrctl help user add”.</source>
        <translation>各コマンドの詳細は「dsrctl help COMMAND」で表示できます（例：「dsrctl help user add」）。</translation>
    </message>
    <message>
        <source>There is no command “%1”. %2</source>
        <translation>コマンド「%1」はありません。%2</translation>
    </message>
    <message>
        <source>Refuse (exit 5) unless the request is still at version N, i.e. nobody changed it since you looked.</source>
        <translation>請求がバージョン N のままである場合、つまり確認した後に誰も変更していない場合にのみ実行し、それ以外の場合は拒否します（終了コード5）。</translation>
    </message>
    <message>
        <source>Print the request afterwards as JSON: id, receipt_no, status, deadline, act_by and version.</source>
        <translation>実行後、請求を JSON で出力します：id、receipt_no、status、deadline、act_by、version。</translation>
    </message>
    <message>
        <source>The day it happened (default today); never in the future.</source>
        <translation>実施した日（既定値は今日）。未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>The identity document checked (see Identity documents).</source>
        <translation>確認した本人確認書類（「本人確認書類」を参照）。</translation>
    </message>
    <message>
        <source>Issue date of the certificate of residence; required for a request by mail.</source>
        <translation>住民票の写しの発行日。郵送による請求の場合は必須です。</translation>
    </message>
    <message>
        <source>Record that the requester&apos;s identity was verified.</source>
        <translation>請求者の本人確認を行ったことを記録します。</translation>
    </message>
    <message>
        <source>What is missing from the request.</source>
        <translation>請求に不足している事項。</translation>
    </message>
    <message>
        <source>The day the amendment is expected by.</source>
        <translation>補正の回答期限。</translation>
    </message>
    <message>
        <source>Ask the requester to amend the request (補正); the deadline pauses until it arrives.</source>
        <translation>請求者に請求の補正を求めます。補正された請求が到達するまで期限の進行は停止します。</translation>
    </message>
    <message>
        <source>Record that the amended request arrived; the deadline runs again.</source>
        <translation>補正された請求が到達したことを記録します。期限の進行が再開します。</translation>
    </message>
    <message>
        <source>Start investigating the requested data.</source>
        <translation>請求されたデータの調査を開始します。</translation>
    </message>
    <message>
        <source>The division asked about the data.</source>
        <translation>データについて照会する課。</translation>
    </message>
    <message>
        <source>The day the answer is due.</source>
        <translation>回答期限。</translation>
    </message>
    <message>
        <source>Record an inquiry sent to a division (照会).</source>
        <translation>関係課に送付した照会を記録します。</translation>
    </message>
    <message>
        <source>The inquiry&apos;s id as “request workflow” shows it.</source>
        <translation>照会のID（「request workflow」で表示されるもの）。</translation>
    </message>
    <message>
        <source>What the division answered, in short.</source>
        <translation>関係課の回答の要旨。</translation>
    </message>
    <message>
        <source>Record a division&apos;s answer to an inquiry.</source>
        <translation>照会に対する関係課の回答を記録します。</translation>
    </message>
    <message>
        <source>The decision kind (see Decision kinds).</source>
        <translation>決定の種類（「決定の種類」を参照）。</translation>
    </message>
    <message>
        <source>The data disclosed or concerned.</source>
        <translation>開示するデータ、または決定の対象となるデータ。</translation>
    </message>
    <message>
        <source>A part not disclosed, its legal ground (see Grounds) and the reason; repeat for each part.</source>
        <translation>開示しない部分、その根拠条項（「根拠条項」を参照）と理由。部分ごとに繰り返し指定します。</translation>
    </message>
    <message>
        <source>An item corrected, with the data before and after; repeat for each item.</source>
        <translation>訂正する項目と、訂正前・訂正後のデータ。項目ごとに繰り返し指定します。</translation>
    </message>
    <message>
        <source>The measure taken (see Measures); needs --measure-date.</source>
        <translation>講じた措置（「措置」を参照）。--measure-date の指定が必要です。</translation>
    </message>
    <message>
        <source>The day the measure was carried out.</source>
        <translation>措置を実施した日。</translation>
    </message>
    <message>
        <source>The substitute measure, for the kind substitute.</source>
        <translation>代替措置の内容（種類 substitute の場合）。</translation>
    </message>
    <message>
        <source>The reasons (art. 36), required for refusals and partial decisions.</source>
        <translation>理由（第36条）。請求に応じない決定と一部のみ応じる決定では必須です。</translation>
    </message>
    <message>
        <source>The disclosure method decided.</source>
        <translation>決定した開示の方法。</translation>
    </message>
    <message>
        <source>Draft the decision; a new draft replaces the previous one.</source>
        <translation>決定案を作成します。新しい決定案は以前の決定案に置き換わります。</translation>
    </message>
    <message>
        <source>The identity must be verified first. What the kind needs is checked: parts withheld with grounds, corrections, the measure and its date, reasons.</source>
        <translation>先に本人確認を済ませておく必要があります。決定の種類に応じて必要な事項（開示しない部分とその根拠条項、訂正内容、措置とその実施日、理由）が揃っているかを確認します。</translation>
    </message>
    <message>
        <source>Why the decision need not wait for open inquiries; required while any is unanswered.</source>
        <translation>未回答の照会を待たずに決定する理由。未回答の照会がある間は必須です。</translation>
    </message>
    <message>
        <source>Submit the draft for approval along the route for its type and kind.</source>
        <translation>決定案を、請求種別と決定の種類に応じた決裁ルートで決裁に回付します。</translation>
    </message>
    <message>
        <source>A comment kept with the approval step.</source>
        <translation>決裁の段階とともに記録するコメント。</translation>
    </message>
    <message>
        <source>Approve the current approval step; the last step decides the request.</source>
        <translation>現在の決裁段階を承認します。最後の段階の承認で請求に対する決定となります。</translation>
    </message>
    <message>
        <source>Only the role of the current step may approve, and never the person who drafted the decision (exit 3). Two desks approving the same step: one wins, the other exits with 5.</source>
        <translation>承認できるのは現在の段階の役割を持つユーザーのみで、決定案を作成した本人は承認できません（終了コード3）。2つの端末で同じ段階を承認した場合は一方のみが成功し、もう一方は終了コード5で終了します。</translation>
    </message>
    <message>
        <source>Why the draft is returned; required (exit 1 without it).</source>
        <translation>決定案を差し戻す理由。必須です（指定しない場合は終了コード1）。</translation>
    </message>
    <message>
        <source>Return the draft to the clerk for redrafting.</source>
        <translation>決定案を担当者に差し戻し、作成し直しを求めます。</translation>
    </message>
    <message>
        <source>Record that the requester withdrew the request.</source>
        <translation>請求者が請求を取り下げたことを記録します。</translation>
    </message>
    <message>
        <source>The new deadline.</source>
        <translation>新しい期限。</translation>
    </message>
    <message>
        <source>The reason for the extension.</source>
        <translation>延長の理由。</translation>
    </message>
    <message>
        <source>The art. 84 special extension for a very large amount of data.</source>
        <translation>対象のデータが著しく大量である場合の第84条の特例延長。</translation>
    </message>
    <message>
        <source>Extend the deadline (public regime): once by at most 30 days, or the art. 84 special extension.</source>
        <translation>期限を延長します（第5章の規律）：30日以内で1回、または第84条の特例延長。</translation>
    </message>
    <message>
        <source>The third party asked for an opinion.</source>
        <translation>意見を照会する第三者。</translation>
    </message>
    <message>
        <source>The day the opinion is expected by.</source>
        <translation>意見の回答期限。</translation>
    </message>
    <message>
        <source>Record a request for a third party&apos;s opinion.</source>
        <translation>第三者への意見照会を記録します。</translation>
    </message>
    <message>
        <source>The opinion&apos;s id as “request workflow” shows it.</source>
        <translation>意見照会のID（「request workflow」で表示されるもの）。</translation>
    </message>
    <message>
        <source>What the third party answered.</source>
        <translation>第三者の回答内容。</translation>
    </message>
    <message>
        <source>The third party objects: disclosure waits two weeks after the decision.</source>
        <translation>第三者が開示に反対していることを示します。開示は決定の日から2週間を経過するまで実施できません。</translation>
    </message>
    <message>
        <source>Record a third party&apos;s opinion.</source>
        <translation>第三者の意見を記録します。</translation>
    </message>
    <message>
        <source>How the decision was notified (mail, counter …).</source>
        <translation>決定の通知方法（郵送、窓口など）。</translation>
    </message>
    <message>
        <source>Record that the requester was notified of the decision.</source>
        <translation>請求者に決定を通知したことを記録します。</translation>
    </message>
    <message>
        <source>Close the request.</source>
        <translation>請求を完結します。</translation>
    </message>
    <message>
        <source>Why the request is reopened.</source>
        <translation>請求を再開する理由。</translation>
    </message>
    <message>
        <source>Reopen a closed request.</source>
        <translation>完結した請求を再開します。</translation>
    </message>
    <message>
        <source>Show a request&apos;s decision, amendments, inquiries, opinions, approval steps, extension and how its deadline was computed.</source>
        <translation>請求の決定、補正、照会、意見照会、決裁の段階、期限の延長、および期限の計算方法を表示します。</translation>
    </message>
    <message>
        <source>JSON: id, receipt_no, status, deadline, act_by, version, decision (kind, data, withheld, corrections, measure, measure_date, substitute, reasons, method, drafted_by, drafted_at), amendments, inquiries, opinions, approval_steps (id, round, step, role, outcome, decided_by, decided_at, comment), extension, decided_on, notified_on, notified_method, withdrawn_on, disclosure_not_before and deadline_explain.</source>
        <translation>JSON：id、receipt_no、status、deadline、act_by、version、decision（kind、data、withheld、corrections、measure、measure_date、substitute、reasons、method、drafted_by、drafted_at）、amendments、inquiries、opinions、approval_steps（id、round、step、role、outcome、decided_by、decided_at、comment）、extension、decided_on、notified_on、notified_method、withdrawn_on、disclosure_not_before、deadline_explain。</translation>
    </message>
    <message>
        <source>List the requests waiting for your approval, the earliest deadline first.</source>
        <translation>自分の決裁を待っている請求を、期限の早い順に一覧表示します。</translation>
    </message>
    <message>
        <source>JSON: an array of objects with id, receipt_no, status, deadline, act_by and version.</source>
        <translation>JSON：id、receipt_no、status、deadline、act_by、version を持つオブジェクトの配列。</translation>
    </message>
    <message>
        <source>List the approval routes by request type and decision kind.</source>
        <translation>請求種別と決定の種類ごとの決裁ルートを一覧表示します。</translation>
    </message>
    <message>
        <source>JSON: an array of objects with type, kind (“*” for any) and steps (role ids in order).</source>
        <translation>JSON：type、kind（「*」はすべて）、steps（役割IDを順に並べたもの）を持つオブジェクトの配列。</translation>
    </message>
    <message>
        <source>The approving roles in order, e.g. chief,manager or chief,manager,privacy_officer (one to six).</source>
        <translation>決裁を行う役割を順に指定します（1～6個）。例：chief,manager または chief,manager,privacy_officer。</translation>
    </message>
    <message>
        <source>Set the approval route for a request type and decision kind (administrators).</source>
        <translation>請求種別と決定の種類に対する決裁ルートを設定します（システム管理者）。</translation>
    </message>
    <message>
        <source>“*” stands for any type or kind; the most specific route applies. The route is taken when a draft is submitted, so requests already in approval keep theirs.</source>
        <translation>「*」はすべての種別または種類を表し、最も限定的なルートが適用されます。決裁ルートは決定案を回付した時点で確定するため、既に決裁中の請求はそれまでのルートのままです。</translation>
    </message>
    <message>
        <source>The calendar year.</source>
        <translation>暦年。</translation>
    </message>
    <message>
        <source>Print an array of objects with date and name.</source>
        <translation>date と name を持つオブジェクトの配列を出力します。</translation>
    </message>
    <message>
        <source>List the national holidays of a year, one “YYYY-MM-DD&lt;TAB&gt;name” line each.</source>
        <translation>指定した年の国民の祝日を、1件につき1行「YYYY-MM-DD&lt;TAB&gt;名称」の形式で一覧表示します。</translation>
    </message>
    <message>
        <source>For years the imported Cabinet Office list covers, that list; otherwise the holiday rules. Substitute holidays (振替休日) and citizens&apos; holidays (国民の休日) are named 休日. Needs no --user.</source>
        <translation>取り込んだ内閣府の祝日一覧に含まれる年はその一覧に、それ以外の年は祝日の規則に従います。振替休日と国民の休日の名称は「休日」となります。--user は不要です。</translation>
    </message>
    <message>
        <source>The day the request was received.</source>
        <translation>請求の受付日。</translation>
    </message>
    <message>
        <source>Calendar days from the day after receipt (default 30; with --regime private, the setting deadlines.limit_days).</source>
        <translation>受付日の翌日から数える暦日数（既定値は30。--regime private の場合は設定 deadlines.limit_days）。</translation>
    </message>
    <message>
        <source>Days not counted (awaiting amendment), both ends included; repeatable.</source>
        <translation>算入しない期間（補正待ち）。両端の日を含みます。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Print an object with deadline, act_by and explain.</source>
        <translation>deadline、act_by、explain を持つオブジェクトを出力します。</translation>
    </message>
    <message>
        <source>Compute a deadline and the open day to act by, with the explanation.</source>
        <translation>期限と対応期日（業務日）を計算し、その説明とともに表示します。</translation>
    </message>
    <message>
        <source>Uses the database&apos;s calendar: the imported holiday list and the organisation&apos;s closed days. Needs no --user.</source>
        <translation>データベースのカレンダー（取り込んだ祝日一覧と組織の休業日）を使用します。--user は不要です。</translation>
    </message>
    <message>
        <source>Import the Cabinet Office holiday list (syukujitsu.csv) (administrators).</source>
        <translation>内閣府の祝日一覧（syukujitsu.csv）を取り込みます（システム管理者）。</translation>
    </message>
    <message>
        <source>CP932 or UTF-8, with or without a byte order mark. Every line is checked first: with any bad line nothing is imported, and each one is listed as “line N: reason” after the error line (exit 1). Open requests&apos; deadlines are recomputed.</source>
        <translation>CP932 または UTF-8（バイト順マークの有無は問いません）。まずすべての行を検査し、誤りのある行が1行でもあれば何も取り込まず、エラーの行に続けて誤りのある行をそれぞれ「N行目：理由」の形式で示します（終了コード1）。処理中の請求の期限は再計算されます。</translation>
    </message>
    <message>
        <source>Why the organisation is closed that day.</source>
        <translation>その日が組織の休業日である理由。</translation>
    </message>
    <message>
        <source>Add a closed day of the organisation (administrators) and recompute open requests&apos; deadlines.</source>
        <translation>組織の休業日を追加し（システム管理者）、処理中の請求の期限を再計算します。</translation>
    </message>
    <message>
        <source>Remove a closed day of the organisation (administrators) and recompute open requests&apos; deadlines.</source>
        <translation>組織の休業日を削除し（システム管理者）、処理中の請求の期限を再計算します。</translation>
    </message>
    <message>
        <source>Print an array of objects with date and reason.</source>
        <translation>date と reason を持つオブジェクトの配列を出力します。</translation>
    </message>
    <message>
        <source>List the organisation&apos;s own closed days.</source>
        <translation>組織独自の休業日を一覧表示します。</translation>
    </message>
    <message>
        <source>%1 (from %2; roles %3)</source>
        <translation>%1（対象の状態：%2。役割：%3）</translation>
    </message>
    <message>
        <source>Workflow actions (ACTION for “request ACTION ID”):</source>
        <translation>処理経過の操作（「request ACTION ID」の ACTION）：</translation>
    </message>
    <message>
        <source>Decision kinds (KIND for --kind and “route set”):</source>
        <translation>決定の種類（--kind と「route set」の KIND）：</translation>
    </message>
    <message>
        <source>Grounds (GROUND for --withheld; art33-… under the private regime, art78-… and art81 under the public regime):</source>
        <translation>根拠条項（--withheld の GROUND。第4章の規律では art33-…、第5章の規律では art78-… と art81）：</translation>
    </message>
    <message>
        <source>Measures (MEASURE for --measure):</source>
        <translation>措置（--measure の MEASURE）：</translation>
    </message>
    <message>
        <source>Write the digits full width (令和７年４月１日).</source>
        <translation>数字を全角で出力します（令和７年４月１日）。</translation>
    </message>
    <message>
        <source>Print a date in the Japanese era exactly as letters write it, e.g. 令和7年4月1日 or 令和元年5月1日.</source>
        <translation>日付を、通知書に記載するとおりの和暦で表示します（例：令和7年4月1日、令和元年5月1日）。</translation>
    </message>
    <message>
        <source>The first day of an era belongs to the new era; year 1 is written 元年. Dates before 1873-01-01 have no era date (exit 2). Needs no --user.</source>
        <translation>改元の日は新しい元号に属し、1年は「元年」と記載します。1873-01-01 より前の日付は和暦で表せません（終了コード2）。--user は不要です。</translation>
    </message>
    <message>
        <source>Print an array of objects with id, title, name, decision, regimes, answers (decision kinds), subjects and items per regime, and the template fields.</source>
        <translation>id、title、name、decision、regimes、answers（決定の種類）、規律ごとの subjects と items、およびテンプレートの項目を持つオブジェクトの配列を出力します。</translation>
    </message>
    <message>
        <source>List the letter kinds: the stable id (KIND), the Japanese name, the regimes that allow it and the decisions it notifies.</source>
        <translation>通知書の種類を、固定のID（KIND）、日本語の名称、使用できる規律、通知する決定とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Procedural letters (amendment request, extension, third-party opinion) notify no decision. Needs no --user.</source>
        <translation>手続文書（補正依頼書、期限延長通知書、第三者意見照会書）は決定を通知しません。--user は不要です。</translation>
    </message>
    <message>
        <source>Disclosure letters: the postage the member bears.</source>
        <translation>開示決定通知書：組合員が負担する郵送料。</translation>
    </message>
    <message>
        <source>Disclosure letters: a document enclosed (repeatable).</source>
        <translation>開示決定通知書：同封する書類（繰り返し指定できます）。</translation>
    </message>
    <message>
        <source>Correction letter (public regime): who was told of the correction.</source>
        <translation>訂正決定通知書（第5章の規律）：訂正した旨を通知した提供先。</translation>
    </message>
    <message>
        <source>Purpose-of-use letter: a purpose of use (repeatable).</source>
        <translation>利用目的通知書：利用目的（繰り返し指定できます）。</translation>
    </message>
    <message>
        <source>Amendment request: what the member is to supply.</source>
        <translation>補正依頼書：組合員に提出を求める事項。</translation>
    </message>
    <message>
        <source>Third-party opinion: the third party&apos;s postal code.</source>
        <translation>第三者意見照会書：第三者の郵便番号。</translation>
    </message>
    <message>
        <source>Third-party opinion: the third party&apos;s address.</source>
        <translation>第三者意見照会書：第三者の住所。</translation>
    </message>
    <message>
        <source>Third-party opinion: the information concerned.</source>
        <translation>第三者意見照会書：照会の対象となる情報。</translation>
    </message>
    <message>
        <source>The date printed on the letter (default today).</source>
        <translation>通知書に記載する日付（既定値は今日）。</translation>
    </message>
    <message>
        <source>Print the letter as JSON.</source>
        <translation>通知書を JSON で出力します。</translation>
    </message>
    <message>
        <source>The request: id or receipt number.</source>
        <translation>請求：ID または受付番号。</translation>
    </message>
    <message>
        <source>The letter kind (see letter kinds).</source>
        <translation>通知書の種類（「letter kinds」を参照）。</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>PDF の出力先。</translation>
    </message>
    <message>
        <source>Write the letter as it would be issued today, marked 「案」 and without a number, to a PDF file.</source>
        <translation>今日発行した場合の通知書を、「案」と表示し文書番号を付けずに PDF ファイルに出力します。</translation>
    </message>
    <message>
        <source>Nothing is stored; the preview is recorded in the audit trail because it shows personal data.</source>
        <translation>何も保存しません。プレビューには個人データが含まれるため、プレビューしたことは監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>The request: id or receipt number. Repeat it to issue the decision letters of several requests: each line then reads ID, a tab and the number.</source>
        <translation>請求：ID または受付番号。繰り返し指定すると複数の請求の決定通知書を発行し、1件につき1行、ID、タブ、文書番号の順に出力します。</translation>
    </message>
    <message>
        <source>Issue a letter and print its document number (e.g. 長共総第12号).</source>
        <translation>通知書を発行し、その文書番号（例：長共総第12号）を表示します。</translation>
    </message>
    <message>
        <source>A decision letter needs the request&apos;s approved decision; a procedural letter (amendment request, extension, third-party opinion) needs its draft approved by a chief (letter submit, letter approve). The number, the PDF and its SHA-256 are stored in one transaction and never change.</source>
        <translation>決定通知書には、請求の決定が決裁済みであることが必要です。手続文書（補正依頼書、期限延長通知書、第三者意見照会書）には、係長による案の承認が必要です（letter submit、letter approve）。文書番号、PDF とその SHA-256 は1つのトランザクションで保存され、以後変更されることはありません。</translation>
    </message>
    <message>
        <source>The procedural letter kind.</source>
        <translation>手続文書の種類。</translation>
    </message>
    <message>
        <source>Submit a procedural letter&apos;s draft for a chief&apos;s approval; prints its id.</source>
        <translation>手続文書の案を係長の承認に回付し、その ID を表示します。</translation>
    </message>
    <message>
        <source>Approve a procedural letter&apos;s draft (chiefs; not the draft&apos;s author).</source>
        <translation>手続文書の案を承認します（係長。案の作成者本人は承認できません）。</translation>
    </message>
    <message>
        <source>Write an issued letter&apos;s stored PDF, checked against its SHA-256.</source>
        <translation>発行済みの通知書の保存された PDF を、SHA-256 で検証したうえで出力します。</translation>
    </message>
    <message>
        <source>NUMBER is the document number (長共総第12号; the latest fiscal year&apos;s) or the letter&apos;s id.</source>
        <translation>NUMBER には文書番号（長共総第12号。最新の年度のもの）または通知書の ID を指定します。</translation>
    </message>
    <message>
        <source>Only this request&apos;s letters.</source>
        <translation>この請求の通知書のみ。</translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation>この種類のみ。</translation>
    </message>
    <message>
        <source>draft, approved, issued, printed, mailed, returned or void.</source>
        <translation>draft（決裁待ち）、approved（承認済み）、issued（発行済み）、printed（印刷済み）、mailed（発送済み）、returned（返戻）または void（取消（欠番））。</translation>
    </message>
    <message>
        <source>Only this fiscal year (April–March).</source>
        <translation>この年度のみ（4月～翌年3月）。</translation>
    </message>
    <message>
        <source>Print an array of objects with id, document_no, letter_date, kind, request_id, receipt_no, state, sha256 …</source>
        <translation>id、document_no、letter_date、kind、request_id、receipt_no、state、sha256 などを持つオブジェクトの配列を出力します。</translation>
    </message>
    <message>
        <source>List the letter register (文書番号簿).</source>
        <translation>文書番号簿を一覧表示します。</translation>
    </message>
    <message>
        <source>Record that an issued letter was printed.</source>
        <translation>発行済みの通知書を印刷したことを記録します。</translation>
    </message>
    <message>
        <source>ordinary, simple-registered, restricted-delivery or counter.</source>
        <translation>ordinary（普通郵便）、simple-registered（簡易書留）、restricted-delivery（本人限定受取郵便）または counter（窓口交付）。</translation>
    </message>
    <message>
        <source>The tracking number (required for simple-registered and restricted-delivery).</source>
        <translation>お問い合わせ番号（simple-registered と restricted-delivery では必須）。</translation>
    </message>
    <message>
        <source>The day it was mailed or handed over (default today).</source>
        <translation>発送日または交付日（既定値は今日）。</translation>
    </message>
    <message>
        <source>Record that a letter was mailed; for a decision letter the request becomes notified.</source>
        <translation>通知書を発送したことを記録します。決定通知書の場合、請求は「通知済み」になります。</translation>
    </message>
    <message>
        <source>The day it came back (default today).</source>
        <translation>返戻された日（既定値は今日）。</translation>
    </message>
    <message>
        <source>Record that a mailed letter came back undeliverable.</source>
        <translation>発送した通知書が宛所不明等で返戻されたことを記録します。</translation>
    </message>
    <message>
        <source>Why the letter is voided.</source>
        <translation>通知書を取り消す理由。</translation>
    </message>
    <message>
        <source>Void a letter that was not mailed; its number stays in the register as 欠番 and is never given again.</source>
        <translation>発送していない通知書を取り消します。その文書番号は欠番として文書番号簿に残り、再び使用されることはありません。</translation>
    </message>
    <message>
        <source>Why the letter is issued again.</source>
        <translation>通知書を再発行する理由。</translation>
    </message>
    <message>
        <source>Issue a new letter in place of an issued one, referencing it; prints the new number.</source>
        <translation>発行済みの通知書に代わる新しい通知書を、元の通知書を参照して発行し、新しい文書番号を表示します。</translation>
    </message>
    <message>
        <source>Where to write the CSV (UTF-8 with BOM).</source>
        <translation>CSV の出力先（BOM 付き UTF-8）。</translation>
    </message>
    <message>
        <source>Export the letter register as CSV.</source>
        <translation>文書番号簿を CSV で出力します。</translation>
    </message>
    <message>
        <source>Write the template in force for a letter kind to a file (administrators).</source>
        <translation>通知書の種類ごとに現在有効なテンプレートをファイルに出力します（システム管理者）。</translation>
    </message>
    <message>
        <source>Check an edited template and make it the next version (administrators).</source>
        <translation>編集したテンプレートを検査し、次のバージョンとして登録します（システム管理者）。</translation>
    </message>
    <message>
        <source>Every placeholder is checked against the kind&apos;s fields: an unknown or missing field is refused, naming it, and nothing changes (exit 1).</source>
        <translation>すべてのプレースホルダーを、その種類の項目と照合します。不明な項目や不足している項目があればその項目名を示して拒否し、何も変更しません（終了コード1）。</translation>
    </message>
    <message>
        <source>Store the official seal image printed when letters.seal is “image” (administrators).</source>
        <translation>letters.seal が「image」の場合に印字する公印の画像を保存します（システム管理者）。</translation>
    </message>
    <message>
        <source>Letter kinds (KIND):</source>
        <translation>通知書の種類（KIND）：</translation>
    </message>
    <message>
        <source>Why the letter is dated more than 7 days back (required then; stored with the letter).</source>
        <translation>通知書の日付を7日より前にする理由（その場合は必須。通知書とともに保存されます）。</translation>
    </message>
    <message>
        <source>Also check against a checkpoint written by “audit checkpoint”.</source>
        <translation>「audit checkpoint」で書き出したチェックポイントとも照合します。</translation>
    </message>
    <message>
        <source>Prints the number of entries checked and the head reached (sequence number and hash). When an entry was altered, removed, inserted or reordered, exits with 1 and names the first sequence number that is wrong. With --checkpoint, also exits with 1 when the trail ends before the checkpoint&apos;s entry or has another hash there. Keyed entries need the database&apos;s audit key.</source>
        <translation>検証した記録の件数と、到達した最新の記録（連番とハッシュ値）を表示します。記録が改ざん、削除、挿入または並べ替えられている場合は終了コード1で終了し、最初に不正となった連番を示します。--checkpoint を指定した場合は、監査証跡がチェックポイントの記録より前で終わっているとき、またはその記録のハッシュ値が異なるときにも終了コード1で終了します。監査鍵で保護された記録の検証には、データベースの監査鍵が必要です。</translation>
    </message>
    <message>
        <source>Where to write the checkpoint (JSON).</source>
        <translation>チェックポイントの出力先（JSON）。</translation>
    </message>
    <message>
        <source>Write the head of the audit trail to a file kept outside the database.</source>
        <translation>監査証跡の最新の記録を、データベースの外部に保管するファイルに書き出します。</translation>
    </message>
    <message>
        <source>The file holds the sequence number, the hash, the time (UTC) and the database id; it is readable by its owner only, and an existing file is replaced. Taking the checkpoint is itself recorded, and the checkpoint pins that entry. Keep the file off this machine and give it to “audit verify --checkpoint” later.</source>
        <translation>ファイルには連番、ハッシュ値、日時（UTC）、データベースIDが記録されます。ファイルは所有者のみが読み取ることができ、既存のファイルは置き換えられます。チェックポイントの取得自体も監査証跡に記録され、チェックポイントはその記録を指します。ファイルはこのコンピューター以外の場所に保管し、後で「audit verify --checkpoint」に指定してください。</translation>
    </message>
    <message>
        <source>Why the data is erased (kept in the erasure record; at most 500 characters).</source>
        <translation>データを消去する理由（消去記録に残ります。500文字以内）。</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data (消去, privacy officer only).</source>
        <translation>組合員の個人データを消去します（個人情報保護管理者のみ）。</translation>
    </message>
    <message>
        <source>Blanks the name, kana, birth date, postal code, address, telephone and affiliation and removes the member from the search index; the member number stays so that requests and letters still refer to it. An erasure record (what, who, when, why — not the erased values) and an audit entry remain. Refused while the member has a request in progress (exit 1); a missing reason is exit 2, another role exit 3, an unknown number exit 4.</source>
        <translation>氏名、カナ、生年月日、郵便番号、住所、電話番号、所属所を空にし、組合員を検索索引から除きます。組合員番号は、請求や通知書から引き続き参照できるよう残ります。消去記録（対象、実施者、日時、理由。消去した値は含みません）と監査記録が残ります。処理中の請求がある組合員は消去できません（終了コード1）。理由の指定がない場合は終了コード2、他の役割の場合は終了コード3、不明な組合員番号の場合は終了コード4となります。</translation>
    </message>
    <message>
        <source>Why the attachment is erased (kept in the erasure record; at most 500 characters).</source>
        <translation>添付ファイルを消去する理由（消去記録に残ります。500文字以内）。</translation>
    </message>
    <message>
        <source>Erase attachment N of a request (消去, privacy officer only).</source>
        <translation>請求の添付ファイル N を消去します（個人情報保護管理者のみ）。</translation>
    </message>
    <message>
        <source>ID is the request&apos;s id or receipt number, N the attachment&apos;s number as “request show” lists it. The file&apos;s bytes are removed from the database file; an erasure record (size, type and the SHA-256 of the file name and content, who, when, why) and an audit entry remain. A missing reason is exit 2, another role exit 3, an unknown request or attachment exit 4.</source>
        <translation>ID は請求の ID または受付番号、N は「request show」で表示される添付ファイルの番号です。ファイルの内容はデータベースファイルから削除され、消去記録（サイズ、形式、ファイル名と内容の SHA-256、実施者、日時、理由）と監査記録が残ります。理由の指定がない場合は終了コード2、他の役割の場合は終了コード3、不明な請求または添付ファイルの場合は終了コード4となります。</translation>
    </message>
    <message>
        <source>Purge requests closed or withdrawn before this day; it must lie at least the retention period (requests.retention_years) in the past.</source>
        <translation>この日より前に完結または取下げとなった請求を削除します。日付は、今日から保存期間（requests.retention_years）以上前の日でなければなりません。</translation>
    </message>
    <message>
        <source>List the requests and change nothing.</source>
        <translation>対象の請求を一覧表示するのみで、何も変更しません。</translation>
    </message>
    <message>
        <source>Purge requests closed longer ago than the retention period (privacy officer only).</source>
        <translation>完結後、保存期間を経過した請求を削除します（個人情報保護管理者のみ）。</translation>
    </message>
    <message>
        <source>A purged request keeps its receipt number, type, status and dates; its texts, agent, history, attachments and workflow records are removed and an erasure record is left for each. Issued letters are official records and are kept. A date later than today minus the retention period is refused (exit 1).</source>
        <translation>削除した請求は受付番号、種別、状態、日付のみが残り、記載内容、代理人、履歴、添付ファイル、処理経過の記録は削除され、それぞれについて消去記録が残ります。発行済みの通知書は公文書のため保存されます。今日から保存期間を差し引いた日より後の日付は受け付けません（終了コード1）。</translation>
    </message>
    <message>
        <source>The database&apos;s audit key file (default: %1, or the file named by %2).</source>
        <translation>データベースの監査鍵ファイル（既定値：%1。または %2 で指定したファイル）。</translation>
    </message>
    <message>
        <source>The regime whose day count applies when --days is not given; under private, --paused does not count (only the public regime pauses).</source>
        <translation>--days を指定しない場合に日数を適用する規律。private（第4章の規律）では --paused は算入されません（停止するのは第5章の規律のみです）。</translation>
    </message>
    <message>
        <source>Only letters whose document number, receipt number or addressee contains this text, whatever the width of its digits (第3号 finds 長共総第３号).</source>
        <translation>文書番号、受付番号または宛先にこの文字列を含む通知書のみ。数字の全角・半角は区別しません（第3号で長共総第３号も見つかります）。</translation>
    </message>
    <message>
        <source>The database file (default: %1), or a server database shared by several desks: postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]. The server&apos;s password comes from PGPASSFILE or ~/.pgpass, else it is asked on the terminal without echo.</source>
        <translation>データベースファイル（既定：%1）、または複数の端末で共有するサーバーのデータベース：postgresql://ユーザー@ホスト:ポート/データベース[?sslmode=…]。サーバーのパスワードは PGPASSFILE または ~/.pgpass から読み込み、ない場合は端末で（表示せずに）入力を求めます。</translation>
    </message>
    <message>
        <source>Server databases only, connected as the schema&apos;s owner: let this login role (the desks&apos;) read and write the data; repeatable.</source>
        <translation>サーバーのデータベースで、スキーマの所有者として接続している場合のみ：このログインロール（各端末用）にデータの読み書きを許可します。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Upgrade the database&apos;s schema to this program and show the engine, its version and the schema version.</source>
        <translation>データベースのスキーマをこのプログラムに合わせて更新し、データベースの種類、そのバージョン、スキーマのバージョンを表示します。</translation>
    </message>
    <message>
        <source>Needs no --user. On a server database, connect as the role that owns the schema (postgresql://OWNER@HOST:PORT/DATABASE): the desks&apos; role may not change the schema. The roles granted with “init --app-role” are granted their rights again, so that new tables reach them. With --json: engine, engine_version, schema_version and roles.</source>
        <translation>--user は不要です。サーバーのデータベースでは、スキーマを所有するロールで接続してください（postgresql://所有者@ホスト:ポート/データベース）。各端末用のロールはスキーマを変更できません。「init --app-role」で許可したロールには権限を付与し直すため、新しいテーブルにもアクセスできるようになります。--json の場合：engine、engine_version、schema_version、roles。</translation>
    </message>
    <message>
        <source>The single desk&apos;s SQLite database file.</source>
        <translation>単独の端末で使用している SQLite データベースファイル。</translation>
    </message>
    <message>
        <source>The empty server database, as its owner: postgresql://OWNER@HOST:PORT/DATABASE.</source>
        <translation>空のサーバーのデータベース（所有者として接続）：postgresql://所有者@ホスト:ポート/データベース。</translation>
    </message>
    <message>
        <source>Let this login role (the desks&apos;) read and write the copy; repeatable.</source>
        <translation>このログインロール（各端末用）にコピー先データの読み書きを許可します。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Move a single desk&apos;s database to an empty server database.</source>
        <translation>単独の端末のデータベースを空のサーバーのデータベースに移行します。</translation>
    </message>
    <message>
        <source>Needs no --user: it runs where the file is, by whoever may read it and its audit key. Every row is copied with its id, in one transaction; the audit chain is verified on the server with the same audit key (--audit-key, or the file found by the database&apos;s identity, which moves with it), and every letter&apos;s and attachment&apos;s bytes are checked against their SHA-256. A server database that already holds data is refused (exit 5), and a file that is not a DSR Desk database (exit 1). The file is only read, after being opened as every command opens it (an older schema is upgraded, an old audit trail keyed).</source>
        <translation>--user は不要です。ファイルがある場所で、そのファイルと監査鍵を読めるユーザーが実行します。すべての行を ID ごと1つのトランザクションでコピーし、サーバー上で同じ監査鍵（--audit-key、またはデータベースの識別子から見つかるファイル。識別子はデータとともに移ります）を使って監査証跡のハッシュチェーンを検証し、すべての通知書と添付ファイルの内容を SHA-256 と照合します。既にデータのあるサーバーのデータベースは拒否し（終了コード 5）、DSR Desk のデータベースでないファイルも拒否します（終了コード 1）。ファイルは他のコマンドと同様に開いた後（古いスキーマは更新され、古い監査証跡は鍵付きに切り替わります）、読み取るだけです。</translation>
    </message>
    <message>
        <source>Black out this box: the page from 1, then left, top, width and height in points (1/72 inch) from the page&apos;s top-left corner (repeatable).</source>
        <translation>この範囲を黒塗りします。ページ番号（1から）、続いてページ左上隅からの左端、上端、幅、高さをポイント（1/72インチ）で指定します（複数指定可）。</translation>
    </message>
    <message>
        <source>Black out every occurrence of this text: full and half width, case, hiragana and katakana and spaces do not matter (repeatable).</source>
        <translation>この文字列をすべて黒塗りします。全角・半角、大文字・小文字、ひらがな・カタカナ、空白の違いは区別しません（複数指定可）。</translation>
    </message>
    <message>
        <source>The document: a PDF, PNG, JPEG or (multi-page) TIFF.</source>
        <translation>元の文書：PDF、PNG、JPEG、または（複数ページの）TIFF。</translation>
    </message>
    <message>
        <source>The redacted copy to write; the file must not exist yet (it is never overwritten).</source>
        <translation>書き出す黒塗り済みの写し。まだ存在しないファイルを指定します（上書きすることはありません）。</translation>
    </message>
    <message>
        <source>Black out every My Number with a valid check digit, however it is written.</source>
        <translation>検査用数字が正しい個人番号を、書き方にかかわらずすべて黒塗りします。</translation>
    </message>
    <message>
        <source>Black out every Japanese telephone number.</source>
        <translation>国内の電話番号をすべて黒塗りします。</translation>
    </message>
    <message>
        <source>Black out every postal code (〒123-4567, 123-4567).</source>
        <translation>郵便番号（〒123-4567、123-4567）をすべて黒塗りします。</translation>
    </message>
    <message>
        <source>The legal ground recorded for every box.</source>
        <translation>各黒塗り箇所に記録する不開示の根拠。</translation>
    </message>
    <message>
        <source>The reason recorded for every box.</source>
        <translation>各黒塗り箇所に記録する理由。</translation>
    </message>
    <message>
        <source>The resolution the pages are rebuilt at, 200 to 600 (default 300).</source>
        <translation>ページを画像から作り直す解像度。200～600（既定値：300）。</translation>
    </message>
    <message>
        <source>Write a redacted copy of a document: the boxes and hits blacked out, every page rebuilt from pixels, the copy proved.</source>
        <translation>文書の黒塗り済みの写しを作成します。指定範囲と検出箇所を黒塗りし、すべてのページを画像から作り直し、写しを検証します。</translation>
    </message>
    <message>
        <source>Do not read pages without a text layer (scans) by OCR; they get no suggestions then.</source>
        <translation>文字情報のないページ（スキャン画像）を OCR で読み取りません。その場合、それらのページには候補が出ません。</translation>
    </message>
    <message>
        <source>Each page is rendered at --dpi, the boxes are filled black in the image and the copy holds nothing but those images: no text, fonts, annotations, form fields, attachments, scripts or metadata of the original (what its annotations and fields show on the page stays, as pixels; the searches and detectors read field values too). Before the copy gets its name it is opened again and proved: no page has text, every box is black, and none of the texts blacked out occurs in its bytes; if any check fails, nothing is written (exit 1). The log lists every box; it is printed, not stored. Without any --box, --search or detector the copy is still rebuilt from pixels. Pages without a text layer (scans) are read by OCR (Tesseract, Japanese and English) for the searches and detectors unless --no-ocr is given; standard error says which pages were. Encrypted or damaged files are refused (exit 1), a missing input is exit 4, an --out that exists is exit 5, a bad --box or --dpi is exit 2. Needs no database and no --user.</source>
        <translation>各ページを --dpi の解像度で画像にし、指定範囲を画像上で黒く塗りつぶします。写しにはその画像だけが入り、元の文書の文字、フォント、注釈、フォームのフィールド、添付ファイル、スクリプト、メタデータは一切残りません（注釈やフィールドがページ上に表示している内容は画素として残ります。検索と検出はフィールドの値も読み取ります）。写しは名前を付ける前に開き直して検証します：どのページにも文字がないこと、すべての範囲が黒いこと、黒塗りした文字列がファイルのバイト列に含まれないこと。いずれかの検査に失敗した場合は何も書き出しません（終了コード 1）。記録にはすべての黒塗り箇所が載り、出力されますが保存はされません。--box、--search、検出の指定がなくても、写しは画像から作り直されます。文字情報のないページ（スキャン画像）は、--no-ocr を指定しない限り、検索と検出のために OCR（Tesseract、日本語と英語）で読み取ります。どのページを読み取ったかは標準エラー出力に表示します。暗号化されたファイルや破損したファイルは受け付けません（終了コード 1）。入力がない場合は終了コード 4、--out が既に存在する場合は 5、--box や --dpi の誤りは 2 です。データベースも --user も必要ありません。</translation>
    </message>
    <message>
        <source>The disclosure document to redact, by its number on the request.</source>
        <translation>黒塗りする開示対象文書。請求内の文書番号で指定します。</translation>
    </message>
    <message>
        <source>The legal ground of every box: a ground id of the organisation&apos;s regime (art33-2-1 …, art78-1-1 …, art81) or its name as shown.</source>
        <translation>各黒塗り箇所の不開示の根拠。組織の規律の根拠ID（art33-2-1 …、art78-1-1 …、art81）または表示される名称で指定します。</translation>
    </message>
    <message>
        <source>Print the stored copy as JSON: request, id, document, pages, dpi, size, sha256, made_by, made_at and redactions as “redact --json” prints them, each with by and at.</source>
        <translation>保存した写しを JSON で出力します：request、id、document、pages、dpi、size、sha256、made_by、made_at と redactions（「redact --json」と同じ形式で、各項目に by と at を加えたもの）。</translation>
    </message>
    <message>
        <source>Print the stored document as JSON.</source>
        <translation>保存した文書を JSON で出力します。</translation>
    </message>
    <message>
        <source>Add a document to disclose (PDF, PNG, JPEG or multi-page TIFF) to a request.</source>
        <translation>請求に開示対象文書（PDF、PNG、JPEG、複数ページの TIFF）を追加します。</translation>
    </message>
    <message>
        <source>The document is opened as for redaction first: encrypted, damaged, empty or unsupported files are refused with the reason and nothing is stored (exit 1). It is stored with its SHA-256, never changed, and numbered from 1 within the request. Closed or withdrawn requests take no documents (exit 1).</source>
        <translation>文書はまず黒塗りのときと同じように開きます。暗号化されたファイル、破損したファイル、空のファイル、対応していない形式のファイルは理由を示して受け付けず、何も保存しません（終了コード 1）。文書は SHA-256 とともに保存され、変更されることはなく、請求内で1から番号が付きます。終結または取下げ済みの請求には文書を追加できません（終了コード 1）。</translation>
    </message>
    <message>
        <source>Store a redacted copy of a request&apos;s disclosure document, proved, with its log.</source>
        <translation>請求の開示対象文書の黒塗り済みの写しを、検証したうえで記録とともに保存します。</translation>
    </message>
    <message>
        <source>As “redact” does for a file: the boxes and every hit of the detectors are blacked out, every page is rebuilt from pixels and the copy is proved before it is stored with its SHA-256 and the log (page, box, source, ground, reason, who, when). Stored copies are never changed; the newest copy of each document gives the partial-disclosure decision its withheld parts. A bad --box, --ground, --dpi or --document is exit 2; an unknown request or document exit 4; nothing to black out, a failed proof or a closed request exit 1 (nothing stored).</source>
        <translation>ファイルに対する「redact」と同様に、指定範囲と検出箇所をすべて黒塗りし、すべてのページを画像から作り直し、写しを検証してから SHA-256 と記録（ページ、範囲、検出元、根拠、理由、担当者、日時）とともに保存します。保存した写しは変更されません。各文書の最新の写しから、一部開示決定の不開示部分が作られます。--box、--ground、--dpi、--document の誤りは終了コード 2、請求または文書がない場合は 4、黒塗りする箇所がない場合、検証に失敗した場合、終結した請求の場合は 1 です（何も保存しません）。</translation>
    </message>
    <message>
        <source>Print JSON: request, documents (id, number, file_name, media_type, pages, size, sha256, added_by, added_at) and redacted_copies (as “request redact --json”).</source>
        <translation>JSON で出力します：request、documents（id、number、file_name、media_type、pages、size、sha256、added_by、added_at）と redacted_copies（「request redact --json」と同じ形式）。</translation>
    </message>
    <message>
        <source>List a request&apos;s disclosure documents and redacted copies.</source>
        <translation>請求の開示対象文書と黒塗り済みの写しを一覧表示します。</translation>
    </message>
    <message>
        <source>Black out every full name of another member of the register (never the requester&apos;s own).</source>
        <translation>組合員名簿にある他の組合員の氏名（姓名）をすべて黒塗りします（請求者本人の氏名は対象外）。</translation>
    </message>
    <message>
        <source>Print the log as JSON: in, out, pages, dpi, size, sha256 and redactions, each with page, rect {x, y, width, height}, source (box, search, my-number, phone, postal-code, member-name, or ocr with the detector that read the OCR&apos;d text), ground, reason and, except for My Numbers and hand-drawn boxes, the text blacked out.</source>
        <translation>記録を JSON で出力します：in、out、pages、dpi、size、sha256 と redactions（各要素は page、rect {x, y, width, height}、source（box、search、my-number、phone、postal-code、member-name、または OCR で読み取った文字を検出した検出器を添えた ocr）、ground、reason、およびマイナンバーと手で描いた枠を除き黒塗りした文字）。</translation>
    </message>
    <message>
        <source>The backup file to write; it must not exist.</source>
        <translation>書き込むバックアップファイル（既存のファイルは指定できません）。</translation>
    </message>
    <message>
        <source>Read the passphrase as one line of standard input (after the acting user&apos;s password) instead of asking twice on the terminal.</source>
        <translation>パスフレーズを端末で2回尋ねる代わりに、標準入力の1行（操作するユーザーのパスワードの次の行）から読み込みます。</translation>
    </message>
    <message>
        <source>Write the archive unencrypted: anyone holding the file can read all personal data in it.</source>
        <translation>暗号化せずに書き込みます。ファイルを持つ人は誰でも、中のすべての個人データを読めます。</translation>
    </message>
    <message>
        <source>Back up the database and its audit key into one encrypted file, while others keep working.</source>
        <translation>他の人が作業を続けたまま、データベースと監査鍵を1つの暗号化ファイルにバックアップします。</translation>
    </message>
    <message>
        <source>The database is copied as of one moment with SQLite&apos;s online backup (the other desks go on writing), checked, and written with the audit key and a manifest (versions, time, counts, SHA-256 of each part) into FILE, encrypted with a passphrase of at least 12 characters (Argon2id, XChaCha20-Poly1305). The file is readable by its owner only and never replaces an existing one (exit 5). Administrators only; the backup is recorded in the audit trail (file name, size, encrypted or not — never the passphrase). A server database is dumped with pg_dump instead (the command says how).</source>
        <translation>データベースを SQLite のオンラインバックアップである一時点の状態として複製し（他の端末は書き込みを続けられます）、検査したうえで、監査鍵と目録（版、日時、件数、各部分の SHA-256）とともに、12文字以上のパスフレーズで暗号化して（Argon2id、XChaCha20-Poly1305）FILE に書き込みます。ファイルは所有者のみ読み取り可能で、既存のファイルを置き換えることはありません（終了コード5）。システム管理者のみ実行できます。バックアップは監査証跡に記録されます（ファイル名、サイズ、暗号化の有無。パスフレーズは記録しません）。サーバーのデータベースは代わりに pg_dump で保存します（コマンドが方法を示します）。</translation>
    </message>
    <message>
        <source>Read the passphrase as one line of standard input instead of asking on the terminal.</source>
        <translation>パスフレーズを端末で尋ねる代わりに、標準入力の1行から読み込みます。</translation>
    </message>
    <message>
        <source>Restore a backup into a new database file given by --db, and check it.</source>
        <translation>バックアップを --db で指定した新しいデータベースファイルに復元し、検査します。</translation>
    </message>
    <message>
        <source>--db names the new file; an existing file is refused (exit 5): a backup never goes over a database. The backup must decrypt and match its manifest — a wrong passphrase, a truncated file or any altered byte is refused (exit 1) and nothing is left behind. The audit key goes where the program looks for it (--audit-key, DSR_AUDIT_KEY, or the usual place). Then the database&apos;s integrity, foreign keys, audit chain and stored files are checked, and the counts, the last audit entry and the last letter are printed. A missing FILE is exit 4. Needs no --user.</source>
        <translation>--db には新しいファイルを指定します。既存のファイルは受け付けません（終了コード5）。バックアップでデータベースを上書きすることはありません。バックアップは復号でき、目録と一致する必要があります。パスフレーズの誤り、途中で切れたファイル、1バイトでも改変されたファイルは受け付けず（終了コード1）、何も残しません。監査鍵はプログラムが探す場所（--audit-key、DSR_AUDIT_KEY、または通常の場所）に置きます。その後、データベースの整合性、外部キー、監査チェーン、保存ファイルを検査し、件数、最後の監査記録、最後の文書を表示します。FILE がない場合は終了コード4です。--user は不要です。</translation>
    </message>
    <message>
        <source>Check the database, the audit trail, the stored files, the numbering and the letter settings.</source>
        <translation>データベース、監査証跡、保存ファイル、番号、文書の設定を点検します。</translation>
    </message>
    <message>
        <source>Runs the engine&apos;s integrity check (SQLite: PRAGMA integrity_check; PostgreSQL: amcheck when installed), the foreign keys, the audit chain, every letter&apos;s, attachment&apos;s, disclosure document&apos;s and redacted copy&apos;s SHA-256 against its bytes, the number counters against the highest numbers issued, and the settings every letter needs. Prints one line per problem (its id, a tab, the message) and exits with 1 when there is any; otherwise prints what was checked and exits with 0. JSON: {&quot;ok&quot;, &quot;problems&quot;: [{&quot;id&quot;, &quot;message&quot;, &quot;entity&quot;}], &quot;checked&quot;: {counts}}. Problem ids: integrity, foreign_keys, audit_chain, letter_hash, attachment_hash, disclosure_document_hash, redacted_copy_hash, numbering, settings. Needs an administrator, auditor or privacy officer; the run is recorded.</source>
        <translation>データベースエンジンの整合性検査（SQLite：PRAGMA integrity_check、PostgreSQL：amcheck が導入されている場合）、外部キー、監査チェーン、すべての文書・添付ファイル・開示文書・黒塗り写しの SHA-256 と内容の照合、番号カウンターと発行済みの最大番号の照合、文書に必要な設定を点検します。問題ごとに1行（ID、タブ、メッセージ）を表示し、問題があれば終了コード1で終了します。問題がなければ点検した内容を表示して終了コード0で終了します。JSON：{&quot;ok&quot;, &quot;problems&quot;: [{&quot;id&quot;, &quot;message&quot;, &quot;entity&quot;}], &quot;checked&quot;: {件数}}。問題の ID：integrity、foreign_keys、audit_chain、letter_hash、attachment_hash、disclosure_document_hash、redacted_copy_hash、numbering、settings。システム管理者、監査担当者または個人情報保護責任者が実行でき、実行は記録されます。</translation>
    </message>
    <message>
        <source>The fiscal year (年度, April–March) starting in April of YYYY: 2025 is 令和7年度.</source>
        <translation>YYYY年4月に始まる年度（4月～翌年3月）。2025 は令和7年度です。</translation>
    </message>
    <message>
        <source>First day of a free period (YYYY-MM-DD), with --to.</source>
        <translation>任意の期間の初日（YYYY-MM-DD）。--to と併せて指定します。</translation>
    </message>
    <message>
        <source>Last day of a free period (YYYY-MM-DD), with --from.</source>
        <translation>任意の期間の末日（YYYY-MM-DD）。--from と併せて指定します。</translation>
    </message>
    <message>
        <source>Also write the figures as CSV (UTF-8 with BOM, opens in Excel).</source>
        <translation>数値を CSV（BOM 付き UTF-8、Excel で開けます）にも書き出します。</translation>
    </message>
    <message>
        <source>Also write a one-page A4 PDF report.</source>
        <translation>A4 判1枚の PDF 報告書も書き出します。</translation>
    </message>
    <message>
        <source>Show the statistics of a fiscal year or of a period (統計).</source>
        <translation>年度または期間の統計を表示します。</translation>
    </message>
    <message>
        <source>Requests received by type and channel, withdrawn, still open and overdue at the period&apos;s end (or today), decisions by type and kind, extensions, amendments, inquiries and third-party opinions, days from receipt to decision (median, mean, maximum; calendar and open days), decisions within the target and the legal limit, letters issued per kind and mailings returned. Give --fiscal-year or --from and --to. The JSON uses the ids of “request list” (received.by_type.disclosure, decisions.disclosure.partial …). The figures hold no personal data; reading them is recorded in the audit trail.</source>
        <translation>種別・受付方法ごとの受付件数、取下げ、期間末（または本日）時点の処理中と期限超過、種別・決定区分ごとの決定件数、延長、補正、照会、第三者意見照会、受付から決定までの日数（中央値・平均・最大。暦日と開庁日）、目標期日内・法定期限内の決定件数、種類ごとの発行文書数、返戻郵便を表示します。--fiscal-year、または --from と --to を指定してください。JSON は「request list」の ID（received.by_type.disclosure、decisions.disclosure.partial など）を使います。数値に個人データは含まれず、閲覧は監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>The kind of file is judged by its content, not its name, and the file is opened for real first, in a child process under a time and a memory limit: other kinds of file, files over 50 MB, damaged or password-protected ones and ones built to hang or crash a reader are refused with the reason and nothing is stored (exit 1). Stored files are never changed.</source>
        <translation>ファイルの種類は名前ではなく内容で判定し、さらに時間とメモリを制限した子プロセスで実際に開いて確かめます。その他の種類のファイル、50 MB を超えるファイル、破損したファイル、パスワードで保護されたファイル、読み取りプログラムを停止・異常終了させるように作られたファイルは理由を示して拒否し、何も保存しません（終了コード 1）。保存したファイルは変更されません。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run “dsrctl help” for the list of commands and options.</source>
        <translation>コマンドとオプションの一覧は「dsrctl help」で表示できます。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2). %3</source>
        <translation>オプション --%1 には値（%2）が必要です。%3</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>オプション --%1 が複数回指定されています。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>オプション --%1 には値を指定できません。</translation>
    </message>
    <message>
        <source>Unknown option --%1. %2</source>
        <translation>不明なオプション --%1 です。%2</translation>
    </message>
    <message>
        <source>The option --lang takes ja or en, not “%1”.</source>
        <translation>オプション --lang には ja または en を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>No command given. %1</source>
        <translation>コマンドが指定されていません。%1</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”. The “%1” commands are: %3. Run “dsrctl help %1” for details.</source>
        <translation>不明なコマンド「%1 %2」です。「%1」のコマンドは %3 です。詳細は「dsrctl help %1」で表示できます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1” needs one of these words after it: %2. Run “dsrctl help %1” for details.</source>
        <translation>「%1」の後には次のいずれかの語が必要です：%2。詳細は「dsrctl help %1」で表示できます。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. %2</source>
        <translation>不明なコマンド「%1」です。%2</translation>
    </message>
    <message>
        <source>The command “%1” has no option --%2. Run “dsrctl help %1” for its options.</source>
        <translation>コマンド「%1」にオプション --%2 はありません。オプションは「dsrctl help %1」で確認できます。</translation>
    </message>
    <message>
        <source>The option --db needs the path of a database file, not an empty argument.</source>
        <translation>オプション --db にはデータベースファイルのパスを指定してください。空の引数は指定できません。</translation>
    </message>
    <message>
        <source>The option --user needs a login, not an empty argument.</source>
        <translation>オプション --user にはログインIDを指定してください。空の引数は指定できません。</translation>
    </message>
    <message>
        <source>The command “%1” needs %2. Run “dsrctl help %1” for details.</source>
        <translation>コマンド「%1」には %2 が必要です。詳細は「dsrctl help %1」で表示できます。</translation>
    </message>
    <message>
        <source>The command “%1” needs %2, not an empty argument.</source>
        <translation>コマンド「%1」には %2 が必要です。空の引数は指定できません。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” after “%2”. Run “dsrctl help %2” for details.</source>
        <translation>「%2」の後に予期しない引数「%1」があります。詳細は「dsrctl help %2」で表示できます。</translation>
    </message>
    <message>
        <source>The command “%1” needs the option --%2 (%3). Run “dsrctl help %1” for details.</source>
        <translation>コマンド「%1」にはオプション --%2（%3）が必要です。詳細は「dsrctl help %1」で表示できます。</translation>
    </message>
    <message>
        <source>The command “%1” acts on behalf of a user: add --user LOGIN before it.</source>
        <translation>コマンド「%1」はユーザーとして実行します。コマンドの前に --user LOGIN を指定してください。</translation>
    </message>
    <message>
        <source>The option --audit-key needs the path of a key file, not an empty argument.</source>
        <translation>オプション --audit-key には鍵ファイルのパスを指定してください。空の引数は指定できません。</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Standard input ended before the expected password line.</source>
        <translation>パスワードの行を読み込む前に標準入力が終了しました。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password on; give the password on standard input with --password-stdin.</source>
        <translation>パスワードを入力する端末がありません。--password-stdin を指定し、標準入力からパスワードを渡してください。</translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>パスワードが入力されませんでした。</translation>
    </message>
    <message>
        <source>The password is not valid UTF-8 text; set the terminal or the input to UTF-8 and give it again.</source>
        <translation>パスワードが有効な UTF-8 のテキストではありません。端末または入力の文字コードを UTF-8 に設定して、もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file starts like UTF-8 but contains invalid bytes.</source>
        <translation>ファイルは UTF-8 のようですが、不正なバイトが含まれています。</translation>
    </message>
    <message>
        <source>This system cannot read CP932 (Shift_JIS) files.</source>
        <translation>このシステムでは CP932（Shift_JIS）のファイルを読み込めません。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor CP932 (Shift_JIS) text. Save it as UTF-8 CSV and try again.</source>
        <translation>ファイルは UTF-8 と CP932（Shift_JIS）のどちらのテキストでもありません。UTF-8 の CSV として保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Line %1: a quote appears inside an unquoted field; put the whole field in quotes and double the quote.</source>
        <translation>%1行目：引用符で囲まれていない項目の中に引用符があります。項目全体を引用符で囲み、項目内の引用符は2つ重ねてください。</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; put the whole field in quotes.</source>
        <translation>%1行目：閉じる引用符の後に文字があります。項目全体を引用符で囲んでください。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>%1行目：引用符で囲まれた項目が閉じられていません。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません：%2</translation>
    </message>
    <message>
        <source>%1 is not a DSR Desk database (%2). Choose another file with --db.</source>
        <translation>%1 は DSR Desk のデータベースではありません（%2）。--db で別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>Cannot configure the database</source>
        <translation>データベースを設定できません</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>スキーマのバージョンを読み込めません</translation>
    </message>
    <message>
        <source>%1 holds tables of another program; DSR Desk will not change it.</source>
        <translation>%1 には別のプログラムのテーブルが含まれています。DSR Desk はこのファイルを変更しません。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this program knows only up to version %3. Use a newer DSR Desk.</source>
        <translation>データベース %1 のスキーマバージョンは %2 ですが、このプログラムはバージョン %3 までしか対応していません。新しいバージョンの DSR Desk を使用してください。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>マイグレーション %1 がプログラムに含まれていません。</translation>
    </message>
    <message>
        <source>Schema migration %1 failed</source>
        <translation>スキーマのマイグレーション %1 に失敗しました</translation>
    </message>
    <message>
        <source>%1: the database is busy with another desk; try again.</source>
        <translation>%1：データベースが他の端末で使用中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1: the record already exists.</source>
        <translation>%1：そのレコードは既に存在します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The record was changed by someone else — reload it and try again.</source>
        <translation>このレコードは他の人によって変更されています。再読み込みしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>データベースを読み込めません</translation>
    </message>
    <message>
        <source>The server address %1 is not valid: %2 Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>サーバーのアドレス %1 が正しくありません：%2 postgresql://ユーザー@ホスト:ポート/データベース の形式で指定してください。</translation>
    </message>
    <message>
        <source>it names no host.</source>
        <translation>ホストが指定されていません。</translation>
    </message>
    <message>
        <source>it names no database.</source>
        <translation>データベースが指定されていません。</translation>
    </message>
    <message>
        <source>it names no user.</source>
        <translation>ユーザーが指定されていません。</translation>
    </message>
    <message>
        <source>the option %1 is not supported (supported: %2).</source>
        <translation>オプション %1 には対応していません（対応しているもの：%2）。</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: the Qt driver QPSQL (Debian package libqt6sql6-psql) is missing.</source>
        <translation>このインストールでは PostgreSQL サーバーに接続できません。Qt のドライバー QPSQL（Debian パッケージ libqt6sql6-psql）がありません。</translation>
    </message>
    <message>
        <source>The server %1 refused the password of %2 (or wants one and none was given in the password file). Enter the password, or check PGPASSFILE and ~/.pgpass.</source>
        <translation>サーバー %1 が %2 のパスワードを拒否しました（またはパスワードが必要ですが、パスワードファイルにありません）。パスワードを入力するか、PGPASSFILE と ~/.pgpass を確認してください。</translation>
    </message>
    <message>
        <source>The server has no database %1. Check the address, or ask the administrator to create it (docs/ADMINISTRATION.md, “Several desks”).</source>
        <translation>サーバーにデータベース %1 がありません。アドレスを確認するか、作成をシステム管理者に依頼してください（docs/ADMINISTRATION.md の「Several desks」）。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>データベースサーバー %1 に接続できません：%2</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s owner</source>
        <translation>データベースの所有者を読み込めません</translation>
    </message>
    <message>
        <source>Roles exist only on a server database (PostgreSQL).</source>
        <translation>ロールはサーバーのデータベース（PostgreSQL）にのみあります。</translation>
    </message>
    <message>
        <source>%1 is not a role name this program grants to (lower-case letters, digits and _, starting with a letter).</source>
        <translation>%1 は、このプログラムが権限を付与できるロール名ではありません（英小文字、数字、_ のみで、英字で始まる名前）。</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s roles</source>
        <translation>サーバーのロールを読み込めません</translation>
    </message>
    <message>
        <source>The server has no role %1; create it first (createuser %1).</source>
        <translation>サーバーにロール %1 がありません。先に作成してください（createuser %1）。</translation>
    </message>
    <message>
        <source>Cannot record the role</source>
        <translation>ロールを記録できません</translation>
    </message>
    <message>
        <source>Cannot read the recorded roles</source>
        <translation>記録されたロールを読み込めません</translation>
    </message>
    <message>
        <source>Cannot grant the role %1 its rights</source>
        <translation>ロール %1 に権限を付与できません</translation>
    </message>
    <message>
        <source>The server database %1 is empty, and this role may not create its tables. Create them once as the database&apos;s owner: dsrctl --db postgresql://OWNER@HOST/DATABASE init --app-role ROLE.</source>
        <translation>サーバーのデータベース %1 は空で、このロールにはテーブルを作成する権限がありません。データベースの所有者として一度作成してください：dsrctl --db postgresql://所有者@ホスト/データベース init --app-role ロール。</translation>
    </message>
    <message>
        <source>The server database %1 has schema version %2 and this program needs %3; the desks&apos; role may not upgrade it. Upgrade it once as the database&apos;s owner (dsrctl --db postgresql://OWNER@HOST/DATABASE upgrade).</source>
        <translation>サーバーのデータベース %1 のスキーマバージョンは %2 で、このプログラムには %3 が必要です。各端末用のロールは更新できません。データベースの所有者として一度更新してください（dsrctl --db postgresql://所有者@ホスト/データベース upgrade）。</translation>
    </message>
    <message>
        <source>Cannot upgrade the database</source>
        <translation>データベースを更新できません</translation>
    </message>
    <message>
        <source>%1: the connection to the database server was lost; nothing of this change was saved. Try again when the server is reachable.</source>
        <translation>%1：データベースサーバーとの接続が切れました。この変更は何も保存されていません。サーバーに接続できるようになってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server name %1 is not known on this network. Check the name, or ask the administrator for the server&apos;s address.</source>
        <translation>サーバー名 %1 はこのネットワークで見つかりません。名前を確認するか、サーバーのアドレスをシステム管理者に確認してください。</translation>
    </message>
    <message>
        <source>The server %1 does not answer on port %2. Check that it is running and that this computer may reach it, then try again.</source>
        <translation>サーバー %1 がポート %2 で応答しません。サーバーが動作していること、このコンピューターから接続できることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot refresh the planner&apos;s statistics</source>
        <translation>プランナーの統計情報を更新できません</translation>
    </message>
    <message>
        <source>Cannot read the schema</source>
        <translation>スキーマを読み込めません</translation>
    </message>
</context>
<context>
    <name>DatabaseAccess</name>
    <message>
        <source>Only the role that owns the schema of %1 may grant roles or upgrade it; connect as that role (postgresql://OWNER@HOST:PORT/DATABASE).</source>
        <translation>%1 のスキーマを所有するロールだけが、ロールへの権限付与や更新を行えます。そのロールで接続してください（postgresql://所有者@ホスト:ポート/データベース）。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot list the tables</source>
        <translation>テーブルの一覧を読み込めません</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>データベースファイル %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is not a DSR Desk database file (%2); nothing was copied.</source>
        <translation>%1 は DSR Desk のデータベースファイルではありません（%2）。何もコピーしていません。</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ファイルではありません</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>SQLite のデータベースではありません</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません：%2</translation>
    </message>
    <message>
        <source>it holds no DSR Desk tables</source>
        <translation>DSR Desk のテーブルがありません</translation>
    </message>
    <message>
        <source>Cannot read the table %1</source>
        <translation>テーブル %1 を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the foreign keys</source>
        <translation>外部キーを読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the primary key of %1</source>
        <translation>%1 の主キーを読み込めません</translation>
    </message>
    <message>
        <source>The source has schema version %1 and the target %2; both must be at the same version.</source>
        <translation>コピー元のスキーマバージョンは %1、コピー先は %2 です。両方が同じバージョンである必要があります。</translation>
    </message>
    <message>
        <source>The target database already holds data.</source>
        <translation>コピー先のデータベースには既にデータがあります。</translation>
    </message>
    <message>
        <source>The target database has no table %1; the two schemas differ.</source>
        <translation>コピー先のデータベースにテーブル %1 がありません。2つのスキーマが異なります。</translation>
    </message>
    <message>
        <source>The target&apos;s table %1 has no column %2; the two schemas differ.</source>
        <translation>コピー先のテーブル %1 に列 %2 がありません。2つのスキーマが異なります。</translation>
    </message>
    <message>
        <source>Cannot copy the table %1</source>
        <translation>テーブル %1 をコピーできません</translation>
    </message>
    <message>
        <source>Cannot read the id sequence of %1</source>
        <translation>%1 の ID シーケンスを読み込めません</translation>
    </message>
    <message>
        <source>Cannot move the id sequence of %1</source>
        <translation>%1 の ID シーケンスを進められません</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>year-end closure</source>
        <translation>年末年始休業</translation>
    </message>
    <message>
        <source>closed day of the organisation</source>
        <translation>組織の休業日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Received %1; the day of receipt is not counted, day 1 is %2.</source>
        <translation>受付日は %1 です。受付日は算入せず、%2 を1日目とします。</translation>
    </message>
    <message>
        <source>Paused from %1 to %2 while awaiting an amendment (%3 days not counted).</source>
        <translation>補正待ちのため %1 から %2 まで停止しました（%3日間は算入しません）。</translation>
    </message>
    <message>
        <source>%1 days counted: the deadline is %2.</source>
        <translation>%1日を算入し、期限は %2 です。</translation>
    </message>
    <message>
        <source>%1 is an open day: act by %1.</source>
        <translation>%1 は業務日のため、対応期日は %1 です。</translation>
    </message>
    <message>
        <source>Closed: %1; rolled forward to the next open day %2.</source>
        <translation>休業日：%1。翌業務日の %2 に繰り下げます。</translation>
    </message>
    <message>
        <source>Closed: %1; act by the last open day before it, %2.</source>
        <translation>休業日：%1。その直前の業務日である %2 が対応期日です。</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message>
        <source>Special extension (art. 84) to %1; act by %2.</source>
        <translation>特例延長（第84条）により %1 まで延長しました。対応期日は %2 です。</translation>
    </message>
    <message>
        <source>Extended to %1; act by %2.</source>
        <translation>%1 まで延長しました。対応期日は %2 です。</translation>
    </message>
    <message numerus="yes">
        <source>The private regime does not pause for amendments: %n paused range(s) not applied.</source>
        <translation>
            <numerusform>第4章の規律では補正による停止はありません：停止期間 %n 件は適用しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extensions belong to the public regime; under the private regime decide without delay.</source>
        <translation>期限の延長は第5章の規律でのみ行えます。第4章の規律では遅滞なく決定してください。</translation>
    </message>
    <message>
        <source>The deadline was already extended once; only the art. 84 special extension remains.</source>
        <translation>期限は既に1回延長されています。これ以上は第84条の特例延長のみ可能です。</translation>
    </message>
    <message>
        <source>The extension must be decided before the deadline %1.</source>
        <translation>延長は期限 %1 より前に決定する必要があります。</translation>
    </message>
    <message>
        <source>The new deadline must fall after %1 and at most 30 days later (%2).</source>
        <translation>新しい期限は %1 より後、かつ30日以内（%2 まで）にしてください。</translation>
    </message>
    <message>
        <source>The special extension must end after the current deadline %1.</source>
        <translation>特例延長の期限は、現在の期限 %1 より後にしてください。</translation>
    </message>
</context>
<context>
    <name>DecisionVocabulary</name>
    <message>
        <source>Full disclosure</source>
        <translation>全部開示</translation>
    </message>
    <message>
        <source>Partial disclosure</source>
        <translation>一部開示</translation>
    </message>
    <message>
        <source>Non-disclosure</source>
        <translation>不開示</translation>
    </message>
    <message>
        <source>Data not held</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Disclosure by another method</source>
        <translation>方法変更による開示</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>訂正等を行う</translation>
    </message>
    <message>
        <source>Do not correct</source>
        <translation>訂正等を行わない</translation>
    </message>
    <message>
        <source>Suspend use</source>
        <translation>利用停止等を行う</translation>
    </message>
    <message>
        <source>Do not suspend use</source>
        <translation>利用停止等を行わない</translation>
    </message>
    <message>
        <source>Substitute measure</source>
        <translation>代替措置</translation>
    </message>
    <message>
        <source>Notify the purpose of use</source>
        <translation>利用目的の通知</translation>
    </message>
    <message>
        <source>Response to the complaint</source>
        <translation>苦情への対応</translation>
    </message>
    <message>
        <source>Art. 33(2)(i): harm to the life, body, property or other rights of the person or a third party</source>
        <translation>第33条第2項第1号：本人又は第三者の生命、身体、財産その他の権利利益を害するおそれ</translation>
    </message>
    <message>
        <source>Art. 33(2)(ii): serious hindrance to the proper conduct of the association&apos;s business</source>
        <translation>第33条第2項第2号：当組合の業務の適正な実施に著しい支障を及ぼすおそれ</translation>
    </message>
    <message>
        <source>Art. 33(2)(iii): violation of other laws</source>
        <translation>第33条第2項第3号：他の法令に違反することとなる場合</translation>
    </message>
    <message>
        <source>Art. 81: neither confirming nor denying the existence of the data</source>
        <translation>第81条：保有個人情報の存否を明らかにしない（存否応答拒否）</translation>
    </message>
    <message>
        <source>Art. 78(1)(%1)</source>
        <translation>第78条第1項第%1号</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 には%2～%3の整数を指定してください（指定された値：「%4」）。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not “%1”.</source>
        <translation>--seed には0～4294967295の整数を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Filled %1 with %2 demo members and %3 demo requests.</source>
        <translation>%1 にデモ用の組合員%2人と請求%3件を作成しました。</translation>
    </message>
    <message>
        <source>Demo accounts (the passwords are shown only this once: the database keeps only their hashes; none has to be changed at the first login):</source>
        <translation>デモ用アカウント（パスワードはこの一度だけ表示されます。データベースにはハッシュ値のみ保存されます。初回ログイン時の変更は不要です）：</translation>
    </message>
    <message>
        <source>Try: dsrctl --db %1 --user clerk1 request list</source>
        <translation>試すには：dsrctl --db %1 --user clerk1 request list</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Give at least one member and zero or more requests.</source>
        <translation>組合員は1人以上、請求は0件以上を指定してください。</translation>
    </message>
    <message>
        <source>The database already holds data; demo data goes only into a new, empty database.</source>
        <translation>データベースには既にデータがあります。デモデータは新しい空のデータベースにのみ作成できます。</translation>
    </message>
    <message>
        <source>Demo request %1 (step %2 on %3): %4</source>
        <translation>デモの請求 %1（%3 の手順 %2）：%4</translation>
    </message>
</context>
<context>
    <name>DisclosureCommands</name>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 to %2 as document %3 (%n page(s)). SHA-256: %4</source>
        <translation>
            <numerusform>%1 を %2 の文書%3（%n ページ）として追加しました。SHA-256：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>--ground: %1</source>
        <translation>--ground：%1</translation>
    </message>
    <message>
        <source>--box: %1</source>
        <translation>--box：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stored redacted copy %1 of document %2 on %3: %n page(s) rebuilt from pixels at %4 dpi, %5 box(es) blacked out; the proof passed. SHA-256: %6</source>
        <translation>
            <numerusform>%3 の文書%2 の黒塗り済みの写し %1 を保存しました：%n ページを %4 dpi の画像から作り直し、%5 箇所を黒塗りし、検証に合格しました。SHA-256：%6</numerusform>
        </translation>
    </message>
    <message>
        <source>No disclosure documents on %1.</source>
        <translation>%1 に開示対象文書はありません。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>追加者</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Disclosure documents of %1:</source>
        <translation>%1 の開示対象文書：</translation>
    </message>
    <message>
        <source>No redacted copies.</source>
        <translation>黒塗り済みの写しはありません。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>写し</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>黒塗り箇所</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Redacted copies:</source>
        <translation>黒塗り済みの写し：</translation>
    </message>
</context>
<context>
    <name>DisclosureRepository</name>
    <message>
        <source>Cannot read the request</source>
        <translation>請求を読み込めません</translation>
    </message>
    <message>
        <source>Cannot store the disclosure document</source>
        <translation>開示対象文書を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the disclosure documents</source>
        <translation>開示対象文書を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the disclosure document</source>
        <translation>開示対象文書を読み込めません</translation>
    </message>
    <message>
        <source>The disclosure document does not exist.</source>
        <translation>開示対象文書が存在しません。</translation>
    </message>
    <message>
        <source>Cannot read the redaction draft</source>
        <translation>黒塗りの下書きを読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the redaction drafts</source>
        <translation>黒塗りの下書きを読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the redaction draft</source>
        <translation>黒塗りの下書きを保存できません</translation>
    </message>
    <message>
        <source>Cannot store the redacted copy</source>
        <translation>黒塗り済みの写しを保存できません</translation>
    </message>
    <message>
        <source>Cannot read the redacted copies</source>
        <translation>黒塗り済みの写しを読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the redacted copy</source>
        <translation>黒塗り済みの写しを読み込めません</translation>
    </message>
    <message>
        <source>The redacted copy does not exist.</source>
        <translation>黒塗り済みの写しが存在しません。</translation>
    </message>
</context>
<context>
    <name>DisclosureService</name>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>ID %1 の請求はありません。</translation>
    </message>
    <message>
        <source>The request is %1; its disclosure documents and copies can no longer change.</source>
        <translation>請求は「%1」の状態のため、開示対象文書と写しはもう変更できません。</translation>
    </message>
    <message>
        <source>The redaction draft was changed by someone else (version %1 is saved, this one was based on version %2) — reload it and draw your changes again.</source>
        <translation>黒塗りの下書きは他の人によって変更されました（保存済みは版 %1、この変更は版 %2 に基づいています）。読み込み直して、変更をもう一度行ってください。</translation>
    </message>
    <message>
        <source>The file %1 is empty; nothing was stored.</source>
        <translation>ファイル %1 は空です。何も保存していません。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; nothing was stored.</source>
        <translation>ファイル %1 は %2 MB を超えています。何も保存していません。</translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation>%1 何も保存していません。</translation>
    </message>
    <message>
        <source>There is no disclosure document with the id %1.</source>
        <translation>ID %1 の開示対象文書はありません。</translation>
    </message>
    <message>
        <source>The request has no disclosure documents.</source>
        <translation>この請求には開示対象文書がありません。</translation>
    </message>
    <message>
        <source>The request has no disclosure document %1; its documents are numbered 1 to %2.</source>
        <translation>この請求に文書%1はありません。文書の番号は1～%2です。</translation>
    </message>
    <message>
        <source>The stored disclosure document %1 no longer matches its SHA-256; it was damaged or altered.</source>
        <translation>保存されている開示対象文書%1 が SHA-256 と一致しません。破損しているか改変されています。</translation>
    </message>
    <message>
        <source>“%1” is not a ground of the organisation&apos;s legal regime; give one of %2.</source>
        <translation>「%1」は組織の規律における不開示の根拠ではありません。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Box %1 (page %2)</source>
        <translation>黒塗り箇所 %1（%2 ページ）</translation>
    </message>
    <message>
        <source>%1 has no ground; give one of %2.</source>
        <translation>%1 に根拠がありません。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a ground of the organisation&apos;s legal regime; give one of %3.</source>
        <translation>%1：「%2」は組織の規律における不開示の根拠ではありません。%3 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The redaction draft was not saved.</source>
        <translation>黒塗りの下書きは保存されませんでした。</translation>
    </message>
    <message>
        <source>Box %1 (page %2): %3</source>
        <translation>黒塗り箇所 %1（%2 ページ）：%3</translation>
    </message>
    <message>
        <source>Nothing is marked for redaction in document %1; a copy without redactions is not a partial disclosure.</source>
        <translation>文書%1 に黒塗りする箇所が指定されていません。黒塗りのない写しは一部開示になりません。</translation>
    </message>
    <message>
        <source>The redacted copy does not match its SHA-256; nothing was stored.</source>
        <translation>黒塗り済みの写しが SHA-256 と一致しません。何も保存していません。</translation>
    </message>
    <message>
        <source>The redacted copy was not stored.</source>
        <translation>黒塗り済みの写しは保存されませんでした。</translation>
    </message>
    <message>
        <source>There is no redacted copy with the id %1.</source>
        <translation>ID %1 の黒塗り済みの写しはありません。</translation>
    </message>
    <message>
        <source>The stored redacted copy %1 no longer matches its SHA-256; it was damaged or altered.</source>
        <translation>保存されている黒塗り済みの写し %1 が SHA-256 と一致しません。破損しているか改変されています。</translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>%1: the database server&apos;s disk is full. Nothing was saved. Ask the administrator to free space on the server, then try again.</source>
        <translation>%1：データベースサーバーのディスクの空き容量が不足しています。何も保存されていません。サーバーのディスクの空き容量を確保するよう管理者に依頼してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>%1: the disk that holds the database is full (no space left for this change). Nothing was saved. Free some space on that disk, or ask the administrator to, then try again.</source>
        <translation>%1：データベースを保存しているディスクの空き容量が不足しています（この変更を保存する空きがありません）。何も保存されていません。そのディスクの空き容量を確保するか、管理者に依頼してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>%1: the disk is full (no space left for this file). Nothing was written. Free some space on that disk, or choose another place, then try again.</source>
        <translation>%1：ディスクの空き容量が不足しています（このファイルを書き込む空きがありません）。何も書き込まれていません。そのディスクの空き容量を確保するか、別の保存先を選んでから、もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>%1 is not a PDF, PNG, JPEG or TIFF file (judged by its content, not its name).</source>
        <translation>%1 は PDF・PNG・JPEG・TIFF のいずれでもありません（名前ではなく内容で判定しています）。</translation>
    </message>
    <message>
        <source>%1 is larger than 100 MB; scan it at a lower resolution or in parts.</source>
        <translation>%1 は 100 MB を超えています。解像度を下げるか、分けてスキャンしてください。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF; the file is damaged or not a PDF.</source>
        <translation>%1 を PDF として読み取れません。ファイルが破損しているか、PDF ではありません。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it with its password, save a copy without protection and add that copy.</source>
        <translation>%1 はパスワードで保護されています。パスワードで開き、保護を外した複製を保存して、その複製を追加してください。</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 にはページがありません。</translation>
    </message>
    <message>
        <source>%1 claims %2 pages; at most %3 are accepted. Split it into parts.</source>
        <translation>%1 は %2 ページあるとしていますが、受け付けるのは %3 ページまでです。分割してください。</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be read; the file is damaged.</source>
        <translation>%2 の %1 ページ目を読み取れません。ファイルが破損しています。</translation>
    </message>
    <message>
        <source>Page %1 of %2 is too large an image (more than 100 million pixels or 30,000 pixels a side). Scan it at a lower resolution.</source>
        <translation>%2 の %1 ページ目は画像が大きすぎます（1 億画素超、または一辺 30,000 画素超）。解像度を下げてスキャンしてください。</translation>
    </message>
    <message>
        <source>%1 was refused: its compressed contents expand to more than 256 MB in one part or 2 GB in all, which a genuine scan or PDF does not. Save or scan it again and add the new file.</source>
        <translation>%1 を拒否しました。圧縮された内容を展開すると 1 か所で 256 MB、全体で 2 GB を超えます。通常のスキャンや PDF ではあり得ません。保存またはスキャンし直して、新しいファイルを追加してください。</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be read: %3</source>
        <translation>%2 の %1 ページ目を読み取れません: %3</translation>
    </message>
    <message>
        <source>%1 cannot be read as a %2 image: %3</source>
        <translation>%1 を %2 画像として読み取れません: %3</translation>
    </message>
    <message>
        <source>%1 was refused: the document reader could not open it within its limits (the file is damaged, or made to attack the reader). Save or scan it again and add the new file.</source>
        <translation>%1 を拒否しました。文書の読み取りプログラムが制限内で開けませんでした（ファイルの破損、または読み取りプログラムへの攻撃を目的としたファイルです）。保存またはスキャンし直して、新しいファイルを追加してください。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>このファイル</translation>
    </message>
    <message>
        <source>The document checker (%1) cannot be started: %2. Install DSR Desk again.</source>
        <translation>文書検査プログラム（%1）を起動できません: %2。DSR Desk をインストールし直してください。</translation>
    </message>
    <message>
        <source>%1 was refused: opening it took longer than %2 seconds, which a genuine scan or PDF does not. Save or scan it again and add the new file.</source>
        <translation>%1 を拒否しました。開くのに %2 秒を超えてかかりました。通常のスキャンや PDF ではあり得ません。保存またはスキャンし直して、新しいファイルを追加してください。</translation>
    </message>
</context>
<context>
    <name>ErasureCommands</name>
    <message>
        <source>--reason needs the reason for the erasure; it is kept in the erasure record.</source>
        <translation>--reason には消去の理由を指定してください。理由は消去記録に残ります。</translation>
    </message>
    <message>
        <source>Another desk is reading the database: the erased bytes leave its write-ahead log at the next checkpoint.</source>
        <translation>他の端末がデータベースを読み込んでいます。消去したデータは、次回のチェックポイント処理の際に先行書き込みログ（WAL）から除去されます。</translation>
    </message>
    <message>
        <source>Erased the personal data of member %1 (%2); erasure record %3.</source>
        <translation>組合員 %1 の個人データ（%2）を消去しました（消去記録 %3）。</translation>
    </message>
    <message>
        <source>N is the attachment&apos;s number as “request show” lists it, not “%1”.</source>
        <translation>N には「request show」で表示される添付ファイルの番号を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>Erased attachment %1 of %2 (%3 bytes); erasure record %4.</source>
        <translation>%2 の添付ファイル %1（%3 バイト）を消去しました（消去記録 %4）。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完結日</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) closed before %1 would be purged; nothing was changed.</source>
        <translation>
            <numerusform>%1 より前に完結した請求 %n 件が削除の対象です。何も変更していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n request(s) closed before %1.</source>
        <translation>
            <numerusform>%1 より前に完結した請求 %n 件を削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the erasure record)</source>
        <translation>理由（消去記録に残ります）(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>消去(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ErasureRepository</name>
    <message>
        <source>Cannot prepare the database for erasure</source>
        <translation>消去のためのデータベースの準備ができません</translation>
    </message>
    <message>
        <source>Cannot write the erasure through to the database file</source>
        <translation>消去をデータベースファイルに反映できません</translation>
    </message>
    <message>
        <source>The erasure is saved, but another desk is reading the database; the erased bytes leave the write-ahead log at its next checkpoint.</source>
        <translation>消去を保存しましたが、他の端末がデータベースを読み込んでいます。消去したデータは、次回のチェックポイント処理の際に先行書き込みログ（WAL）から除去されます。</translation>
    </message>
    <message>
        <source>Cannot save the erasure record</source>
        <translation>消去記録を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the erasure records</source>
        <translation>消去記録を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the attachment</source>
        <translation>添付ファイルを読み込めません</translation>
    </message>
    <message>
        <source>Cannot erase the attachment</source>
        <translation>添付ファイルを消去できません</translation>
    </message>
    <message>
        <source>Cannot save the request history</source>
        <translation>請求の履歴を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the member&apos;s requests</source>
        <translation>組合員の請求を読み込めません</translation>
    </message>
    <message>
        <source>Cannot erase the member&apos;s data</source>
        <translation>組合員のデータを消去できません</translation>
    </message>
    <message>
        <source>The member is gone.</source>
        <translation>この組合員は既に存在しません。</translation>
    </message>
    <message>
        <source>Cannot read the closed requests</source>
        <translation>完結した請求を読み込めません</translation>
    </message>
    <message>
        <source>Cannot purge the request</source>
        <translation>請求を削除できません</translation>
    </message>
    <message>
        <source>Cannot rewrite the search index</source>
        <translation>検索索引を再構築できません</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>Give the reason for the erasure.</source>
        <translation>消去の理由を記載してください。</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>理由は%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation>消去の理由</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>請求 %1 はありません。</translation>
    </message>
    <message>
        <source>The request %1 has no attachment %2.</source>
        <translation>請求 %1 に添付ファイル %2 はありません。</translation>
    </message>
    <message>
        <source>Attachment %1 erased (erasure record %2).</source>
        <translation>添付ファイル %1 を消去しました（消去記録 %2）。</translation>
    </message>
    <message>
        <source>There is no member with the number %1.</source>
        <translation>組合員番号 %1 の組合員はいません。</translation>
    </message>
    <message>
        <source>The personal data of member %1 was erased already.</source>
        <translation>組合員 %1 の個人データは既に消去されています。</translation>
    </message>
    <message>
        <source>Member %1 has requests in progress (%2); close or withdraw them before erasing the member&apos;s data.</source>
        <translation>組合員 %1 には処理中の請求（%2）があります。組合員のデータを消去する前に、これらの請求を完結または取下げとしてください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（消去済み）</translation>
    </message>
    <message>
        <source>Give the day before which closed requests are purged.</source>
        <translation>削除の基準日を指定してください（この日より前に完結した請求を削除します）。</translation>
    </message>
    <message>
        <source>Closed requests are kept for %1 years (setting %2), so the date may be %3 at the latest, not %4.</source>
        <translation>完結した請求の保存期間は%1年（設定 %2）のため、指定できる日付は %3 までです（指定された値：%4）。</translation>
    </message>
    <message>
        <source>Kept %1 years after closing (closed before %2).</source>
        <translation>完結後%1年の保存期間経過による削除（%2 より前に完結）。</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>%1 is required.</source>
        <translation>「%1」は必須です。</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters (it has %3).</source>
        <translation>「%1」は%2文字以内で入力してください（現在%3文字）。</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はフォルダーです。ファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); give a file.</source>
        <translation>%1 は通常のファイルではありません（デバイス、パイプ、ソケットなど）。ファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most this import reads.</source>
        <translation>%1 は、この取込みで読み込める上限の %2 を超えています。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up DSR Desk</source>
        <translation>DSR Desk のセットアップ</translation>
    </message>
    <message>
        <source>Welcome to DSR Desk</source>
        <translation>DSR Desk へようこそ</translation>
    </message>
    <message>
        <source>Before anyone can log in, enter your organisation&apos;s details and create the first administrator account. The details are printed on letters and can be changed later under Settings.</source>
        <translation>ログインできるようにするため、まず組織の情報を入力し、最初のシステム管理者アカウントを作成してください。組織の情報は通知書に印字され、後から「設定」で変更できます。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>最初のシステム管理者</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例：admin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>The password needs at least 12 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>パスワードは12文字以上にしてください。短い文にすると、覚えやすく推測されにくいパスワードになります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>サーバーに接続…</translation>
    </message>
    <message>
        <source>The division already works on a shared PostgreSQL server: use that database instead of creating one on this computer.</source>
        <translation>課で既に共有の PostgreSQL サーバーを使用している場合：このコンピューターに新しく作成せず、そのデータベースを使用します。</translation>
    </message>
    <message>
        <source>Create a local database</source>
        <translation>このコンピューターにデータベースを作成</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>デモデータで試す</translation>
    </message>
    <message>
        <source>Create a separate demo database with synthetic members, requests and letters and one account per role, to try DSR Desk out. Your own database is not touched.</source>
        <translation>架空の組合員・請求・通知書と役割ごとのアカウントが入った、練習用のデモデータベースを別に作成します。お使いのデータベースには影響しません。</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <source>%1: “%2” is not a date; write it YYYY-MM-DD.</source>
        <translation>%1：「%2」は日付ではありません。YYYY-MM-DD 形式で入力してください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of yen.</source>
        <translation>%1：「%2」は円単位の整数ではありません。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>保存していません：%1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 Correct %2.</source>
        <translation>保存していません：%1 %2 を修正してください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>%1 contains what looks like a My Number (個人番号); it must not be stored. Remove it or write only the last four digits.</source>
        <translation>「%1」にマイナンバー（個人番号）と思われる番号が含まれています。マイナンバーは保存できません。番号を削除するか、下4桁のみを記載してください。</translation>
    </message>
    <message>
        <source>%1 holds bytes that are not UTF-8 text; type it again or save the file as UTF-8.</source>
        <translation>%1 に UTF-8 の文字として読めないバイトがあります。入力し直すか、ファイルを UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>%1 is one line: remove the line break or tab.</source>
        <translation>%1 は1行で入力します。改行またはタブを取り除いてください。</translation>
    </message>
    <message>
        <source>%1 holds an invisible control character (U+%2); remove it.</source>
        <translation>%1 に目に見えない制御文字（U+%2）が含まれています。取り除いてください。</translation>
    </message>
</context>
<context>
    <name>FreeTextFields</name>
    <message>
        <source>Data concerned</source>
        <translation>対象データ</translation>
    </message>
    <message>
        <source>Part not disclosed %1</source>
        <translation>不開示部分 %1</translation>
    </message>
    <message>
        <source>Reason for part not disclosed %1</source>
        <translation>不開示部分 %1 の理由</translation>
    </message>
    <message>
        <source>Correction %1, item</source>
        <translation>訂正 %1 の項目</translation>
    </message>
    <message>
        <source>Correction %1, data before</source>
        <translation>訂正 %1 の訂正前のデータ</translation>
    </message>
    <message>
        <source>Correction %1, data after</source>
        <translation>訂正 %1 の訂正後のデータ</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>Substitute measure</source>
        <translation>代替措置</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>不足している事項</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>照会先の課</translation>
    </message>
    <message>
        <source>Summary of the answer</source>
        <translation>回答の要旨</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延長の理由</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三者</translation>
    </message>
    <message>
        <source>Answer of the third party</source>
        <translation>第三者の回答</translation>
    </message>
    <message>
        <source>How it was notified</source>
        <translation>通知方法</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>再開の理由</translation>
    </message>
    <message>
        <source>Reason for the withdrawal</source>
        <translation>取下げの理由</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>同封書類</translation>
    </message>
    <message>
        <source>Recipients informed of the correction</source>
        <translation>訂正の通知先</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>What to supply</source>
        <translation>提出を求める事項</translation>
    </message>
    <message>
        <source>Postal code of the third party</source>
        <translation>第三者の郵便番号</translation>
    </message>
    <message>
        <source>Address of the third party</source>
        <translation>第三者の住所</translation>
    </message>
    <message>
        <source>Information concerned</source>
        <translation>照会の対象となる情報</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>The description of the attachment</source>
        <translation>添付ファイルの説明</translation>
    </message>
</context>
<context>
    <name>HealthCheckRepository</name>
    <message>
        <source>SQLite could not check the file: it is damaged.</source>
        <translation>SQLite がファイルを検査できませんでした。ファイルが破損しています。</translation>
    </message>
    <message>
        <source>Cannot ask the server for amcheck</source>
        <translation>サーバーに amcheck の有無を問い合わせられません</translation>
    </message>
    <message>
        <source>amcheck is not installed or not granted: indexes not checked</source>
        <translation>amcheck が導入されていないか権限がないため、索引は検査していません</translation>
    </message>
    <message>
        <source>Cannot list the indexes</source>
        <translation>索引の一覧を取得できません</translation>
    </message>
    <message>
        <source>The index %1 fails amcheck&apos;s structure check.</source>
        <translation>索引 %1 が amcheck の構造検査に不合格です。</translation>
    </message>
    <message>
        <source>Cannot check the foreign keys</source>
        <translation>外部キーを検査できません</translation>
    </message>
    <message>
        <source>Cannot list the foreign keys</source>
        <translation>外部キーの一覧を取得できません</translation>
    </message>
    <message>
        <source>Cannot check the foreign key %1</source>
        <translation>外部キー %1 を検査できません</translation>
    </message>
    <message>
        <source>The PDF of letter %1 (id %2) does not match its recorded SHA-256.</source>
        <translation>文書 %1（ID %2）の PDF が記録された SHA-256 と一致しません。</translation>
    </message>
    <message>
        <source>The attachment with id %1 does not match its recorded SHA-256.</source>
        <translation>ID %1 の添付ファイルが記録された SHA-256 と一致しません。</translation>
    </message>
    <message>
        <source>The disclosure document with id %1 does not match its recorded SHA-256.</source>
        <translation>ID %1 の開示文書が記録された SHA-256 と一致しません。</translation>
    </message>
    <message>
        <source>The redacted copy with id %1 does not match its recorded SHA-256.</source>
        <translation>ID %1 の黒塗り写しが記録された SHA-256 と一致しません。</translation>
    </message>
    <message>
        <source>Cannot read the stored files of %1</source>
        <translation>%1 の保存ファイルを読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the number counters</source>
        <translation>番号カウンターを読み込めません</translation>
    </message>
    <message>
        <source>Cannot read when the check last ran</source>
        <translation>前回の点検日時を読み込めません</translation>
    </message>
</context>
<context>
    <name>HealthCheckService</name>
    <message>
        <source>%1 (%2); %3 audit entries; %4 letters, %5 attachments, %6 disclosure documents and %7 redacted copies hashed; %8 number counters; %9 letter settings.</source>
        <translation>%1（%2）。監査記録 %3 件。文書 %4 件、添付ファイル %5 件、開示文書 %6 件、黒塗り写し %7 件のハッシュを照合。番号カウンター %8 件。文書の設定 %9 項目。</translation>
    </message>
    <message>
        <source>The check was stopped before its end.</source>
        <translation>点検は途中で中止されました。</translation>
    </message>
    <message>
        <source>Database integrity: %1</source>
        <translation>データベースの整合性：%1</translation>
    </message>
    <message numerus="yes">
        <source>Database integrity: %n more problems not shown.</source>
        <translation>
            <numerusform>データベースの整合性：ほかに %n 件の問題があります（表示を省略）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 point at nothing (%2).</source>
        <translation>
            <numerusform>%1 の %n 行が存在しない行を参照しています（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The foreign key %1 is not validated: rows written meanwhile were never checked.</source>
        <translation>外部キー %1 が検証されていません。その間に書き込まれた行は検査されていません。</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>監査証跡が %1 番の記録で途切れています：%2</translation>
    </message>
    <message>
        <source>receipt number counter of fiscal year %1</source>
        <translation>%1年度の受付番号カウンター</translation>
    </message>
    <message>
        <source>document number counter of %1 in fiscal year %2</source>
        <translation>%2年度の %1 の文書番号カウンター</translation>
    </message>
    <message>
        <source>The %1 stands at %2, below number %3 already issued: the next numbers would be given twice.</source>
        <translation>%1 が %2 で、発行済みの番号 %3 より小さくなっています。次の番号が重複して付番されます。</translation>
    </message>
    <message>
        <source>The %1 is missing although number %2 was issued: numbering would start at 1 again.</source>
        <translation>番号 %2 が発行済みなのに %1 がありません。番号が1から振り直されます。</translation>
    </message>
</context>
<context>
    <name>ImagePdfWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>A page was added after the end of the file.</source>
        <translation>ファイルの終わりの後にページが追加されました。</translation>
    </message>
    <message>
        <source>A page image could not be used.</source>
        <translation>ページの画像を使用できませんでした。</translation>
    </message>
    <message>
        <source>A PDF needs at least one page.</source>
        <translation>PDF には少なくとも1ページが必要です。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>取込みの中止</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these lines in the file and import it again; the whole file is imported at once or not at all.</source>
        <translation>何も取り込んでいません。ファイルの次の行を修正して、もう一度取り込んでください。ファイルは全体をまとめて取り込むか、まったく取り込まないかのいずれかです。</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>一覧をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>LetterActionDialog</name>
    <message>
        <source>&amp;Method:</source>
        <translation>送付方法(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>お問い合わせ番号(&amp;T):</translation>
    </message>
    <message>
        <source>As on the post office receipt</source>
        <translation>郵便局の受領証の記載どおり</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
</context>
<context>
    <name>LetterBatchTask</name>
    <message numerus="yes">
        <source>Issuing %n decision letter(s)…</source>
        <translation>
            <numerusform>決定通知書 %n 件を発行しています…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBulkPrint</name>
    <message>
        <source>None of these letters can be printed.</source>
        <translation>これらの通知書はいずれも印刷できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>通知書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <source>The printer reported an error; the letters may not have been printed.</source>
        <translation>プリンターがエラーを報告しました。通知書は印刷されていない可能性があります。</translation>
    </message>
    <message>
        <source>The letters could not be printed.</source>
        <translation>通知書を印刷できませんでした。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message>
        <source>“%1” is not a date; give it as YYYY-MM-DD.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DD 形式で指定してください。</translation>
    </message>
    <message>
        <source>%1 comes before 1873-01-01, when Japan adopted the Gregorian calendar; it has no era date.</source>
        <translation>%1 は日本が太陽暦（グレゴリオ暦）を採用した 1873-01-01 より前の日付のため、和暦では表せません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>通知書</translation>
    </message>
    <message>
        <source>Regimes</source>
        <translation>規律</translation>
    </message>
    <message>
        <source>Notifies</source>
        <translation>通知する決定</translation>
    </message>
    <message>
        <source>(procedural)</source>
        <translation>（手続文書）</translation>
    </message>
    <message>
        <source>“%1” is not a letter kind; use one of: %2.</source>
        <translation>「%1」は通知書の種類ではありません。次のいずれかを指定してください：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Letter %1: %2</source>
        <translation>通知書 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the draft (%n page(s)) to %1.</source>
        <translation>
            <numerusform>案（%n ページ）を %1 に出力しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the letters could not be issued; the first: %1</source>
        <translation>
            <numerusform>%n 件の通知書を発行できませんでした。最初のエラー：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 to %2. SHA-256: %3</source>
        <translation>%1 を %2 に出力しました。SHA-256：%3</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>(draft %1)</source>
        <translation>（案 %1）</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) to %1.</source>
        <translation>
            <numerusform>通知書 %n 件を %1 に出力しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the %1 template to %2.</source>
        <translation>%1 のテンプレートを %2 に出力しました。</translation>
    </message>
    <message>
        <source>The %1 template is now version %2.</source>
        <translation>%1 のテンプレートをバージョン %2 として登録しました。</translation>
    </message>
    <message>
        <source>The seal image is stored; letters print it when letters.seal is “image”.</source>
        <translation>公印の画像を保存しました。letters.seal が「image」の場合、通知書に印字されます。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>LetterDataBuilder</name>
    <message>
        <source>The %1 cannot be written: %2</source>
        <translation>%1 を作成できません：%2</translation>
    </message>
    <message>
        <source>A %1 belongs to the %2 regime only; the organisation&apos;s regime is %3.</source>
        <translation>%1 は %2 の規律でのみ使用します。組織に適用する規律は %3 です。</translation>
    </message>
    <message>
        <source>A %1 notifies a decision; the request has none.</source>
        <translation>%1 は決定を通知するものですが、この請求には決定がありません。</translation>
    </message>
    <message>
        <source>The decision “%1” is notified by a %2, not a %3.</source>
        <translation>決定「%1」は %3 ではなく %2 で通知します。</translation>
    </message>
    <message>
        <source>No letter notifies the decision “%1” on this request.</source>
        <translation>この請求に対する決定「%1」を通知する通知書はありません。</translation>
    </message>
    <message>
        <source>%1 is not given.</source>
        <translation>「%1」が指定されていません。</translation>
    </message>
    <message>
        <source>%1 falls before 1873.</source>
        <translation>「%1」が1873年より前の日付です。</translation>
    </message>
    <message>
        <source>The document number is not given.</source>
        <translation>文書番号が指定されていません。</translation>
    </message>
    <message>
        <source>The issue date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>The third party&apos;s name is not given.</source>
        <translation>第三者の氏名が指定されていません。</translation>
    </message>
    <message>
        <source>The addressee&apos;s name is not known.</source>
        <translation>宛先の氏名が不明です。</translation>
    </message>
    <message>
        <source>The third party&apos;s address is not given.</source>
        <translation>第三者の住所が指定されていません。</translation>
    </message>
    <message>
        <source>The addressee&apos;s address is not given.</source>
        <translation>宛先の住所が登録されていません。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name (setting %1) is not set.</source>
        <translation>組織名（設定 %1）が設定されていません。</translation>
    </message>
    <message>
        <source>The head&apos;s title (setting %1) is not set.</source>
        <translation>代表者の職名（設定 %1）が設定されていません。</translation>
    </message>
    <message>
        <source>The head&apos;s name (setting %1) is not set.</source>
        <translation>代表者の氏名（設定 %1）が設定されていません。</translation>
    </message>
    <message>
        <source>The day the request arrived</source>
        <translation>請求の到達日</translation>
    </message>
    <message>
        <source>The division (setting %1) is not set.</source>
        <translation>担当課（設定 %1）が設定されていません。</translation>
    </message>
    <message>
        <source>The person in charge is not given.</source>
        <translation>担当者が指定されていません。</translation>
    </message>
    <message>
        <source>The telephone number (setting %1) is not set.</source>
        <translation>電話番号（設定 %1）が設定されていません。</translation>
    </message>
    <message>
        <source>The member&apos;s name is not known.</source>
        <translation>組合員の氏名が不明です。</translation>
    </message>
    <message>
        <source>The decision does not describe the data.</source>
        <translation>決定に対象データが記載されていません。</translation>
    </message>
    <message>
        <source>The decision states no reasons.</source>
        <translation>決定に理由が記載されていません。</translation>
    </message>
    <message>
        <source>The method of disclosure is not set.</source>
        <translation>開示の方法が指定されていません。</translation>
    </message>
    <message>
        <source>The ground “%1” is not known.</source>
        <translation>根拠条項「%1」は不明です。</translation>
    </message>
    <message>
        <source>The decision lists no part not disclosed.</source>
        <translation>決定に不開示部分が記載されていません。</translation>
    </message>
    <message>
        <source>The request does not say what was requested.</source>
        <translation>請求に請求内容が記載されていません。</translation>
    </message>
    <message>
        <source>The decision lists no correction.</source>
        <translation>決定に訂正内容が記載されていません。</translation>
    </message>
    <message>
        <source>The decision does not name the measure.</source>
        <translation>決定に措置が指定されていません。</translation>
    </message>
    <message>
        <source>The day of the measure</source>
        <translation>措置の実施日</translation>
    </message>
    <message>
        <source>The decision does not describe the substitute measure.</source>
        <translation>決定に代替措置の内容が記載されていません。</translation>
    </message>
    <message>
        <source>The amendment does not say what is missing.</source>
        <translation>補正の依頼に不足している事項が記載されていません。</translation>
    </message>
    <message>
        <source>The reply-by date</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>The organisation&apos;s address (setting %1) is needed to say where to send the reply.</source>
        <translation>回答の送付先を示すため、組織の所在地（設定 %1）が必要です。</translation>
    </message>
    <message>
        <source>The original deadline</source>
        <translation>当初の期限</translation>
    </message>
    <message>
        <source>The new deadline</source>
        <translation>新しい期限</translation>
    </message>
    <message>
        <source>The new deadline must come after the original one.</source>
        <translation>新しい期限は当初の期限より後にしてください。</translation>
    </message>
    <message>
        <source>The reason for the extension is not given.</source>
        <translation>延長の理由が指定されていません。</translation>
    </message>
    <message>
        <source>The information concerning the third party is not given.</source>
        <translation>第三者に関する情報が指定されていません。</translation>
    </message>
    <message>
        <source>The organisation&apos;s address (setting %1) is needed to say where to send the opinion.</source>
        <translation>意見書の提出先を示すため、組織の所在地（設定 %1）が必要です。</translation>
    </message>
    <message>
        <source>The purposes of use are not given.</source>
        <translation>利用目的が指定されていません。</translation>
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <source>Disclosure decision</source>
        <translation>開示決定</translation>
    </message>
    <message>
        <source>Partial disclosure decision</source>
        <translation>一部開示決定</translation>
    </message>
    <message>
        <source>Non-disclosure decision</source>
        <translation>不開示決定</translation>
    </message>
    <message>
        <source>Correction decision</source>
        <translation>訂正決定</translation>
    </message>
    <message>
        <source>No-correction decision</source>
        <translation>不訂正決定</translation>
    </message>
    <message>
        <source>Suspension decision</source>
        <translation>利用停止決定</translation>
    </message>
    <message>
        <source>No-suspension decision</source>
        <translation>利用不停止決定</translation>
    </message>
    <message>
        <source>Request for amendment</source>
        <translation>補正の依頼</translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation>期限延長の通知</translation>
    </message>
    <message>
        <source>Third-party opinion inquiry</source>
        <translation>第三者への意見照会</translation>
    </message>
    <message>
        <source>Notice of the purpose of use</source>
        <translation>利用目的の通知</translation>
    </message>
</context>
<context>
    <name>LetterLifecycle</name>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>写しを印刷</translation>
    </message>
    <message>
        <source>Mark mailed</source>
        <translation>発送済みにする</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>返戻を記録</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>取消（欠番）</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>A procedural letter is approved by a chief.</source>
        <translation>手続文書の承認は係長が行います。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of these roles: %2.</source>
        <translation>「%1」には次のいずれかの役割が必要です：%2。</translation>
    </message>
    <message>
        <source>A discarded draft has nothing to show.</source>
        <translation>破棄した案には表示する内容がありません。</translation>
    </message>
    <message>
        <source>This letter is not awaiting approval; it is %1.</source>
        <translation>この通知書は決裁待ちではありません（「%1」）。</translation>
    </message>
    <message>
        <source>Only an approved draft can be issued; this letter is %1.</source>
        <translation>発行できるのは承認済みの案のみです。この通知書は「%1」です。</translation>
    </message>
    <message>
        <source>Letter %1 is %2; only an issued letter is printed.</source>
        <translation>通知書 %1 は「%2」です。印刷できるのは発行済みの通知書のみです。</translation>
    </message>
    <message>
        <source>Only a letter that was issued and is not void is printed.</source>
        <translation>印刷できるのは、発行済みで取消（欠番）になっていない通知書のみです。</translation>
    </message>
    <message>
        <source>Letter %1 is %2; only an issued or printed letter is mailed.</source>
        <translation>通知書 %1 は「%2」です。発送できるのは発行済みまたは印刷済みの通知書のみです。</translation>
    </message>
    <message>
        <source>Only a mailed letter comes back undeliverable.</source>
        <translation>返戻を記録できるのは発送済みの通知書のみです。</translation>
    </message>
    <message>
        <source>The letter is void already.</source>
        <translation>この通知書は既に取消（欠番）となっています。</translation>
    </message>
    <message>
        <source>Letter %1 has been mailed; it cannot be voided. Issue a new letter in its place.</source>
        <translation>通知書 %1 は発送済みのため、取り消すことはできません。代わりの通知書を新たに発行してください。</translation>
    </message>
    <message>
        <source>Only an issued letter can be issued again.</source>
        <translation>再発行できるのは発行済みの通知書のみです。</translation>
    </message>
    <message>
        <source>This is not possible for a letter that is %1.</source>
        <translation>%1 の通知書にはこの操作はできません。</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>Letters can only be rendered by a program with a graphical application object.</source>
        <translation>通知書は、GUI のアプリケーションオブジェクトを持つプログラムでのみ描画できます。</translation>
    </message>
    <message>
        <source>The letter font %1 is not installed (Debian package fonts-morisawa-bizud-mincho).</source>
        <translation>通知書用のフォント %1 がインストールされていません（Debian パッケージ fonts-morisawa-bizud-mincho）。</translation>
    </message>
    <message>
        <source>The template for %1 was refused: %2</source>
        <translation>%1 のテンプレートは受け付けられません：%2</translation>
    </message>
    <message>
        <source>The letters print the official seal (setting %1), but no seal image is stored.</source>
        <translation>通知書に公印を印字する設定（%1）になっていますが、公印の画像が保存されていません。</translation>
    </message>
    <message>
        <source>The address block is %1 mm tall and does not fit the envelope window (%2 mm); shorten the address or change the setting %3.</source>
        <translation>宛名欄の高さが %1 mm となり、封筒の窓（%2 mm）に収まりません。住所を短くするか、設定 %3 を変更してください。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF の作成を開始できませんでした。</translation>
    </message>
    <message>
        <source>The PDF could not take another page.</source>
        <translation>PDF にページを追加できませんでした。</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF の作成を完了できませんでした。</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>作成した PDF が空です。</translation>
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>Cannot save the letter</source>
        <translation>通知書を保存できません</translation>
    </message>
    <message>
        <source>Cannot issue the letter</source>
        <translation>通知書を発行できません</translation>
    </message>
    <message>
        <source>Cannot read the letter</source>
        <translation>通知書を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the letter register</source>
        <translation>文書番号簿を読み込めません</translation>
    </message>
    <message>
        <source>The letter has not been issued; there is no stored PDF.</source>
        <translation>この通知書は発行されていないため、保存された PDF はありません。</translation>
    </message>
    <message>
        <source>Cannot read the seal image</source>
        <translation>公印の画像を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the seal image</source>
        <translation>公印の画像を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the letter templates</source>
        <translation>通知書のテンプレートを読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the letter template</source>
        <translation>通知書のテンプレートを保存できません</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>ID %1 の請求はありません。</translation>
    </message>
    <message>
        <source>A %1 is not written under the organisation&apos;s legal regime.</source>
        <translation>組織に適用する規律では、%1 は作成しません。</translation>
    </message>
    <message>
        <source>The letter date cannot be in the future.</source>
        <translation>通知書の日付に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>The request&apos;s member no longer exists.</source>
        <translation>請求の対象となる組合員は既に存在しません。</translation>
    </message>
    <message>
        <source>A decision letter can be issued only for an approved decision; request %1 is %2.</source>
        <translation>決定通知書は決裁済みの決定についてのみ発行できます。請求 %1 は「%2」です。</translation>
    </message>
    <message>
        <source>The decision on request %1 is “%2”; it is notified by a %3.</source>
        <translation>請求 %1 の決定は「%2」のため、%3 で通知します。</translation>
    </message>
    <message>
        <source>letter of no kind</source>
        <translation>（該当する通知書なし）</translation>
    </message>
    <message>
        <source>Request %1 awaits no amendment: record the amendment request in its workflow first.</source>
        <translation>請求 %1 は補正待ちではありません。先に処理経過で補正の依頼を記録してください。</translation>
    </message>
    <message>
        <source>Request %1 has no extension: record it in its workflow first.</source>
        <translation>請求 %1 には期限の延長がありません。先に処理経過で延長を記録してください。</translation>
    </message>
    <message>
        <source>Request %1 has no third-party opinion to ask for: record it in its workflow first.</source>
        <translation>請求 %1 には第三者への意見照会がありません。先に処理経過で意見照会を記録してください。</translation>
    </message>
    <message>
        <source>Letter %1 is issued: its stored PDF is the letter.</source>
        <translation>通知書 %1 は発行済みです。保存された PDF が発行した通知書です。</translation>
    </message>
    <message>
        <source>The letter&apos;s kind “%1” is unknown.</source>
        <translation>通知書の種類「%1」は不明です。</translation>
    </message>
    <message>
        <source>The letters are set to print the official seal, but no seal image has been imported. Import one (dsrctl template seal FILE) or set letters.seal to omit.</source>
        <translation>通知書に公印を印字する設定になっていますが、公印の画像が取り込まれていません。画像を取り込む（dsrctl template seal FILE）か、letters.seal を omit に設定してください。</translation>
    </message>
    <message>
        <source>The %1 for this request was issued as %2; to send it again, issue it again from that letter (reissue).</source>
        <translation>この請求の %1 は %2 として発行済みです。再度送付する場合は、その通知書から再発行（reissue）してください。</translation>
    </message>
    <message>
        <source>A %1 needs a chief&apos;s approval before it is issued: submit its draft first.</source>
        <translation>%1 は発行前に係長の承認が必要です。先に案を決裁に回付してください。</translation>
    </message>
    <message>
        <source>State why the letter is issued again.</source>
        <translation>通知書を再発行する理由を記載してください。</translation>
    </message>
    <message>
        <source>A decision letter is approved with its decision; issue it directly.</source>
        <translation>決定通知書は決定の決裁をもって承認されています。そのまま発行してください。</translation>
    </message>
    <message>
        <source>Log in again.</source>
        <translation>もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>The mailing date cannot be in the future.</source>
        <translation>発送日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>%1 has a tracking number; enter it.</source>
        <translation>%1 にはお問い合わせ番号があります。入力してください。</translation>
    </message>
    <message>
        <source>A letter cannot be mailed before its date (%1).</source>
        <translation>通知書の日付（%1）より前に発送することはできません。</translation>
    </message>
    <message>
        <source>The letter&apos;s request could not be read.</source>
        <translation>通知書の対象の請求を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>A letter cannot come back before it was mailed.</source>
        <translation>発送日より前の日付で返戻とすることはできません。</translation>
    </message>
    <message>
        <source>State why the letter is voided.</source>
        <translation>通知書を取り消す理由を記載してください。</translation>
    </message>
    <message>
        <source>There is no letter %1.</source>
        <translation>通知書 %1 はありません。</translation>
    </message>
    <message>
        <source>The stored letter %1 does not match its recorded hash: it was altered in the database. Report this to the privacy officer.</source>
        <translation>保存された通知書 %1 が記録されたハッシュ値と一致しません。データベース上で改ざんされています。個人情報保護管理者に報告してください。</translation>
    </message>
    <message>
        <source>The seal image is not a PNG file.</source>
        <translation>公印の画像が PNG ファイルではありません。</translation>
    </message>
    <message>
        <source>The seal image is %1×%2 pixels; scan it at 100 pixels or more on each side.</source>
        <translation>公印の画像は %1×%2 ピクセルです。縦横とも100ピクセル以上になるようにスキャンしてください。</translation>
    </message>
    <message>
        <source>There is no letter with the id %1.</source>
        <translation>ID %1 の通知書はありません。</translation>
    </message>
    <message>
        <source>The letter cannot be dated %1, before the request arrived on %2.</source>
        <translation>通知書の日付を、請求の到達日（%2）より前の %1 にすることはできません。</translation>
    </message>
    <message>
        <source>The letter is dated %1, more than %2 days ago; state the reason for the earlier date.</source>
        <translation>通知書の日付 %1 は%2日より前です。日付をさかのぼる理由を記載してください。</translation>
    </message>
    <message>
        <source>The letter cannot be dated %1, before the decision it notifies (%2).</source>
        <translation>通知書の日付を、通知する決定の日（%2）より前の %1 にすることはできません。</translation>
    </message>
    <message>
        <source>The reason for issuing again</source>
        <translation>再発行の理由</translation>
    </message>
    <message>
        <source>The reason for voiding</source>
        <translation>取消しの理由</translation>
    </message>
    <message>
        <source>Another desk took document number %1 first.</source>
        <translation>文書番号 %1 は他の端末が先に使用しました。</translation>
    </message>
    <message>
        <source>%1 issued the %2 for this request as %3 meanwhile. Reload the request; to send it again, issue it again from that letter (reissue).</source>
        <translation>この請求の%2は、その間に%1が%3として発行しました。請求を読み込み直してください。もう一度送る場合は、その文書から再発行してください。</translation>
    </message>
    <message>
        <source>The seal image is not a whole PNG file (damaged, cut short, or larger than 8,000 pixels a side). Save the scan as PNG again.</source>
        <translation>公印の画像が完全な PNG ファイルではありません（破損している、途中で切れている、または一辺が 8,000 ピクセルを超えています）。スキャンした画像を PNG で保存し直してください。</translation>
    </message>
</context>
<context>
    <name>LetterTemplates</name>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Line %1: {{%2}} is not a field of this letter.</source>
        <translation>%1行目：{{%2}} はこの通知書の項目ではありません。</translation>
    </message>
    <message>
        <source>Line %1: %2 is a %3; use it as a section {{#%2}}…{{/%2}}.</source>
        <translation>%1行目：%2 は%3です。セクション {{#%2}}…{{/%2}} として使用してください。</translation>
    </message>
    <message>
        <source>The template lacks the region marker %1.</source>
        <translation>テンプレートに領域マーカー %1 がありません。</translation>
    </message>
    <message>
        <source>The region marker %1 appears more than once.</source>
        <translation>領域マーカー %1 が複数回使われています。</translation>
    </message>
    <message>
        <source>The region markers must come in the order heading, address, body, contact.</source>
        <translation>領域マーカーは heading、address、body、contact の順に配置してください。</translation>
    </message>
    <message>
        <source>The region marker %1 stands inside a section or a tag; put it outside every {{#…}}…{{/…}}.</source>
        <translation>領域マーカー %1 がセクションまたはタグの中にあります。すべての {{#…}}…{{/…}} の外に置いてください。</translation>
    </message>
    <message>
        <source>The template for %1 was refused: %2</source>
        <translation>%1 のテンプレートは受け付けられません：%2</translation>
    </message>
    <message>
        <source>The required field {{%1}} is not used.</source>
        <translation>必須の項目 {{%1}} が使用されていません。</translation>
    </message>
    <message>
        <source>The required field {{%1}} is not used inside {{#%2}}…{{/%2}}.</source>
        <translation>必須の項目 {{%1}} が {{#%2}}…{{/%2}} の中で使用されていません。</translation>
    </message>
</context>
<context>
    <name>LetterText</name>
    <message>
        <source>(no number yet)</source>
        <translation>（未採番）</translation>
    </message>
    <message>
        <source>Drafted by %1 on %2</source>
        <translation>作成：%1（%2）</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>承認：%1（%2）</translation>
    </message>
    <message>
        <source>Issued by %1 on %2</source>
        <translation>発行：%1（%2）</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>印刷：%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>mailed: method on date</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <comment>mailed: method, tracking number on date</comment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>returned undeliverable on %1</source>
        <translation>返戻（宛所不明等）：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>%1 の再発行</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>LetterVocabulary</name>
    <message>
        <source>Awaiting approval</source>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印刷済み</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <source>Returned undeliverable</source>
        <translation>返戻（宛所不明等）</translation>
    </message>
    <message>
        <source>Void (number unused)</source>
        <translation>取消（欠番）</translation>
    </message>
    <message>
        <source>Ordinary mail</source>
        <translation>普通郵便</translation>
    </message>
    <message>
        <source>Simple registered mail</source>
        <translation>簡易書留</translation>
    </message>
    <message>
        <source>Restricted delivery mail</source>
        <translation>本人限定受取郵便</translation>
    </message>
    <message>
        <source>Handed over at the counter</source>
        <translation>窓口交付</translation>
    </message>
</context>
<context>
    <name>LetterWindow</name>
    <message>
        <source>Letter</source>
        <translation>通知書</translation>
    </message>
</context>
<context>
    <name>LetterWriteDialog</name>
    <message>
        <source>Write a letter</source>
        <translation>通知書の作成</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>通知書(&amp;L):</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>通知書の日付(&amp;D):</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>開示</translation>
    </message>
    <message>
        <source>&amp;Postage (yen):</source>
        <translation>郵送料（円）(&amp;P):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Enclosures:</source>
        <translation>同封書類(&amp;E):</translation>
    </message>
    <message>
        <source>One per line, e.g. 保有個人データの写し 1部</source>
        <translation>1行に1件（例：保有個人データの写し 1部）</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>&amp;Recipients informed:</source>
        <translation>訂正の通知先(&amp;R):</translation>
    </message>
    <message>
        <source>Those told of the correction (art. 97); empty: none</source>
        <translation>訂正した旨を通知した提供先（第97条）。空欄の場合は「なし」</translation>
    </message>
    <message>
        <source>Purposes of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>P&amp;urposes:</source>
        <translation>利用目的(&amp;U):</translation>
    </message>
    <message>
        <source>One purpose per line</source>
        <translation>1行に1つの利用目的</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>補正</translation>
    </message>
    <message>
        <source>What to &amp;supply:</source>
        <translation>提出を求める事項(&amp;S):</translation>
    </message>
    <message>
        <source>Empty: the standard sentence</source>
        <translation>空欄の場合は定型文</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三者</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>郵便番号(&amp;C):</translation>
    </message>
    <message>
        <source>850-0000</source>
        <translation>850-0000</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Information concerned:</source>
        <translation>照会の対象となる情報(&amp;I):</translation>
    </message>
    <message>
        <source>This letter is written from the request, its decision and the organisation settings; it needs nothing more.</source>
        <translation>この通知書は、請求、その決定および組織の設定から作成されます。追加の入力は不要です。</translation>
    </message>
    <message>
        <source>Show the letter as it would be issued, marked 案 (F5)</source>
        <translation>発行した場合の通知書を「案」と表示して示します（F5）</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>A chief approves the draft before it is issued</source>
        <translation>発行前に係長が案を承認します</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>決裁に回付(&amp;S)</translation>
    </message>
    <message>
        <source>Number, store and show the letter; it cannot be changed afterwards</source>
        <translation>通知書に文書番号を付けて保存し、表示します。発行後は変更できません</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>発行(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Why this date:</source>
        <translation>日付をさかのぼる理由(&amp;W):</translation>
    </message>
    <message>
        <source>Needed for a date more than 7 days back</source>
        <translation>7日より前の日付にする場合は必須</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letter register</source>
        <translation>文書番号簿</translation>
    </message>
    <message>
        <source>Read the register again (F5)</source>
        <translation>文書番号簿を再読み込みします（F5）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Save the letters the filter shows as a CSV file</source>
        <translation>絞り込みで表示している通知書を CSV ファイルに保存します</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 出力…</translation>
    </message>
    <message>
        <source>Search by document number, receipt number or addressee</source>
        <translation>文書番号、受付番号、宛先で検索</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>条件をクリア</translation>
    </message>
    <message>
        <source>Open the request the letter answers</source>
        <translation>通知書の対象となる請求を開きます</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>請求を開く</translation>
    </message>
    <message>
        <source>Show the stored letter (double-click)</source>
        <translation>保存された通知書を表示します（ダブルクリック）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Print the stored letter</source>
        <translation>保存された通知書を印刷します</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Record how and when the letter was sent</source>
        <translation>通知書の送付方法と送付日を記録します</translation>
    </message>
    <message>
        <source>&amp;Mailed…</source>
        <translation>発送の記録(&amp;M)…</translation>
    </message>
    <message>
        <source>Record that the letter came back undeliverable</source>
        <translation>通知書が宛所不明等で返戻されたことを記録します</translation>
    </message>
    <message>
        <source>Re&amp;turned…</source>
        <translation>返戻の記録(&amp;T)…</translation>
    </message>
    <message>
        <source>Void the letter: its number stays in the register as unused</source>
        <translation>通知書を取り消します。文書番号は欠番として文書番号簿に残ります</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>取消（欠番）(&amp;O)…</translation>
    </message>
    <message>
        <source>A new letter with a new number in place of this one</source>
        <translation>この通知書に代わる新しい通知書を、新しい文書番号で発行します</translation>
    </message>
    <message>
        <source>Issue &amp;again…</source>
        <translation>再発行(&amp;A)…</translation>
    </message>
    <message>
        <source>Approve the draft of a procedural letter</source>
        <translation>手続文書の案を承認します</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Issue the approved draft: number, store and show it</source>
        <translation>承認済みの案を発行します（文書番号を付けて保存し、表示します）</translation>
    </message>
    <message>
        <source>&amp;Issue draft</source>
        <translation>案を発行(&amp;I)</translation>
    </message>
    <message>
        <source>Write a letter for this request</source>
        <translation>この請求の通知書を作成します</translation>
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translation>通知書の作成(&amp;W)…</translation>
    </message>
    <message>
        <source>Issue the letters of every decided request that has none yet, each with its own number</source>
        <translation>決定済みで通知書が未発行のすべての請求について、それぞれに文書番号を付けて通知書を発行します</translation>
    </message>
    <message>
        <source>Issue decision letters…</source>
        <translation>決定通知書の一括発行…</translation>
    </message>
    <message>
        <source>Print every issued letter not printed yet as one print job, and record each as printed</source>
        <translation>発行済みで未印刷の通知書をすべて一つの印刷ジョブで印刷し、それぞれを印刷済みとして記録します</translation>
    </message>
    <message>
        <source>Print all unprinted…</source>
        <translation>未印刷を一括印刷…</translation>
    </message>
</context>
<context>
    <name>LockWidget</name>
    <message>
        <source>DSR Desk is locked</source>
        <translation>DSR Desk はロックされています</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to DSR Desk</source>
        <translation>DSR Desk へのログイン</translation>
    </message>
    <message>
        <source>DSR Desk</source>
        <translation>DSR Desk</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DSR Desk</source>
        <translation>DSR Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新規受付(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a request received at the counter or by mail</source>
        <translation>窓口または郵送で受け付けた請求を登録します</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>パスワードの変更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>今すぐロック(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About DSR Desk</source>
        <translation>DSR Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User manual</source>
        <translation>利用者マニュアル(&amp;U)</translation>
    </message>
    <message>
        <source>Open the user manual (works without a network)</source>
        <translation>利用者マニュアルを開きます（ネットワークがなくても使えます）</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Added the member %1 (id %2).</source>
        <translation>組合員 %1 を登録しました（ID %2）。</translation>
    </message>
    <message>
        <source>Say what to change, e.g. --address TEXT; run “dsrctl help member edit” for the options.</source>
        <translation>変更する内容を指定してください（例：--address TEXT）。オプションは「dsrctl help member edit」で確認できます。</translation>
    </message>
    <message>
        <source>The member %1 is saved.</source>
        <translation>組合員 %1 を保存しました。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n rows are wrong, listed below with their line numbers.</source>
        <translation>
            <numerusform>%1 からは何も取り込んでいません。誤りのある %n 行を、行番号とともに以下に示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 added, %4 updated, %5 unchanged.</source>
        <translation>%1（%2）を取り込みました：追加 %3人、更新 %4人、変更なし %5人。</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>該当する組合員はいません。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>組合員番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属所</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n members are shown; narrow the query or raise --limit.</source>
        <translation>
            <numerusform>最初の %n 人のみ表示しています。検索条件を絞り込むか、--limit の値を大きくしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>組合員</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>組合員番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>e.g. 田中 太郎</source>
        <translation>例：田中 太郎</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>katakana or hiragana, e.g. タナカ タロウ</source>
        <translation>カタカナまたはひらがな（例：タナカ タロウ）</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>NNN-NNNN</source>
        <translation>NNN-NNNN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属所</translation>
    </message>
    <message>
        <source>the member&apos;s office (所属所)</source>
        <translation>組合員の所属所</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>Cannot read the members</source>
        <translation>組合員を読み込めません</translation>
    </message>
    <message>
        <source>Cannot search the members</source>
        <translation>組合員を検索できません</translation>
    </message>
    <message>
        <source>Cannot save the member</source>
        <translation>組合員を保存できません</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Member number</source>
        <translation>組合員番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属所</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>「%1」は必須です。</translation>
    </message>
    <message>
        <source>%1 must be written in katakana (hiragana is converted).</source>
        <translation>「%1」はカタカナで入力してください（ひらがなは変換されます）。</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters.</source>
        <translation>「%1」は%2文字以内で入力してください。</translation>
    </message>
    <message>
        <source>%1 is required (YYYY-MM-DD).</source>
        <translation>「%1」は必須です（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 must lie between 1900-01-01 and today.</source>
        <translation>「%1」は 1900-01-01 から今日までの日付にしてください。</translation>
    </message>
    <message>
        <source>%1 must be written NNN-NNNN (full-width digits are accepted).</source>
        <translation>「%1」は NNN-NNNN 形式で入力してください（全角数字も使用できます）。</translation>
    </message>
    <message>
        <source>%1 may hold only digits, hyphens, brackets and spaces (at most 20).</source>
        <translation>「%1」には数字、ハイフン、括弧、空白のみ使用できます（20文字以内）。</translation>
    </message>
    <message>
        <source>Member number %1 is already registered.</source>
        <translation>組合員番号 %1 は既に登録されています。</translation>
    </message>
    <message>
        <source>This member number is already registered.</source>
        <translation>この組合員番号は既に登録されています。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>この組合員は既に存在しません。</translation>
    </message>
    <message>
        <source>There is no member with the number %1.</source>
        <translation>組合員番号 %1 の組合員はいません。</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>ファイルが空です。1行目に列名を記載してください。</translation>
    </message>
    <message>
        <source>Line %1: unknown column &quot;%2&quot;. The columns are %3 (or %4).</source>
        <translation>%1行目：不明な列「%2」があります。列は %3（または %4）です。</translation>
    </message>
    <message>
        <source>Line %1: the column %2 is missing.</source>
        <translation>%1行目：列 %2 がありません。</translation>
    </message>
    <message>
        <source>%1 columns instead of %2.</source>
        <translation>列の数が%2ではなく%1です。</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>生年月日「%1」は日付ではありません（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Member number %1 appears again (first on line %2).</source>
        <translation>組合員番号 %1 が重複しています（最初は%2行目）。</translation>
    </message>
    <message>
        <source>The member list is larger than %1; split it into several files.</source>
        <translation>組合員一覧が %1 を超えています。複数のファイルに分割してください。</translation>
    </message>
    <message>
        <source>The member&apos;s %1 cannot change while a decision on their request is in approval or decided and not yet notified (%2): the approvers decided on them. Return the draft (差戻し) or reopen the request with a reason, then correct the member; the decision then needs approval again.</source>
        <translation>この組合員の請求（%2）の決定が決裁中または決定済みで未通知のため、組合員の%1は変更できません。決裁者はこの内容で決定しています。差戻しを受けるか、理由を記して請求を再開してから組合員を訂正してください。決定は改めて決裁が必要になります。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 may have up to 20 letters, digits and hyphens, and begins and ends with a letter or digit.</source>
        <translation>%1 は英字・数字・ハイフンの20文字以内で、先頭と末尾は英字か数字にしてください。</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <source>Member</source>
        <translation>組合員</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新規受付(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a request from this member</source>
        <translation>この組合員からの請求を登録します</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>個人データの消去(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>組合員</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV の取込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Add and update members from a CSV file: all rows or none</source>
        <translation>CSV ファイルから組合員を追加・更新します（全行を取り込むか、1行も取り込まないかのいずれか）</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>組合員の追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Search by member number, name or kana</source>
        <translation>組合員番号、氏名、カナで検索</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the member and their requests (Enter or double-click)</source>
        <translation>組合員とその請求を表示します（Enter キーまたはダブルクリック）</translation>
    </message>
</context>
<context>
    <name>MustacheTemplate</name>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 に値がありません。</translation>
    </message>
    <message>
        <source>%1 has a value that is not text.</source>
        <translation>%1 の値が文字列ではありません。</translation>
    </message>
    <message>
        <source>%1 is not text and cannot be printed.</source>
        <translation>%1 は文字列ではないため印字できません。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 が空です。</translation>
    </message>
    <message>
        <source>%1 is not a list item.</source>
        <translation>%1 はリストの要素ではありません。</translation>
    </message>
    <message>
        <source>Line %1: a tag opened with {{ is never closed with }}.</source>
        <translation>%1行目：{{ で始まるタグが }} で閉じられていません。</translation>
    </message>
    <message>
        <source>Line %1: unescaped output ({{{…}}} or {{&amp;…}}) is not allowed in letters.</source>
        <translation>%1行目：エスケープしない出力（{{{…}}} または {{&amp;…}}）は通知書では使用できません。</translation>
    </message>
    <message>
        <source>Line %1: an empty tag {{}}.</source>
        <translation>%1行目：空のタグ {{}} があります。</translation>
    </message>
    <message>
        <source>Line %1: partials ({{&gt;…}}) are not allowed in letters.</source>
        <translation>%1行目：パーシャル（{{&gt;…}}）は通知書では使用できません。</translation>
    </message>
    <message>
        <source>Line %1: changing the delimiters ({{=…=}}) is not allowed.</source>
        <translation>%1行目：区切り文字の変更（{{=…=}}）はできません。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a placeholder name (lower-case letters, digits and _).</source>
        <translation>%1行目：「%2」はプレースホルダー名として使用できません（英小文字、数字、_ のみ）。</translation>
    </message>
    <message>
        <source>Line %1: {{/%2}} closes a section that was never opened.</source>
        <translation>%1行目：{{/%2}} は開始されていないセクションを閉じています。</translation>
    </message>
    <message>
        <source>Line %1: {{/%2}} closes the section {{#%3}} opened on line %4.</source>
        <translation>%1行目：{{/%2}} が%4行目で開始したセクション {{#%3}} を閉じています。</translation>
    </message>
    <message>
        <source>Line %1: the section {{#%2}} is never closed.</source>
        <translation>%1行目：セクション {{#%2}} が閉じられていません。</translation>
    </message>
    <message>
        <source>The template is not valid Mustache: %1</source>
        <translation>テンプレートが正しい Mustache 形式ではありません：%1</translation>
    </message>
    <message>
        <source>The letter cannot be filled in: %1</source>
        <translation>通知書に値を差し込めません：%1</translation>
    </message>
    <message>
        <source>The template engine failed: %1</source>
        <translation>テンプレートエンジンでエラーが発生しました：%1</translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>Cannot allocate a receipt number</source>
        <translation>受付番号を採番できません</translation>
    </message>
    <message>
        <source>Cannot allocate a document number</source>
        <translation>文書番号を採番できません</translation>
    </message>
    <message>
        <source>A number is allocated only inside the transaction that registers it.</source>
        <translation>番号は、それを登録する処理（トランザクション）の中でのみ採番します。</translation>
    </message>
    <message>
        <source>A number is allocated for a date; none was given.</source>
        <translation>番号は日付に基づいて採番しますが、日付が指定されていません。</translation>
    </message>
    <message>
        <source>Cannot read the number counters</source>
        <translation>採番の記録を読み込めません</translation>
    </message>
</context>
<context>
    <name>PageOcr</name>
    <message>
        <source>OCR needs Tesseract&apos;s Japanese data: install the package tesseract-ocr-jpn.</source>
        <translation>OCR には Tesseract の日本語データが必要です。パッケージ tesseract-ocr-jpn をインストールしてください。</translation>
    </message>
    <message>
        <source>There is no page image to read.</source>
        <translation>読み取るページの画像がありません。</translation>
    </message>
    <message>
        <source>Tesseract could not load its Japanese data from %1.</source>
        <translation>Tesseract が %1 から日本語データを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The text recognition was stopped.</source>
        <translation>文字認識を中止しました。</translation>
    </message>
    <message>
        <source>Tesseract could not read the page.</source>
        <translation>Tesseract がページを読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>暗号ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>パスワードのハッシュ化に必要なメモリが不足しています。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>パスワードは%1文字以上にしてください。</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>パスワードは%1文字以内にしてください。</translation>
    </message>
    <message>
        <source>The password must not be only spaces.</source>
        <translation>空白だけのパスワードは使用できません。</translation>
    </message>
    <message>
        <source>The password contains bytes that are not valid text (UTF-8); type it again.</source>
        <translation>パスワードに有効なテキスト（UTF-8）ではないバイトが含まれています。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage user accounts</source>
        <translation>ユーザーアカウントの管理</translation>
    </message>
    <message>
        <source>list user accounts</source>
        <translation>ユーザーアカウントの一覧表示</translation>
    </message>
    <message>
        <source>read the organisation settings</source>
        <translation>組織の設定の参照</translation>
    </message>
    <message>
        <source>change the organisation settings</source>
        <translation>組織の設定の変更</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>監査証跡の参照</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>監査証跡の検証</translation>
    </message>
    <message>
        <source>read requests and member data</source>
        <translation>請求と組合員データの参照</translation>
    </message>
    <message>
        <source>register requests</source>
        <translation>請求の登録</translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation>決定の承認</translation>
    </message>
    <message>
        <source>issue letters</source>
        <translation>通知書の発行</translation>
    </message>
    <message>
        <source>add and edit members</source>
        <translation>組合員の追加・編集</translation>
    </message>
    <message>
        <source>change the business calendar</source>
        <translation>業務カレンダーの変更</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>個人データの消去</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>データベースのバックアップ</translation>
    </message>
</context>
<context>
    <name>ReceiptNumberFormat</name>
    <message>
        <source>The receipt number format has a “}” that closes nothing (at character %1).</source>
        <translation>受付番号の書式に、対応する「{」のない「}」があります（%1文字目）。</translation>
    </message>
    <message>
        <source>The receipt number format uses “%1”, which is not a placeholder. Use {era}, {era_initial}, {era_year}, {fiscal_year} and {seq} (or {seq:N}, N from 1 to 9 digits).</source>
        <translation>受付番号の書式の「%1」は差込項目ではありません。{era}、{era_initial}、{era_year}、{fiscal_year}、{seq}（または {seq:N}。N は桁数で1〜9）を使用してください。</translation>
    </message>
    <message>
        <source>The receipt number format needs the request&apos;s number {seq} (or {seq:4} for four digits): without it every request of a year would get the same number.</source>
        <translation>受付番号の書式には請求の番号 {seq}（4桁にするには {seq:4}）が必要です。これがないと、同じ年度の請求がすべて同じ番号になります。</translation>
    </message>
    <message>
        <source>The receipt number format needs the year, {fiscal_year} or {era_initial}{era_year}: without it the numbers of one fiscal year would repeat the next year&apos;s.</source>
        <translation>受付番号の書式には年度（{fiscal_year} または {era_initial}{era_year}）が必要です。これがないと、翌年度に同じ番号が繰り返されます。</translation>
    </message>
    <message>
        <source>The receipt number format needs {era} or {era_initial} beside {era_year}: without them 令和1 and 平成1 would write the same numbers.</source>
        <translation>受付番号の書式で {era_year} を使う場合は、{era} または {era_initial} も必要です。これがないと、令和1年度と平成1年度の番号が同じになります。</translation>
    </message>
    <message>
        <source>In the receipt number format, %1 and %2 are numbers that change width and stand side by side, so two requests could get the same number (1 + 11 and 11 + 1). Put a separator such as “-” between them.</source>
        <translation>受付番号の書式で、桁数の変わる %1 と %2 が隣り合っているため、異なる請求が同じ番号になることがあります（1 と 11、11 と 1）。間に「-」などの区切りを入れてください。</translation>
    </message>
</context>
<context>
    <name>RedactCommands</name>
    <message>
        <source>--box: %1</source>
        <translation>--box：%1</translation>
    </message>
    <message>
        <source>--box takes PAGE:X,Y,W,H — the page from 1, then the box&apos;s left edge, top edge, width and height in points from the page&apos;s top-left corner, e.g. 1:72,100,150,14 — not “%1”.</source>
        <translation>--box には ページ:X,Y,W,H を指定してください。ページ番号（1から）、続いてページ左上隅からの範囲の左端、上端、幅、高さをポイントで指定します（例：1:72,100,150,14）（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>--box counts pages from 1, not “%1”.</source>
        <translation>--box のページ番号は1から数えます（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>--box needs a width and a height above 0, not “%1”.</source>
        <translation>--box の幅と高さは0より大きくしてください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>--in and --out need file names, not empty arguments.</source>
        <translation>--in と --out にはファイル名を指定してください。空の引数は使えません。</translation>
    </message>
    <message>
        <source>--dpi needs a whole number, not “%1”.</source>
        <translation>--dpi には整数を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>--search needs a text to look for, not “%1”.</source>
        <translation>--search には探す文字列を指定してください（指定された値：「%1」）。</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>--out names the input file; the redacted copy is always a new file.</source>
        <translation>--out に入力ファイルが指定されています。黒塗り済みの写しは常に新しいファイルに書き出します。</translation>
    </message>
    <message>
        <source>%1 already exists; the redacted copy is never written over a file. Choose another name or remove that file.</source>
        <translation>%1 は既に存在します。黒塗り済みの写しで既存のファイルを上書きすることはありません。別の名前を指定するか、そのファイルを削除してください。</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>検出元</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s) rebuilt from pixels at %2 dpi, %3 box(es) blacked out; the proof passed. SHA-256: %4</source>
        <translation>
            <numerusform>%1 を書き出しました：%n ページを %2 dpi の画像から作り直し、%3 か所を黒塗りしました。検証に合格しました。SHA-256：%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page(s) %1 had no text layer and were read by OCR for the searches and detectors; check their boxes against the page.</source>
        <translation>
            <numerusform>%1 ページ目には文字情報がなかったため、検索と検出のために OCR で読み取りました。黒塗り範囲をページと照らして確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>--no-ocr was given.</source>
        <translation>--no-ocr が指定されています。</translation>
    </message>
    <message numerus="yes">
        <source>Page(s) %1 had no text layer and were not searched: %2</source>
        <translation>
            <numerusform>%1 ページ目には文字情報がなく、検索していません：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionFinder</name>
    <message>
        <source>The search for text to black out was stopped.</source>
        <translation>黒塗りする文字列の検索を中止しました。</translation>
    </message>
</context>
<context>
    <name>RedactionProof</name>
    <message>
        <source>The proof of the redacted copy failed: %1</source>
        <translation>黒塗り済みの写しの検証に失敗しました：%1</translation>
    </message>
    <message>
        <source>it does not open as a PDF.</source>
        <translation>PDF として開けません。</translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation>暗号化されています。</translation>
    </message>
    <message>
        <source>it has %1 pages instead of %2.</source>
        <translation>ページ数が %2 ではなく %1 です。</translation>
    </message>
    <message>
        <source>page %1 cannot be read.</source>
        <translation>%1 ページ目を読み取れません。</translation>
    </message>
    <message>
        <source>page %1 is %2 × %3 points instead of %4 × %5.</source>
        <translation>%1 ページ目の大きさが %4 × %5 ポイントではなく %2 × %3 ポイントです。</translation>
    </message>
    <message>
        <source>page %1 has text.</source>
        <translation>%1 ページ目に文字があります。</translation>
    </message>
    <message>
        <source>page %1 has annotations.</source>
        <translation>%1 ページ目に注釈があります。</translation>
    </message>
    <message>
        <source>page %1 has form fields.</source>
        <translation>%1 ページ目にフォームのフィールドがあります。</translation>
    </message>
    <message>
        <source>it has document information (title, author …).</source>
        <translation>文書情報（タイトル、作成者など）があります。</translation>
    </message>
    <message>
        <source>it has XMP metadata.</source>
        <translation>XMP メタデータがあります。</translation>
    </message>
    <message>
        <source>it has embedded files.</source>
        <translation>添付ファイルがあります。</translation>
    </message>
    <message>
        <source>it has scripts.</source>
        <translation>スクリプトがあります。</translation>
    </message>
    <message>
        <source>withheld text %1 of %2 occurs in the file&apos;s bytes.</source>
        <translation>黒塗りした文字列（%2 件中 %1 件目）がファイルのバイト列に含まれています。</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered.</source>
        <translation>%1 ページ目を描画できません。</translation>
    </message>
    <message>
        <source>box %1 lies outside page %2.</source>
        <translation>黒塗り範囲 %1 が %2 ページ目の外にあります。</translation>
    </message>
    <message>
        <source>box %1 on page %2 is not solid black.</source>
        <translation>%2 ページ目の黒塗り範囲 %1 が完全に黒くなっていません。</translation>
    </message>
</context>
<context>
    <name>RedactionSources</name>
    <message>
        <source>Box</source>
        <translation>手動指定</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>個人番号</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>組合員の氏名</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>The redaction was stopped; no copy was written.</source>
        <translation>黒塗りを中止しました。写しは書き出していません。</translation>
    </message>
    <message>
        <source>The resolution must be from %1 to %2 dpi, not %3.</source>
        <translation>解像度は %1～%2 dpi にしてください（指定された値：%3）。</translation>
    </message>
    <message numerus="yes">
        <source>There is no page %1: the document has %n page(s).</source>
        <translation>
            <numerusform>%1 ページ目はありません。文書は %n ページです。</numerusform>
        </translation>
    </message>
    <message>
        <source>A box on page %1 has no width or height.</source>
        <translation>%1 ページ目の黒塗り範囲に幅または高さがありません。</translation>
    </message>
    <message>
        <source>A box lies outside page %1, which is %2 × %3 points.</source>
        <translation>黒塗り範囲が %1 ページ目（%2 × %3 ポイント）の外にあります。</translation>
    </message>
    <message>
        <source>A box on page %1 is smaller than %2 point on its page; make it larger.</source>
        <translation>%1 ページ目の黒塗り範囲が %2 ポイントより小さくなっています。大きくしてください。</translation>
    </message>
    <message>
        <source>%1 already exists; the redacted copy is never written over a file. Choose another name or remove that file.</source>
        <translation>%1 は既に存在します。黒塗り済みの写しで既存のファイルを上書きすることはありません。別の名前を指定するか、そのファイルを削除してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>%1 をディスクに書き込めません。</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 何も書き出していません。</translation>
    </message>
    <message>
        <source>%1 could not be given its name (a file of that name appeared meanwhile, or the folder refused it); nothing was written.</source>
        <translation>%1 に名前を付けられませんでした（その間に同じ名前のファイルができたか、フォルダーが拒否しました）。何も書き出していません。</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register</source>
        <translation>受付簿</translation>
    </message>
    <message>
        <source>Read the register again (F5)</source>
        <translation>受付簿を再読み込みします（F5）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Register a request received at the counter or by mail (Ctrl+N)</source>
        <translation>窓口または郵送で受け付けた請求を登録します（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新規受付(&amp;N)…</translation>
    </message>
    <message>
        <source>Search by name, kana, member number or receipt number</source>
        <translation>氏名、カナ、組合員番号、受付番号で検索</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>自分の担当(&amp;M)</translation>
    </message>
    <message>
        <source>Open requests whose deadline has passed</source>
        <translation>期限を過ぎた処理中の請求</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>期限超過(&amp;O)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>条件をクリア</translation>
    </message>
    <message>
        <source>Open the selected request (Enter or double-click)</source>
        <translation>選択した請求を開きます（Enter キーまたはダブルクリック）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Due &amp;soon</source>
        <translation>期限間近(&amp;S)</translation>
    </message>
    <message>
        <source>Requests at an approval step you may take now</source>
        <translation>自分が今決裁できる段階にある請求</translation>
    </message>
    <message>
        <source>Awaiting my &amp;approval</source>
        <translation>自分の決裁待ち(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message>
        <source>--%1 applies only to a request made by an agent; add --agent-kind statutory or --agent-kind appointed.</source>
        <translation>--%1 は代理人による請求にのみ指定できます。--agent-kind statutory または --agent-kind appointed を指定してください。</translation>
    </message>
    <message>
        <source>There is no member with the number %1.</source>
        <translation>組合員番号 %1 の組合員はいません。</translation>
    </message>
    <message>
        <source>There is no account “%1” to assign the request to.</source>
        <translation>請求の担当とするアカウント「%1」がありません。</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>請求 %1 はありません。</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4; relationship %5; evidence %6</source>
        <translation>%1（%2）：%3、%4。本人との関係：%5。代理権の確認書類：%6</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 (%2), checked by %3 at %4</source>
        <translation>%1（%2）、確認者 %3、確認日時 %4</translation>
    </message>
    <message>
        <source>%1 yen, paid on %2</source>
        <translation>%1円（%2 納付済み）</translation>
    </message>
    <message>
        <source>%1 yen, not paid yet</source>
        <translation>%1円（未納）</translation>
    </message>
    <message>
        <source>Say what to change, e.g. --notes TEXT; run “dsrctl help request edit” for the options.</source>
        <translation>変更する内容を指定してください（例：--notes TEXT）。オプションは「dsrctl help request edit」で確認できます。</translation>
    </message>
    <message>
        <source>Nothing changed in %1.</source>
        <translation>%1 に変更はありません。</translation>
    </message>
    <message>
        <source>The request %1 is saved.</source>
        <translation>請求 %1 を保存しました。</translation>
    </message>
    <message>
        <source>No request matches.</source>
        <translation>該当する請求はありません。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>組合員</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Showing %1 of %2 requests; raise --limit or narrow the filters to see the rest.</source>
        <translation>%2件中%1件を表示しています。残りを表示するには、--limit の値を大きくするか、条件を絞り込んでください。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>The file %1 is larger than 50 MB; scan it at a lower resolution.</source>
        <translation>ファイル %1 は 50 MB を超えています。解像度を下げてスキャンしてください。</translation>
    </message>
    <message>
        <source>Attached %1 to %2 as attachment %3. SHA-256: %4</source>
        <translation>%1 を %2 の添付ファイル %3 として添付しました。SHA-256：%4</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>受付番号:</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Act by:</source>
        <translation>対応期日:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>履歴:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：「%2」</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1：「%2」→「%3」</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>組合員</translation>
    </message>
    <message>
        <source>Member number, name or kana</source>
        <translation>組合員番号、氏名またはカナ</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>組合員番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>No member chosen yet.</source>
        <translation>組合員が選択されていません。</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>請求種別</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>the day the request arrived</source>
        <translation>請求が到達した日</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>請求の要旨</translation>
    </message>
    <message>
        <source>What the member asks for, in a line</source>
        <translation>組合員が求める内容を1行で</translation>
    </message>
    <message>
        <source>Assigned clerk</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>代理人の氏名</translation>
    </message>
    <message>
        <source>Agent&apos;s address</source>
        <translation>代理人の住所</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>本人との関係</translation>
    </message>
    <message>
        <source>e.g. parent, guardian, attorney</source>
        <translation>例：親権者、成年後見人、委任を受けた者</translation>
    </message>
    <message>
        <source>Evidence of authority</source>
        <translation>代理権の確認書類</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <source>The back of a My Number card is never accepted or copied.</source>
        <translation>マイナンバーカードの裏面は受け付けず、写しも取りません。</translation>
    </message>
    <message>
        <source>Certificate of residence issued on</source>
        <translation>住民票の写しの発行日</translation>
    </message>
    <message>
        <source>What is requested</source>
        <translation>請求内容</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>データの区分</translation>
    </message>
    <message>
        <source>Data requested</source>
        <translation>請求するデータ</translation>
    </message>
    <message>
        <source>Disclosure method</source>
        <translation>開示の方法</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Fee paid on</source>
        <translation>手数料の納付日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>Cannot save the request</source>
        <translation>請求を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the request</source>
        <translation>請求を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>受付簿を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the deadline</source>
        <translation>期限を保存できません</translation>
    </message>
    <message>
        <source>Cannot save the request history</source>
        <translation>請求の履歴を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the request history</source>
        <translation>請求の履歴を読み込めません</translation>
    </message>
    <message>
        <source>Cannot store the attachment</source>
        <translation>添付ファイルを保存できません</translation>
    </message>
    <message>
        <source>Cannot read the attachments</source>
        <translation>添付ファイルの一覧を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the attachment</source>
        <translation>添付ファイルを読み込めません</translation>
    </message>
    <message>
        <source>The attachment does not exist.</source>
        <translation>添付ファイルが存在しません。</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>Request type</source>
        <translation>請求種別</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>組合員</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>請求の要旨</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>代理人の氏名</translation>
    </message>
    <message>
        <source>Agent&apos;s address</source>
        <translation>代理人の住所</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>本人との関係</translation>
    </message>
    <message>
        <source>Evidence of authority</source>
        <translation>代理権の確認書類</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <source>Certificate of residence issued on</source>
        <translation>住民票の写しの発行日</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>データの区分</translation>
    </message>
    <message>
        <source>Data requested</source>
        <translation>請求するデータ</translation>
    </message>
    <message>
        <source>Disclosure method</source>
        <translation>開示の方法</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Fee paid on</source>
        <translation>手数料の納付日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Assigned clerk</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Act by</source>
        <translation>対応期日</translation>
    </message>
    <message>
        <source>Choose the member the request is about.</source>
        <translation>請求の対象となる組合員を選択してください。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>「%1」は必須です。</translation>
    </message>
    <message>
        <source>%1 cannot be in the future: it is the day the request arrived.</source>
        <translation>「%1」は請求が到達した日のため、未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>%1 must be in 2000 or later.</source>
        <translation>「%1」は2000年以降の日付にしてください。</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>「%1」：%2 のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>%1: unknown document &quot;%2&quot;; choose one of %3.</source>
        <translation>「%1」：不明な書類「%2」です。%3 のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>The back of a My Number card is not accepted as identity proof and must not be copied (My Number Act art. 20); use the front side or another photo ID.</source>
        <translation>マイナンバーカードの裏面は本人確認書類として受け付けられず、写しを取ることもできません（番号法第20条）。表面または他の写真付き本人確認書類を使用してください。</translation>
    </message>
    <message>
        <source>For a request by mail, enter the issue date of the certificate of residence.</source>
        <translation>郵送による請求の場合は、住民票の写しの発行日を入力してください。</translation>
    </message>
    <message>
        <source>The certificate of residence cannot be issued after the request arrived.</source>
        <translation>住民票の写しの発行日を、請求の到達日より後にすることはできません。</translation>
    </message>
    <message>
        <source>The certificate of residence was issued more than %1 days before the request arrived; ask for a newer one.</source>
        <translation>住民票の写しは請求の到達日の%1日より前に発行されたものです。新しいものの提出を求めてください。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; the categories are %2.</source>
        <translation>不明な区分「%1」です。区分は %2 です。</translation>
    </message>
    <message>
        <source>A disclosure method applies only to disclosure requests.</source>
        <translation>開示の方法は開示の請求にのみ指定できます。</translation>
    </message>
    <message>
        <source>No fee is charged for this type of request.</source>
        <translation>この種別の請求には手数料はかかりません。</translation>
    </message>
    <message>
        <source>The fee must be between 0 and 100,000 yen.</source>
        <translation>手数料は0～100,000円の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Enter the fee amount before the day it was paid.</source>
        <translation>納付日の前に手数料の金額を入力してください。</translation>
    </message>
    <message>
        <source>The fee cannot be paid in the future.</source>
        <translation>手数料の納付日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>The assigned person must be an active clerk.</source>
        <translation>担当者には有効な担当者アカウントを指定してください。</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>この請求は既に存在しません。</translation>
    </message>
    <message>
        <source>A closed or withdrawn request cannot be edited.</source>
        <translation>完結または取下げとなった請求は編集できません。</translation>
    </message>
    <message>
        <source>Cannot read the calendar.</source>
        <translation>カレンダーを読み込めません。</translation>
    </message>
    <message>
        <source>The request was saved but could not be read back.</source>
        <translation>請求は保存されましたが、読み込み直すことができませんでした。</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>請求 %1 はありません。</translation>
    </message>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>ID %1 の請求はありません。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>ファイル %1 は空です。</translation>
    </message>
    <message>
        <source>The file %1 is larger than 50 MB; scan it at a lower resolution.</source>
        <translation>ファイル %1 は 50 MB を超えています。解像度を下げてスキャンしてください。</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, PNG or JPEG file (judged by its content, not its name).</source>
        <translation>ファイル %1 は PDF、PNG、JPEG のいずれのファイルでもありません（名前ではなく内容で判定しています）。</translation>
    </message>
    <message>
        <source>The attachment does not exist.</source>
        <translation>添付ファイルが存在しません。</translation>
    </message>
    <message>
        <source>The stored file %1 no longer matches its SHA-256; it was damaged or altered.</source>
        <translation>保存されたファイル %1 が SHA-256 と一致しません。ファイルが破損したか、改ざんされています。</translation>
    </message>
    <message>
        <source>The decision on this request is %1; the facts it rests on cannot change now (%2). Return the draft (差戻し) or reopen the request with a reason to correct them; the decision then needs approval again. Notes, the person in charge and the fee payment date stay editable.</source>
        <translation>この請求は「%1」のため、決定の前提となる事項（%2）は変更できません。訂正するには、決定案を差し戻すか、理由を記載して請求を再開してください。その場合、決定には改めて決裁が必要になります。備考、担当者、手数料の納付日は引き続き編集できます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <source>Request</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>ファイルの追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Store a scanned request, an ID copy or a record (PDF, PNG or JPEG)</source>
        <translation>スキャンした請求書、本人確認書類の写し、記録を保存します（PDF、PNG、JPEG）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Erase attachment…</source>
        <translation>添付ファイルの消去(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove the selected file&apos;s bytes for good, with a reason (privacy officer)</source>
        <translation>選択したファイルの内容を、理由を記録して完全に消去します（個人情報保護管理者）</translation>
    </message>
</context>
<context>
    <name>RequestVocabulary</name>
    <message>
        <source>Notice of purpose of use</source>
        <translation>利用目的の通知</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>開示</translation>
    </message>
    <message>
        <source>Disclosure of third-party provision records</source>
        <translation>第三者提供記録の開示</translation>
    </message>
    <message>
        <source>Correction, addition or deletion</source>
        <translation>訂正・追加・削除</translation>
    </message>
    <message>
        <source>Suspension of use or erasure</source>
        <translation>利用停止・消去</translation>
    </message>
    <message>
        <source>Stop of third-party provision</source>
        <translation>第三者提供の停止</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>苦情</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Awaiting amendment</source>
        <translation>補正待ち</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>決定案作成済み</translation>
    </message>
    <message>
        <source>In approval</source>
        <translation>決裁中</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>通知済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完結</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Statutory agent</source>
        <translation>法定代理人</translation>
    </message>
    <message>
        <source>Appointed agent</source>
        <translation>任意代理人</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Paper copy</source>
        <translation>書面の交付</translation>
    </message>
    <message>
        <source>Electronic copy</source>
        <translation>電磁的記録の提供</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <source>My Number card (front side)</source>
        <translation>マイナンバーカード（表面）</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>旅券</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <source>Special permanent resident certificate</source>
        <translation>特別永住者証明書</translation>
    </message>
    <message>
        <source>Disability certificate with photo</source>
        <translation>写真付きの障害者手帳</translation>
    </message>
    <message>
        <source>Health insurance card (with a second document)</source>
        <translation>健康保険証（他の書類1点と併用）</translation>
    </message>
    <message>
        <source>Copy of an ID with a certificate of residence (mail)</source>
        <translation>本人確認書類の写しと住民票の写し（郵送）</translation>
    </message>
    <message>
        <source>My Number card (back side) — not accepted</source>
        <translation>マイナンバーカード（裏面）— 受付不可</translation>
    </message>
    <message>
        <source>Family register certificate</source>
        <translation>戸籍謄本</translation>
    </message>
    <message>
        <source>Certificate of registered guardianship</source>
        <translation>成年後見登記事項証明書</translation>
    </message>
    <message>
        <source>Power of attorney with seal registration certificate</source>
        <translation>委任状（印鑑登録証明書付き）</translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <source>Verify identity</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Request amendment</source>
        <translation>補正の依頼</translation>
    </message>
    <message>
        <source>Amended request received</source>
        <translation>補正の受領</translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation>調査の開始</translation>
    </message>
    <message>
        <source>Send inquiry to a division</source>
        <translation>関係課への照会</translation>
    </message>
    <message>
        <source>Record inquiry answer</source>
        <translation>照会回答の記録</translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation>決定案の作成</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>決裁に回付</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>取下げの記録</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>期限の延長</translation>
    </message>
    <message>
        <source>Ask a third party&apos;s opinion</source>
        <translation>第三者への意見照会</translation>
    </message>
    <message>
        <source>Record third party&apos;s answer</source>
        <translation>第三者の回答の記録</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>通知の記録</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>完結</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of these roles: %2.</source>
        <translation>「%1」には次のいずれかの役割が必要です：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the request is &quot;%2&quot;.</source>
        <translation>請求が「%2」の状態では「%1」はできません。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>仮パスワード</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>The password needs at least 12 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>パスワードは12文字以上にしてください。短い文にすると、覚えやすく推測されにくいパスワードになります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>係長</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>課長</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>個人情報保護管理者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査担当者</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Cannot update the search index</source>
        <translation>検索索引を更新できません</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>dsr-server.example.lg.jp</source>
        <translation>dsr-server.example.lg.jp</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>The password is used for this connection only and never saved. Leave it empty when the password file (PGPASSFILE or ~/.pgpass) holds it.</source>
        <translation>パスワードはこの接続にだけ使用し、保存しません。パスワードファイル（PGPASSFILE または ~/.pgpass）にある場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>The target must be a server database, postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>コピー先はサーバーのデータベース（postgresql://ユーザー@ホスト:ポート/データベース）である必要があります。</translation>
    </message>
    <message>
        <source>The server database %1 already holds data; the copy goes only into an empty database. Nothing was changed.</source>
        <translation>サーバーのデータベース %1 には既にデータがあります。コピー先は空のデータベースに限ります。何も変更していません。</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at entry %2 (%3); nothing was copied. Examine it with “dsrctl audit verify”.</source>
        <translation>%1 の監査証跡は記録 %2 で壊れています（%3）。何もコピーしていません。「dsrctl audit verify」で確認してください。</translation>
    </message>
    <message>
        <source>The copied audit trail does not verify (%1 of %2 entries checked: %3); nothing was copied.</source>
        <translation>コピーした監査証跡を検証できません（%2 件中 %1 件を検証：%3）。何もコピーしていません。</translation>
    </message>
    <message>
        <source>%1 Nothing was copied.</source>
        <translation>%1 何もコピーしていません。</translation>
    </message>
</context>
<context>
    <name>ServiceBase</name>
    <message>
        <source>Log in first.</source>
        <translation>先にログインしてください。</translation>
    </message>
    <message>
        <source>Your account was disabled or removed; log in again.</source>
        <translation>アカウントが無効化または削除されました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Change your password first.</source>
        <translation>先にパスワードを変更してください。</translation>
    </message>
    <message>
        <source>You are not allowed to %1. It needs one of these roles: %2.</source>
        <translation>「%1」を行う権限がありません。次のいずれかの役割が必要です：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>The export was not written: it could not be recorded in the audit trail (%1).</source>
        <translation>監査証跡に記録できなかったため、出力しませんでした（%1）。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>出力を取り消しました。ファイルは作成していません。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>代表者の職名</translation>
    </message>
    <message>
        <source>Name of the head</source>
        <translation>代表者の氏名</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>担当課</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Document number symbol</source>
        <translation>文書番号の記号</translation>
    </message>
    <message>
        <source>Legal regime</source>
        <translation>適用する規律</translation>
    </message>
    <message>
        <source>Lock the window after idle minutes</source>
        <translation>画面をロックするまでの無操作時間（分）</translation>
    </message>
    <message>
        <source>Failed logins before lockout</source>
        <translation>アカウントをロックするまでのログイン失敗回数</translation>
    </message>
    <message>
        <source>Lockout minutes</source>
        <translation>ロック時間（分）</translation>
    </message>
    <message>
        <source>Receipt number format</source>
        <translation>受付番号の書式</translation>
    </message>
    <message>
        <source>Target days (private regime)</source>
        <translation>目標日数（第4章の規律）</translation>
    </message>
    <message>
        <source>Limit days (private regime)</source>
        <translation>上限日数（第4章の規律）</translation>
    </message>
    <message>
        <source>Categories of held data (comma-separated)</source>
        <translation>保有個人データの区分（カンマ区切り）</translation>
    </message>
    <message>
        <source>Maximum age of a certificate of residence (days)</source>
        <translation>住民票の写しの有効期間（発行後の日数）</translation>
    </message>
    <message>
        <source>When a deadline falls on a closed day</source>
        <translation>期限が休業日に当たる場合</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>「%1」は空にできません。</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters.</source>
        <translation>「%1」は%2文字以内で入力してください。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>「%1」は%2～%3の整数にしてください。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>「%1」は次のいずれかにしてください：%2。</translation>
    </message>
    <message>
        <source>Digits in letters (half or full width)</source>
        <translation>通知書の数字（半角または全角）</translation>
    </message>
    <message>
        <source>Official seal on letters (omit or image)</source>
        <translation>通知書の公印（省略または印影画像）</translation>
    </message>
    <message>
        <source>Address block: left edge (mm)</source>
        <translation>宛名欄：左端の位置（mm）</translation>
    </message>
    <message>
        <source>Address block: top edge (mm)</source>
        <translation>宛名欄：上端の位置（mm）</translation>
    </message>
    <message>
        <source>Address block: width (mm)</source>
        <translation>宛名欄：幅（mm）</translation>
    </message>
    <message>
        <source>Address block: height (mm)</source>
        <translation>宛名欄：高さ（mm）</translation>
    </message>
    <message>
        <source>Years a closed request is kept</source>
        <translation>完結した請求の保存期間（年）</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップ先フォルダー</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保持するバックアップの世代数</translation>
    </message>
    <message>
        <source>%1 must be a full path, such as /media/backup/dsrdesk.</source>
        <translation>%1 は /media/backup/dsrdesk のような完全なパスで指定してください。</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <source>Unknown setting “%1”. Run “dsrctl help settings set” for the keys.</source>
        <translation>不明な設定「%1」です。キーは「dsrctl help settings set」で確認できます。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>ユーザーの追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>パスワードのリセット…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>These settings are shared by every desk that uses this database. Each change is recorded in the audit log.</source>
        <translation>これらの設定は、このデータベースを使用するすべての端末で共通です。変更はすべて監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot read the settings</source>
        <translation>設定を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>設定を保存できません</translation>
    </message>
</context>
<context>
    <name>SetupCommands</name>
    <message>
        <source>The database %1 is already set up; log in with --user instead.</source>
        <translation>データベース %1 は既にセットアップされています。--user を指定してログインしてください。</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>システム管理者 %1 のパスワード: </translation>
    </message>
    <message>
        <source>Set up %1 with the administrator %2.</source>
        <translation>システム管理者 %2 で %1 をセットアップしました。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 の新しいパスワード: </translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 のパスワードを変更しました。</translation>
    </message>
    <message>
        <source>--app-role grants a login role of a server database (postgresql://…); the SQLite file %1 has no roles.</source>
        <translation>--app-role はサーバーのデータベース（postgresql://…）のログインロールに権限を付与するものです。SQLite ファイル %1 にはロールがありません。</translation>
    </message>
    <message>
        <source>The role(s) %1 may use it.</source>
        <translation>ロール %1 が使用できます。</translation>
    </message>
    <message>
        <source>%1 %2, schema version %3.</source>
        <translation>%1 %2、スキーマバージョン %3。</translation>
    </message>
    <message>
        <source>Rights granted again to: %1.</source>
        <translation>権限を付与し直したロール：%1。</translation>
    </message>
    <message>
        <source>--from names the desk&apos;s SQLite database file.</source>
        <translation>--from には、その端末の SQLite データベースファイルを指定します。</translation>
    </message>
    <message>
        <source>--to names the server database, postgresql://OWNER@HOST:PORT/DATABASE.</source>
        <translation>--to には、サーバーのデータベース（postgresql://所有者@ホスト:ポート/データベース）を指定します。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Copied %1 to %2:</source>
        <translation>%1 を %2 にコピーしました：</translation>
    </message>
    <message>
        <source>Audit chain verified, %1 entries; %2 letters verified; %3 attachments verified.</source>
        <translation>監査証跡を検証しました（%1 件）。通知書 %2 件、添付ファイル %3 件を照合しました。</translation>
    </message>
</context>
<context>
    <name>SourceDocument</name>
    <message>
        <source>%1 is larger than %2, the largest document that can be redacted.</source>
        <translation>%1 は黒塗りできる文書の上限 %2 を超えています。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG, JPEG or TIFF file; only those can be redacted.</source>
        <translation>%1 は PDF、PNG、JPEG、TIFF のいずれのファイルでもありません。黒塗りできるのはこれらの形式だけです。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF; the file is damaged or not a PDF.</source>
        <translation>%1 を PDF として読み取れません。ファイルが破損しているか、PDF ではありません。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it with its password, save a copy without protection and redact that copy.</source>
        <translation>%1 はパスワードで保護されています。パスワードを入力して開き、保護を外した写しを保存して、その写しを黒塗りしてください。</translation>
    </message>
    <message>
        <source>%1 is encrypted (it restricts copying, printing or changes). Save a copy without encryption and redact that copy.</source>
        <translation>%1 は暗号化されています（コピー、印刷または変更が制限されています）。暗号化を外した写しを保存して、その写しを黒塗りしてください。</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 にはページがありません。</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be read; the file is damaged.</source>
        <translation>%2 の %1 ページ目を読み取れません。ファイルが破損しています。</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be read: %3</source>
        <translation>%2 の %1 ページ目を読み取れません：%3</translation>
    </message>
    <message>
        <source>%1 cannot be read as a %2 image: %3</source>
        <translation>%1 を %2 画像として読み取れません：%3</translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation>%1 に %2 ページ目はありません。</translation>
    </message>
    <message>
        <source>Page %1 is %2 × %3 mm: at %4 dpi that is %5 × %6 pixels, more than a page may have (%7 million, at most %8 on a side). Choose a lower resolution.</source>
        <translation>%1 ページ目は %2 × %3 mm で、%4 dpi では %5 × %6 ピクセルになり、1ページの上限（%7 百万ピクセル、一辺 %8 ピクセルまで）を超えます。解像度を下げてください。</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be rendered; the file may be damaged.</source>
        <translation>%2 の %1 ページ目を描画できませんでした。ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>There is not enough memory to render page %1 at %2 dpi.</source>
        <translation>%1 ページ目を %2 dpi で描画するためのメモリーが足りません。</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>%1: decisions counted</source>
        <translation>%1：決定件数</translation>
    </message>
    <message>
        <source>%1: median (calendar days)</source>
        <translation>%1：中央値（暦日）</translation>
    </message>
    <message>
        <source>%1: mean (calendar days)</source>
        <translation>%1：平均（暦日）</translation>
    </message>
    <message>
        <source>%1: maximum (calendar days)</source>
        <translation>%1：最大（暦日）</translation>
    </message>
    <message>
        <source>%1: median (open days)</source>
        <translation>%1：中央値（開庁日）</translation>
    </message>
    <message>
        <source>%1: mean (open days)</source>
        <translation>%1：平均（開庁日）</translation>
    </message>
    <message>
        <source>%1: maximum (open days)</source>
        <translation>%1：最大（開庁日）</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>受付件数</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>受付：%1</translation>
    </message>
    <message>
        <source>Received at: %1</source>
        <translation>受付方法：%1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>Still open on %1</source>
        <translation>%1 時点で処理中</translation>
    </message>
    <message>
        <source>Overdue and still open on %1</source>
        <translation>%1 時点で期限超過のまま処理中</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定件数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Extensions (ordinary)</source>
        <translation>期限延長（通常）</translation>
    </message>
    <message>
        <source>Extensions (special, large volume)</source>
        <translation>期限延長（特例・著しく大量）</translation>
    </message>
    <message>
        <source>Amendment requests sent</source>
        <translation>補正依頼</translation>
    </message>
    <message>
        <source>Inquiries to divisions</source>
        <translation>保有課への照会</translation>
    </message>
    <message>
        <source>Third-party opinions asked</source>
        <translation>第三者意見照会</translation>
    </message>
    <message>
        <source>Days to decision</source>
        <translation>決定までの日数</translation>
    </message>
    <message>
        <source>Days, %1</source>
        <translation>日数：%1</translation>
    </message>
    <message>
        <source>Decided within the target</source>
        <translation>目標期日内に決定</translation>
    </message>
    <message>
        <source>Decided within the legal limit</source>
        <translation>法定期限内に決定</translation>
    </message>
    <message>
        <source>Letters issued</source>
        <translation>発行文書数</translation>
    </message>
    <message>
        <source>Letters: %1</source>
        <translation>文書：%1</translation>
    </message>
    <message>
        <source>Mailings returned</source>
        <translation>返戻郵便</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
</context>
<context>
    <name>StatisticsRepository</name>
    <message>
        <source>Cannot read the requests for the statistics</source>
        <translation>統計のための請求を読み込めません</translation>
    </message>
    <message>
        <source>Cannot count the amendment requests</source>
        <translation>補正依頼の件数を数えられません</translation>
    </message>
    <message>
        <source>Cannot count the inquiries</source>
        <translation>照会の件数を数えられません</translation>
    </message>
    <message>
        <source>Cannot count the third-party opinions</source>
        <translation>第三者意見照会の件数を数えられません</translation>
    </message>
    <message>
        <source>Cannot count the returned letters</source>
        <translation>返戻された文書の件数を数えられません</translation>
    </message>
    <message>
        <source>Cannot count the letters</source>
        <translation>文書の件数を数えられません</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>期間の初日と末日を指定してください。</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>期間の初日が末日より後になっています。</translation>
    </message>
    <message numerus="yes">
        <source>The period is longer than %n years; make the statistics year by year.</source>
        <translation>
            <numerusform>期間が %n 年を超えています。年度ごとに統計を作成してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open and overdue requests are counted on %1.</source>
        <translation>処理中と期限超過の件数は %1 時点のものです。</translation>
    </message>
</context>
<context>
    <name>StatisticsSheet</name>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Statistics of requests</source>
        <translation>請求の処理状況の統計</translation>
    </message>
    <message>
        <source>(organisation name not set)</source>
        <translation>（組織名が未設定）</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期間：%1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>作成日：%1</translation>
    </message>
</context>
<context>
    <name>StatsCommands</name>
    <message>
        <source>Give either --fiscal-year or --from and --to, not both.</source>
        <translation>--fiscal-year か、--from と --to のどちらか一方を指定してください（両方は指定できません）。</translation>
    </message>
    <message>
        <source>--fiscal-year needs the Western year the fiscal year starts in (2025 for 令和7年度), not “%1”.</source>
        <translation>--fiscal-year には年度が始まる西暦年（令和7年度なら 2025）を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Give --fiscal-year YYYY, or --from DATE and --to DATE.</source>
        <translation>--fiscal-year YYYY、または --from DATE と --to DATE を指定してください。</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from が --to より後の日付です。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Statistics %1 (%2 – %3)</source>
        <translation>統計 %1（%2～%3）</translation>
    </message>
    <message>
        <source>CSV written to %1.</source>
        <translation>CSV を %1 に書き出しました。</translation>
    </message>
    <message>
        <source>PDF written to %1.</source>
        <translation>PDF を %1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a database transaction</source>
        <translation>データベースのトランザクションを開始できませんでした</translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation>変更を保存できませんでした</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>request history: the request was taken in</comment>
        <translation>受付</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>request history: a field was edited</comment>
        <translation>変更</translation>
    </message>
    <message>
        <source>File added</source>
        <comment>request history: an attachment was stored</comment>
        <translation>ファイル追加</translation>
    </message>
    <message>
        <source>Japanese era (令和8年12月4日)</source>
        <translation>和暦（令和8年12月4日）</translation>
    </message>
    <message>
        <source>Western (2026/12/04)</source>
        <translation>西暦（2026/12/04）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip (shortcut)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Unknown role “%1”. The roles are: %2.</source>
        <translation>不明な役割「%1」です。役割は %2 です。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>パスワード変更が必要</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>First password for %1: </source>
        <translation>%1 の初期パスワード: </translation>
    </message>
    <message>
        <source>Created the account %1 (id %2). The password must be changed at the first login.</source>
        <translation>アカウント %1 を作成しました（ID %2）。初回ログイン時にパスワードの変更が必要です。</translation>
    </message>
    <message>
        <source>ID	Login	Name	Roles	State</source>
        <translation>ID	ログインID	氏名	役割	状態</translation>
    </message>
    <message>
        <source>Say what to change: --name NAME, --roles ROLE,ROLE… or both.</source>
        <translation>変更する内容を指定してください：--name NAME、--roles ROLE,ROLE…、またはその両方。</translation>
    </message>
    <message>
        <source>The account %1 is changed.</source>
        <translation>アカウント %1 を変更しました。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>アカウント %1 を無効化しました。</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>アカウント %1 を有効にしました。</translation>
    </message>
    <message>
        <source>The account %1 is unlocked.</source>
        <translation>アカウント %1 のロックを解除しました。</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>%1 の仮パスワード: </translation>
    </message>
    <message>
        <source>The account %1 has a temporary password, to be changed at the next login.</source>
        <translation>アカウント %1 に仮パスワードを設定しました。次回ログイン時に変更が必要です。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>仮パスワード</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>The person must choose their own password at the first login. At least 12 characters.</source>
        <translation>初回ログイン時に本人がパスワードを設定し直す必要があります。12文字以上にしてください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Cannot read the user accounts</source>
        <translation>ユーザーアカウントを読み込めません</translation>
    </message>
    <message>
        <source>The user account no longer exists.</source>
        <translation>このユーザーアカウントは既に存在しません。</translation>
    </message>
    <message>
        <source>Cannot create the user account</source>
        <translation>ユーザーアカウントを作成できません</translation>
    </message>
    <message>
        <source>Cannot save the roles</source>
        <translation>役割を保存できません</translation>
    </message>
    <message>
        <source>Cannot save the user account</source>
        <translation>ユーザーアカウントを保存できません</translation>
    </message>
    <message>
        <source>Cannot save the password</source>
        <translation>パスワードを保存できません</translation>
    </message>
    <message>
        <source>Cannot record the failed login</source>
        <translation>ログインの失敗を記録できません</translation>
    </message>
    <message>
        <source>Cannot save the account lock</source>
        <translation>アカウントのロックを保存できません</translation>
    </message>
    <message>
        <source>Cannot record the login</source>
        <translation>ログインを記録できません</translation>
    </message>
</context>
<context>
    <name>WorkflowCommands</name>
    <message>
        <source>There is no request %1.</source>
        <translation>請求 %1 はありません。</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”. Nothing was changed.</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください（指定された値：「%2」）。何も変更していません。</translation>
    </message>
    <message>
        <source>--%1 needs three parts separated by “|”, not “%2”.</source>
        <translation>--%1 には「|」で区切った3つの部分を指定してください（指定された値：「%2」）。</translation>
    </message>
    <message>
        <source>--measure takes one of %1, not “%2”.</source>
        <translation>--measure には %1 のいずれかを指定してください（指定された値：「%2」）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2, deadline %3, act by %4</source>
        <translation>%1：%2、期限 %3、対応期日 %4</translation>
    </message>
    <message>
        <source>Decision: %1, drafted by %2</source>
        <translation>決定：%1（作成者：%2）</translation>
    </message>
    <message>
        <source>  Not disclosed: %1 (%2): %3</source>
        <translation>  不開示部分：%1（%2）：%3</translation>
    </message>
    <message>
        <source>  Correction: %1: %2 → %3</source>
        <translation>  訂正：%1：%2 → %3</translation>
    </message>
    <message>
        <source>  Measure: %1 on %2</source>
        <translation>  措置：%1（%2 実施）</translation>
    </message>
    <message>
        <source>  Substitute measure: %1</source>
        <translation>  代替措置：%1</translation>
    </message>
    <message>
        <source>  Reasons: %1</source>
        <translation>  理由：%1</translation>
    </message>
    <message>
        <source>Decision: not drafted yet</source>
        <translation>決定：決定案未作成</translation>
    </message>
    <message>
        <source>Amendment %1: asked %2, reply by %3, received %4: %5</source>
        <translation>補正 %1：依頼日 %2、回答期限 %3、受領日 %4：%5</translation>
    </message>
    <message>
        <source>Inquiry %1 to %2: sent %3, due %4, answered %5</source>
        <translation>照会 %1（照会先：%2）：送付日 %3、回答期限 %4、回答日 %5</translation>
    </message>
    <message>
        <source>Opinion %1 from %2: sent %3, reply by %4, answered %5%6</source>
        <translation>意見照会 %1（%2）：送付日 %3、回答期限 %4、回答日 %5%6</translation>
    </message>
    <message>
        <source> (objection)</source>
        <translation> （反対意見あり）</translation>
    </message>
    <message>
        <source>Approval round %1 step %2 (%3): %4</source>
        <translation>決裁 第%1回 第%2段階（%3）：%4</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>処理待ち</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Extended to %1: %2</source>
        <translation>%1 まで延長：%2</translation>
    </message>
    <message>
        <source>Special extension (art. 84) to %1</source>
        <translation>特例延長（第84条）：%1 まで</translation>
    </message>
    <message>
        <source>Notified on %1 by %2</source>
        <translation>通知日 %1（%2）</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>取下げ日 %1</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <source>There is no workflow action “%1”.</source>
        <translation>処理経過の操作「%1」はありません。</translation>
    </message>
    <message>
        <source>%1 is now “%2” (deadline %3, act by %4).</source>
        <translation>%1 は「%2」になりました（期限 %3、対応期日 %4）。</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Act by</source>
        <translation>対応期日</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>No request waits for your approval.</source>
        <translation>決裁待ちの請求はありません。</translation>
    </message>
    <message>
        <source>Decision kind</source>
        <translation>決定の種類</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Unknown role “%1” in --steps; run “dsrctl help route set” for the roles.</source>
        <translation>--steps の役割「%1」は不明です。役割は「dsrctl help route set」で確認してください。</translation>
    </message>
    <message>
        <source>Route for %1 × %2: %3.</source>
        <translation>%1 × %2 の決裁ルート：%3。</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>Cannot save the request</source>
        <translation>請求を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the request</source>
        <translation>請求を読み込めません</translation>
    </message>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>ID %1 の請求はありません。</translation>
    </message>
    <message>
        <source>Cannot save the amendment request</source>
        <translation>補正の依頼を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the amendment requests</source>
        <translation>補正の依頼を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the amendment</source>
        <translation>補正を保存できません</translation>
    </message>
    <message>
        <source>Cannot save the inquiry</source>
        <translation>照会を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the inquiries</source>
        <translation>照会を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the inquiry answer</source>
        <translation>照会の回答を保存できません</translation>
    </message>
    <message>
        <source>The request has no inquiry %1.</source>
        <translation>この請求に照会 %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot save the opinion request</source>
        <translation>意見照会を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the opinion requests</source>
        <translation>意見照会を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the opinion</source>
        <translation>意見を保存できません</translation>
    </message>
    <message>
        <source>The request has no opinion request %1.</source>
        <translation>この請求に意見照会 %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot read the decision</source>
        <translation>決定を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the decision</source>
        <translation>決定を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the approval routes</source>
        <translation>決裁ルートを読み込めません</translation>
    </message>
    <message>
        <source>No approval route is defined; ask an administrator to set one.</source>
        <translation>決裁ルートが定義されていません。システム管理者に設定を依頼してください。</translation>
    </message>
    <message>
        <source>Cannot save the approval route</source>
        <translation>決裁ルートを保存できません</translation>
    </message>
    <message>
        <source>Cannot start the approval</source>
        <translation>決裁を開始できません</translation>
    </message>
    <message>
        <source>Cannot read the approval steps</source>
        <translation>決裁の段階を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the approval</source>
        <translation>決裁を保存できません</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>&quot;%1&quot; does not answer a request of type &quot;%2&quot;.</source>
        <translation>「%1」は種別「%2」の請求に対する決定ではありません。</translation>
    </message>
    <message>
        <source>A refusal, partial or different measure must state its reasons.</source>
        <translation>請求に応じない場合、一部のみ応じる場合、または異なる措置をとる場合は、その理由を示してください。</translation>
    </message>
    <message>
        <source>List the parts not disclosed, each with its ground and reasons.</source>
        <translation>開示しない部分を、それぞれの根拠と理由とともに記載してください。</translation>
    </message>
    <message>
        <source>Each part not disclosed needs a description and reasons.</source>
        <translation>開示しない各部分には、その内容と理由の記載が必要です。</translation>
    </message>
    <message>
        <source>Unknown ground &quot;%1&quot;; the grounds are %2.</source>
        <translation>不明な根拠「%1」です。根拠は %2 です。</translation>
    </message>
    <message>
        <source>List each correction with the data before and after.</source>
        <translation>各訂正を、訂正前と訂正後のデータとともに記載してください。</translation>
    </message>
    <message>
        <source>Each correction needs the item and the corrected data.</source>
        <translation>各訂正には、項目と訂正後のデータが必要です。</translation>
    </message>
    <message>
        <source>Name the measure (%1) and the date it was carried out.</source>
        <translation>措置（%1）と実施日を指定してください。</translation>
    </message>
    <message>
        <source>Describe the substitute measure.</source>
        <translation>代替措置の内容を記載してください。</translation>
    </message>
    <message>
        <source>Describe the data the decision concerns.</source>
        <translation>決定の対象となるデータを記載してください。</translation>
    </message>
    <message>
        <source>Log in again.</source>
        <translation>もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>ID %1 の請求はありません。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>Choose the identity document: %1.</source>
        <translation>本人確認書類を選択してください：%1。</translation>
    </message>
    <message>
        <source>The back of a My Number card is not accepted as identity proof and must not be copied (My Number Act art. 20).</source>
        <translation>マイナンバーカードの裏面は本人確認書類として受け付けられず、写しを取ることもできません（番号法第20条）。</translation>
    </message>
    <message>
        <source>For a request by mail, give the issue date of the certificate of residence.</source>
        <translation>郵送による請求の場合は、住民票の写しの発行日を指定してください。</translation>
    </message>
    <message>
        <source>Say what is missing from the request.</source>
        <translation>請求に不足している事項を記載してください。</translation>
    </message>
    <message>
        <source>Give a reply-by date after the day the amendment is requested.</source>
        <translation>回答期限には、補正を依頼する日より後の日付を指定してください。</translation>
    </message>
    <message>
        <source>No amendment is awaited for this request.</source>
        <translation>この請求は補正待ちではありません。</translation>
    </message>
    <message>
        <source>The amended request cannot arrive before it was asked for (%1).</source>
        <translation>補正の到達日を、補正を依頼した日（%1）より前にすることはできません。</translation>
    </message>
    <message>
        <source>Name the division the inquiry goes to.</source>
        <translation>照会先の課を指定してください。</translation>
    </message>
    <message>
        <source>The answer cannot be due before the inquiry is sent.</source>
        <translation>回答期限を照会日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Verify the requester&apos;s identity before drafting the decision.</source>
        <translation>決定案を作成する前に、請求者の本人確認を行ってください。</translation>
    </message>
    <message>
        <source>Give the decision to draft.</source>
        <translation>作成する決定の内容を指定してください。</translation>
    </message>
    <message>
        <source>Draft the decision before submitting it.</source>
        <translation>決裁に回付する前に決定案を作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries to the divisions are still unanswered; record their answers or say why the decision need not wait.</source>
        <translation>
            <numerusform>関係課への照会のうち %n 件が未回答です。回答を記録するか、回答を待たずに決定する理由を記載してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No approval step is waiting.</source>
        <translation>処理待ちの決裁段階はありません。</translation>
    </message>
    <message>
        <source>Say why the draft is returned.</source>
        <translation>差戻しの理由を記載してください。</translation>
    </message>
    <message>
        <source>A request cannot be withdrawn before it arrived.</source>
        <translation>請求の到達日より前の日付で取下げとすることはできません。</translation>
    </message>
    <message>
        <source>State the reason for the extension.</source>
        <translation>延長の理由を記載してください。</translation>
    </message>
    <message>
        <source>Give the new deadline.</source>
        <translation>新しい期限を指定してください。</translation>
    </message>
    <message>
        <source>Name the third party asked for an opinion.</source>
        <translation>意見を照会する第三者を指定してください。</translation>
    </message>
    <message>
        <source>Give a reply-by date after the day the request is sent.</source>
        <translation>回答期限には、意見照会書を送付する日より後の日付を指定してください。</translation>
    </message>
    <message>
        <source>Say how the decision was notified (mail, counter …).</source>
        <translation>決定の通知方法を記載してください（郵送、窓口など）。</translation>
    </message>
    <message>
        <source>The notification cannot precede the decision.</source>
        <translation>通知日を決定日より前にすることはできません。</translation>
    </message>
    <message>
        <source>State why the request is reopened.</source>
        <translation>請求を再開する理由を記載してください。</translation>
    </message>
    <message>
        <source>The request was saved but could not be read back.</source>
        <translation>請求は保存されましたが、読み込み直すことができませんでした。</translation>
    </message>
    <message>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>不明な請求種別「%1」です。</translation>
    </message>
    <message>
        <source>Unknown decision kind &quot;%1&quot;.</source>
        <translation>不明な決定区分「%1」です。</translation>
    </message>
    <message>
        <source>Step %1 was returned by %2 meanwhile. Reload the request and look again.</source>
        <translation>その間に%2が第%1段階で差し戻しました。請求を読み込み直して確認してください。</translation>
    </message>
    <message>
        <source>Step %1 was approved by %2 meanwhile. Reload the request and look again.</source>
        <translation>その間に%2が第%1段階を承認しました。請求を読み込み直して確認してください。</translation>
    </message>
</context>
<context>
    <name>dsr::ApprovalRouteDialog</name>
    <message>
        <source>New approval route</source>
        <translation>決裁ルートの追加</translation>
    </message>
    <message>
        <source>Edit approval route</source>
        <translation>決裁ルートの編集</translation>
    </message>
    <message>
        <source>Save route</source>
        <translation>決裁ルートを保存</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>すべての決定</translation>
    </message>
    <message>
        <source>This combination has a route already; saving changes its steps.</source>
        <translation>この組合せには既に決裁ルートがあります。保存すると段階が変更されます。</translation>
    </message>
    <message>
        <source>This combination has no route of its own yet; saving creates it.</source>
        <translation>この組合せ専用の決裁ルートはまだありません。保存すると作成されます。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>dsr::ApprovalRoutesTab</name>
    <message>
        <source>Request type</source>
        <translation>請求種別</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Approval steps</source>
        <translation>決裁の段階</translation>
    </message>
    <message>
        <source>The route for %1, %2 is saved: %3.</source>
        <translation>%1 × %2 の決裁ルートを保存しました：%3。</translation>
    </message>
</context>
<context>
    <name>dsr::ApprovalsPage</name>
    <message>
        <source>Drafts waiting for your approval</source>
        <translation>決裁待ちの決定案</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>組合員</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>&amp;Open request</source>
        <translation>請求を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>差戻し(&amp;R)…</translation>
    </message>
    <message>
        <source>Approve &amp;selected…</source>
        <translation>選択した請求を承認(&amp;S)…</translation>
    </message>
    <message>
        <source>Approve every selected request at your step, each as its own action</source>
        <translation>選択したすべての請求を、自分の段階で1件ずつ個別に承認します</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Legal deadline %1</source>
        <translation>法定期限 %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第%1段階（全%2段階）：%3</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation>決裁待ちのものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting for your approval.</source>
        <translation>
            <numerusform>決裁待ちの決定案が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests selected.</source>
        <translation>
            <numerusform>%n 件の請求を選択しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a draft to read it here.</source>
        <translation>決定案を選択すると、ここに内容が表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · received %4 · act by %5</source>
        <translation>%1 · %2 %3 · 受付日 %4 · 対応期日 %5</translation>
    </message>
    <message>
        <source>No decision is drafted.</source>
        <translation>決定案は作成されていません。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Approved %1: the decision is made.</source>
        <translation>%1 を承認しました。決定となりました。</translation>
    </message>
    <message>
        <source>Approved %1; it goes to the next step.</source>
        <translation>%1 を承認しました。次の段階に回付されます。</translation>
    </message>
    <message>
        <source>Returned %1 to the clerk.</source>
        <translation>%1 を担当者に差し戻しました。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · act by %5</source>
        <translation>%1 · %2 · %3 %4 · 対応期日 %5</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>選択した請求の承認</translation>
    </message>
    <message numerus="yes">
        <source>Approve these %n draft(s) at your step? Each is approved as its own action.

%1</source>
        <translation>
            <numerusform>これらの決定案 %n 件を自分の段階で承認しますか？ 1件ずつ個別に承認されます。

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: changed by someone else meanwhile; not approved.</source>
        <translation>%1：その間に他のユーザーが変更したため、承認していません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was approved.</source>
        <translation>承認された請求はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n request(s): %1.</source>
        <translation>
            <numerusform>%n 件の請求を承認しました：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) could not be approved:</source>
        <translation>
            <numerusform>%n 件の請求を承認できませんでした：</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the letter register</source>
        <translation>文書番号簿で開く</translation>
    </message>
    <message numerus="yes">
        <source>%n procedural letter draft(s) (amendment request, extension, third-party opinion) wait for a chief&apos;s approval.</source>
        <translation>
            <numerusform>手続文書（補正依頼書、期限延長通知書、第三者意見照会書）の案 %n 件が係長の決裁を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted copies</source>
        <translation>黒塗り写し</translation>
    </message>
    <message>
        <source>Redacted copies (%1)</source>
        <translation>黒塗り写し（%1）</translation>
    </message>
    <message>
        <source>Open the request in its own window</source>
        <translation>請求を別のウィンドウで開きます</translation>
    </message>
    <message>
        <source>Approve the draft decision at your step</source>
        <translation>自分の段階で決定案を承認します</translation>
    </message>
    <message>
        <source>Return the draft decision to the clerk with a reason</source>
        <translation>理由を付けて決定案を担当者に差し戻します</translation>
    </message>
</context>
<context>
    <name>dsr::AttachmentPreview</name>
    <message>
        <source>Select a file to see it here.</source>
        <translation>ファイルを選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>The image cannot be read; it may be damaged.</source>
        <translation>画像を読み込めません。ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
</context>
<context>
    <name>dsr::AuditLogModel</name>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1（UTC）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>連番</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>dsr::AuditLogPage</name>
    <message>
        <source>The start date is after the end date.</source>
        <translation>開始日が終了日より後になっています。</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries. Narrow the filter to see older ones.</source>
        <translation>新しい順に%1件を表示しています。それより古い記録を表示するには、条件を絞り込んでください。</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>条件に一致する記録はありません。</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1件</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries checked.</source>
        <translation>監査証跡のチェーンは正常です（%1件を検証しました）。</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2 Report this to the privacy officer.</source>
        <translation>監査証跡のチェーンが記録 %1 で破損しています：%2。個人情報保護管理者に報告してください。</translation>
    </message>
    <message>
        <source>Audit chain broken</source>
        <translation>監査証跡のチェーンの破損</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>audit-log-%1.csv</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>監査ログの出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>%1件を %2 に出力しました。</translation>
    </message>
    <message>
        <source>audit-checkpoint-%1.pdf</source>
        <translation>audit-checkpoint-%1.pdf</translation>
    </message>
    <message>
        <source>Save the checkpoint sheet</source>
        <translation>チェックポイント記録票の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Checkpoint at entry %1 saved to %2. Print it and file it with the approval papers.
Hash: %3</source>
        <translation>記録 %1 時点のチェックポイントを %2 に保存しました。印刷して決裁文書とともに保管してください。
ハッシュ値：%3</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>監査ログを出力しています…</translation>
    </message>
</context>
<context>
    <name>dsr::BackgroundTask</name>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>次の安全な区切りで停止しています…</translation>
    </message>
    <message>
        <source>DSR Desk</source>
        <translation>DSR Desk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>dsr::BackupTab</name>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message numerus="yes">
        <source>(older than %n days: back up now)</source>
        <translation>
            <numerusform>（%n 日以上前です。今すぐバックアップしてください）</numerusform>
        </translation>
    </message>
    <message>
        <source>off: no folder chosen</source>
        <translation>無効：フォルダーが未選択</translation>
    </message>
    <message>
        <source>on: this computer&apos;s account keeps the passphrase</source>
        <translation>有効：このコンピューターのアカウントにパスフレーズを保存済み</translation>
    </message>
    <message>
        <source>off: this computer&apos;s account keeps no passphrase</source>
        <translation>無効：このコンピューターのアカウントにパスフレーズが保存されていません</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップ先フォルダー</translation>
    </message>
    <message>
        <source>The automatic backups will use this passphrase. It is kept in a file only your account on this computer can read, never in the database. Write it down and keep it with the administration papers: it is needed to restore.</source>
        <translation>自動バックアップにはこのパスフレーズを使います。パスフレーズは、このコンピューターのあなたのアカウントだけが読めるファイルに保存され、データベースには保存されません。復元に必要なので、書き留めて管理書類と一緒に保管してください。</translation>
    </message>
    <message>
        <source>The passphrase is kept for the automatic backups.</source>
        <translation>自動バックアップ用のパスフレーズを保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>The backup is encrypted with this passphrase (at least %n characters). Without it the backup cannot be restored.</source>
        <translation>
            <numerusform>バックアップはこのパスフレーズ（%n 文字以上）で暗号化されます。パスフレーズがなければ復元できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Backed up: %1 (%2).</source>
        <translation>バックアップしました：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>dsr::BusinessCalendarTab</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <source>National holidays (%n day(s))</source>
        <translation>
            <numerusform>国民の祝日（%n 日）</numerusform>
        </translation>
    </message>
    <message>
        <source>No open request&apos;s deadline changed.</source>
        <translation>処理中の請求の期限に変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) now have a different deadline.</source>
        <translation>
            <numerusform>処理中の請求 %n 件の期限が変わりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the Cabinet Office holiday list</source>
        <translation>内閣府の祝日一覧の取込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 を取り込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 was not imported; the calendar is unchanged.</source>
        <translation>%1 を取り込みませんでした。カレンダーは変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n holiday(s) for the years %1 to %2 from %3.</source>
        <translation>
            <numerusform>%3 から %1年～%2年の祝日を %n 件取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now a closed day.</source>
        <translation>%1 を休業日にしました。</translation>
    </message>
    <message>
        <source>Remove closed day</source>
        <translation>休業日の削除</translation>
    </message>
    <message>
        <source>Remove %1 from the organisation&apos;s closed days?</source>
        <translation>%1 を組織の休業日から削除しますか？</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the organisation&apos;s closed days?</source>
        <translation>%1（%2）を組織の休業日から削除しますか？</translation>
    </message>
    <message>
        <source>The deadlines of open requests are recomputed.</source>
        <translation>処理中の請求の期限が再計算されます。</translation>
    </message>
    <message>
        <source>%1 is no longer a closed day.</source>
        <translation>%1 を休業日から外しました。</translation>
    </message>
</context>
<context>
    <name>dsr::ChangePasswordDialog</name>
    <message>
        <source>An administrator gave you a temporary password. Choose your own password before you continue.</source>
        <translation>システム管理者から仮パスワードが発行されています。続行する前に、ご自身のパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>%1 の新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>パスワードを変更しています…</translation>
    </message>
</context>
<context>
    <name>dsr::DateLineEdit</name>
    <message>
        <source>YYYY/MM/DD</source>
        <translation>YYYY/MM/DD</translation>
    </message>
    <message>
        <source>Write the date as 2025/04/01; 2025-04-01, 20250401, 令和7年4月1日, R7.4.1 and full-width digits are read too.</source>
        <translation>日付は 2025/04/01 の形で入力してください。2025-04-01、20250401、令和7年4月1日、R7.4.1、全角数字も読み取れます。</translation>
    </message>
</context>
<context>
    <name>dsr::DeadlineTableModel</name>
    <message>
        <source>Legal deadline %1; act by %2</source>
        <translation>法定期限 %1、対応期日 %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目標日 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message numerus="yes">
        <source>%n open day(s)</source>
        <translation>
            <numerusform>%n 業務日</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>組合員</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Act by</source>
        <translation>対応期日</translation>
    </message>
    <message>
        <source>Open days left</source>
        <translation>残り業務日数</translation>
    </message>
</context>
<context>
    <name>dsr::DeadlinesPage</name>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>期限超過（%1）</translation>
    </message>
    <message>
        <source>Today %1 · due soon: act by %2 at the latest</source>
        <translation>本日 %1 · 期限間近：遅くとも %2 までに対応</translation>
    </message>
    <message>
        <source>Awaiting my approval (%1)</source>
        <translation>自分の決裁待ち（%1）</translation>
    </message>
    <message>
        <source>Awaiting amendment (%1)</source>
        <translation>補正待ち（%1）</translation>
    </message>
    <message>
        <source>Due within %1 open days (%2)</source>
        <translation>%1業務日以内に期限到来（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Today %1 · due soon: act by or target on %2 at the latest (target %n day(s) after receipt)</source>
        <translation>
            <numerusform>本日 %1 ・ 期限間近：対応期日または目標日が %2 以前（目標は受付から %n 日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a request or press Enter to open it</source>
        <translation>請求をダブルクリックするか Enter キーを押すと開きます</translation>
    </message>
</context>
<context>
    <name>dsr::DecisionDialog</name>
    <message>
        <source>Add row</source>
        <translation>行の追加</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行の削除</translation>
    </message>
    <message>
        <source>Decision on request %1</source>
        <translation>請求 %1 の決定</translation>
    </message>
    <message>
        <source>Draft the decision on request %1</source>
        <translation>請求 %1 の決定案の作成</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>決定(&amp;D):</translation>
    </message>
    <message>
        <source>The personal data the decision concerns</source>
        <translation>決定の対象となる個人データ</translation>
    </message>
    <message>
        <source>D&amp;ata concerned:</source>
        <translation>対象データ(&amp;A):</translation>
    </message>
    <message>
        <source>(not applicable)</source>
        <translation>（該当なし）</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>開示の方法(&amp;M):</translation>
    </message>
    <message>
        <source>Parts not disclosed</source>
        <translation>不開示部分</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>根拠条項</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>訂正内容</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>訂正前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>訂正後</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>措置:</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>実施日:</translation>
    </message>
    <message>
        <source>Substitute measure</source>
        <translation>代替措置</translation>
    </message>
    <message>
        <source>Required when anything is refused (art. 36)</source>
        <translation>請求の全部または一部に応じない場合は必須（第36条）</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>決定案を保存</translation>
    </message>
    <message>
        <source>Request %1 was changed by someone else while you were editing. It is reloaded now; check it and draft again.</source>
        <translation>編集中に請求 %1 が他のユーザーによって変更されました。再読み込みしましたので、内容を確認して決定案を作成し直してください。</translation>
    </message>
    <message numerus="yes">
        <source> — %n part(s) not disclosed</source>
        <translation>
            <numerusform> — 不開示部分 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n correction(s)</source>
        <translation>
            <numerusform> — 訂正 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>対象データ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>開示の方法</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2 実施）</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>From the redacted copies</source>
        <translation>黒塗り写しから入力</translation>
    </message>
    <message>
        <source>Fill the parts with the boxes of the redacted copies, one row per ground</source>
        <translation>黒塗り写しの黒塗り箇所から、不開示事由ごとに1行ずつ入力します</translation>
    </message>
    <message>
        <source>This request has no redacted copy yet: make one on the Disclosure tab.</source>
        <translation>この請求にはまだ黒塗り写しがありません。「開示文書」タブで作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>Replace the rows written here with the %n part(s) of the redacted copies?</source>
        <translation>
            <numerusform>ここに入力されている行を、黒塗り写しの %n 件の不開示部分で置き換えますか？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::DisclosurePage</name>
    <message>
        <source>&amp;Add document…</source>
        <translation>文書を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Redact…</source>
        <translation>黒塗り(&amp;R)…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>黒塗り写し</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Store a record to disclose (PDF, PNG, JPEG or TIFF scan) with the request</source>
        <translation>開示する記録（PDF、PNG、JPEG、TIFF のスキャン画像）を請求に保存します</translation>
    </message>
    <message>
        <source>Mark what is withheld in the selected document and make its redacted copy</source>
        <translation>選択した文書の不開示部分を指定し、黒塗り写しを作成します</translation>
    </message>
    <message>
        <source>Select a document to see its redacted copy.</source>
        <translation>文書を選択すると、その黒塗り写しが表示されます。</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es), %1</source>
        <translation>
            <numerusform>黒塗り %n 箇所、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Made by %1 at %2
SHA-256: %3</source>
        <translation>作成者 %1（%2）
SHA-256：%3</translation>
    </message>
    <message>
        <source>not yet made</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Document %1 has no redacted copy yet: open it with Redact….</source>
        <translation>文書%1の黒塗り写しはまだありません。「黒塗り…」で開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>Redacted copy of document %1: %2 pages at %3 dpi, %n box(es) withheld, made by %4 at %5.</source>
        <translation>
            <numerusform>文書%1の黒塗り写し：%2頁（%3 dpi）、黒塗り %n 箇所、作成者 %4（%5）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted copy %1-%2</source>
        <translation>黒塗り写し %1-%2</translation>
    </message>
    <message>
        <source>&amp;Show boxes…</source>
        <translation>黒塗り箇所を表示(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a document to disclose for request %1</source>
        <translation>請求 %1 への開示文書の追加</translation>
    </message>
    <message>
        <source>Documents and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>文書・スキャン画像 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>dsr::DisplayTab</name>
    <message>
        <source>&amp;Dates:</source>
        <translation>日付(&amp;D)：</translation>
    </message>
    <message>
        <source>How this desk shows dates in lists and forms. Dates can be typed in either style. Letters, exports and dsrctl keep their own formats.</source>
        <translation>この端末で一覧や入力欄に日付を表示する形式です。日付はどちらの形式でも入力できます。通知書、出力ファイル、dsrctl の形式は変わりません。</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>本日：%1</translation>
    </message>
</context>
<context>
    <name>dsr::ErasureDialog</name>
    <message>
        <source>Give the reason for the erasure.</source>
        <translation>消去の理由を記載してください。</translation>
    </message>
</context>
<context>
    <name>dsr::FirstRunDialog</name>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>システム管理者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
    <message>
        <source>Setting up DSR Desk…</source>
        <translation>DSR Desk を設定しています…</translation>
    </message>
    <message>
        <source>There is no free name for a demo database in %1.</source>
        <translation>%1 にデモデータベース用の空いているファイル名がありません。</translation>
    </message>
    <message>
        <source>Creating the demo database: members, requests and their letters…</source>
        <translation>デモデータベースを作成しています（組合員、請求、通知書）…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>デモ用のアカウント</translation>
    </message>
    <message>
        <source>The demo database is ready: %L1 members and %L2 requests in every state, with their approvals and letters. Log in with one of these accounts — clerk1 for the requests, chief1 or manager1 for the approvals waiting for them, admin for the settings.</source>
        <translation>デモデータベースができました。組合員 %L1 人と、あらゆる状態の請求 %L2 件（決裁と通知書を含む）が入っています。次のアカウントでログインしてください。請求の処理は clerk1、決裁待ちの確認は chief1 または manager1、設定は admin です。</translation>
    </message>
    <message>
        <source>The passwords are shown only now: copy them before you continue. The data is synthetic; your own database is not touched.</source>
        <translation>パスワードが表示されるのは今だけです。続ける前に控えてください。データは架空のもので、お使いのデータベースには影響しません。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>すべてコピー</translation>
    </message>
    <message>
        <source>Continue to login</source>
        <translation>ログインへ進む</translation>
    </message>
</context>
<context>
    <name>dsr::HealthCheckTab</name>
    <message>
        <source>Run the check</source>
        <translation>点検を実行</translation>
    </message>
    <message>
        <source>Reads the whole database: the engine&apos;s integrity check, the foreign keys, the audit trail&apos;s chain, every letter&apos;s, attachment&apos;s, disclosure document&apos;s and redacted copy&apos;s SHA-256 against its bytes, the number counters against the highest numbers issued, and the settings every letter needs. Nothing is changed. Run it after a restore, after a crash or a disk warning, and once a month.</source>
        <translation>データベース全体を読み取り、データベースエンジンの整合性検査、外部キー、監査証跡のチェーン、すべての文書・添付ファイル・開示文書・黒塗り写しの SHA-256 と内容の照合、番号カウンターと発行済みの最大番号の照合、文書に必要な設定を点検します。何も変更しません。復元の後、異常終了やディスクの警告の後、そして毎月1回実行してください。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Database integrity</source>
        <translation>データベースの整合性</translation>
    </message>
    <message>
        <source>References between tables</source>
        <translation>テーブル間の参照</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Disclosure document</source>
        <translation>開示文書</translation>
    </message>
    <message>
        <source>Redacted copy</source>
        <translation>黒塗り写し</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Letter settings</source>
        <translation>文書の設定</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>前回の点検：%1</translation>
    </message>
    <message>
        <source>The check has not been run yet.</source>
        <translation>点検はまだ実行されていません。</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>データベースを点検しています…</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>点検済み：%1</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::HomePage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>件数を数え直します（F5）</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>自分の仕事</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Due within %1 open days</source>
        <translation>%1業務日以内に期限</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>自分の決裁待ち</translation>
    </message>
    <message>
        <source>Awaiting amendment</source>
        <translation>補正待ち</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>通知書</translation>
    </message>
    <message>
        <source>To print</source>
        <translation>印刷待ち</translation>
    </message>
    <message>
        <source>To mail</source>
        <translation>発送待ち</translation>
    </message>
    <message>
        <source>Returned mail</source>
        <translation>返戻</translation>
    </message>
    <message>
        <source>Each figure opens the list it counts.</source>
        <translation>件数をクリックすると、その一覧が開きます。</translation>
    </message>
    <message>
        <source>No requests wait for your roles here: your work is in the sections on the left.</source>
        <translation>ここに表示する仕事はありません。左のページから作業してください。</translation>
    </message>
    <message>
        <source>Act-by date passed</source>
        <translation>対応期日を過ぎています</translation>
    </message>
    <message>
        <source>Act by within %1 open days</source>
        <translation>対応期日まで%1業務日以内</translation>
    </message>
    <message>
        <source>Act by %1 at the latest</source>
        <translation>遅くとも %1 までに対応</translation>
    </message>
    <message>
        <source>At a step you may approve</source>
        <translation>自分が決裁できる段階</translation>
    </message>
    <message>
        <source>Waiting for the requester to amend</source>
        <translation>請求者からの補正を待っています</translation>
    </message>
    <message>
        <source>Issued, not yet printed</source>
        <translation>発行済み、未印刷</translation>
    </message>
    <message>
        <source>Printed, not yet mailed</source>
        <translation>印刷済み、未発送</translation>
    </message>
    <message>
        <source>Came back undeliverable</source>
        <translation>宛所不明などで返戻</translation>
    </message>
</context>
<context>
    <name>dsr::ImportProblemsDialog</name>
    <message>
        <source>%1: 1 line cannot be imported.</source>
        <translation>%1：1行を取り込めません。</translation>
    </message>
    <message>
        <source>%1: %2 lines cannot be imported.</source>
        <translation>%1：%2行を取り込めません。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
</context>
<context>
    <name>dsr::LetterActionDialog</name>
    <message>
        <source>Mailed — %1</source>
        <translation>発送の記録 — %1</translation>
    </message>
    <message>
        <source>Record how and when %1 (%2) to %3 was sent or handed over.</source>
        <translation>%3 宛ての %1（%2）を送付または交付した方法と日付を記録します。</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>送付日(&amp;S):</translation>
    </message>
    <message>
        <source>Record mailing</source>
        <translation>発送を記録</translation>
    </message>
    <message>
        <source>Returned undeliverable — %1</source>
        <translation>返戻（宛所不明等）— %1</translation>
    </message>
    <message>
        <source>Record that %1 (%2) came back undeliverable. Check the address, then issue the letter again.</source>
        <translation>%1（%2）が宛所不明等で返戻されたことを記録します。住所を確認してから、通知書を再発行してください。</translation>
    </message>
    <message>
        <source>&amp;Came back on:</source>
        <translation>返戻日(&amp;C):</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>返戻を記録</translation>
    </message>
    <message>
        <source>Void — %1</source>
        <translation>取消（欠番）— %1</translation>
    </message>
    <message>
        <source>Void %1 (%2). The number stays in the register as unused (欠番) with the reason; it is never given again.</source>
        <translation>%1（%2）を取り消します。文書番号は理由とともに欠番として文書番号簿に残り、再び使用されることはありません。</translation>
    </message>
    <message>
        <source>Discard the draft %1 for request %2. It stays in the register with the reason.</source>
        <translation>請求 %2 の %1 の下書きを破棄します。下書きは理由とともに文書番号簿に残ります。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Void the letter</source>
        <translation>取消（欠番）にする</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>下書きを破棄</translation>
    </message>
    <message>
        <source>Issue again — %1</source>
        <translation>再発行 — %1</translation>
    </message>
    <message>
        <source>Issue %1 again in place of %2: a new letter with the next document number, dated today, that refers to %2. %2 itself stays as it was.</source>
        <translation>%2 に代えて %1 を再発行します。次の文書番号を付けた本日付けの新しい通知書で、%2 を参照します。%2 自体はそのまま残ります。</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>再発行</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーによる変更</translation>
    </message>
    <message>
        <source>%1 was changed on another desk while you were looking at it. The register is read again; check the letter and try again.</source>
        <translation>表示している間に %1 が他の端末で変更されました。文書番号簿を再読み込みしますので、通知書を確認してもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>dsr::LetterBatchResultDialog</name>
    <message>
        <source>Decision letters issued</source>
        <translation>決定通知書の発行結果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>未発行</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the list as text (%1)</source>
        <translation>一覧をテキストとしてコピーします（%1）</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>テキストとして保存(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) issued.</source>
        <translation>
            <numerusform>%n 件の通知書を発行しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) were not issued; the reasons are listed.</source>
        <translation>
            <numerusform>%n 件の通知書は発行されませんでした。理由は一覧のとおりです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n more were not attempted.</source>
        <translation>
            <numerusform>キャンセルしました。残りの %n 件は処理していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>letter-batch-%1.txt</source>
        <translation>letter-batch-%1.txt</translation>
    </message>
    <message>
        <source>Save the batch result</source>
        <translation>一括発行の結果の保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>dsr::LetterViewer</name>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the letter exactly as shown (Ctrl+P)</source>
        <translation>表示どおりに通知書を印刷します（Ctrl+P）</translation>
    </message>
    <message>
        <source>Preview the letter to see it here.</source>
        <translation>プレビューすると、ここに通知書が表示されます。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>通知書</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <source>The printer reported an error; the letter may not have been printed.</source>
        <translation>プリンターがエラーを報告しました。通知書は印刷されていない可能性があります。</translation>
    </message>
</context>
<context>
    <name>dsr::LetterWindow</name>
    <message>
        <source>Draft</source>
        <translation>案</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>請求 %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>宛先 %1</translation>
    </message>
    <message>
        <source>Dated %1</source>
        <translation>日付 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>SHA-256 of the stored PDF: %1</source>
        <translation>保存された PDF の SHA-256：%1</translation>
    </message>
    <message>
        <source>Only some pages were printed; the letter is not recorded as printed.</source>
        <translation>一部のページのみ印刷されたため、印刷済みとして記録していません。</translation>
    </message>
    <message>
        <source>Printed again; the register already records this letter as %1.</source>
        <translation>再度印刷しました。この通知書は、文書番号簿に既に「%1」として記録されています。</translation>
    </message>
    <message>
        <source>Printed. Record the mailing once the letter has been sent.</source>
        <translation>印刷しました。通知書を発送したら、発送を記録してください。</translation>
    </message>
    <message numerus="yes">
        <source>The redacted copies of %n document(s) (%1 pages) print after the letter.</source>
        <translation>
            <numerusform>%n 文書の黒塗り写し（%1頁）が通知書に続いて印刷されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::LetterWriteDialog</name>
    <message>
        <source>Write a letter — request %1</source>
        <translation>通知書の作成 — 請求 %1</translation>
    </message>
    <message>
        <source>Request %1 · %2 · %3 · %4</source>
        <translation>請求 %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Enter the postage as a whole number of yen, or leave it empty for none.</source>
        <translation>郵送料は円単位の整数で入力してください。郵送料がない場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>The letter date cannot be read; write it as 2025-04-01, or leave it empty for today.</source>
        <translation>通知書の日付を読み取れません。2025-04-01 の形式で入力するか、本日の日付にする場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>The preview shows the letter as it stands.</source>
        <translation>プレビューには現在の内容の通知書が表示されています。</translation>
    </message>
    <message>
        <source>Changed since the preview: preview again to see it.</source>
        <translation>プレビュー後に変更されています。確認するには、もう一度プレビューしてください。</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1（案）</translation>
    </message>
    <message>
        <source>Draft (案): not numbered, nothing stored. It prints as it shows.</source>
        <translation>案：文書番号は付かず、何も保存されません。表示どおりに印刷されます。</translation>
    </message>
    <message>
        <source>Issue the %1 for request %2? It gets the next document number and is stored as it is; it cannot be changed afterwards.</source>
        <translation>請求 %2 の %1 を発行しますか？次の文書番号が付き、この内容のまま保存されます。発行後は変更できません。</translation>
    </message>
    <message>
        <source>You have not previewed the letter as it stands now.</source>
        <translation>現在の内容の通知書をまだプレビューしていません。</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>通知書の発行</translation>
    </message>
    <message>
        <source>Open Settings: %1</source>
        <translation>設定を開く：%1</translation>
    </message>
</context>
<context>
    <name>dsr::LettersPage</name>
    <message>
        <source>Document no.</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>fiscal year: 令和7年度 (2025)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No letter has been written for this request yet.</source>
        <translation>この請求の通知書はまだ作成されていません。</translation>
    </message>
    <message>
        <source>No letters match the filter.</source>
        <translation>条件に一致する通知書はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the draft as it would be issued, marked 案 (double-click)</source>
        <translation>発行した場合の内容を「案」と表示して示します（ダブルクリック）</translation>
    </message>
    <message>
        <source>Show the stored letter (double-click)</source>
        <translation>保存された通知書を表示します（ダブルクリック）</translation>
    </message>
    <message>
        <source>Disc&amp;ard draft…</source>
        <translation>下書きを破棄(&amp;A)…</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>取消（欠番）(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation>%1 を「%2」として記録しました。</translation>
    </message>
    <message>
        <source>%1 recorded as returned undeliverable. Check the address and issue it again.</source>
        <translation>%1 を返戻（宛所不明等）として記録しました。住所を確認して再発行してください。</translation>
    </message>
    <message>
        <source>%1 is void; its number stays in the register as unused.</source>
        <translation>%1 を取り消しました。文書番号は欠番として文書番号簿に残ります。</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>下書きを破棄しました。</translation>
    </message>
    <message>
        <source>Issued %1 in place of %2.</source>
        <translation>%2 に代えて %1 を発行しました。</translation>
    </message>
    <message>
        <source>Approve draft</source>
        <translation>案の承認</translation>
    </message>
    <message>
        <source>Approve the draft %1 for request %2, written by %3? A clerk can then issue it.</source>
        <translation>%3 が作成した請求 %2 の %1 の案を承認しますか？承認すると、担当者が発行できるようになります。</translation>
    </message>
    <message>
        <source>Approved the draft %1 for request %2.</source>
        <translation>請求 %2 の %1 の案を承認しました。</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>通知書の発行</translation>
    </message>
    <message>
        <source>Issue the approved %1 for request %2? It gets the next document number and is stored as it is; it cannot be changed afterwards.</source>
        <translation>請求 %2 の承認済みの %1 を発行しますか？次の文書番号が付き、この内容のまま保存されます。発行後は変更できません。</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>%1 を発行しました。</translation>
    </message>
    <message>
        <source>letter-register-%1.csv</source>
        <translation>letter-register-%1.csv</translation>
    </message>
    <message>
        <source>Export letter register</source>
        <translation>文書番号簿の出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n letter(s) to %1.</source>
        <translation>
            <numerusform>通知書 %n 件を %1 に出力しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>通知書の作成</translation>
    </message>
    <message>
        <source>No letter can be written for request %1 as it stands. A decision letter needs an approved decision; an amendment request, an extension or a third-party opinion needs that step recorded in the Workflow tab first.</source>
        <translation>請求 %1 は現在の状態では通知書を作成できません。決定通知書には決裁済みの決定が必要です。補正依頼書、期限延長通知書、第三者意見照会書は、先に「処理経過」タブでその処理を記録してください。</translation>
    </message>
    <message>
        <source>The draft %1 was submitted: a chief approves it here or in the letter register, then it can be issued.</source>
        <translation>%1 の案を決裁に回付しました。係長がここまたは文書番号簿で承認すると、発行できるようになります。</translation>
    </message>
    <message>
        <source>Every decided request has its decision letter.</source>
        <translation>決定済みのすべての請求について、決定通知書は発行済みです。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue decision letters</source>
        <translation>決定通知書の一括発行</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n decision letter(s)? Each gets the next document number and is stored as it is.</source>
        <translation>
            <numerusform>決定通知書 %n 件を発行しますか。それぞれに次の文書番号が付き、そのまま保存されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n letter(s): %1.</source>
        <translation>
            <numerusform>通知書 %n 件を発行しました：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) were not issued: %1</source>
        <translation>
            <numerusform>通知書 %n 件は発行できませんでした：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 letters</source>
        <translation>%1 件を超える通知書</translation>
    </message>
    <message>
        <source>Cancelled: no letter was issued.</source>
        <translation>取り消しました。通知書は発行していません。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n letter(s) issued (%1) stay issued; %2 more were not issued.</source>
        <translation>
            <numerusform>取り消しました。発行した %n 件（%1）は発行済みのままです。残りの %2 件は発行していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the letter register…</source>
        <translation>文書番号簿を出力しています…</translation>
    </message>
    <message>
        <source>Every issued letter has been printed.</source>
        <translation>発行済みの通知書はすべて印刷済みです。</translation>
    </message>
    <message>
        <source>No letter was recorded as printed.</source>
        <translation>印刷済みとして記録された通知書はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n letter(s) in one job (%1 pages); %2 recorded as printed.</source>
        <translation>
            <numerusform>%n 件の通知書を一つのジョブで印刷しました（%1 ページ）。%2 を印刷済みとして記録しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed, but not recorded as printed: %1</source>
        <translation>印刷しましたが、印刷済みとして記録できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Print %n selected letter(s) as one job…</source>
        <translation>
            <numerusform>選択した %n 件の通知書を一括印刷…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::LockWidget</name>
    <message>
        <source>Signed in as %1 (%2). Enter your password to continue.</source>
        <translation>%1（%2）としてログインしています。続行するにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>パスワードを確認しています…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>dsr::LoginDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>ログインIDを入力してください。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>ログインしています…</translation>
    </message>
</context>
<context>
    <name>dsr::MainWindow</name>
    <message>
        <source>Register</source>
        <comment>navigation: the register of received requests</comment>
        <translation>受付簿</translation>
    </message>
    <message>
        <source>Approvals</source>
        <comment>navigation: drafts waiting for approval</comment>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <comment>navigation: legal deadlines of open requests</comment>
        <translation>期限</translation>
    </message>
    <message>
        <source>Members</source>
        <comment>navigation: the association&apos;s members</comment>
        <translation>組合員</translation>
    </message>
    <message>
        <source>Letters</source>
        <comment>navigation: response letters</comment>
        <translation>文書</translation>
    </message>
    <message>
        <source>Audit log</source>
        <comment>navigation</comment>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>navigation</comment>
        <translation>設定</translation>
    </message>
    <message>
        <source>DSR Desk</source>
        <translation>DSR Desk</translation>
    </message>
    <message>
        <source>Your account opens no page.</source>
        <translation>このアカウントで表示できるページはありません。</translation>
    </message>
    <message>
        <source>Ask an administrator to give your account the roles you need.</source>
        <translation>必要な役割をアカウントに割り当てるよう、システム管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>ログイン中：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Log out of DSR Desk? Anything you typed and did not save is lost.</source>
        <translation>DSR Desk からログアウトしますか？入力して保存していない内容は失われます。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>About DSR Desk</source>
        <translation>DSR Desk について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;DSR Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desk for members&apos; requests about the personal data the association holds: disclosure, correction and suspension of use.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;DSR Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;組合が保有する個人データに関する組合員からの請求（開示、訂正等、利用停止等）を処理するためのシステムです。&lt;/p&gt;&lt;p&gt;Qt %2 を使用して構築されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language changes the next time DSR Desk starts.</source>
        <translation>言語は DSR Desk の次回起動時に切り替わります。</translation>
    </message>
    <message>
        <source>This section is not available in this version.</source>
        <translation>このバージョンでは、この機能は利用できません。</translation>
    </message>
    <message>
        <source>Database: %1 on %2</source>
        <translation>データベース：%2 の %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <comment>navigation: figures of a fiscal year or period</comment>
        <translation>統計</translation>
    </message>
    <message>
        <source>Backing up: the last backup is older than a day…</source>
        <translation>前回のバックアップから1日以上経っているため、バックアップしています…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自動バックアップに失敗しました：%1</translation>
    </message>
    <message>
        <source>Backed up automatically.</source>
        <translation>自動でバックアップしました。</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n days ago</source>
        <translation>
            <numerusform>最後のバックアップ：%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>バックアップがまだありません</translation>
    </message>
    <message>
        <source>Back up in Settings ▸ Backup, or with dsrctl backup.</source>
        <translation>設定 ▸ バックアップ、または dsrctl backup でバックアップしてください。</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>navigation: the work waiting for the signed-in person</comment>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日付の表示(&amp;D)</translation>
    </message>
</context>
<context>
    <name>dsr::ManualWindow</name>
    <message>
        <source>DSR Desk user manual</source>
        <translation>DSR Desk 利用者マニュアル</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Back to the table of contents</source>
        <translation>目次に戻ります</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>戻る（%1）</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>進む（%1）</translation>
    </message>
    <message>
        <source>%1 — DSR Desk user manual</source>
        <translation>%1 — DSR Desk 利用者マニュアル</translation>
    </message>
</context>
<context>
    <name>dsr::MemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>組合員の追加</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>組合員を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>組合員 %1 の編集</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>組合員の編集</translation>
    </message>
    <message>
        <source>Write the date as 1980/04/01 or 昭和55年4月1日.</source>
        <translation>日付は 1980/04/01 または 昭和55年4月1日 の形で入力してください。</translation>
    </message>
</context>
<context>
    <name>dsr::MemberTableModel</name>
    <message>
        <source>Member no.</source>
        <translation>組合員番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属所</translation>
    </message>
</context>
<context>
    <name>dsr::MemberView</name>
    <message>
        <source>Member %1</source>
        <translation>組合員 %1</translation>
    </message>
    <message>
        <source>Requests: none yet</source>
        <translation>請求：なし</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>請求：%1件</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>個人データの消去</translation>
    </message>
    <message>
        <source>The name, kana, birth date, postal code, address, telephone and affiliation of member %1 are erased for good, and the member leaves the search. The member number, the requests and issued letters stay. What remains is a record of what was erased, who erased it, when and why.</source>
        <translation>組合員 %1 の氏名、カナ、生年月日、郵便番号、住所、電話番号、所属所を完全に消去し、検索の対象から除きます。組合員番号、請求、発行済みの通知書は残ります。このほか、消去の対象、実施者、日時、理由が記録として残ります。</translation>
    </message>
</context>
<context>
    <name>dsr::MembersPage</name>
    <message>
        <source>The first %1 members; type more to narrow the list.</source>
        <translation>最初の%1人を表示しています。さらに入力して絞り込んでください。</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>該当する組合員はいません。</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1人</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>Member %1 added.</source>
        <translation>組合員 %1 を追加しました。</translation>
    </message>
    <message>
        <source>Member %1 saved.</source>
        <translation>組合員 %1 を保存しました。</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>組合員の取込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 を取り込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.</source>
        <translation>%1 を取り込みませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 を取り込みました：追加 %2人、更新 %3人、変更なし %4人。</translation>
    </message>
    <message>
        <source>Type a name, kana or member number to find members.</source>
        <translation>氏名、カナまたは組合員番号を入力して組合員を検索してください。</translation>
    </message>
</context>
<context>
    <name>dsr::PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>バックアップのパスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>確認(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>dsr::PdfPageView</name>
    <message>
        <source>Nothing to show.</source>
        <translation>表示する内容がありません。</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>前のページ（Page Up）</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>次のページ（Page Down）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window (Ctrl+0)</source>
        <translation>ページをウィンドウの幅に合わせます（Ctrl+0）</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>ページ全体を表示します</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>dsr::PdfRenderer</name>
    <message>
        <source>The PDF file cannot be read; it may be damaged.</source>
        <translation>PDF ファイルを読み込めません。ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password and cannot be shown.</source>
        <translation>PDF ファイルはパスワードで保護されているため表示できません。</translation>
    </message>
    <message>
        <source>The PDF file has no pages.</source>
        <translation>PDF ファイルにページがありません。</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered.</source>
        <translation>%1ページ目を表示できませんでした。</translation>
    </message>
    <message>
        <source>There is no page to print.</source>
        <translation>印刷するページがありません。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>印刷を開始できませんでした。</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>プリンターが%1ページ目を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The printer reported an error; the letter may not have been printed.</source>
        <translation>プリンターからエラーが報告されました。通知書が印刷されていない可能性があります。</translation>
    </message>
</context>
<context>
    <name>dsr::RedactedCopyPanel</name>
    <message>
        <source>This request has no redacted copy.</source>
        <translation>この請求には黒塗り写しがありません。</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>写し：</translation>
    </message>
    <message numerus="yes">
        <source>Document %1 — %n box(es)</source>
        <translation>
            <numerusform>文書%1 — 黒塗り %n 箇所</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages at %2 dpi, made by %3 at %4. SHA-256 %5</source>
        <translation>%1頁（%2 dpi）、作成者 %3（%4）。SHA-256 %5</translation>
    </message>
    <message>
        <source>Redacted copy %1-%2</source>
        <translation>黒塗り写し %1-%2</translation>
    </message>
</context>
<context>
    <name>dsr::RedactionBoxModel</name>
    <message>
        <source>No ground chosen yet</source>
        <translation>不開示事由が未選択です</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>検出方法</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>不開示事由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Draw a box</source>
        <translation>黒塗り枠の作成</translation>
    </message>
    <message>
        <source>Delete a box</source>
        <translation>黒塗り枠の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n boxes</source>
        <translation>
            <numerusform>黒塗り枠 %n 個の削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Move or resize a box</source>
        <translation>黒塗り枠の移動・大きさの変更</translation>
    </message>
    <message>
        <source>Set the ground and reason</source>
        <translation>不開示事由と理由の設定</translation>
    </message>
</context>
<context>
    <name>dsr::RedactionWindow</name>
    <message>
        <source>&amp;Save draft</source>
        <translation>下書きを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the boxes with the request as a new version of the draft (Ctrl+S)</source>
        <translation>黒塗り枠を下書きの新しい版として請求に保存します（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Make redacted copy…</source>
        <translation>黒塗り写しを作成(&amp;M)…</translation>
    </message>
    <message>
        <source>Burn the boxes into a copy made of page images, check it and store it with the request (Ctrl+E)</source>
        <translation>黒塗り枠を焼き込んだ頁画像だけの写しを作成し、検証して請求に保存します（Ctrl+E）</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of the copy&apos;s page images (at least %1 dpi)</source>
        <translation>写しの頁画像の解像度（%1 dpi 以上）</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>黒塗り</translation>
    </message>
    <message>
        <source>Copy at </source>
        <translation>写しの解像度 </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Redaction — request %1, document %2 (%3)%4</source>
        <translation>黒塗り — 請求 %1、文書%2（%3）%4</translation>
    </message>
    <message>
        <source> — not saved</source>
        <translation> — 未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>黒塗り枠 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>draft version %1 saved by %2 at %3</source>
        <translation>下書き第%1版（%2、%3 保存）</translation>
    </message>
    <message>
        <source>no draft saved yet</source>
        <translation>下書きは未保存</translation>
    </message>
    <message>
        <source>changes not saved</source>
        <translation>未保存の変更あり</translation>
    </message>
    <message>
        <source>copy stored, SHA-256 %1…</source>
        <translation>写しを保存済み（SHA-256 %1…）</translation>
    </message>
    <message>
        <source>%1 Close this window and open the document again to see the newer draft; your boxes are still here until you close it.</source>
        <translation>%1 新しい下書きを見るには、この画面を閉じて文書を開き直してください。閉じるまでは、ここにある黒塗り枠はそのまま残ります。</translation>
    </message>
    <message>
        <source>There is no box to burn in. A document disclosed in full needs no redacted copy.</source>
        <translation>焼き込む黒塗り枠がありません。全部を開示する文書には黒塗り写しは不要です。</translation>
    </message>
    <message>
        <source>A box on page %1 has no ground yet. Every withheld part needs its ground for the letter: choose one under Boxes.</source>
        <translation>%1頁の黒塗り枠に不開示事由がありません。通知書には不開示部分ごとに事由が必要です。「黒塗り枠」タブで選択してください。</translation>
    </message>
    <message>
        <source>Making the redacted copy…</source>
        <translation>黒塗り写しを作成しています…</translation>
    </message>
    <message>
        <source>No copy was stored: %1</source>
        <translation>写しは保存されませんでした：%1</translation>
    </message>
    <message>
        <source>Redacted copy stored</source>
        <translation>黒塗り写しを保存しました</translation>
    </message>
    <message numerus="yes">
        <source>The copy of document %1 was made from page images at %2 dpi and checked: no page has any text, every box is solid black and none of the withheld text is in the file.

%n box(es) burnt in, %3 pages, SHA-256 %4.</source>
        <translation>
            <numerusform>文書%1の写しを %2 dpi の頁画像から作成し、検証しました：どの頁にも文字情報はなく、すべての黒塗り枠は完全に黒く、不開示とした文字はファイル内にありません。

黒塗り %n 箇所、%3頁、SHA-256 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved boxes</source>
        <translation>未保存の黒塗り枠</translation>
    </message>
    <message>
        <source>The boxes were changed since the draft was saved. Save them?</source>
        <translation>下書きを保存した後に黒塗り枠が変更されています。保存しますか？</translation>
    </message>
</context>
<context>
    <name>dsr::RedactionWorkspace</name>
    <message>
        <source>No document is open.</source>
        <translation>文書が開かれていません。</translation>
    </message>
    <message>
        <source>Pages of the document; a page with boxes is marked ■</source>
        <translation>文書の頁（黒塗り枠のある頁には ■ が付きます）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>枠を削除</translation>
    </message>
    <message>
        <source>Delete the selected boxes (Delete)</source>
        <translation>選択した黒塗り枠を削除します（Delete）</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>黒塗り枠</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>%1 ■</source>
        <translation>%1 ■</translation>
    </message>
    <message>
        <source>Ground and reason</source>
        <translation>不開示事由と理由</translation>
    </message>
    <message>
        <source>New boxes get this ground and reason; Apply sets them on the selected boxes.</source>
        <translation>新しい黒塗り枠にはこの事由と理由が付きます。「適用」で選択した枠に設定します。</translation>
    </message>
    <message>
        <source>Why this part is withheld</source>
        <translation>この部分を開示しない理由</translation>
    </message>
    <message>
        <source>Apply to selected boxes</source>
        <translation>選択した枠に適用</translation>
    </message>
    <message>
        <source>Select all of this ground</source>
        <translation>同じ事由の枠をすべて選択</translation>
    </message>
    <message>
        <source>Select every box with the ground of the current box, to set them at once</source>
        <translation>現在の枠と同じ不開示事由の枠をすべて選択し、まとめて設定できるようにします</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>不開示事由(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Drag on the page to draw a box; drag a box to move it, its handles to resize it.</source>
        <translation>頁上をドラッグすると黒塗り枠を描けます。枠をドラッグすると移動し、つまみをドラッグすると大きさを変えられます。</translation>
    </message>
    <message>
        <source>Text to find (a name, a number…)</source>
        <translation>検索する文字（氏名、番号など）</translation>
    </message>
    <message>
        <source>My Numbers</source>
        <translation>マイナンバー</translation>
    </message>
    <message>
        <source>Telephone numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Postal codes</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Names of other members</source>
        <translation>他の組合員の氏名</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Look through every page for the text and the kinds ticked</source>
        <translation>すべての頁から、入力した文字とチェックした種類を探します</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>採用(&amp;A)</translation>
    </message>
    <message>
        <source>Make boxes of the selected suggestions, with the ground and reason set under Boxes</source>
        <translation>選択した候補を、「黒塗り枠」タブで設定した事由と理由で黒塗り枠にします</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>不採用(&amp;J)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>すべて採用</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>すべて不採用</translation>
    </message>
    <message>
        <source>(choose a ground)</source>
        <translation>（不開示事由を選択）</translation>
    </message>
    <message>
        <source>Type a text to find or tick what to look for.</source>
        <translation>検索する文字を入力するか、探す種類にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Looking through the pages…</source>
        <translation>頁を検索しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) found.</source>
        <translation>
            <numerusform>候補が %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected before and not offered again.</source>
        <translation>
            <numerusform>以前に不採用とした %n 件は再表示していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages %1 have no text layer; their text was read by OCR, so check them closely.</source>
        <translation>%1頁には文字情報がないため、OCR で文字を読み取りました。よく確認してください。</translation>
    </message>
    <message>
        <source>Pages %1 have no text layer and could not be searched: mark them by hand.</source>
        <translation>%1頁には文字情報がなく、検索できませんでした。手作業で黒塗り枠を描いてください。</translation>
    </message>
    <message numerus="yes">
        <source>(%n digit(s), not shown)</source>
        <translation>
            <numerusform>（%n 桁、非表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (OCR)</source>
        <translation>%1（OCR）</translation>
    </message>
    <message>
        <source>p. %1  %2  %3</source>
        <translation>%1頁  %2  %3</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>候補 %n 件の採用</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>元に戻す：%1（%2）</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>元に戻す操作はありません</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>やり直す：%1（%2）</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>やり直す操作はありません</translation>
    </message>
</context>
<context>
    <name>dsr::RegisterModel</name>
    <message>
        <source>%1 (agent)</source>
        <comment>register: the requester is an agent, not the member</comment>
        <translation>%1（代理人）</translation>
    </message>
    <message>
        <source>%1 for the member %2</source>
        <translation>組合員 %2 の%1</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <comment>register column 受付番号</comment>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>register column 受付日</comment>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>register column 種別</comment>
        <translation>種別</translation>
    </message>
    <message>
        <source>Requester</source>
        <comment>register column 請求者</comment>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Member no.</source>
        <comment>register column 組合員番号</comment>
        <translation>組合員番号</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>register column 状態</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Deadline</source>
        <comment>register column 期限</comment>
        <translation>期限</translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>register column 担当</comment>
        <translation>担当</translation>
    </message>
    <message>
        <source>Legal deadline %1</source>
        <translation>法定期限 %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目標日 %1</translation>
    </message>
</context>
<context>
    <name>dsr::RegisterPage</name>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>fiscal year: 令和7年度 (2025)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>請求はありません。</translation>
    </message>
    <message>
        <source>No request matches.</source>
        <translation>該当する請求はありません。</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1件</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1件</translation>
    </message>
    <message>
        <source>Registered request %1. The deadline is %2.</source>
        <translation>請求 %1 を登録しました。期限は %2 です。</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>請求を開く</translation>
    </message>
    <message>
        <source>More than %1 requests</source>
        <translation>%1 件を超える請求</translation>
    </message>
    <message>
        <source>Open requests to act on within the next %1 open days of the business calendar</source>
        <translation>業務カレンダーで今後%1業務日以内に対応期日が来る処理中の請求</translation>
    </message>
</context>
<context>
    <name>dsr::RequestDialog</name>
    <message>
        <source>New request</source>
        <translation>新規受付</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登録(&amp;R)</translation>
    </message>
    <message>
        <source>Edit request %1</source>
        <translation>請求 %1 の編集</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>(choose the document)</source>
        <translation>（書類を選択）</translation>
    </message>
    <message>
        <source>(not checked yet)</source>
        <translation>（未確認）</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Me — %1 (%2)</source>
        <translation>自分 — %1（%2）</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>該当する組合員はいません。</translation>
    </message>
    <message>
        <source>No member chosen yet.</source>
        <translation>組合員が選択されていません。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>選択中：%1</translation>
    </message>
    <message>
        <source>Write the fee in yen as a whole number, for example 300.</source>
        <translation>手数料は円単位の整数で入力してください（例：300）。</translation>
    </message>
    <message>
        <source>Choose the document that proves the agent&apos;s authority.</source>
        <translation>代理人の代理権を証明する書類を選択してください。</translation>
    </message>
    <message>
        <source>My Number in the text</source>
        <translation>入力内容中のマイナンバー</translation>
    </message>
    <message>
        <source>%1: the text holds what looks like a My Number (個人番号). A My Number is never stored in a request.

Save the request with the number masked as ************?</source>
        <translation>%1：マイナンバー（個人番号）と思われる文字列が含まれています。マイナンバーは請求に保存しません。

番号を ************ に伏せ字にして請求を保存しますか？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation>請求の編集</translation>
    </message>
    <message>
        <source>The decision is %1: this fact cannot change now. Return the draft or reopen the request to correct it.</source>
        <translation>この請求は「%1」のため、この項目は現在変更できません。訂正するには、決定案を差し戻すか請求を再開してください。</translation>
    </message>
    <message>
        <source>Write the date as 2025/04/01 or 令和7年4月1日.</source>
        <translation>日付は 2025/04/01 または 令和7年4月1日 の形で入力してください。</translation>
    </message>
</context>
<context>
    <name>dsr::RequestView</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>追加者</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>請求 %1</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>A closed or withdrawn request cannot be edited.</source>
        <translation>完結または取下げとなった請求は編集できません。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <source>Requester and identity</source>
        <translation>請求者と本人確認</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>What is requested</source>
        <translation>請求内容</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>未納</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>添付ファイル（%1）</translation>
    </message>
    <message>
        <source>No files are attached to this request yet.</source>
        <translation>この請求に添付されたファイルはまだありません。</translation>
    </message>
    <message>
        <source>Add a file to request %1</source>
        <translation>請求 %1 へのファイルの追加</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>スキャン画像・文書 (*.pdf *.png *.jpg *.jpeg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file %1 is larger than 50 MB; scan it at a lower resolution.</source>
        <translation>ファイル %1 は 50 MB を超えています。解像度を下げてスキャンしてください。</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>No changes have been recorded for this request.</source>
        <translation>この請求の変更履歴はありません。</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>処理経過</translation>
    </message>
    <message>
        <source>Legal deadline %1</source>
        <translation>法定期限 %1</translation>
    </message>
    <message>
        <source>Deadline (act by)</source>
        <translation>期限（対応期日）</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Letters (%1)</source>
        <translation>文書（%1）</translation>
    </message>
    <message>
        <source>The decision is %1: only notes, the person in charge and the fee payment date can be edited. Return the draft or reopen the request to correct its facts.</source>
        <translation>この請求は「%1」のため、編集できるのは備考、担当者、手数料の納付日のみです。その他の内容を訂正するには、決定案を差し戻すか請求を再開してください。</translation>
    </message>
    <message>
        <source>Erase attachment</source>
        <translation>添付ファイルの消去</translation>
    </message>
    <message>
        <source>Attachment %1 (%2) of %3 is removed from the database for good. What remains is a record of its size and hashes, who erased it, when and why.</source>
        <translation>%3 の添付ファイル %1（%2）をデータベースから完全に消去します。サイズとハッシュ値、実施者、日時、理由の記録が残ります。</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目標日 %1</translation>
    </message>
    <message>
        <source>Target (private regime)</source>
        <translation>目標日（第4章の規律）</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>開示文書</translation>
    </message>
    <message>
        <source>Disclosure (%1)</source>
        <translation>開示文書（%1）</translation>
    </message>
</context>
<context>
    <name>dsr::ResetPasswordDialog</name>
    <message>
        <source>Set a temporary password for %1 (%2). Tell it to them in person; they must choose their own password at the next login.</source>
        <translation>%1（%2）の仮パスワードを設定します。仮パスワードは本人に直接伝えてください。次回ログイン時に本人がパスワードを設定し直す必要があります。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
    <message>
        <source>Setting the temporary password…</source>
        <translation>仮パスワードを設定しています…</translation>
    </message>
</context>
<context>
    <name>dsr::ServerConnectionDialog</name>
    <message>
        <source>The desks of the division share one database on a PostgreSQL server. Enter what the administrator gave you; see “Several desks” in the administration guide.</source>
        <translation>課の各端末は、PostgreSQL サーバー上の1つのデータベースを共有します。システム管理者から伝えられた内容を入力してください（管理ガイドの「Several desks」を参照）。</translation>
    </message>
    <message>
        <source>Required (TLS)</source>
        <translation>必須（TLS）</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate checked</source>
        <translation>必須（サーバー証明書も検証）</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>サーバーが対応していれば使用</translation>
    </message>
    <message>
        <source>Off (only for a server on this computer)</source>
        <translation>使用しない（このコンピューター上のサーバーのみ）</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>サーバーのパスワード</translation>
    </message>
    <message>
        <source>Enter the server, the database and the user.</source>
        <translation>サーバー、データベース、ユーザーを入力してください。</translation>
    </message>
</context>
<context>
    <name>dsr::SessionController</name>
    <message>
        <source>DSR Desk</source>
        <translation>DSR Desk</translation>
    </message>
</context>
<context>
    <name>dsr::SettingsForm</name>
    <message>
        <source>Private operator: APPI Chapter 4 (arts. 32–40)</source>
        <translation>個人情報取扱事業者：個人情報保護法第4章（第32条～第40条）</translation>
    </message>
    <message>
        <source>Public body rules: APPI Chapter 5 (arts. 76–107)</source>
        <translation>行政機関等の規律：個人情報保護法第5章（第76条～第107条）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Enter %1: every letter prints it.</source>
        <translation>「%1」を入力してください。すべての通知書に印刷されます。</translation>
    </message>
</context>
<context>
    <name>dsr::SettingsPage</name>
    <message>
        <source>Enable</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>The account %1 was added. They must change the password at their first login.</source>
        <translation>アカウント %1 を追加しました。初回ログイン時にパスワードの変更が必要です。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>アカウントの無効化</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? They can no longer log in until it is enabled again.</source>
        <translation>アカウント %1（%2）を無効化しますか？再び有効にするまでログインできなくなります。</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>アカウントの有効化</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>アカウント %1 を無効化しました。</translation>
    </message>
    <message>
        <source>The account %1 is enabled again.</source>
        <translation>アカウント %1 を再び有効にしました。</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>アカウントのロック解除</translation>
    </message>
    <message>
        <source>The account %1 is unlocked.</source>
        <translation>アカウント %1 のロックを解除しました。</translation>
    </message>
    <message>
        <source>A temporary password is set for %1.</source>
        <translation>%1 に仮パスワードを設定しました。</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>組織の設定</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>業務カレンダー</translation>
    </message>
    <message>
        <source>Approval routes</source>
        <translation>決裁ルート</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>点検</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>dsr::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV 出力(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF 出力(&amp;P)…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>その他の期間</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>期間の初日が末日より後になっています。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <source>Computing the statistics…</source>
        <translation>統計を集計しています…</translation>
    </message>
    <message>
        <source>%1. Open and overdue requests as of %2. Decisions, days and letters: those of the period. No personal data.</source>
        <translation>%1。処理中と期限超過は %2 時点。決定、日数、文書はこの期間のもの。個人データは含みません。</translation>
    </message>
    <message>
        <source>Requests received per month</source>
        <translation>月別の受付件数</translation>
    </message>
    <message>
        <source>month (%1 – %2)</source>
        <translation>月（%1～%2）</translation>
    </message>
    <message>
        <source>Days from receipt to decision (calendar days)</source>
        <translation>受付から決定までの日数（暦日）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定件数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>statistics-FY%1.%2</source>
        <translation>統計-%1年度.%2</translation>
    </message>
    <message>
        <source>statistics-%1-%2.%3</source>
        <translation>統計-%1-%2.%3</translation>
    </message>
    <message>
        <source>Export the statistics as PDF</source>
        <translation>統計を PDF で出力</translation>
    </message>
    <message>
        <source>Export the statistics as CSV</source>
        <translation>統計を CSV で出力</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation>統計を出力しています…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>dsr::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>ユーザーの編集</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>アカウントに役割を1つ以上割り当ててください。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>アカウントを保存しています…</translation>
    </message>
</context>
<context>
    <name>dsr::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1 までロック中</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>有効（パスワード変更が必要）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>dsr::WorkflowActionDialog</name>
    <message>
        <source>%1 — request %2</source>
        <translation>%1 — 請求 %2</translation>
    </message>
    <message>
        <source>Record the document that proved the requester&apos;s identity for request %1.</source>
        <translation>請求 %1 の請求者の本人確認に用いた書類を記録します。</translation>
    </message>
    <message>
        <source>Identity &amp;document:</source>
        <translation>本人確認書類(&amp;D):</translation>
    </message>
    <message>
        <source>Certificate of residence &amp;issued:</source>
        <translation>住民票の写しの発行日(&amp;I):</translation>
    </message>
    <message>
        <source>Ask the requester to amend request %1. The deadline pauses until the amended request arrives.</source>
        <translation>請求 %1 について請求者に補正を求めます。補正された請求が到達するまで期限の進行は停止します。</translation>
    </message>
    <message>
        <source>&amp;What is missing:</source>
        <translation>不足している事項(&amp;W):</translation>
    </message>
    <message>
        <source>Say what is missing from the request.</source>
        <translation>請求に不足している事項を記載してください。</translation>
    </message>
    <message>
        <source>Requested &amp;on:</source>
        <translation>依頼日(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>回答期限(&amp;R):</translation>
    </message>
    <message>
        <source>Record the day the amended request %1 arrived.</source>
        <translation>補正された請求 %1 が到達した日を記録します。</translation>
    </message>
    <message>
        <source>&amp;Arrived on:</source>
        <translation>到達日(&amp;A):</translation>
    </message>
    <message>
        <source>Start investigating request %1: find the data the association holds.</source>
        <translation>請求 %1 の調査を開始します。組合が保有するデータを確認してください。</translation>
    </message>
    <message>
        <source>Record an inquiry to the division that holds the data.</source>
        <translation>データを保有する課への照会を記録します。</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>照会先の課(&amp;D):</translation>
    </message>
    <message>
        <source>Name the division the inquiry goes to.</source>
        <translation>照会先の課を指定してください。</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>送付日(&amp;S):</translation>
    </message>
    <message>
        <source>Answer &amp;due:</source>
        <translation>回答期限(&amp;D):</translation>
    </message>
    <message>
        <source>Record a division&apos;s answer to an inquiry.</source>
        <translation>照会に対する関係課の回答を記録します。</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1（%2 送付）</translation>
    </message>
    <message>
        <source>&amp;Inquiry:</source>
        <translation>照会(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>回答日(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Summary of the answer:</source>
        <translation>回答の要旨(&amp;S):</translation>
    </message>
    <message numerus="yes">
        <source>Submit the draft of request %1 for approval. %n inquiries are still unanswered: say why the decision need not wait.</source>
        <translation>
            <numerusform>請求 %1 の決定案を決裁に回付します。照会のうち %n 件が未回答です。回答を待たずに決定する理由を記載してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the draft of request %1 for approval.</source>
        <translation>請求 %1 の決定案を決裁に回付します。</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備考(&amp;N):</translation>
    </message>
    <message>
        <source>Say why the decision need not wait for the open inquiries.</source>
        <translation>未回答の照会を待たずに決定する理由を記載してください。</translation>
    </message>
    <message>
        <source>Approve the draft decision on request %1 at your step.</source>
        <translation>請求 %1 の決定案を自分の段階で承認します。</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Return the draft decision on request %1 to the clerk.</source>
        <translation>請求 %1 の決定案を担当者に差し戻します。</translation>
    </message>
    <message>
        <source>&amp;Why it is returned:</source>
        <translation>差戻しの理由(&amp;W):</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Say why the draft is returned.</source>
        <translation>決定案を差し戻す理由を記載してください。</translation>
    </message>
    <message>
        <source>Record that the member withdrew request %1.</source>
        <translation>組合員が請求 %1 を取り下げたことを記録します。</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>取下げ日(&amp;W):</translation>
    </message>
    <message>
        <source>Extend the deadline of request %1 (now %2).</source>
        <translation>請求 %1 の期限を延長します（現在の期限：%2）。</translation>
    </message>
    <message>
        <source>&amp;New deadline:</source>
        <translation>新しい期限(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>State the reason for the extension.</source>
        <translation>延長の理由を記載してください。</translation>
    </message>
    <message>
        <source>Special extension (art. 84)</source>
        <translation>特例延長（第84条）</translation>
    </message>
    <message>
        <source>Ask a third party for their opinion on disclosing data about them.</source>
        <translation>第三者に関するデータの開示について、その第三者に意見を照会します。</translation>
    </message>
    <message>
        <source>&amp;Third party:</source>
        <translation>第三者(&amp;T):</translation>
    </message>
    <message>
        <source>Name the third party asked for an opinion.</source>
        <translation>意見を照会する第三者を指定してください。</translation>
    </message>
    <message>
        <source>Record a third party&apos;s answer.</source>
        <translation>第三者の回答を記録します。</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>意見照会(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>回答(&amp;A):</translation>
    </message>
    <message>
        <source>The third party objects to the disclosure</source>
        <translation>第三者が開示に反対している</translation>
    </message>
    <message>
        <source>Record how the decision on request %1 was notified.</source>
        <translation>請求 %1 の決定の通知方法を記録します。</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>通知日(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>通知方法(&amp;M):</translation>
    </message>
    <message>
        <source>Mail, counter …</source>
        <translation>郵送、窓口など</translation>
    </message>
    <message>
        <source>Say how the decision was notified (mail, counter …).</source>
        <translation>決定の通知方法を記載してください（郵送、窓口など）。</translation>
    </message>
    <message>
        <source>Close request %1. Nothing more is to be done on it.</source>
        <translation>請求 %1 を完結します。以後、この請求について行う処理はありません。</translation>
    </message>
    <message>
        <source>Reopen request %1. Its decision can then be changed.</source>
        <translation>請求 %1 を再開します。再開すると決定を変更できます。</translation>
    </message>
    <message>
        <source>State why the request is reopened.</source>
        <translation>請求を再開する理由を記載してください。</translation>
    </message>
    <message>
        <source>Nothing is waiting for an answer.</source>
        <translation>回答待ちのものはありません。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーによる変更</translation>
    </message>
    <message>
        <source>Request %1 was changed by someone else meanwhile, so nothing was done. It is reloaded now: check it and try again.</source>
        <translation>その間に請求 %1 が他のユーザーによって変更されたため、何も処理していません。再読み込みしましたので、内容を確認してもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>dsr::WorkflowPanel</name>
    <message>
        <source>View decision…</source>
        <translation>決定の表示…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Not drafted yet.</source>
        <translation>決定案はまだ作成されていません。</translation>
    </message>
    <message>
        <source>Decided on %1.</source>
        <translation>%1 に決定しました。</translation>
    </message>
    <message>
        <source>Notified on %1 (%2).</source>
        <translation>%1 に通知しました（%2）。</translation>
    </message>
    <message>
        <source>Withdrawn on %1.</source>
        <translation>%1 に取り下げられました。</translation>
    </message>
    <message>
        <source>Not to be disclosed before %1 (a third party objected).</source>
        <translation>%1 より前には開示できません（第三者が反対しています）。</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>決裁</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後続</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>処理待ち</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>At</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Not submitted for approval yet.</source>
        <translation>まだ決裁に回付されていません。</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>補正</translation>
    </message>
    <message>
        <source>Awaited</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>依頼日</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>不足事項</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到達日</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Inquiries to divisions</source>
        <translation>関係課への照会</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>照会先</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要旨</translation>
    </message>
    <message>
        <source>Third-party opinions</source>
        <translation>第三者への意見照会</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三者</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>反対意見</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>期限の延長</translation>
    </message>
    <message>
        <source>Extended to %1.</source>
        <translation>%1 まで延長しました。</translation>
    </message>
    <message>
        <source>Special extension (art. 84) to %1.</source>
        <translation>特例延長（第84条）により %1 まで延長しました。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>How the deadline was computed</source>
        <translation>期限の計算方法</translation>
    </message>
    <message>
        <source>Deadline %1; act by %2.</source>
        <translation>期限は %1、対応期日は %2 です。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DSR Desk</source>
        <translation>DSR Desk</translation>
    </message>
</context>
</TS>
