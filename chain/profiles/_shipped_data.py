"""What the TOML files shipped with the tool parse to. Generated: do not edit.

Written by ``uv run python -m chain.profiles --write`` from the files named below; read by
:mod:`chain.profiles.shipped`, which uses an entry only while its file has the bytes of the
digest. A test fails when this module and the files disagree.
"""

__all__ = ["FILES"]


def _check_catalog():
    return {'CHN001': {'slug': 'delegation-cycle',
                       'severity': 'error',
                       'scope': 'structure',
                       'title': {'ja': '委託の循環', 'en': 'Delegation cycle'},
                       'what': {'ja': '委託の矢印をたどると元の事業者に戻る経路を検出します。',
                                'en': 'Detects delegations that lead back to a party already on the way.'},
                       'why': {'ja': '循環した体制では誰が誰を監督するのか定まらず、段階（再委託・再々委託）も決まりません。多くは入力の誤りです。',
                               'en': 'In a cycle nobody knows who supervises whom and tiers are '
                                     'undefined. It is usually an input mistake.'},
                       'bad': '"delegations": [{"id": "d1", "delegator": "A", "delegate": "B"}, {"id": '
                              '"d2", "delegator": "B", "delegate": "A"}]',
                       'good': '"delegations": [{"id": "d1", "delegator": "A", "delegate": "B"}]',
                       'message': {'ja': '委託が循環しています: {cycle}', 'en': 'Delegations form a cycle: {cycle}'},
                       'fix': {'ja': '循環をつくっている委託（{delegation} など）の委託元・委託先を確認し、誤った委託を削除してください。',
                               'en': 'Check the delegator and delegate of the delegations in the cycle '
                                     '(such as {delegation}) and remove the wrong one.'}},
            'CHN002': {'slug': 'self-delegation',
                       'severity': 'error',
                       'scope': 'structure',
                       'title': {'ja': '自己への委託', 'en': 'Self-delegation'},
                       'what': {'ja': '委託元と委託先が同じ事業者である委託を検出します。',
                                'en': 'Detects a delegation whose delegator and delegate are the same '
                                      'party.'},
                       'why': {'ja': '自社への委託は委託ではありません。別法人（子会社など）を同じ id で入力した誤りであることが多く、その場合は再委託の承諾が必要です。',
                               'en': 'Delegating to oneself is not a delegation. Usually another company '
                                     '(a subsidiary, say) was entered with the same id, and that '
                                     'delegation needs approval.'},
                       'bad': '{"id": "d1", "delegator": "A", "delegate": "A"}',
                       'good': '{"id": "d1", "delegator": "A", "delegate": "A-sub"}',
                       'message': {'ja': '委託 {delegation} は{party_name}から自社への委託になっています。',
                                   'en': 'Delegation {delegation} goes from {party_name} to itself.'},
                       'fix': {'ja': '委託先を正しい事業者の id にしてください。子会社なら別の当事者として登録してください。',
                               'en': 'Set the delegate to the right party id; register a subsidiary as a '
                                     'party of its own.'}},
            'CHN003': {'slug': 'duplicate-id',
                       'severity': 'error',
                       'scope': 'structure',
                       'title': {'ja': 'id の重複', 'en': 'Duplicate id'},
                       'what': {'ja': '同じ一覧（parties, delegations, workers, places）の中で id が重複しているものを検出します。',
                                'en': 'Detects an id used twice within one list (parties, delegations, '
                                      'workers, places).'},
                       'why': {'ja': '参照先が一意に決まらず、二つ目の項目はチェックの対象から外れます。',
                               'en': 'References become ambiguous and the second entry drops out of the '
                                     'checks.'},
                       'bad': '"parties": [{"id": "A", ...}, {"id": "A", ...}]',
                       'good': '"parties": [{"id": "A", ...}, {"id": "B", ...}]',
                       'message': {'ja': 'id「{id}」が {collection} の中で重複しています（最初は {first}）。',
                                   'en': 'Id {id} is used twice in {collection} (first at {first}).'},
                       'fix': {'ja': 'どちらかの id を変え、参照している箇所も合わせて直してください。',
                               'en': 'Give one of them another id and update the references to it.'}},
            'CHN004': {'slug': 'unknown-reference',
                       'severity': 'error',
                       'scope': 'structure',
                       'title': {'ja': '存在しない当事者の参照', 'en': 'Unknown reference'},
                       'what': {'ja': 'parties に存在しない id を参照している項目を検出します。',
                                'en': 'Detects a reference to an id that is not among the parties.'},
                       'why': {'ja': '参照先がなければ、その委託や従事者がチェーンのどこにあるのか分からず、確認できません。',
                               'en': 'Without its target the delegation or worker cannot be placed in the '
                                     'chain or checked.'},
                       'bad': '{"id": "d1", "delegator": "A", "delegate": "Z"}   // no party Z',
                       'good': '{"id": "d1", "delegator": "A", "delegate": "B"}',
                       'message': {'ja': '{field} が存在しない当事者「{id}」を指しています。',
                                   'en': '{field} refers to {id}, which is not a party.'},
                       'fix': {'ja': '{field.party}に「{id}」を追加するか、正しい ID に直してください。',
                               'en': 'Add {id} to {field.party}, or correct the id.'}},
            'CHN005': {'slug': 'unreachable-party',
                       'severity': 'warning',
                       'scope': 'structure',
                       'title': {'ja': 'チェーンにつながらない当事者', 'en': 'Party not on the chain'},
                       'what': {'ja': '発注者から委託をたどっても到達しない当事者を検出します（親会社として記載されただけの会社や、派遣元として参照される会社は除きます）。',
                                'en': 'Detects a party no chain of delegations reaches from the '
                                      'municipality (parents listed only for their group, and agencies '
                                      'some worker comes from, excepted).'},
                       'why': {'ja': '体制図に載っていても委託関係が書かれていなければ、承諾の要否も責任の所在も判断できません。',
                               'en': 'A party in the diagram without a delegation cannot be judged for '
                                     'approval or liability.'},
                       'bad': '"parties": [..., {"id": "X", "kind": "company", "name": "関連株式会社"}]   // no '
                              'delegation reaches X',
                       'good': '"delegations": [..., {"id": "d9", "delegator": "A", "delegate": "X", '
                               '...}]',
                       'message': {'ja': '{party_name}（{kind}）はどの委託からも到達しません。',
                                   'en': '{party_name} ({kind}) is not reached by any delegation.'},
                       'fix': {'ja': 'この当事者への委託を追加するか、関係がなければ当事者から削除してください。',
                               'en': 'Add the delegation that reaches this party, or remove it if it has '
                                     'no part.'}},
            'CHN006': {'slug': 'multiple-paths',
                       'severity': 'warning',
                       'scope': 'structure',
                       'title': {'ja': '複数の経路から委託される当事者', 'en': 'Party reached by several paths'},
                       'what': {'ja': '二つ以上の委託元から委託を受けている当事者を検出します。',
                                'en': 'Detects a party that receives work from more than one delegator.'},
                       'why': {'ja': '段階（再委託か再々委託か）と監督の責任が経路ごとに異なり、申請・承諾もそれぞれ必要になります。',
                               'en': 'The tier and the duty to supervise differ by path, and each path '
                                     'needs its own application and approval.'},
                       'bad': '"delegations": [{"delegator": "A", "delegate": "C"}, {"delegator": "B", '
                              '"delegate": "C"}]',
                       'good': '"delegations": [{"delegator": "A", "delegate": "C"}]',
                       'message': {'ja': '{party_name}は {count} 者（{delegators}）から委託を受けています。',
                                   'en': '{party_name} receives work from {count} delegators '
                                         '({delegators}).'},
                       'fix': {'ja': 'それぞれの経路が実際の契約関係かを確認し、どの経路にも{term.consent}があることを確かめてください。',
                               'en': 'Confirm each path is a real contract and that each is approved.'}},
            'CHN007': {'slug': 'corporate-number-conflict',
                       'severity': 'error',
                       'scope': 'structure',
                       'title': {'ja': '同じ法人番号で異なる名称', 'en': 'One corporate number, two names'},
                       'what': {'ja': '同じ法人番号の当事者が異なる名称で登録されているものを検出します（全角・半角や空白の違いは同じ名称とみなします）。',
                                'en': 'Detects parties sharing a corporate number under different names '
                                      '(全角/半角 and spacing differences count as the same name).'},
                       'why': {'ja': '同じ会社を別名で載せると、承諾を得た会社と実際の委託先が違って見え、またはその逆になります。',
                               'en': 'The same company under two names makes the approved company and the '
                                     'actual delegate look different, or hides that they are not.'},
                       'bad': '{"id": "A", "name": "サンプル情報株式会社", "corporate_number": "7000012050002"}, '
                              '{"id": "B", "name": "サンプル情報サービス", "corporate_number": "7000012050002"}',
                       'good': '{"id": "A", "name": "サンプル情報株式会社", "corporate_number": "7000012050002"}',
                       'message': {'ja': '法人番号 {number} が「{party_name}」と「{other_name}」の二つの名称で登録されています。',
                                   'en': 'Corporate number {number} appears as both {party_name} and '
                                         '{other_name}.'},
                       'fix': {'ja': '国税庁法人番号公表サイトで正しい商号を確認し、一つの当事者にまとめてください。',
                               'en': 'Check the registered name in the corporate-number register and '
                                     'merge the two into one party.'}},
            'CHN008': {'slug': 'corporate-number-invalid',
                       'severity': 'error',
                       'scope': 'structure',
                       'title': {'ja': '法人番号の誤り', 'en': 'Invalid corporate number'},
                       'what': {'ja': '法人番号が 13 桁でないもの、先頭の検査用数字が残り 12 桁から計算した値と合わないものを検出します。',
                                'en': 'Detects a corporate number that is not 13 digits, or whose leading '
                                      'check digit does not match the other twelve.'},
                       'why': {'ja': '法人番号は当事者を特定する唯一の公的な手がかりです。誤っていれば承諾先の特定ができません。',
                               'en': 'The corporate number is the one public key to a company; a wrong '
                                     'one means the approved party cannot be identified.'},
                       'bad': '"corporate_number": "1000012050002"',
                       'good': '"corporate_number": "7000012050002"',
                       'message': {'ja': '{party_name}の法人番号「{number}」は正しくありません（{reason}）。',
                                   'en': 'Corporate number {number} of {party_name} is invalid '
                                         '({reason}).'},
                       'fix': {'ja': '法人番号公表サイトで番号を確認して入力し直してください。',
                               'en': 'Look the number up in the corporate-number register and enter it '
                                     'again.'}},
            'CHN009': {'slug': 'party-kind-mismatch',
                       'severity': 'error',
                       'scope': 'structure',
                       'title': {'ja': '当事者の種別と役割の不一致', 'en': 'Party kind does not fit its role'},
                       'what': {'ja': '発注者が自治体でない、受託者・委託先が自治体である、派遣元が派遣事業者でない、など種別と役割が合わないものを検出します。',
                                'en': 'Detects a party whose kind does not fit its role: a municipality '
                                      'that is not one, a delegate that is a municipality, an agency that '
                                      'is not a dispatch agency.'},
                       'why': {'ja': '役割が合わなければ段階も責任も誤って判定されます。',
                               'en': 'With the wrong kind, tiers and liability come out wrong.'},
                       'bad': '"contract": {"municipality": "A"}   // A is a company',
                       'good': '"contract": {"municipality": "city"}   // city has kind "municipality"',
                       'message': {'ja': '{party_name}は{actual}ですが、{role}には{expected}を指定してください。',
                                   'en': '{party_name} is a {actual}, but the {role} must be a '
                                         '{expected}.'},
                       'fix': {'ja': '{field.party.kind}で当事者の種別を直すか、正しい当事者を指定してください。',
                               'en': "Correct the party's kind in {field.party.kind}, or point the role "
                                     'at the right party.'}},
            'CHN010': {'slug': 'duplicate-company',
                       'severity': 'warning',
                       'scope': 'structure',
                       'title': {'ja': '同じ会社の重複登録', 'en': 'Same company listed twice'},
                       'what': {'ja': '名称（と法人番号）が同じ当事者が別の id で二度登録されているものを検出します。',
                                'en': 'Detects the same name (and corporate number) under two ids.'},
                       'why': {'ja': '同じ会社が二重に載ると、複数の経路や承諾の漏れが見えにくくなります。',
                               'en': 'A company listed twice hides a second path or a missing approval.'},
                       'bad': '{"id": "A", "name": "北斗データ株式会社"}, {"id": "A2", "name": "北斗データ株式会社"}',
                       'good': '{"id": "A", "name": "北斗データ株式会社"}',
                       'message': {'ja': '{party_name}（{id}）は {other} と同じ会社として二重に登録されています。',
                                   'en': '{party_name} ({id}) duplicates party {other}.'},
                       'fix': {'ja': '一つの当事者にまとめ、参照を付け替えてください。',
                               'en': 'Merge them into one party and repoint the references.'}},
            'CHN011': {'slug': 'dispatch-link-invalid',
                       'severity': 'error',
                       'scope': 'structure',
                       'title': {'ja': '派遣元の記載の誤り', 'en': 'Dispatch link inconsistent'},
                       'what': {'ja': '派遣労働者なのに派遣元がない、または派遣元や派遣契約の派遣先（dispatched_to）があるのに雇用形態が派遣でない従事者を検出します。',
                                'en': 'Detects a dispatched worker without an agency, or an agency or a '
                                      "dispatch's host (dispatched_to) named for a worker who is not "
                                      'dispatched.'},
                       'why': {'ja': '派遣労働者は派遣先の指揮命令を受けます。派遣元が分からなければ、誰が従事者を管理し、誰が責任を負うのかが判断できません。',
                               'en': 'A dispatched worker is directed by the host; without the agency, '
                                     'who manages and who answers for the worker cannot be decided.'},
                       'bad': '{"id": "w1", "employment": "dispatched"}   // no dispatched_from',
                       'good': '{"id": "w1", "employment": "dispatched", "dispatched_from": "agency1"}',
                       'message': {'ja': '従事者「{name}」: {problem}。', 'en': 'Worker {name}: {problem}.'},
                       'fix': {'ja': '{field.worker.dispatched_from}に派遣元を入れるか、{field.worker.employment}を直してください。',
                               'en': 'Name the agency in {field.worker.dispatched_from}, or correct '
                                     '{field.worker.employment}.'}},
            'CHN012': {'slug': 'invisible-characters',
                       'severity': 'warning',
                       'scope': 'structure',
                       'title': {'ja': '名称・id の見えない文字', 'en': 'Invisible characters in a name or id'},
                       'what': {'ja': '当事者・委託・従事者・場所の id '
                                      'と名称（代表者、申請書に書かれた責任者、クラウド事業者を含む）に、見えない文字（制御文字、ゼロ幅文字、ソフトハイフン、タグ文字、異体字セレクタなど）や表示の向きを変える文字（U+202E '
                                      'などの双方向制御文字）があるものを検出します。',
                                'en': 'Detects ids and names of parties, delegations, workers and places '
                                      '(representatives, the manager an application names, cloud '
                                      'providers included) that hold invisible characters (controls, '
                                      'zero-width characters, soft hyphens, tag characters, variation '
                                      'selectors...) or characters that change the direction of the text '
                                      '(bidirectional controls such as U+202E).'},
                       'why': {'ja': 'これらの文字は画面にも印刷にも現れず、別の会社や人を同じ名前に見せたり、名前の一部を逆順に見せたりします。承諾を得た会社と実際の委託先が同じかどうかを目で確かめられなくなります。出力では '
                                     '<U+202E> のように示します。',
                               'en': 'Such characters show neither on screen nor on paper: they make two '
                                     'different companies or people look alike, or show part of a name '
                                     'reversed, so whether the approved company is the actual delegate '
                                     'can no longer be checked by eye. Outputs show them as <U+202E>.'},
                       'bad': '{"id": "hokuto", "name": "北斗\\u202e入力センター株式会社"}',
                       'good': '{"id": "hokuto", "name": "北斗入力センター株式会社"}',
                       'message': {'ja': '{field}の「{value}」に、見えない文字または表示の向きを変える文字（{code_points}）があります。',
                                   'en': '{field} “{value}” holds invisible or direction-changing '
                                         'characters ({code_points}).'},
                       'fix': {'ja': '見えない文字を取り除き、見えるとおりの名称・id にしてください（id '
                                     'を変えるときは参照している箇所も直してください）。人名の異体字を表すために異体字セレクタ（U+E0100–U+E01EF）を使っている場合は、そのままでかまいません。',
                               'en': 'Remove the invisible characters so that the name or id is what it '
                                     'shows (when changing an id, change the references to it too). An '
                                     'ideographic variation selector (U+E0100–U+E01EF) used on purpose '
                                     "for a variant kanji in a person's name may stay."}},
            'DLG001': {'slug': 'consent-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'edge_status': 'missing',
                       'edge_why': {'ja': '承諾なし', 'en': 'no consent'},
                       'requires_document': {'parameter': 'consent'},
                       'title': {'ja': '承諾（届出）がない委託', 'en': 'Delegation without consent'},
                       'what': {'ja': 'テンプレートが承諾（または届出）を求める段階の委託で、その書類がないものを検出します。',
                                'en': 'Detects a delegation, at a tier where the template requires '
                                      'approval (or notification), that has none.'},
                       'why': {'ja': '承諾のない再委託は特記事項違反であり、契約解除・損害賠償の対象になります。グループ会社への委託も例外ではありません。',
                               'en': 'Delegating without approval breaches the provisions and opens '
                                     'termination and damages. Group companies are no exception.'},
                       'bad': '{"id": "d2", "delegator": "contractor", "delegate": "sub", "documents": '
                              '[]}',
                       'good': '{"id": "d2", ..., "documents": [{"kind": "application", "date": '
                               '"2025-03-03"}, {"kind": "approval", "date": "2025-03-14"}]}',
                       'message': {'ja': '{delegator}から{delegate}への{kind}について、{term.municipality}の{consent}を得た記録がありません{group_note}。',
                                   'en': 'The {kind} from {delegator} to {delegate} has no record of '
                                         '{consent} by {term.municipality}{group_note}.'},
                       'fix': {'ja': '{consent}を得て、その日付と文書番号を{field.document}に記録してください（根拠: {citation}）。',
                               'en': 'Obtain the {consent} and record its date and number in '
                                     '{field.document} (see {citation}).'}},
            'DLG002': {'slug': 'consent-after-start',
                       'severity': 'error',
                       'scope': 'template',
                       'consent_derived': True,
                       'title': {'ja': '承諾前に始まった委託', 'en': 'Delegation started before consent'},
                       'what': {'ja': '承諾（届出）の日付が委託の開始日より後になっている委託を検出します。',
                                'en': 'Detects a delegation that starts before its approval (or '
                                      'notification) is dated.'},
                       'why': {'ja': '特記事項は事前の承諾を求めています。承諾前に業務を始めていれば、その間は無承諾の再委託です。',
                               'en': 'The provisions require consent in advance; any work before it was '
                                     'delegated without consent.'},
                       'bad': '"period": {"start": "2025-04-01"}, "documents": [{"kind": "approval", '
                              '"date": "2025-04-10"}]',
                       'good': '"period": {"start": "2025-04-15"}, "documents": [{"kind": "approval", '
                               '"date": "2025-04-10"}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}は {start} に始まっていますが、{consent}は '
                                         '{consent_date} です（{days} 日後）。',
                                   'en': 'The {kind} from {delegator} to {delegate} starts on {start}, '
                                         'but the {consent} is dated {consent_date} ({days} day{days:s} '
                                         'later).'},
                       'fix': {'ja': '開始日と{consent}の日付を確認してください。{consent}より前に着手していた場合は{term.municipality}に報告し、指示を受けてください。',
                               'en': 'Check both dates. If work began before the {consent}, report it to '
                                     '{term.municipality} and follow its instructions.'}},
            'DLG003': {'slug': 'application-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'consent_derived': True,
                       'requires_document': 'application',
                       'title': {'ja': '申請書がない委託', 'en': 'No written application'},
                       'what': {'ja': 'テンプレートが書面による事前の申請を求める段階の委託で、申請書がないものを検出します。',
                                'en': 'Detects a delegation, at a tier where the template requires a '
                                      'prior written application, without one.'},
                       'why': {'ja': '承諾は申請書の記載事項に対して与えられます。申請書がなければ、何が承諾されたのか確認できません。',
                               'en': 'Approval is given to what the application states; without it, what '
                                     'was approved cannot be shown.'},
                       'bad': '"documents": [{"kind": "approval", "date": "2025-03-14"}]',
                       'good': '"documents": [{"kind": "application", "date": "2025-03-03"}, {"kind": '
                               '"approval", "date": "2025-03-14"}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}に{term.application}がありません。',
                                   'en': 'The {kind} from {delegator} to {delegate} has no written '
                                         '{term.application}.'},
                       'fix': {'ja': '{term.application}（提出日・文書番号）を{field.document}に追加してください（根拠: '
                                     '{citation}）。',
                               'en': 'Add the {term.application} (date, number) to {field.document} (see '
                                     '{citation}).'}},
            'DLG004': {'slug': 'application-late',
                       'severity': 'warning',
                       'scope': 'template',
                       'consent_derived': True,
                       'title': {'ja': '承諾や開始より後の申請', 'en': 'Application dated after consent or start'},
                       'what': {'ja': '申請書の日付が承諾の日付、または委託の開始日より後になっているものを検出します。',
                                'en': 'Detects an application dated after the approval or after the '
                                      'delegation starts.'},
                       'why': {'ja': '申請は事前に行うものです。日付の逆転は記録の誤りか、事後の申請を示しています。',
                               'en': 'The application comes first; reversed dates mean a wrong record or '
                                     'an application made after the fact.'},
                       'bad': '"documents": [{"kind": "application", "date": "2025-03-20"}, {"kind": '
                              '"approval", "date": "2025-03-14"}]',
                       'good': '"documents": [{"kind": "application", "date": "2025-03-03"}, {"kind": '
                               '"approval", "date": "2025-03-14"}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の{term.application}（{application_date}）が{reference}（{reference_date}）より後の日付です。',
                                   'en': 'The {term.application} for the {kind} from {delegator} to '
                                         '{delegate} ({application_date}) is dated after {reference} '
                                         '({reference_date}).'},
                       'fix': {'ja': '日付を確認し、正しい申請日を記録してください。',
                               'en': 'Check the dates and record the real application date.'}},
            'DLG005': {'slug': 'consent-lapsed',
                       'severity': 'error',
                       'scope': 'template',
                       'consent_derived': True,
                       'title': {'ja': '承諾の有効期間を超える委託', 'en': 'Delegation outlasts its consent'},
                       'what': {'ja': '承諾に有効期限があり、委託の終了日がそれより後になっているものを検出します。',
                                'en': 'Detects a delegation that ends after the last day its approval '
                                      'covers.'},
                       'why': {'ja': '有効期限後の委託は承諾のない委託です。',
                               'en': 'After the approval lapses, the delegation runs without consent.'},
                       'bad': '"period": {"end": "2026-03-31"}, "documents": [{"kind": "approval", '
                              '"valid_until": "2025-09-30"}]',
                       'good': '"period": {"end": "2025-09-30"}, "documents": [{"kind": "approval", '
                               '"valid_until": "2025-09-30"}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}は {end} まで続きますが、{consent}は '
                                         '{valid_until} までです。',
                                   'en': 'The {kind} from {delegator} to {delegate} runs to {end}, but '
                                         'the {consent} covers only until {valid_until}.'},
                       'fix': {'ja': '期間の延長について改めて{term.consent}を得るか、委託期間を{term.consent}の範囲に収めてください。',
                               'en': 'Obtain consent for the extension, or bring the period within the '
                                     'consent.'}},
            'DLG006': {'slug': 'handling-without-delegation',
                       'severity': 'error',
                       'scope': 'template',
                       'off_chain': True,
                       'title': {'ja': '委託関係のない会社による取扱い',
                                 'en': 'Company handling data without a delegation'},
                       'what': {'ja': '従事者や作業場所が登録されているのに、どの委託からも到達しない会社を検出します。グループ会社を「社内」と扱った場合に典型的です。',
                                'en': 'Detects a company with staff or places on the contract that no '
                                      'delegation reaches — typically a group company treated as '
                                      'in-house.'},
                       'why': {'ja': '別法人に業務をさせれば、それは第三者への委託です。子会社への委託も承諾が必要です。',
                               'en': 'Work done by another legal person is delegation to a third party; a '
                                     'subsidiary needs approval like anyone else.'},
                       'bad': '"workers": [{"id": "w9", "party": "subsidiary", ...}]   // no delegation '
                              'to "subsidiary"',
                       'good': '"delegations": [{"id": "d3", "delegator": "contractor", "delegate": '
                               '"subsidiary", ...approved...}]',
                       'message': {'ja': '{party_name}は従事者 {workers} 名・場所 {places} '
                                         'か所で業務に関わっていますが、委託関係がありません{group_note}。',
                                   'en': '{party_name} works on the contract ({workers} staff, {places} '
                                         'place{places:s}) without any delegation{group_note}.'},
                       'fix': {'ja': 'この会社への委託を登録し、{term.consent}を得てください（根拠: {citation}）。',
                               'en': 'Register the delegation to this company and obtain {term.consent} '
                                     '(see {citation}).'}},
            'DLG007': {'slug': 'consent-wrong-issuer',
                       'severity': 'error',
                       'scope': 'template',
                       'consent_derived': True,
                       'edge_status': 'missing',
                       'edge_why': {'ja': '発注者以外の承諾', 'en': 'consent not from the municipality'},
                       'title': {'ja': '発注者以外による承諾',
                                 'en': 'Consent given by someone other than the municipality'},
                       'what': {'ja': '承諾の発行者が発注者（自治体）でないものを検出します。',
                                'en': 'Detects an approval issued by a party other than the '
                                      'municipality.'},
                       'why': {'ja': '再委託・再々委託を承諾できるのは発注者だけです。受託者や再委託先が自ら承諾しても承諾にはなりません。',
                               'en': 'Only the municipality can consent; a contractor or subcontractor '
                                     'approving its own delegation is no consent.'},
                       'bad': '{"kind": "approval", "issued_by": "contractor"}',
                       'good': '{"kind": "approval", "issued_by": "city"}',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の{consent}は{issuer}が出しています。{consent}は{municipality}から得る必要があります。',
                                   'en': 'The {consent} for the {kind} from {delegator} to {delegate} was '
                                         'issued by {issuer}; it must come from {municipality}.'},
                       'fix': {'ja': '{municipality}に申請し、{term.consent}を得てください。',
                               'en': 'Apply to {municipality} and obtain its consent.'}},
            'DLG008': {'slug': 'application-wrong-submitter',
                       'severity': 'error',
                       'scope': 'template',
                       'consent_derived': True,
                       'title': {'ja': '申請者の誤り', 'en': 'Application submitted by the wrong party'},
                       'what': {'ja': 'テンプレートが定める者以外が提出した申請書を検出します（例: 000 の再々委託は受託者が申請）。',
                                'en': 'Detects an application submitted by someone other than the party '
                                      'the template names (e.g. 000: the contractor applies for 再々委託).'},
                       'why': {'ja': '申請者は発注者に対して申請内容の責任を負う者です。',
                               'en': 'The applicant is the one who answers to the municipality for what '
                                     'the application says.'},
                       'bad': '{"kind": "application", "submitted_by": "sub"}   // 000, tier 3',
                       'good': '{"kind": "application", "submitted_by": "contractor"}',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の{term.application}は{submitter}が提出していますが、{expected}が提出すべきものです。',
                                   'en': 'The {term.application} for the {kind} from {delegator} to '
                                         '{delegate} was submitted by {submitter}; it must come from '
                                         '{expected}.'},
                       'fix': {'ja': '{expected}から改めて申請してください（根拠: {citation}）。',
                               'en': 'Have {expected} submit the application (see {citation}).'}},
            'DLG009': {'slug': 'intra-group-delegation',
                       'severity': 'info',
                       'scope': 'template',
                       'title': {'ja': 'グループ会社への委託', 'en': 'Delegation within a corporate group'},
                       'what': {'ja': '親会社・子会社などグループ内の会社への委託を示します。',
                                'en': 'Points out a delegation to a parent, subsidiary or sister '
                                      'company.'},
                       'why': {'ja': 'グループ会社も第三者です。承諾・申請・監督の要件は他社への委託と同じです。',
                               'en': 'A group company is a third party; approval, application and '
                                     'supervision apply as to anyone.'},
                       'bad': '(none: this is a notice)',
                       'good': '(none: this is a notice)',
                       'message': {'ja': '{delegator}から{delegate}（{relation}）への{kind}です。グループ会社への委託も第三者への委託として扱われます。',
                                   'en': 'The {kind} from {delegator} to {delegate} ({relation}) is still '
                                         'delegation to a third party.'},
                       'fix': {'ja': '他社への委託と同じ{term.consent}・申請・監督がそろっているか確認してください。',
                               'en': 'Check it has the same {term.consent}, application and supervision '
                                     'as any delegation.'}},
            'DLG010': {'slug': 'document-undated',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '日付のない書類', 'en': 'Undated document'},
                       'what': {'ja': '日付のない申請書・承諾・届出・報告・契約・指導の記録を検出します。',
                                'en': 'Detects an application, approval, notification, report, flow-down '
                                      'or guidance record without a date.'},
                       'why': {'ja': '日付がなければ、事前に承諾を得たか、報告や指導が期限内かを確認できません。',
                               'en': 'Without a date, whether consent came first, or a report or guidance '
                                     'came in time, cannot be checked.'},
                       'bad': '{"kind": "approval"}',
                       'good': '{"kind": "approval", "date": "2025-03-14"}',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の{document}に日付がありません。',
                                   'en': 'The {document} for the {kind} from {delegator} to {delegate} '
                                         'has no date.'},
                       'fix': {'ja': '書類の日付を記録してください。', 'en': "Record the document's date."}},
            'DLG011': {'slug': 'consent-other-delegate',
                       'severity': 'error',
                       'scope': 'template',
                       'consent_derived': True,
                       'title': {'ja': '別の相手方についての申請・承諾',
                                 'en': 'Application or approval naming another delegate'},
                       'what': {'ja': '委託に記録された申請書や承諾書が、その委託の委託先ではない会社を相手方としているもの（書類の '
                                      'delegate・delegate_name）を検出します。前の承諾のまま再委託先を入れ替えた場合に典型的です。',
                                'en': 'Detects an application or approval recorded on a delegation that '
                                      "names as the delegate (the document's delegate or delegate_name) a "
                                      "company other than the delegation's — typically a subcontractor "
                                      'replaced under the earlier approval.'},
                       'why': {'ja': '申請と承諾は、申請書に記載した相手方への委託についてのものです。相手方が替われば委託の内容の変更で、改めて申請し承諾を得る必要があります。前の相手方への承諾は新しい相手方への委託の承諾になりません。書類に相手方を書かなければ、その委託の委託先についての書類とみなし、比べません。',
                               'en': 'An application and its approval concern the delegation to the '
                                     'delegate the application names. Another delegate is a change of the '
                                     'delegation, which needs a new application and approval; an approval '
                                     'of the former delegate does not approve the new one. A document '
                                     "naming no delegate is taken to be about the delegation's own and is "
                                     'not compared.'},
                       'bad': '"delegate": "hokuto", "documents": [{"kind": "approval", "reference": '
                              '"緑川市介第318号", "delegate_name": "東和データ入力株式会社"}]',
                       'good': '"delegate": "hokuto", "documents": [{"kind": "approval", "reference": '
                               '"緑川市介第402号", "delegate": "hokuto"}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}に記録された{document}{ref_note}は、{named}を相手方としています。',
                                   'en': 'The {document}{ref_note} recorded on the {kind} from '
                                         '{delegator} to {delegate} names {named} as the delegate.'},
                       'fix': {'ja': '相手方が替わったときは、{delegate}について改めて申請し、{term.consent}を得て、その書類を記録してください。{named}についての書類は、この委託の{consent}にはなりません（根拠: '
                                     '{citation}）。',
                               'en': 'When the delegate changes, apply again for {delegate}, obtain '
                                     '{term.consent} and record those documents; the documents about '
                                     '{named} are no {consent} of this delegation (see {citation}).'}},
            'DLG012': {'slug': 'consent-shared',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '二つの会社に使われた一つの承諾', 'en': 'One approval used for two companies'},
                       'what': {'ja': '同じ発行者の同じ文書番号の承諾（届出）が、別の会社への委託にも記録されているものを、それぞれの委託で検出します。書類が相手方（delegate・delegate_name）を書いて自分の委託先を示していれば、一通で複数の会社を承諾したものとして検出しません。',
                                'en': 'Detects, on each delegation, an approval (or notification) whose '
                                      'reference, from the same issuer, is recorded on a delegation to '
                                      "another company too. A document naming its own delegation's "
                                      'delegate (delegate or delegate_name) is taken as one letter '
                                      'approving several companies and is not reported.'},
                       'why': {'ja': '承諾は申請書に記載した相手方への委託に与えられます。一つの承諾が二つの会社に使われていれば、少なくとも一方は自分についての承諾がないまま委託されています（相手方を入れ替えて書類を写した場合など）。',
                               'en': 'Consent is given to the delegation to the delegate the application '
                                     'names. One approval serving two companies leaves at least one of '
                                     'them delegated without its own (a delegate replaced and the '
                                     'documents copied, say).'},
                       'bad': '"d-towa": {"kind": "approval", "reference": "緑川市介第318号"}, "d-hokuto": '
                              '{"kind": "approval", "reference": "緑川市介第318号"}',
                       'good': '"d-towa": {"kind": "approval", "reference": "緑川市介第318号"}, "d-hokuto": '
                               '{"kind": "approval", "reference": "緑川市介第402号"}',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の{consent}（{issuer}、{reference}）は、{others}にも記録されています。',
                                   'en': 'The {consent} ({issuer}, {reference}) for the {kind} from '
                                         '{delegator} to {delegate} is recorded on {others} too.'},
                       'fix': {'ja': 'それぞれの委託先について申請し{term.consent}を得た書類を記録してください。一通の書類が複数の会社を承諾しているときは、各書類の{field.document.delegate}か{field.document.delegate_name}に相手方を書いてください（根拠: '
                                     '{citation}）。',
                               'en': 'Record, for each delegate, the documents of its own application and '
                                     'consent. Where one letter approves several companies, state each '
                                     "document's delegate in {field.document.delegate} or "
                                     '{field.document.delegate_name} (see {citation}).'}},
            'DLG013': {'slug': 'consent-gap',
                       'severity': 'error',
                       'scope': 'template',
                       'consent_derived': True,
                       'title': {'ja': '承諾の切れ目', 'en': 'Gap between approvals'},
                       'what': {'ja': '委託の期間のうち、どの承諾（届出）にも覆われない期間を、その日付とともに一つずつ検出します（前の承諾が切れ、あとの承諾で改めて認められた場合など）。承諾の始まりは '
                                      'valid_from、書かなければ日付、終わりは '
                                      'valid_until（書かなければ終わりなし）です。相手方が別の会社の承諾（DLG011）は数えません。最初の承諾の日付より前（DLG002）と、すべての承諾の終わりより後（DLG005）はそれぞれの規則が示します。',
                                'en': 'Detects, one by one and with their dates, the days of a '
                                      "delegation's period that no approval (or notification) covers — an "
                                      'approval lapsed and a later one renewed it. An approval covers '
                                      'from its valid_from, else its date, to its valid_until (no end '
                                      'when omitted); one naming another delegate (DLG011) does not '
                                      'count. The days before the first approval is dated (DLG002) and '
                                      'after every approval ends (DLG005) are reported by those rules.'},
                       'why': {'ja': '承諾は委託の期間を通じて必要です。開始日を覆うだけでは足りず、切れていた間の委託は承諾のない委託です。',
                               'en': 'Consent is needed throughout the delegation; covering its start is '
                                     'not enough, and while it had lapsed the delegation ran without '
                                     'consent.'},
                       'bad': '"period": {"start": "2025-05-01", "end": "2026-02-28"}, "documents": '
                              '[{"kind": "approval", "date": "2025-04-18", "valid_until": "2025-09-30"}, '
                              '{"kind": "approval", "date": "2025-11-04"}]',
                       'good': '"period": {"start": "2025-05-01", "end": "2026-02-28"}, "documents": '
                               '[{"kind": "approval", "date": "2025-04-18", "valid_until": "2025-09-30"}, '
                               '{"kind": "approval", "date": "2025-09-19", "valid_from": "2025-10-01"}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}は、{gap_start} から {gap_end} '
                                         'まで（{days} 日間）{consent}がありません{between}。',
                                   'en': 'The {kind} from {delegator} to {delegate} has no {consent} from '
                                         '{gap_start} to {gap_end} ({days} day{days:s}){between}.'},
                       'fix': {'ja': 'その期間に{term.consent}があったなら、その書類（日付・有効期間）を記録してください。なかったなら、その間の委託について{term.municipality}に報告し、指示を受けてください（根拠: '
                                     '{citation}）。',
                               'en': 'If consent covered those days, record that document (its date and '
                                     'the days it covers); if not, report the delegation in that time to '
                                     '{term.municipality} and follow its instructions (see {citation}).'}},
            'DLG014': {'slug': 'consent-steps',
                       'severity': 'error',
                       'scope': 'template',
                       'consent_derived': True,
                       'title': {'ja': '手続を経ていない承諾', 'en': 'Consent without its decision steps'},
                       'what': {'ja': 'テンプレートが承諾を一定の手続（担当職員を経由した提出、意見、審査、決裁など）を経て、決定の権限を持つ者が決めることを求める場合に、承諾書類の '
                                      'steps にその手続の記録がないもの、または権限のない者（担当職員のメールなど）が決めたものを検出します。',
                                'en': 'Where the template requires a consent to go through steps '
                                      '(submission via the responsible officer, an opinion, a review, a '
                                      'decision) and be decided by one allowed to decide, detects a '
                                      'consent document whose steps lack one, or whose decision was taken '
                                      "by someone not allowed (an officer's e-mail)."},
                       'why': {'ja': '権限のない者の了承は自治体の決定ではありません。手続を経ない承諾は、承諾がないのと同じに扱われるおそれがあります。',
                               'en': "An approval by someone without authority is not the municipality's "
                                     'decision; a consent that skipped its steps risks counting as no '
                                     'consent.'},
                       'bad': '"documents": [{"kind": "approval", "date": "2025-04-18", "steps": '
                              '[{"step": "decision", "by": "officer"}]}]',
                       'good': '"documents": [{"kind": "approval", "date": "2025-04-18", "steps": '
                               '[{"step": "review", "date": "2025-04-15"}, {"step": "decision", "date": '
                               '"2025-04-18", "by": "decision_maker"}]}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の{consent}について、{problem}。',
                                   'en': 'The {consent} of the {kind} from {delegator} to {delegate}: '
                                         '{problem}.'},
                       'fix': {'ja': '{consent}が所定の手続を経て権限のある者により決定されたことを確認し、各手続の日付と実施者を{field.document.steps}に記録してください。経ていなければ改めて{consent}を得てください（根拠: '
                                     '{citation}）。',
                               'en': 'Check that the {consent} went through the required steps and was '
                                     "decided by one allowed to; record each step's date and who took it "
                                     'in {field.document.steps}, or obtain the {consent} anew (see '
                                     '{citation}).'}},
            'DLG015': {'slug': 'consent-exempt',
                       'severity': 'info',
                       'scope': 'template',
                       'title': {'ja': '承諾を要しない軽微な部分の委託', 'en': 'Delegation of an exempt minor part'},
                       'what': {'ja': 'テンプレート（仕様書）が承諾を要しないとする軽微な部分だけの委託を、その根拠とともに示します。この委託には DLG001 '
                                      'は承諾を求めません。',
                                'en': 'Names a delegation only of minor parts the template (its '
                                      'specification) exempts from consent, with the clause; DLG001 asks '
                                      'no consent of it.'},
                       'why': {'ja': '承諾を求めない理由を記録に残し、部分の範囲を超えていないか確認できるようにします。',
                               'en': 'It records why no consent was asked, so that the parts can be '
                                     'checked against the exemption.'},
                       'bad': '"parts": ["minor"]',
                       'good': '"parts": ["minor"]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}は承諾を要しない部分（{parts}）だけの委託です。',
                                   'en': 'The {kind} from {delegator} to {delegate} passes on exempt '
                                         'parts only ({parts}); no consent is needed.'},
                       'fix': {'ja': '委託の内容が本当にその部分に限られるか確認してください。超えるなら承諾が必要です（根拠: {citation}）。',
                               'en': 'Check that the work passed on stays within those parts; beyond them '
                                     'consent is needed (see {citation}).'}},
            'ITM001': {'slug': 'application-item-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'consent_derived': True,
                       'requires_items': True,
                       'title': {'ja': '申請事項の記載漏れ', 'en': 'Application item missing'},
                       'what': {'ja': 'テンプレートが申請書に記載を求める事項（段階ごとの一覧）が、委託の記録にないものを検出します。',
                                'en': 'Detects an item the template requires in the application (per '
                                      'tier) that the delegation does not state.'},
                       'why': {'ja': '記載事項を欠く申請は特記事項の定める申請ではなく、承諾の前提を欠きます。',
                               'en': 'An application lacking a required item is not the application the '
                                     'provisions require; the approval rests on it.'},
                       'bad': '{"id": "d2", "work": "入力業務", "reason": null}',
                       'good': '{"id": "d2", "work": "入力業務", "reason": "繁忙期の入力件数増加に対応するため"}',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の申請事項「{item}」が記載されていません。',
                                   'en': 'The {kind} from {delegator} to {delegate} does not state the '
                                         'application item “{item}”.'},
                       'fix': {'ja': '「{item}」を記載してください（{fields:field}。根拠: {citation}）。',
                               'en': 'State “{item}” ({fields:field}; see {citation}).'}},
            'TIR001': {'slug': 'exceptional-tier',
                       'severity': 'info',
                       'scope': 'template',
                       'title': {'ja': '原則として認められない段階', 'en': 'Tier allowed only by exception'},
                       'what': {'ja': 'テンプレートが原則として認めず、やむを得ない場合に限る段階の委託（000 の再々委託など）を示します。',
                                'en': 'Points out a delegation at a tier the template forbids in '
                                      'principle and allows only when unavoidable (e.g. 000, 再々委託).'},
                       'why': {'ja': 'やむを得ない理由があるかは担当者が判断する事項です。ツールは理由の記載を示すだけです。理由の記載がまったくなければ例外にあたることが示されていないため、テンプレートに応じて警告または誤りとして示します。',
                               'en': 'Whether the reason is unavoidable is for the officer to judge; the '
                                     'tool only shows the stated reason. With no reason stated at all the '
                                     'exception is not made out: a warning or an error, as the template '
                                     'reads.'},
                       'bad': '(none: this is a notice)',
                       'good': '(none: this is a notice)',
                       'message': {'ja': '{delegator}から{delegate}への{kind}は、やむを得ない場合に限り認められる段階です。記載された理由: '
                                         '{reason}',
                                   'en': 'The {kind} from {delegator} to {delegate} is allowed only when '
                                         'unavoidable. Stated reason: {reason}'},
                       'fix': {'ja': '{todo}（根拠: {citation}）。', 'en': '{todo} (see {citation}).'}},
            'TIR002': {'slug': 'tier-not-contemplated',
                       'severity': 'warning',
                       'scope': 'template',
                       'edge_status': 'not_contemplated',
                       'title': {'ja': 'テンプレートが想定していない段階', 'en': 'Tier the template does not contemplate'},
                       'what': {'ja': 'テンプレートに定めのない段階の委託を示し、ツールが適用した解釈を示します。',
                                'en': 'Points out a delegation at a tier the template says nothing about, '
                                      'and names the interpretation the tool applies.'},
                       'why': {'ja': '定めがないことは許されることを意味しません。解釈を明示し、担当者が確認できるようにします。',
                               'en': 'Silence is not permission; the interpretation is stated so an '
                                     'officer can confirm or reject it.'},
                       'bad': '(a tier-4 delegation under 000)',
                       'good': '(delegations only down to the tiers the template names)',
                       'message': {'ja': '{delegator}から{delegate}への{kind}はテンプレートに定めのない段階です。',
                                   'en': 'The {kind} from {delegator} to {delegate} is a tier the '
                                         'template does not contemplate.'},
                       'fix': {'ja': '適用した解釈を確認し、必要なら{term.municipality}と協議してください。',
                               'en': 'Check the interpretation applied and consult {term.municipality} '
                                     'where needed.'}},
            'TIR003': {'slug': 'tier-forbidden',
                       'severity': 'error',
                       'scope': 'template',
                       'edge_status': 'forbidden',
                       'title': {'ja': '禁止された段階', 'en': 'Forbidden tier'},
                       'what': {'ja': 'テンプレートが禁止する段階の委託を検出します。',
                                'en': 'Detects a delegation at a tier the template forbids.'},
                       'why': {'ja': '禁止された段階の委託は承諾によっても認められません。',
                               'en': 'A forbidden tier cannot be cured by approval.'},
                       'bad': '(a 再々委託 under a template that forbids it)',
                       'good': '(the work done by the subcontractor itself)',
                       'message': {'ja': '{delegator}から{delegate}への{kind}はテンプレートで禁止されています。',
                                   'en': 'The {kind} from {delegator} to {delegate} is forbidden by the '
                                         'template.'},
                       'fix': {'ja': 'この委託をやめ、上位の段階で業務を行ってください（根拠: {citation}）。',
                               'en': 'End this delegation and have the tier above do the work (see '
                                     '{citation}).'}},
            'PST001': {'slug': 'flow-down-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'requires_document': 'flow_down',
                       'title': {'ja': '義務を課す契約がない', 'en': 'Obligations not flowed down'},
                       'what': {'ja': '委託先に特記事項の義務を課す契約（誓約）の記録がない委託を検出します。',
                                'en': 'Detects a delegation without a record of the contract imposing the '
                                      "provisions' obligations on the delegate."},
                       'why': {'ja': '委託先に義務を課していなければ、委託先での取扱いに特記事項が及ばず、監督の根拠もありません。',
                               'en': 'Without the flow-down, the provisions do not reach the delegate and '
                                     'there is no basis to supervise it.'},
                       'bad': '"documents": [{"kind": "approval", ...}]',
                       'good': '"documents": [..., {"kind": "flow_down", "date": "2025-03-20", '
                               '"provisions": ["obligations", "supervision", "safety_management"]}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}に、義務を課す契約の記録がありません。',
                                   'en': 'The {kind} from {delegator} to {delegate} has no record of the '
                                         'obligations being flowed down.'},
                       'fix': {'ja': '再委託契約書などで義務を課し、その日付を{kind.flow_down}として{field.document}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Impose the obligations in the subcontract and record its date as a '
                                     '{kind.flow_down} in {field.document} (see {citation}).'}},
            'PST002': {'slug': 'subcontract-terms-incomplete',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '再委託契約の定めの不足', 'en': 'Subcontract lacks required terms'},
                       'what': {'ja': '再委託契約に、テンプレートが求める定め（義務の遵守、監督の方法、安全管理の方法）が含まれていないものを検出します。',
                                'en': 'Detects a subcontract lacking terms the template requires (the '
                                      'obligations, supervision, safety management).'},
                       'why': {'ja': '定めがなければ、委託元は委託先を監督できず、安全管理を求める根拠もありません。',
                               'en': 'Without them the delegator has no contractual basis to supervise or '
                                     'to require safety measures.'},
                       'bad': '{"kind": "flow_down", "provisions": ["obligations"]}',
                       'good': '{"kind": "flow_down", "provisions": ["obligations", "supervision", '
                               '"safety_management"]}',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の契約に次の定めがありません: {missing}',
                                   'en': 'The subcontract for the {kind} from {delegator} to {delegate} '
                                         'lacks: {missing}'},
                       'fix': {'ja': '再委託契約に不足する定めを加えてください（根拠: {citation}）。',
                               'en': 'Add the missing terms to the subcontract (see {citation}).'}},
            'PST003': {'slug': 'terms-report-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'requires_document': 'terms_report',
                       'title': {'ja': '再委託契約内容の報告がない', 'en': 'Subcontract terms not reported'},
                       'what': {'ja': '承諾後に再委託契約の内容を書面で報告した記録がない委託を検出します。',
                                'en': "Detects a delegation with no written report of the subcontract's "
                                      'terms after approval.'},
                       'why': {'ja': '発注者は報告によって、承諾した内容どおりに契約されたかを確認します。',
                               'en': 'The report lets the municipality check the subcontract matches what '
                                     'it approved.'},
                       'bad': '"documents": [{"kind": "approval", ...}]',
                       'good': '"documents": [..., {"kind": "terms_report", "date": "2025-04-04"}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}について、契約内容の報告がありません。',
                                   'en': "No report of the subcontract's terms for the {kind} from "
                                         '{delegator} to {delegate}.'},
                       'fix': {'ja': '再委託契約の内容を書面で報告し、その日付を{kind.terms_report}として{field.document}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': "Report the subcontract's terms in writing and record its date as a "
                                     '{kind.terms_report} in {field.document} (see {citation}).'}},
            'PST004': {'slug': 'terms-report-late',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '契約内容の報告の遅れ', 'en': 'Subcontract terms reported late'},
                       'what': {'ja': '再委託契約の内容の報告が、プロファイルの定める日数を超えて遅れているものを検出します。',
                                'en': "Detects a report of the subcontract's terms made later than the "
                                      "profile's number of days."},
                       'why': {'ja': 'テンプレートは「速やかに」と定めるだけです。日数はツールの解釈であり、発見事項にその旨を示します。',
                               'en': "The template says only “promptly”; the number of days is the tool's "
                                     'interpretation and the finding says so.'},
                       'bad': '{"kind": "flow_down", "date": "2025-04-01"}, {"kind": "terms_report", '
                              '"date": "2025-06-30"}',
                       'good': '{"kind": "flow_down", "date": "2025-04-01"}, {"kind": "terms_report", '
                               '"date": "2025-04-08"}',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の契約内容の報告（{report_date}）は、{since_what}（{since}）から '
                                         '{days} 日後です（目安 {limit} 日）。',
                                   'en': 'The terms of the {kind} from {delegator} to {delegate} were '
                                         'reported on {report_date}, {days} day{days:s} after '
                                         '{since_what} ({since}); the guide is {limit} day{limit:s}.'},
                       'fix': {'ja': '報告が遅れた事情を確認し、今後は契約後速やかに報告してください。',
                               'en': 'Find out why the report was late and report promptly in future.'}},
            'PST005': {'slug': 'guidance-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'requires_document': 'guidance',
                       'title': {'ja': '再委託先への確認・指導の記録がない', 'en': 'No guidance given to the delegate'},
                       'what': {'ja': '委託先に対する情報流出防止対策の確認・指導の記録がない委託を検出します。',
                                'en': 'Detects a delegation with no record that the delegator checked and '
                                      'guided the delegate on leak prevention.'},
                       'why': {'ja': 'テンプレートは受注者に、承諾された再委託先の対策を確認し指導することを求めています。',
                               'en': 'The template requires the contractor to check and guide an approved '
                                     "delegate's leak prevention."},
                       'bad': '"documents": [{"kind": "approval", ...}]',
                       'good': '"documents": [..., {"kind": "guidance", "date": "2025-04-03"}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}について、確認・指導の記録がありません。',
                                   'en': 'No record of guidance for the {kind} from {delegator} to '
                                         '{delegate}.'},
                       'fix': {'ja': '委託先の対策を確認・指導し、その日付を{kind.guidance}として{field.document}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': "Check and guide the delegate's measures and record its date as a "
                                     '{kind.guidance} in {field.document} (see {citation}).'}},
            'STF001': {'slug': 'staff-not-approved',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '承認されていない従事者', 'en': 'Worker not approved'},
                       'what': {'ja': '発注者の承認を要する従事者（派遣労働者・再委託先の従事者を含む）で、承認の記録がない者を検出します。',
                                'en': "Detects a worker needing the municipality's approval (dispatched "
                                      "and subcontractors' staff included) with no approval recorded."},
                       'why': {'ja': '承認されていない者が秘密情報を扱うことは特記事項違反です。',
                               'en': 'An unapproved person handling the information breaches the '
                                     'provisions.'},
                       'bad': '{"id": "w3", "name": "派遣 花子", "employment": "dispatched", "approved_on": '
                              'null}',
                       'good': '{"id": "w3", "name": "派遣 花子", "employment": "dispatched", "approved_on": '
                               '"2025-03-25"}',
                       'message': {'ja': '{party_name}の従事者「{name}」（{employment}）に{term.municipality}の{term.approval}がありません。',
                                   'en': 'Worker {name} ({employment}) of {party_name} has no '
                                         '{term.approval} from {term.municipality}.'},
                       'fix': {'ja': '業務の前に従事者として申請し、{term.approval}の日付を{field.worker.approved_on}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Apply for the worker before work and record the date of the '
                                     '{term.approval} in {field.worker.approved_on} (see {citation}).'}},
            'STF002': {'slug': 'staff-approved-late',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '着手後に承認された従事者', 'en': 'Worker approved after starting'},
                       'what': {'ja': '従事者の承認日が業務の開始日より後のものを検出します。',
                                'en': 'Detects a worker approved after starting work.'},
                       'why': {'ja': '承認は原則として業務の着手前に得るものです。従事者の変更（後から加わる従事者や後任）に事前の承認を求めるテンプレートでは、変更の承認が遅れたものは誤りとして示します。',
                               'en': 'Approval is to come before the work starts, in principle. Where a '
                                     'template requires changes of staff (a worker who joins later, a '
                                     'successor) to be approved beforehand, a late approval of a change '
                                     'is reported as an error.'},
                       'bad': '{"start": "2025-04-01", "approved_on": "2025-04-20"}',
                       'good': '{"start": "2025-04-01", "approved_on": "2025-03-25"}',
                       'message': {'ja': '{party_name}の従事者「{name}」は {start} に着手していますが、{term.approval}は '
                                         '{done} です。',
                                   'en': 'Worker {name} of {party_name} started on {start} but was '
                                         'approved on {done}.'},
                       'fix': {'ja': '着手前に{term.approval}を得られなかった事情を確認し、記録してください（根拠: {citation}）。',
                               'en': 'Find out why {term.approval} came after the start and record the '
                                     'reason (see {citation}).'}},
            'STF003': {'slug': 'work-lead-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '作業責任者が定められていない', 'en': 'No work lead designated'},
                       'what': {'ja': '作業責任者（role: work_lead）のいない当事者を検出します。',
                                'en': 'Detects a party with no work lead (role work_lead).'},
                       'why': {'ja': '作業責任者は従事者を指揮監督し、発注者の承認を受ける者です。',
                               'en': 'The work lead directs the staff and is approved by the '
                                     'municipality.'},
                       'bad': '"workers": [{"roles": ["operator"]}]',
                       'good': '"workers": [{"roles": ["work_lead"]}, {"roles": ["operator"]}]',
                       'message': {'ja': '{party_name}に{role}が定められていません。',
                                   'en': '{party_name} has no {role}.'},
                       'fix': {'ja': '{role}を定め、{term.approval}を得てください（根拠: {citation}）。',
                               'en': 'Designate a {role} and have them approved (see {citation}).'}},
            'STF004': {'slug': 'pledge-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '誓約書がない', 'en': 'No pledge'},
                       'what': {'ja': '誓約書の提出を要する従事者で、提出の記録がない者を検出します。',
                                'en': 'Detects a worker who must sign a pledge but has none recorded.'},
                       'why': {'ja': '誓約書は守秘義務を本人に課し、その写しを発注者に提出するものです。',
                               'en': 'The pledge binds the person to confidentiality and a copy goes to '
                                     'the municipality.'},
                       'bad': '{"roles": ["info_manager"], "pledge_on": null}',
                       'good': '{"roles": ["info_manager"], "pledge_on": "2025-03-28"}',
                       'message': {'ja': '{party_name}の「{name}」の誓約書がありません。',
                                   'en': 'No pledge from {name} of {party_name}.'},
                       'fix': {'ja': '誓約書を提出させ、日付を{field.worker.pledge_on}に記録してください（根拠: {citation}）。',
                               'en': 'Have the pledge signed and record its date in '
                                     '{field.worker.pledge_on} (see {citation}).'}},
            'STF005': {'slug': 'info-manager-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '情報管理責任者がいない', 'en': 'No information manager'},
                       'what': {'ja': '情報管理責任者（role: info_manager）を置いていない受注者を検出します。',
                                'en': 'Detects a contractor that has appointed no information manager '
                                      '(role info_manager).'},
                       'why': {'ja': '電子情報の管理の責任者を定め、誓約書で報告することが求められています。',
                               'en': 'A person responsible for electronic information must be appointed '
                                     'and reported with a pledge.'},
                       'bad': '"workers": [{"party": "contractor", "roles": ["work_lead"]}]',
                       'good': '"workers": [{"party": "contractor", "roles": ["work_lead", '
                               '"info_manager"], "pledge_on": "2025-03-28"}]',
                       'message': {'ja': '{party_name}に{role}がいません。', 'en': '{party_name} has no {role}.'},
                       'fix': {'ja': '{role}を選任し、誓約書で報告してください（根拠: {citation}）。',
                               'en': 'Appoint an {role} and report with a pledge (see {citation}).'}},
            'STF006': {'slug': 'training-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '教育・研修の記録がない', 'en': 'No training'},
                       'what': {'ja': '教育・研修の記録がない従事者を検出します。',
                                'en': 'Detects a worker with no training recorded.'},
                       'why': {'ja': '特記事項は従事者全員への教育・研修を求めています。',
                               'en': 'The provisions require training for all staff.'},
                       'bad': '{"trained_on": null}',
                       'good': '{"trained_on": "2025-03-27"}',
                       'message': {'ja': '{party_name}の従事者「{name}」に教育・研修の記録がありません。',
                                   'en': 'Worker {name} of {party_name} has no training recorded.'},
                       'fix': {'ja': '教育・研修を行い、日付を{field.worker.trained_on}に記録してください（根拠: {citation}）。',
                               'en': 'Train the worker and record the date in {field.worker.trained_on} '
                                     '(see {citation}).'}},
            'STF007': {'slug': 'training-late',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '着手後の教育・研修', 'en': 'Training after starting'},
                       'what': {'ja': '業務の着手前に行うべき教育・研修が、着手後になっている従事者を検出します。',
                                'en': 'Detects a worker trained only after starting, where training must '
                                      'come first.'},
                       'why': {'ja': '着手前の研修が求められている場合、研修前の作業は違反です。',
                               'en': 'Where training must precede the work, work before it is a breach.'},
                       'bad': '{"start": "2025-04-01", "trained_on": "2025-04-15"}',
                       'good': '{"start": "2025-04-01", "trained_on": "2025-03-27"}',
                       'message': {'ja': '{party_name}の従事者「{name}」は {start} に着手していますが、研修は {done} です。',
                                   'en': 'Worker {name} of {party_name} started on {start} but was '
                                         'trained on {done}.'},
                       'fix': {'ja': '研修前に作業させないでください。事情を記録し、{term.municipality}に報告してください（根拠: '
                                     '{citation}）。',
                               'en': 'Do not let staff work before training; record what happened and '
                                     'report it (see {citation}).'}},
            'STF008': {'slug': 'penal-notice-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '罰則の教示の記録がない', 'en': 'Penal provisions not explained'},
                       'what': {'ja': '個人情報保護法の罰則を教示した記録がない従事者を検出します。',
                                'en': 'Detects a worker with no record of being told the penal provisions '
                                      'of the personal information protection act.'},
                       'why': {'ja': '従事者に、在職中・退職後の守秘義務と罰則を周知・教示することが求められています。',
                               'en': 'Staff must be told of their duty during and after employment and of '
                                     'the penalties.'},
                       'bad': '{"penal_notice_on": null}',
                       'good': '{"penal_notice_on": "2025-03-27"}',
                       'message': {'ja': '{party_name}の従事者「{name}」に罰則を教示した記録がありません。',
                                   'en': 'Worker {name} of {party_name} has no record of being told the '
                                         'penal provisions.'},
                       'fix': {'ja': '罰則を教示し、日付を{field.worker.penal_notice_on}に記録してください（根拠: {citation}）。',
                               'en': 'Explain the penal provisions and record the date in '
                                     '{field.worker.penal_notice_on} (see {citation}).'}},
            'STF009': {'slug': 'briefing-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '周知の記録がない', 'en': 'Worker not informed'},
                       'what': {'ja': '情報流出防止対策・守秘義務を周知した記録がない従事者（派遣労働者を含む）を検出します。',
                                'en': 'Detects a worker (dispatched staff included) with no record of '
                                      'being informed of leak prevention and confidentiality.'},
                       'why': {'ja': '社員等すべてに周知徹底を図ることが求められています。',
                               'en': 'Every member of staff is to be informed.'},
                       'bad': '{"employment": "dispatched", "briefed_on": null}',
                       'good': '{"employment": "dispatched", "briefed_on": "2025-03-27"}',
                       'message': {'ja': '{party_name}の従事者「{name}」（{employment}）に周知の記録がありません。',
                                   'en': 'Worker {name} ({employment}) of {party_name} has no record of '
                                         'being informed.'},
                       'fix': {'ja': '周知を行い、日付を{field.worker.briefed_on}に記録してください（根拠: {citation}）。',
                               'en': 'Inform the worker and record the date in {field.worker.briefed_on} '
                                     '(see {citation}).'}},
            'STF010': {'slug': 'non-regular-not-bound',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '正社員以外の労働者に義務を守らせた記録がない', 'en': 'Non-regular worker not bound'},
                       'what': {'ja': '派遣労働者・契約社員など正社員以外の従事者で、義務の遵守を誓約または周知した記録がない者を検出します。',
                                'en': 'Detects a dispatched, contract or other non-regular worker with no '
                                      'pledge or briefing on the obligations.'},
                       'why': {'ja': '受託者は正社員以外の労働者に一切の義務を守らせ、その行為のすべてについて責任を負います。',
                               'en': 'The contractor must make non-regular staff keep every obligation '
                                     'and answers for all they do.'},
                       'bad': '{"employment": "dispatched", "pledge_on": null, "briefed_on": null}',
                       'good': '{"employment": "dispatched", "pledge_on": "2025-03-27"}',
                       'message': {'ja': '{party_name}の「{name}」（{employment}）に義務を守らせた記録（誓約書または周知）がありません。',
                                   'en': 'No pledge or briefing binds {name} ({employment}) of '
                                         '{party_name} to the obligations.'},
                       'fix': {'ja': '誓約書を取るか周知を行い、その日付を{field.worker.pledge_on}か{field.worker.briefed_on}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Obtain a pledge or brief the worker and record the date in '
                                     '{field.worker.pledge_on} or {field.worker.briefed_on} (see '
                                     '{citation}).'}},
            'STF011': {'slug': 'staff-not-listed',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '申請書にない従事者', 'en': 'Worker not in the application'},
                       'what': {'ja': '委託先の従事者のうち、申請書の業務従事者一覧（責任者を含む）に名前がない者を検出します。',
                                'en': "Detects a delegate's worker not named in the application's staff "
                                      'list (or as its manager).'},
                       'why': {'ja': '承諾は申請書に記載された責任体制・従事者に対して与えられます。記載のない者は承諾の外で作業しています。',
                               'en': 'Approval covers the staff the application names; anyone else works '
                                     'outside it.'},
                       'bad': '"responsibility": {"staff": ["山田 太郎"]}, "workers": [{"name": "派遣 花子", '
                              '"party": "sub"}]',
                       'good': '"responsibility": {"staff": ["山田 太郎", "派遣 花子"]}',
                       'message': {'ja': '{party_name}の「{name}」（{employment}）は、{delegator}から{delegate}への{kind}の申請書に従事者として記載されていません。',
                                   'en': '{name} ({employment}) of {party_name} is not among the staff in '
                                         'the application for the {kind} from {delegator} to {delegate}.'},
                       'fix': {'ja': '従事者の変更として申請し、{term.consent}を得てください（根拠: {citation}）。',
                               'en': 'Apply for the change of staff and obtain {term.consent} (see '
                                     '{citation}).'}},
            'STF012': {'slug': 'staff-not-notified',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '従事者の届出がない・古い',
                                 'en': 'Staff not notified, or the notice out of date'},
                       'what': {'ja': '承認ではなく届出を求めるプロファイルで、従事者の届出（notified_on）がないこと、作業の開始（start）より後であること、または届出の後に従事者が変わった（changed_on）ことを検出します。on_change '
                                      'なら、後から加わった者・交代した者（replaces）にも届出を求めます。',
                                'en': 'Under a profile asking for staff to be notified (not approved), '
                                      'detects a worker with no notice (notified_on), a notice after the '
                                      "worker's start, or a worker changed (changed_on) after the notice. "
                                      'With on_change, those who join later or replace another (replaces) '
                                      'are to be notified too.'},
                       'why': {'ja': '届出は、誰がどの範囲で個人情報を扱うかを発注者が知るためのものです。届け出ていない者や、変更を届け出ていない者の作業は、発注者の把握の外にあります。',
                               'en': 'The notice tells the municipality who handles the data, within what '
                                     'scope; a person not notified, or a change not notified, works '
                                     'outside what it knows.'},
                       'bad': '"workers": [{"id": "w2", "name": "…", "replaces": "w1", "start": '
                              '"2025-08-01"}]',
                       'good': '"workers": [{"id": "w2", "name": "…", "replaces": "w1", "start": '
                               '"2025-08-01", "notified_on": "2025-07-25", "scope": "入力"}]',
                       'message': {'ja': '{party_name}の「{name}」は、{reason}。',
                                   'en': '{name} of {party_name}: {reason}.'},
                       'fix': {'ja': '従事者と担当する業務の範囲を{term.municipality}に届け出て、その日付を{field.worker.notified_on}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Notify {term.municipality} of the worker and the scope of work, and '
                                     'record the date in {field.worker.notified_on} (see {citation}).'}},
            'STF013': {'slug': 'staff-scope-missing',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '従事者の業務の範囲がない', 'en': "Worker's scope of work missing"},
                       'what': {'ja': '従事者ごとに担当する業務の範囲の届出を求めるプロファイルで、従事者に業務の範囲（scope）の記録がないことを検出します。',
                                'en': "Under a profile asking for each person's scope of work to be "
                                      'notified, detects a worker with no recorded scope.'},
                       'why': {'ja': '範囲のない届出では、その者がどの個人情報を扱うのかを発注者が確かめられません。',
                               'en': 'A notice without the scope does not let the municipality see which '
                                     'data the person handles.'},
                       'bad': '"workers": [{"id": "w1", "name": "…", "notified_on": "2025-04-01"}]',
                       'good': '"workers": [{"id": "w1", "name": "…", "notified_on": "2025-04-01", '
                               '"scope": "紙帳票の入力"}]',
                       'message': {'ja': '{party_name}の「{name}」に担当する業務の範囲の記録がありません。',
                                   'en': 'No scope of work is recorded for {name} of {party_name}.'},
                       'fix': {'ja': '担当する業務の範囲を届け出て、{field.worker.scope}に記録してください（根拠: {citation}）。',
                               'en': 'Notify the scope of work and record it in {field.worker.scope} (see '
                                     '{citation}).'}},
            'DSP001': {'slug': 'dispatch-directed-elsewhere',
                       'severity': 'error',
                       'scope': 'statute',
                       'title': {'ja': '派遣先以外の指揮命令を受ける派遣労働者（二重派遣）',
                                 'en': 'Dispatched worker directed by another than the host (二重派遣)'},
                       'what': {'ja': '派遣労働者で、派遣契約の派遣先（dispatched_to、書かなければ '
                                      'party）と、実際に指揮命令する事業者（directed_by、書かなければ '
                                      'party）が違う者を検出します。派遣先が再委託先などのもとで働かせている（二重派遣）、または別の事業者の指示で働いていることを示します。テンプレートに関係なく適用します。',
                                'en': 'Detects a dispatched worker whose host named in the dispatch '
                                      'contract (dispatched_to, else party) is not the party that in fact '
                                      'directs the work (directed_by, else party): the host has passed '
                                      'the worker on, to a subcontractor say (二重派遣), or another party '
                                      'gives the instructions. Applies whatever the template.'},
                       'why': {'ja': '派遣労働者は、派遣契約で定めた派遣先の指揮命令の下でだけ働けます。派遣先が受け入れた労働者をさらに別の事業者の指揮命令の下で働かせることは労働者供給にあたり、供給した側も受け入れた側も職業安定法第44条に反します。誰の指揮命令で働くかは、従事者の承認と事故のときの責任（指揮命令する者の使用者責任）の前提です。',
                               'en': 'A dispatched worker may work only under the direction of the host '
                                     'the dispatch contract names. A host that puts the worker under yet '
                                     "another party's direction is supplying labour, which the Employment "
                                     'Security Act, art. 44, forbids to the supplier and to the party '
                                     "using the worker alike. Who directs a worker underlies the worker's "
                                     'approval and, after an incident, who answers as employer.'},
                       'bad': '{"id": "w5", "party": "sub", "employment": "dispatched", '
                              '"dispatched_from": "agency", "dispatched_to": "contractor"}',
                       'good': '{"id": "w5", "party": "contractor", "employment": "dispatched", '
                               '"dispatched_from": "agency"}',
                       'message': {'ja': '派遣労働者「{name}」は{agency}から{host}に派遣されていますが、{director}の指揮命令を受けています（二重派遣のおそれ）。',
                                   'en': '{name}, dispatched by {agency} to {host}, is directed by '
                                         '{director} (a dispatch passed on, 二重派遣).'},
                       'fix': {'ja': '派遣労働者に指揮命令できるのは派遣契約の派遣先だけです。{director}で働かせるなら{agency}と{director}の間で派遣契約を結び、そうでなければ{host}の指揮命令の下で働かせてください。記録の誤りであれば{field.worker.party}・{field.worker.dispatched_to}・{field.worker.directed_by}を直してください（根拠: '
                                     '{citation}）。',
                               'en': 'Only the host named in the dispatch contract may direct the worker. '
                                     'For the worker to work for {director}, {agency} and {director} must '
                                     'conclude a dispatch contract; otherwise the worker works under '
                                     "{host}'s direction. If the record is wrong, correct "
                                     '{field.worker.party}, {field.worker.dispatched_to} or '
                                     '{field.worker.directed_by} (see {citation}).'}},
            'DSP002': {'slug': 'directed-by-non-employer',
                       'severity': 'warning',
                       'scope': 'statute',
                       'title': {'ja': '雇用する事業者以外の指揮命令を受ける従事者（偽装請負のおそれ）',
                                 'en': 'Worker directed by a party other than the employer (disguised '
                                       'contracting)'},
                       'what': {'ja': '派遣労働者でない従事者で、働く事業者（party）とは別の事業者の指揮命令を受けると記録されている者（directed_by）を検出します。受託者の作業責任者が再委託先の従事者に直接指示するなどです。テンプレートに関係なく適用します。',
                                'en': 'Detects a worker, not dispatched, recorded as directed by a party '
                                      'other than the one it works in (directed_by differs from party): a '
                                      "contractor's work lead instructing a subcontractor's staff in "
                                      'person, say. Applies whatever the template.'},
                       'why': {'ja': '請負・委託の形でも、委託先が自ら従事者に業務の遂行を指示し管理していなければ、実態は労働者派遣です（偽装請負、昭和61年労働省告示第37号第2条）。直接指示する側は労働者供給を受けたことになりえ（職業安定法第44条）、従事者を実質的に指揮監督する者として、その従事者の行為について使用者責任を問われえます（民法第715条）。',
                               'en': 'Whatever the contract is called, unless the delegate itself '
                                     'instructs and manages its staff in the work, it is dispatch in '
                                     'substance (disguised contracting: the 1986 Ministry of Labour '
                                     'notice no. 37, art. 2). The party giving the instructions may be '
                                     'using supplied labour (Employment Security Act, art. 44), and, '
                                     "directing the worker in substance, may answer for the worker's acts "
                                     'as employer (Civil Code art. 715).'},
                       'bad': '{"id": "w6", "party": "sub", "employment": "regular", "directed_by": '
                              '"contractor"}',
                       'good': '{"id": "w6", "party": "sub", "employment": "regular"}',
                       'message': {'ja': '{party_name}の「{name}」（{employment}）は、{party_name}ではなく{director}の指揮命令を受けると記録されています（偽装請負のおそれ）。',
                                   'en': '{name} ({employment}) of {party_name} is recorded as directed '
                                         'by {director}, not by {party_name} (a sign of disguised '
                                         'contracting).'},
                       'fix': {'ja': '{director}からの指示は{party_name}の責任者を通じて行い、{party_name}が自ら従事者を指揮命令するようにして{field.worker.directed_by}を空にしてください。{director}が直接指揮命令を続けるなら、その関係は労働者派遣として結び直す必要があります（根拠: '
                                     '{citation}）。',
                               'en': "Have {director}'s instructions go through {party_name}'s own lead, "
                                     'so that {party_name} directs its staff itself, and empty '
                                     '{field.worker.directed_by}. If {director} is to keep directing the '
                                     'worker in person, the relation must be set up as a dispatch (see '
                                     '{citation}).'}},
            'DSP003': {'slug': 'lead-directs-delegate-staff',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '受託者の作業責任者が再委託先の従事者を指揮監督する定め（偽装請負のおそれ）',
                                 'en': "The contractor's lead to direct a subcontractor's staff "
                                       '(disguised contracting)'},
                       'what': {'ja': 'テンプレートが受託者の作業責任者に再委託先の従事者まで指揮監督させている場合に、再委託先の従事者（その会社の作業責任者を除く）で、誰が指揮命令するか（directed_by）が記録されていない者を検出します。',
                                'en': "Where the template has the contractor's work lead direct and "
                                      "supervise a subcontractor's staff too, detects each worker of a "
                                      'subcontractor (its own work lead aside) for whom the chain does '
                                      'not record who directs them (directed_by).'},
                       'why': {'ja': '受託者の作業責任者が再委託先の従事者に直接指示すれば、再委託先は自ら従事者を管理していないことになり、実態は労働者派遣です（偽装請負、昭和61年労働省告示第37号第2条）。そのとき受託者は、従事者を実質的に指揮監督する者として使用者責任を問われえます（民法第715条）。指示を再委託先の責任者を通じて行うなら、再委託先が自ら指揮命令しています。',
                               'en': "If the contractor's lead instructs a subcontractor's staff in "
                                     'person, the subcontractor does not manage its own staff and the '
                                     'arrangement is dispatch in substance (disguised contracting: the '
                                     '1986 Ministry of Labour notice no. 37, art. 2); the contractor, '
                                     'directing the staff in substance, may then answer for them as '
                                     'employer (Civil Code art. 715). Where the instructions go through '
                                     "the subcontractor's own lead, the subcontractor directs its staff "
                                     'itself.'},
                       'bad': '{"id": "w7", "party": "sub", "employment": "regular", "roles": '
                              '["operator"]}',
                       'good': '{"id": "w7", "party": "sub", "employment": "regular", "roles": '
                               '["operator"], "directed_by": "sub"}',
                       'message': {'ja': '{party_name}の「{name}」（{employment}）を誰が指揮命令するかが記録されていないため、特記事項のとおり{contractor}の作業責任者（{leads}）が直接指揮監督するものとして扱いました。再委託先の従事者への直接の指示は偽装請負のおそれがあり、{contractor}が使用者責任を問われえます。',
                                   'en': 'Nothing records who directs {name} ({employment}) of '
                                         "{party_name}, so, as the provisions read, {contractor}'s work "
                                         'lead ({leads}) is taken to direct them in person. Direct '
                                         "instructions to a subcontractor's staff are a sign of disguised "
                                         'contracting and may make {contractor} answer for them as '
                                         'employer.'},
                       'fix': {'ja': '{contractor}の作業責任者の指示は{party_name}の責任者を通じて行い、{party_name}が自ら従事者を指揮命令するようにして、{field.worker.directed_by}に{party_name}を記録してください。{contractor}の作業責任者が直接指揮命令するなら、その関係は労働者派遣として結び直す必要があります（根拠: '
                                     '{citation}）。',
                               'en': "Have {contractor}'s work lead instruct {party_name}'s own lead, so "
                                     'that {party_name} directs its staff itself, and record {party_name} '
                                     "in {field.worker.directed_by}. If {contractor}'s lead is to direct "
                                     'the staff in person, the relation must be set up as a dispatch (see '
                                     '{citation}).'}},
            'PLC001': {'slug': 'place-not-approved',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '承認されていない作業場所', 'en': 'Work place not approved'},
                       'what': {'ja': '発注者の承認を要する場所で、承認の記録がないものを検出します。',
                                'en': "Detects a place needing the municipality's approval with none "
                                      'recorded.'},
                       'why': {'ja': '秘密情報を扱う場所は業務の着手前に承認を得ることが求められています。',
                               'en': 'Places where the information is handled must be approved before '
                                     'work begins.'},
                       'bad': '{"kind": "work", "approved_on": null}',
                       'good': '{"kind": "work", "approved_on": "2025-03-25"}',
                       'message': {'ja': '{party_name}の{kind}「{name}」に{term.municipality}の{term.approval}がありません。',
                                   'en': 'The {kind} {name} of {party_name} has no {term.approval}.'},
                       'fix': {'ja': '場所を申請して{term.approval}を得て、その日付を{field.place.approved_on}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Apply for the place and record the date of the {term.approval} in '
                                     '{field.place.approved_on} (see {citation}).'}},
            'PLC002': {'slug': 'place-approved-late',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '使用開始後に承認された場所', 'en': 'Place approved after use began'},
                       'what': {'ja': '場所の承認日が使用開始日より後のものを検出します。',
                                'en': 'Detects a place approved after it came into use.'},
                       'why': {'ja': '承認は原則として使用前に得るものです。場所の変更（後から使い始める場所）に事前の承認を求めるテンプレートでは、変更の承認が遅れたものは誤りとして示します。',
                               'en': 'Approval is to come before use, in principle. Where a template '
                                     'requires a change of place (a place first used later) to be '
                                     'approved beforehand, a late approval of a change is reported as an '
                                     'error.'},
                       'bad': '{"used_from": "2025-04-01", "approved_on": "2025-04-10"}',
                       'good': '{"used_from": "2025-04-01", "approved_on": "2025-03-25"}',
                       'message': {'ja': '{party_name}の{kind}「{name}」は {start} '
                                         'から使われていますが、{term.approval}は {done} です。',
                                   'en': 'The {kind} {name} of {party_name} was in use from {start} but '
                                         'approved on {done}.'},
                       'fix': {'ja': '使用開始後に{term.approval}となった事情を確認し、記録してください（根拠: {citation}）。',
                               'en': 'Find out why {term.approval} came after use began and record it '
                                     '(see {citation}).'}},
            'PLC003': {'slug': 'place-not-notified',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '届け出ていない保管場所', 'en': 'Storage place not notified'},
                       'what': {'ja': '電子データの保存先（クラウドを含む）で、発注者への届出の記録がないものを検出します。',
                                'en': 'Detects a data storage place (cloud included) not notified to the '
                                      'municipality.'},
                       'why': {'ja': '発注者は保存先を把握していなければ、事故の際に影響範囲を確認できません。',
                               'en': 'A municipality that does not know where data is kept cannot assess '
                                     'an incident.'},
                       'bad': '{"kind": "cloud", "notified_on": null}',
                       'good': '{"kind": "cloud", "provider": "…", "notified_on": "2025-03-25"}',
                       'message': {'ja': '{party_name}の{kind}「{name}」が{term.municipality}に届け出られていません。',
                                   'en': 'The {kind} {name} of {party_name} has not been notified to '
                                         '{term.municipality}.'},
                       'fix': {'ja': '所定の様式で届け出て、その日付を{field.place.notified_on}に記録してください（根拠: {citation}）。',
                               'en': 'Notify it on the prescribed form and record the date in '
                                     '{field.place.notified_on} (see {citation}).'}},
            'PLC004': {'slug': 'cloud-provider-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': 'クラウドの契約先が不明', 'en': 'Cloud provider not named'},
                       'what': {'ja': 'クラウドサービスの利用契約先が記載されていない保存先を検出します。',
                                'en': 'Detects a cloud storage place whose provider is not stated.'},
                       'why': {'ja': 'オンラインストレージを使う場合、利用契約先の情報を発注者に申し出ることが求められています。',
                               'en': 'Where online storage is used, the provider must be reported to the '
                                     'municipality.'},
                       'bad': '{"kind": "cloud", "name": "共有ストレージ"}',
                       'good': '{"kind": "cloud", "name": "共有ストレージ", "provider": "○○クラウド（○○株式会社）"}',
                       'message': {'ja': '{party_name}の{kind}「{name}」の契約先が記載されていません。',
                                   'en': 'The provider of the {kind} {name} of {party_name} is not '
                                         'stated.'},
                       'fix': {'ja': 'サービス名と契約先を{field.place.provider}に記載してください（根拠: {citation}）。',
                               'en': 'State the service and its provider in {field.place.provider} (see '
                                     '{citation}).'}},
            'PLC005': {'slug': 'work-place-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '作業場所が定められていない', 'en': 'No work place'},
                       'what': {'ja': '従事者がいるのに作業場所が一つも登録されていない当事者を検出します。',
                                'en': 'Detects a party with staff but no registered work place.'},
                       'why': {'ja': '秘密情報を扱う場所を定め、承認を得ることが求められています。',
                               'en': 'The places where the information is handled must be defined and '
                                     'approved.'},
                       'bad': '"places": []',
                       'good': '"places": [{"kind": "work", "party": "contractor", "approved_on": '
                               '"2025-03-25", ...}]',
                       'message': {'ja': '{party_name}の作業場所が登録されていません。',
                                   'en': 'No work place is registered for {party_name}.'},
                       'fix': {'ja': '作業場所を登録し、{term.approval}を得てください（根拠: {citation}）。',
                               'en': 'Register the work place and have it approved (see {citation}).'}},
            'DAT001': {'slug': 'data-beyond-delegator',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '委託元が持たない個人情報の委託', 'en': 'Data beyond what the delegator holds'},
                       'what': {'ja': '委託先に渡す個人情報の項目が、委託元が受け取った項目に含まれていないものを検出します。',
                                'en': 'Detects personal-data categories a delegation passes on that its '
                                      'delegator never received.'},
                       'why': {'ja': '委託元が受け取っていない情報を渡すことは、目的外の利用・提供にあたるか、記録の誤りです。ただし委託元が業務のために自ら収集・作成した情報であることもあるため、警告として示します。',
                               'en': 'Passing on data one never received is use or provision beyond '
                                     'purpose, or a wrong record. The delegator may, though, have '
                                     'collected or created it for the work itself: a warning.'},
                       'bad': '"contract": {"personal_data": ["氏名"]}, "delegations": [{"personal_data": '
                              '["氏名", "口座番号"]}]',
                       'good': '"delegations": [{"personal_data": ["氏名"]}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}で、{delegator}が受け取っていない項目が渡されています: '
                                         '{extra}',
                                   'en': 'The {kind} from {delegator} to {delegate} passes on categories '
                                         '{delegator} never received: {extra}'},
                       'fix': {'ja': '項目を確認し、委託元が受け取った範囲、または業務のために自ら収集・作成した範囲に限ってください（根拠: {citation}）。',
                               'en': 'Check the categories and keep to what the delegator received, or '
                                     'collected or created for the work itself (see {citation}).'}},
            'DAT002': {'slug': 'data-beyond-consent',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '承諾の範囲を超える個人情報', 'en': 'Data beyond the approval'},
                       'what': {'ja': '承諾書に記載された個人情報の項目を超える項目を委託先が受け取っているものを検出します。',
                                'en': 'Detects a delegate receiving personal-data categories its approval '
                                      'does not cover.'},
                       'why': {'ja': '承諾は申請された範囲の情報に対するものです。範囲外の情報は承諾なしに渡されています。',
                               'en': 'Approval covers what was applied for; anything more is passed on '
                                     'without consent.'},
                       'bad': '"personal_data": ["氏名", "住所", "電話番号"], "documents": [{"kind": "approval", '
                              '"personal_data": ["氏名", "住所"]}]',
                       'good': '"personal_data": ["氏名", "住所"], "documents": [{"kind": "approval", '
                               '"personal_data": ["氏名", "住所"]}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}で、{term.consent}の範囲外の項目が渡されています: '
                                         '{extra}',
                                   'en': 'The {kind} from {delegator} to {delegate} passes on categories '
                                         'outside the {term.consent}: {extra}'},
                       'fix': {'ja': '範囲の変更を申請して{term.consent}を得るか、渡す項目を{term.consent}の範囲に限ってください（根拠: '
                                     '{citation}）。',
                               'en': 'Apply for the wider scope, or keep to the approved categories (see '
                                     '{citation}).'}},
            'DAT003': {'slug': 'my-number-permission',
                       'severity': 'error',
                       'scope': 'statute',
                       'edge_status': 'missing',
                       'edge_why': {'ja': '番号法の許諾なし', 'en': 'no My Number permission'},
                       'title': {'ja': '特定個人情報の再委託に最初の委託者の許諾がない',
                                 'en': "My Number data passed on without the principal's permission"},
                       'what': {'ja': '個人番号を含む業務の再委託・再々委託で、最初の委託者（発注者）の許諾の記録がないものを検出します。テンプレートに関係なく適用します。',
                                'en': 'Detects a further delegation of My Number work without the '
                                      'permission of the original principal (the municipality). Applies '
                                      'whatever the template.'},
                       'why': {'ja': '番号法は、個人番号利用事務等の再委託を最初の委託者の許諾がある場合に限っています。',
                               'en': 'The My Number Act allows further delegation only with the original '
                                     "principal's permission."},
                       'bad': '"personal_data": ["個人番号"], "documents": []',
                       'good': '"personal_data": ["個人番号"], "documents": [{"kind": "approval", '
                               '"issued_by": "city", "personal_data": ["個人番号"]}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}は特定個人情報（{categories}）を含みますが、{principal}の許諾の記録がありません。',
                                   'en': 'The {kind} from {delegator} to {delegate} carries My Number '
                                         'data ({categories}) without permission from {principal}.'},
                       'fix': {'ja': '{principal}の許諾を得て、個人番号を含む範囲の{term.consent}として記録してください（根拠: '
                                     '{citation}）。',
                               'en': "Obtain {principal}'s permission covering the My Number data and "
                                     'record it as an {term.consent} (see {citation}).'}},
            'DAT004': {'slug': 'data-categories-missing',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '個人情報の項目が記載されていない', 'en': 'Personal-data categories not stated'},
                       'what': {'ja': '取り扱う個人情報の項目を記載していない契約・委託を検出します。',
                                'en': 'Detects a contract or delegation that does not state which '
                                      'personal-data categories it handles.'},
                       'why': {'ja': '項目がなければ、承諾の範囲や委託元の範囲を超えていないか確認できません。',
                               'en': 'Without the categories, nothing can be checked against the approval '
                                     "or the delegator's scope."},
                       'bad': '{"id": "d2", "personal_data": []}',
                       'good': '{"id": "d2", "personal_data": ["氏名", "住所"]}',
                       'message': {'ja': '個人情報の項目が記載されていません（{subject}）。',
                                   'en': 'No personal-data categories are stated ({subject}).'},
                       'fix': {'ja': '取り扱う個人情報の項目を{field.contract.personal_data}（委託では{field.delegation.personal_data}）に記載してください。',
                               'en': 'List the personal-data categories in {field.contract.personal_data} '
                                     '(for a delegation, {field.delegation.personal_data}).'}},
            'PER001': {'slug': 'period-outside-parent',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '上位の期間を超える委託期間', 'en': 'Period outside the tier above'},
                       'what': {'ja': '委託の期間が、委託元が受けている委託（または契約）の期間を超えているものを検出します。',
                                'en': 'Detects a delegation period that begins before, or ends after, the '
                                      'period of the work its delegator holds.'},
                       'why': {'ja': '委託元が持たない期間の業務を渡すことはできず、その期間は承諾の外にあるおそれがあります（チェーン形式の確認で、警告）。契約の終了日より後まで続く委託は、契約の終了時に返還・廃棄すべき情報を持ち続けることになるため、テンプレートの返還の条項により誤りとして示します。',
                               'en': 'A delegator cannot pass on work for a time it does not hold; that '
                                     "time may lie outside any approval (the chain format's own check: a "
                                     "warning). A delegation that runs past the contract's end keeps data "
                                     'that is to be returned or destroyed when the contract ends: an '
                                     "error, under the template's return clause."},
                       'bad': '"contract": {"period": {"end": "2026-03-31"}}, "delegations": [{"period": '
                              '{"end": "2026-09-30"}}]',
                       'good': '"delegations": [{"period": {"end": "2026-03-31"}}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の期間（{side}: '
                                         '{value}）が、上位の期間（{parent_value}）を超えています。',
                                   'en': 'The {kind} from {delegator} to {delegate} ({side} {value}) '
                                         'falls outside the period above it ({parent_value}).'},
                       'fix': {'ja': '期間を上位の委託の期間内に収めてください（根拠: {citation}）。',
                               'en': 'Bring the period within the period above (see {citation}).'}},
            'PER002': {'slug': 'period-inverted',
                       'severity': 'error',
                       'scope': 'structure',
                       'title': {'ja': '開始日が終了日より後', 'en': 'Start after end'},
                       'what': {'ja': '開始日が終了日より後になっている期間を検出します。',
                                'en': 'Detects a period whose start is after its end.'},
                       'why': {'ja': '期間が逆転していると、承諾の時期や期間の範囲が確認できません。',
                               'en': 'An inverted period makes timing and scope impossible to check.'},
                       'bad': '"period": {"start": "2026-04-01", "end": "2025-03-31"}',
                       'good': '"period": {"start": "2025-04-01", "end": "2026-03-31"}',
                       'message': {'ja': '期間の開始日 {start} が終了日 {end} より後です（{subject}）。',
                                   'en': 'The period starts on {start}, after its end {end} ({subject}).'},
                       'fix': {'ja': '開始日と終了日を確認してください。和暦の元号の取り違えにも注意してください。',
                               'en': 'Check both dates (a mistaken era in a Japanese date is a common '
                                     'cause).'}},
            'PER003': {'slug': 'period-missing',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '委託期間が記載されていない', 'en': 'Delegation period not stated'},
                       'what': {'ja': '開始日のない委託を検出します。',
                                'en': 'Detects a delegation without a start date.'},
                       'why': {'ja': '開始日がなければ、承諾が事前に得られたかを確認できません。',
                               'en': 'Without a start date, whether consent came first cannot be '
                                     'checked.'},
                       'bad': '{"id": "d2", "period": null}',
                       'good': '{"id": "d2", "period": {"start": "2025-04-01", "end": "2026-03-31"}}',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の期間が記載されていません。',
                                   'en': 'The {kind} from {delegator} to {delegate} states no period.'},
                       'fix': {'ja': '委託期間（開始日・終了日）を{field.delegation.period}に記載してください。',
                               'en': 'State the period (start and end) in {field.delegation.period}.'}},
            'DOC001': {'slug': 'document-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '定められた書類がない', 'en': 'Required document missing'},
                       'what': {'ja': 'プロファイルが定める書類（document_kinds）を、契約・事業者・委託・派遣労働者・従事者・場所のうち求められたものが持っていないことを検出します。どの書類を誰に求めるかはプロファイルの規則が決めます。書類は、委託では '
                                      'records、派遣労働者の派遣契約では dispatch_documents、そのほかでは documents に記録します。',
                                'en': 'Detects a contract, company, delegation, dispatched worker, worker '
                                      'or place lacking a document the profile declares (document_kinds) '
                                      "and requires of it; the profile's rule says which document of "
                                      'whom. The document is recorded under records on a delegation, '
                                      "dispatch_documents for a dispatched worker's dispatch link, and "
                                      'documents elsewhere.'},
                       'why': {'ja': '特記事項は申請書や承諾書だけでなく、誓約書、情報セキュリティの手順書、派遣契約など、委託以外のものについての書類も求めます。書類がなければ、求められた確認や約束がされたことを示せません。',
                               'en': "Provisions require documents beyond the delegation's own: pledges, "
                                     'security procedures, dispatch contracts. Without the document the '
                                     'confirmation or undertaking it records cannot be shown.'},
                       'bad': '"workers": [{"id": "w1", "name": "…", "documents": []}]   // profile: '
                              'DOC001 subject = "worker", document = "pledge"',
                       'good': '"workers": [{"id": "w1", "name": "…", "documents": [{"kind": "pledge", '
                               '"date": "2025-04-01"}]}]',
                       'message': {'ja': '{subject_kind}「{subject}」に{document}がありません。',
                                   'en': 'The {subject_kind} {subject} has no {document}.'},
                       'fix': {'ja': '{document}を用意し、{record_in:field}に記録してください（根拠: {citation}）。',
                               'en': 'Obtain the {document} and record it in {record_in:field} (see '
                                     '{citation}).'}},
            'DOC002': {'slug': 'document-late',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '書類の期限の後れ', 'en': 'Document after its deadline'},
                       'what': {'ja': 'プロファイルが定める書類の最初のものが、期限（業務の開始前、または開始から所定の日数以内）より後の日付であることを検出します。',
                                'en': 'Detects the first of a declared document dated after its deadline '
                                      "(before the subject's work starts, or within the stated days of "
                                      'it).'},
                       'why': {'ja': '事前に求められた書類が後から出されても、その間の業務は求めを満たしていません。',
                               'en': 'A document required beforehand and produced afterwards leaves the '
                                     'work in between outside the requirement.'},
                       'bad': '"places": [{"used_from": "2025-04-01", "documents": [{"kind": '
                              '"security_check", "date": "2025-05-10"}]}]',
                       'good': '"places": [{"used_from": "2025-04-01", "documents": [{"kind": '
                               '"security_check", "date": "2025-03-25"}]}]',
                       'message': {'ja': '{subject_kind}「{subject}」の{document}は {date} 付ですが、期限は {due} です。',
                                   'en': 'The {document} of the {subject_kind} {subject} is dated {date}; '
                                         'it was due by {due}.'},
                       'fix': {'ja': '期限に後れた事情を確認して記録し、{term.municipality}に報告してください（根拠: {citation}）。',
                               'en': 'Find out why it came late, record the reason and report it to '
                                     '{term.municipality} (see {citation}).'}},
            'DOC003': {'slug': 'document-terms-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '書類に定めるべき事項の不足', 'en': 'Document lacks required terms'},
                       'what': {'ja': 'プロファイルが定める書類の最新のものが、記載すべき事項（規則の states）のすべてを記載していない（documents の '
                                      'states にない）ことを検出します。',
                                'en': 'Detects the latest of a declared document not stating every term '
                                      "the profile's rule requires (its states)."},
                       'why': {'ja': '派遣契約や手順書に定めるべき事項が欠けていれば、その事項について相手方を拘束できません。',
                               'en': 'A dispatch contract or procedure missing a required term does not '
                                     'bind the other side to it.'},
                       'bad': '"documents": [{"kind": "dispatch_contract", "states": ["業務の内容"]}]   // '
                              'required: 業務の内容, 秘密の保持',
                       'good': '"documents": [{"kind": "dispatch_contract", "states": ["業務の内容", '
                               '"秘密の保持"]}]',
                       'message': {'ja': '{subject_kind}「{subject}」の{document}に記載がない事項: {missing}',
                                   'en': 'The {document} of the {subject_kind} {subject} does not state: '
                                         '{missing}'},
                       'fix': {'ja': '{document}に不足する事項を定め、{field.record.states}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Add the missing terms to the {document} and record them in '
                                     '{field.record.states} (see {citation}).'}},
            'DOC004': {'slug': 'document-wrong-issuer',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '書類を出すべき者の違い', 'en': 'Document from the wrong party'},
                       'what': {'ja': 'プロファイルが誰の出す書類かを定めている（規則の issued_by: 市、受託者、委託先、委託元）のに、記録された書類の '
                                      'issued_by（または submitted_by）が別の事業者であることを検出します。出した者の記録がない書類は比べません。',
                                'en': 'Detects a declared document whose recorded issued_by (or '
                                      "submitted_by) is another party than the one the profile's rule "
                                      'names (its issued_by: the municipality, the contractor, the '
                                      'delegate or the delegator). A document without a recorded issuer '
                                      'is not compared.'},
                       'why': {'ja': '誓約や確認は、それを負う者が出して初めて効力を持ちます。別の者の書類では、求められた者の約束や確認になりません。',
                               'en': 'A pledge or confirmation binds the one who gives it; another '
                                     "party's document is not the undertaking of the one required to give "
                                     'it.'},
                       'bad': '"records": [{"kind": "pledge", "issued_by": "aoba"}]   // profile: DOC004 '
                              'subject = "delegation", issued_by = "delegate"',
                       'good': '"records": [{"kind": "pledge", "issued_by": "towa"}]',
                       'message': {'ja': '{subject_kind}「{subject}」の{document}は{issuer}が出していますが、出すべき者は{expected}です。',
                                   'en': 'The {document} of the {subject_kind} {subject} was issued by '
                                         '{issuer}; it is for {expected} to issue.'},
                       'fix': {'ja': '{expected}から{document}を受け、記録してください（根拠: {citation}）。',
                               'en': 'Obtain the {document} from {expected} and record it (see '
                                     '{citation}).'}},
            'DOC005': {'slug': 'document-not-renewed-after-change',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '変更後の書類の更新がない', 'en': 'Document not renewed after a change'},
                       'what': {'ja': 'プロファイルが変更のたびに書類の更新を求めている（規則の renew = '
                                      '"on_change"）のに、対象の変更（changed_on と changes '
                                      'のそれぞれ）に応じて改めた書類がないことを検出します。書類はその日付の時点の対象を確かめるので、変更の日から次の変更の前までに書類がなければ、その変更は改められていません（最初の書類より前の変更は除きます）。due '
                                      '= "before_change" なら、最初の書類のほかの書類が変更に日付の順に一つずつ答え、答える書類のない変更を示します。',
                                'en': "Detects, where the profile's rule has a document renewed on each "
                                      'change (renew = "on_change"), a change of the subject (changed_on, '
                                      'and each of its changes) for which no renewed document was made. A '
                                      'document confirms the subject as it stands on its date, so a '
                                      'change with no document dated from it until the next change is not '
                                      'renewed (changes before the first document aside). With due = '
                                      '"before_change", the documents besides the first answer the '
                                      'changes one each, in date order, and a change none answers is '
                                      'shown.'},
                       'why': {'ja': '変更前の書類は変更後の体制を確認していません。変更のたびに確認し直すことが求められているときは、古い確認では足りません。',
                               'en': 'A document from before the change does not confirm what holds after '
                                     'it; where each change is to be confirmed again, the old '
                                     'confirmation does not do.'},
                       'bad': '"contract": {"changes": [{"date": "2025-07-01"}, {"date": "2025-09-01"}], '
                              '"documents": [{"kind": "security_procedure", "date": "2025-04-10"}, '
                              '{"kind": "security_procedure", "date": "2025-09-05"}]}',
                       'good': '"documents": [{"kind": "security_procedure", "date": "2025-04-10"}, '
                               '{"kind": "security_procedure", "date": "2025-07-03"}, {"kind": '
                               '"security_procedure", "date": "2025-09-05"}]',
                       'message': {'ja': '{subject_kind}「{subject}」は {changed} '
                                         'に変更されましたが、その変更に応じて改めた{document}がありません（変更の前の最新は {date} 付です）。',
                                   'en': 'The {subject_kind} {subject} changed on {changed}, but no '
                                         '{document} was renewed for that change (the latest before it is '
                                         'dated {date}).'},
                       'fix': {'ja': '変更後の内容で{document}を改め、{subject_kind}の {field} に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Renew the {document} for the change and record it under the '
                                     "{subject_kind}'s {field} (see {citation})."}},
            'DOC006': {'slug': 'document-renewal-overdue',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '定期の更新の後れ', 'en': 'Periodic renewal overdue'},
                       'what': {'ja': 'プロファイルが書類を一定の月数ごとに更新することを求めている（規則の '
                                      'renew_months）のに、次の書類がその月数を過ぎて出されたこと、または基準日（as_of）に最新の書類がその月数を過ぎていることを検出します。',
                                'en': "Detects, where the profile's rule has a document renewed every so "
                                      'many months (renew_months), the next one dated after that '
                                      "interval, or the latest one older than it on the chain's date "
                                      '(as_of).'},
                       'why': {'ja': '定期の確認は、間が空けばその間の状態を確認していないことになります。',
                               'en': 'A periodic confirmation leaves the time past its interval '
                                     'unconfirmed.'},
                       'bad': '"documents": [{"kind": "security_check", "date": "2025-04-01"}, {"kind": '
                              '"security_check", "date": "2025-11-01"}]   // renew_months = 6',
                       'good': '"documents": [{"kind": "security_check", "date": "2025-04-01"}, {"kind": '
                               '"security_check", "date": "2025-10-01"}]',
                       'message': {'ja': '{subject_kind}「{subject}」の{document}は {previous} 付のものが、更新の期限 '
                                         '{due} までに更新されていません（{date} 現在）。',
                                   'en': 'The {document} of the {subject_kind} {subject} of {previous} '
                                         'was not renewed by {due} (as at {date}).'},
                       'fix': {'ja': '{document}を更新し、後れた事情を記録してください（根拠: {citation}）。',
                               'en': 'Renew the {document} and record why it came late (see '
                                     '{citation}).'}},
            'PRT001': {'slug': 'forbidden-part',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '委ねられない部分の再委託', 'en': 'Part that may not be passed on'},
                       'what': {'ja': '委託が、プロファイルが委ねることを禁じる業務の部分（parts '
                                      'の、主たる部分など）を含んでいることを検出します（delegations の parts）。',
                                'en': 'Detects a delegation passing on a part of the work the profile '
                                      'forbids to pass on (its parts, such as the principal parts), as '
                                      "the delegation's parts state."},
                       'why': {'ja': '総合的な企画・業務遂行の管理・手法の決定・技術的な判断などの主たる部分は、承諾があっても委ねられないと定めるテンプレートがあります。',
                               'en': 'Some templates forbid passing on the principal parts (overall '
                                     'planning, management of the work, choice of method, technical '
                                     'judgement) even with consent.'},
                       'bad': '"delegations": [{"id": "d1", "parts": ["management"]}]   // profile: '
                              'PRT001 parts = ["management"]',
                       'good': '"delegations": [{"id": "d1", "parts": ["data_entry"]}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}は、委ねられない部分（{part}）を含んでいます。',
                                   'en': 'The {kind} from {delegator} to {delegate} passes on a part that '
                                         'may not be passed on: {part}.'},
                       'fix': {'ja': '{part}は{term.contractor}が自ら行い、委託の範囲から除いてください（根拠: {citation}）。',
                               'en': 'Keep the {part} with {term.contractor} and take it out of the '
                                     'delegation (see {citation}).'}},
            'PRT002': {'slug': 'whole-work-passed-on',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '業務の一括した再委託', 'en': 'Whole work passed on en bloc'},
                       'what': {'ja': '業務の全部を一括して委ねている委託（delegations の whole）を検出します。',
                                'en': 'Detects a delegation passing the whole work on en bloc (the '
                                      "delegation's whole)."},
                       'why': {'ja': '業務の全部を一括して委ねることは、承諾の有無にかかわらず禁じられていることが多く、受託者が業務を行っていないことになります。',
                               'en': 'Passing the whole work on en bloc is commonly forbidden whatever '
                                     'the consent: the contractor would no longer be doing the work.'},
                       'bad': '"delegations": [{"id": "d1", "whole": true}]',
                       'good': '"delegations": [{"id": "d1", "whole": false, "parts": ["data_entry"]}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}は、業務の全部を一括して委ねています。',
                                   'en': 'The {kind} from {delegator} to {delegate} passes the whole work '
                                         'on en bloc.'},
                       'fix': {'ja': '業務の一部に限って委ねてください（根拠: {citation}）。',
                               'en': 'Pass on only part of the work (see {citation}).'}},
            'AMT001': {'slug': 'share-over-limit',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '契約金額に占める割合の超過',
                                 'en': 'Share of the contract amount over the limit'},
                       'what': {'ja': '委託の金額（delegations の amount）が契約金額（contract の '
                                      'amount）に占める割合が、プロファイルの上限（max_percent）を超えていることを検出します。金額のない委託は確かめません。',
                                'en': "Detects a delegation whose amount is over the profile's share "
                                      '(max_percent) of the contract amount; delegations without an '
                                      'amount are not compared.'},
                       'why': {'ja': '契約金額の半分を超える再委託に審査を求め、または認めないテンプレートがあります。割合が大きいほど、受託者が業務を行っているとは言えなくなります。',
                               'en': 'Templates review or refuse passing on more than half the contract '
                                     'amount: the larger the share, the less the contractor is doing the '
                                     'work.'},
                       'bad': '"contract": {"amount": 10000000}, "delegations": [{"amount": 6000000}]   '
                              '// max_percent = 50',
                       'good': '"contract": {"amount": 10000000}, "delegations": [{"amount": 3000000}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の金額（{amount} 円）は契約金額（{total} 円）の '
                                         '{share}% で、上限の {max_percent}% を超えています。',
                                   'en': 'The {kind} from {delegator} to {delegate} is {amount} yen, '
                                         '{share}% of the contract amount ({total} yen), over the limit '
                                         'of {max_percent}%.'},
                       'fix': {'ja': '委ねる範囲を減らすか、{term.municipality}の審査を受けてください（根拠: {citation}）。',
                               'en': 'Pass on less, or have it reviewed by {term.municipality} (see '
                                     '{citation}).'}},
            'ELG001': {'slug': 'ineligible-delegate',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '委託先の不適格', 'en': 'Ineligible delegate'},
                       'what': {'ja': '委託の開始日に、委託先に指名停止・破産や債務超過・反社会的勢力との判定の記録（parties の '
                                      'statuses）があることを検出します。',
                                'en': 'Detects a delegate that, on the day the delegation starts, is '
                                      'under a recorded suspension from bidding, insolvency, or a finding '
                                      "of links to organised crime (the party's statuses)."},
                       'why': {'ja': '指名停止の期間中の者や反社会的勢力などへの再委託は、承諾を得ていても認めないテンプレートがあります。',
                               'en': 'Templates exclude such delegates even where consent was given.'},
                       'bad': '"parties": [{"id": "s1", "statuses": [{"kind": "bidding_suspension", '
                              '"start": "2025-04-01", "end": "2025-09-30"}]}]   // delegation starts '
                              '2025-05-01',
                       'good': '"parties": [{"id": "s1", "statuses": [{"kind": "bidding_suspension", '
                               '"start": "2024-04-01", "end": "2024-09-30"}]}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}は、{delegate}が{status}の期間中（{on}）に始まっています。',
                                   'en': 'The {kind} from {delegator} to {delegate} starts ({on}) while '
                                         '{delegate} is under {status}.'},
                       'fix': {'ja': 'この委託先への委託をやめ、{term.municipality}と協議してください（根拠: {citation}）。',
                               'en': 'Do not delegate to this company; consult {term.municipality} (see '
                                     '{citation}).'}},
            'ELG002': {'slug': 'delegate-not-vetted',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '委託先の選定の記録がない', 'en': 'No record of vetting the delegate'},
                       'what': {'ja': '委託先について、個人情報を適切に保護できる者として選んだ記録（statuses の vetted）がないことを検出します。',
                                'en': 'Detects a delegate with no record of being chosen as one that '
                                      'protects personal data adequately (a vetted status).'},
                       'why': {'ja': '個人情報保護法は委託先の監督を求め、テンプレートは適切な者を選ぶことを求めます。選んだ記録がなければ、そうしたことを示せません。',
                               'en': 'The APPI requires supervising delegates and templates require '
                                     'choosing adequate ones; without a record that cannot be shown.'},
                       'bad': '"parties": [{"id": "s1", "statuses": []}]',
                       'good': '"parties": [{"id": "s1", "statuses": [{"kind": "vetted", "start": '
                               '"2025-03-15", "reference": "選定記録第3号"}]}]',
                       'message': {'ja': '{delegator}から{delegate}への{kind}で、{delegate}を選んだ記録がありません。',
                                   'en': 'The {kind} from {delegator} to {delegate} has no record of how '
                                         '{delegate} was vetted.'},
                       'fix': {'ja': '委託先を選んだ根拠を確かめ、その記録を委託先の{field.party.statuses}に適切な保護の確認・選定の記録として残してください（根拠: '
                                     '{citation}）。',
                               'en': 'Record how the delegate was chosen, as a vetting record in the '
                                     "delegate's {field.party.statuses} (see {citation})."}},
            'LOC001': {'slug': 'place-location-not-allowed',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '認められない所在の場所', 'en': 'Place where it may not be'},
                       'what': {'ja': '場所の所在（places の location）が、プロファイルの認める所在でないことを検出します: '
                                      '庁舎内でなければならない場所が庁舎外にある、認められた国の外にある（クラウドの保存先を含む）。',
                                'en': 'Detects a place whose stated location the profile does not allow: '
                                      "off the municipality's premises where it must be on them, or "
                                      "outside the countries allowed (a cloud's storage included)."},
                       'why': {'ja': '作業を庁舎内に限り、または国外での保管を認めないテンプレートがあります。所在によって適用される法令や監督の方法が変わります。',
                               'en': 'Templates confine the work to the premises, or refuse storage '
                                     'abroad: where data sits decides which law applies and how it can be '
                                     'supervised.'},
                       'bad': '"places": [{"kind": "cloud", "location": {"country": "US"}}]   // profile: '
                              'LOC001 countries = ["JP"]',
                       'good': '"places": [{"kind": "cloud", "location": {"country": "JP", "region": '
                               '"ap-northeast-1"}}]',
                       'message': {'ja': '{party_name}の{kind}「{name}」の所在（{where}）は認められていません（認められるのは '
                                         '{allowed}）。',
                                   'en': 'The {kind} {name} of {party_name} is at {where}, which is not '
                                         'allowed (allowed: {allowed}).'},
                       'fix': {'ja': '認められた所在の場所に移すか、{term.municipality}の{term.approval}を得てください（根拠: '
                                     '{citation}）。',
                               'en': 'Move it to an allowed location, or obtain {term.approval} from '
                                     '{term.municipality} (see {citation}).'}},
            'LOC002': {'slug': 'place-location-unknown',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '場所の所在が不明', 'en': 'Place location not stated'},
                       'what': {'ja': 'プロファイルが所在を限る場所について、所在（庁舎内外、国）が書かれていないことを検出します。',
                                'en': 'Detects a place the profile restricts whose location (on or off '
                                      'the premises, the country) is not stated.'},
                       'why': {'ja': '所在が分からなければ、認められた場所かどうかを確かめられません。',
                               'en': 'Without its location a place cannot be checked against the '
                                     'restriction.'},
                       'bad': '"places": [{"kind": "cloud", "provider": "…"}]',
                       'good': '"places": [{"kind": "cloud", "provider": "…", "location": {"country": '
                               '"JP"}}]',
                       'message': {'ja': '{party_name}の{kind}「{name}」の所在が書かれていません。',
                                   'en': 'The location of the {kind} {name} of {party_name} is not '
                                         'stated.'},
                       'fix': {'ja': '{field.place.location}に庁舎の内か外かと国を書いてください（根拠: {citation}）。',
                               'en': 'State whether it is on the premises and its country in '
                                     '{field.place.location} (see {citation}).'}},
            'REQ001': {'slug': 'request-unanswered',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '求めに応じていない', 'en': 'Request not answered in time'},
                       'what': {'ja': '契約に記録された発注者の求め（contract の requests: '
                                      '再委託契約書の写し、再委託先の名称、手続など）に、所定の日数のうちに応じていないことを検出します。',
                                'en': 'Detects a request of the municipality recorded on the contract (a '
                                      "copy of the subcontract, the subcontractors' names, the procedure) "
                                      "not answered within the profile's days."},
                       'why': {'ja': '求めがあったときにだけ生じる義務を定めるテンプレートがあります。求めの記録と応じた日がなければ、その義務を果たしたことを示せません。',
                               'en': 'Some duties arise only on request; without the request and the date '
                                     'it was answered, meeting them cannot be shown.'},
                       'bad': '"contract": {"requests": [{"kind": "subcontract_copy", "date": '
                              '"2025-06-01"}]}',
                       'good': '"contract": {"requests": [{"kind": "subcontract_copy", "date": '
                               '"2025-06-01", "answered_on": "2025-06-05"}]}',
                       'message': {'ja': '{date} の求め（{request}）に期限（{due}）までに応じていません（応じた日: {answered_on}）。',
                                   'en': 'The request of {date} ({request}) was not answered by {due} '
                                         '(answered: {answered_on}).'},
                       'fix': {'ja': '求められたものを{term.municipality}に出し、{field.request.answered_on}を記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Give {term.municipality} what it asked for and record '
                                     '{field.request.answered_on} (see {citation}).'}},
            'END001': {'slug': 'end-record-missing',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '契約の終了後の返還・廃棄の記録がない',
                                 'en': 'No return or destruction record after the end'},
                       'what': {'ja': 'チェーンの基準日（contract の '
                                      'as_of）が契約期間の終了日より後のとき、個人情報を受け取った事業者（受託者は契約の、委託先はその委託の個人情報）のうちプロファイルの規則が求める段階の事業者が、返還・廃棄・消去の記録（プロファイルが定める書類の種類）を '
                                      'documents に持っていないことを検出します。',
                                'en': "Where the chain's date (the contract's as_of) is after the "
                                      "contract period's end, detects a company that received personal "
                                      "data (the contractor the contract's, a delegate its delegation's), "
                                      "at a tier the profile's rule names, with no record of the data's "
                                      'return, destruction or erasure (a document kind the profile '
                                      'declares) among its documents.'},
                       'why': {'ja': '特記事項は契約の終了時に個人情報を返還し、または廃棄・消去することを求めます。記録がなければ、その事業者がまだ個人情報を持っている可能性を否定できず、発注者は終了を確かめられません。',
                               'en': 'The provisions require the data back, destroyed or erased when the '
                                     'contract ends. Without a record, the company may still hold it, and '
                                     'the municipality cannot show the end.'},
                       'bad': '"contract": {"period": {"end": "2026-03-31"}, "as_of": "2026-05-01"}, '
                              '"parties": [{"id": "towa", "documents": []}]',
                       'good': '"parties": [{"id": "towa", "documents": [{"kind": "disposal_certificate", '
                               '"date": "2026-04-10"}]}]',
                       'message': {'ja': '契約は {end} に終了していますが（基準日 '
                                         '{as_of}）、個人情報を受け取った{party_name}に返還・廃棄の記録（{records}）がありません。',
                                   'en': 'The contract ended on {end} (as of {as_of}), but {party_name}, '
                                         'which received personal data, has no record of its return or '
                                         'destruction ({records}).'},
                       'fix': {'ja': '{party_name}が持つ個人情報を返還させ、または廃棄・消去させて、その記録（{records}のいずれか）を日付とともに{field.party.documents}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Have {party_name} return, destroy or erase the data it holds, and '
                                     'record it (one of: {records}), dated, in {field.party.documents} '
                                     '(see {citation}).'}},
            'END002': {'slug': 'disposal-not-approved',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '廃棄の事前の承諾がない', 'en': 'Disposal without prior approval'},
                       'what': {'ja': '事業者の documents '
                                      'にある廃棄・消去の記録について、廃棄する情報の項目・媒体・数量・方法・予定日の申請に対する承諾（プロファイルの規則の '
                                      'approval の種類）が、その廃棄の日以前にないことを検出します。',
                                'en': "Detects a disposal or erasure recorded among a company's documents "
                                      "with no approval of the disposal plan (the kind the profile's rule "
                                      'names as approval) dated on or before it.'},
                       'why': {'ja': '廃棄・消去の前に、何をどの媒体からどの方法で、いつ消すかを申請して承諾を得ることを求めるテンプレートがあります。承諾のない廃棄は、正しく消されたことを発注者が確かめる機会を失わせます。',
                               'en': 'Some templates require the disposal plan (what, which media, how '
                                     'much, how, when) applied for and approved before the data is '
                                     'erased. A disposal without it deprives the municipality of its '
                                     'chance to check the erasure.'},
                       'bad': '"documents": [{"kind": "disposal_report", "date": "2026-04-10"}]',
                       'good': '"documents": [{"kind": "disposal_approval", "date": "2026-04-03"}, '
                               '{"kind": "disposal_report", "date": "2026-04-10"}]',
                       'message': {'ja': '{party_name}の{record}（{date}）について、それ以前の{approval}がありません（{approval}の日付: '
                                         '{approved_on}）。',
                                   'en': "{party_name}'s {record} ({date}) has no {approval} dated on or "
                                         'before it ({approval} dated: {approved_on}).'},
                       'fix': {'ja': '廃棄・消去の前に計画を{term.municipality}に申請して承諾を得る手順とし、後から承諾を得た事情を確認して記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Apply to {term.municipality} for the disposal plan and have it '
                                     'approved before erasing; find out why this one was not and record '
                                     'it (see {citation}).'}},
            'END003': {'slug': 'return-not-direct',
                       'severity': 'error',
                       'scope': 'template',
                       'title': {'ja': '発注者に直接返還していない',
                                 'en': 'Data not returned to the municipality directly'},
                       'what': {'ja': '事業者の返還の記録（プロファイルの規則の records '
                                      'の種類）が、発注者以外の者を受け取った者（issued_by）としていることを検出します。受け取った者の書かれていない記録は確かめません。',
                                'en': "Detects a return record (a kind of the profile's rule's records) "
                                      'naming someone other than the municipality as who received the '
                                      'data (issued_by). A record naming no receiver is not checked.'},
                       'why': {'ja': '提供を受けた情報（複製を含む）を発注者に直接返却することを求めるテンプレートがあります。委託元や他の事業者を経た返還は、写しが途中に残るおそれを残します。',
                               'en': 'Some templates require the information (copies included) returned '
                                     'directly to the municipality. A return passed up through the '
                                     'delegator or anyone else may leave copies on the way.'},
                       'bad': '"documents": [{"kind": "return_receipt", "date": "2026-04-10", '
                              '"issued_by": "aoba"}]',
                       'good': '"documents": [{"kind": "return_receipt", "date": "2026-04-10", '
                               '"issued_by": "city"}]',
                       'message': {'ja': '{party_name}の{record}は、受け取った者を{received_by}としています（{term.municipality}への直接の返還ではありません）。',
                                   'en': "{party_name}'s {record} names {received_by} as receiving the "
                                         'data, not {term.municipality} directly.'},
                       'fix': {'ja': '個人情報（複製を含む）を{term.municipality}に直接返還させ、{term.municipality}の受領を記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Have the data, copies included, returned to {term.municipality} '
                                     'directly, and record its receipt (see {citation}).'}},
            'END004': {'slug': 'end-record-misdated',
                       'severity': 'warning',
                       'scope': 'template',
                       'title': {'ja': '返還・廃棄の記録の日付が不明・前すぎる',
                                 'en': 'Return or destruction record undated or too early'},
                       'what': {'ja': '事業者の返還・廃棄・消去の記録（プロファイルの規則の records '
                                      'の種類）に日付がない、またはその事業者がこの契約の業務を始めた日（その委託の開始日、受託者は契約の開始日）より前の日付であることを検出します。',
                                'en': 'Detects a return, destruction or erasure record (a kind of the '
                                      "profile's rule's records) that is undated, or dated before the "
                                      "company began work on this contract (its delegation's start; the "
                                      "contract's, for the contractor)."},
                       'why': {'ja': '返還・廃棄の記録は、いつ個人情報がなくなったかを示すものです。日付がなければ契約の終了の後かを確かめられず、業務の開始より前の日付の記録はこの契約の個人情報についてのものではありません。',
                               'en': 'A return or destruction record shows when the data ceased to be '
                                     'held. Undated, it cannot show it was after the end; dated before '
                                     "the work began, it is not about this contract's data."},
                       'bad': '"documents": [{"kind": "disposal_certificate"}]',
                       'good': '"documents": [{"kind": "disposal_certificate", "date": "2026-04-10"}]',
                       'message': {'ja': '{party_name}の{record}の日付（{date}）からは、この契約の個人情報の返還・廃棄を示せません（業務の開始: '
                                         '{start}）。',
                                   'en': "The date of {party_name}'s {record} ({date}) cannot show the "
                                         "return or destruction of this contract's data (work began: "
                                         '{start}).'},
                       'fix': {'ja': '返還・廃棄・消去を行った日を{field.record.date}に書き、この契約の個人情報についての記録であることを確かめてください（根拠: '
                                     '{citation}）。',
                               'en': 'Record the day of the return, destruction or erasure in '
                                     '{field.record.date}, and make sure the record is about this '
                                     "contract's data (see {citation})."}}}


def _liability_reasons():
    return {'ambiguous_id': {'ja': '「{shown}」は当事者と従事者の両方の id です。party:{shown} または worker:{shown} '
                                   'と指定してください。',
                             'en': '“{shown}” is both a party id and a worker id; say party:{shown} or '
                                   'worker:{shown}.'},
            'dispatch_agency': {'ja': '{name}は派遣元で、委託された業務を行いません。派遣労働者による事故は、指揮命令する派遣先に帰属します。従事者の id '
                                      'を指定してください（この派遣元の派遣労働者: {listed}）。',
                                'en': '{name} is a dispatch agency and does none of the delegated work; '
                                      'an incident by a dispatched worker attaches to the host that '
                                      "directs them. Give the worker's id (workers dispatched by it: "
                                      '{listed}).'},
            'dispatched_listed': {'ja': '{worker}（{host}）', 'en': '{worker} ({host})'},
            'dispatched_none': {'ja': 'なし', 'en': 'none'},
            'worker_host_missing': {'ja': '従事者 {worker} の就業先 {host} が当事者にありません。',
                                    'en': 'Worker {worker} works at {host}, which is not a party.'},
            'unknown_id': {'ja': '「{shown}」という当事者・従事者はありません。',
                           'en': 'No party or worker with id “{shown}”.'},
            'no_contractor': {'ja': '契約の{term.contractor}が当事者にないため、責任を判断できません。',
                              'en': 'The contract names no contractor among the parties.'},
            'dispatched_worker': {'ja': '{worker}は{agency}から派遣され、{host}の指揮命令を受けて働く派遣労働者です。事故は派遣元ではなく、指揮命令する派遣先の{host}に帰属させて検討します。',
                                  'en': '{worker} is dispatched by {agency} and directed by {host}; the '
                                        'incident attaches to the host that directs the worker, not to '
                                        'the agency.'},
            'worker_at': {'ja': '{worker}（{employment}）は{host}で働く従事者です。事故は{host}に帰属させて検討します。',
                          'en': '{worker} ({employment}) works at {host}; the incident attaches to '
                                '{host}.'},
            'placed_at_party': {'ja': '事故は{name}で起きたものとして検討します（{where}）。',
                                'en': 'The incident is taken to happen at {name} ({where}).'},
            'where_contractor': {'ja': '{term.contractor}', 'en': '{term.contractor}'},
            'path': {'ja': '経路: {names}', 'en': 'Path: {names}'},
            'path_extended': {'ja': '{head} → {name}', 'en': '{head} → {name}'},
            'other_paths': {'ja': '{host}は{delegators}からも委託を受けています（CHN006）。事故がどの委託の業務で起きたかによっては、その経路の当事者も責任を負い得ます。ここでは最も短い経路で検討しています。',
                            'en': '{host} is also delegated work by {delegators} (CHN006). Depending on '
                                  'which work the incident was in, parties on that path may answer too; '
                                  'the shortest path is assessed here.'},
            'at_municipality': {'ja': '{term.municipality}自身での事故であり、{term.contractor}の責任は問題になりません。{term.municipality}自身の安全管理の義務と、個人情報保護委員会への報告・本人への通知（個人情報保護法第66条第1項、第68条）が問題になります。',
                                'en': 'The incident is at {term.municipality} itself; no contractor '
                                      "answers. The municipality's own duty of safe management and its "
                                      'report to the Commission and notice to the individuals are in '
                                      'question (APPI arts. 66(1) and 68).'},
            'unreached': {'ja': '{host}はどの委託からも到達しません。委託関係の外で業務に関わっています。',
                          'en': 'No delegation reaches {host}: it took part outside the chain.'},
            'direct': {'ja': '{contractor}は{term.municipality}と契約を締結した{term.contractor}です。{term.provisions}の義務に違反して{term.municipality}に損害を与えれば、{damages}と債務不履行（民法第415条）により直接責任を負います。',
                       'en': '{contractor} is {term.contractor}, party to the contract: a breach of '
                             '{term.provisions} causing loss makes it liable directly under {damages} and '
                             'Civil Code art. 415.'},
            'damages_clause': {'ja': '損害賠償の条項', 'en': 'the damages clause'},
            'template_silent': {'ja': 'テンプレートは{kind}先の行為についての{term.contractor}の責任を定めていません。',
                                'en': "The template says nothing of {term.contractor}'s liability for a "
                                      '{kind} delegate.'},
            'general_law': {'ja': '{contractor}は債務の履行のために{delegate}を使っており、その者の行為について一般の契約法（民法第415条、履行補助者）により責任を負うと考えられます。{term.provisions}の条項ではありません。',
                            'en': '{contractor} uses {delegate} to perform its obligations and answers '
                                  'for it under general contract law (Civil Code art. 415); this is not a '
                                  'clause of {term.provisions}.'},
            'staff_silent': {'ja': 'テンプレートは正社員以外の労働者の行為についての{term.contractor}の責任を特に定めていません。',
                             'en': "The template says nothing in particular of {term.contractor}'s "
                                   'liability for non-regular staff.'},
            'staff_general_law': {'ja': '{worker}（{employment}）は{contractor}が債務の履行のために使う者（履行補助者）です。{contractor}はその行為について、雇用の形にかかわらず一般の契約法（民法第415条）により責任を負うと考えられます。{term.provisions}の条項ではありません。',
                                  'en': '{worker} ({employment}) is someone {contractor} uses to perform '
                                        'its obligations: {contractor} answers for their acts under '
                                        'general contract law (Civil Code art. 415), whatever their '
                                        'employment; this is not a clause of {term.provisions}.'},
            'joint': {'ja': 'テンプレートにより、{contractor}は{kind}先である{delegate}の行為について、{delegate}と連帯して{term.municipality}に責任を負います。この条項は契約の当事者である{contractor}だけを拘束し、経路上の他の事業者を{term.municipality}の債務者にはしません。',
                      'en': 'Under the template {contractor} answers to {term.municipality} for the acts '
                            'of {delegate}, its {kind} delegate, jointly and severally with it. The '
                            'clause binds {contractor}, the party to the contract, only: it makes no '
                            "other party on the path {term.municipality}'s debtor."},
            'joint_claim': {'ja': '{term.municipality}は{contractor}に全部の履行を請求できます（民法第436条）。{delegate}自身が{term.municipality}に責任を負うかは、不法行為（民法第709条・第715条）や{delegate}が{term.municipality}に直接差し入れた誓約など別の根拠によります。{contractor}と{delegate}の間では、相対的効力（同第441条）と求償（同第442条）、そして再委託契約によります。',
                            'en': 'The municipality may claim the whole from {contractor} (Civil Code '
                                  'art. 436). Whether {delegate} itself answers to {term.municipality} '
                                  'rests on other grounds: tort (arts. 709 and 715), or a pledge it gave '
                                  '{term.municipality} directly. Between {contractor} and {delegate}, '
                                  'relative effect (art. 441), recourse (art. 442) and the subcontract '
                                  'govern.'},
            'delegate_acts': {'ja': 'テンプレートにより、{contractor}は{kind}先である{delegate}の行為について、{kind}の契約の内容にかかわらず{term.municipality}に責任を負います。',
                              'en': 'Under the template {contractor} answers to {term.municipality} for '
                                    'the acts of {delegate}, its {kind} delegate, whatever the '
                                    'subcontract says.'},
            'all_responsibility': {'ja': 'テンプレートにより、{contractor}は{kind}先である{delegate}が行う業務について一切の責任を負います。業務を再委託したことによって、{term.municipality}に対する{contractor}の責任が軽くなることはありません。',
                                   'en': 'Under the template {contractor} bears all responsibility for '
                                         'the work of {delegate}, its {kind} delegate; delegating the '
                                         'work does not lessen what {contractor} owes '
                                         '{term.municipality}.'},
            'deemed_own': {'ja': 'テンプレートにより、{kind}先である{delegate}の行為は{contractor}自身の行為とみなされます。{contractor}は、自らその行為をしたものとして{term.municipality}に責任を負います。',
                           'en': 'Under the template the acts of {delegate}, its {kind} delegate, are '
                                 "deemed {contractor}'s own: {contractor} answers to {term.municipality} "
                                 'as if it had done them itself.'},
            'cannot_escape': {'ja': 'テンプレートにより、{contractor}は、{kind}先である{delegate}に業務を行わせたことを理由として、{term.municipality}に対する責任を免れることができません。',
                              'en': 'Under the template {contractor} cannot escape its liability to '
                                    '{term.municipality} on the ground that {delegate}, its {kind} '
                                    'delegate, did the work.'},
            'final_responsibility': {'ja': 'テンプレートにより、{contractor}は、{kind}先である{delegate}が行う部分を含め、業務の全体について{term.municipality}に対して最終的な責任を負う者とされています。',
                                     'en': 'Under the template {contractor} is the party finally '
                                           'responsible to {term.municipality} for the whole of the work, '
                                           'the part done by {delegate}, its {kind} delegate, included.'},
            'non_regular': {'ja': '{worker}は正社員以外の労働者（{employment}）です。テンプレートにより、{contractor}はその行為すべてとその結果について{term.municipality}に責任を負います。',
                            'en': '{worker} is not a regular employee ({employment}); under the template '
                                  '{contractor} answers for all their acts and results.'},
            'termination': {'ja': '契約の解除', 'en': 'termination'},
            'termination_general': {'ja': '一般の契約法（民法第541条・第542条）による契約の解除',
                                    'en': 'termination under general contract law (Civil Code arts. 541 '
                                          'and 542)'},
            'damages_claim': {'ja': '損害賠償', 'en': 'a claim for damages'},
            'fault': {'ja': '{code}: {message}（{label}）', 'en': '{code}: {message} ({label})'},
            'fault_interpreted': {'ja': '（テンプレートに定めのない点「{topic}」についてのツールの解釈による違反です）',
                                  'en': "(A breach only on the tool's interpretation of a point the "
                                        'template is silent on: {topic}.)'},
            'procedural_defect': {'ja': '（手続の誤りです。{term.municipality}がそれでも{term.consent}している場合、これだけを解除の根拠とするのは信義則上難しいと考えられます）',
                                  'en': '(A defect of procedure: where {term.municipality} approved the '
                                        'delegation anyway, it is weak ground on its own for termination, '
                                        'under good faith.)'},
            'breach_all_interpreted': {'ja': 'これらの違反はいずれも、テンプレートに定めのない点についてのツールの解釈によるものです。解除や損害賠償の根拠とするには、その解釈が認められることが前提になります。',
                                       'en': "Each of these breaches rests on the tool's interpretation "
                                             'of a point the template is silent on: termination or '
                                             'damages on them presuppose that reading.'},
            'breach_partly_interpreted': {'ja': 'このうち一部の違反は、テンプレートに定めのない点についてのツールの解釈によるものです。その違反を解除や損害賠償の根拠とするには、その解釈が認められることが前提になります。',
                                          'en': "Some of these breaches rest on the tool's interpretation "
                                                'of a point the template is silent on: termination or '
                                                'damages on those presuppose that reading.'},
            'own_breach': {'ja': 'これらは{contractor}自身の{term.provisions}（又は法令）の違反です。{term.municipality}は{termination}ができ、{damages_claim}を請求することができます。',
                           'en': "These are {contractor}'s own breaches of {term.provisions} (or of the "
                                 'law), opening {termination} and {damages_claim}.'},
            'recourse': {'ja': '{delegate}は{term.municipality}と契約を締結していないため、{term.provisions}の条項によって{term.municipality}に責任を負うことはありません。{delegator}との再委託契約により{delegator}に対して責任を負い、{delegator}は{delegate}に求償することができます。{term.municipality}や本人に対する不法行為の責任（民法第709条・第715条）はこれとは別で、事実による責任として示します。',
                         'en': '{delegate} has no contract with {term.municipality}, so no clause of '
                               '{term.provisions} makes it answer to {term.municipality}. It answers to '
                               '{delegator} under their subcontract, and {delegator} may seek recourse '
                               'from it. Its liability in tort to {term.municipality} and to the '
                               'individuals (Civil Code arts. 709 and 715) is a separate matter, shown as '
                               'fact-dependent exposure.'},
            'flow_down': {'ja': 'テンプレートは{term.provisions}の義務を再委託先に課すことを求めており、その義務が再委託契約の内容になります。',
                          'en': "The template requires {term.provisions}' obligations to be imposed on "
                                'the delegate, so they are terms of that subcontract.'},
            'tort_of_worker': {'ja': '{worker}の行為が業務の執行について第三者に損害を与えた場合、使用者として責任を負い得るのは、主として{worker}を指揮命令する{host}です（事実による）。{host}は個人情報を扱う事業者として、従業者（派遣労働者を含む）を監督する義務も負います（個人情報保護法第24条）。{extra}',
                               'en': "If {worker}'s act in the course of the work harms others, the "
                                     "employer's liability lies primarily with {host}, which directs the "
                                     'worker (depends on the facts). As a business handling personal '
                                     'data, {host} must also supervise its staff, dispatched workers '
                                     'included (APPI art. 24).{extra}'},
            'directed_tort': {'ja': '{worker}は{host}の従事者ですが、業務を実際に指揮しているのは{director}です。使用者責任は実質的な指揮監督の関係によって判断されるため、{director}も使用者として責任を負い得ます（事実による）。',
                              'en': '{worker} works for {host}, but {director} in fact directs the work: '
                                    "employer's liability follows who in fact directs and supervises, so "
                                    '{director} may be liable as employer too (depends on the facts).'},
            'agency_too': {'ja': '派遣元の{agency}の責任は別に示します。',
                           'en': " The agency {agency}'s own exposure is shown separately."},
            'no_agency': {'ja': '', 'en': ''},
            'tort_at_party': {'ja': '事故を起こした者を{host}が使用し指揮監督していれば、{host}は使用者として責任を負い得ます（事実による）。{host}は個人情報を扱う事業者として、従業者（派遣労働者を含む）を監督する義務も負います（個人情報保護法第24条）。',
                              'en': 'If {host} employs and directs whoever caused the incident, it may be '
                                    'liable as employer (depends on the facts). As a business handling '
                                    'personal data, {host} must also supervise its staff, dispatched '
                                    'workers included (APPI art. 24).'},
            'agency_tort': {'ja': '{agency}は{worker}を{host}に派遣した派遣元です。責任は主として指揮命令する派遣先にありますが、派遣労働者の選任や教育に過失があった場合や指揮監督を残していた場合には、{agency}も不法行為の責任を負い得ます（事実による）。{host}と{agency}の間では労働者派遣契約によります。',
                            'en': '{agency} dispatched {worker} to {host}. Liability lies primarily with '
                                  'the host that directs the worker, but {agency} may answer in tort too '
                                  'if it was negligent in selecting or educating the worker, or kept '
                                  'control over them (depends on the facts). Between {host} and {agency}, '
                                  'the dispatch contract governs.'},
            'own_tort': {'ja': '{host}自身も、自らの過失で{term.municipality}や本人に損害を与えたときは、契約の有無や内容にかかわらず不法行為の責任を負い得ます（民法第709条。共同して損害を与えた者とは連帯して、同第719条）。事実によります。',
                         'en': '{host} itself may be liable in tort to {term.municipality} and to the '
                               'individuals for loss caused by its own fault, whatever its contracts say '
                               '(Civil Code art. 709; jointly with others who contributed, art. 719). '
                               'Depends on the facts.'},
            'negligent_supervision': {'ja': '{delegator}は{delegate}を選んで業務を委託し、監督する立場にあります。その選任や監督に過失があれば、{delegator}も被害者に不法行為の責任を負い得ます（民法第709条。委託先の監督を怠った委託元の責任を認めた例に東京高判令2.3.25）。個人情報を扱う事業者として、委託先を監督する義務も負います（個人情報保護法第25条{my_number}）。事実によります。',
                                      'en': '{delegator} chose {delegate}, entrusted it with the work and '
                                            'supervises it: if it failed to take due care in either, it '
                                            'may be liable in tort to those harmed too (Civil Code art. '
                                            '709; a principal was held liable for failing to supervise '
                                            'its contractor, Tokyo High Court, 25 March 2020). As a '
                                            'business handling personal data it must supervise those it '
                                            'entrusts (APPI art. 25{my_number}). Depends on the facts.'},
            'my_number_supervision': {'ja': '、特定個人情報については番号法第11条',
                                      'en': '; for My Number data, My Number Act art. 11'},
            'no_my_number': {'ja': '', 'en': ''},
            'statutory_duty': {'ja': '{name}は{term.municipality}の個人情報を扱う業務を行う者として（{item}）、法令上の安全管理措置の義務を負います。その業務に従事する者は、知り得た個人情報の内容をみだりに他人に知らせたり不当な目的に使ったりしてはなりません（同第67条）。',
                               'en': "{name}, doing work that handles {term.municipality}'s personal data "
                                     '({item}), owes the statutory duty of safe management; everyone '
                                     'engaged in that work must not disclose what they learn of the data '
                                     'or use it for an improper purpose (art. 67).'},
            'municipal_duty': {'ja': '{term.municipality}自身も、保有個人情報の安全管理のために必要な措置を講じる義務を負い（個人情報保護法第66条第1項）、委託先の監督はその一部です。再々委託先のアルバイトによる住民データの流出について、市の使用者責任（民法第715条）を認めた例があります（宇治市住民基本台帳データ流出事件、大阪高判平13.12.25）。報告の義務は別に示します。',
                               'en': 'The municipality itself must take the measures needed to keep its '
                                     'retained personal information safe (APPI art. 66(1)), supervising '
                                     'those it entrusts included. A city was held liable as employer '
                                     "(Civil Code art. 715) for a leak of residents' data by a "
                                     "re-subcontractor's part-timer (Uji city, Osaka High Court, 25 "
                                     'December 2001). Its duties to report are listed separately.'},
            'penal': {'ja': '{who}が、正当な理由なく個人の秘密に属する事項が記録された個人情報ファイルを提供すれば2年以下の拘禁刑又は100万円以下の罰金（個人情報保護法第176条）、業務に関して知り得た保有個人情報を不正な利益を図る目的で提供し又は盗用すれば1年以下の拘禁刑又は50万円以下の罰金（同第180条）が、行為者に科され得ます（拘禁刑は2025年6月1日から懲役に代わったもの）。事実によります。',
                      'en': 'If {who} provides, without good reason, a personal information file '
                            "recording private matters, the offender faces up to 2 years' imprisonment "
                            '(拘禁刑) or a fine of up to 1 million yen (APPI art. 176); for providing or '
                            'stealing retained personal information learned in the work for wrongful '
                            'gain, up to 1 year or 500,000 yen (art. 180). (拘禁刑 replaced 懲役 on 1 June '
                            '2025.) Depends on the facts.'},
            'company_fine': {'ja': '第176条・第180条の罪では{host}に罰金は科されません（第184条はこれらを挙げていません）。{host}の従業者などがその業務に関して、例えば個人情報データベース等を不正な利益を図る目的で提供し又は盗用する罪（第179条）を犯したときは、{host}にも1億円以下の罰金が科され得ます（第184条第1項）。事実によります。',
                             'en': 'No fine reaches {host} for offences under arts. 176 and 180 (art. 184 '
                                   'does not list them). If its staff commit in its business, for '
                                   'example, the offence of providing or stealing a personal information '
                                   'database for wrongful gain (art. 179), {host} may be fined up to 100 '
                                   'million yen (art. 184(1)). Depends on the facts.'},
            'my_number_penal': {'ja': 'この業務は特定個人情報を扱います。個人番号利用事務等に従事する者が正当な理由なく特定個人情報ファイルを提供すれば4年以下の拘禁刑若しくは200万円以下の罰金又はその併科（番号法第48条）、業務に関して知り得た個人番号を不正な利益を図る目的で提供し又は盗用すれば3年以下の拘禁刑若しくは150万円以下の罰金又はその併科（同第49条）が行為者に科され、これらの罪では{host}にも罰金が科され得ます（同第57条）。事実によります。',
                                'en': 'The work handles My Number data. Someone engaged in the My Number '
                                      'work who provides a specific personal information file without '
                                      "good reason faces up to 4 years' imprisonment (拘禁刑) and/or a fine "
                                      'of up to 2 million yen (My Number Act art. 48); for providing or '
                                      'stealing My Numbers learned in the work for wrongful gain, up to 3 '
                                      'years and/or 1.5 million yen (art. 49); for these offences {host} '
                                      'may be fined too (art. 57). Depends on the facts.'},
            'staff_of': {'ja': '{host}の従事者', 'en': 'someone working at {host}'},
            'reporting': {'ja': '{party}は{to}に{timing}報告します: {what}',
                          'en': '{party} reports to {to} {timing}: {what}'},
            'to_municipality': {'ja': '{term.municipality}', 'en': '{term.municipality}'},
            'to_commission': {'ja': '個人情報保護委員会と本人',
                              'en': 'the Personal Information Protection Commission and the individuals'},
            'timing_immediately': {'ja': '直ちに', 'en': 'immediately'},
            'timing_promptly': {'ja': '速やかに', 'en': 'promptly'},
            'timing_on_request': {'ja': '求めに応じて', 'en': 'when asked'}}


def _profiles_000():
    return {'id': '000',
            'title': '個人情報取扱特記事項（市・受託者）',
            'issuer': '市（自治体名の記載なし）',
            'source': '000_fa396c403729c04b.txt',
            'article_suffix': '',
            'summary': {'ja': '再委託は市の事前の承諾を要し、8項目を記載した書面で申請する。再々委託は原則として認めず、やむを得ない場合は受託者が別の8項目の書面で申請する。受託者は再委託先・再々委託先について契約内容にかかわらず市に責任を負い、正社員以外の労働者の行為すべてにも責任を負う。',
                        'en': "Subcontracting needs the city's prior approval on an 8-item written "
                              'application. Sub-subcontracting is barred in principle; if unavoidable the '
                              'contractor applies on a second 8-item list. The contractor answers to the '
                              'city for subcontractors and sub-subcontractors whatever their contracts '
                              'say, and for everything non-regular staff do.'},
            'tier_interpretations': [{'min_tier': 4, 'interpretation': 'beyond-third-tier'}],
            'roles': {'municipality': '市', 'contractor': '受託者'},
            'terms': {'municipality': {'ja': '市', 'en': 'the city'},
                      'contractor': {'ja': '受託者', 'en': 'the contractor'},
                      'consent': {'ja': '承諾', 'en': 'approval'},
                      'consent_document': {'ja': '承諾', 'en': 'approval'}},
            'articles': {'1': '基本的事項',
                         '2': '責任体制の整備',
                         '3': '教育の実施',
                         '4': '秘密保持',
                         '5': '目的外利用の禁止及び提供の制限',
                         '6': '再委託の禁止',
                         '7': '派遣労働者等の利用時の措置',
                         '8': '個人情報の安全管理',
                         '9': '事故発生時の対応',
                         '10': '返還、廃棄又は消去',
                         '11': '監査及び検査',
                         '12': '契約の解除',
                         '13': '損害賠償'},
            'item_lists': {'subcontract': {'label': {'ja': '再委託の申請事項（第6第2項）',
                                                     'en': 'Subcontract application items (art. 6(2))'},
                                           'items': [{'key': 'work',
                                                      'label': {'ja': '業務の内容', 'en': 'work delegated'},
                                                      'fields': ['delegation.work'],
                                                      'clause': {'article': '6',
                                                                 'paragraph': '2',
                                                                 'item': '1'}},
                                                     {'key': 'personal_data',
                                                      'label': {'ja': '取り扱う個人情報',
                                                                'en': 'personal data handled'},
                                                      'fields': ['delegation.personal_data'],
                                                      'clause': {'article': '6',
                                                                 'paragraph': '2',
                                                                 'item': '2'}},
                                                     {'key': 'period',
                                                      'label': {'ja': '期間', 'en': 'period'},
                                                      'fields': ['delegation.period.start',
                                                                 'delegation.period.end'],
                                                      'clause': {'article': '6',
                                                                 'paragraph': '2',
                                                                 'item': '3'}},
                                                     {'key': 'reason',
                                                      'label': {'ja': '必要とする理由', 'en': 'why it is needed'},
                                                      'fields': ['delegation.reason'],
                                                      'clause': {'article': '6',
                                                                 'paragraph': '2',
                                                                 'item': '4'}},
                                                     {'key': 'delegate',
                                                      'label': {'ja': '相手方（名称・代表者・所在地・連絡先）',
                                                                'en': 'the delegate (name, '
                                                                      'representative, address, contact)'},
                                                      'fields': ['delegate.name',
                                                                 'delegate.representative',
                                                                 'delegate.address',
                                                                 'delegate.contact'],
                                                      'clause': {'article': '6',
                                                                 'paragraph': '2',
                                                                 'item': '5'}},
                                                     {'key': 'responsibility',
                                                      'label': {'ja': '相手方の責任体制・責任者・業務従事者',
                                                                'en': "the delegate's responsibility "
                                                                      'structure, manager and staff'},
                                                      'fields': ['delegation.responsibility.structure',
                                                                 'delegation.responsibility.manager',
                                                                 'delegation.responsibility.staff'],
                                                      'clause': {'article': '6',
                                                                 'paragraph': '2',
                                                                 'item': '6'}},
                                                     {'key': 'protection',
                                                      'label': {'ja': '相手方に求める保護措置（契約書等の写しを添付）',
                                                                'en': 'protection measures required of '
                                                                      'the delegate (with the contract '
                                                                      'copy)'},
                                                      'fields': ['delegation.protection.measures',
                                                                 'delegation.protection.contract_copy'],
                                                      'clause': {'article': '6',
                                                                 'paragraph': '2',
                                                                 'item': '7'}},
                                                     {'key': 'supervision',
                                                      'label': {'ja': '相手方の監督方法',
                                                                'en': 'how the delegate is supervised'},
                                                      'fields': ['delegation.supervision'],
                                                      'clause': {'article': '6',
                                                                 'paragraph': '2',
                                                                 'item': '8'}}]},
                           'sub_subcontract': {'label': {'ja': '再々委託の申請事項（第6第7項）',
                                                         'en': 'Sub-subcontract application items (art. '
                                                               '6(7))'},
                                               'items': [{'key': 'work',
                                                          'label': {'ja': '再々委託する業務の内容',
                                                                    'en': 'work delegated at tier 3'},
                                                          'fields': ['delegation.work'],
                                                          'clause': {'article': '6',
                                                                     'paragraph': '7',
                                                                     'item': '1'}},
                                                         {'key': 'personal_data',
                                                          'label': {'ja': '再々委託で取り扱う個人情報',
                                                                    'en': 'personal data handled at tier '
                                                                          '3'},
                                                          'fields': ['delegation.personal_data'],
                                                          'clause': {'article': '6',
                                                                     'paragraph': '7',
                                                                     'item': '2'}},
                                                         {'key': 'period',
                                                          'label': {'ja': '再々委託の期間',
                                                                    'en': 'period of the tier-3 '
                                                                          'delegation'},
                                                          'fields': ['delegation.period.start',
                                                                     'delegation.period.end'],
                                                          'clause': {'article': '6',
                                                                     'paragraph': '7',
                                                                     'item': '3'}},
                                                         {'key': 'reason',
                                                          'label': {'ja': '再々委託を必要とする理由',
                                                                    'en': 'why the tier-3 delegation is '
                                                                          'needed'},
                                                          'fields': ['delegation.reason'],
                                                          'clause': {'article': '6',
                                                                     'paragraph': '7',
                                                                     'item': '4'}},
                                                         {'key': 'delegate',
                                                          'label': {'ja': '再々委託の相手方（名称・代表者・所在地・連絡先）',
                                                                    'en': 'the tier-3 delegate (name, '
                                                                          'representative, address, '
                                                                          'contact)'},
                                                          'fields': ['delegate.name',
                                                                     'delegate.representative',
                                                                     'delegate.address',
                                                                     'delegate.contact'],
                                                          'clause': {'article': '6',
                                                                     'paragraph': '7',
                                                                     'item': '5'}},
                                                         {'key': 'responsibility',
                                                          'label': {'ja': '再々委託の相手方の責任体制・責任者・業務従事者',
                                                                    'en': "the tier-3 delegate's "
                                                                          'responsibility structure, '
                                                                          'manager and staff'},
                                                          'fields': ['delegation.responsibility.structure',
                                                                     'delegation.responsibility.manager',
                                                                     'delegation.responsibility.staff'],
                                                          'clause': {'article': '6',
                                                                     'paragraph': '7',
                                                                     'item': '6'}},
                                                         {'key': 'protection',
                                                          'label': {'ja': '再々委託の相手方に求める保護措置（契約書等の写しを添付）',
                                                                    'en': 'protection measures required '
                                                                          'of the tier-3 delegate (with '
                                                                          'the contract copy)'},
                                                          'fields': ['delegation.protection.measures',
                                                                     'delegation.protection.contract_copy'],
                                                          'clause': {'article': '6',
                                                                     'paragraph': '7',
                                                                     'item': '7'}},
                                                         {'key': 'supervision',
                                                          'label': {'ja': '再委託先による再々委託の相手方の監督方法',
                                                                    'en': 'how the subcontractor '
                                                                          'supervises the tier-3 '
                                                                          'delegate'},
                                                          'fields': ['delegation.supervision'],
                                                          'clause': {'article': '6',
                                                                     'paragraph': '7',
                                                                     'item': '8'}}]},
                           'deeper': {'label': {'ja': '4次以降の委託の申請事項（第6第7項による）',
                                                'en': 'Application items of a delegation at tier 4 or '
                                                      'beyond (after art. 6(7))'},
                                      'items': [{'key': 'work',
                                                 'label': {'ja': '委託する業務の内容', 'en': 'work delegated'},
                                                 'fields': ['delegation.work'],
                                                 'clause': {'article': '6',
                                                            'paragraph': '7',
                                                            'item': '1'}},
                                                {'key': 'personal_data',
                                                 'label': {'ja': '委託先で取り扱う個人情報',
                                                           'en': 'personal data the delegate handles'},
                                                 'fields': ['delegation.personal_data'],
                                                 'clause': {'article': '6',
                                                            'paragraph': '7',
                                                            'item': '2'}},
                                                {'key': 'period',
                                                 'label': {'ja': '委託の期間',
                                                           'en': 'period of the delegation'},
                                                 'fields': ['delegation.period.start',
                                                            'delegation.period.end'],
                                                 'clause': {'article': '6',
                                                            'paragraph': '7',
                                                            'item': '3'}},
                                                {'key': 'reason',
                                                 'label': {'ja': '委託を必要とする理由',
                                                           'en': 'why the delegation is needed'},
                                                 'fields': ['delegation.reason'],
                                                 'clause': {'article': '6',
                                                            'paragraph': '7',
                                                            'item': '4'}},
                                                {'key': 'delegate',
                                                 'label': {'ja': '委託の相手方（名称・代表者・所在地・連絡先）',
                                                           'en': 'the delegate (name, representative, '
                                                                 'address, contact)'},
                                                 'fields': ['delegate.name',
                                                            'delegate.representative',
                                                            'delegate.address',
                                                            'delegate.contact'],
                                                 'clause': {'article': '6',
                                                            'paragraph': '7',
                                                            'item': '5'}},
                                                {'key': 'responsibility',
                                                 'label': {'ja': '委託の相手方の責任体制・責任者・業務従事者',
                                                           'en': "the delegate's responsibility "
                                                                 'structure, manager and staff'},
                                                 'fields': ['delegation.responsibility.structure',
                                                            'delegation.responsibility.manager',
                                                            'delegation.responsibility.staff'],
                                                 'clause': {'article': '6',
                                                            'paragraph': '7',
                                                            'item': '6'}},
                                                {'key': 'protection',
                                                 'label': {'ja': '委託の相手方に求める保護措置（契約書等の写しを添付）',
                                                           'en': 'protection measures required of the '
                                                                 'delegate (with the contract copy)'},
                                                 'fields': ['delegation.protection.measures',
                                                            'delegation.protection.contract_copy'],
                                                 'clause': {'article': '6',
                                                            'paragraph': '7',
                                                            'item': '7'}},
                                                {'key': 'supervision',
                                                 'label': {'ja': '委託元による委託先の監督方法',
                                                           'en': 'how the delegator supervises its '
                                                                 'delegate'},
                                                 'fields': ['delegation.supervision'],
                                                 'clause': {'article': '6',
                                                            'paragraph': '7',
                                                            'item': '8'}}]}},
            'silences': [{'id': 'beyond-third-tier',
                          'topic': {'ja': '4次以降の委託', 'en': 'Delegations beyond tier 3'},
                          'interpretation': {'ja': '第6は再々委託までしか定めていません。再々委託を原則禁止とし、認める場合も再委託の内容の変更として扱う構造から、ツールは4次以降の委託にも再々委託と同じ要件（受託者による第6第7項の書面申請と市の事前の承諾）を当てはめ、受託者が契約内容にかかわらず責任を負うものとして扱います。',
                                             'en': 'Article 6 goes no further than tier 3. Since it bars '
                                                   'tier 3 in principle and treats any allowed one as a '
                                                   'change to the subcontract, the tool applies the '
                                                   'tier-3 requirements (a written application by the '
                                                   "contractor under art. 6(7) and the city's prior "
                                                   'approval) to deeper tiers too, and treats the '
                                                   'contractor as answering for them whatever the '
                                                   'contracts say.'},
                          'basis': [{'article': '6', 'paragraph': '6'},
                                    {'article': '6', 'paragraph': '7'},
                                    {'article': '6', 'paragraph': '8'}]},
                         {'id': 'binding-non-regular',
                          'topic': {'ja': '正社員以外の労働者に義務を守らせる方法', 'en': 'How non-regular staff are bound'},
                          'interpretation': {'ja': '第7第1項は守らせる方法を定めていません。ツールは、誓約書（pledge_on）または周知（briefed_on）の記録があれば守らせた記録とみなします。',
                                             'en': 'Art. 7(1) does not say how staff are to be bound. The '
                                                   'tool accepts a recorded pledge (pledge_on) or '
                                                   'briefing (briefed_on) as the record.'},
                          'basis': [{'article': '7', 'paragraph': '1'}]},
                         {'id': 'end-subcontractors',
                          'topic': {'ja': '再委託先の返還・廃棄', 'en': 'Return and destruction by subcontractors'},
                          'interpretation': {'ja': '第10は受託者の返還・廃棄・消去だけを定め、再委託先が持つ個人情報に触れていません。第6第3項は再委託の相手方にこの契約の一切の義務を守らせることを求めるため、ツールは個人情報を受け取った再委託先・再々委託先にも、契約の終了後に返還または廃棄・消去の記録を求めます。',
                                             'en': "Article 10 provides for the contractor's return, "
                                                   'destruction or erasure only and says nothing of the '
                                                   'data its subcontractors hold. Art. 6(3) makes the '
                                                   'contractor impose every obligation of the contract on '
                                                   'them, so the tool asks every subcontractor that '
                                                   'received data for a record of its return, destruction '
                                                   'or erasure once the contract has ended.'},
                          'basis': [{'article': '10', 'paragraph': '1'},
                                    {'article': '6', 'paragraph': '3'}]},
                         {'id': 'end-deadline',
                          'topic': {'ja': '返還・廃棄の期限と立会い',
                                    'en': 'When the data goes back, and the witness'},
                          'interpretation': {'ja': '第10第1項は「業務完了時に」市の指示に基づいて返還・廃棄するとし、日数を定めていません。立会い（第10第5項）は市が求めたときだけです。ツールは期限の日数を置かず、契約の終了後に記録があることと、証明書の記載事項（立会者を含む）を確かめます。',
                                             'en': 'Art. 10(1) has the data returned or destroyed “at '
                                                   "completion”, on the city's instructions, without a "
                                                   'number of days; a witness (art. 10(5)) only when the '
                                                   'city asks. The tool sets no deadline in days: it '
                                                   'checks that a record exists once the contract has '
                                                   'ended, and what the certificate states (its witness '
                                                   'included).'},
                          'basis': [{'article': '10', 'paragraph': '1'},
                                    {'article': '10', 'paragraph': '5'}],
                          'recorded_only': True},
                         {'id': 'audit-deeper',
                          'topic': {'ja': '再々委託先の監査', 'en': 'Auditing tiers beyond the subcontractor'},
                          'interpretation': {'ja': '第11は受託者と再委託先だけを監査・検査の相手としています。再々委託先（その先を含む）を市が直接監査できるとは定めていないため、ツールはそれらには受託者が守らせる義務と管理監督、市の求めに応じた報告（第6第3項・第5項）を通じてだけ及ぶものとして示します。',
                                             'en': 'Article 11 names the contractor and the subcontractor '
                                                   'only. It does not let the city audit a '
                                                   'sub-subcontractor (or deeper) itself, so the tool '
                                                   'shows those tiers as reached only through the '
                                                   'obligations the contractor imposes, its supervision '
                                                   "and its reports on the city's request (art. 6(3) and "
                                                   '(5)).'},
                          'basis': [{'article': '11', 'paragraph': '1'},
                                    {'article': '6', 'paragraph': '3'},
                                    {'article': '6', 'paragraph': '5'}]}],
            'rules': [{'code': 'DLG001',
                       'tiers': [2],
                       'consent': 'approval',
                       'clause': [{'article': '6', 'paragraph': '1'}, {'article': '6', 'paragraph': '2'}]},
                      {'code': 'DLG002', 'tiers': [2], 'clause': {'article': '6', 'paragraph': '2'}},
                      {'code': 'DLG003', 'tiers': [2], 'clause': {'article': '6', 'paragraph': '2'}},
                      {'code': 'DLG008',
                       'tiers': [2],
                       'submitter': 'contractor',
                       'clause': {'article': '6', 'paragraph': '2'}},
                      {'code': 'DLG001',
                       'tiers': [3],
                       'clause': [{'article': '6', 'paragraph': '6'}, {'article': '6', 'paragraph': '7'}]},
                      {'code': 'DLG002', 'tiers': [3], 'clause': {'article': '6', 'paragraph': '7'}},
                      {'code': 'DLG003', 'tiers': [3], 'clause': {'article': '6', 'paragraph': '7'}},
                      {'code': 'DLG008',
                       'tiers': [3],
                       'submitter': 'contractor',
                       'clause': {'article': '6', 'paragraph': '7'}},
                      {'code': 'TIR001',
                       'tiers': [3],
                       'reason': 'stated',
                       'clause': {'article': '6', 'paragraph': '6'}},
                      {'code': 'TIR001',
                       'tiers': [3],
                       'reason': 'missing',
                       'severity': 'error',
                       'clause': {'article': '6', 'paragraph': '6'}},
                      {'code': 'TIR001',
                       'tiers': [2],
                       'reason': 'missing',
                       'severity': 'warning',
                       'clause': {'article': '6', 'paragraph': '2'}},
                      {'code': 'PRT002', 'tiers': [2], 'clause': {'article': '6', 'paragraph': '2'}},
                      {'code': 'TIR002',
                       'min_tier': 4,
                       'clause': {'article': '6', 'paragraph': '6'},
                       'interpretation': 'beyond-third-tier'},
                      {'code': 'DLG001',
                       'min_tier': 4,
                       'clause': [{'article': '6', 'paragraph': '6'}, {'article': '6', 'paragraph': '7'}],
                       'interpretation': 'beyond-third-tier'},
                      {'code': 'DLG002',
                       'min_tier': 4,
                       'clause': {'article': '6', 'paragraph': '7'},
                       'interpretation': 'beyond-third-tier'},
                      {'code': 'DLG003',
                       'min_tier': 4,
                       'clause': {'article': '6', 'paragraph': '7'},
                       'interpretation': 'beyond-third-tier'},
                      {'code': 'DLG008',
                       'min_tier': 4,
                       'submitter': 'contractor',
                       'clause': {'article': '6', 'paragraph': '7'},
                       'interpretation': 'beyond-third-tier'},
                      {'code': 'DLG004', 'min_tier': 2, 'clause': {'article': '6', 'paragraph': '2'}},
                      {'code': 'DLG005', 'min_tier': 2, 'clause': {'article': '6', 'paragraph': '1'}},
                      {'code': 'DLG006', 'clause': {'article': '6', 'paragraph': '1'}},
                      {'code': 'DLG007', 'min_tier': 2, 'clause': {'article': '6', 'paragraph': '1'}},
                      {'code': 'DLG009', 'min_tier': 2, 'clause': {'article': '6', 'paragraph': '1'}},
                      {'code': 'DLG010', 'min_tier': 2, 'clause': {'article': '6', 'paragraph': '2'}},
                      {'code': 'DLG011',
                       'tiers': [2],
                       'clause': [{'article': '6', 'paragraph': '2'},
                                  {'article': '6', 'paragraph': '2', 'item': '5'}]},
                      {'code': 'DLG011',
                       'min_tier': 3,
                       'clause': [{'article': '6', 'paragraph': '6'},
                                  {'article': '6', 'paragraph': '7'},
                                  {'article': '6', 'paragraph': '7', 'item': '5'}]},
                      {'code': 'DLG012',
                       'tiers': [2],
                       'clause': [{'article': '6', 'paragraph': '2'},
                                  {'article': '6', 'paragraph': '2', 'item': '5'}]},
                      {'code': 'DLG012',
                       'min_tier': 3,
                       'clause': [{'article': '6', 'paragraph': '6'},
                                  {'article': '6', 'paragraph': '7'},
                                  {'article': '6', 'paragraph': '7', 'item': '5'}]},
                      {'code': 'DLG013', 'min_tier': 2, 'clause': {'article': '6', 'paragraph': '1'}},
                      {'code': 'ITM001',
                       'tiers': [2],
                       'items': 'subcontract',
                       'clause': {'article': '6', 'paragraph': '2'}},
                      {'code': 'ITM001',
                       'tiers': [3],
                       'items': 'sub_subcontract',
                       'clause': {'article': '6', 'paragraph': '7'}},
                      {'code': 'ITM001',
                       'min_tier': 4,
                       'items': 'deeper',
                       'clause': {'article': '6', 'paragraph': '7'},
                       'interpretation': 'beyond-third-tier'},
                      {'code': 'STF011',
                       'tiers': [2],
                       'clause': {'article': '6', 'paragraph': '2', 'item': '6'}},
                      {'code': 'STF011',
                       'min_tier': 3,
                       'clause': {'article': '6', 'paragraph': '7', 'item': '6'}},
                      {'code': 'PST001', 'min_tier': 2, 'clause': {'article': '6', 'paragraph': '3'}},
                      {'code': 'PST002',
                       'min_tier': 2,
                       'provisions': ['obligations'],
                       'clause': {'article': '6', 'paragraph': '3'}},
                      {'code': 'PST002',
                       'min_tier': 2,
                       'provisions': ['supervision', 'safety_management'],
                       'clause': {'article': '6', 'paragraph': '4'}},
                      {'code': 'STF006', 'clause': {'article': '3'}},
                      {'code': 'STF006',
                       'when': {'min_tier': 2},
                       'clause': {'article': '6', 'paragraph': '3'}},
                      {'code': 'STF010',
                       'employments': ['contract', 'part_time', 'temporary', 'dispatched', 'other'],
                       'clause': {'article': '7', 'paragraph': '1'},
                       'interpretation': 'binding-non-regular'},
                      {'code': 'STF010',
                       'employments': ['contract', 'part_time', 'temporary', 'dispatched', 'other'],
                       'when': {'min_tier': 2},
                       'clause': {'article': '6', 'paragraph': '3'},
                       'interpretation': 'binding-non-regular'},
                      {'code': 'DAT004',
                       'contract': True,
                       'clause': {'article': '6', 'paragraph': '2', 'item': '2'}},
                      {'code': 'DAT001', 'min_tier': 2, 'clause': {'article': '5'}},
                      {'code': 'DAT002',
                       'min_tier': 2,
                       'clause': {'article': '6', 'paragraph': '2', 'item': '2'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'within',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 委託の期間は委託元が受けている期間の内にあること'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'beyond',
                       'severity': 'error',
                       'clause': {'article': '10', 'paragraph': '1'}},
                      {'code': 'END001',
                       'tiers': [1],
                       'records': ['return_record', 'disposal_certificate'],
                       'clause': [{'article': '10', 'paragraph': '1'},
                                  {'article': '10', 'paragraph': '4'}]},
                      {'code': 'END001',
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_certificate'],
                       'clause': [{'article': '10', 'paragraph': '1'}, {'article': '6', 'paragraph': '3'}],
                       'interpretation': 'end-subcontractors'},
                      {'code': 'DOC003',
                       'subject': 'party',
                       'document': 'disposal_certificate',
                       'states': ['情報項目', '媒体名', '数量', '廃棄又は消去の方法', '責任者', '立会者', '廃棄又は消去の年月日'],
                       'clause': {'article': '10', 'paragraph': '4'}},
                      {'code': 'END004',
                       'tiers': [1],
                       'records': ['return_record', 'disposal_certificate'],
                       'clause': [{'article': '10', 'paragraph': '1'},
                                  {'article': '10', 'paragraph': '4'}]},
                      {'code': 'END004',
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_certificate'],
                       'clause': [{'article': '10', 'paragraph': '1'}, {'article': '6', 'paragraph': '3'}],
                       'interpretation': 'end-subcontractors'}],
            'liability': {'damages': [{'article': '13'}],
                          'termination': [{'article': '12', 'paragraph': '1'},
                                          {'article': '12', 'paragraph': '2'}],
                          'termination_label': {'ja': '契約の解除（受託者は解除による損害の賠償を求められない）',
                                                'en': 'termination (the contractor cannot claim for its '
                                                      'loss)'},
                          'damages_claim_text': {'ja': '損害の賠償（第13）',
                                                 'en': 'compensation for its loss (art. 13)'},
                          'capacities': [{'id': 'direct',
                                          'attaches': 'contract',
                                          'label': {'ja': '直接の責任（契約の当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'short': {'ja': '直接責任（契約当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'reasoning': [{'ja': '{contractor}は市と契約を締結した受託者です。特記事項の義務を破り、または果たさなかったために市に損害が生じたときは、第13によりその損害を市に賠償しなければなりません（債務不履行、民法第415条）。',
                                                         'en': '{contractor} is the contractor, party to '
                                                               'the contract with the city. Where the '
                                                               'city suffers loss because it broke or '
                                                               'neglected a duty of the provisions, art. '
                                                               '13 makes it compensate the city for that '
                                                               'loss (default, Civil Code art. 415).'}],
                                          'statutes': ['contract_breach']},
                                         {'id': 'regardless_of_terms',
                                          'attaches': 'delegate',
                                          'label': {'ja': '委託先による個人情報の取扱いについての責任（契約の内容にかかわらず）',
                                                    'en': "for the delegate's handling of personal "
                                                          'information, whatever its contract says'},
                                          'short': {'ja': '委託先の取扱いにも責任',
                                                    'en': 'answers for its delegates'},
                                          'reasoning': [{'ja': '特記事項により、{contractor}は{kind}先である{delegate}による個人情報の取扱いについて、{kind}の契約の内容にかかわらず市に責任を負います。',
                                                         'en': 'Under the provisions {contractor} answers '
                                                               'to the city for the handling of personal '
                                                               'information by {delegate}, its {kind} '
                                                               'delegate, whatever the terms of the '
                                                               '{kind}.'}]}],
                          'reporting': [{'who': ['contractor'],
                                         'timing': 'immediately',
                                         'what': {'ja': '漏えい等の個人情報の内容・数量・発生場所・状況を書面で報告し、市の指示に従い、被害を最小限にする措置を講じる（本人への通知は市の指示による）',
                                                  'en': 'a written report of the data concerned, how '
                                                        "much, where and how it happened; then the city's "
                                                        'instructions, measures to limit the harm, and '
                                                        'notice to the individuals as the city directs'},
                                         'clause': [{'article': '9', 'paragraph': '1'},
                                                    {'article': '9', 'paragraph': '2'}]}],
                          'delegates': [{'tiers': [2],
                                         'basis': 'regardless_of_terms',
                                         'clause': [{'article': '6', 'paragraph': '3'}]},
                                        {'tiers': [3],
                                         'basis': 'regardless_of_terms',
                                         'clause': [{'article': '6', 'paragraph': '8'}]},
                                        {'min_tier': 4,
                                         'basis': 'regardless_of_terms',
                                         'clause': [{'article': '6', 'paragraph': '8'}],
                                         'interpretation': 'beyond-third-tier'}],
                          'non_regular': {'basis': 'all_acts',
                                          'clause': [{'article': '7', 'paragraph': '2'}]}},
            'document_kinds': {'return_record': {'label': {'ja': '返還の記録', 'en': 'record of the return'}},
                               'disposal_certificate': {'label': {'ja': '廃棄・消去の証明書',
                                                                  'en': 'certificate of destruction or '
                                                                        'erasure'}}},
            'audit': {'what': {'ja': '個人情報の取扱いについて契約の定める措置が講じられているかの監査又は検査。受託者には必要な情報を求め、指示できる',
                               'en': 'an audit or inspection of whether the measures the contract '
                                     'requires are taken in handling the data; the contractor may be '
                                     'asked for information and instructed'},
                      'on_site': 'not_stated',
                      'reach': [{'tiers': [1, 2],
                                 'reach': 'direct',
                                 'clause': [{'article': '11', 'paragraph': '1'}]},
                                {'min_tier': 3,
                                 'reach': 'flow_down',
                                 'clause': [{'article': '6', 'paragraph': '3'},
                                            {'article': '6', 'paragraph': '5'}],
                                 'interpretation': 'audit-deeper'}]}}


def _profiles_001():
    return {'id': '001',
            'title': '個人情報取扱特記事項（指定管理者・甲乙）',
            'issuer': '甲（指定管理の基本協定の相手方となる自治体）',
            'source': '001_38fde0983338465c.txt',
            'article_suffix': '',
            'summary': {'ja': '乙（指定管理者）は個人情報を自ら扱うのが原則。再委託は、商号又は名称・業務の内容・理由などを書いた書面で事前に申請し、甲の事前の承諾を得た場合に限る。再委託先には乙と同じ義務を課して監督し、契約内容を速やかに書面で報告する。乙は再委託先の行為とその結果について、契約内容にかかわらず甲に責任を負う。従事者には罰則を教示する。',
                        'en': 'The designated manager (乙) handles the data itself in principle. It may '
                              'subcontract only on a prior written application (name, work, reason, and '
                              "what 甲 asks for) and 甲's prior approval; it imposes its own obligations on "
                              "the subcontractor, supervises it, and promptly reports the subcontract's "
                              "terms in writing. 乙 answers to 甲 for the subcontractor's acts and their "
                              'results whatever the subcontract says. Staff are told of the penal '
                              'provisions.'},
            'tier_interpretations': [{'min_tier': 3, 'interpretation': 'sub-subcontract'}],
            'roles': {'municipality': '甲', 'contractor': '乙'},
            'terms': {'municipality': {'ja': '甲', 'en': '甲 (the city)'},
                      'contractor': {'ja': '乙', 'en': '乙 (the designated manager)'},
                      'consent': {'ja': '承諾', 'en': 'approval'},
                      'consent_document': {'ja': '承諾', 'en': 'approval'}},
            'articles': {'1': '基本的事項',
                         '2': '秘密の保持',
                         '3': '罰則の教示等',
                         '4': '収集の制限',
                         '5': '適正管理',
                         '6': '返還、廃棄等',
                         '7': '再委託の禁止',
                         '8': '目的外の使用等の禁止',
                         '9': '複写及び複製の禁止',
                         '10': '定期報告及び緊急時報告',
                         '11': '監査又は検査',
                         '12': '事故発生時における報告',
                         '13': '損害賠償',
                         '14': '指定の取消し',
                         '15': '協議'},
            'item_lists': {'subcontract': {'label': {'ja': '再委託の申請事項（第7第2項）',
                                                     'en': 'Subcontract application items (art. 7(2))'},
                                           'items': [{'key': 'delegate_name',
                                                      'label': {'ja': '再委託先の商号又は名称',
                                                                'en': "the subcontractor's trade name"},
                                                      'fields': ['delegate.name'],
                                                      'clause': {'article': '7', 'paragraph': '2'}},
                                                     {'key': 'work',
                                                      'label': {'ja': '再委託する業務の内容',
                                                                'en': 'work subcontracted'},
                                                      'fields': ['delegation.work'],
                                                      'clause': {'article': '7', 'paragraph': '2'}},
                                                     {'key': 'reason',
                                                      'label': {'ja': '再委託する理由',
                                                                'en': 'why it is subcontracted'},
                                                      'fields': ['delegation.reason'],
                                                      'clause': {'article': '7', 'paragraph': '2'}}]}},
            'silences': [{'id': 'sub-subcontract',
                          'topic': {'ja': '再々委託', 'en': 'Sub-subcontracting (tier 3 and beyond)'},
                          'interpretation': {'ja': '第7は再々委託に触れていません。第7第2項により再委託先は乙と同じ義務を負うため、再委託先が自らさらに委託するにも、乙と同様に書面での事前の申請と甲の事前の承諾が必要であると解釈して確認します。乙の責任（第7第4項）も、再委託先の業務の一部として行われる再々委託先の行為に及ぶものとして扱います。',
                                             'en': 'Article 7 does not mention sub-subcontracting. '
                                                   "Because art. 7(2) puts 乙's obligations on the "
                                                   'subcontractor, the tool reads its own delegation as '
                                                   "needing the same prior written application and 甲's "
                                                   "prior approval, and treats 乙's liability under art. "
                                                   "7(4) as reaching the sub-subcontractor's acts done as "
                                                   "part of the subcontractor's work."},
                          'basis': [{'article': '7', 'paragraph': '2'},
                                    {'article': '7', 'paragraph': '4'}]},
                         {'id': 'other-items',
                          'topic': {'ja': '「その他甲が必要とする事項」', 'en': '“Other items 甲 requires”'},
                          'interpretation': {'ja': '第7第2項は名称・業務の内容・理由のほか甲が必要とする事項の記載を求めますが、その内容は定めていません。ツールは明記された3項目だけを確認します。',
                                             'en': 'Art. 7(2) adds whatever else 甲 requires without '
                                                   'saying what; the tool checks only the three named '
                                                   'items.'},
                          'basis': [{'article': '7', 'paragraph': '2'}],
                          'recorded_only': True},
                         {'id': 'promptly',
                          'topic': {'ja': '契約内容の報告の期限',
                                    'en': "Deadline for reporting the subcontract's terms"},
                          'interpretation': {'ja': '第7第3項は「速やかに」とだけ定めています。ツールは再委託契約（flow_down）の日、なければ委託の開始日から30日以内を目安とし、超えたものを警告します。',
                                             'en': 'Art. 7(3) says only “promptly”. The tool takes 30 '
                                                   'days from the subcontract (flow_down), or from the '
                                                   "delegation's start, as the guide and warns beyond "
                                                   'it.'},
                          'basis': [{'article': '7', 'paragraph': '3'}]},
                         {'id': 'no-personal-data',
                          'topic': {'ja': '個人情報を扱わない委託',
                                    'en': 'A delegation that handles no personal information'},
                          'interpretation': {'ja': '第7第1項・第2項は個人情報の取扱いを第三者に委ねることを制限しており、個人情報を扱わない業務の委託には触れていません。取り扱う個人情報の記載がない委託では、特記事項による承諾の要否は個人情報を扱うかどうかによるため、ツールは承諾のないことを誤りではなく警告として示します。委託が主たる契約（基本協定）で認められているかを確認してください。',
                                             'en': 'Art. 7(1)-(2) restricts passing on the handling of '
                                                   'personal information and says nothing of delegating '
                                                   'work that handles none. For a delegation that lists '
                                                   'no personal data, whether the provisions require '
                                                   'consent depends on whether personal information is '
                                                   'handled, so the tool reports the missing consent as a '
                                                   'warning, not an error. Check whether the main '
                                                   'agreement (基本協定) allows the delegation.'},
                          'basis': [{'article': '7', 'paragraph': '1'},
                                    {'article': '7', 'paragraph': '2'}]},
                         {'id': 'end-subcontractors',
                          'topic': {'ja': '再委託先の返還・廃棄', 'en': 'Return and disposal by subcontractors'},
                          'interpretation': {'ja': '第6は乙の返還・消去・廃棄だけを定め、再委託先が持つ個人情報に触れていません。第7第2項は再委託先に乙と同様の義務を負わせるため、ツールは個人情報を受け取った再委託先（その先を含む）にも、期間の満了後に返還または消去・廃棄の記録を求めます。',
                                             'en': "Article 6 provides for 乙's return, erasure or "
                                                   'disposal only and says nothing of the data its '
                                                   'subcontractors hold. Art. 7(2) puts the same '
                                                   "obligations as 乙's on a subcontractor, so the tool "
                                                   'asks every subcontractor that received data (deeper '
                                                   'tiers included) for a record of its return, erasure '
                                                   'or disposal once the period has ended.'},
                          'basis': [{'article': '6', 'paragraph': '1'},
                                    {'article': '7', 'paragraph': '2'}]},
                         {'id': 'end-deadline',
                          'topic': {'ja': '返還・廃棄の期限と立会い',
                                    'en': 'When the data goes back, and the witness'},
                          'interpretation': {'ja': '第6第1項は「確実かつ速やかに」とだけ定め、日数を置いていません。立会い（第6第2項）は甲が求めたときだけです。ツールは期限の日数を置かず、期間の満了後に記録があることと、報告書の記載事項を確かめます。',
                                             'en': 'Art. 6(1) says only “surely and promptly”, with no '
                                                   'number of days; a witness (art. 6(2)) only when 甲 '
                                                   'asks. The tool sets no deadline in days: it checks '
                                                   'that a record exists once the period has ended, and '
                                                   'what the report states.'},
                          'basis': [{'article': '6', 'paragraph': '1'},
                                    {'article': '6', 'paragraph': '2'}],
                          'recorded_only': True},
                         {'id': 'audit-deeper',
                          'topic': {'ja': '再々委託先の監査', 'en': 'Auditing tiers beyond the subcontractor'},
                          'interpretation': {'ja': '第11は乙と再委託先だけを監査・検査の相手としています。再々委託先（その先を含む）を甲が直接監査できるとは定めていないため、ツールはそれらには再委託先に負わせた乙と同様の義務とその遵守の監督（第7第2項）を通じてだけ及ぶものとして示します。',
                                             'en': 'Article 11 names 乙 and the subcontractor only. It '
                                                   'does not let 甲 audit a sub-subcontractor (or deeper) '
                                                   'itself, so the tool shows those tiers as reached only '
                                                   'through the obligations put on the subcontractor and '
                                                   'the supervision of their keeping (art. 7(2)).'},
                          'basis': [{'article': '11', 'paragraph': '1'},
                                    {'article': '7', 'paragraph': '2'}]}],
            'rules': [{'code': 'DLG001',
                       'tiers': [2],
                       'clause': [{'article': '7', 'paragraph': '1'}, {'article': '7', 'paragraph': '2'}],
                       'when': {'personal_data': True}},
                      {'code': 'DLG001',
                       'min_tier': 3,
                       'clause': [{'article': '7', 'paragraph': '2'}],
                       'when': {'personal_data': True},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG001',
                       'min_tier': 2,
                       'when': {'personal_data': False},
                       'severity': 'warning',
                       'clause': [{'article': '7', 'paragraph': '1'}, {'article': '7', 'paragraph': '2'}],
                       'interpretation': 'no-personal-data'},
                      {'code': 'PRT002', 'tiers': [2], 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DLG002', 'tiers': [2], 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DLG002',
                       'min_tier': 3,
                       'clause': {'article': '7', 'paragraph': '2'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG003', 'tiers': [2], 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DLG003',
                       'min_tier': 3,
                       'clause': {'article': '7', 'paragraph': '2'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'TIR002',
                       'min_tier': 3,
                       'clause': {'article': '7', 'paragraph': '2'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG004', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DLG005', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DLG006', 'clause': {'article': '7', 'paragraph': '1'}},
                      {'code': 'DLG007', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DLG009', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '1'}},
                      {'code': 'DLG011', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DLG012', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DLG013', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DLG010', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'ITM001',
                       'tiers': [2],
                       'items': 'subcontract',
                       'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'ITM001',
                       'min_tier': 3,
                       'items': 'subcontract',
                       'clause': {'article': '7', 'paragraph': '2'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'PST001', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'PST002',
                       'min_tier': 2,
                       'provisions': ['obligations'],
                       'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'PST003', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '3'}},
                      {'code': 'PST004',
                       'min_tier': 2,
                       'days': 30,
                       'clause': {'article': '7', 'paragraph': '3'},
                       'interpretation': 'promptly'},
                      {'code': 'STF008', 'clause': {'article': '3', 'paragraph': '2'}},
                      {'code': 'STF008',
                       'when': {'min_tier': 2},
                       'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'STF006', 'clause': {'article': '5', 'item': '6'}},
                      {'code': 'STF006',
                       'when': {'min_tier': 2},
                       'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'STF007', 'clause': {'article': '5', 'item': '6'}},
                      {'code': 'STF007',
                       'when': {'min_tier': 2},
                       'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DAT001', 'min_tier': 2, 'clause': {'article': '8'}},
                      {'code': 'DAT002', 'min_tier': 2, 'clause': {'article': '7', 'paragraph': '2'}},
                      {'code': 'DAT004',
                       'min_tier': 2,
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 取り扱う個人情報の項目を記載すること'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'within',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 委託の期間は委託元が受けている期間の内にあること'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'beyond',
                       'severity': 'error',
                       'clause': {'article': '6', 'paragraph': '1'}},
                      {'code': 'PER003',
                       'min_tier': 2,
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 委託には期間（開始日）を記載すること'}},
                      {'code': 'END001',
                       'tiers': [1],
                       'records': ['return_record', 'disposal_report'],
                       'clause': [{'article': '6', 'paragraph': '1'}, {'article': '6', 'paragraph': '4'}]},
                      {'code': 'END001',
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_report'],
                       'clause': [{'article': '6', 'paragraph': '1'}, {'article': '7', 'paragraph': '2'}],
                       'interpretation': 'end-subcontractors'},
                      {'code': 'DOC003',
                       'subject': 'party',
                       'document': 'disposal_report',
                       'states': ['消去又は廃棄の日時', '消去又は廃棄の内容'],
                       'clause': {'article': '6', 'paragraph': '4'}},
                      {'code': 'END004',
                       'tiers': [1],
                       'records': ['return_record', 'disposal_report'],
                       'clause': [{'article': '6', 'paragraph': '1'}, {'article': '6', 'paragraph': '4'}]},
                      {'code': 'END004',
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_report'],
                       'clause': [{'article': '6', 'paragraph': '1'}, {'article': '7', 'paragraph': '2'}],
                       'interpretation': 'end-subcontractors'}],
            'liability': {'damages': [{'article': '13'}],
                          'termination': [{'article': '14'}],
                          'termination_label': {'ja': '指定の取消し又は期間を定めた業務の全部若しくは一部の停止の命令',
                                                'en': 'revocation of the designation, or an order '
                                                      'suspending all or part of the work for a period'},
                          'damages_claim_text': {'ja': '甲又は第三者に生じた損害の賠償（第13）',
                                                 'en': 'compensation for the loss of 甲 or of third '
                                                       'parties (art. 13)'},
                          'capacities': [{'id': 'direct',
                                          'attaches': 'contract',
                                          'label': {'ja': '直接の責任（指定管理者）',
                                                    'en': 'direct (the designated manager)'},
                                          'short': {'ja': '直接責任（指定管理者）',
                                                    'en': 'direct (designated manager)'},
                                          'reasoning': [{'ja': '{contractor}は甲から指定を受けて業務を行う指定管理者（乙）で、特記事項は指定と基本協定に付くものです。特記事項に違反して甲または第三者に損害を与えたときは、第13によりその損害を賠償しなければなりません（甲に対しては民法第415条の債務不履行による）。',
                                                         'en': '{contractor} runs the work as the manager '
                                                               'designated by 甲 (乙); the provisions '
                                                               'attach to the designation and its basic '
                                                               'agreement. Where a breach of the '
                                                               'provisions causes loss to 甲 or to a third '
                                                               'party, art. 13 makes it compensate that '
                                                               'loss (toward 甲, as a default under Civil '
                                                               'Code art. 415).'}],
                                          'statutes': ['contract_breach']}],
                          'reporting': [{'who': ['contractor'],
                                         'timing': 'promptly',
                                         'what': {'ja': '特記事項に違反する事態またはそのおそれ（指定期間の満了・取消しの後も同じ）。甲の指示に従う',
                                                  'en': 'a situation in breach of the provisions, or the '
                                                        'risk of one (after the designation ends too); '
                                                        "then 甲's instructions"},
                                         'clause': [{'article': '12'}],
                                         'on_breach': True},
                                        {'who': ['contractor'],
                                         'timing': 'on_request',
                                         'what': {'ja': '個人情報の取扱いの状況（求められたら直ちに）',
                                                  'en': 'how the personal data is handled (at once when '
                                                        'asked)'},
                                         'clause': [{'article': '10'}]}],
                          'statutes': {'statutory_duty_contractor': [{'document': '個人情報保護法',
                                                                      'article': '66',
                                                                      'paragraph': '2',
                                                                      'item': '2'},
                                                                     {'document': '個人情報保護法',
                                                                      'article': '67'}]},
                          'delegates': [{'tiers': [2],
                                         'basis': 'regardless_of_terms',
                                         'clause': [{'article': '7', 'paragraph': '4'}]},
                                        {'min_tier': 3,
                                         'basis': 'regardless_of_terms',
                                         'clause': [{'article': '7', 'paragraph': '4'}],
                                         'interpretation': 'sub-subcontract'}],
                          'non_regular': {'basis': 'general_law'}},
            'document_kinds': {'return_record': {'label': {'ja': '返還・引渡しの記録',
                                                           'en': 'record of the return or hand-over'}},
                               'disposal_report': {'label': {'ja': '消去・廃棄の記録と報告書',
                                                             'en': 'record and written report of the '
                                                                   'erasure or disposal'}}},
            'audit': {'what': {'ja': '個人情報の取扱いについて基本協定の定める措置が講じられているかの、必要に応じた監査又は検査（実地検査を含む）。乙には必要な情報を求め、指示できる',
                               'en': 'an audit or inspection, as needed and on-site included, of whether '
                                     'the measures the basic agreement requires are taken; 乙 may be asked '
                                     'for information and instructed'},
                      'on_site': 'yes',
                      'reach': [{'tiers': [1, 2],
                                 'reach': 'direct',
                                 'clause': [{'article': '11', 'paragraph': '1'}]},
                                {'min_tier': 3,
                                 'reach': 'flow_down',
                                 'clause': [{'article': '7', 'paragraph': '2'}],
                                 'interpretation': 'audit-deeper'}]}}


def _profiles_002():
    return {'id': '002',
            'title': '情報セキュリティに関する特記事項（発注者・受注者）',
            'issuer': '発注者（自治体名の記載なし）',
            'source': '002_aad8c636856be78e.txt',
            'article_suffix': '',
            'summary': {'ja': '受注者は個人情報を自ら扱い、発注者の承諾がなければ第三者に委託できない。二以上の段階にわたる委託と子会社への委託も「再委託等」に含まれる。承諾を得た場合は相手方に特記事項を守らせ、受注者は相手方の行為について相手方と連帯して責任を負う。電子データの保存先は届け出て、クラウドを使うときは契約先を申し出る。',
                        'en': 'The contractor handles personal data itself and may not delegate without '
                              "the client's consent; delegation over several stages and delegation to a "
                              'subsidiary both count. An approved delegate must be made to keep the '
                              'provisions, and the contractor answers jointly and severally with it for '
                              "its acts. Storage places are notified; a cloud service's provider is "
                              'reported.'},
            'roles': {'municipality': '発注者', 'contractor': '受注者'},
            'terms': {'municipality': {'ja': '発注者', 'en': 'the client'},
                      'contractor': {'ja': '受注者', 'en': 'the contractor'},
                      'consent': {'ja': '承諾', 'en': 'approval'},
                      'consent_document': {'ja': '承諾', 'en': 'approval'}},
            'articles': {'1': '基本的事項',
                         '2': '機密の保持等',
                         '3': '従事者への教育',
                         '4': '再委託等の禁止',
                         '5': '再委託等に係る連帯責任',
                         '6': '資料等の返還又は廃棄',
                         '7': '報告等',
                         '8': '立ち入り検査',
                         '9': '情報セキュリティインシデント発生時の公表',
                         '10': '情報セキュリティの確保',
                         '11': '契約解除',
                         '12': '損害賠償'},
            'silences': [{'id': 'no-application',
                          'topic': {'ja': '申請書と記載事項', 'en': 'Written application and its items'},
                          'interpretation': {'ja': '第4は承諾を求めますが、書面による申請や記載事項は定めていません。ツールは承諾の有無・時期・範囲だけを確認し、申請書の有無や記載事項は確認しません。',
                                             'en': 'Article 4 requires consent but no written application '
                                                   'and no list of items. The tool checks consent (its '
                                                   'presence, timing and scope) only.'},
                          'basis': [{'article': '4'}],
                          'recorded_only': True},
                         {'id': 'joint-path',
                          'topic': {'ja': '連帯責任を負う者と範囲', 'en': 'Who answers jointly, and for whom'},
                          'interpretation': {'ja': '第5は受注者が再委託等の相手方の行為について相手方と連帯して責任を負うと定めています。契約は当事者だけを拘束するため（契約の相対効）、この条項で発注者に連帯して責任を負うのは受注者だけで、相手方や経路上の他の事業者は発注者の債務者になりません。第4は二以上の段階にわたる委託も再委託等に含めるため、ツールはどの段階で事故が起きても、受注者が事故の起きた相手方と連帯して責任を負うものとして扱います。経路上の各事業者は委託元に対して再委託契約により責任を負い、事故の起きた事業者自身の発注者への責任は不法行為（民法第709条・第715条）など別の根拠による、事実次第の責任として示します。',
                                             'en': 'Article 5 makes the contractor answer jointly and '
                                                   "severally with the delegate for the delegate's acts. "
                                                   'A contract binds its parties only, so under this '
                                                   'clause the contractor alone answers to the client; '
                                                   'neither the delegate nor any other party on the path '
                                                   "becomes the client's debtor. Since article 4 counts "
                                                   'multi-stage delegation as 再委託等, the tool has the '
                                                   'contractor answer jointly with the delegate where the '
                                                   'incident happened, at any tier. Each party on the '
                                                   'path answers to its delegator under its subcontract; '
                                                   'the liability of the party where it happened to the '
                                                   'client rests on other grounds (tort, Civil Code arts. '
                                                   '709 and 715) and is shown as an exposure that depends '
                                                   'on the facts.'},
                          'basis': [{'article': '5'}, {'article': '4'}]},
                         {'id': 'prior-consent',
                          'topic': {'ja': '承諾の時期', 'en': 'When consent must be given'},
                          'interpretation': {'ja': '第4は「承諾があるとき」を除き委託を禁じています。承諾のないまま業務が始まればその間は禁止された委託であるため、ツールは承諾が委託の開始日までにあることを確認します。',
                                             'en': 'Article 4 forbids delegation save with consent; work '
                                                   'started before consent is forbidden delegation '
                                                   'meanwhile, so the tool checks consent is dated no '
                                                   'later than the start.'},
                          'basis': [{'article': '4'}]},
                         {'id': 'no-personal-data',
                          'topic': {'ja': '個人情報を扱わない委託',
                                    'en': 'A delegation that handles no personal information'},
                          'interpretation': {'ja': '第4は個人情報の取扱いを第三者に委ねることを制限しており、個人情報を扱わない業務の委託には触れていません。取り扱う個人情報の記載がない委託では、特記事項による承諾の要否は個人情報を扱うかどうかによるため、ツールは承諾のないことを誤りではなく警告として示します。委託が主たる契約で認められているかを確認してください。',
                                             'en': 'Article 4 restricts passing on the handling of '
                                                   'personal information and says nothing of delegating '
                                                   'work that handles none. For a delegation that lists '
                                                   'no personal data, whether the provisions require '
                                                   'consent depends on whether personal information is '
                                                   'handled, so the tool reports the missing consent as a '
                                                   'warning, not an error. Check whether the main '
                                                   'contract allows the delegation.'},
                          'basis': [{'article': '4'}]},
                         {'id': 'consent-one-delegate',
                          'topic': {'ja': '承諾が認める相手方', 'en': 'Whom a consent covers'},
                          'interpretation': {'ja': '第4は承諾を求めますが、承諾が誰への委託についてのものかも、相手方を替えるときの手続も定めていません。承諾は特定の第三者への委託に与えられるものであるため、ツールは、別の会社を相手方とする承諾や、同じ承諾を二つの会社への委託に使ったものを、承諾のない委託として確認します。',
                                             'en': 'Article 4 requires consent but says neither whose '
                                                   'delegation a consent covers nor what a change of '
                                                   'delegate needs. Consent is given to a delegation to a '
                                                   'particular third party, so the tool treats a consent '
                                                   'naming another company, or one consent used for two '
                                                   'companies, as delegation without consent.'},
                          'basis': [{'article': '4'}]},
                         {'id': 'end-evidence',
                          'topic': {'ja': '返還・廃棄の記録と期限',
                                    'en': 'Record and deadline of the return or disposal'},
                          'interpretation': {'ja': '第6は業務完了後「直ちに」返還または廃棄することを受注者と再委託等の相手方に求めますが、記録や報告、日数を定めていません。ツールは、業務の完了（契約期間の終了）後に、資料を受け取った各段階の事業者に返還または廃棄の日付のある記録を求め、期限の日数は置きません。',
                                             'en': 'Article 6 has the contractor and every 再委託等の相手方 '
                                                   'return or dispose of what they were given “at once” '
                                                   'after completion, but provides for no record, report '
                                                   'or number of days. The tool asks each company at any '
                                                   'tier that received data for a dated record of the '
                                                   'return or disposal once the work (the contract '
                                                   'period) has ended, and sets no deadline in days.'},
                          'basis': [{'article': '6'}, {'article': '4'}]},
                         {'id': 'audit-every-tier',
                          'topic': {'ja': '3次以降の事業者の立ち入り検査',
                                    'en': 'Inspecting tiers beyond the subcontractor'},
                          'interpretation': {'ja': '第8は「再委託先の事業者」とだけ言いますが、第4は二以上の段階にわたる委託を再委託等に含め、第7第1項は再委託等の相手方に報告を求められるとするため、ツールは3次以降の事業者も直接の検査の相手として示します。',
                                             'en': 'Article 8 says only “the subcontractor”, but art. 4 '
                                                   'counts multi-tier delegation as 再委託等 and art. 7(1) '
                                                   'lets the client ask any 再委託等の相手方 for reports, so the '
                                                   'tool shows companies at tier 3 and deeper as '
                                                   'inspected directly too.'},
                          'basis': [{'article': '8'},
                                    {'article': '4'},
                                    {'article': '7', 'paragraph': '1'}]}],
            'rules': [{'code': 'DLG001',
                       'min_tier': 2,
                       'clause': {'article': '4'},
                       'when': {'personal_data': True}},
                      {'code': 'DLG001',
                       'min_tier': 2,
                       'when': {'personal_data': False},
                       'severity': 'warning',
                       'clause': [{'article': '4'}],
                       'interpretation': 'no-personal-data'},
                      {'code': 'DLG002',
                       'min_tier': 2,
                       'clause': {'article': '4'},
                       'interpretation': 'prior-consent'},
                      {'code': 'DLG005', 'min_tier': 2, 'clause': {'article': '4'}},
                      {'code': 'DLG006', 'clause': {'article': '4'}},
                      {'code': 'DLG007', 'min_tier': 2, 'clause': {'article': '4'}},
                      {'code': 'DLG009',
                       'min_tier': 2,
                       'clause': {'article': '4'},
                       'fix': {'ja': '他社への委託と同じく、{term.municipality}の{term.consent}と、特記事項を遵守させる契約（第4）があるか確認してください（この特記事項は申請書を求めていません）。',
                               'en': 'Check it has, as any delegation, the consent of {term.municipality} '
                                     'and a contract binding it to the provisions (art. 4); these '
                                     'provisions ask for no application.'}},
                      {'code': 'DLG010', 'min_tier': 2, 'clause': {'article': '4'}},
                      {'code': 'DLG011',
                       'min_tier': 2,
                       'applications': False,
                       'clause': {'article': '4'},
                       'interpretation': 'consent-one-delegate'},
                      {'code': 'DLG012',
                       'min_tier': 2,
                       'clause': {'article': '4'},
                       'interpretation': 'consent-one-delegate'},
                      {'code': 'DLG013', 'min_tier': 2, 'clause': {'article': '4'}},
                      {'code': 'PST001', 'min_tier': 2, 'clause': {'article': '4'}},
                      {'code': 'PST002',
                       'min_tier': 2,
                       'provisions': ['obligations'],
                       'clause': {'article': '4'}},
                      {'code': 'STF006', 'clause': {'article': '3'}},
                      {'code': 'STF006', 'when': {'min_tier': 2}, 'clause': {'article': '4'}},
                      {'code': 'PLC003',
                       'kinds': ['storage', 'cloud'],
                       'clause': {'article': '2', 'paragraph': '4'}},
                      {'code': 'PLC003',
                       'kinds': ['storage', 'cloud'],
                       'when': {'min_tier': 2},
                       'clause': {'article': '4'}},
                      {'code': 'PLC004',
                       'clause': {'article': '2', 'paragraph': '4'},
                       'message': {'ja': '{party_name}の{kind}「{name}」について、利用契約先の情報を{term.municipality}に申し出た記録（{field.place.provider}）がありません。',
                                   'en': 'Nothing records that the provider of the {kind} {name} of '
                                         '{party_name} was reported to {term.municipality} '
                                         '({field.place.provider}).'}},
                      {'code': 'PLC004', 'when': {'min_tier': 2}, 'clause': {'article': '4'}},
                      {'code': 'DAT001', 'min_tier': 2, 'clause': {'article': '2', 'paragraph': '1'}},
                      {'code': 'DAT002', 'min_tier': 2, 'clause': {'article': '4'}},
                      {'code': 'DAT004',
                       'min_tier': 2,
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 取り扱う個人情報の項目を記載すること'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'within',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 委託の期間は委託元が受けている期間の内にあること'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'beyond',
                       'severity': 'error',
                       'clause': {'article': '6'}},
                      {'code': 'PER003',
                       'min_tier': 2,
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 委託には期間（開始日）を記載すること'},
                       'interpretation': 'prior-consent'},
                      {'code': 'END001',
                       'tiers': [1],
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_record'],
                       'clause': {'article': '6'},
                       'interpretation': 'end-evidence'},
                      {'code': 'END004',
                       'tiers': [1],
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_record'],
                       'clause': {'article': '6'},
                       'interpretation': 'end-evidence'}],
            'liability': {'damages': [{'article': '12'}],
                          'termination': [{'article': '11'}],
                          'termination_label': {'ja': '契約解除', 'en': 'termination'},
                          'damages_claim_text': {'ja': '損害のための経費の負担（第12、第三者の損害を含む）と債務不履行による損害賠償',
                                                 'en': 'the costs of the damage (art. 12, third-party '
                                                       'damage included) and damages for default'},
                          'capacities': [{'id': 'direct',
                                          'attaches': 'contract',
                                          'label': {'ja': '直接の責任（契約の当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'short': {'ja': '直接責任（契約当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'reasoning': [{'ja': '{contractor}は発注者と契約を締結した受注者です。第12により、個人情報の取扱いから生じた損害（第三者に与えた損害を含む）のための経費は、{contractor}が負担します。この定めは義務違反を条件としていません。特記事項の義務に違反して発注者に損害を与えたときは、債務不履行（民法第415条）による賠償の責任も負います。',
                                                         'en': '{contractor} is the contractor, party to '
                                                               'the contract. Under art. 12 it bears the '
                                                               'costs of damage arising from the handling '
                                                               'of personal information, damage to third '
                                                               'parties included; the clause does not '
                                                               'make a breach its condition. Where it '
                                                               'breaks a duty of the provisions and the '
                                                               'client suffers loss, it is also liable '
                                                               'for default (Civil Code art. 415).'}],
                                          'statutes': ['contract_breach']}],
                          'reporting': [{'who': ['contractor'],
                                         'timing': 'immediately',
                                         'what': {'ja': '特記事項に違反する行為またはそのおそれ（再委託等の相手方によるものを含む）。発注者の指示に従う',
                                                  'en': 'an act in breach of the provisions, or the risk '
                                                        "of one, a delegate's included; then the client's "
                                                        'instructions'},
                                         'clause': [{'article': '7', 'paragraph': '2'}],
                                         'on_breach': True},
                                        {'who': ['contractor'],
                                         'timing': 'immediately',
                                         'what': {'ja': '違反の有無にかかわらず、業務で扱う情報資産に起きた情報セキュリティインシデントまたはそのおそれ',
                                                  'en': 'any security incident, or its risk, affecting '
                                                        'the information assets of the work, breach or '
                                                        'not'},
                                         'clause': [{'article': '7', 'paragraph': '3'}]}],
                          'delegates': [{'min_tier': 2,
                                         'basis': 'joint_and_several',
                                         'clause': [{'article': '5'}, {'article': '4'}],
                                         'interpretation': 'joint-path'}],
                          'non_regular': {'basis': 'general_law'}},
            'document_kinds': {'return_record': {'label': {'ja': '返還の記録', 'en': 'record of the return'}},
                               'disposal_record': {'label': {'ja': '廃棄の記録',
                                                             'en': 'record of the disposal'}}},
            'audit': {'what': {'ja': '特記事項の遵守状況の確認のための立ち入り検査と、遵守状況・セキュリティ対策の状況の定期又は随時の報告の求め',
                               'en': 'an on-site inspection of how these provisions are kept, and reports '
                                     'on it and on the security measures, regularly or at any time'},
                      'on_site': 'yes',
                      'alternatives': [{'ja': '第三者による監査', 'en': 'an audit by a third party'},
                                       {'ja': '第三者監査に類する客観性のある委託先の内部監査部門による監査・検査',
                                        'en': "an audit or inspection by the company's internal audit "
                                              "with the objectivity of a third party's"},
                                       {'ja': '国際的なセキュリティの第三者認証（ISO/IEC 27001 等）の取得の確認',
                                        'en': 'checking an international security certification (ISO/IEC '
                                              '27001 and the like)'}],
                      'reach': [{'tiers': [1, 2],
                                 'reach': 'direct',
                                 'clause': [{'article': '7', 'paragraph': '1'}, {'article': '8'}]},
                                {'min_tier': 3,
                                 'reach': 'direct',
                                 'clause': [{'article': '7', 'paragraph': '1'}, {'article': '8'}],
                                 'interpretation': 'audit-every-tier'}]}}


def _profiles_003():
    return {'id': '003',
            'title': '秘密情報及び個人情報の取扱に関する特記事項（所沢市）',
            'issuer': '所沢市',
            'revision': '令和7年3月4日改定',
            'source': '003_9b6d85a0d5264bc3.txt',
            'article_suffix': '条',
            'summary': {'ja': '再委託は事前に申請して承認を受けた場合に限る。作業責任者と作業従事者（派遣労働者・再委託先の従事者を含む）は原則として着手前に申請して承認を受け、変更も事前に承認を受ける。作業場所も着手前に承認を受ける。発注者の指示があれば誓約書を出させる。責任については一般の契約法による。',
                        'en': 'Subcontracting only on prior application and approval. Work leads and '
                              "staff, dispatched and subcontractors' staff included, are applied for and "
                              'approved before work in principle, and changes beforehand. Work places are '
                              'approved before work. Pledges when the city instructs. Liability follows '
                              'general contract law.'},
            'tier_interpretations': [{'min_tier': 3, 'interpretation': 'sub-subcontract'}],
            'roles': {'municipality': '発注者（所沢市）', 'contractor': '受注者'},
            'terms': {'municipality': {'ja': '発注者', 'en': 'the client'},
                      'contractor': {'ja': '受注者', 'en': 'the contractor'},
                      'consent': {'ja': '承認', 'en': 'approval'},
                      'consent_document': {'ja': '承認', 'en': 'approval'},
                      'approval': {'ja': '承認', 'en': 'approval'}},
            'articles': {'1': '基本的事項',
                         '2': '秘密情報',
                         '3': '受注者等の責務',
                         '4': '作業責任者の指定等',
                         '5': '作業場所の特定',
                         '6': '研修・教育の実施及び報告',
                         '7': '秘密情報の守秘義務',
                         '8': '目的外利用及び提供の禁止',
                         '9': '再委託の制限等',
                         '10': '秘密情報の管理',
                         '11': '持ち込みの制限',
                         '12': '持ち出しの禁止',
                         '13': '複写等の禁止',
                         '14': '記録の搬送等',
                         '15': '秘密情報の返還又は廃棄',
                         '16': '秘密情報の取扱状況に関する報告',
                         '17': '秘密情報の取扱状況に関する監査及び検査',
                         '18': '情報セキュリティインシデントの報告',
                         '19': '権利帰属',
                         '20': '契約解除',
                         '21': '損害賠償'},
            'silences': [{'id': 'sub-subcontract',
                          'topic': {'ja': '再々委託', 'en': 'Sub-subcontracting (tier 3 and beyond)'},
                          'interpretation': {'ja': '第9条は再々委託に触れていません。第9条は業務の全部又は一部を他に委ねることを事前の申請・承認なしに禁じており、第4条第2項は再委託先の従事者にも承認を求めているため、ツールはさらに先の委託にも事前の申請と発注者の承認を要するものとして確認します。',
                                             'en': 'Article 9 does not mention sub-subcontracting. It '
                                                   'bars passing on all or part of the work without prior '
                                                   'application and approval, and art. 4(2) already '
                                                   "reaches subcontractors' staff, so the tool requires "
                                                   'the same prior application and approval for deeper '
                                                   'tiers.'},
                          'basis': [{'article': '9'}, {'article': '4', 'paragraph': '2'}]},
                         {'id': 'liability',
                          'topic': {'ja': '再委託先の行為についての責任', 'en': "Liability for delegates' acts"},
                          'interpretation': {'ja': '特記事項は再委託先の行為についての受注者の責任を定めていません。受注者は、債務の履行のために使用する者（履行補助者）の行為について一般の契約法（民法第415条）により責任を負うものとして扱い、特記事項の条項としては示しません。',
                                             'en': "The provisions say nothing of the contractor's "
                                                   'liability for delegates. The tool treats the '
                                                   'contractor as answering under general contract law '
                                                   '(Civil Code art. 415) for those it uses to perform, '
                                                   'and cites no clause of the provisions for it.'},
                          'basis': [{'article': '21'}]},
                         {'id': 'direction',
                          'topic': {'ja': '再委託事業者の従事者を誰が指揮命令するか',
                                    'en': "Who directs a subcontractor's staff"},
                          'interpretation': {'ja': '第4条第4項は、受注者が定める作業責任者（第4条第1項）に作業従事者を指揮監督させ、作業従事者には再委託事業者の従事者も含まれます（第4条第2項）。再委託事業者が自らの従事者に指示する関係との調整は定めていません。ツールは、チェーンに指揮命令する事業者（directed_by）が記録されていない再委託事業者の従事者を、受注者の作業責任者が直接指揮監督するものとして扱います。再委託事業者の作業責任者への指示は、委託の関係のなかの指示として扱います。',
                                             'en': 'Art. 4(4) has the work lead the contractor appoints '
                                                   '(art. 4(1)) direct and supervise the staff, and the '
                                                   "staff include a subcontractor's (art. 4(2)). It does "
                                                   'not say how this sits with the subcontractor '
                                                   'directing its own staff. The tool takes a '
                                                   "subcontractor's worker for whom the chain records no "
                                                   'directing party (directed_by) as directed by the '
                                                   "contractor's work lead in person; instructions to the "
                                                   "subcontractor's own work lead are taken as "
                                                   'instructions within the subcontract.'},
                          'basis': [{'article': '4', 'paragraph': '4'},
                                    {'article': '4', 'paragraph': '2'},
                                    {'article': '4', 'paragraph': '1'}]},
                         {'id': 'delegate-change',
                          'topic': {'ja': '再委託先の変更', 'en': 'A change of subcontractor'},
                          'interpretation': {'ja': '第9条は事前の申請と承認を求めますが、申請の記載事項も、再委託先を替えるときの手続も定めていません。承認は申請した再委託先への委託に与えられ、特記事項は作業責任者・作業従事者の変更（第4条第3項）と作業場所の変更（第5条第2項）にも事前の申請と承認を求めているため、ツールは、再委託先を替えることにも改めて事前の申請と承認を要するものとし、別の会社を相手方とする申請・承認や、同じ承認を二つの会社への委託に使ったものを確認します。',
                                             'en': 'Article 9 requires a prior application and approval '
                                                   'but states neither what the application holds nor '
                                                   'what a change of subcontractor needs. An approval is '
                                                   'given to the delegation applied for, and the '
                                                   'provisions ask a prior application and approval even '
                                                   'to change a work lead or staff (art. 4(3)) or a work '
                                                   'place (art. 5(2)), so the tool requires a new prior '
                                                   'application and approval for another subcontractor '
                                                   'too, and reports an application or approval naming '
                                                   'another company, or one approval used for two.'},
                          'basis': [{'article': '9'},
                                    {'article': '4', 'paragraph': '3'},
                                    {'article': '5', 'paragraph': '2'}]},
                         {'id': 'end-subcontractors',
                          'topic': {'ja': '再委託先の返還・廃棄', 'en': 'Return and disposal by subcontractors'},
                          'interpretation': {'ja': '第15条は受注者についてだけ定めています。再委託先が持つ秘密情報も受注者が業務で利用する秘密情報であり、受注者が返還・廃棄を果たすには再委託先の分も返還・廃棄されなければならず、第17条・第18条も再委託事業者に及ぶため、ツールは個人情報を受け取った再委託先にも同じ記録と事前の承諾を求めます。',
                                             'en': 'Article 15 names the contractor only. The secret '
                                                   'information a subcontractor holds is still '
                                                   'information the contractor uses in the work: the '
                                                   "contractor's return or disposal is complete only with "
                                                   "the subcontractor's, and arts. 17 and 18 reach "
                                                   'subcontractors too. So the tool asks every '
                                                   'subcontractor that received data for the same record, '
                                                   'and for the prior approval.'},
                          'basis': [{'article': '15', 'paragraph': '1'},
                                    {'article': '17', 'paragraph': '1'},
                                    {'article': '18', 'paragraph': '1'}]},
                         {'id': 'end-deadline',
                          'topic': {'ja': '返還・廃棄の期限と立会い',
                                    'en': 'When the data goes back, and the witness'},
                          'interpretation': {'ja': '第15条第1項は「速やかに」とだけ定め、日数を置いていません。立会い（第3項）は発注者が求めたときだけです。ツールは期限の日数を置かず、契約の終了後に記録があること、廃棄の前の承諾、申請と報告の記載事項を確かめます。',
                                             'en': 'Art. 15(1) says only “promptly”, with no number of '
                                                   'days; a witness (para. 3) only when the client asks. '
                                                   'The tool sets no deadline in days: it checks that a '
                                                   'record exists once the contract has ended, the '
                                                   'approval before the disposal, and what the '
                                                   'application and the report state.'},
                          'basis': [{'article': '15', 'paragraph': '1'},
                                    {'article': '15', 'paragraph': '3'}],
                          'recorded_only': True},
                         {'id': 'audit-deeper',
                          'topic': {'ja': '再々委託先の監査', 'en': 'Auditing tiers beyond the subcontractor'},
                          'interpretation': {'ja': '第17条は受注者に再委託事業者を含むとしますが、再々委託先に触れていません。第9条の承認を経たさらに先の委託も業務の一部を担う再委託であるため、ツールは3次以降の事業者も発注者が直接監査する相手として示します。',
                                             'en': 'Article 17 includes subcontractors with the '
                                                   'contractor but does not mention deeper tiers. A '
                                                   'deeper delegation approved under art. 9 still carries '
                                                   'part of the work, so the tool shows companies at tier '
                                                   '3 and deeper as audited by the client directly too.'},
                          'basis': [{'article': '17', 'paragraph': '1'}, {'article': '9'}]}],
            'rules': [{'code': 'DLG001', 'tiers': [2], 'clause': {'article': '9'}},
                      {'code': 'DLG001',
                       'min_tier': 3,
                       'clause': {'article': '9'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG002', 'tiers': [2], 'clause': {'article': '9'}},
                      {'code': 'DLG002',
                       'min_tier': 3,
                       'clause': {'article': '9'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG003', 'tiers': [2], 'clause': {'article': '9'}},
                      {'code': 'DLG003',
                       'min_tier': 3,
                       'clause': {'article': '9'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'TIR002',
                       'min_tier': 3,
                       'clause': {'article': '9'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG004', 'min_tier': 2, 'clause': {'article': '9'}},
                      {'code': 'DLG005', 'min_tier': 2, 'clause': {'article': '9'}},
                      {'code': 'DLG006', 'clause': {'article': '9'}},
                      {'code': 'DLG007', 'min_tier': 2, 'clause': {'article': '9'}},
                      {'code': 'DLG009', 'min_tier': 2, 'clause': {'article': '9'}},
                      {'code': 'DLG010', 'min_tier': 2, 'clause': {'article': '9'}},
                      {'code': 'DLG011',
                       'min_tier': 2,
                       'clause': {'article': '9'},
                       'interpretation': 'delegate-change'},
                      {'code': 'DLG012',
                       'min_tier': 2,
                       'clause': {'article': '9'},
                       'interpretation': 'delegate-change'},
                      {'code': 'DLG013', 'min_tier': 2, 'clause': {'article': '9'}},
                      {'code': 'STF001',
                       'roles': ['work_lead'],
                       'clause': {'article': '4', 'paragraph': '1'}},
                      {'code': 'STF001',
                       'clause': [{'article': '4', 'paragraph': '2'}, {'article': '4', 'paragraph': '3'}]},
                      {'code': 'STF002',
                       'changes': 'initial',
                       'roles': ['work_lead'],
                       'clause': {'article': '4', 'paragraph': '1'}},
                      {'code': 'STF002',
                       'changes': 'initial',
                       'clause': {'article': '4', 'paragraph': '2'}},
                      {'code': 'STF002',
                       'changes': 'changes',
                       'severity': 'error',
                       'clause': {'article': '4', 'paragraph': '3'}},
                      {'code': 'STF003',
                       'parties': 'contractor',
                       'clause': {'article': '4', 'paragraph': '1'}},
                      {'code': 'DSP003',
                       'min_tier': 2,
                       'clause': [{'article': '4', 'paragraph': '4'},
                                  {'article': '4', 'paragraph': '2'},
                                  {'document': '昭和61年労働省告示第37号', 'article': '2'},
                                  {'document': '民法', 'article': '715'}],
                       'interpretation': 'direction'},
                      {'code': 'STF004',
                       'when_instructed': True,
                       'clause': {'article': '7', 'paragraph': '3'}},
                      {'code': 'STF006', 'clause': {'article': '6'}},
                      {'code': 'PLC001',
                       'kinds': ['work'],
                       'clause': [{'article': '5', 'paragraph': '1'}, {'article': '5', 'paragraph': '2'}]},
                      {'code': 'PLC002',
                       'kinds': ['work'],
                       'changes': 'initial',
                       'clause': {'article': '5', 'paragraph': '1'}},
                      {'code': 'PLC002',
                       'kinds': ['work'],
                       'changes': 'changes',
                       'severity': 'error',
                       'clause': {'article': '5', 'paragraph': '2'}},
                      {'code': 'PLC005', 'clause': {'article': '5', 'paragraph': '1'}},
                      {'code': 'DAT001', 'min_tier': 2, 'clause': {'article': '8'}},
                      {'code': 'DAT002', 'min_tier': 2, 'clause': {'article': '9'}},
                      {'code': 'DAT004',
                       'min_tier': 2,
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 取り扱う個人情報の項目を記載すること'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'within',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 委託の期間は委託元が受けている期間の内にあること'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'beyond',
                       'severity': 'error',
                       'clause': {'article': '15', 'paragraph': '1'}},
                      {'code': 'PER003',
                       'min_tier': 2,
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 委託には期間（開始日）を記載すること'}},
                      {'code': 'END001',
                       'tiers': [1],
                       'records': ['return_record', 'disposal_report'],
                       'clause': [{'article': '15', 'paragraph': '1'},
                                  {'article': '15', 'paragraph': '5'}]},
                      {'code': 'END001',
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_report'],
                       'clause': {'article': '15', 'paragraph': '1'},
                       'interpretation': 'end-subcontractors'},
                      {'code': 'END002',
                       'tiers': [1],
                       'records': ['disposal_report'],
                       'approval': 'disposal_approval',
                       'clause': {'article': '15', 'paragraph': '2'}},
                      {'code': 'END002',
                       'min_tier': 2,
                       'records': ['disposal_report'],
                       'approval': 'disposal_approval',
                       'clause': {'article': '15', 'paragraph': '2'},
                       'interpretation': 'end-subcontractors'},
                      {'code': 'DOC003',
                       'subject': 'party',
                       'document': 'disposal_application',
                       'states': ['秘密情報の項目', '媒体名', '数量', '消去又は廃棄の方法', '処理予定日'],
                       'clause': {'article': '15', 'paragraph': '2'}},
                      {'code': 'DOC003',
                       'subject': 'party',
                       'document': 'disposal_report',
                       'states': ['消去又は廃棄の日時', '担当者名'],
                       'clause': {'article': '15', 'paragraph': '5'}},
                      {'code': 'END004',
                       'tiers': [1],
                       'records': ['return_record', 'disposal_report'],
                       'clause': [{'article': '15', 'paragraph': '1'},
                                  {'article': '15', 'paragraph': '5'}]},
                      {'code': 'END004',
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_report'],
                       'clause': {'article': '15', 'paragraph': '1'},
                       'interpretation': 'end-subcontractors'}],
            'liability': {'damages': [{'article': '21'}],
                          'termination': [{'article': '20', 'paragraph': '1'},
                                          {'article': '20', 'paragraph': '2'}],
                          'termination_label': {'ja': '契約の全部又は一部の解除（受注者は解除による損害の賠償を請求できない）',
                                                'en': 'termination in whole or part (the contractor '
                                                      'cannot claim for its loss)'},
                          'damages_claim_text': {'ja': '損害賠償（第21条）', 'en': 'damages (art. 21)'},
                          'capacities': [{'id': 'direct',
                                          'attaches': 'contract',
                                          'label': {'ja': '直接の責任（契約の当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'short': {'ja': '直接責任（契約当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'reasoning': [{'ja': '{contractor}は発注者と契約を締結した受注者です。特記事項の内容に反し、または義務を果たさなかったために発注者に損害が生じたときは、発注者は第21条により{contractor}に損害賠償を請求できます（債務不履行、民法第415条）。',
                                                         'en': '{contractor} is the contractor, party to '
                                                               'the contract. Where the client suffers '
                                                               'loss because it acted against the '
                                                               'provisions or neglected them, art. 21 '
                                                               'lets the client claim damages from it '
                                                               '(default, Civil Code art. 415).'}],
                                          'statutes': ['contract_breach']}],
                          'reporting': [{'who': ['contractor', 'incident_party'],
                                         'timing': 'immediately',
                                         'what': {'ja': '秘密情報の紛失・漏えい・改ざん・破損などの情報セキュリティインシデントまたはそのおそれを、帰責の有無にかかわらず、内容・件数・発生場所・状況とともに報告し、発注者の指示に従う（再委託事業者も自ら報告する）',
                                                  'en': 'a security incident (loss, leak, alteration, '
                                                        'damage of secret information) or its risk, fault '
                                                        'or not, with the data concerned, how much, where '
                                                        "and how; then the client's instructions (a "
                                                        'subcontractor reports too)'},
                                         'clause': [{'article': '18', 'paragraph': '1'}]},
                                        {'who': ['contractor'],
                                         'timing': 'on_request',
                                         'what': {'ja': '秘密情報の取扱いの状況（求められたら直ちに）',
                                                  'en': 'how the secret information is handled (at once '
                                                        'when asked)'},
                                         'clause': [{'article': '16', 'paragraph': '2'}]}],
                          'delegates': [{'min_tier': 2,
                                         'basis': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'basis': 'general_law', 'interpretation': 'liability'}},
            'document_kinds': {'return_record': {'label': {'ja': '返還の記録', 'en': 'record of the return'}},
                               'disposal_application': {'label': {'ja': '消去・廃棄の申請',
                                                                  'en': 'application for the erasure or '
                                                                        'disposal'}},
                               'disposal_approval': {'label': {'ja': '消去・廃棄の承諾',
                                                               'en': 'approval of the erasure or '
                                                                     'disposal'}},
                               'disposal_report': {'label': {'ja': '消去・廃棄の記録と報告',
                                                             'en': 'record and report of the erasure or '
                                                                   'disposal'}}},
            'audit': {'what': {'ja': '秘密情報の取扱いについて特記事項の措置が講じられているかの、定期的な又は必要に応じた監査又は検査（発注者の義務）。受注者には必要な情報を求め、指示できる',
                               'en': 'an audit or inspection, regularly or as needed, of whether the '
                                     'measures of the provisions are taken (a duty of the client); the '
                                     'contractor may be asked for information and instructed'},
                      'duty': True,
                      'on_site': 'principle',
                      'alternatives': [{'ja': '作業場所に赴くことが難しいときは、テレビ会議システムと写真の収集などによる確認',
                                        'en': 'where the work place is too far to visit, a check by video '
                                              'conference and photographs'}],
                      'reach': [{'tiers': [1, 2],
                                 'reach': 'direct',
                                 'clause': [{'article': '17', 'paragraph': '1'},
                                            {'article': '17', 'paragraph': '2'}]},
                                {'min_tier': 3,
                                 'reach': 'direct',
                                 'clause': [{'article': '17', 'paragraph': '1'},
                                            {'article': '17', 'paragraph': '2'}],
                                 'interpretation': 'audit-deeper'}]}}


def _profiles_004():
    return {'id': '004',
            'title': '行政情報流出防止対策に係る取扱規定（倉敷市環境局下水道部）',
            'issuer': '倉敷市環境局下水道部',
            'source': '004_ea472fc348e3ce42.txt',
            'article_suffix': '',
            'summary': {'ja': '受注者は発注者の承諾なしに個人情報を第三者に扱わせてはならない（別記第8）。再委託を認められた場合は再委託先の流出防止対策を確認し指導する。派遣労働者を含む社員等すべてに流出防止対策を周知する。情報管理責任者を選任して誓約書（様式1）で報告する。再委託先についての責任は定めがなく一般の契約法による。',
                        'en': 'The contractor may let no third party handle personal data without consent '
                              '(annex art. 8). Where subcontracting is allowed it checks and guides the '
                              "subcontractor's leak prevention. All staff, dispatched workers included, "
                              'are informed. An information manager is appointed and reported with a '
                              'pledge (form 1). Liability for subcontractors is not stated: general '
                              'contract law.'},
            'tier_interpretations': [{'min_tier': 3, 'interpretation': 'sub-subcontract'}],
            'roles': {'municipality': '発注者（倉敷市環境局下水道部）', 'contractor': '受注者'},
            'terms': {'municipality': {'ja': '発注者', 'en': 'the client'},
                      'contractor': {'ja': '受注者', 'en': 'the contractor'},
                      'consent': {'ja': '承諾', 'en': 'approval'},
                      'consent_document': {'ja': '承諾', 'en': 'approval'}},
            'articles': {'別記:1': '基本的事項',
                         '別記:2': '秘密の保持',
                         '別記:3': '使用者への周知',
                         '別記:4': '適正な管理',
                         '別記:5': '収集の制限',
                         '別記:6': '使用等の禁止',
                         '別記:7': '複写等の禁止',
                         '別記:8': '再委託の禁止',
                         '別記:9': '資料等の返還等',
                         '別記:10': '事故発生時における報告',
                         '別記:11': '契約の解除及び損害賠償'},
            'silences': [{'id': 'sub-subcontract',
                          'topic': {'ja': '再々委託', 'en': 'Sub-subcontracting (tier 3 and beyond)'},
                          'interpretation': {'ja': '規定は再々委託に触れていません。別記第8は承諾なしに第三者に個人情報を扱わせることを禁じており、再々委託先も第三者であるため、ツールはさらに先の委託にも発注者の承諾を要し、受注者が確認・指導を行うものとして確認します。',
                                             'en': 'Neither part mentions sub-subcontracting. Annex art. '
                                                   '8 forbids letting any third party handle the data '
                                                   'without consent, and a sub-subcontractor is a third '
                                                   'party, so the tool requires consent and the '
                                                   "contractor's guidance at deeper tiers too."},
                          'basis': [{'part': '別記', 'article': '8'},
                                    {'part': '本文',
                                     'paragraph': '2',
                                     'section': '社員等に対する指導',
                                     'item': '3'}]},
                         {'id': 'prior-consent',
                          'topic': {'ja': '承諾の時期', 'en': 'When consent must be given'},
                          'interpretation': {'ja': '別記第8は承諾があるときを除き第三者に個人情報を扱わせることを禁じていますが、承諾の時期は定めていません。承諾のないまま取扱いが始まればその間は禁止された取扱いであるため、ツールは承諾が委託の開始日までにあることを確認します。',
                                             'en': 'Annex art. 8 forbids letting a third party handle the '
                                                   'data save with consent but does not say when consent '
                                                   'is given. Handling before consent is forbidden '
                                                   'meanwhile, so the tool checks consent is dated no '
                                                   'later than the start.'},
                          'basis': [{'part': '別記', 'article': '8'}]},
                         {'id': 'liability',
                          'topic': {'ja': '再委託先の行為についての責任', 'en': "Liability for delegates' acts"},
                          'interpretation': {'ja': '規定は再委託先の行為についての受注者の責任を定めていません。受注者は履行補助者の行為について一般の契約法（民法第415条）により責任を負うものとして扱い、規定の条項としては示しません。',
                                             'en': "The rules say nothing of the contractor's liability "
                                                   'for delegates. The tool treats the contractor as '
                                                   'answering under general contract law (Civil Code art. '
                                                   '415) for those it uses to perform, and cites no '
                                                   'clause for it.'},
                          'basis': [{'part': '別記', 'article': '11'}]},
                         {'id': 'consent-one-delegate',
                          'topic': {'ja': '承諾が認める相手方', 'en': 'Whom a consent covers'},
                          'interpretation': {'ja': '別記第8は承諾があるときを除き第三者に個人情報を扱わせることを禁じ、本文2(3)は発注者が認めた再委託を前提としますが、承諾が誰についてのものかも、相手方を替えるときの手続も定めていません。承諾は特定の第三者に扱わせることに与えられるものであるため、ツールは、別の会社を相手方とする申請・承諾や、同じ承諾を二つの会社への委託に使ったものを、承諾のない取扱いとして確認します。',
                                             'en': 'Annex art. 8 forbids letting a third party handle the '
                                                   'data save with consent, and main text 2(3) speaks of '
                                                   'a subcontract the client has allowed, but neither '
                                                   'says whom a consent covers or what a change of '
                                                   'delegate needs. Consent is given to a particular '
                                                   "third party's handling, so the tool treats an "
                                                   'application or consent naming another company, or one '
                                                   'consent used for two companies, as handling without '
                                                   'consent.'},
                          'basis': [{'part': '別記', 'article': '8'},
                                    {'part': '本文',
                                     'paragraph': '2',
                                     'section': '社員等に対する指導',
                                     'item': '3'}]},
                         {'id': 'no-personal-data',
                          'topic': {'ja': '個人情報を扱わない委託',
                                    'en': 'A delegation that handles no personal information'},
                          'interpretation': {'ja': '別記第8は個人情報の取扱いを第三者に委ねることを制限しており、個人情報を扱わない業務の委託には触れていません。取り扱う個人情報の記載がない委託では、特記事項による承諾の要否は個人情報を扱うかどうかによるため、ツールは承諾のないことを誤りではなく警告として示します。下請負・再委託が主たる契約や約款で認められているかを確認してください。',
                                             'en': 'Annex art. 8 restricts passing on the handling of '
                                                   'personal information and says nothing of delegating '
                                                   'work that handles none. For a delegation that lists '
                                                   'no personal data, whether the provisions require '
                                                   'consent depends on whether personal information is '
                                                   'handled, so the tool reports the missing consent as a '
                                                   'warning, not an error. Check whether the main '
                                                   'contract or its general conditions (約款) allow the '
                                                   'subcontract.'},
                          'basis': [{'part': '別記', 'article': '8'}]},
                         {'id': 'end-evidence',
                          'topic': {'ja': '返却の記録と期限', 'en': 'Record and deadline of the return'},
                          'interpretation': {'ja': '本文の返却の定めと別記第9は「速やかに」「直ちに」返却することを求めますが、記録や日数を定めていません。ツールは、契約の終了後に受注者に返却（発注者が別に指示したときは廃棄）の日付のある記録を求め、期限の日数は置きません。',
                                             'en': "The main text's return provision and annex art. 9 "
                                                   'want the information back “promptly”, “right after” '
                                                   'the end, but provide for no record or number of days. '
                                                   'The tool asks the contractor for a dated record of '
                                                   'the return (or of the disposal the client directed) '
                                                   'once the contract has ended, and sets no deadline in '
                                                   'days.'},
                          'basis': [{'part': '本文', 'paragraph': '2', 'section': '契約終了時等における行政情報の返却'},
                                    {'part': '別記', 'article': '9'}]},
                         {'id': 'end-subcontractors',
                          'topic': {'ja': '再委託先の返却', 'en': 'Return by subcontractors'},
                          'interpretation': {'ja': '規定は再委託先の返却を定めていません。本文2(3)は再委託先に本規定に準じた流出防止対策の確認・指導を求め、返却は「直接発注者に」とされているため、ツールは個人情報を受け取った再委託先にも、契約の終了後に発注者へ直接返却した記録を求めます。',
                                             'en': "The rules do not provide for a subcontractor's "
                                                   'return. Main text 2(3) has the contractor check and '
                                                   "guide the subcontractor's measures along these rules, "
                                                   'and the return goes “directly to the client”, so the '
                                                   'tool asks every subcontractor that received data for '
                                                   'a record of its return directly to the client once '
                                                   'the contract has ended.'},
                          'basis': [{'part': '本文', 'paragraph': '2', 'section': '社員等に対する指導', 'item': '3'},
                                    {'part': '本文', 'paragraph': '2', 'section': '契約終了時等における行政情報の返却'}]},
                         {'id': 'audit-through-contractor',
                          'topic': {'ja': '再委託先の検査', 'en': 'Inspecting subcontractors'},
                          'interpretation': {'ja': '本文3は受注者の管理体制だけを報告と検査の対象としています。再委託先を発注者が直接検査できるとは定めていないため、ツールは再委託先（その先を含む）には受注者が行う流出防止対策の確認・指導（本文2(3)）を通じてだけ及ぶものとして示します。',
                                             'en': "Main text 3 covers the contractor's management only. "
                                                   'It does not let the client inspect a subcontractor '
                                                   'itself, so the tool shows subcontractors (and deeper '
                                                   "tiers) as reached only through the contractor's "
                                                   'checking and guidance of their leak prevention (main '
                                                   'text 2(3)).'},
                          'basis': [{'part': '本文', 'paragraph': '3'},
                                    {'part': '本文',
                                     'paragraph': '2',
                                     'section': '社員等に対する指導',
                                     'item': '3'}]}],
            'rules': [{'code': 'DLG001',
                       'tiers': [2],
                       'clause': [{'part': '別記', 'article': '8'},
                                  {'part': '本文', 'paragraph': '2', 'section': '社員等に対する指導', 'item': '3'}],
                       'when': {'personal_data': True}},
                      {'code': 'DLG001',
                       'min_tier': 3,
                       'clause': {'part': '別記', 'article': '8'},
                       'when': {'personal_data': True},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG001',
                       'min_tier': 2,
                       'when': {'personal_data': False},
                       'severity': 'warning',
                       'clause': [{'part': '別記', 'article': '8'}],
                       'interpretation': 'no-personal-data'},
                      {'code': 'DLG002',
                       'min_tier': 2,
                       'clause': {'part': '別記', 'article': '8'},
                       'interpretation': 'prior-consent'},
                      {'code': 'TIR002',
                       'min_tier': 3,
                       'clause': {'part': '別記', 'article': '8'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG005', 'min_tier': 2, 'clause': {'part': '別記', 'article': '8'}},
                      {'code': 'DLG006', 'clause': {'part': '別記', 'article': '8'}},
                      {'code': 'DLG007', 'min_tier': 2, 'clause': {'part': '別記', 'article': '8'}},
                      {'code': 'DLG009', 'min_tier': 2, 'clause': {'part': '別記', 'article': '8'}},
                      {'code': 'DLG010', 'min_tier': 2, 'clause': {'part': '別記', 'article': '8'}},
                      {'code': 'DLG011',
                       'min_tier': 2,
                       'clause': {'part': '別記', 'article': '8'},
                       'interpretation': 'consent-one-delegate'},
                      {'code': 'DLG012',
                       'min_tier': 2,
                       'clause': {'part': '別記', 'article': '8'},
                       'interpretation': 'consent-one-delegate'},
                      {'code': 'DLG013', 'min_tier': 2, 'clause': {'part': '別記', 'article': '8'}},
                      {'code': 'PST005',
                       'tiers': [2],
                       'clause': {'part': '本文', 'paragraph': '2', 'section': '社員等に対する指導', 'item': '3'}},
                      {'code': 'PST005',
                       'min_tier': 3,
                       'clause': {'part': '本文', 'paragraph': '2', 'section': '社員等に対する指導', 'item': '3'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'STF009',
                       'parties': 'contractor',
                       'clause': [{'part': '本文', 'paragraph': '2', 'section': '社員等に対する指導', 'item': '1'},
                                  {'part': '別記', 'article': '3'}]},
                      {'code': 'STF005',
                       'parties': 'contractor',
                       'clause': {'part': '本文', 'paragraph': '2', 'section': '電子情報管理体制の確保', 'item': '1'}},
                      {'code': 'STF004',
                       'roles': ['info_manager'],
                       'parties': 'contractor',
                       'clause': {'part': '本文', 'paragraph': '2', 'section': '電子情報管理体制の確保', 'item': '1'},
                       'message': {'ja': '{party_name}が情報管理責任者「{name}」の選任を誓約書（様式1）で{term.municipality}に報告した記録がありません。',
                                   'en': 'Nothing records that {party_name} reported the appointment of '
                                         'its information manager {name} to {term.municipality} on form 1 '
                                         '(誓約書).'},
                       'fix': {'ja': '情報管理責任者の選任を様式1で{term.municipality}に報告させ、その日付を情報管理責任者の{field.worker.pledge_on}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Have the appointment reported on form 1 and record its date in the '
                                     "manager's {field.worker.pledge_on} (see {citation})."}},
                      {'code': 'DAT001', 'min_tier': 2, 'clause': {'part': '別記', 'article': '6'}},
                      {'code': 'DAT002', 'min_tier': 2, 'clause': {'part': '別記', 'article': '8'}},
                      {'code': 'DAT004',
                       'min_tier': 2,
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 取り扱う個人情報の項目を記載すること'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'within',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 委託の期間は委託元が受けている期間の内にあること'}},
                      {'code': 'PER001',
                       'min_tier': 2,
                       'contract_end': 'beyond',
                       'severity': 'error',
                       'clause': [{'part': '別記', 'article': '9'},
                                  {'part': '本文', 'paragraph': '2', 'section': '契約終了時等における行政情報の返却'}]},
                      {'code': 'PER003',
                       'min_tier': 2,
                       'clause': {'document': 'チェーン形式 1.0', 'section': '委託の規則: 委託には期間（開始日）を記載すること'},
                       'interpretation': 'prior-consent'},
                      {'code': 'END001',
                       'tiers': [1],
                       'records': ['return_record', 'disposal_record'],
                       'clause': [{'part': '本文', 'paragraph': '2', 'section': '契約終了時等における行政情報の返却'},
                                  {'part': '別記', 'article': '9'}],
                       'interpretation': 'end-evidence'},
                      {'code': 'END001',
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_record'],
                       'clause': [{'part': '本文', 'paragraph': '2', 'section': '契約終了時等における行政情報の返却'},
                                  {'part': '本文', 'paragraph': '2', 'section': '社員等に対する指導', 'item': '3'}],
                       'interpretation': 'end-subcontractors'},
                      {'code': 'END003',
                       'tiers': [1],
                       'records': ['return_record'],
                       'clause': {'part': '本文', 'paragraph': '2', 'section': '契約終了時等における行政情報の返却'}},
                      {'code': 'END003',
                       'min_tier': 2,
                       'records': ['return_record'],
                       'clause': {'part': '本文', 'paragraph': '2', 'section': '契約終了時等における行政情報の返却'},
                       'interpretation': 'end-subcontractors'},
                      {'code': 'END004',
                       'tiers': [1],
                       'records': ['return_record', 'disposal_record'],
                       'clause': [{'part': '本文', 'paragraph': '2', 'section': '契約終了時等における行政情報の返却'},
                                  {'part': '別記', 'article': '9'}],
                       'interpretation': 'end-evidence'},
                      {'code': 'END004',
                       'min_tier': 2,
                       'records': ['return_record', 'disposal_record'],
                       'clause': [{'part': '本文', 'paragraph': '2', 'section': '契約終了時等における行政情報の返却'},
                                  {'part': '本文', 'paragraph': '2', 'section': '社員等に対する指導', 'item': '3'}],
                       'interpretation': 'end-subcontractors'}],
            'liability': {'damages': [{'part': '本文', 'paragraph': '2', 'section': '損害賠償'},
                                      {'part': '別記', 'article': '11'}],
                          'termination': [{'part': '別記', 'article': '11'}],
                          'termination_label': {'ja': '契約の解除', 'en': 'termination'},
                          'damages_claim_text': {'ja': '損害賠償（関係法令の違反によるものを含む）',
                                                 'en': 'damages (breaches of related law included)'},
                          'capacities': [{'id': 'direct',
                                          'attaches': 'contract',
                                          'label': {'ja': '直接の責任（契約の当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'short': {'ja': '直接責任（契約当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'reasoning': [{'ja': '{contractor}は発注者と契約を締結した受注者です。この取扱規定または関係法令に違反して損害が生じたときは、発注者は本文の損害賠償の定めと別記第11により{contractor}に損害賠償を請求できます（債務不履行、民法第415条）。',
                                                         'en': '{contractor} is the contractor, party to '
                                                               'the contract. Where loss arises from a '
                                                               'breach of these rules or of related law, '
                                                               'the client may claim damages from it '
                                                               "under the main text's damages provision "
                                                               'and annex art. 11 (default, Civil Code '
                                                               'art. 415).'}],
                                          'statutes': ['contract_breach']}],
                          'reporting': [{'who': ['contractor'],
                                         'timing': 'promptly',
                                         'what': {'ja': '取り扱う行政情報の流出事故の届出。原因を明らかにし、セキュリティ上の補完措置と再発防止の措置をとる',
                                                  'en': 'notice of a leak of the administrative '
                                                        'information handled; then its cause, remedial '
                                                        'security measures and steps against a '
                                                        'recurrence'},
                                         'clause': [{'part': '本文',
                                                     'paragraph': '2',
                                                     'section': '事故発生時の措置',
                                                     'item': '1'},
                                                    {'part': '本文',
                                                     'paragraph': '2',
                                                     'section': '事故発生時の措置',
                                                     'item': '2'}]},
                                        {'who': ['contractor'],
                                         'timing': 'promptly',
                                         'what': {'ja': '特記事項に違反する事態またはそのおそれ（契約の終了・解除の後も同じ）。発注者の指示に従う',
                                                  'en': 'a situation in breach of the provisions, or the '
                                                        'risk of one (after the contract ends too); then '
                                                        "the client's instructions"},
                                         'clause': [{'part': '別記', 'article': '10'}],
                                         'on_breach': True}],
                          'delegates': [{'min_tier': 2,
                                         'basis': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'basis': 'general_law', 'interpretation': 'liability'}},
            'document_kinds': {'return_record': {'label': {'ja': '返却の記録（発注者の受領）',
                                                           'en': "record of the return (the client's "
                                                                 'receipt)'}},
                               'disposal_record': {'label': {'ja': '指示による廃棄の記録',
                                                             'en': 'record of a disposal the client '
                                                                   'directed'}}},
            'audit': {'what': {'ja': '受注者の行政情報の管理体制などについての、必要に応じた報告の求めと検査確認',
                               'en': "reports, as needed, on the contractor's management of the "
                                     'information, and inspection'},
                      'on_site': 'not_stated',
                      'reach': [{'tiers': [1],
                                 'reach': 'direct',
                                 'clause': [{'part': '本文', 'paragraph': '3'}]},
                                {'min_tier': 2,
                                 'reach': 'flow_down',
                                 'clause': [{'part': '本文',
                                             'paragraph': '2',
                                             'section': '社員等に対する指導',
                                             'item': '3'}],
                                 'interpretation': 'audit-through-contractor'}]}}


def _profiles__builtin():
    return {'id': '_builtin',
            'title': '組込みルール（チェーンの構造・法令）',
            'issuer': 'subcontract-chain',
            'source': 'subcontract-chain format 1.0',
            'summary': {'ja': 'テンプレートに関係なく適用する、チェーンの構造の規則と法令上の規則。',
                        'en': "Rules applied whatever the template: the chain's structure and statutes."},
            'roles': {'municipality': '発注者', 'contractor': '受託者'},
            'terms': {'municipality': {'ja': '発注者', 'en': 'the municipality'},
                      'contractor': {'ja': '受託者', 'en': 'the contractor'},
                      'consent': {'ja': '承諾', 'en': 'approval'},
                      'approval': {'ja': '承認', 'en': 'approval'},
                      'consent_document': {'ja': '承諾書', 'en': 'approval'},
                      'notification_document': {'ja': '届出', 'en': 'notification'},
                      'application': {'ja': '申請書', 'en': 'application'},
                      'delegation': {'ja': '再委託', 'en': 'subcontract (tier 2)'},
                      'sub_delegation': {'ja': '再々委託', 'en': 'sub-subcontract (tier 3)'},
                      'provisions': {'ja': '特記事項', 'en': 'the provisions'}},
            'rules': [{'code': 'CHN001',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 委託は発注者から一方向にたどれること'}},
                      {'code': 'CHN002',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 委託元と委託先は別の当事者であること'}},
                      {'code': 'CHN003',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: id は一覧の中で一意であること'}},
                      {'code': 'CHN004',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 参照する id は parties にあること'}},
                      {'code': 'CHN005',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 当事者は委託でつながること'}},
                      {'code': 'CHN006',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 当事者への経路は一つであること'}},
                      {'code': 'CHN007',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 一つの法人番号に一つの名称'}},
                      {'code': 'CHN008',
                       'clause': {'document': 'チェーン形式 1.0',
                                  'section': '構造の規則: 法人番号は13桁で検査用数字が正しいこと（法人番号の指定等に関する省令 第2条）'}},
                      {'code': 'CHN009',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 当事者の種別は役割に合うこと'}},
                      {'code': 'CHN010',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 一つの会社は一度だけ登録すること'}},
                      {'code': 'CHN011',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 派遣労働者には派遣元があること'}},
                      {'code': 'CHN012',
                       'clause': {'document': 'チェーン形式 1.0',
                                  'section': '構造の規則: 名称と id は見えるとおりの文字で書くこと（見えない文字・表示の向きを変える文字を含めない）'}},
                      {'code': 'PER002',
                       'clause': {'document': 'チェーン形式 1.0', 'section': '構造の規則: 期間の開始日は終了日以前であること'}},
                      {'code': 'DAT003',
                       'clause': [{'document': '番号法', 'article': '10', 'paragraph': '1'},
                                  {'document': '番号法', 'article': '10', 'paragraph': '2'}],
                       'min_tier': 2,
                       'terms': ['個人番号', 'マイナンバー', '特定個人情報'],
                       'carried': 'named'},
                      {'code': 'DAT003',
                       'clause': [{'document': '番号法', 'article': '10', 'paragraph': '1'},
                                  {'document': '番号法', 'article': '10', 'paragraph': '2'}],
                       'min_tier': 2,
                       'terms': ['個人番号', 'マイナンバー', '特定個人情報'],
                       'carried': 'unnamed',
                       'severity': 'warning'},
                      {'code': 'DSP001',
                       'clause': [{'document': '職業安定法', 'article': '44'},
                                  {'document': '労働者派遣法', 'article': '26', 'paragraph': '1'}]},
                      {'code': 'DSP002',
                       'clause': [{'document': '昭和61年労働省告示第37号', 'article': '2'},
                                  {'document': '職業安定法', 'article': '44'},
                                  {'document': '民法', 'article': '715'}]}],
            'liability': {'breach_codes': ['DLG001',
                                           'DLG002',
                                           'DLG003',
                                           'DLG005',
                                           'DLG006',
                                           'DLG007',
                                           'DLG008',
                                           'DLG011',
                                           'DLG012',
                                           'DLG013',
                                           'ITM001',
                                           'TIR003',
                                           'DAT002',
                                           'DAT003',
                                           'PST001',
                                           'PST002',
                                           'PST003',
                                           'PST005',
                                           'PLC001',
                                           'PLC003',
                                           'LOC001',
                                           'STF001',
                                           'STF004',
                                           'STF006',
                                           'STF007',
                                           'STF008',
                                           'STF009',
                                           'STF010',
                                           'STF011',
                                           'PRT001',
                                           'PRT002',
                                           'AMT001',
                                           'ELG001',
                                           'DOC001',
                                           'REQ001',
                                           'END001',
                                           'END002',
                                           'END003'],
                          'breach_report_text': {'ja': 'この違反は、{clause}により{term.municipality}に{timing}報告し、その指示に従うべき事態です。',
                                                 'en': 'This breach is to be reported to '
                                                       '{term.municipality} {timing} under {clause}, and '
                                                       'its instructions followed.'},
                          'procedural_codes': ['DLG008'],
                          'non_regular_employments': ['contract',
                                                      'part_time',
                                                      'temporary',
                                                      'dispatched',
                                                      'other'],
                          'my_number_terms': ['個人番号', 'マイナンバー', '特定個人情報'],
                          'statutes': {'contract_breach': [{'document': '民法', 'article': '415'}],
                                       'joint_claim': [{'document': '民法', 'article': '436'}],
                                       'employer_tort': [{'document': '民法', 'article': '715'},
                                                         {'document': '個人情報保護法', 'article': '24'}],
                                       'own_tort': [{'document': '民法', 'article': '709'},
                                                    {'document': '民法', 'article': '719'}],
                                       'agency_tort': [{'document': '民法', 'article': '709'},
                                                       {'document': '民法', 'article': '715'}],
                                       'negligent_supervision': [{'document': '民法', 'article': '709'},
                                                                 {'document': '個人情報保護法', 'article': '25'}],
                                       'my_number_supervision': [{'document': '番号法', 'article': '11'}],
                                       'statutory_duty_contractor': [{'document': '個人情報保護法',
                                                                      'article': '66',
                                                                      'paragraph': '2',
                                                                      'item': '1'},
                                                                     {'document': '個人情報保護法',
                                                                      'article': '67'}],
                                       'statutory_duty_delegate': [{'document': '個人情報保護法',
                                                                    'article': '66',
                                                                    'paragraph': '2',
                                                                    'item': '5'},
                                                                   {'document': '個人情報保護法',
                                                                    'article': '67'}],
                                       'municipal_duty': [{'document': '個人情報保護法',
                                                           'article': '66',
                                                           'paragraph': '1'},
                                                          {'document': '民法', 'article': '715'}],
                                       'penal': [{'document': '個人情報保護法', 'article': '176'},
                                                 {'document': '個人情報保護法', 'article': '180'}],
                                       'company_fine': [{'document': '個人情報保護法', 'article': '179'},
                                                        {'document': '個人情報保護法',
                                                         'article': '184',
                                                         'paragraph': '1'}],
                                       'my_number_penal': [{'document': '番号法', 'article': '48'},
                                                           {'document': '番号法', 'article': '49'},
                                                           {'document': '番号法', 'article': '57'}]},
                          'capacities': [{'id': 'direct',
                                          'label': {'ja': '直接の責任（契約の当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'short': {'ja': '直接責任（契約当事者）',
                                                    'en': 'direct (party to the contract)'},
                                          'attaches': 'contract',
                                          'reasoning': ['direct'],
                                          'statutes': ['contract_breach']},
                                         {'id': 'regardless_of_terms',
                                          'label': {'ja': '再委託先の行為についての責任（再委託契約の内容にかかわらず）',
                                                    'en': "for the delegate's acts, whatever the "
                                                          'subcontract says'},
                                          'short': {'ja': '委託先の行為にも責任', 'en': 'answers for its delegates'},
                                          'attaches': 'delegate',
                                          'reasoning': ['delegate_acts']},
                                         {'id': 'all_responsibility',
                                          'label': {'ja': '再委託先が行う業務についての一切の責任',
                                                    'en': "all responsibility for the delegate's work"},
                                          'short': {'ja': '委託先について一切の責任',
                                                    'en': 'all responsibility for its delegates'},
                                          'attaches': 'delegate',
                                          'reasoning': ['all_responsibility']},
                                         {'id': 'deemed_own',
                                          'label': {'ja': '再委託先の行為を自らの行為とみなす責任',
                                                    'en': "the delegate's acts deemed its own"},
                                          'short': {'ja': '委託先の行為を自らの行為とみなす',
                                                    'en': "delegates' acts deemed its own"},
                                          'attaches': 'delegate',
                                          'reasoning': ['deemed_own']},
                                         {'id': 'cannot_escape',
                                          'label': {'ja': '再委託を理由に免れることのできない責任',
                                                    'en': 'liability it cannot escape by pointing at the '
                                                          'delegate'},
                                          'short': {'ja': '再委託を理由に責任を免れない',
                                                    'en': 'cannot escape by delegating'},
                                          'attaches': 'delegate',
                                          'reasoning': ['cannot_escape']},
                                         {'id': 'final_responsibility',
                                          'label': {'ja': '最終的な責任者としての責任',
                                                    'en': 'as the party finally responsible'},
                                          'short': {'ja': '最終的な責任者', 'en': 'finally responsible'},
                                          'attaches': 'delegate',
                                          'reasoning': ['final_responsibility']},
                                         {'id': 'joint_and_several',
                                          'label': {'ja': '連帯責任', 'en': 'joint and several'},
                                          'attaches': 'joint_group',
                                          'reasoning': ['joint', 'joint_claim'],
                                          'statutes': ['joint_claim']},
                                         {'id': 'general_law',
                                          'label': {'ja': '一般の契約法による責任（履行補助者）',
                                                    'en': 'general contract law (those used to perform)'},
                                          'short': {'ja': '一般法上の責任（履行補助者）',
                                                    'en': 'general law (those used to perform)'},
                                          'attaches': 'delegate',
                                          'reasoning': ['template_silent', 'general_law'],
                                          'statutes': ['contract_breach']},
                                         {'id': 'staff_general_law',
                                          'label': {'ja': '一般の契約法による責任（従業者は履行補助者）',
                                                    'en': 'general contract law (staff used to perform)'},
                                          'short': {'ja': '一般法上の責任（従業者）', 'en': 'general law (its staff)'},
                                          'attaches': 'worker',
                                          'reasoning': ['staff_silent', 'staff_general_law'],
                                          'statutes': ['contract_breach']},
                                         {'id': 'non_regular_all_acts',
                                          'label': {'ja': '正社員以外の労働者の行為すべてについての責任',
                                                    'en': 'for all acts of non-regular staff'},
                                          'short': {'ja': '非正規従業者の行為にも責任',
                                                    'en': 'answers for non-regular staff'},
                                          'attaches': 'worker',
                                          'reasoning': ['non_regular']},
                                         {'id': 'own_breach',
                                          'label': {'ja': '自らの特記事項違反',
                                                    'en': 'own breach of the provisions'},
                                          'short': {'ja': '自らの義務違反', 'en': 'own breach'},
                                          'attaches': 'breach',
                                          'reasoning': ['own_breach']},
                                         {'id': 'recourse_only',
                                          'label': {'ja': '{term.municipality}と契約関係なし（委託元に対して契約上の責任）',
                                                    'en': 'no contract with {term.municipality} (answers '
                                                          'contractually to its delegator)'},
                                          'short': {'ja': '委託元に契約上の責任',
                                                    'en': 'answers contractually to its delegator'},
                                          'attaches': 'recourse',
                                          'reasoning': ['recourse'],
                                          'statutes': ['contract_breach']}],
                          'reporting': [{'who': ['municipality'],
                                         'to': 'commission',
                                         'timing': 'promptly',
                                         'fact_dependent': True,
                                         'what': {'ja': '保有個人情報の漏えい等のうち、個人の権利利益を害するおそれが大きいものとして規則で定める事態（要配慮個人情報、不正の目的によるもの、財産的被害のおそれ、100人を超えるものなど）の報告と本人への通知',
                                                  'en': 'for a leak or the like of retained personal '
                                                        'information of the kinds the rules name as '
                                                        'likely to harm individuals (sensitive data, '
                                                        'wrongful intent, risk of financial loss, more '
                                                        'than 100 people, ...): the report to the '
                                                        'Commission and notice to the individuals'},
                                         'clause': [{'document': '個人情報保護法',
                                                     'article': '68',
                                                     'paragraph': '1'},
                                                    {'document': '個人情報保護法',
                                                     'article': '68',
                                                     'paragraph': '2'}]},
                                        {'who': ['every_tier'],
                                         'to': 'delegator',
                                         'timing': 'promptly',
                                         'fact_dependent': True,
                                         'what': {'ja': '同じく規則で定める事態について、委託を受けた事業者は、委託元に通知すれば個人情報保護委員会への報告に代えることができる（委託元が発注者なら発注者へ）',
                                                  'en': 'for the same kinds of incident, an entrusted '
                                                        'business may notify whoever entrusted it with '
                                                        'the data instead of reporting to the Commission '
                                                        '(the municipality, for the contractor)'},
                                         'clause': [{'document': '個人情報保護法',
                                                     'article': '26',
                                                     'paragraph': '1'}]}]}}


def _profiles_digital_agency():
    return {'id': 'digital-agency',
            'title': '調達仕様書 8 再委託に関する事項（デジタル庁）',
            'issuer': 'デジタル庁',
            'source': 'digital-agency_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': '一括の再委託と主たる部分の再委託を禁じ、再委託は商号・住所・範囲・必要性・金額を書いた申請書による事前の承認を要する。再々委託は書面の報告で足りる。請負者は再委託先の行為について一切の責任を負い、セキュリティの定めは再々委託先まで及ぶ。データセンターは国内に置き、国外に持ち出さない。',
                        'en': 'No subcontracting of the whole work or of its principal part; a '
                              'subcontract needs prior approval on an application stating trade name, '
                              'address, scope, need and amount. A sub-subcontract needs a written report '
                              'only. The contractor bears all responsibility for subcontractors; security '
                              'terms flow down to every tier. Data centres stay in Japan; nothing is '
                              'taken abroad.'},
            'tier_interpretations': [{'min_tier': 4, 'interpretation': 'deeper-tiers'}],
            'roles': {'municipality': 'デジタル庁', 'contractor': '請負者'},
            'terms': {'municipality': {'ja': 'デジタル庁', 'en': 'the Digital Agency'},
                      'contractor': {'ja': '請負者', 'en': 'the contractor'},
                      'consent': {'ja': '承認', 'en': 'approval'},
                      'consent_document': {'ja': '承認', 'en': 'approval'},
                      'application': {'ja': '再委託承認申請書',
                                      'en': 'application for approval of the subcontract'},
                      'notification_document': {'ja': '書面の報告', 'en': 'written report'},
                      'provisions': {'ja': '調達仕様書', 'en': 'the specification'}},
            'articles': {'8': '再委託に関する事項'},
            'parts': {'principal': {'label': {'ja': '主たる部分（総合的な企画・判断・業務遂行の管理）',
                                              'en': 'principal part (overall planning, judgement, '
                                                    'management of the work)'}},
                      'operation': {'label': {'ja': '定型的な作業（運用・入力など）',
                                              'en': 'routine work (operation, data entry and the like)'}}},
            'item_lists': {'subcontract': {'label': {'ja': '再委託承認申請書の記載事項（8）',
                                                     'en': 'Items of the application for approval (8)'},
                                           'items': [{'key': 'delegate_name',
                                                      'label': {'ja': '再委託先の商号',
                                                                'en': "the subcontractor's trade name"},
                                                      'fields': ['delegate.name'],
                                                      'clause': {'article': '8'}},
                                                     {'key': 'delegate_address',
                                                      'label': {'ja': '再委託先の住所',
                                                                'en': "the subcontractor's address"},
                                                      'fields': ['delegate.address'],
                                                      'clause': {'article': '8'}},
                                                     {'key': 'scope',
                                                      'label': {'ja': '再委託する業務の範囲',
                                                                'en': 'the scope of the subcontracted '
                                                                      'work'},
                                                      'fields': ['delegation.work'],
                                                      'clause': {'article': '8'}},
                                                     {'key': 'need',
                                                      'label': {'ja': '再委託の必要性',
                                                                'en': 'why the subcontract is needed'},
                                                      'fields': ['delegation.reason'],
                                                      'clause': {'article': '8'}}]}},
            'silences': [{'id': 'deeper-tiers',
                          'topic': {'ja': '4次以降の委託', 'en': 'Fourth tier and beyond'},
                          'interpretation': {'ja': '8は再々委託まで（書面の報告）を定め、その先に触れていません。セキュリティの定めが再々委託先にも及ぶことから、ツールは4次以降にも再々委託と同じ報告と義務を課す契約を求めます。',
                                             'en': 'Section 8 provides for sub-subcontracting (a written '
                                                   'report) and says nothing beyond. Since the security '
                                                   'terms reach sub-subcontractors, the tool asks deeper '
                                                   'tiers for the same report and flow-down.'},
                          'basis': [{'article': '8'}]},
                         {'id': 'amount-item',
                          'topic': {'ja': '申請書の金額', 'en': 'The amount on the application'},
                          'interpretation': {'ja': '8は申請書に再委託の金額の記載を求めますが、プロファイルの言葉は申請事項として委託の金額（delegation.amount）をまだ読めません。ツールは商号・住所・範囲・必要性だけを申請事項として確かめ、金額は確かめません。',
                                             'en': 'Section 8 wants the application to state the '
                                                   "subcontract's amount, but the profile language cannot "
                                                   "yet read the delegation's amount as an application "
                                                   'item. The tool checks trade name, address, scope and '
                                                   'need only, not the amount.'},
                          'basis': [{'article': '8'}],
                          'recorded_only': True},
                         {'id': 'lead-not-subcontractor',
                          'topic': {'ja': '責任者は再委託先の者でないこと',
                                    'en': "The responsible lead is not a subcontractor's staff"},
                          'interpretation': {'ja': '8は業務の責任者を再委託先の従業員にしてはならないとしますが、作業責任者がどの会社に属すべきかを言う規則はプロファイルの言葉にまだありません。ツールは受託者に作業責任者がいること（STF003）だけを確かめます。',
                                             'en': "Section 8 bars a subcontractor's employee from being "
                                                   'the responsible lead, but the profile language has no '
                                                   'rule yet on whose staff the lead must be. The tool '
                                                   'checks only that the contractor names a work lead '
                                                   '(STF003).'},
                          'basis': [{'article': '8'}]},
                         {'id': 'bid-share',
                          'topic': {'ja': '入札額の2割を超える再委託先の入札参加',
                                    'en': 'Bidding by a subcontractor above 20 % of the bid'},
                          'interpretation': {'ja': '8は入札額の20%を超えて再委託を受ける予定の事業者の入札参加を認めません。入札の参加はチェーンの事実ではないため、ツールはこれを確かめません（AMT001 '
                                                   'の割合の上限とは別の定めです）。',
                                             'en': 'Section 8 bars from bidding a firm due to receive '
                                                   'more than 20 % of the bid as a subcontractor. Bidding '
                                                   'is not a fact of the chain, so the tool does not '
                                                   'check it (it is not the share limit of AMT001).'},
                          'basis': [{'article': '8'}],
                          'recorded_only': True},
                         {'id': 'change-and-stop',
                          'topic': {'ja': '変更の申請、中止の求め、派遣労働者',
                                    'en': 'Changes, a demand to stop, dispatched staff'},
                          'interpretation': {'ja': '8は申請事項の変更にも改めて承認を求め、デジタル庁が再委託の中止を求められるとし、派遣労働者を再委託と同様に扱います。変更の履歴、中止の求めの応答、派遣労働者を委託として扱う規則はプロファイルの言葉にまだないため、ツールはこれらを確かめません。',
                                             'en': 'Section 8 asks for approval again on a change, lets '
                                                   'the agency demand a stop, and treats dispatched staff '
                                                   'like a subcontract. The profile language has no rule '
                                                   'yet for a change history, the answer to a stop, or '
                                                   'dispatched staff as a delegation, so the tool does '
                                                   'not check these.'},
                          'basis': [{'article': '8'}],
                          'recorded_only': True},
                         {'id': 'end-record',
                          'topic': {'ja': '返却・消去の記録', 'en': 'Record of return and erasure'},
                          'interpretation': {'ja': '8は業務の終了後のデータの返却と消去を求めますが、記録の形と期限を定めていません。ツールは契約の終了後、個人情報を受け取ったすべての事業者に返却または消去の日付のある記録を求めます。',
                                             'en': 'Section 8 wants the data returned and erased after '
                                                   'the work but gives no record or deadline. Once the '
                                                   'contract has ended the tool asks every company that '
                                                   'received data for a dated record of return or '
                                                   'erasure.'},
                          'basis': [{'article': '8'}]}],
            'document_kinds': {'return_record': {'label': {'ja': '返却の記録', 'en': 'record of return'}},
                               'erasure_record': {'label': {'ja': '消去の記録', 'en': 'record of erasure'}}},
            'rules': [{'code': 'PRT001',
                       'min_tier': 2,
                       'parts': ['principal'],
                       'clause': {'article': '8'}},
                      {'code': 'PRT002', 'min_tier': 2, 'clause': {'article': '8'}},
                      {'code': 'DLG001', 'tiers': [2], 'clause': {'article': '8'}},
                      {'code': 'DLG002', 'tiers': [2], 'clause': {'article': '8'}},
                      {'code': 'DLG003', 'tiers': [2], 'clause': {'article': '8'}},
                      {'code': 'ITM001', 'tiers': [2], 'items': 'subcontract', 'clause': {'article': '8'}},
                      {'code': 'DLG001',
                       'tiers': [3],
                       'consent': 'notification',
                       'clause': {'article': '8'},
                       'message': {'ja': '{delegator}から{delegate}への{kind}について、{term.municipality}に書面で報告した記録がありません。',
                                   'en': 'Nothing records a written report to {term.municipality} of the '
                                         '{kind} from {delegator} to {delegate}.'},
                       'fix': {'ja': '再々委託を書面で{term.municipality}に報告し、その日付を{kind.notification}として{field.document}に記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Report the sub-subcontract in writing to {term.municipality} and '
                                     'record its date as a {kind.notification} in {field.document} (see '
                                     '{citation}).'}},
                      {'code': 'DLG001',
                       'min_tier': 4,
                       'consent': 'notification',
                       'clause': {'article': '8'},
                       'interpretation': 'deeper-tiers',
                       'message': {'ja': '{delegator}から{delegate}への{kind}について、{term.municipality}に書面で報告した記録がありません。',
                                   'en': 'Nothing records a written report to {term.municipality} of the '
                                         '{kind} from {delegator} to {delegate}.'}},
                      {'code': 'TIR002',
                       'min_tier': 4,
                       'clause': {'article': '8'},
                       'interpretation': 'deeper-tiers'},
                      {'code': 'PST001', 'tiers': [2, 3], 'clause': {'article': '8'}},
                      {'code': 'PST001',
                       'min_tier': 4,
                       'clause': {'article': '8'},
                       'interpretation': 'deeper-tiers'},
                      {'code': 'STF003',
                       'parties': 'contractor',
                       'clause': {'article': '8'},
                       'interpretation': 'lead-not-subcontractor'},
                      {'code': 'LOC001',
                       'kinds': ['cloud', 'storage', 'work'],
                       'countries': ['JP'],
                       'clause': {'article': '8'}},
                      {'code': 'LOC002',
                       'kinds': ['cloud', 'storage'],
                       'countries': ['JP'],
                       'clause': {'article': '8'}},
                      {'code': 'END001',
                       'tiers': [1],
                       'records': ['return_record', 'erasure_record'],
                       'clause': {'article': '8'},
                       'interpretation': 'end-record'},
                      {'code': 'END001',
                       'min_tier': 2,
                       'records': ['return_record', 'erasure_record'],
                       'clause': {'article': '8'},
                       'interpretation': 'end-record'}],
            'liability': {'damages': [{'article': '8'}],
                          'delegates': [{'min_tier': 2,
                                         'capacity': 'all_responsibility',
                                         'clause': [{'article': '8'}]}]},
            'audit': {'what': {'ja': '再委託先を含む業務の実施状況の監査',
                               'en': 'audits of how the work is done, subcontractors included'},
                      'on_site': 'not_stated',
                      'reach': [{'tiers': [1], 'reach': 'direct', 'clause': [{'article': '8'}]},
                                {'min_tier': 2, 'reach': 'direct', 'clause': [{'article': '8'}]}]}}


def _profiles_enecho():
    return {'id': 'enecho',
            'title': '請負契約の遵守事項（資源エネルギー庁）',
            'issuer': '資源エネルギー庁',
            'source': 'enecho_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': '企画・立案・執行管理は再委託できず、この制限はすべての段階の委託に及ぶ。グループ会社であることを理由に再委託先を選んではならない。再委託・外注費が契約金額の50%を超えるときは理由書を要する。',
                        'en': 'Planning, drafting and management of execution may not be passed on, at '
                              'any tier. A group company may not be chosen for being one. Subcontracting '
                              'and outsourcing costs over 50 % of the contract amount need a written '
                              'statement of reasons.'},
            'roles': {'municipality': '資源エネルギー庁', 'contractor': '請負者'},
            'terms': {'municipality': {'ja': '資源エネルギー庁',
                                       'en': 'the Agency for Natural Resources and Energy'},
                      'contractor': {'ja': '請負者', 'en': 'the contractor'}},
            'parts': {'planning': {'label': {'ja': '企画・立案・執行管理',
                                             'en': 'planning, drafting and management of execution'}},
                      'routine': {'label': {'ja': '定型的な作業', 'en': 'routine work'}}},
            'silences': [{'id': 'no-procedure',
                          'topic': {'ja': '再委託の承認', 'en': 'Approval of a subcontract'},
                          'interpretation': {'ja': '要約された遵守事項は再委託の承認や申請の手続を挙げていません。ツールは承認・申請を求めず、部分・選定・割合の定めだけを確かめます。',
                                             'en': 'The terms as summarised name no approval or '
                                                   'application procedure. The tool asks for none and '
                                                   'checks the parts, the choice and the share only.'},
                          'basis': [{'section': '遵守事項'}],
                          'recorded_only': True},
                         {'id': 'group-reason',
                          'topic': {'ja': 'グループ会社を選んだ理由', 'en': 'Why a group company was chosen'},
                          'interpretation': {'ja': '遵守事項はグループ会社であることを理由に選ぶことを禁じますが、選んだ理由はチェーンの事実ではありません。ツールはグループ会社への委託を警告として示し、選定の理由の確認を求めます。',
                                             'en': 'The terms forbid choosing a group company for being '
                                                   'one, but the reason for a choice is not a fact of the '
                                                   'chain. The tool warns of each delegation within the '
                                                   'group and asks for the reason of the choice to be '
                                                   'checked.'},
                          'basis': [{'section': '遵守事項'}]},
                         {'id': 'reason-statement',
                          'topic': {'ja': '50%を超える場合の理由書', 'en': 'The statement of reasons above 50 %'},
                          'interpretation': {'ja': '遵守事項は50%を超える再委託・外注に理由書を求めます。プロファイルの言葉は書類の要求を金額の割合に結びつけられないため、ツールは50%を超える委託を警告として示し、理由書の確認を求めます。',
                                             'en': 'The terms want a statement of reasons above 50 %. The '
                                                   'profile language cannot tie a document to the share '
                                                   'of the amount, so the tool warns of a delegation over '
                                                   '50 % and asks for the statement to be checked.'},
                          'basis': [{'section': '遵守事項'}]},
                         {'id': 'liability',
                          'topic': {'ja': '再委託先の行為についての責任', 'en': "Liability for subcontractors' acts"},
                          'interpretation': {'ja': '要約された遵守事項は再委託先の行為についての責任も損害賠償も定めていません。ツールは一般の契約法（民法第415条、履行補助者）によるものとして示します。',
                                             'en': 'The terms as summarised state neither liability for '
                                                   'subcontractors nor damages. The tool shows general '
                                                   'contract law (Civil Code art. 415).'},
                          'basis': [{'section': '遵守事項'}]}],
            'rules': [{'code': 'PRT001',
                       'min_tier': 2,
                       'parts': ['planning'],
                       'clause': {'section': '遵守事項'}},
                      {'code': 'DLG009',
                       'min_tier': 2,
                       'severity': 'warning',
                       'clause': {'section': '遵守事項'},
                       'interpretation': 'group-reason',
                       'message': {'ja': '{delegator}から{delegate}（{relation}）への{kind}です。グループ会社であることを理由に選んではなりません。',
                                   'en': 'The {kind} from {delegator} to {delegate} ({relation}) goes to '
                                         'a group company, which may not be chosen for being one.'},
                       'fix': {'ja': '再委託先を選んだ理由（価格・技術・体制など）を記録し、グループ会社であることが理由でないことを確かめてください。',
                               'en': 'Record why the delegate was chosen (price, skills, capacity) and '
                                     'check that being in the group was not the reason.'}},
                      {'code': 'AMT001',
                       'min_tier': 2,
                       'max_percent': 50,
                       'severity': 'warning',
                       'clause': {'section': '遵守事項'},
                       'interpretation': 'reason-statement',
                       'message': {'ja': '{delegator}から{delegate}への{kind}の金額（{amount} 円）は契約金額（{total} 円）の '
                                         '{share}% で、{max_percent}% を超えるため理由書を要します。',
                                   'en': 'The {kind} from {delegator} to {delegate} is {amount} yen, '
                                         '{share}% of the contract amount ({total} yen): over '
                                         '{max_percent}%, it needs a statement of reasons.'},
                       'fix': {'ja': '再委託・外注が必要な理由を理由書にして{term.municipality}に出してください（根拠: {citation}）。',
                               'en': 'Give {term.municipality} a written statement of why the work is '
                                     'passed on (see {citation}).'}}],
            'liability': {'delegates': [{'min_tier': 2,
                                         'capacity': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'capacity': 'staff_general_law', 'interpretation': 'liability'}}}


def _profiles_env_ministry():
    return {'id': 'env-ministry',
            'title': '請負契約における再委任等の取扱い（環境省 会計課）',
            'issuer': '環境省 会計課',
            'source': 'env-ministry_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': '総合的な企画・判断・業務遂行管理は再委任できない。再委任は随意契約とした理由に合うものでなければならない。請負者が独立行政法人や公益法人であるときは特に厳しく確かめる。',
                        'en': 'Overall planning, judgement and management of the work may not be passed '
                              'on. A subcontract must fit the reason the contract was negotiated rather '
                              'than tendered. Extra scrutiny applies where the contractor is an '
                              'independent administrative agency or a public-interest corporation.'},
            'tier_interpretations': [{'min_tier': 3, 'interpretation': 'sub-subcontract'}],
            'roles': {'municipality': '環境省', 'contractor': '請負者'},
            'terms': {'municipality': {'ja': '環境省', 'en': 'the Ministry of the Environment'},
                      'contractor': {'ja': '請負者', 'en': 'the contractor'},
                      'delegation': {'ja': '再委任等', 'en': 'subcontract'},
                      'sub_delegation': {'ja': '再々委任', 'en': 'sub-subcontract'}},
            'parts': {'planning': {'label': {'ja': '総合的な企画・判断・業務遂行管理',
                                             'en': 'overall planning, judgement and management of the '
                                                   'work'}},
                      'routine': {'label': {'ja': '定型的な作業', 'en': 'routine work'}}},
            'silences': [{'id': 'sub-subcontract',
                          'topic': {'ja': '再々委任', 'en': 'Tier 3 and beyond'},
                          'interpretation': {'ja': '要約された取扱いは再委任先がさらに委ねる場合に触れていません。総合的な企画・判断・業務遂行管理は請負者に残すべきものであるため、ツールはどの段階でもそれを委ねることを示します。',
                                             'en': 'The handling as summarised does not mention a '
                                                   'subcontractor passing work on. Overall planning, '
                                                   'judgement and management stay with the contractor, so '
                                                   'the tool reports them passed on at any tier.'},
                          'basis': [{'section': '再委任等の取扱い'}]},
                         {'id': 'negotiated-reason',
                          'topic': {'ja': '随意契約の理由との整合、独法・公益法人',
                                    'en': 'Fit with the negotiated-contract reason; agencies and '
                                          'public-interest corporations'},
                          'interpretation': {'ja': '再委任が随意契約とした理由に合うか、請負者が独立行政法人や公益法人であるかはチェーンの事実ではありません。ツールはこれらを確かめず、部分の定めだけを確かめます。',
                                             'en': 'Whether a subcontract fits the reason for the '
                                                   'negotiated contract, and whether the contractor is an '
                                                   'independent agency or a public-interest corporation, '
                                                   'are not facts of the chain. The tool checks neither, '
                                                   'only the parts.'},
                          'basis': [{'section': '再委任等の取扱い'}],
                          'recorded_only': True},
                         {'id': 'liability',
                          'topic': {'ja': '再委任先の行為についての責任', 'en': "Liability for subcontractors' acts"},
                          'interpretation': {'ja': '要約された取扱いは再委任先の行為についての責任も損害賠償も定めていません。ツールは一般の契約法（民法第415条、履行補助者）によるものとして示します。',
                                             'en': 'The handling as summarised states neither liability '
                                                   'for subcontractors nor damages. The tool shows '
                                                   'general contract law (Civil Code art. 415).'},
                          'basis': [{'section': '再委任等の取扱い'}]}],
            'rules': [{'code': 'PRT001',
                       'tiers': [2],
                       'parts': ['planning'],
                       'clause': {'section': '再委任等の取扱い'}},
                      {'code': 'PRT001',
                       'min_tier': 3,
                       'parts': ['planning'],
                       'clause': {'section': '再委任等の取扱い'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'PRT002', 'min_tier': 2, 'clause': {'section': '再委任等の取扱い'}}],
            'liability': {'delegates': [{'min_tier': 2,
                                         'capacity': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'capacity': 'staff_general_law', 'interpretation': 'liability'}}}


def _profiles_kanagawa():
    return {'id': 'kanagawa',
            'title': '再委託の取扱い（神奈川県 会計局）',
            'issuer': '神奈川県 会計局',
            'source': 'kanagawa_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': '再委託できるのは付随的・補助的な業務だけである。再委託先（名称・住所）、範囲、理由を示して事前に書面で承認を得る。再委託先には契約のすべての義務を負わせる。受託者は再委託先の行為について引き続き責任を負う。',
                        'en': 'Only ancillary or auxiliary work may be passed on. Prior written approval '
                              'names the subcontractor (name, address), the scope and the reason. The '
                              "subcontractor is bound by all the contract's duties. The contractor stays "
                              'liable.'},
            'tier_interpretations': [{'min_tier': 3, 'interpretation': 'sub-subcontract'}],
            'roles': {'municipality': '神奈川県', 'contractor': '受託者'},
            'terms': {'municipality': {'ja': '県', 'en': 'the prefecture'},
                      'consent': {'ja': '承認', 'en': 'approval'},
                      'consent_document': {'ja': '承認', 'en': 'approval'},
                      'provisions': {'ja': '契約', 'en': 'the contract'}},
            'parts': {'ancillary': {'label': {'ja': '付随的・補助的な業務', 'en': 'ancillary or auxiliary work'}},
                      'core': {'label': {'ja': '付随的・補助的でない業務',
                                         'en': 'work that is neither ancillary nor auxiliary'}}},
            'item_lists': {'subcontract': {'label': {'ja': '再委託の承認の申請事項',
                                                     'en': 'Items of the application for approval'},
                                           'items': [{'key': 'delegate_name',
                                                      'label': {'ja': '再委託先の名称',
                                                                'en': "the subcontractor's name"},
                                                      'fields': ['delegate.name'],
                                                      'clause': {'section': '再委託の取扱い'}},
                                                     {'key': 'delegate_address',
                                                      'label': {'ja': '再委託先の住所',
                                                                'en': "the subcontractor's address"},
                                                      'fields': ['delegate.address'],
                                                      'clause': {'section': '再委託の取扱い'}},
                                                     {'key': 'scope',
                                                      'label': {'ja': '再委託の範囲',
                                                                'en': 'the scope of the subcontract'},
                                                      'fields': ['delegation.work'],
                                                      'clause': {'section': '再委託の取扱い'}},
                                                     {'key': 'reason',
                                                      'label': {'ja': '再委託の理由',
                                                                'en': 'the reason for the subcontract'},
                                                      'fields': ['delegation.reason'],
                                                      'clause': {'section': '再委託の取扱い'}}]}},
            'silences': [{'id': 'ancillary-only',
                          'topic': {'ja': '付随的・補助的な業務であること', 'en': 'Ancillary or auxiliary work only'},
                          'interpretation': {'ja': '取扱いは付随的・補助的な業務だけの再委託を認めます。ツールは委託が記録する部分（parts）のうち付随的・補助的でないものを示し、部分を記録しない委託は確かめません。',
                                             'en': 'The rules allow passing on ancillary or auxiliary '
                                                   'work only. The tool reports the parts a delegation '
                                                   'records that are neither; a delegation recording no '
                                                   'parts is not checked.'},
                          'basis': [{'section': '再委託の取扱い'}]},
                         {'id': 'sub-subcontract',
                          'topic': {'ja': '再々委託', 'en': 'Sub-subcontracting'},
                          'interpretation': {'ja': '要約された取扱いは再々委託に触れていません。ツールは再々委託以降にも同じ承認・申請事項・義務の定めを当てはめ、定めのない段階として警告します。',
                                             'en': 'The rules as summarised do not mention '
                                                   'sub-subcontracting. The tool applies the same '
                                                   'approval, items and duties at tier 3 and beyond, and '
                                                   'warns of a tier not contemplated.'},
                          'basis': [{'section': '再委託の取扱い'}]}],
            'rules': [{'code': 'PRT001',
                       'min_tier': 2,
                       'parts': ['core'],
                       'clause': {'section': '再委託の取扱い'},
                       'interpretation': 'ancillary-only'},
                      {'code': 'PRT002', 'min_tier': 2, 'clause': {'section': '再委託の取扱い'}},
                      {'code': 'DLG001', 'tiers': [2], 'clause': {'section': '再委託の取扱い'}},
                      {'code': 'DLG002', 'tiers': [2], 'clause': {'section': '再委託の取扱い'}},
                      {'code': 'DLG003', 'tiers': [2], 'clause': {'section': '再委託の取扱い'}},
                      {'code': 'ITM001',
                       'tiers': [2],
                       'items': 'subcontract',
                       'clause': {'section': '再委託の取扱い'}},
                      {'code': 'PST001', 'tiers': [2], 'clause': {'section': '再委託の取扱い'}},
                      {'code': 'PST002',
                       'tiers': [2],
                       'provisions': ['obligations'],
                       'clause': {'section': '再委託の取扱い'}},
                      {'code': 'TIR002',
                       'min_tier': 3,
                       'clause': {'section': '再委託の取扱い'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG001',
                       'min_tier': 3,
                       'clause': {'section': '再委託の取扱い'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'PST001',
                       'min_tier': 3,
                       'clause': {'section': '再委託の取扱い'},
                       'interpretation': 'sub-subcontract'}],
            'liability': {'delegates': [{'tiers': [2],
                                         'capacity': 'cannot_escape',
                                         'clause': [{'section': '再委託の取扱い'}]},
                                        {'min_tier': 3,
                                         'capacity': 'cannot_escape',
                                         'clause': [{'section': '再委託の取扱い'}],
                                         'interpretation': 'sub-subcontract'}]}}


def _profiles_kanzai_guideline():
    return {'id': 'kanzai-guideline',
            'title': '再委託ガイドライン（市 管財課）',
            'issuer': '市 管財課',
            'source': 'kanzai-guideline_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': '一括再委託（業務の全部、定められた主要な部分、または契約金額のおおむね半分以上の再委託）は原則として禁止し、受注者が直接に監督する場合に限り認める。申請には履行体系図（様式1、様式1別表、様式2）を添える。',
                        'en': 'Subcontracting en bloc (the whole work, the named principal part, or about '
                              'half the contract amount or more) is forbidden in principle, allowed where '
                              'the contractor supervises directly. The application carries a chart of the '
                              'performance structure (form 1, its annex table, form 2).'},
            'tier_interpretations': [{'min_tier': 3, 'interpretation': 'sub-subcontract'}],
            'roles': {'municipality': '市（管財課）', 'contractor': '受注者'},
            'terms': {'municipality': {'ja': '市', 'en': 'the city'},
                      'contractor': {'ja': '受注者', 'en': 'the contractor'},
                      'consent': {'ja': '承認', 'en': 'approval'},
                      'consent_document': {'ja': '承認', 'en': 'approval'}},
            'parts': {'principal': {'label': {'ja': '主要な部分', 'en': 'principal part of the work'}},
                      'routine': {'label': {'ja': '付随的な作業', 'en': 'ancillary work'}}},
            'document_kinds': {'performance_chart': {'label': {'ja': '履行体系図',
                                                               'en': 'chart of the performance '
                                                                     'structure'}}},
            'silences': [{'id': 'in-principle',
                          'topic': {'ja': '原則としての禁止と直接の監督',
                                    'en': 'Forbidden in principle; direct supervision'},
                          'interpretation': {'ja': 'ガイドラインは一括再委託を原則として禁止し、受注者が直接に監督する場合に限り認めます。直接に監督しているかはチェーンの事実では判断できないため、ツールは一括再委託に当たる委託を警告として示し、例外に当たるかは担当者の判断に委ねます。',
                                             'en': 'The guideline forbids subcontracting en bloc in '
                                                   'principle and allows it where the contractor '
                                                   'supervises directly. Direct supervision is not a fact '
                                                   'of the chain, so the tool warns of each delegation '
                                                   'that is en bloc and leaves the exception to the '
                                                   'officer.'},
                          'basis': [{'section': '再委託ガイドライン'}]},
                         {'id': 'about-half',
                          'topic': {'ja': '「おおむね半分」', 'en': '“About half”'},
                          'interpretation': {'ja': 'ガイドラインは契約金額のおおむね半分以上の再委託を一括再委託とします。「おおむね」の幅は定められていないため、ツールは契約金額の50%を超える委託を示し、半分に近い委託は担当者の判断に委ねます。',
                                             'en': 'The guideline counts a subcontract of about half the '
                                                   'contract amount or more as en bloc. The width of '
                                                   '“about” is not given, so the tool reports a '
                                                   'delegation over 50 % of the amount and leaves those '
                                                   'near half to the officer.'},
                          'basis': [{'section': '再委託ガイドライン'}]},
                         {'id': 'sub-subcontract',
                          'topic': {'ja': '再々委託', 'en': 'Sub-subcontracting'},
                          'interpretation': {'ja': '要約されたガイドラインは再々委託に触れていません。ツールは再々委託にも同じ承認と一括再委託の制限を当てはめ、定めのない段階として警告します。',
                                             'en': 'The guideline as summarised does not mention '
                                                   'sub-subcontracting. The tool applies the same '
                                                   'approval and en-bloc limits at tier 3 and beyond, and '
                                                   'warns of a tier not contemplated.'},
                          'basis': [{'section': '再委託ガイドライン'}]},
                         {'id': 'liability',
                          'topic': {'ja': '再委託先の行為についての責任', 'en': "Liability for subcontractors' acts"},
                          'interpretation': {'ja': 'ガイドラインは手続を定め、再委託先の行為についての責任も損害賠償も定めていません。ツールは一般の契約法（民法第415条、履行補助者）によるものとして示します。',
                                             'en': 'The guideline sets out the procedure, neither '
                                                   'liability for subcontractors nor damages. The tool '
                                                   'shows general contract law (Civil Code art. 415).'},
                          'basis': [{'section': '再委託ガイドライン'}]}],
            'rules': [{'code': 'PRT002',
                       'min_tier': 2,
                       'severity': 'warning',
                       'clause': {'section': '再委託ガイドライン'},
                       'interpretation': 'in-principle'},
                      {'code': 'PRT001',
                       'min_tier': 2,
                       'parts': ['principal'],
                       'severity': 'warning',
                       'clause': {'section': '再委託ガイドライン'},
                       'interpretation': 'in-principle'},
                      {'code': 'AMT001',
                       'min_tier': 2,
                       'max_percent': 50,
                       'severity': 'warning',
                       'clause': {'section': '再委託ガイドライン'},
                       'interpretation': 'about-half'},
                      {'code': 'DLG001', 'tiers': [2], 'clause': {'section': '再委託ガイドライン'}},
                      {'code': 'DLG003',
                       'tiers': [2],
                       'clause': [{'section': '再委託ガイドライン'}, {'part': '様式1', 'section': '履行体系図'}]},
                      {'code': 'TIR002',
                       'min_tier': 3,
                       'clause': {'section': '再委託ガイドライン'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG001',
                       'min_tier': 3,
                       'clause': {'section': '再委託ガイドライン'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DOC001',
                       'subject': 'contract',
                       'document': 'performance_chart',
                       'clause': [{'part': '様式1', 'section': '履行体系図'},
                                  {'part': '様式1別表', 'section': '履行体系図'},
                                  {'part': '様式2', 'section': '履行体系図'}]},
                      {'code': 'DOC003',
                       'subject': 'contract',
                       'document': 'performance_chart',
                       'states': ['様式1', '様式1別表', '様式2'],
                       'clause': [{'part': '様式1', 'section': '履行体系図'},
                                  {'part': '様式1別表', 'section': '履行体系図'},
                                  {'part': '様式2', 'section': '履行体系図'}]}],
            'liability': {'delegates': [{'min_tier': 2,
                                         'capacity': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'capacity': 'staff_general_law', 'interpretation': 'liability'}}}


def _profiles_meti_model():
    return {'id': 'meti-model',
            'title': 'ソフトウェア開発委託契約 第7条 再委託（経済産業省モデル契約の一社版）',
            'issuer': '経済産業省モデル契約を用いる事業者',
            'source': 'meti-model_templates-more-README.md',
            'article_suffix': '条',
            'summary': {'ja': '再委託に事前の承諾は要らない。ユーザの求めがあれば再委託先の名称を示す。ユーザは相当の理由があれば再委託の中止を求められる。ベンダは再委託先に自らと同じ義務を負わせ、再委託先の行為について自ら行ったものとして責任を負う（ユーザが指定した再委託先を除く）。個人情報を扱わせる再委託だけは事前の承諾を要する。',
                        'en': 'No prior consent is needed to subcontract. The vendor names its '
                              'subcontractors on request; the user may demand a stop for cause. The '
                              'vendor imposes its own duties on subcontractors and answers for them as if '
                              'it did the work itself, except for subcontractors the user designated. '
                              'Only a subcontract handling personal data needs prior consent.'},
            'roles': {'municipality': 'ユーザ', 'contractor': 'ベンダ'},
            'terms': {'municipality': {'ja': 'ユーザ', 'en': 'the user'},
                      'contractor': {'ja': 'ベンダ', 'en': 'the vendor'},
                      'consent': {'ja': '承諾', 'en': 'consent'},
                      'consent_document': {'ja': '承諾', 'en': 'consent'},
                      'provisions': {'ja': '本契約', 'en': 'this contract'}},
            'articles': {'7': '再委託'},
            'silences': [{'id': 'deeper-tiers',
                          'topic': {'ja': '再々委託', 'en': 'Sub-subcontracting'},
                          'interpretation': {'ja': '第7条は再委託先がさらに委託する場合を分けて定めていません。ツールは再々委託以降にも同じ定め（個人情報の承諾、義務を課す契約、自ら行ったものとしての責任）を当てはめます。',
                                             'en': 'Art. 7 does not treat a subcontractor passing work on '
                                                   'apart. The tool applies the same terms (consent for '
                                                   'personal data, flow-down, answering as if it did the '
                                                   'work) at tier 3 and beyond.'},
                          'basis': [{'article': '7'}]},
                         {'id': 'names-days',
                          'topic': {'ja': '名称の求めに応じる期限', 'en': 'Deadline for naming subcontractors'},
                          'interpretation': {'ja': '第7条はユーザの求めに応じて再委託先の名称を示すとしますが、期限を定めていません。ツールは14日を目安とし、それを過ぎても答えた記録のない求めを示します。',
                                             'en': 'Art. 7 has the vendor name subcontractors on request '
                                                   'but gives no time. The tool takes 14 days as a guide '
                                                   'and reports a request not answered by then.'},
                          'basis': [{'article': '7'}]},
                         {'id': 'designated',
                          'topic': {'ja': 'ユーザが指定した再委託先', 'en': 'Subcontractors the user designated'},
                          'interpretation': {'ja': 'ベンダはユーザが指定した再委託先の行為については自ら行ったものとしての責任を負いません。チェーンは再委託先をユーザが指定したかを記録しないため、ツールはすべての再委託先を指定のないものとして示します。指定した再委託先があれば、その責任は担当者が読み替えてください。',
                                             'en': 'The vendor does not answer as if it did the work '
                                                   'itself for a subcontractor the user designated. A '
                                                   'chain does not record designation, so the tool shows '
                                                   'every subcontractor as not designated; for a '
                                                   'designated one the officer reads the liability '
                                                   'accordingly.'},
                          'basis': [{'article': '7'}]},
                         {'id': 'stop',
                          'topic': {'ja': '中止の求め', 'en': 'A demand to stop'},
                          'interpretation': {'ja': 'ユーザは相当の理由があれば再委託の中止を求められます。中止の求めと応答を確かめる規則はプロファイルの言葉にまだないため、ツールは確かめません。',
                                             'en': 'The user may demand that a subcontract stop for '
                                                   'cause. The profile language has no rule yet for such '
                                                   'a demand and its answer, so the tool does not check '
                                                   'it.'},
                          'basis': [{'article': '7'}],
                          'recorded_only': True}],
            'rules': [{'code': 'DLG001',
                       'tiers': [2],
                       'when': {'personal_data': True},
                       'clause': {'article': '7'}},
                      {'code': 'DLG002',
                       'tiers': [2],
                       'when': {'personal_data': True},
                       'clause': {'article': '7'}},
                      {'code': 'DLG001',
                       'min_tier': 3,
                       'when': {'personal_data': True},
                       'clause': {'article': '7'},
                       'interpretation': 'deeper-tiers'},
                      {'code': 'DLG002',
                       'min_tier': 3,
                       'when': {'personal_data': True},
                       'clause': {'article': '7'},
                       'interpretation': 'deeper-tiers'},
                      {'code': 'PST001', 'tiers': [2], 'clause': {'article': '7'}},
                      {'code': 'PST001',
                       'min_tier': 3,
                       'clause': {'article': '7'},
                       'interpretation': 'deeper-tiers'},
                      {'code': 'REQ001',
                       'kinds': ['subcontractor_names'],
                       'days': 14,
                       'clause': {'article': '7'},
                       'interpretation': 'names-days',
                       'message': {'ja': '{date} '
                                         'に{term.municipality}が求めた再委託先の名称に、期限（{due}）までに応じた記録がありません（応じた日: '
                                         '{answered_on}）。',
                                   'en': 'The names of the subcontractors {term.municipality} asked for '
                                         'on {date} were not given by {due} (answered: {answered_on}).'}}],
            'liability': {'delegates': [{'tiers': [2],
                                         'capacity': 'deemed_own',
                                         'clause': [{'article': '7'}],
                                         'interpretation': 'designated'},
                                        {'min_tier': 3,
                                         'capacity': 'deemed_own',
                                         'clause': [{'article': '7'}],
                                         'interpretation': 'deeper-tiers'}]}}


def _profiles_nedo():
    return {'id': 'nedo',
            'title': '再委託費の取扱い（NEDO）',
            'issuer': '国立研究開発法人新エネルギー・産業技術総合開発機構（NEDO）',
            'source': 'nedo_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': '再委託は事前に実施計画書に記載しておく。再委託費は委託金額の50%未満とする。NEDO の契約の定めを再委託契約に写す。',
                        'en': 'A subcontract is named in the implementation plan in advance. Subcontract '
                              "costs stay below 50 % of the amount. NEDO's terms are copied into the "
                              'subcontract.'},
            'roles': {'municipality': 'NEDO', 'contractor': '委託先'},
            'terms': {'municipality': {'ja': 'NEDO', 'en': 'NEDO'},
                      'contractor': {'ja': '委託先', 'en': 'the contractor'},
                      'delegation': {'ja': '再委託', 'en': 'subcontract'},
                      'provisions': {'ja': 'NEDO の契約の定め', 'en': "NEDO's contract terms"}},
            'document_kinds': {'implementation_plan': {'label': {'ja': '実施計画書（再委託先を記載したもの）',
                                                                 'en': 'implementation plan naming the '
                                                                       'subcontracts'}}},
            'silences': [{'id': 'plan-names',
                          'topic': {'ja': '実施計画書に記載された再委託先', 'en': 'The subcontracts the plan names'},
                          'interpretation': {'ja': '再委託は実施計画書に事前に記載しておく必要があります。プロファイルの言葉は書類の記載事項を委託ごとに照らし合わせられないため、ツールは再委託のある契約に実施計画書が再委託の開始までにあることを確かめ、どの再委託先が記載されているかは担当者が確かめます。',
                                             'en': 'A subcontract must be in the implementation plan '
                                                   'beforehand. The profile language cannot match a '
                                                   "document's contents delegation by delegation, so the "
                                                   'tool checks that the plan exists by the start of the '
                                                   'work, and leaves to the officer which subcontracts it '
                                                   'names.'},
                          'basis': [{'section': '再委託費'}]},
                         {'id': 'below-half',
                          'topic': {'ja': '「50%未満」', 'en': '“Below 50 %”'},
                          'interpretation': {'ja': '再委託費は委託金額の50%未満でなければなりません。割合の上限は「超える」ものを示すため、ツールは49.99%を上限とし、ちょうど50%の再委託も示します。',
                                             'en': 'Subcontract costs must stay below 50 %. The share '
                                                   'limit reports what is over it, so the tool sets 49.99 '
                                                   '% and reports a subcontract of exactly half too.'},
                          'basis': [{'section': '再委託費'}]},
                         {'id': 'liability',
                          'topic': {'ja': '再委託先の行為についての責任', 'en': "Liability for subcontractors' acts"},
                          'interpretation': {'ja': '要約された取扱いは費用の定めで、再委託先の行為についての責任も損害賠償も定めていません。ツールは一般の契約法（民法第415条、履行補助者）によるものとして示します。',
                                             'en': 'The rules as summarised concern costs; they state '
                                                   'neither liability for subcontractors nor damages. The '
                                                   'tool shows general contract law (Civil Code art. '
                                                   '415).'},
                          'basis': [{'section': '再委託費'}]}],
            'rules': [{'code': 'DOC001',
                       'subject': 'contract',
                       'document': 'implementation_plan',
                       'clause': {'section': '再委託費'},
                       'interpretation': 'plan-names'},
                      {'code': 'DOC002',
                       'subject': 'contract',
                       'document': 'implementation_plan',
                       'due': 'before_work',
                       'clause': {'section': '再委託費'},
                       'interpretation': 'plan-names'},
                      {'code': 'AMT001',
                       'min_tier': 2,
                       'max_percent': 49.99,
                       'clause': {'section': '再委託費'},
                       'interpretation': 'below-half'},
                      {'code': 'PST001', 'min_tier': 2, 'clause': {'section': '再委託費'}},
                      {'code': 'PST002',
                       'min_tier': 2,
                       'provisions': ['obligations'],
                       'clause': {'section': '再委託費'}}],
            'liability': {'delegates': [{'min_tier': 2,
                                         'capacity': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'capacity': 'staff_general_law', 'interpretation': 'liability'}}}


def _profiles_osaka_city():
    return {'id': 'osaka-city',
            'title': '特記仕様書 暴力団等の排除（大阪市）',
            'issuer': '大阪市',
            'source': 'osaka-city_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': 'どの段階でも、暴力団員または暴力団密接関係者と下請その他の契約を結ばない。結んでいれば解除させる。受注者と下請負人等は不当介入を市と警察に報告する。',
                        'en': 'At no tier a subcontract or other contract with a gang member or a closely '
                              'associated person; any such contract must be cancelled. The contractor and '
                              'its subcontractors report undue interference to the city and the police.'},
            'roles': {'municipality': '大阪市', 'contractor': '受注者'},
            'terms': {'municipality': {'ja': '市', 'en': 'the city'},
                      'contractor': {'ja': '受注者', 'en': 'the contractor'}},
            'silences': [{'id': 'interference',
                          'topic': {'ja': '不当介入の報告', 'en': 'Reporting undue interference'},
                          'interpretation': {'ja': '受注者と下請負人等は不当介入を受けたとき市と警察に報告します。チェーンは不当介入を記録しないため、ツールはこれを確かめません。',
                                             'en': 'The contractor and its subcontractors report undue '
                                                   'interference to the city and the police. A chain '
                                                   'records no interference, so the tool does not check '
                                                   'it.'},
                          'basis': [{'section': '暴力団等の排除'}],
                          'recorded_only': True},
                         {'id': 'other-contracts',
                          'topic': {'ja': '下請でない契約', 'en': 'Contracts that are not subcontracts'},
                          'interpretation': {'ja': '排除は下請以外の契約にも及びますが、チェーンは委託だけを記録します。ツールは委託先だけを確かめます。',
                                             'en': 'The exclusion reaches contracts other than '
                                                   'subcontracts, but a chain records delegations only. '
                                                   'The tool checks delegates only.'},
                          'basis': [{'section': '暴力団等の排除'}],
                          'recorded_only': True},
                         {'id': 'liability',
                          'topic': {'ja': '下請負人の行為についての責任', 'en': "Liability for subcontractors' acts"},
                          'interpretation': {'ja': '要約された特記仕様書は排除の定めで、下請負人の行為についての責任も損害賠償も定めていません。ツールは一般の契約法（民法第415条、履行補助者）によるものとして示します。',
                                             'en': 'The specification as summarised concerns the '
                                                   'exclusion; it states neither liability for '
                                                   'subcontractors nor damages. The tool shows general '
                                                   'contract law (Civil Code art. 415).'},
                          'basis': [{'section': '暴力団等の排除'}]}],
            'rules': [{'code': 'ELG001',
                       'min_tier': 2,
                       'statuses': ['antisocial'],
                       'clause': {'section': '暴力団等の排除'},
                       'fix': {'ja': 'この者との契約を解除させ、{term.municipality}に報告してください（根拠: {citation}）。',
                               'en': 'Have the contract with it cancelled and report to '
                                     '{term.municipality} (see {citation}).'}}],
            'liability': {'delegates': [{'min_tier': 2,
                                         'capacity': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'capacity': 'staff_general_law', 'interpretation': 'liability'}}}


def _profiles_ppc_general():
    return {'id': 'ppc-general',
            'title': '個人情報保護法ガイドライン（通則編）3-4-4 委託先の監督（個人情報保護委員会）',
            'issuer': '個人情報保護委員会',
            'source': 'ppc-general_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': '再委託は、最初の委託元が事前に報告を受けるか、承認を行う（どちらの方法でもよい）。委託元は再委託先を直接に、または委託先を通じて監督する。再々委託も同じ。監督が及ばなければ委託元自身が監督の義務に違反する。',
                        'en': 'A subcontract is either reported beforehand to the original entruster or '
                              'approved by it (either route). The entruster supervises the subcontractor '
                              'directly or through the entrusted party; the same at deeper tiers. Where '
                              'supervision fails, the entruster itself breaches its duty.'},
            'roles': {'municipality': '委託元', 'contractor': '委託先'},
            'terms': {'municipality': {'ja': '委託元', 'en': 'the entruster'},
                      'contractor': {'ja': '委託先', 'en': 'the entrusted party'},
                      'application': {'ja': '事前の報告（承認の申請）',
                                      'en': 'prior report (or request for approval)'}},
            'silences': [{'id': 'both-routes',
                          'topic': {'ja': '事前の報告か承認か', 'en': 'A prior report, or approval'},
                          'interpretation': {'ja': 'ガイドラインは事前の報告を受けることと承認を行うことのどちらも認めます。規則は一つの種類の書類しか読まないため、ツールはどちらの方法でも委託元に出される書面（application、報告または承認の申請）があることとその日付が開始前であることを確かめ、承認そのものは求めません。',
                                             'en': 'The guideline accepts either a prior report or '
                                                   'approval. A rule reads one kind of document only, so '
                                                   'the tool checks, for either route, that a written '
                                                   'submission to the entruster (application: the report, '
                                                   'or the request for approval) exists and precedes the '
                                                   'start, and asks for no approval as such.'},
                          'basis': [{'section': '3-4-4'}]},
                         {'id': 'own-breach',
                          'topic': {'ja': '監督が及ばないときの委託元の違反',
                                    'en': "The entruster's own breach when supervision fails"},
                          'interpretation': {'ja': '監督が及ばなければ委託元自身が監督の義務に違反します。これは委託元についての定めで、チェーンの発見事項ではなく、責任の事実による部分（発注者の義務）に示されます。',
                                             'en': 'Where supervision fails, the entruster itself '
                                                   'breaches its duty. That concerns the entruster; it is '
                                                   'not a finding but appears among the fact-dependent '
                                                   "exposures (the municipality's duty)."},
                          'basis': [{'section': '3-4-4'}],
                          'recorded_only': True},
                         {'id': 'liability',
                          'topic': {'ja': '委託先の責任', 'en': "The entrusted party's liability"},
                          'interpretation': {'ja': 'ガイドラインは監督の定めで、委託先の再委託先の行為についての契約上の責任を定めていません。ツールは一般の契約法（民法第415条、履行補助者）によるものとして示します。',
                                             'en': 'The guideline concerns supervision; it states no '
                                                   'contractual liability of the entrusted party for its '
                                                   'subcontractors. The tool shows general contract law '
                                                   '(Civil Code art. 415).'},
                          'basis': [{'section': '3-4-4'}]},
                         {'id': 'audit-route',
                          'topic': {'ja': '再委託先の監督の方法', 'en': 'How subcontractors are supervised'},
                          'interpretation': {'ja': '委託元は再委託先を直接に、または委託先を通じて監督します。どちらを選ぶかは委託元が決めるため、ツールは再委託先以降を委託先を通じて及ぶものとして示し、直接の監督もできることを解釈として添えます。',
                                             'en': 'The entruster supervises subcontractors directly or '
                                                   'through the entrusted party, as it chooses; the tool '
                                                   'shows subcontractors as reached through the entrusted '
                                                   'party, noting that direct supervision is open too.'},
                          'basis': [{'section': '3-4-4'}]}],
            'rules': [{'code': 'DLG003',
                       'min_tier': 2,
                       'clause': {'section': '3-4-4'},
                       'interpretation': 'both-routes'},
                      {'code': 'DLG004',
                       'min_tier': 2,
                       'clause': {'section': '3-4-4'},
                       'interpretation': 'both-routes'},
                      {'code': 'PST001', 'min_tier': 2, 'clause': {'section': '3-4-4'}}],
            'liability': {'delegates': [{'min_tier': 2,
                                         'capacity': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'capacity': 'staff_general_law', 'interpretation': 'liability'}},
            'audit': {'what': {'ja': '委託先と再委託先の安全管理措置の監督',
                               'en': 'supervision of the safeguards of the entrusted party and its '
                                     'subcontractors'},
                      'on_site': 'not_stated',
                      'reach': [{'tiers': [1], 'reach': 'direct', 'clause': [{'section': '3-4-4'}]},
                                {'min_tier': 2,
                                 'reach': 'flow_down',
                                 'clause': [{'section': '3-4-4'}],
                                 'interpretation': 'audit-route'}]}}


def _profiles_ppc_my_number():
    return {'id': 'ppc-my-number',
            'title': '特定個人情報ガイドライン（行政機関等編）第4-2-⑴ 委託の取扱い（個人情報保護委員会）',
            'issuer': '個人情報保護委員会',
            'source': 'ppc-my-number_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': '個人番号関係事務の再委託は、どの段階でも最初の委託者（行政機関等）の許諾を要する（甲→乙→丙→丁）。再委託を受けた者は委託を受けた者とみなされる。契約には再委託の条件、責任、返還・廃棄、従事者の明確化、報告、実地の調査を定め、監督は委託の連鎖に沿って及ぶ。',
                        'en': 'Passing on work with My Number data needs, at every tier, the permission '
                              'of the original body (A→B→C→D). A subcontractor is deemed one entrusted. '
                              'The contract states the conditions of re-entrustment, liability, return '
                              'and destruction, the staff named, reports and on-site audit; supervision '
                              'runs down the chain.'},
            'roles': {'municipality': '委託者（行政機関等）', 'contractor': '委託先'},
            'terms': {'municipality': {'ja': '最初の委託者', 'en': 'the original entruster'},
                      'contractor': {'ja': '委託先', 'en': 'the entrusted party'},
                      'consent': {'ja': '許諾', 'en': 'permission'},
                      'consent_document': {'ja': '許諾', 'en': 'permission'}},
            'silences': [{'id': 'contract-items',
                          'topic': {'ja': '契約に定める事項', 'en': 'What the contract must state'},
                          'interpretation': {'ja': 'ガイドラインは委託契約に再委託の条件、責任、返還・廃棄、従事者の明確化、報告、実地の調査を定めることを求めます。プロファイルの言葉が再委託の契約について確かめられるのは義務の遵守・監督・安全管理の定めだけなので、ツールはその三つを確かめ、ほかの事項は担当者が確かめます。',
                                             'en': 'The guideline wants the contract to state the '
                                                   'conditions of re-entrustment, liability, return and '
                                                   'destruction, the named staff, reports and on-site '
                                                   'audit. The profile language checks a subcontract for '
                                                   'obligations, supervision and safety management only, '
                                                   'so the tool checks those three and leaves the others '
                                                   'to the officer.'},
                          'basis': [{'section': '第4-2-⑴'}]},
                         {'id': 'deemed-entrusted',
                          'topic': {'ja': 'みなされる委託を受けた者', 'en': 'A subcontractor deemed one entrusted'},
                          'interpretation': {'ja': '再委託を受けた者は委託を受けた者とみなされ（番号法第10条第2項）、自ら安全管理の義務を負います。委託先の契約上の責任はガイドラインが定めないため、ツールは一般の契約法（民法第415条、履行補助者）によるものとして示し、再委託を受けた者自身の義務は事実による責任（法令）として示します。',
                                             'en': 'A subcontractor is deemed one entrusted (My Number '
                                                   'Act art. 10(2)) and bears the safeguarding duty '
                                                   'itself. The guideline states no contractual liability '
                                                   'of the entrusted party, so the tool shows general '
                                                   'contract law (Civil Code art. 415) and the '
                                                   "subcontractor's own duty among the statutory "
                                                   'exposures.'},
                          'basis': [{'section': '第4-2-⑴'}]}],
            'rules': [{'code': 'DLG001', 'min_tier': 2, 'clause': {'section': '第4-2-⑴'}},
                      {'code': 'DLG002', 'min_tier': 2, 'clause': {'section': '第4-2-⑴'}},
                      {'code': 'DLG007', 'min_tier': 2, 'clause': {'section': '第4-2-⑴'}},
                      {'code': 'PST001', 'min_tier': 2, 'clause': {'section': '第4-2-⑴'}},
                      {'code': 'PST002',
                       'min_tier': 2,
                       'provisions': ['obligations', 'supervision', 'safety_management'],
                       'clause': {'section': '第4-2-⑴'},
                       'interpretation': 'contract-items'},
                      {'code': 'PST005', 'min_tier': 2, 'clause': {'section': '第4-2-⑴'}}],
            'liability': {'delegates': [{'min_tier': 2,
                                         'capacity': 'general_law',
                                         'interpretation': 'deemed-entrusted'}],
                          'non_regular': {'capacity': 'staff_general_law',
                                          'interpretation': 'deemed-entrusted'}}}


def _profiles_suginami():
    return {'id': 'suginami',
            'title': '再委託の承認基準（杉並区 経理課）',
            'issuer': '杉並区 経理課',
            'source': 'suginami_templates-more-README.md',
            'article_suffix': '',
            'summary': {'ja': '業務の全部または主要な部分を一括して再委託することを禁じる。再委託は再委託承認申請書（紙またはオンライン）で申請し、区が承認決定書を出す。個人情報を扱わせるときは再委託先の誓約書の写しを添える。',
                        'en': 'Passing on all of the work, or its principal part, en bloc is forbidden. A '
                              "subcontract is applied for on the ward's application form (on paper or "
                              'online) and the ward issues a decision of approval. Where personal data is '
                              "handled, a copy of the subcontractor's pledge is attached."},
            'tier_interpretations': [{'min_tier': 3, 'interpretation': 'sub-subcontract'}],
            'roles': {'municipality': '杉並区', 'contractor': '受託者'},
            'terms': {'municipality': {'ja': '区', 'en': 'the ward'},
                      'consent': {'ja': '承認', 'en': 'approval'},
                      'consent_document': {'ja': '承認決定書', 'en': 'decision of approval'},
                      'application': {'ja': '再委託承認申請書',
                                      'en': 'application for approval of the subcontract'}},
            'parts': {'principal': {'label': {'ja': '主要な部分', 'en': 'principal part of the work'}},
                      'routine': {'label': {'ja': '付随的な作業', 'en': 'ancillary work'}}},
            'document_kinds': {'pledge': {'label': {'ja': '再委託先の誓約書（写し）',
                                                    'en': "copy of the subcontractor's pledge"}}},
            'silences': [{'id': 'sub-subcontract',
                          'topic': {'ja': '再々委託', 'en': 'Sub-subcontracting'},
                          'interpretation': {'ja': '承認基準は再委託先がさらに委託する場合に触れていません。区の承認を得ずに区の業務を扱う者を置かないという基準の趣旨から、ツールは再々委託以降にも同じ申請と承認を求め、定めのない段階として警告します。',
                                             'en': 'The criteria do not mention a subcontractor passing '
                                                   "the work on. Since they let no one handle the ward's "
                                                   'work without its approval, the tool asks the same '
                                                   'application and approval at tier 3 and beyond, and '
                                                   'warns of a tier the criteria do not contemplate.'},
                          'basis': [{'section': '再委託の承認基準'}]},
                         {'id': 'prior-approval',
                          'topic': {'ja': '承認の時期', 'en': 'When approval is given'},
                          'interpretation': {'ja': '承認基準は申請と承認決定書を定めますが、承認が再委託の開始前であることを明文では書いていません。承認の前に始めた期間は承認のない再委託であるため、ツールは承認決定書の日付が開始日までにあることを確かめます。',
                                             'en': 'The criteria provide for the application and the '
                                                   'decision of approval but do not say in so many words '
                                                   'that approval comes first. Work before the decision '
                                                   'is unapproved, so the tool checks the decision is '
                                                   'dated no later than the start.'},
                          'basis': [{'section': '再委託の承認基準'}]},
                         {'id': 'liability',
                          'topic': {'ja': '再委託先の行為についての責任', 'en': "Liability for subcontractors' acts"},
                          'interpretation': {'ja': '承認基準は承認の手続だけを定め、再委託先の行為についての受注者の責任も損害賠償も定めていません。ツールは一般の契約法（民法第415条、履行補助者）によるものとして示し、基準の条項としては示しません。',
                                             'en': 'The criteria set out the approval procedure only: '
                                                   "neither the contractor's liability for subcontractors "
                                                   'nor damages. The tool shows general contract law '
                                                   '(Civil Code art. 415, those used to perform) and '
                                                   'cites no clause of the criteria for it.'},
                          'basis': [{'section': '再委託の承認基準'}]},
                         {'id': 'pledge-copy',
                          'topic': {'ja': '再委託先の誓約書の写し', 'en': "The copy of the subcontractor's pledge"},
                          'interpretation': {'ja': '個人情報を扱わせるときは申請に再委託先の誓約書の写しを添えます。基準は写しの日付の期限を定めていません。申請は承認の前、承認は再委託の開始の前にあるため、ツールは個人情報を扱う再委託ごとに、誓約書の写しがその再委託の開始までの日付であることを確かめます。',
                                             'en': 'Where personal data is handled the application '
                                                   "carries a copy of the subcontractor's pledge. The "
                                                   'criteria set no date for the copy. Since the '
                                                   'application comes before the approval and the '
                                                   'approval before the work, the tool checks that each '
                                                   'subcontract passing personal data on holds a copy '
                                                   'dated no later than its start.'},
                          'basis': [{'section': '再委託の承認基準'}]},
                         {'id': 'online',
                          'topic': {'ja': '申請の方法', 'en': 'How the application is made'},
                          'interpretation': {'ja': '申請は紙でもオンラインでもできます。ツールは申請の方法を区別せず、日付のある申請の記録（application）を確かめます。',
                                             'en': 'The application may be on paper or online. The tool '
                                                   'does not tell the two apart and checks for a dated '
                                                   'record of the application.'},
                          'basis': [{'section': '再委託の承認基準'}],
                          'recorded_only': True}],
            'rules': [{'code': 'PRT002', 'tiers': [2], 'clause': {'section': '再委託の承認基準'}},
                      {'code': 'PRT001',
                       'tiers': [2],
                       'parts': ['principal'],
                       'clause': {'section': '再委託の承認基準'}},
                      {'code': 'DLG003', 'tiers': [2], 'clause': {'section': '再委託の承認基準'}},
                      {'code': 'DLG001', 'tiers': [2], 'clause': {'section': '再委託の承認基準'}},
                      {'code': 'DLG002',
                       'tiers': [2],
                       'clause': {'section': '再委託の承認基準'},
                       'interpretation': 'prior-approval'},
                      {'code': 'DLG007', 'min_tier': 2, 'clause': {'section': '再委託の承認基準'}},
                      {'code': 'DOC001',
                       'subject': 'delegation',
                       'document': 'pledge',
                       'min_tier': 2,
                       'when': {'personal_data': True},
                       'clause': {'section': '再委託の承認基準'}},
                      {'code': 'DOC002',
                       'subject': 'delegation',
                       'document': 'pledge',
                       'min_tier': 2,
                       'when': {'personal_data': True},
                       'due': 'before_start',
                       'clause': {'section': '再委託の承認基準'},
                       'interpretation': 'pledge-copy'},
                      {'code': 'TIR002',
                       'min_tier': 3,
                       'clause': {'section': '再委託の承認基準'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG001',
                       'min_tier': 3,
                       'clause': {'section': '再委託の承認基準'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG003',
                       'min_tier': 3,
                       'clause': {'section': '再委託の承認基準'},
                       'interpretation': 'sub-subcontract'}],
            'liability': {'delegates': [{'min_tier': 2,
                                         'capacity': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'capacity': 'staff_general_law', 'interpretation': 'liability'}}}


def _profiles_waterworks():
    return {'id': 'waterworks',
            'title': '業務委託契約書 第6条 再委託（水道局）',
            'issuer': '水道局（市の公営企業）',
            'source': 'waterworks_templates-more-README.md',
            'article_suffix': '条',
            'summary': {'ja': '業務の主たる部分は再委託できない。再委託は書面で申請して承諾を得る。指名停止中の者を再委託先にしない（例外あり）。暴力団排除の措置を受けた者とは下請・委任・資材の購入など関連するすべての契約を結ばない。水道局は関連する契約の相手方すべての名称を求めることができる。',
                        'en': 'The principal part may not be subcontracted. A subcontract is applied for '
                              'in writing and consented to. No subcontractor under a bidding suspension '
                              '(with an exception). Firms named under the organised-crime exclusion rules '
                              'are barred from every related contract (subcontract, mandate, purchase of '
                              'materials). The waterworks may demand the names of all related contract '
                              'parties.'},
            'roles': {'municipality': '水道局', 'contractor': '受注者'},
            'terms': {'municipality': {'ja': '水道局', 'en': 'the waterworks'},
                      'consent': {'ja': '承諾', 'en': 'consent'},
                      'consent_document': {'ja': '承諾', 'en': 'consent'}},
            'articles': {'6': '再委託'},
            'parts': {'principal': {'label': {'ja': '主たる部分', 'en': 'principal part of the work'}},
                      'routine': {'label': {'ja': '付随的な作業', 'en': 'ancillary work'}}},
            'silences': [{'id': 'sub-subcontract',
                          'topic': {'ja': '再々委託', 'en': 'Sub-subcontracting'},
                          'interpretation': {'ja': '第6条は再委託先がさらに委託する場合の手続を定めていません。暴力団排除の定めは関連するすべての契約に及ぶため、ツールはその適格性をすべての段階で確かめ、承諾の手続は再々委託にも同じく求めます。',
                                             'en': 'Art. 6 gives no procedure for a subcontractor passing '
                                                   'work on. Its organised-crime exclusion reaches every '
                                                   'related contract, so the tool checks that eligibility '
                                                   'at every tier and asks the same consent at tier 3 and '
                                                   'beyond.'},
                          'basis': [{'article': '6'}]},
                         {'id': 'suspension-exception',
                          'topic': {'ja': '指名停止の例外', 'en': 'The exception to the suspension bar'},
                          'interpretation': {'ja': '第6条は指名停止中の者を再委託先とすることを原則として認めず、例外を置いています。例外に当たるかはチェーンの事実では判断できないため、ツールは委託の開始日に指名停止中の再委託先を誤りとして示し、例外に当たるかは担当者の判断に委ねます。',
                                             'en': 'Art. 6 bars a subcontractor under a bidding '
                                                   'suspension, save for an exception. Whether the '
                                                   'exception applies is not a fact of the chain, so the '
                                                   'tool reports a delegate suspended on the start date '
                                                   'as an error and leaves the exception to the officer.'},
                          'basis': [{'article': '6'}]},
                         {'id': 'related-contracts',
                          'topic': {'ja': '委託でない関連の契約',
                                    'en': 'Related contracts that are not delegations'},
                          'interpretation': {'ja': '暴力団排除の定めは資材の購入などの契約にも及びますが、チェーンは個人情報を扱う委託だけを記録します。ツールは委託先の適格性だけを確かめ、購入先は確かめません。',
                                             'en': 'The exclusion reaches purchases of materials too, but '
                                                   'a chain records delegations only. The tool checks '
                                                   'delegates, not suppliers.'},
                          'basis': [{'article': '6'}],
                          'recorded_only': True},
                         {'id': 'names-days',
                          'topic': {'ja': '名称の求めに応じる期限', 'en': 'Deadline for the names asked for'},
                          'interpretation': {'ja': '第6条は水道局が関連する契約の相手方の名称を求められるとしますが、いつまでに答えるかを定めていません。ツールは14日を目安とし、それを過ぎても答えた記録のない求めを示します。',
                                             'en': 'Art. 6 lets the waterworks ask for the names of the '
                                                   'related contract parties but gives no time to answer. '
                                                   'The tool takes 14 days as a guide and reports a '
                                                   'request not answered by then.'},
                          'basis': [{'article': '6'}]},
                         {'id': 'liability',
                          'topic': {'ja': '再委託先の行為についての責任', 'en': "Liability for subcontractors' acts"},
                          'interpretation': {'ja': '要約された第6条は再委託先の行為についての責任も損害賠償も定めていません。ツールは一般の契約法（民法第415条、履行補助者）によるものとして示します。',
                                             'en': 'Art. 6 as summarised states neither liability for '
                                                   'subcontractors nor damages. The tool shows general '
                                                   'contract law (Civil Code art. 415).'},
                          'basis': [{'article': '6'}]}],
            'rules': [{'code': 'PRT001',
                       'min_tier': 2,
                       'parts': ['principal'],
                       'clause': {'article': '6'}},
                      {'code': 'DLG001', 'tiers': [2], 'clause': {'article': '6'}},
                      {'code': 'DLG003', 'tiers': [2], 'clause': {'article': '6'}},
                      {'code': 'DLG002', 'tiers': [2], 'clause': {'article': '6'}},
                      {'code': 'TIR002',
                       'min_tier': 3,
                       'clause': {'article': '6'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'DLG001',
                       'min_tier': 3,
                       'clause': {'article': '6'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'ELG001',
                       'tiers': [2],
                       'statuses': ['bidding_suspension'],
                       'clause': {'article': '6'},
                       'interpretation': 'suspension-exception'},
                      {'code': 'ELG001',
                       'min_tier': 3,
                       'statuses': ['bidding_suspension'],
                       'clause': {'article': '6'},
                       'interpretation': 'sub-subcontract'},
                      {'code': 'ELG001',
                       'min_tier': 2,
                       'statuses': ['antisocial'],
                       'clause': {'article': '6'}},
                      {'code': 'REQ001',
                       'kinds': ['related_party_names'],
                       'days': 14,
                       'clause': {'article': '6'},
                       'interpretation': 'names-days',
                       'message': {'ja': '{date} '
                                         'に{term.municipality}が求めた関連する契約の相手方の名称に、期限（{due}）までに応じた記録がありません（応じた日: '
                                         '{answered_on}）。',
                                   'en': 'The names of the related contract parties {term.municipality} '
                                         'asked for on {date} were not given by {due} (answered: '
                                         '{answered_on}).'},
                       'fix': {'ja': '下請・委任・資材の購入を含む関連する契約の相手方の名称を{term.municipality}に出し、{field.request.answered_on}を記録してください（根拠: '
                                     '{citation}）。',
                               'en': 'Give {term.municipality} the names of every related contract party '
                                     '(subcontracts, mandates, purchases of materials) and record '
                                     '{field.request.answered_on} (see {citation}).'}}],
            'liability': {'delegates': [{'min_tier': 2,
                                         'capacity': 'general_law',
                                         'interpretation': 'liability'}],
                          'non_regular': {'capacity': 'staff_general_law', 'interpretation': 'liability'}}}


#: Each file: the digest of its bytes, and what it parses to (a new copy each call).
FILES = {
    'check/catalog.toml': ('bad2fbeb7fa3e1b7f1dcbbf98b5cb16b', _check_catalog),
    'liability/reasons.toml': ('336e2e6e937c732cd5145d8043531504', _liability_reasons),
    'profiles/000.toml': ('39940d7e672b4ee9bb066c102083019f', _profiles_000),
    'profiles/001.toml': ('88edc016259cc745a75b590e892d466f', _profiles_001),
    'profiles/002.toml': ('0e337996e51ba19a1cdc5957d225ce20', _profiles_002),
    'profiles/003.toml': ('fcca101805ae98e74f8a95a706c06d06', _profiles_003),
    'profiles/004.toml': ('4e72a2f50b6e1e65d5eba1b09e05e4a9', _profiles_004),
    'profiles/_builtin.toml': ('4f4170fcd3ca88d04ed95fbea770fc78', _profiles__builtin),
    'profiles/digital-agency.toml': ('f6fb9bbfd245354b09a5badbe45ebebb', _profiles_digital_agency),
    'profiles/enecho.toml': ('e0b0b167afdea4e1f0ce16ea47a46c4e', _profiles_enecho),
    'profiles/env-ministry.toml': ('ee476d4070c0c48f72a9ad5f111618bd', _profiles_env_ministry),
    'profiles/kanagawa.toml': ('cc7699ce529a75ad6b8c3ea545094ad4', _profiles_kanagawa),
    'profiles/kanzai-guideline.toml': ('6bcd5333b33931ce9d9209cdaca4986f', _profiles_kanzai_guideline),
    'profiles/meti-model.toml': ('58667ec689b464bd01cf40bd08e06f95', _profiles_meti_model),
    'profiles/nedo.toml': ('caf18b37e68d5a52f254a88a18701795', _profiles_nedo),
    'profiles/osaka-city.toml': ('d5b9b5bf3625b7a14263c40d764f4ef2', _profiles_osaka_city),
    'profiles/ppc-general.toml': ('0d96f1a1a642fb77927e7801982c88fa', _profiles_ppc_general),
    'profiles/ppc-my-number.toml': ('a42e70602748dd7ea983e46fedd53150', _profiles_ppc_my_number),
    'profiles/suginami.toml': ('f15b8c064938346830950daa52e88310', _profiles_suginami),
    'profiles/waterworks.toml': ('8e326a213c20571fe817befbca6c62fc', _profiles_waterworks),
}
