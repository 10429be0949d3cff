<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>mlp</name>
    <message>
        <location filename="../cli/cli.cpp" line="106"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="112"/>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="120"/>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="148"/>
        <source>ML Planner: score, rank and track ML project ideas kept in a portfolio file.</source>
        <translation>ML Planner: 포트폴리오 파일에 담긴 ML 프로젝트 아이디어의 점수를 매기고, 순위를 정하고, 진행 상황을 추적합니다.</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="155"/>
        <source>The command to run (see below).</source>
        <translation>실행할 명령 (아래 참고).</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="165"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="174"/>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for a command&apos;s arguments and options.</source>
        <translation>명령의 인자와 옵션은 &apos;%1 help COMMAND&apos; 또는 &apos;%1 COMMAND --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="180"/>
        <source>Without a command, or with a file name, the window opens.</source>
        <translation>명령 없이 실행하거나 파일 이름만 주면 창이 열립니다.</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="191"/>
        <source>(see &apos;%1 %2 --help&apos;)</source>
        <translation>(&apos;%1 %2 --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="204"/>
        <source>%1: missing %2 %3</source>
        <translation>%1: %2 인자가 없습니다 %3</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="211"/>
        <source>%1: unexpected argument &apos;%2&apos; %3</source>
        <translation>%1: 예상하지 못한 인자 &apos;%2&apos; %3</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="224"/>
        <source>(see &apos;%1 --help&apos;)</source>
        <translation>(&apos;%1 --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="238"/>
        <source>no command given (see &apos;%1 --help&apos;)</source>
        <translation>명령이 없습니다 (&apos;%1 --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="249"/>
        <source>help: unexpected argument &apos;%1&apos;</source>
        <translation>help: 예상하지 못한 인자 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="93"/>
        <source>unknown command &apos;%1&apos; (see &apos;%2 --help&apos;)</source>
        <translation>알 수 없는 명령 &apos;%1&apos; (&apos;%2 --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="83"/>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;? (see &apos;%3 --help&apos;)</source>
        <translation>알 수 없는 명령 &apos;%1&apos;: &apos;%2&apos;을(를) 뜻했나요? (&apos;%3 --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="88"/>
        <source>&apos;%1&apos; is not a command, and the window opens one file at a time: &apos;%2 FILE&apos;. The commands are in &apos;%2 --help&apos;.</source>
        <translation>&apos;%1&apos;은(는) 명령이 아니고, 창은 한 번에 파일 하나를 엽니다: &apos;%2 FILE&apos;. 명령 목록은 &apos;%2 --help&apos;에 있습니다.</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="382"/>
        <location filename="../cli/transfercommands.cpp" line="228"/>
        <source>cannot write to standard output</source>
        <translation>표준 출력에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/command.cpp" line="21"/>
        <source>%1: unknown format; the name must end in .json or .csv</source>
        <translation>%1: 알 수 없는 형식입니다. 이름이 .json 또는 .csv로 끝나야 합니다</translation>
    </message>
    <message>
        <location filename="../cli/command.cpp" line="77"/>
        <source>no idea with id or name &quot;%1&quot;</source>
        <translation>id 또는 이름이 &quot;%1&quot;인 아이디어가 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/command.cpp" line="120"/>
        <source>%1d %2h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location filename="../cli/command.cpp" line="122"/>
        <source>%1h %2m</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../cli/command.cpp" line="123"/>
        <source>%1m</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../core/domain/flow.cpp" line="115"/>
        <source>free text</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="65"/>
        <location filename="../cli/logcommand.cpp" line="60"/>
        <source>when</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="66"/>
        <location filename="../cli/logcommand.cpp" line="61"/>
        <source>who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="68"/>
        <location filename="../cli/logcommand.cpp" line="63"/>
        <source>idea</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="69"/>
        <location filename="../cli/inspectcommands.cpp" line="43"/>
        <location filename="../cli/logcommand.cpp" line="65"/>
        <source>from</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="69"/>
        <location filename="../cli/inspectcommands.cpp" line="44"/>
        <location filename="../cli/logcommand.cpp" line="65"/>
        <source>to</source>
        <translation>이후</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="70"/>
        <location filename="../cli/logcommand.cpp" line="66"/>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="89"/>
        <source>Moves: %1 forward, %2 backward.</source>
        <translation>이동: 앞으로 %1회, 뒤로 %2회.</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="94"/>
        <source>Time in each stage:</source>
        <translation>단계별 소요 시간:</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="103"/>
        <source>Backward moves per pair:</source>
        <translation>단계 쌍별 역방향 이동:</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="110"/>
        <source>Backward moves per reason:</source>
        <translation>사유별 역방향 이동:</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="49"/>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="50"/>
        <source>visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="51"/>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="52"/>
        <source>85th pct</source>
        <translation>85번째 백분위</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="67"/>
        <source>No backward moves.</source>
        <translation>되돌아간 이동이 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="68"/>
        <source>Backward moves (%1 of %2 moves):</source>
        <translation>되돌아간 이동 (전체 %2번 중 %1번):</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="86"/>
        <source>Projects: %1 active, %2 shipped, %3 shelved.</source>
        <translation>프로젝트: 진행 중 %1개, 출시 %2개, 보류 %3개.</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="91"/>
        <source>Time in each stage, over finished stays:</source>
        <translation>단계별 머문 시간 (끝난 체류 기준):</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="97"/>
        <source>No active project has been in its stage longer than 85% of past stays there.</source>
        <translation>지난 체류의 85%보다 오래 한 단계에 머문 진행 중 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="102"/>
        <source>In their stage longer than 85% of past stays there:</source>
        <translation>그 단계의 지난 체류 85%보다 오래 머문 프로젝트:</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="112"/>
        <source>The cumulative flow (projects in each stage over time) is in the --json output.</source>
        <translation>누적 흐름(시간에 따른 단계별 프로젝트 수)은 --json 출력에 있습니다.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="28"/>
        <source>%1 has no rater %2; add one with &apos;mlplanner rater add&apos;</source>
        <translation>%1에 평가자 %2이(가) 없습니다. &apos;mlplanner rater add&apos;로 추가하세요</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="49"/>
        <source>unknown question &apos;%1&apos; (see &apos;mlplanner answer --help&apos; for the question ids)</source>
        <translation>알 수 없는 질문 &apos;%1&apos; (질문 id는 &apos;mlplanner answer --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="63"/>
        <source>%1: the answer must be 1 to 5, or &apos;clear&apos;; not &apos;%2&apos;</source>
        <translation>%1: 답변은 1~5 또는 &apos;clear&apos;여야 합니다. &apos;%2&apos;은(는) 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="87"/>
        <location filename="../cli/planningcommands.cpp" line="142"/>
        <source>question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="109"/>
        <location filename="../cli/flowcommand.cpp" line="196"/>
        <location filename="../cli/historycommand.cpp" line="177"/>
        <location filename="../cli/inspectcommands.cpp" line="16"/>
        <location filename="../cli/inspectcommands.cpp" line="56"/>
        <location filename="../cli/logcommand.cpp" line="111"/>
        <location filename="../cli/movecommand.cpp" line="16"/>
        <location filename="../cli/outcomecommand.cpp" line="15"/>
        <location filename="../cli/planningcommands.cpp" line="209"/>
        <location filename="../cli/rankcommand.cpp" line="147"/>
        <location filename="../cli/readinesscommand.cpp" line="138"/>
        <location filename="../cli/reportcommand.cpp" line="28"/>
        <location filename="../cli/settingscommand.cpp" line="139"/>
        <location filename="../cli/transfercommands.cpp" line="166"/>
        <source>The portfolio file.</source>
        <translation>포트폴리오 파일.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="114"/>
        <source>Answers to set: 1 to 5 (5 is always the favourable end), or &apos;clear&apos;. Without any, the answers are printed. Questions: %1.</source>
        <translation>설정할 답변: 1~5 (5가 항상 유리한 쪽) 또는 &apos;clear&apos;. 지정하지 않으면 답변을 출력합니다. 질문: %1.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="122"/>
        <source>Whose answers these are (needed to set answers; the rater must exist, see &apos;rater add&apos;).</source>
        <translation>답변한 평가자 (답변을 설정할 때 필요하며, 평가자가 있어야 합니다. &apos;rater add&apos; 참고).</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="127"/>
        <location filename="../cli/planningcommands.cpp" line="219"/>
        <source>Print the answers as JSON.</source>
        <translation>답변을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="152"/>
        <source>answer: setting answers needs --rater NAME (see &apos;mlplanner answer --help&apos;)</source>
        <translation>answer: 답변을 설정하려면 --rater NAME이 필요합니다 (&apos;mlplanner answer --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="158"/>
        <source>answer: --json only applies when printing the answers</source>
        <translation>answer: --json은 답변을 출력할 때만 적용됩니다</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="181"/>
        <source>Cleared %1&apos;s answer to %2 on %3.</source>
        <translation>%3에서 %2에 대한 %1의 답변을 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="183"/>
        <source>Set %1&apos;s answer to %2 on %3 to %4.</source>
        <translation>%3에서 %2에 대한 %1의 답변을 %4(으)로 설정했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="201"/>
        <source>a rater needs a name</source>
        <translation>평가자에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="204"/>
        <source>%1 already has a rater %2</source>
        <translation>%1에 이미 평가자 %2이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="211"/>
        <source>Added rater %1 to %2.</source>
        <translation>%2에 평가자 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="232"/>
        <source>Removed rater %1 and their answers from %2.</source>
        <translation>%2에서 평가자 %1과(와) 그 답변을 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="252"/>
        <location filename="../cli/baselinecommand.cpp" line="265"/>
        <location filename="../cli/ideacommand.cpp" line="206"/>
        <location filename="../cli/metriccommand.cpp" line="437"/>
        <source>One of: %1.</source>
        <translation>다음 중 하나: %1.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="255"/>
        <source>The portfolio file; IDEA is an idea&apos;s id or name.</source>
        <translation>포트폴리오 파일. IDEA는 아이디어의 id 또는 이름입니다.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="268"/>
        <source>Set, clear or print a rater&apos;s answers to the scoring questions.</source>
        <translation>점수 질문에 대한 평가자의 답변을 설정, 삭제 또는 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="276"/>
        <source>Add or remove a rater of an idea.</source>
        <translation>아이디어의 평가자를 추가하거나 제거합니다.</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="199"/>
        <source>Write the analytics, with the cumulative flow, as JSON.</source>
        <translation>분석 결과를 누적 흐름과 함께 JSON으로 씁니다.</translation>
    </message>
    <message>
        <location filename="../cli/flowcommand.cpp" line="221"/>
        <source>Show where projects get stuck: projects per stage, time in each stage, backward moves and their reasons.</source>
        <translation>프로젝트가 어디서 막히는지 보여 줍니다: 단계별 프로젝트 수, 단계별 머문 시간, 되돌아간 이동과 그 이유.</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="180"/>
        <source>Only this idea (id or name); all ideas without it.</source>
        <translation>이 아이디어만 (id 또는 이름). 생략하면 모든 아이디어.</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="184"/>
        <source>Write the moves and counts as JSON.</source>
        <translation>이동 기록과 횟수를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="228"/>
        <source>No recorded moves.</source>
        <translation>기록된 이동이 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="235"/>
        <source>&quot;%1&quot; is in %2 (%3).</source>
        <translation>&quot;%1&quot;은(는) %2 단계에 있습니다 (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/historycommand.cpp" line="240"/>
        <source>All %n idea(s):</source>
        <translation>
            <numerusform>전체 아이디어 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/historycommand.cpp" line="254"/>
        <source>Show the recorded stage moves, backward-move counts and time in each stage.</source>
        <translation>기록된 단계 이동, 역방향 이동 횟수, 단계별 소요 시간을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../cli/answercommands.cpp" line="111"/>
        <location filename="../cli/inspectcommands.cpp" line="18"/>
        <location filename="../cli/movecommand.cpp" line="18"/>
        <location filename="../cli/outcomecommand.cpp" line="17"/>
        <location filename="../cli/planningcommands.cpp" line="211"/>
        <location filename="../cli/readinesscommand.cpp" line="140"/>
        <source>The idea&apos;s id or name.</source>
        <translation>아이디어의 id 또는 이름.</translation>
    </message>
    <message>
        <location filename="../cli/inspectcommands.cpp" line="45"/>
        <source>trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="79"/>
        <location filename="../cli/inspectcommands.cpp" line="46"/>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../cli/inspectcommands.cpp" line="59"/>
        <source>Fold a leftover FILE-wal into the file although nothing ties it to the file&apos;s last session, if the result is a sound portfolio. Changes the file.</source>
        <translation>남아 있는 FILE-wal이 파일의 마지막 세션에서 나온 것인지 확인할 수 없더라도, 결과가 온전한 포트폴리오라면 파일에 반영합니다. 파일이 변경됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/inspectcommands.cpp" line="86"/>
        <source>%1: ok, %n idea(s).</source>
        <translation>
            <numerusform>%1: 정상, 아이디어 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/inspectcommands.cpp" line="98"/>
        <source>Explain an idea&apos;s score: how much each answer moved each coordinate.</source>
        <translation>아이디어의 점수를 설명합니다: 각 답변이 각 좌표를 얼마나 움직였는지.</translation>
    </message>
    <message>
        <location filename="../cli/inspectcommands.cpp" line="106"/>
        <source>List the course&apos;s catalogued triggers for backward moves.</source>
        <translation>강의에서 정리한 역방향 이동 트리거 목록을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../cli/inspectcommands.cpp" line="113"/>
        <source>Open a portfolio file, check its integrity and values, change nothing.</source>
        <translation>포트폴리오 파일을 열어 무결성과 값을 검사합니다. 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="21"/>
        <source>The stage to move to: %1.</source>
        <translation>이동할 단계: %1.</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="24"/>
        <source>Why; a backward move needs this or --trigger.</source>
        <translation>이동 사유. 역방향 이동에는 이 옵션이나 --trigger가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="28"/>
        <source>A catalogued trigger for a backward move (see &apos;%1 triggers&apos;).</source>
        <translation>역방향 이동에 쓸 정리된 트리거 (&apos;%1 triggers&apos; 참고).</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="34"/>
        <source>Leave planning although the feasibility checklist is not answered; the note is recorded.</source>
        <translation>실현 가능성 체크리스트에 답하지 않았더라도 기획 단계를 벗어납니다. 이 사실은 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="41"/>
        <source>Who moves it; the default is the login name ($USER).</source>
        <translation>이동하는 사람. 기본값은 로그인 이름($USER)입니다.</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="52"/>
        <source>unknown stage &apos;%1&apos;; use one of %2</source>
        <translation>알 수 없는 단계 &apos;%1&apos;. 다음 중 하나를 사용하세요: %2</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="73"/>
        <source>Moved &quot;%1&quot; from %2 to %3.</source>
        <translation>&quot;%1&quot;을(를) %2에서 %3(으)로 이동했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="83"/>
        <source>The checklist is already answered, so the override note was not needed and is not recorded.</source>
        <translation>체크리스트에 이미 답했으므로 무시 사유가 필요 없어 기록하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="87"/>
        <source>The move does not leave planning, so the checklist override note is not recorded.</source>
        <translation>기획 단계를 벗어나는 이동이 아니므로 체크리스트 무시 사유를 기록하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../cli/movecommand.cpp" line="101"/>
        <source>Move an idea to another lifecycle stage; moving back needs a reason.</source>
        <translation>아이디어를 다른 라이프사이클 단계로 이동합니다. 뒤로 이동하려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../cli/newcommand.cpp" line="33"/>
        <source>The portfolio file to create; it must not exist.</source>
        <translation>새로 만들 포트폴리오 파일. 이미 있으면 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../cli/newcommand.cpp" line="36"/>
        <source>Fill it with a sample portfolio built from the course&apos;s examples.</source>
        <translation>강의 예시로 만든 샘플 포트폴리오로 채웁니다.</translation>
    </message>
    <message>
        <location filename="../cli/newcommand.cpp" line="45"/>
        <location filename="../cli/sharecommands.cpp" line="87"/>
        <source>%1: already exists; choose another name</source>
        <translation>%1: 이미 있습니다. 다른 이름을 선택하세요</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/newcommand.cpp" line="71"/>
        <source>Created %1 with %n idea(s).</source>
        <translation>
            <numerusform>아이디어 %n개로 %1을(를) 만들었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/newcommand.cpp" line="83"/>
        <source>Create a portfolio file, empty or with a sample.</source>
        <translation>포트폴리오 파일을 비어 있는 상태나 샘플로 만듭니다.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="46"/>
        <source>unknown direction &apos;%1&apos;; use higher or lower</source>
        <translation>알 수 없는 방향 &apos;%1&apos;. higher 또는 lower를 사용하세요</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="64"/>
        <source>--bound: &apos;%1&apos; is not a number or &apos;none&apos;</source>
        <translation>--bound: &apos;%1&apos;은(는) 숫자나 &apos;none&apos;이 아닙니다</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="73"/>
        <source>--weight: &apos;%1&apos; is not a number</source>
        <translation>--weight: &apos;%1&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="84"/>
        <location filename="../cli/metriccommand.cpp" line="159"/>
        <source>a metric needs a name</source>
        <translation>지표에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="108"/>
        <source>at most %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="109"/>
        <source>at least %1</source>
        <translation>최소 %1</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="111"/>
        <source>no bound</source>
        <translation>경계값 없음</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="112"/>
        <source>Changed metric %1 on %2: %3 is better, %4, unit %5, weight %6.</source>
        <translation>%2의 지표 %1을(를) 변경했습니다: %3이(가) 좋음, %4, 단위 %5, 가중치 %6.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="114"/>
        <source>Defined metric %1 on %2: %3 is better, %4, unit %5, weight %6.</source>
        <translation>%2에 지표 %1을(를) 정의했습니다: %3이(가) 좋음, %4, 단위 %5, 가중치 %6.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="138"/>
        <source>Removed metric %1 from %2; the models&apos; values for it are kept.</source>
        <translation>%2에서 지표 %1을(를) 제거했습니다. 이 지표에 대한 모델 값은 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="162"/>
        <source>%1 already has a metric named %2; choose another name</source>
        <translation>%1에 이미 %2(이)라는 지표가 있습니다. 다른 이름을 선택하세요</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="173"/>
        <source>Renamed metric %1 to %2 on %3.</source>
        <translation>%3에서 지표 %1의 이름을 %2(으)로 변경했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="177"/>
        <source>The formula now reads: %1</source>
        <translation>이제 수식은 다음과 같습니다: %1</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="188"/>
        <source>unknown combine rule &apos;%1&apos;; use one of %2</source>
        <translation>알 수 없는 결합 규칙 &apos;%1&apos;. 다음 중 하나를 사용하세요: %2</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="193"/>
        <source>metric rule threshold: name the one metric to optimise</source>
        <translation>metric rule threshold: 최적화할 지표 하나를 지정하세요</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="197"/>
        <source>metric rule formula: give the formula as one argument (quote it)</source>
        <translation>metric rule formula: 수식을 하나의 인자로 지정하세요 (따옴표로 묶으세요)</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="201"/>
        <source>metric rule: --direction only applies to a formula</source>
        <translation>metric rule: --direction은 formula에만 적용됩니다</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="240"/>
        <location filename="../cli/metriccommand.cpp" line="300"/>
        <location filename="../cli/settingscommand.cpp" line="85"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="252"/>
        <source>%1 now ranks models by %2, within the other metrics&apos; bounds.</source>
        <translation>이제 %1은(는) 다른 지표의 경계값 안에서 %2 기준으로 모델의 순위를 매깁니다.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="256"/>
        <source>%1 now ranks models by the formula %2 (%3 is better).</source>
        <translation>이제 %1은(는) 수식 %2 기준으로 모델의 순위를 매깁니다 (%3이(가) 좋음).</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="263"/>
        <source>%1 now ranks models by the weighted average (%2).</source>
        <translation>이제 %1은(는) 가중 평균 (%2) 기준으로 모델의 순위를 매깁니다.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="284"/>
        <source>a model result needs a model name</source>
        <translation>모델 결과에는 모델 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="310"/>
        <source>Set %1 of model %2 on %3 to %4.</source>
        <translation>%3에서 모델 %2의 %1을(를) %4(으)로 설정했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="329"/>
        <source>%1 has no results for model %2</source>
        <translation>%1에 모델 %2의 결과가 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="335"/>
        <source>Removed the results of model %1 from %2.</source>
        <translation>%2에서 모델 %1의 결과를 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="391"/>
        <location filename="../cli/rankcommand.cpp" line="112"/>
        <source>rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="393"/>
        <source>missed bounds</source>
        <translation>미충족 경계값</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="394"/>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="402"/>
        <source>out</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="406"/>
        <source>Models of %1, by the %2 rule:</source>
        <translation>%1의 모델 (%2 규칙 기준):</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="440"/>
        <source>The portfolio file; IDEA is an idea&apos;s id or name. RULE is &apos;average&apos; followed by METRIC=WEIGHT words, &apos;threshold&apos; followed by the metric to optimise, or &apos;formula&apos; followed by an expression over the metric names.</source>
        <translation>포트폴리오 파일. IDEA는 아이디어의 id 또는 이름입니다. RULE은 &apos;average&apos; 뒤에 METRIC=WEIGHT 단어들, &apos;threshold&apos; 뒤에 최적화할 지표, 또는 &apos;formula&apos; 뒤에 지표 이름으로 이루어진 식을 씁니다.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="446"/>
        <source>define: the metric&apos;s unit.</source>
        <translation>define: 지표의 단위.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="450"/>
        <source>define, rule formula: whether higher or lower is better (default higher).</source>
        <translation>define, rule formula: 높은 값과 낮은 값 중 어느 쪽이 좋은지 (기본값 higher).</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="455"/>
        <source>define: the acceptable limit (a minimum when higher is better, a maximum when lower is), or &apos;none&apos;.</source>
        <translation>define: 허용 한계 (높을수록 좋으면 최솟값, 낮을수록 좋으면 최댓값) 또는 &apos;none&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="462"/>
        <source>define: the weight in the weighted average (0 to 100, default 1).</source>
        <translation>define: 가중 평균에서의 가중치 (0~100, 기본값 1).</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="468"/>
        <source>rank: print the ranking as JSON.</source>
        <translation>rank: 순위를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/metriccommand.cpp" line="481"/>
        <source>Define metrics, set the combine rule and the models&apos; results, and rank the models.</source>
        <translation>지표를 정의하고, 결합 규칙과 모델 결과를 설정하고, 모델의 순위를 매깁니다.</translation>
    </message>
    <message>
        <location filename="../cli/rankcommand.cpp" line="112"/>
        <source>impact</source>
        <translation>임팩트</translation>
    </message>
    <message>
        <location filename="../cli/rankcommand.cpp" line="113"/>
        <source>feasibility</source>
        <translation>실현 가능성</translation>
    </message>
    <message>
        <location filename="../cli/rankcommand.cpp" line="114"/>
        <source>quadrant</source>
        <translation>사분면</translation>
    </message>
    <message>
        <location filename="../cli/rankcommand.cpp" line="115"/>
        <source>complete</source>
        <translation>완성도</translation>
    </message>
    <message>
        <location filename="../cli/rankcommand.cpp" line="116"/>
        <source>raters</source>
        <translation>평가자</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="214"/>
        <location filename="../cli/flowcommand.cpp" line="48"/>
        <location filename="../cli/rankcommand.cpp" line="116"/>
        <source>stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="329"/>
        <location filename="../cli/planningcommands.cpp" line="140"/>
        <location filename="../cli/rankcommand.cpp" line="117"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="77"/>
        <location filename="../core/domain/validation.cpp" line="331"/>
        <location filename="../cli/rankcommand.cpp" line="117"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../cli/rankcommand.cpp" line="149"/>
        <source>Write the ranking as JSON.</source>
        <translation>순위를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/rankcommand.cpp" line="171"/>
        <source>List the ideas by priority: impact, feasibility, quadrant, completeness.</source>
        <translation>아이디어를 우선순위로 나열합니다: 임팩트, 실현 가능성, 사분면, 완성도.</translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="26"/>
        <source>The portfolio file to import into.</source>
        <translation>가져올 대상 포트폴리오 파일.</translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="29"/>
        <source>A .json file replaces the whole portfolio; a .csv file merges its ideas and scores (rows with a known id update that idea).</source>
        <translation>.json 파일은 포트폴리오 전체를 대체하고, .csv 파일은 아이디어와 점수를 병합합니다 (알려진 id가 있는 행은 해당 아이디어를 갱신).</translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="49"/>
        <source>%1: the file is %2 MB; imports read files of at most %3 MB</source>
        <translation>%1: 파일 크기가 %2MB입니다. 가져오기는 최대 %3MB 파일까지 읽습니다</translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="55"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/transfercommands.cpp" line="91"/>
        <source>Imported %1 into %2: the portfolio now holds %n idea(s).</source>
        <translation>
            <numerusform>%1을(를) %2(으)로 가져왔습니다: 이제 포트폴리오에 아이디어가 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="169"/>
        <source>A .json file (everything) or a .csv file (ideas and scores); - writes to standard output.</source>
        <translation>.json 파일 (전체) 또는 .csv 파일 (아이디어와 점수). -는 표준 출력으로 씁니다.</translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="174"/>
        <source>json or csv, whatever OUTPUT&apos;s name; the default for - is json.</source>
        <translation>json 또는 csv. 생략하면 OUTPUT의 이름을 따르고, -의 기본값은 json입니다.</translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="191"/>
        <source>unknown format &apos;%1&apos;; use json or csv</source>
        <translation>알 수 없는 형식 &apos;%1&apos;. json 또는 csv를 사용하세요</translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="205"/>
        <source>%1: will not export over the portfolio file itself</source>
        <translation>%1: 포트폴리오 파일 자체에 덮어써서 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/io/savefile.cpp" line="24"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/io/savefile.cpp" line="49"/>
        <source>the disk is full; free some space (or choose another disk) and try again</source>
        <translation>디스크가 가득 찼습니다. 공간을 확보하거나 다른 디스크를 선택한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../core/io/savefile.cpp" line="52"/>
        <source>the file would be larger than this system allows</source>
        <translation>파일이 이 시스템에서 허용하는 크기를 넘습니다</translation>
    </message>
    <message>
        <location filename="../core/io/savefile.cpp" line="55"/>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <location filename="../core/io/savefile.cpp" line="58"/>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/io/savefile.cpp" line="75"/>
        <source>is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <location filename="../core/io/savefile.cpp" line="76"/>
        <source>is a device, pipe or socket, not a regular file</source>
        <translation>일반 파일이 아니라 장치, 파이프 또는 소켓입니다</translation>
    </message>
    <message>
        <location filename="../core/io/savefile.cpp" line="79"/>
        <source>%1: %2; exports are written to regular files only (use - for standard output)</source>
        <translation>%1: %2. 내보내기는 일반 파일에만 씁니다 (표준 출력에는 -를 사용하세요)</translation>
    </message>
    <message>
        <location filename="../core/io/savefile.cpp" line="165"/>
        <source>%1 bytes were written, but the file holds %2</source>
        <translation>%1바이트를 썼지만 파일 크기는 %2바이트입니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/transfercommands.cpp" line="257"/>
        <source>Exported %n idea(s) to %1.</source>
        <translation>
            <numerusform>아이디어 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="269"/>
        <source>Import a JSON (replaces) or CSV (merges) file; all or nothing.</source>
        <translation>JSON (대체) 또는 CSV (병합) 파일을 가져옵니다. 전부 적용되거나 전혀 적용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../cli/transfercommands.cpp" line="277"/>
        <source>Export the portfolio as JSON or CSV.</source>
        <translation>포트폴리오를 JSON 또는 CSV로 내보냅니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="16"/>
        <source>Software 2.0</source>
        <translation>Software 2.0</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="17"/>
        <source>ML improves an existing rule-based or deterministic system.</source>
        <translation>ML이 기존의 규칙 기반 또는 결정론적 시스템을 개선합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="19"/>
        <source>Code completion in an IDE</source>
        <translation>IDE의 코드 자동 완성</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="20"/>
        <source>Customised recommendations</source>
        <translation>맞춤형 추천</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="21"/>
        <source>Game AI</source>
        <translation>게임 AI</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="24"/>
        <source>Do the models truly improve performance?</source>
        <translation>모델이 정말로 성능을 개선하나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="26"/>
        <source>Does that improvement create business value?</source>
        <translation>그 개선이 비즈니스 가치를 만드나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="28"/>
        <source>Does the improvement feed a data flywheel?</source>
        <translation>그 개선이 데이터 플라이휠로 이어지나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="31"/>
        <source>Usually feasible, with modest impact.</source>
        <translation>대체로 실현 가능하지만 임팩트는 크지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="32"/>
        <source>A data flywheel (more users → more data → better model → more users) raises impact.</source>
        <translation>데이터 플라이휠 (사용자 증가 → 데이터 증가 → 더 나은 모델 → 사용자 증가)이 임팩트를 높입니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="39"/>
        <source>Human-in-the-loop</source>
        <translation>휴먼 인 더 루프</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="41"/>
        <source>A person reviews every output before it acts.</source>
        <translation>모든 출력이 실행되기 전에 사람이 검토합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="42"/>
        <source>Turning sketches into slides</source>
        <translation>스케치를 슬라이드로 변환</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="43"/>
        <source>Email auto-completion</source>
        <translation>이메일 자동 완성</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="44"/>
        <source>Helping radiologists read scans</source>
        <translation>영상의학과 의사의 판독 지원</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="47"/>
        <source>How good does the system need to be to be useful?</source>
        <translation>시스템이 유용하려면 얼마나 좋아야 하나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="49"/>
        <source>How can you collect enough data to make it that good?</source>
        <translation>그만큼 좋게 만들 데이터를 어떻게 충분히 모을 수 있나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="52"/>
        <source>In between: moderate impact and moderate feasibility.</source>
        <translation>중간 수준: 임팩트도 실현 가능성도 보통입니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="54"/>
        <source>Product design lowers the accuracy needed (suggest rather than decide), which raises feasibility.</source>
        <translation>제품 설계로 필요한 정확도를 낮추면 (결정 대신 제안) 실현 가능성이 높아집니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="61"/>
        <source>Autonomous system</source>
        <translation>자율 시스템</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="63"/>
        <source>Outputs act with almost no human review.</source>
        <translation>사람의 검토가 거의 없이 출력이 그대로 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="64"/>
        <source>Full self-driving</source>
        <translation>완전 자율 주행</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="65"/>
        <source>Automated customer support</source>
        <translation>고객 지원 자동화</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="66"/>
        <source>Automated web design</source>
        <translation>웹 디자인 자동화</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="69"/>
        <source>What failure rate is acceptable for the system?</source>
        <translation>시스템에 허용되는 실패율은 얼마인가요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="71"/>
        <source>How can you guarantee that it will not exceed that failure rate?</source>
        <translation>그 실패율을 넘지 않는다는 것을 어떻게 보장할 수 있나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="74"/>
        <source>How inexpensively can you label data from the running system?</source>
        <translation>운영 중인 시스템에서 데이터를 얼마나 저렴하게 레이블링할 수 있나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="78"/>
        <source>Highest impact, lowest feasibility.</source>
        <translation>임팩트는 가장 높고 실현 가능성은 가장 낮습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="79"/>
        <source>Guardrails, humans in the loop or a narrower scope raise feasibility.</source>
        <translation>가드레일, 휴먼 인 더 루프, 또는 범위 축소가 실현 가능성을 높입니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="118"/>
        <source>Is there a data loop that gathers labels from users at scale?</source>
        <translation>사용자로부터 대규모로 레이블을 모으는 데이터 루프가 있나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="121"/>
        <source>Does more data turn into a better model?</source>
        <translation>데이터가 늘면 모델이 좋아지나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="123"/>
        <source>Does a better model make the product better?</source>
        <translation>모델이 좋아지면 제품이 좋아지나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="144"/>
        <source>Flywheel check incomplete: answer all three questions.</source>
        <translation>플라이휠 점검 미완료: 세 질문에 모두 답하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="147"/>
        <source>A data flywheel is present: more users bring more data, a better model and more users.</source>
        <translation>데이터 플라이휠이 있습니다: 사용자가 늘면 데이터가 늘고, 모델이 좋아지고, 사용자가 더 늘어납니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/archetype.cpp" line="151"/>
        <source>No data flywheel: at least one link of the loop is missing.</source>
        <translation>데이터 플라이휠이 없습니다: 루프의 고리가 하나 이상 빠져 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="49"/>
        <source>Business or engineering requirement</source>
        <translation>비즈니스 또는 엔지니어링 요구 사항</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="51"/>
        <source>Published result</source>
        <translation>공개된 결과</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="53"/>
        <source>Scripted (rule-based) baseline</source>
        <translation>스크립트 (규칙 기반) 베이스라인</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="55"/>
        <source>Simple ML baseline</source>
        <translation>단순 ML 베이스라인</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="57"/>
        <source>Random people (crowd workers)</source>
        <translation>일반인 (크라우드 워커)</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="59"/>
        <source>Ensemble of random people</source>
        <translation>일반인 앙상블</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="61"/>
        <source>Domain experts</source>
        <translation>도메인 전문가</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="63"/>
        <source>Deep domain experts (specialists)</source>
        <translation>심층 도메인 전문가 (스페셜리스트)</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="65"/>
        <source>Mixture of experts</source>
        <translation>전문가 혼합</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="106"/>
        <source>Published result “%1” is left out of the lower bound until the comparison is checked as fair: your data may be harder.</source>
        <translation>공개된 결과 “%1”은(는) 비교가 공정한지 확인될 때까지 하한에서 제외됩니다: 우리 데이터가 더 어려울 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="128"/>
        <source>No requirement is recorded, so there is no target.</source>
        <translation>기록된 요구 사항이 없어 목표가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="131"/>
        <source>No usable baseline, so there is no lower bound.</source>
        <translation>사용할 수 있는 베이스라인이 없어 하한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/baselines.cpp" line="134"/>
        <source>No model has a result on “%1” yet.</source>
        <translation>아직 “%1”에 대한 결과가 있는 모델이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/idea.cpp" line="68"/>
        <source>Give an idea&apos;s id or name.</source>
        <translation>아이디어의 id 또는 이름을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/idea.cpp" line="90"/>
        <source>No idea has the id or name “%1”.</source>
        <translation>id 또는 이름이 “%1”인 아이디어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/idea.cpp" line="96"/>
        <source>%1 ideas are named “%2” (ids %3): use the id instead.</source>
        <translation>“%2”라는 이름의 아이디어가 %1개 있습니다 (id %3): id를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="21"/>
        <source>Idea %1</source>
        <translation>아이디어 %1</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="22"/>
        <source>Idea “%1”</source>
        <translation>아이디어 “%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="24"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="331"/>
        <location filename="../core/domain/validation.cpp" line="403"/>
        <source>must not be empty.</source>
        <translation>비어 있으면 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="337"/>
        <source>accuracy requirement</source>
        <translation>정확도 요구 사항</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="338"/>
        <source>must lie strictly between 0 and 1 (e.g. 0.99), not %1.</source>
        <translation>%1이(가) 아니라 0과 1 사이 (경계 제외, 예: 0.99)여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="106"/>
        <location filename="../core/domain/validation.cpp" line="163"/>
        <source>rater %1</source>
        <translation>평가자 %1</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="42"/>
        <source>is %1 characters long; the limit is %2.</source>
        <translation>길이가 %1자입니다. 최대 %2자까지 가능합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="47"/>
        <source>holds the control character U+%1 at position %2; remove it.</source>
        <translation>%2번째 위치에 제어 문자 U+%1이(가) 있습니다. 제거하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="78"/>
        <source>owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="80"/>
        <source>manual override note</source>
        <translation>수동 지정 메모</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="82"/>
        <source>outcome reason</source>
        <translation>결과 사유</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="84"/>
        <source>baseline metric</source>
        <translation>베이스라인 지표</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="88"/>
        <location filename="../cli/metriccommand.cpp" line="221"/>
        <source>formula</source>
        <translation>수식</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="97"/>
        <location filename="../core/domain/validation.cpp" line="101"/>
        <source>key question</source>
        <translation>핵심 질문</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="145"/>
        <location filename="../core/domain/validation.cpp" line="149"/>
        <source>baselines</source>
        <translation>베이스라인</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="164"/>
        <source>rater “%1”</source>
        <translation>평가자 “%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="170"/>
        <source>%1, answer to “%2”</source>
        <translation>%1, “%2”에 대한 답변</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="172"/>
        <source>must be 1 to 5, or 0 for unanswered, not %1.</source>
        <translation>%1이(가) 아니라 1~5이거나, 답하지 않았으면 0이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="223"/>
        <source>must be a number from %1 to %2.</source>
        <translation>%1에서 %2 사이의 수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="241"/>
        <location filename="../core/domain/validation.cpp" line="367"/>
        <source>must be 0 to %1, not %2.</source>
        <translation>%2이(가) 아니라 0~%1 범위여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="323"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="345"/>
        <source>manual impact</source>
        <translation>수동 임팩트</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="346"/>
        <location filename="../core/domain/validation.cpp" line="351"/>
        <location filename="../core/domain/validation.cpp" line="387"/>
        <location filename="../core/domain/validation.cpp" line="391"/>
        <source>must be within 0 to 10, not %1.</source>
        <translation>%1이(가) 아니라 0~10 범위여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="350"/>
        <source>manual feasibility</source>
        <translation>수동 실현 가능성</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="398"/>
        <source>must be greater than 1 and at most %1, not %2.</source>
        <translation>%2이(가) 아니라 1보다 크고 %1 이하여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="410"/>
        <source>readiness minimum</source>
        <translation>준비도 최솟값</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="411"/>
        <source>must be within 0 to %1, not %2.</source>
        <translation>%2이(가) 아니라 0~%1 범위여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="418"/>
        <location filename="../core/io/jsonimport.cpp" line="633"/>
        <location filename="../cli/settingscommand.cpp" line="92"/>
        <source>portfolio name</source>
        <translation>포트폴리오 이름</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="185"/>
        <source>outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="185"/>
        <source>a shelved project needs a reason.</source>
        <translation>보류된 프로젝트에는 사유가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="113"/>
        <location filename="../core/domain/validation.cpp" line="188"/>
        <source>history entry %1</source>
        <translation>이력 항목 %1</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="190"/>
        <source>moves from a stage to itself.</source>
        <translation>같은 단계로 이동합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="194"/>
        <source>starts in %1, but the previous move ended in %2.</source>
        <translation>%1에서 시작하지만 이전 이동은 %2에서 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="200"/>
        <source>is dated before the previous move.</source>
        <translation>날짜가 이전 이동보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="206"/>
        <source>trigger “%1” is not a catalogued trigger for this move.</source>
        <translation>트리거 “%1”은(는) 이 이동에 대해 정리된 트리거가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="215"/>
        <source>is %1, but the last recorded move went to %2.</source>
        <translation>%1이지만 마지막으로 기록된 이동은 %2(으)로 갔습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="124"/>
        <location filename="../core/domain/validation.cpp" line="127"/>
        <location filename="../core/domain/validation.cpp" line="233"/>
        <source>metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="233"/>
        <source>a metric needs a name.</source>
        <translation>지표에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="235"/>
        <source>metric “%1”</source>
        <translation>지표 “%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="236"/>
        <source>appears twice.</source>
        <translation>두 번 나옵니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="240"/>
        <source>metric “%1”, weight</source>
        <translation>지표 “%1”, 가중치</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="245"/>
        <source>metric “%1”, bound</source>
        <translation>지표 “%1”, 경계값</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="86"/>
        <location filename="../core/domain/validation.cpp" line="251"/>
        <source>combine rule</source>
        <translation>결합 규칙</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="252"/>
        <source>optimizes “%1”, which is not one of the metrics.</source>
        <translation>“%1”을(를) 최적화하지만 지표 중에 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="133"/>
        <location filename="../core/domain/validation.cpp" line="137"/>
        <location filename="../core/domain/validation.cpp" line="257"/>
        <source>model results</source>
        <translation>모델 결과</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="257"/>
        <source>a model result needs a model name.</source>
        <translation>모델 결과에는 모델 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="261"/>
        <source>model “%1”, %2</source>
        <translation>모델 “%1”, %2</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="269"/>
        <source>baseline “%1”</source>
        <translation>베이스라인 “%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="364"/>
        <source>Scoring settings, %1: %2</source>
        <translation>점수 설정, %1: %2</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="374"/>
        <source>weight of “%1”</source>
        <translation>“%1”의 가중치</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="380"/>
        <source>weight of %1</source>
        <translation>%1의 가중치</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="386"/>
        <source>impact threshold</source>
        <translation>임팩트 임계값</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="390"/>
        <source>feasibility threshold</source>
        <translation>실현 가능성 임계값</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="397"/>
        <source>cost base</source>
        <translation>비용 기준</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="402"/>
        <location filename="../core/domain/validation.cpp" line="406"/>
        <source>quadrant name %1</source>
        <translation>사분면 이름 %1</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="27"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="60"/>
        <source>Planning &amp; project setup</source>
        <translation>기획 및 프로젝트 설정</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="62"/>
        <source>Data collection &amp; labeling</source>
        <translation>데이터 수집 및 레이블링</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="64"/>
        <source>Training &amp; debugging</source>
        <translation>학습 및 디버깅</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="66"/>
        <source>Deploying &amp; testing</source>
        <translation>배포 및 테스트</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="75"/>
        <source>Planning</source>
        <comment>stage, short</comment>
        <translation>기획</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="77"/>
        <source>Data</source>
        <comment>stage, short</comment>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="79"/>
        <source>Training</source>
        <comment>stage, short</comment>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="81"/>
        <source>Deploying</source>
        <comment>stage, short</comment>
        <translation>배포</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="105"/>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="107"/>
        <source>Shipped</source>
        <translation>출시됨</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="109"/>
        <source>Shelved</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="118"/>
        <source>The data is too hard to get</source>
        <translation>데이터를 구하기가 너무 어렵다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="120"/>
        <source>A different task is much easier to label</source>
        <translation>다른 태스크가 레이블링하기 훨씬 쉽다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="122"/>
        <source>More data is needed</source>
        <translation>데이터가 더 필요하다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="124"/>
        <source>The labels turn out to be unreliable</source>
        <translation>레이블을 신뢰할 수 없는 것으로 드러났다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="126"/>
        <source>The task is too hard</source>
        <translation>태스크가 너무 어렵다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="128"/>
        <source>Requirements trade off against each other and must be re-ranked</source>
        <translation>요구 사항끼리 상충해 우선순위를 다시 정해야 한다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="131"/>
        <source>It does not work well enough in the pilot</source>
        <translation>파일럿에서 충분히 잘 작동하지 않는다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="133"/>
        <source>Accuracy needs to keep improving</source>
        <translation>정확도를 계속 높여야 한다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="135"/>
        <source>Training and production data differ</source>
        <translation>학습 데이터와 프로덕션 데이터가 다르다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="137"/>
        <source>Collect more data and mine hard cases</source>
        <translation>데이터를 더 모으고 어려운 사례를 마이닝한다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="139"/>
        <source>The metric does not drive user behaviour</source>
        <translation>지표가 사용자 행동을 이끌어내지 못한다</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="141"/>
        <source>Real-world performance is poor: revisit the metric and requirements (e.g. speed vs accuracy)</source>
        <translation>실제 환경 성능이 낮다: 지표와 요구 사항을 다시 검토한다 (예: 속도 대 정확도)</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="177"/>
        <source>Checklist overridden: %1</source>
        <translation>체크리스트 무시: %1</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="193"/>
        <source>Are you ready for ML: a product to put it in, a way to collect data, and the people to build it?</source>
        <translation>ML을 도입할 준비가 되었나요: 적용할 제품, 데이터를 모을 방법, 만들 사람이 있나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="197"/>
        <source>Are you sure you need ML?</source>
        <translation>정말 ML이 필요한가요?</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="199"/>
        <source>Are success criteria defined with all stakeholders?</source>
        <translation>모든 이해관계자와 성공 기준을 정의했나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="202"/>
        <source>Have you considered the ethics: is it ethical?</source>
        <translation>윤리적 측면을 검토했나요: 윤리적으로 문제가 없나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="204"/>
        <source>Have you reviewed the literature?</source>
        <translation>관련 문헌을 검토했나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="206"/>
        <source>Have you built a labeled benchmark?</source>
        <translation>레이블링된 벤치마크를 만들었나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="208"/>
        <source>Have you built a minimal product with manual rules?</source>
        <translation>수동 규칙으로 최소 기능 제품을 만들어 보았나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="211"/>
        <source>Having done all that, do you really need ML?</source>
        <translation>이 모든 것을 하고 나서도 정말 ML이 필요한가요?</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="333"/>
        <source>The project is %1, so it no longer moves between stages. Set its outcome back to active first.</source>
        <translation>프로젝트가 %1 상태이므로 더 이상 단계 사이를 이동하지 않습니다. 먼저 결과를 진행 중으로 되돌리세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="340"/>
        <source>The project is already in %1.</source>
        <translation>프로젝트가 이미 %1 단계에 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="240"/>
        <source>Cannot move from %1 to %2: a project can only move forward one stage at a time: from %1 to %3 next.</source>
        <translation>%1에서 %2(으)로 이동할 수 없습니다: 프로젝트는 한 번에 한 단계씩만 앞으로 이동할 수 있습니다. %1 다음은 %3입니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="248"/>
        <source>Trigger “%1” describes a backward move, but %2 is a forward move. Leave the trigger out.</source>
        <translation>트리거 “%1”은(는) 역방향 이동을 설명하지만 %2은(는) 정방향 이동입니다. 트리거를 빼세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="264"/>
        <source>Leaving Planning needs the feasibility checklist answered; %1 of %2 questions are open: %3 Answer them, or give an override note saying why the project goes ahead anyway.</source>
        <translation>기획 단계를 벗어나려면 실현 가능성 체크리스트에 답해야 합니다. 질문 %2개 중 %1개가 남아 있습니다: %3 답하거나, 그래도 프로젝트를 진행하는 이유를 무시 사유로 남기세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="288"/>
        <source>Unknown trigger “%1”. For %2 choose one of: %3; or give a reason in your own words.</source>
        <translation>알 수 없는 트리거 “%1”. %2에는 다음 중 하나를 고르세요: %3. 또는 사유를 직접 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="296"/>
        <source>Trigger “%1” belongs to %2, not to %3. For this move choose one of: %4; or give a reason in your own words.</source>
        <translation>트리거 “%1”은(는) %3이 아니라 %2에 속합니다. 이 이동에는 다음 중 하나를 고르세요: %4. 또는 사유를 직접 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="308"/>
        <source>Describe the reason in your own words.</source>
        <translation>사유를 직접 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="309"/>
        <source>Pick one of the course&apos;s triggers for this move: %1; or describe the reason in your own words.</source>
        <translation>이 이동에 맞는 강의의 트리거 중 하나를 고르세요: %1. 또는 사유를 직접 입력하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="316"/>
        <source>Moving back from %1 to %2 needs a reason. %3</source>
        <translation>%1에서 %2(으)로 되돌아가려면 사유가 필요합니다. %3</translation>
    </message>
    <message>
        <location filename="../core/domain/lifecycle.cpp" line="376"/>
        <source>Shelving a project needs a reason, so that the portfolio remembers why it stopped.</source>
        <translation>프로젝트를 보류하려면 사유가 필요합니다. 그래야 포트폴리오에 중단된 이유가 남습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="206"/>
        <source>The formula is empty: write an expression over the metric names.</source>
        <translation>수식이 비어 있습니다: 지표 이름으로 식을 작성하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="214"/>
        <source>Two metrics share the formula name “%1”: rename one of them.</source>
        <translation>두 지표의 수식 이름이 “%1”(으)로 같습니다: 하나의 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="236"/>
        <source>Formula error at position %1: %2.</source>
        <translation>수식 오류 (위치 %1): %2.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="391"/>
        <source>The threshold rule needs the metric to optimize.</source>
        <translation>임계값 규칙에는 최적화할 지표가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="393"/>
        <source>The threshold rule optimizes “%1”, which is not one of the metrics.</source>
        <translation>임계값 규칙이 “%1”을(를) 최적화하지만 지표 중에 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="321"/>
        <source>The formula gives no finite number for this model.</source>
        <translation>이 모델에 대해 수식이 유한한 수를 내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="125"/>
        <source>The metric “%1” already has the formula name “%2”, so the formula could no longer tell it from “%3”: choose another name for “%4”.</source>
        <translation>지표 “%1”이(가) 이미 수식 이름 “%2”을(를) 쓰고 있어, 수식에서 “%3”과(와) 구별할 수 없게 됩니다. “%4”에 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="316"/>
        <location filename="../core/domain/metrics.cpp" line="410"/>
        <source>Formula error: %1.</source>
        <translation>수식 오류: %1.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="348"/>
        <source>No value for %1.</source>
        <translation>%1 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/metrics.cpp" line="351"/>
        <source>Misses the bound on %1.</source>
        <translation>%1의 경계값을 충족하지 못합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/sample.cpp" line="167"/>
        <source>Sample portfolio</source>
        <translation>샘플 포트폴리오</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="218"/>
        <source>Would cheap predictions change decisions that matter?</source>
        <translation>저렴한 예측이 중요한 의사 결정을 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="220"/>
        <source>No important decision depends on this prediction</source>
        <translation>이 예측에 달린 중요한 의사 결정이 없다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="221"/>
        <source>Cheap predictions would change decisions that matter a lot</source>
        <translation>저렴한 예측이 매우 중요한 의사 결정을 바꾼다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="224"/>
        <source>Does it remove friction where users struggle?</source>
        <translation>사용자가 어려움을 겪는 지점의 마찰을 없애나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="225"/>
        <source>Users do not struggle here</source>
        <translation>사용자가 여기서 어려움을 겪지 않는다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="226"/>
        <source>A major pain point for many users</source>
        <translation>많은 사용자의 주요 불편 사항이다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="228"/>
        <source>Does it automate a complicated manual process or rules written by hand?</source>
        <translation>복잡한 수작업 프로세스나 손으로 작성한 규칙을 자동화하나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="230"/>
        <source>Nothing complicated to automate</source>
        <translation>자동화할 만큼 복잡한 것이 없다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="231"/>
        <source>Replaces a complicated manual process or a large rule set</source>
        <translation>복잡한 수작업 프로세스나 방대한 규칙 집합을 대체한다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="234"/>
        <source>Do comparable organisations already do this successfully with ML?</source>
        <translation>비슷한 조직이 이미 ML로 이 일을 성공적으로 하고 있나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="236"/>
        <source>No comparable organisation does this</source>
        <translation>이 일을 하는 비슷한 조직이 없다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="237"/>
        <source>Comparable organisations do it successfully</source>
        <translation>비슷한 조직이 성공적으로 하고 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="239"/>
        <source>How hard is it to acquire the data?</source>
        <translation>데이터를 확보하기가 얼마나 어렵나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="240"/>
        <source>Very hard: the data does not exist or is out of reach</source>
        <translation>매우 어렵다: 데이터가 없거나 접근할 수 없다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="242"/>
        <source>Easy: the data is already collected and accessible</source>
        <translation>쉽다: 데이터가 이미 수집되어 있고 접근할 수 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="245"/>
        <source>How expensive is labeling?</source>
        <translation>레이블링 비용이 얼마나 드나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="246"/>
        <source>Slow, costly labels that need experts</source>
        <translation>전문가가 필요한 느리고 비싼 레이블</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="247"/>
        <source>Cheap or free labels, e.g. from user behaviour</source>
        <translation>저렴하거나 무료인 레이블 (예: 사용자 행동에서 얻음)</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="249"/>
        <source>How much data is needed?</source>
        <translation>데이터가 얼마나 필요한가요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="250"/>
        <source>Far more than we can get</source>
        <translation>확보할 수 있는 양보다 훨씬 많이</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="251"/>
        <source>Little, or we already have enough</source>
        <translation>조금, 또는 이미 충분히 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="253"/>
        <source>How stable is the data?</source>
        <translation>데이터가 얼마나 안정적인가요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="254"/>
        <source>It changes constantly; models go stale fast</source>
        <translation>계속 바뀌어 모델이 금방 낡는다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="255"/>
        <source>Stable over time</source>
        <translation>시간이 지나도 안정적이다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="257"/>
        <source>What are the security requirements on the data?</source>
        <translation>데이터에 대한 보안 요구 사항은 어떤가요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="258"/>
        <source>Strict: sensitive data under heavy restrictions</source>
        <translation>엄격함: 강한 제한을 받는 민감한 데이터</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="259"/>
        <source>Few: the data can be used freely</source>
        <translation>거의 없음: 데이터를 자유롭게 쓸 수 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="261"/>
        <source>How costly are wrong predictions?</source>
        <translation>잘못된 예측의 비용은 얼마나 큰가요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="262"/>
        <source>Very costly or dangerous</source>
        <translation>매우 크거나 위험하다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="263"/>
        <source>Cheap: errors are harmless or easily corrected</source>
        <translation>작다: 오류가 무해하거나 쉽게 바로잡힌다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="265"/>
        <source>How often must the system be right to be useful?</source>
        <translation>유용하려면 시스템이 얼마나 자주 맞아야 하나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="266"/>
        <source>Almost always: many nines</source>
        <translation>거의 항상: 나인(9)이 여러 개</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="267"/>
        <source>Useful even when it is often wrong</source>
        <translation>자주 틀려도 유용하다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="269"/>
        <source>What are the ethical implications?</source>
        <translation>윤리적 영향은 어떤가요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="270"/>
        <source>Serious: fairness, safety or privacy at stake</source>
        <translation>심각함: 공정성, 안전 또는 프라이버시가 걸려 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="271"/>
        <source>Negligible</source>
        <translation>무시할 만한 수준</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="273"/>
        <source>Is the problem well defined?</source>
        <translation>문제가 명확하게 정의되어 있나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="274"/>
        <source>Vague, with open-ended outputs</source>
        <translation>모호하고 출력이 정해져 있지 않다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="275"/>
        <source>Clear inputs and outputs</source>
        <translation>입력과 출력이 명확하다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="277"/>
        <source>Is there good published work on similar problems?</source>
        <translation>비슷한 문제에 대한 좋은 연구 결과가 있나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="278"/>
        <source>None that we know of</source>
        <translation>우리가 아는 것은 없다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="279"/>
        <source>Strong published results on similar problems</source>
        <translation>비슷한 문제에 대한 강력한 연구 결과가 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="281"/>
        <source>What compute is needed for training and serving?</source>
        <translation>학습과 서빙에 어느 정도의 컴퓨팅이 필요한가요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="282"/>
        <source>Massive training compute or a tight serving budget</source>
        <translation>막대한 학습 컴퓨팅 또는 빠듯한 서빙 예산</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="283"/>
        <source>Modest compute for both</source>
        <translation>둘 다 적당한 컴퓨팅</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="285"/>
        <source>Can a human do it?</source>
        <translation>사람이 할 수 있나요?</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="286"/>
        <source>Not even experts can</source>
        <translation>전문가도 할 수 없다</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="287"/>
        <source>Anyone can, quickly</source>
        <translation>누구나 빠르게 할 수 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="114"/>
        <location filename="../core/domain/scoring.cpp" line="321"/>
        <source>Impact</source>
        <translation>임팩트</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="323"/>
        <source>Data availability</source>
        <translation>데이터 가용성</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="102"/>
        <source>Idea added</source>
        <translation>아이디어 추가됨</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="103"/>
        <source>Idea removed</source>
        <translation>아이디어 삭제됨</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="104"/>
        <source>Replaced by an import</source>
        <translation>가져오기로 대체됨</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="106"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="107"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="108"/>
        <source>Archetype</source>
        <translation>아키타입</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="109"/>
        <location filename="../core/domain/scoring.cpp" line="325"/>
        <source>Accuracy requirement</source>
        <translation>정확도 요구 사항</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="110"/>
        <source>Key question</source>
        <translation>핵심 질문</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="111"/>
        <source>Data flywheel</source>
        <translation>데이터 플라이휠</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="112"/>
        <source>Rater</source>
        <translation>평가자</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="113"/>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="114"/>
        <source>Placed impact</source>
        <translation>배치 임팩트</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="115"/>
        <source>Placed feasibility</source>
        <translation>배치 실현 가능성</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="116"/>
        <source>Placement note</source>
        <translation>배치 메모</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="117"/>
        <source>Quadrant</source>
        <translation>사분면</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="118"/>
        <source>Checklist</source>
        <translation>체크리스트</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="119"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="120"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="121"/>
        <source>Outcome reason</source>
        <translation>결과 사유</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="122"/>
        <source>Readiness</source>
        <translation>준비도</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="123"/>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="124"/>
        <source>Metric unit</source>
        <translation>지표 단위</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="125"/>
        <source>Metric direction</source>
        <translation>지표 방향</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="126"/>
        <source>Metric weight</source>
        <translation>지표 가중치</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="127"/>
        <source>Metric bound</source>
        <translation>지표 경계값</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="128"/>
        <source>Combine rule</source>
        <translation>결합 규칙</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="129"/>
        <source>Optimized metric</source>
        <translation>최적화 지표</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="130"/>
        <location filename="../core/domain/changelogtext.cpp" line="263"/>
        <source>Formula</source>
        <translation>수식</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="131"/>
        <source>Formula direction</source>
        <translation>수식 방향</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="132"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="133"/>
        <source>Model result</source>
        <translation>모델 결과</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="134"/>
        <source>Baseline metric</source>
        <translation>베이스라인 지표</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="135"/>
        <source>Baseline</source>
        <translation>베이스라인</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="136"/>
        <source>Baseline kind</source>
        <translation>베이스라인 종류</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="137"/>
        <source>Baseline value</source>
        <translation>베이스라인 값</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="138"/>
        <source>Baseline source</source>
        <translation>베이스라인 출처</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="139"/>
        <source>Baseline checked as fair</source>
        <translation>베이스라인 공정 비교 확인</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="140"/>
        <source>Portfolio name</source>
        <translation>포트폴리오 이름</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="141"/>
        <source>Question weight</source>
        <translation>질문 가중치</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="142"/>
        <source>Driver weight</source>
        <translation>비용 요인 가중치</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="143"/>
        <source>Impact threshold</source>
        <translation>임팩트 임계값</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="144"/>
        <source>Feasibility threshold</source>
        <translation>실현 가능성 임계값</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="145"/>
        <source>Quadrant name</source>
        <translation>사분면 이름</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="146"/>
        <source>Cost base</source>
        <translation>비용 기준</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="147"/>
        <source>Aggregation</source>
        <translation>집계</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="148"/>
        <source>Readiness gate</source>
        <translation>준비도 게이트</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="149"/>
        <source>Readiness minimum</source>
        <translation>준비도 최솟값</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="207"/>
        <source>%1 (%2)</source>
        <comment>change log field: field, the rater, metric, model or baseline</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="211"/>
        <source>%1: %2</source>
        <comment>change log field: kind, part</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="245"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="247"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="252"/>
        <source>Higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="253"/>
        <source>Lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="259"/>
        <source>Weighted average</source>
        <translation>가중 평균</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="261"/>
        <source>Optimize one, bound the others</source>
        <translation>하나를 최적화하고 나머지는 경계값으로 제한</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="267"/>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="268"/>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="327"/>
        <source>Problem difficulty</source>
        <translation>문제 난이도</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="335"/>
        <source>Do first</source>
        <translation>먼저 하기</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="336"/>
        <source>Big bet</source>
        <translation>큰 베팅</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="337"/>
        <source>Small win</source>
        <translation>작은 성과</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="338"/>
        <source>Avoid</source>
        <translation>피하기</translation>
    </message>
    <message>
        <location filename="../core/domain/scoring.cpp" line="375"/>
        <source>Unscored</source>
        <translation>점수 없음</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="15"/>
        <source>%1 points: %2 (answer %3, weight %4)</source>
        <translation>%1점: %2 (답변 %3, 가중치 %4)</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="20"/>
        <source>[raters differ by %1]</source>
        <translation>[평가자 간 차이 %1]</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="29"/>
        <source>%1: %2 of 10 from the answers</source>
        <translation>%1: 답변 기준 10점 만점에 %2점</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="31"/>
        <source>%1: not scored, no question answered</source>
        <translation>%1: 점수 없음, 답한 질문 없음</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="38"/>
        <source>Feasibility</source>
        <translation>실현 가능성</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="42"/>
        <source>%1: left out, no question answered</source>
        <translation>%1: 제외됨, 답한 질문 없음</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="49"/>
        <source>%1: %2 of 10, %3 of feasibility</source>
        <translation>%1: 10점 만점에 %2점, 실현 가능성의 %3</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="67"/>
        <source>impact %1</source>
        <translation>임팩트 %1</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="69"/>
        <source>feasibility %1</source>
        <translation>실현 가능성 %1</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="72"/>
        <source>Manual override: %1 replaces the computed value.</source>
        <translation>수동 지정: %1이(가) 계산된 값을 대체합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="76"/>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="121"/>
        <source>Unanswered, left out rather than counted as zero:</source>
        <translation>답하지 않은 질문 (0점으로 세지 않고 제외):</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="127"/>
        <source>Completeness: %1 of %2 questions answered.</source>
        <translation>완성도: 질문 %2개 중 %1개 답변.</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="83"/>
        <source>Quadrant: %1.</source>
        <translation>사분면: %1.</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="88"/>
        <source>Quadrant: %1 (impact %2, feasibility %3; thresholds %4 and %5), priority %6.</source>
        <translation>사분면: %1 (임팩트 %2, 실현 가능성 %3, 임계값 %4 및 %5), 우선순위 %6.</translation>
    </message>
    <message>
        <location filename="../core/domain/explaintext.cpp" line="99"/>
        <source>Accuracy requirement cost factor: ×%1 (assumption: cost grows by %2× per nine of accuracy).</source>
        <translation>정확도 요구 사항 비용 계수: ×%1 (가정: 정확도의 나인(9)이 하나 늘 때마다 비용이 %2배 증가).</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="55"/>
        <source>%1 is open in another ML Planner window or process; close it there and try again.</source>
        <translation>%1이(가) 다른 ML Planner 창이나 프로세스에서 열려 있습니다. 그곳에서 닫은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="63"/>
        <source>%1 is not an ML Planner portfolio: %2. It was left as it is. Open a .mlplan file made by ML Planner, or import a JSON or CSV file into a portfolio.</source>
        <translation>%1은(는) ML Planner 포트폴리오가 아닙니다: %2. 파일은 그대로 두었습니다. ML Planner로 만든 .mlplan 파일을 열거나, JSON 또는 CSV 파일을 포트폴리오로 가져오세요.</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="327"/>
        <location filename="../storage/sqlsupport.cpp" line="92"/>
        <source>%1 is damaged (%2) and was not changed.</source>
        <translation>%1이(가) 손상되어 (%2) 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="79"/>
        <source>this build of ML Planner cannot work with its Qt: Qt&apos;s SQLite driver runs another copy of SQLite than the program. Nothing was changed. Build ML Planner against Debian&apos;s Qt packages, as the README&apos;s quick start does.</source>
        <translation>이 ML Planner 빌드는 함께 쓰는 Qt와 동작할 수 없습니다: Qt의 SQLite 드라이버가 프로그램과 다른 SQLite 사본을 실행합니다. 아무것도 바뀌지 않았습니다. README의 빠른 시작처럼 Debian의 Qt 패키지로 ML Planner를 빌드하세요.</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="98"/>
        <source>it is not a database file</source>
        <translation>데이터베이스 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="105"/>
        <source>the disk is full. Free some space and try again.</source>
        <translation>디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="109"/>
        <source>the disk reported a read or write error. Check the disk or network share and try again.</source>
        <translation>디스크에서 읽기 또는 쓰기 오류가 발생했습니다. 디스크나 네트워크 공유를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="115"/>
        <source>the file or its folder cannot be opened. Check that both exist and that you may read and write them.</source>
        <translation>파일이나 그 폴더를 열 수 없습니다. 둘 다 있는지, 읽고 쓸 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="122"/>
        <source>the file or its folder is read-only. Make both writable, or save a copy elsewhere.</source>
        <translation>파일이나 그 폴더가 읽기 전용입니다. 둘 다 쓰기 가능하게 바꾸거나, 다른 곳에 사본을 저장하세요.</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="129"/>
        <source>SQLite reported &quot;%1&quot;. Try again; if it happens again, run &quot;mlplanner check&quot; on the file.</source>
        <translation>SQLite 오류: &quot;%1&quot;. 다시 시도하세요. 같은 오류가 또 나면 이 파일에 &quot;mlplanner check&quot;를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="22"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql (Debian) and try again.</source>
        <translation>Qt의 PostgreSQL 드라이버(QPSQL)가 설치되어 있지 않습니다. libqt6sql6-psql 패키지(Debian)를 설치한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="56"/>
        <source>the server cannot be reached or closed the connection (&quot;%1&quot;). Nothing was changed by this step. Check that the server runs and the network, then try again.</source>
        <translation>서버에 연결할 수 없거나 서버가 연결을 끊었습니다 (&quot;%1&quot;). 이 단계에서는 아무것도 변경하지 않았습니다. 서버가 실행 중인지와 네트워크를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="63"/>
        <source>the server refused it: your login may not do this (&quot;%1&quot;). Ask the server&apos;s administrator for access (see docs/team.md).</source>
        <translation>서버가 요청을 거부했습니다: 이 로그인에는 해당 권한이 없을 수 있습니다 (&quot;%1&quot;). 서버 관리자에게 권한을 요청하세요 (docs/team.md 참고).</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="69"/>
        <source>the portfolio was opened for reading only; nothing was changed.</source>
        <translation>포트폴리오가 읽기 전용으로 열려 있어 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="72"/>
        <source>the server refused the login (&quot;%1&quot;). Check the user name and the password in ~/.pgpass or the service file (docs/team.md).</source>
        <translation>서버가 로그인을 거부했습니다 (&quot;%1&quot;). ~/.pgpass 또는 서비스 파일에 있는 사용자 이름과 비밀번호를 확인하세요 (docs/team.md).</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="79"/>
        <source>someone else changed the same data at the same moment; nothing was changed. Try again.</source>
        <translation>다른 사용자가 같은 시점에 같은 데이터를 변경하여 아무것도 변경하지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="84"/>
        <source>PostgreSQL reported &quot;%1&quot; (%2). Nothing was changed by this step.</source>
        <translation>PostgreSQL 오류: &quot;%1&quot; (%2). 이 단계에서는 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="90"/>
        <location filename="../storage/sqlsupport.cpp" line="77"/>
        <location filename="../storage/sqlsupport.cpp" line="137"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="215"/>
        <location filename="../storage/pgconnection.cpp" line="224"/>
        <source>connecting failed</source>
        <translation>연결하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="234"/>
        <source>listening for changes failed</source>
        <translation>변경 알림 수신 실패</translation>
    </message>
    <message>
        <location filename="../storage/pgconnection.cpp" line="306"/>
        <source>%1: %2: the connection to the server was lost while the change was being committed, so it may or may not have been kept. Open the portfolio again to see.</source>
        <translation>%1: %2: 변경 사항을 커밋하는 중에 서버와의 연결이 끊어져 변경 사항이 저장되었는지 알 수 없습니다. 포트폴리오를 다시 열어 확인하세요.</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="148"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="157"/>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="159"/>
        <source>a named pipe</source>
        <translation>명명된 파이프</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="161"/>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="163"/>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../storage/sqlsupport.cpp" line="165"/>
        <source>%1 is %2, not a portfolio file. It was not opened. Give the path of a .mlplan file.</source>
        <translation>%1은(는) 포트폴리오 파일이 아니라 %2입니다. 열지 않았습니다. .mlplan 파일의 경로를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../storage/filelock.cpp" line="90"/>
        <source>%1 cannot be opened for changes (%2). Make the file writable, or save a copy elsewhere.</source>
        <translation>%1을(를) 쓰기용으로 열 수 없습니다 (%2). 파일을 쓰기 가능하게 바꾸거나, 다른 곳에 사본을 저장하세요.</translation>
    </message>
    <message>
        <location filename="../storage/filelock.cpp" line="96"/>
        <location filename="../storage/schema.cpp" line="177"/>
        <location filename="../storage/sqlsupport.cpp" line="150"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="184"/>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="189"/>
        <source>it is not an SQLite database</source>
        <translation>SQLite 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="198"/>
        <location filename="../storage/schema.cpp" line="250"/>
        <source>it is an SQLite database of another application</source>
        <translation>다른 애플리케이션의 SQLite 데이터베이스입니다</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="208"/>
        <source>%1 was written by a newer version of ML Planner (file format version %2); this version reads file format versions up to %3. Update ML Planner to open it.</source>
        <translation>%1은(는) 더 새로운 버전의 ML Planner로 작성되었습니다 (파일 형식 버전 %2). 이 버전은 파일 형식 버전 %3까지 읽을 수 있습니다. 열려면 ML Planner를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="217"/>
        <source>it has no file format version</source>
        <translation>파일 형식 버전이 없습니다</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="226"/>
        <location filename="../storage/schema.cpp" line="244"/>
        <source>reading the file header failed</source>
        <translation>파일 헤더를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/leftovers.cpp" line="119"/>
        <location filename="../storage/portfoliofile.cpp" line="184"/>
        <location filename="../storage/portfoliofile.cpp" line="354"/>
        <location filename="../storage/schema.cpp" line="359"/>
        <location filename="../storage/sqlsupport.cpp" line="398"/>
        <location filename="../storage/sqlsupport.cpp" line="411"/>
        <location filename="../storage/sqlsupport.cpp" line="415"/>
        <source>opening the file failed</source>
        <translation>파일을 열지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="277"/>
        <location filename="../storage/schema.cpp" line="291"/>
        <source>reading the file structure failed</source>
        <translation>파일 구조를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="282"/>
        <source>%1 was not opened: it contains a %2 &apos;%3&apos; that ML Planner does not create. The file may have been altered; it was not changed.</source>
        <translation>%1을(를) 열지 않았습니다: ML Planner가 만들지 않는 %2 &apos;%3&apos;이(가) 들어 있습니다. 파일이 변경되었을 수 있으며, 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="296"/>
        <source>%1 was not opened: its structure differs from an ML Planner portfolio (%2 &apos;%3&apos; is missing or altered); it was not changed.</source>
        <translation>%1을(를) 열지 않았습니다: 구조가 ML Planner 포트폴리오와 다릅니다 (%2 &apos;%3&apos;이(가) 없거나 변경됨). 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="323"/>
        <source>checking the file failed</source>
        <translation>파일을 검사하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/schema.cpp" line="335"/>
        <source>%1 is damaged and was not changed: %2</source>
        <translation>%1이(가) 손상되어 변경하지 않았습니다: %2</translation>
    </message>
    <message>
        <location filename="../storage/pgstore.cpp" line="65"/>
        <location filename="../storage/portfoliofile.cpp" line="65"/>
        <source>%1 was opened for reading only; nothing was changed.</source>
        <translation>%1은(는) 읽기 전용으로 열려 있어 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../storage/portfoliofile.cpp" line="248"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../storage/portfoliofile.cpp" line="262"/>
        <source>%1 cannot be created: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../storage/portfoliofile.cpp" line="283"/>
        <source>creating the file failed</source>
        <translation>파일을 만들지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/portfoliofile.cpp" line="220"/>
        <source>updating the file format failed</source>
        <translation>파일 형식을 업데이트하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="219"/>
        <source>%1 holds a value ML Planner cannot read: %2</source>
        <translation>%1에 ML Planner가 읽을 수 없는 값이 있습니다: %2</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="464"/>
        <location filename="../storage/sqliterows.cpp" line="325"/>
        <source>reading the file failed</source>
        <translation>파일을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="227"/>
        <location filename="../storage/pgrows.cpp" line="16"/>
        <source>reading the settings failed</source>
        <translation>설정을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="248"/>
        <source>aggregation &apos;%1&apos;</source>
        <translation>집계 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="274"/>
        <source>answer order &apos;%1&apos;</source>
        <translation>답변 순서 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="334"/>
        <source>idea %1 has unreadable readiness answers</source>
        <translation>아이디어 %1의 준비도 답변을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="413"/>
        <location filename="../storage/idearows.cpp" line="19"/>
        <location filename="../storage/pgrows.cpp" line="15"/>
        <location filename="../storage/sqliterows.cpp" line="240"/>
        <location filename="../storage/sqliterows.cpp" line="318"/>
        <source>reading the ideas failed</source>
        <translation>아이디어를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="281"/>
        <location filename="../storage/ideacolumns.cpp" line="299"/>
        <source>idea id %1 is outside 1–%2</source>
        <translation>아이디어 id %1이(가) 1–%2 범위를 벗어났습니다</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="311"/>
        <source>idea %1 has an unknown archetype, stage or outcome</source>
        <translation>아이디어 %1의 아키타입, 단계 또는 결과를 알 수 없습니다</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="324"/>
        <source>idea %1 has an unknown flywheel or checklist answer</source>
        <translation>아이디어 %1의 플라이휠 또는 체크리스트 답변을 알 수 없습니다</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="326"/>
        <location filename="../storage/pgrows.cpp" line="70"/>
        <location filename="../storage/pgschema.cpp" line="143"/>
        <source>idea %1 has unreadable raters&apos; answers</source>
        <translation>아이디어 %1의 평가자 답변을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="328"/>
        <source>idea %1 has an unreadable stage history</source>
        <translation>아이디어 %1의 단계 이력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../storage/ideacolumns.cpp" line="330"/>
        <source>idea %1 has unreadable metrics, baselines or key-question answers</source>
        <translation>아이디어 %1의 지표, 베이스라인 또는 핵심 질문 답변을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgstore.cpp" line="43"/>
        <source>reading the portfolio failed</source>
        <translation>포트폴리오를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgstore.cpp" line="117"/>
        <source>creating the portfolio failed</source>
        <translation>포트폴리오를 만들지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgstore.cpp" line="125"/>
        <source>%1: the server already holds a portfolio named &quot;%2&quot;; nothing was changed. Choose another name, or replace it.</source>
        <translation>%1: 서버에 이미 &quot;%2&quot; 포트폴리오가 있어 아무것도 변경하지 않았습니다. 다른 이름을 선택하거나 기존 포트폴리오를 대체하세요.</translation>
    </message>
    <message>
        <location filename="../storage/pgstore.cpp" line="257"/>
        <location filename="../storage/pgstore.cpp" line="296"/>
        <location filename="../storage/portfoliofile.cpp" line="471"/>
        <source>saving the idea failed</source>
        <translation>아이디어를 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgstore.cpp" line="322"/>
        <location filename="../storage/pgwrites.cpp" line="372"/>
        <location filename="../storage/pgwrites.cpp" line="377"/>
        <location filename="../storage/portfoliofile.cpp" line="516"/>
        <source>removing the idea failed</source>
        <translation>아이디어를 삭제하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgstore.cpp" line="346"/>
        <location filename="../storage/pgwrites.cpp" line="18"/>
        <location filename="../storage/portfoliofile.cpp" line="533"/>
        <source>saving the settings failed</source>
        <translation>설정을 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/domain/validation.cpp" line="430"/>
        <location filename="../storage/ideacolumns.cpp" line="376"/>
        <source>Two ideas have the id %1.</source>
        <translation>두 아이디어의 id가 %1(으)로 같습니다.</translation>
    </message>
    <message>
        <location filename="../storage/pgstore.cpp" line="365"/>
        <location filename="../storage/portfoliofile.cpp" line="563"/>
        <source>saving the portfolio failed</source>
        <translation>포트폴리오를 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/filecopy.cpp" line="23"/>
        <source>%1 is the open portfolio itself; choose another name for the copy.</source>
        <translation>%1은(는) 열려 있는 포트폴리오 자체입니다. 사본에 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../storage/filecopy.cpp" line="36"/>
        <location filename="../storage/filecopy.cpp" line="62"/>
        <location filename="../storage/filecopy.cpp" line="69"/>
        <location filename="../storage/filecopy.cpp" line="75"/>
        <location filename="../storage/pgstore.cpp" line="428"/>
        <location filename="../storage/pgstore.cpp" line="443"/>
        <source>The copy %1 cannot be written: %2</source>
        <translation>사본 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../storage/filecopy.cpp" line="43"/>
        <location filename="../storage/filecopy.cpp" line="56"/>
        <source>writing the copy failed</source>
        <translation>사본을 쓰지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvtext.cpp" line="173"/>
        <source>line %1, field %2: a quoted field is not closed</source>
        <translation>%1행, %2번째 필드: 따옴표로 묶은 필드가 닫히지 않았습니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvtext.cpp" line="181"/>
        <source>line %1, field %2: text follows the closing quote of a quoted field</source>
        <translation>%1행, %2번째 필드: 따옴표로 묶은 필드의 닫는 따옴표 뒤에 텍스트가 있습니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvtext.cpp" line="209"/>
        <source>line %1, field %2: a quote inside an unquoted field (quote the whole field and double the quotes inside it)</source>
        <translation>%1행, %2번째 필드: 따옴표로 묶지 않은 필드 안에 따옴표가 있습니다 (필드 전체를 따옴표로 묶고 안의 따옴표는 두 번 쓰세요)</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="40"/>
        <source>line %1, field &apos;%2&apos;: %3</source>
        <translation>%1행, 필드 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="60"/>
        <source>The CSV is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>CSV가 UTF-8 텍스트가 아닙니다. 스프레드시트에서 &quot;CSV UTF-8&quot; 형식으로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="525"/>
        <source>The CSV is empty: expected a header line.</source>
        <translation>CSV가 비어 있습니다: 헤더 행이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="84"/>
        <source>line 1: the column &apos;%1&apos; appears twice</source>
        <translation>1행: 열 &apos;%1&apos;이(가) 두 번 나옵니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/csvformat.cpp" line="101"/>
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="105"/>
        <source>line 1: unknown columns %1; expected %2 and question ids</source>
        <translation>1행: 알 수 없는 열 %1. %2 및 질문 id가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="112"/>
        <source>line 1: the column &apos;name&apos; is missing</source>
        <translation>1행: 열 &apos;name&apos;이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="125"/>
        <location filename="../cli/planningcommands.cpp" line="73"/>
        <location filename="../cli/planningcommands.cpp" line="83"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos;은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="218"/>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation>%1행: 필드가 %2개지만 헤더에는 %3개 있습니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="137"/>
        <source>&apos;%1&apos; is not a whole number of at least 1</source>
        <translation>&apos;%1&apos;은(는) 1 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="140"/>
        <source>&apos;%1&apos; is too large for an id; ids go up to %2</source>
        <translation>&apos;%1&apos;은(는) id로 쓰기에 너무 큽니다. id는 %2까지 가능합니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="156"/>
        <source>&apos;%1&apos; is not a number strictly between 0 and 1, e.g. 0.99</source>
        <translation>&apos;%1&apos;은(는) 0과 1 사이 (경계 제외)의 수가 아닙니다. 예: 0.99</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="170"/>
        <source>&apos;%1&apos; is not a number 1–5</source>
        <translation>&apos;%1&apos;은(는) 1–5 사이의 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="231"/>
        <source>a new idea needs a name</source>
        <translation>새 아이디어에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="284"/>
        <source>no id is left for a new idea (ids go up to %1); give it a free id in the id column</source>
        <translation>새 아이디어에 줄 id가 남아 있지 않습니다 (id는 %1까지 가능). id 열에 비어 있는 id를 지정하세요</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="312"/>
        <source>&apos;%1&apos; differs from &apos;%2&apos; on line %3 for the same idea</source>
        <translation>같은 아이디어에 대해 &apos;%1&apos;이(가) %3행의 &apos;%2&apos;와(과) 다릅니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="360"/>
        <source>Shelved before the CSV import</source>
        <translation>CSV 가져오기 전에 보류됨</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="366"/>
        <source>&apos;%1&apos; differs from the idea&apos;s stage &apos;%2&apos;; move projects in ML Planner so the move is recorded</source>
        <translation>&apos;%1&apos;이(가) 아이디어의 단계 &apos;%2&apos;와(과) 다릅니다. 이동이 기록되도록 ML Planner에서 프로젝트를 이동하세요</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="373"/>
        <source>&apos;%1&apos; differs from the idea&apos;s outcome &apos;%2&apos;; change it in ML Planner so the reason is recorded</source>
        <translation>&apos;%1&apos;이(가) 아이디어의 결과 &apos;%2&apos;와(과) 다릅니다. 사유가 기록되도록 ML Planner에서 변경하세요</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="387"/>
        <source>&apos;%1&apos; already rated this idea on line %2</source>
        <translation>&apos;%1&apos;은(는) %2행에서 이미 이 아이디어를 평가했습니다</translation>
    </message>
    <message>
        <location filename="../core/io/csvformat.cpp" line="439"/>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="102"/>
        <source>line %1, column %2</source>
        <translation>%1행, %2열</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="121"/>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="134"/>
        <location filename="../cli/transfercommands.cpp" line="73"/>
        <source>the file is larger than the %1 MB an import reads</source>
        <translation>파일이 가져오기가 읽는 한도인 %1 MB보다 큽니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="194"/>
        <source>text follows the end of the document</source>
        <translation>문서가 끝난 뒤에 텍스트가 이어집니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="217"/>
        <location filename="../core/io/jsonstream.cpp" line="325"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation>멤버 뒤에 &apos;,&apos; 또는 &apos;}&apos;가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="223"/>
        <location filename="../core/io/jsonstream.cpp" line="333"/>
        <source>expected a member name in quotes</source>
        <translation>따옴표로 감싼 멤버 이름이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="229"/>
        <location filename="../core/io/jsonstream.cpp" line="352"/>
        <source>the member &quot;%1&quot; appears twice in one object; keep one</source>
        <translation>멤버 &quot;%1&quot;이(가) 한 객체에 두 번 나옵니다. 하나만 남기세요</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="233"/>
        <location filename="../core/io/jsonstream.cpp" line="355"/>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>멤버 이름 뒤에 &apos;:&apos;가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="258"/>
        <location filename="../core/io/jsonstream.cpp" line="390"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element</source>
        <translation>요소 뒤에 &apos;,&apos; 또는 &apos;]&apos;가 와야 합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="294"/>
        <source>the text ends where a value should be</source>
        <translation>값이 와야 할 자리에서 텍스트가 끝납니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="304"/>
        <location filename="../core/io/jsonstream.cpp" line="369"/>
        <source>objects and lists are nested too deeply</source>
        <translation>객체와 목록이 너무 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="407"/>
        <source>the text ends inside a string</source>
        <translation>문자열 안에서 텍스트가 끝납니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="429"/>
        <source>a raw control character (byte %1) inside a string; write it as an escape such as \n or \u001f</source>
        <translation>문자열 안에 제어 문자(바이트 %1)가 그대로 있습니다. \n 또는 \u001f 같은 이스케이프로 쓰세요</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="454"/>
        <source>the text is not valid UTF-8</source>
        <translation>텍스트가 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="503"/>
        <location filename="../core/io/jsonstream.cpp" line="507"/>
        <source>an unknown escape in a string</source>
        <translation>문자열 안에 알 수 없는 이스케이프가 있습니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="510"/>
        <source>a lone UTF-16 surrogate escape (\u%1); a surrogate must come in a high–low pair</source>
        <translation>짝이 없는 UTF-16 서로게이트 이스케이프(\u%1)입니다. 서로게이트는 상위–하위 쌍으로 와야 합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="562"/>
        <location filename="../core/io/jsonstream.cpp" line="579"/>
        <source>expected a value</source>
        <translation>값이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="569"/>
        <source>the number is out of range</source>
        <translation>숫자가 범위를 벗어났습니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonstream.cpp" line="101"/>
        <source>The JSON is malformed at %1 (byte %2): %3</source>
        <translation>JSON 형식이 잘못되었습니다 (%1, %2바이트): %3</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="601"/>
        <source>The JSON is not an ML Planner portfolio: expected an object.</source>
        <translation>JSON이 ML Planner 포트폴리오가 아닙니다: 객체가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="494"/>
        <source>The JSON is not an ML Planner portfolio: format is not &quot;%1&quot;.</source>
        <translation>JSON이 ML Planner 포트폴리오가 아닙니다: format이 &quot;%1&quot;이(가) 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="501"/>
        <source>formatVersion: missing or not a whole number of at least 1</source>
        <translation>formatVersion: 없거나 1 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="506"/>
        <source>The JSON was written by a newer version of ML Planner (format version %1); this version reads format versions up to %2.</source>
        <translation>JSON이 더 새로운 버전의 ML Planner로 작성되었습니다 (형식 버전 %1). 이 버전은 형식 버전 %2까지 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="573"/>
        <source>%1.id: %2 is already used by ideas[%3]</source>
        <translation>%1.id: %2은(는) 이미 ideas[%3]에서 사용 중입니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonreader_p.h" line="80"/>
        <location filename="../core/io/jsonstream.cpp" line="200"/>
        <source>expected an object</source>
        <translation>객체가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonreader_p.h" line="101"/>
        <source>unknown field</source>
        <translation>알 수 없는 필드</translation>
    </message>
    <message>
        <location filename="../core/io/jsonreader_p.h" line="113"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="86"/>
        <location filename="../core/io/jsonimport.cpp" line="188"/>
        <location filename="../core/io/jsonreader_p.h" line="129"/>
        <source>expected text</source>
        <translation>텍스트가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonreader_p.h" line="137"/>
        <source>expected a number</source>
        <translation>숫자가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonreader_p.h" line="178"/>
        <source>expected true or false</source>
        <translation>true 또는 false가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonreader_p.h" line="203"/>
        <location filename="../core/io/jsonstream.cpp" line="241"/>
        <source>expected a list</source>
        <translation>목록이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="369"/>
        <location filename="../core/io/jsonreader_p.h" line="242"/>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>&apos;%1&apos;은(는) 알 수 없는 값입니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonreader_p.h" line="251"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1이(가) %2–%3 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="43"/>
        <location filename="../core/io/jsonimport.cpp" line="120"/>
        <source>unknown question</source>
        <translation>알 수 없는 질문</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="32"/>
        <source>%1 must be greater than 1 and at most %2</source>
        <translation>%1은(는) 1보다 크고 %2 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="63"/>
        <source>unknown cost driver</source>
        <translation>알 수 없는 비용 요인</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="84"/>
        <source>unknown quadrant</source>
        <translation>알 수 없는 사분면</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="129"/>
        <source>%1 is outside 1–5</source>
        <translation>%1이(가) 1–5 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="147"/>
        <source>%1 is not a whole number of at least 1</source>
        <translation>%1은(는) 1 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="155"/>
        <location filename="../core/io/jsonimport.cpp" line="399"/>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="162"/>
        <source>%1 must lie strictly between 0 and 1, e.g. 0.99</source>
        <translation>%1은(는) 0과 1 사이 (경계 제외)여야 합니다. 예: 0.99</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="186"/>
        <source>unknown key question</source>
        <translation>알 수 없는 핵심 질문</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="210"/>
        <source>unknown flywheel question</source>
        <translation>알 수 없는 플라이휠 질문</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="215"/>
        <source>expected &quot;yes&quot;, &quot;no&quot; or &quot;unknown&quot;</source>
        <translation>&quot;yes&quot;, &quot;no&quot; 또는 &quot;unknown&quot;이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="268"/>
        <source>unknown checklist item</source>
        <translation>알 수 없는 체크리스트 항목</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="273"/>
        <source>expected &quot;yes&quot;, &quot;no&quot; or &quot;unanswered&quot;</source>
        <translation>&quot;yes&quot;, &quot;no&quot; 또는 &quot;unanswered&quot;가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="291"/>
        <source>unknown readiness test</source>
        <translation>알 수 없는 준비도 테스트</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="303"/>
        <source>%1 is not 0, 0.5 or 1</source>
        <translation>%1은(는) 0, 0.5 또는 1이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="323"/>
        <source>&apos;%1&apos; is not an ISO-8601 time such as 2024-01-31T09:00:00.000Z</source>
        <translation>&apos;%1&apos;은(는) 2024-01-31T09:00:00.000Z 같은 ISO-8601 시각이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="348"/>
        <source>a shelved project needs a reason</source>
        <translation>보류된 프로젝트에는 사유가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="373"/>
        <source>&apos;%1&apos; does not belong to a move from %2 to %3</source>
        <translation>&apos;%1&apos;은(는) %2에서 %3(으)로의 이동에 속하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/io/jsonimport.cpp" line="403"/>
        <source>&apos;%1&apos; is defined twice</source>
        <translation>&apos;%1&apos;이(가) 두 번 정의되어 있습니다</translation>
    </message>
    <message>
        <location filename="../cli/outcomecommand.cpp" line="20"/>
        <source>The outcome: %1.</source>
        <translation>결과: %1.</translation>
    </message>
    <message>
        <location filename="../cli/outcomecommand.cpp" line="23"/>
        <source>Why; shelving a project needs a reason.</source>
        <translation>사유. 프로젝트를 보류하려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../cli/outcomecommand.cpp" line="34"/>
        <source>unknown outcome &apos;%1&apos;; use one of %2</source>
        <translation>알 수 없는 결과 &apos;%1&apos;. 다음 중 하나를 사용하세요: %2</translation>
    </message>
    <message>
        <location filename="../cli/outcomecommand.cpp" line="48"/>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>&quot;%1&quot;은(는) 이제 %2 상태입니다.</translation>
    </message>
    <message>
        <location filename="../cli/outcomecommand.cpp" line="59"/>
        <source>Mark an idea active, shipped, or shelved with a reason.</source>
        <translation>아이디어의 결과를 active, shipped 또는 shelved로 지정합니다. shelved에는 사유가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../storage/leftovers.cpp" line="45"/>
        <source>%1 holds changes that were not folded into %2, and they do not come from the last session that wrote %2 (the file may have been copied, restored or replaced). Nothing was changed. To keep %2 as it is, move %1 elsewhere; to fold the changes in anyway, run &quot;mlplanner check --recover&quot; on %2.</source>
        <translation>%1에 %2에 반영되지 않은 변경 사항이 있지만, %2을(를) 마지막으로 쓴 세션에서 나온 것이 아닙니다 (파일이 복사, 복원 또는 교체되었을 수 있습니다). 아무것도 변경하지 않았습니다. %2을(를) 그대로 두려면 %1을(를) 다른 곳으로 옮기세요. 그래도 변경 사항을 반영하려면 %2에 &quot;mlplanner check --recover&quot;를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../storage/leftovers.cpp" line="60"/>
        <source>%1 does not belong to %2: applying it would damage the portfolio (%3). Nothing was changed. Move %1 elsewhere and open %2 again.</source>
        <translation>%1은(는) %2의 파일이 아닙니다: 적용하면 포트폴리오가 손상됩니다 (%3). 아무것도 변경하지 않았습니다. %1을(를) 다른 곳으로 옮긴 뒤 %2을(를) 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../storage/leftovers.cpp" line="85"/>
        <source>%1 cannot be checked: the temporary copy of it and the files beside it could not be written. Free some space and try again.</source>
        <translation>%1을(를) 검사할 수 없습니다: 이 파일과 옆에 있는 파일들의 임시 사본을 쓸 수 없습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="39"/>
        <source>Data</source>
        <comment>readiness section</comment>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="41"/>
        <source>Model</source>
        <comment>readiness section</comment>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="43"/>
        <source>Infrastructure</source>
        <comment>readiness section</comment>
        <translation>인프라</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="45"/>
        <source>Monitoring</source>
        <comment>readiness section</comment>
        <translation>모니터링</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="84"/>
        <source>Not done</source>
        <translation>하지 않음</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="86"/>
        <source>By hand, written down and shared</source>
        <translation>수동으로 수행, 문서화 및 공유</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="88"/>
        <source>Automated, run repeatedly</source>
        <translation>자동화, 반복 실행</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="99"/>
        <source>Feature expectations are captured in a schema</source>
        <translation>피처에 대한 기대치가 스키마로 정리되어 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="100"/>
        <source>What the data should look like (ranges, distributions, which values occur) is written down as a schema, and the training data is checked against it.</source>
        <translation>데이터가 어떤 모습이어야 하는지 (범위, 분포, 나타나는 값)를 스키마로 문서화하고, 학습 데이터를 이에 비추어 검사합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="105"/>
        <source>All features are beneficial</source>
        <translation>모든 피처가 유익하다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="106"/>
        <source>Each feature is shown to add predictive power, e.g. by training without it or by its correlation with the target.</source>
        <translation>각 피처가 예측력을 더한다는 것을 확인합니다. 예: 해당 피처 없이 학습하거나 타깃과의 상관관계를 봅니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="110"/>
        <source>No feature’s cost is too much</source>
        <translation>비용이 지나치게 큰 피처가 없다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="111"/>
        <source>Each feature&apos;s cost (latency, memory, upstream dependencies, instability) is weighed against the value it adds.</source>
        <translation>각 피처의 비용 (지연 시간, 메모리, 업스트림 의존성, 불안정성)을 피처가 더하는 가치와 비교합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="115"/>
        <source>Features adhere to meta-level requirements</source>
        <translation>피처가 메타 수준의 요구 사항을 준수한다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="116"/>
        <source>Project-wide rules on features (e.g. no data from users who opted out, no deprecated sources) are enforced.</source>
        <translation>피처에 관한 프로젝트 전체 규칙 (예: 수신 거부한 사용자의 데이터 사용 금지, 지원 중단된 소스 사용 금지)을 강제합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="120"/>
        <source>The data pipeline has appropriate privacy controls</source>
        <translation>데이터 파이프라인에 적절한 개인정보 보호 통제가 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="121"/>
        <source>Access to the pipeline&apos;s data is controlled as tightly as the raw user data, and deletions of user data reach it.</source>
        <translation>파이프라인 데이터에 대한 접근을 원시 사용자 데이터만큼 엄격하게 통제하고, 사용자 데이터 삭제가 파이프라인에도 반영됩니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="125"/>
        <source>New features can be added quickly</source>
        <translation>새 피처를 빠르게 추가할 수 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="126"/>
        <source>A new feature idea can reach production quickly (the paper suggests one to two months).</source>
        <translation>새 피처 아이디어가 빠르게 프로덕션에 도달할 수 있습니다 (논문에서는 1~2개월을 제안).</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="130"/>
        <source>All input feature code is tested</source>
        <translation>모든 입력 피처 코드가 테스트된다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="131"/>
        <source>The code that creates the input features has unit tests.</source>
        <translation>입력 피처를 만드는 코드에 단위 테스트가 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="134"/>
        <source>Model specs are reviewed and submitted</source>
        <translation>모델 사양이 리뷰되고 제출된다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="135"/>
        <source>Every change to the model&apos;s configuration is code-reviewed and checked into version control.</source>
        <translation>모델 구성의 모든 변경 사항이 코드 리뷰를 거쳐 버전 관리에 체크인됩니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="139"/>
        <source>Offline and online metrics correlate</source>
        <translation>오프라인 지표와 온라인 지표가 상관관계를 가진다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="140"/>
        <source>Changes in the offline metrics are shown to move the online (user or business) metrics, e.g. with a deliberately degraded model in a small experiment.</source>
        <translation>오프라인 지표의 변화가 온라인 (사용자 또는 비즈니스) 지표를 움직인다는 것을 확인합니다. 예: 소규모 실험에서 의도적으로 성능을 낮춘 모델을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="145"/>
        <source>All hyperparameters have been tuned</source>
        <translation>모든 하이퍼파라미터가 튜닝되었다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="146"/>
        <source>Learning rate, layer sizes, regularisation and the like are tuned by a search rather than left at a guess.</source>
        <translation>학습률, 레이어 크기, 정규화 등을 추측에 맡기지 않고 탐색으로 튜닝합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="150"/>
        <source>The impact of model staleness is known</source>
        <translation>모델 노후화의 영향을 알고 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="151"/>
        <source>How much quality drops as the model ages is measured, so the retraining schedule is chosen knowingly.</source>
        <translation>모델이 오래될수록 품질이 얼마나 떨어지는지 측정하여, 재학습 일정을 근거를 갖고 정합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="155"/>
        <source>A simpler model is not better</source>
        <translation>더 단순한 모델이 더 낫지 않다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="156"/>
        <source>The model is compared regularly with a simple baseline (e.g. a linear model on a few features), so its complexity pays off.</source>
        <translation>모델을 단순한 베이스라인 (예: 몇 개 피처를 쓰는 선형 모델)과 정기적으로 비교하여, 복잡성이 그만한 가치가 있는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="160"/>
        <source>Model quality is sufficient on important data slices</source>
        <translation>중요한 데이터 슬라이스에서 모델 품질이 충분하다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="161"/>
        <source>Quality is measured on important slices of the data (e.g. by country or user group), not only overall.</source>
        <translation>전체뿐 아니라 중요한 데이터 슬라이스 (예: 국가별, 사용자 그룹별)에서도 품질을 측정합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="165"/>
        <source>The model is tested for considerations of inclusion</source>
        <translation>모델이 포용성 측면에서 테스트된다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="166"/>
        <source>The model is checked for unfair differences between groups of users, e.g. by slicing by sensitive attributes.</source>
        <translation>민감한 속성별로 슬라이싱하는 등의 방법으로 사용자 그룹 간에 불공정한 차이가 없는지 모델을 검사합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="171"/>
        <source>Training is reproducible</source>
        <translation>학습이 재현 가능하다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="172"/>
        <source>Training twice on the same data gives the same or a very close model; randomness is seeded or bounded.</source>
        <translation>같은 데이터로 두 번 학습하면 같거나 매우 비슷한 모델이 나옵니다. 무작위성은 시드를 고정하거나 범위를 제한합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="176"/>
        <source>Model specs are unit tested</source>
        <translation>모델 사양이 단위 테스트된다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="177"/>
        <source>The model code has unit tests, e.g. that a few training steps lower the loss and that a checkpoint restores.</source>
        <translation>모델 코드에 단위 테스트가 있습니다. 예: 몇 번의 학습 스텝으로 손실이 줄어드는지, 체크포인트가 복원되는지.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="181"/>
        <source>The ML pipeline is integration tested</source>
        <translation>ML 파이프라인이 통합 테스트된다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="182"/>
        <source>The whole pipeline, from raw data through training to serving, is tested end to end.</source>
        <translation>원시 데이터부터 학습, 서빙까지 전체 파이프라인을 엔드 투 엔드로 테스트합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="186"/>
        <source>Model quality is validated before serving</source>
        <translation>서빙 전에 모델 품질을 검증한다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="187"/>
        <source>A new model is checked against the previous one and against fixed thresholds before it serves.</source>
        <translation>새 모델을 서빙하기 전에 이전 모델 및 고정된 임계값과 비교하여 검사합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="191"/>
        <source>The model is debuggable</source>
        <translation>모델을 디버깅할 수 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="192"/>
        <source>One example can be stepped through the model to see how its prediction was computed.</source>
        <translation>예제 하나를 모델에 단계별로 통과시켜 예측이 어떻게 계산되었는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="196"/>
        <source>Models are canaried before serving</source>
        <translation>서빙 전에 모델을 카나리 배포한다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="197"/>
        <source>A new model first serves a small share of the traffic, so problems show before they reach everyone.</source>
        <translation>새 모델은 먼저 트래픽의 일부만 처리하므로, 문제가 모든 사용자에게 미치기 전에 드러납니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="201"/>
        <source>Serving models can be rolled back</source>
        <translation>서빙 중인 모델을 롤백할 수 있다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="202"/>
        <source>A previous, known-good model can be put back quickly and safely, and this has been practised.</source>
        <translation>이전의 검증된 모델을 빠르고 안전하게 되돌릴 수 있으며, 이를 실제로 연습해 보았습니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="207"/>
        <source>Dependency changes result in notification</source>
        <translation>의존성이 변경되면 알림이 온다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="208"/>
        <source>The team is told when an upstream data source, feature or library the system depends on changes.</source>
        <translation>시스템이 의존하는 업스트림 데이터 소스, 피처 또는 라이브러리가 변경되면 팀에 알립니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="212"/>
        <source>Data invariants hold for inputs</source>
        <translation>입력에 대해 데이터 불변 조건이 유지된다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="213"/>
        <source>The schema&apos;s expectations (Data 1) are checked on the inputs while serving, with an alert when they break.</source>
        <translation>서빙 중에 입력 데이터를 스키마의 기대치 (Data 1)와 비교하여 검사하고, 어긋나면 알림을 보냅니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="217"/>
        <source>Training and serving are not skewed</source>
        <translation>학습과 서빙 간에 차이가 없다</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="218"/>
        <source>Features computed for training and for serving are compared, and so are the distributions of the two.</source>
        <translation>학습용과 서빙용으로 계산된 피처를 비교하고, 두 분포도 비교합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="222"/>
        <source>Models are not too stale</source>
        <translation>모델이 너무 오래되지 않음</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="223"/>
        <source>The age of the serving model is watched, with an alert before it is older than its staleness impact (Model 4) allows.</source>
        <translation>서빙 중인 모델의 경과 기간을 모니터링하며, 오래된 모델이 미치는 영향(Model 4)이 허용하는 기간을 넘기 전에 알림을 보냅니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="227"/>
        <source>Models are numerically stable</source>
        <translation>모델이 수치적으로 안정적임</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="228"/>
        <source>Training and serving watch for NaN and infinite values and for weights or outputs outside their expected ranges.</source>
        <translation>학습과 서빙 과정에서 NaN 및 무한대 값, 예상 범위를 벗어난 가중치나 출력을 모니터링합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="232"/>
        <source>Computing performance has not regressed</source>
        <translation>컴퓨팅 성능이 저하되지 않음</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="233"/>
        <source>Training speed, serving latency, throughput and memory are tracked across versions of code, data and model.</source>
        <translation>학습 속도, 서빙 지연 시간, 처리량, 메모리를 코드·데이터·모델의 버전별로 추적합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="237"/>
        <source>Prediction quality has not regressed</source>
        <translation>예측 품질이 저하되지 않음</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="238"/>
        <source>The quality of the served predictions is measured (e.g. against labels that arrive later), with an alert when it drops.</source>
        <translation>서빙된 예측의 품질을 측정하며(예: 나중에 도착하는 레이블과 비교), 품질이 떨어지면 알림을 보냅니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="256"/>
        <source>%1 %2</source>
        <comment>readiness test label: section, number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="266"/>
        <source>Unknown readiness test “%1”. Run “mlplanner readiness FILE IDEA” to see the test ids.</source>
        <translation>알 수 없는 준비도 테스트 “%1”. “mlplanner readiness FILE IDEA”를 실행하여 테스트 id를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="318"/>
        <source>%1 (weakest: %2)</source>
        <translation>%1 (가장 약한 섹션: %2)</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="330"/>
        <source>Not ready for Deploying &amp; testing: the readiness score is %1 and the portfolio asks for at least %2; the weakest section is %3. Raise that section&apos;s tests in the Readiness checklist, or turn the readiness gate off in the portfolio settings.</source>
        <translation>배포 및 테스트 단계로 이동할 준비가 되지 않았습니다: 준비도 점수가 %1이지만 포트폴리오에서 요구하는 최소 점수는 %2이며, 가장 약한 섹션은 %3입니다. 준비도 체크리스트에서 해당 섹션의 테스트 점수를 높이거나, 포트폴리오 설정에서 준비도 게이트를 끄세요.</translation>
    </message>
    <message>
        <location filename="../core/domain/readiness.cpp" line="342"/>
        <source>Readiness score %1 of 7; the weakest section is %2.</source>
        <translation>준비도 점수 %1/7. 가장 약한 섹션은 %2입니다.</translation>
    </message>
    <message>
        <location filename="../cli/actions.cpp" line="16"/>
        <source>(see &apos;mlplanner %1 --help&apos;)</source>
        <translation>(&apos;mlplanner %1 --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/actions.cpp" line="50"/>
        <source>%1: unknown action &apos;%2&apos;; use one of %3 %4</source>
        <translation>%1: 알 수 없는 동작 &apos;%2&apos;. 다음 중 하나를 사용하세요: %3 %4</translation>
    </message>
    <message>
        <location filename="../cli/actions.cpp" line="59"/>
        <source>%1 %2: missing %3 %4</source>
        <translation>%1 %2: %3 인자가 없습니다 %4</translation>
    </message>
    <message>
        <location filename="../cli/actions.cpp" line="64"/>
        <source>%1 %2: unexpected argument &apos;%3&apos; %4</source>
        <translation>%1 %2: 예상하지 못한 인자 &apos;%3&apos; %4</translation>
    </message>
    <message>
        <location filename="../cli/actions.cpp" line="71"/>
        <source>%1 %2: option --%3 does not apply %4</source>
        <translation>%1 %2: --%3 옵션은 적용되지 않습니다 %4</translation>
    </message>
    <message>
        <location filename="../cli/actions.cpp" line="94"/>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>&apos;%1&apos;은(는) KEY=VALUE 형식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="32"/>
        <source>unknown baseline kind &apos;%1&apos;; use one of %2</source>
        <translation>알 수 없는 베이스라인 종류 &apos;%1&apos;. 다음 중 하나를 사용하세요: %2</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="37"/>
        <source>the baseline value &apos;%1&apos; is not a number</source>
        <translation>베이스라인 값 &apos;%1&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="43"/>
        <source>--fair only applies to a published result</source>
        <translation>--fair는 공개된 결과에만 적용됩니다</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="50"/>
        <source>a baseline needs a label</source>
        <translation>베이스라인에는 레이블이 필요합니다</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="54"/>
        <source>%1 already has a baseline %2; remove it first</source>
        <translation>%1에 이미 베이스라인 %2이(가) 있습니다. 먼저 제거하세요</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="64"/>
        <source>Added baseline %1 (%2, %3) to %4.</source>
        <translation>베이스라인 %1 (%2, %3)을(를) %4에 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="81"/>
        <source>%1 has no baseline %2</source>
        <translation>%1에 베이스라인 %2이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="87"/>
        <source>Removed baseline %1 from %2.</source>
        <translation>%2에서 베이스라인 %1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="113"/>
        <location filename="../cli/metriccommand.cpp" line="33"/>
        <source>%1 has no metric %2; define it with &apos;mlplanner metric define&apos;</source>
        <translation>%1에 지표 %2이(가) 없습니다. &apos;mlplanner metric define&apos;으로 정의하세요</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="120"/>
        <source>Baselines of %1 are now compared on %2.</source>
        <translation>이제 %1의 베이스라인을 %2 기준으로 비교합니다.</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="169"/>
        <source>%1 has no baseline metric; choose one with &apos;mlplanner baseline metric&apos;</source>
        <translation>%1에 베이스라인 지표가 없습니다. &apos;mlplanner baseline metric&apos;으로 선택하세요</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="208"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="209"/>
        <location filename="../cli/metriccommand.cpp" line="392"/>
        <location filename="../cli/settingscommand.cpp" line="71"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="210"/>
        <source>fair</source>
        <translation>공정 비교</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="211"/>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="216"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="217"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="220"/>
        <source>Baselines of %1 on %2 (%3 is better):</source>
        <translation>%2 기준 %1의 베이스라인 (%3이(가) 더 좋음):</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="224"/>
        <source>Target: %1</source>
        <translation>목표: %1</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="226"/>
        <source>Lower bound: %1 %2</source>
        <translation>하한: %1 %2</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="231"/>
        <source>Best model: %1 %2</source>
        <translation>최고 모델: %1 %2</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="236"/>
        <source>Gap to the target: %1</source>
        <translation>목표까지의 차이: %1</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="239"/>
        <source>Ahead of the lower bound by: %1</source>
        <translation>하한 대비 앞선 정도: %1</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="268"/>
        <source>The portfolio file; IDEA is an idea&apos;s id or name; KIND is one of %1; VALUE is on the baseline metric, which must be one of the idea&apos;s metrics.</source>
        <translation>포트폴리오 파일. IDEA는 아이디어의 id 또는 이름이고, KIND는 %1 중 하나이며, VALUE는 베이스라인 지표 기준의 값입니다. 베이스라인 지표는 아이디어의 지표 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="275"/>
        <source>add: where the number comes from.</source>
        <translation>add: 수치의 출처.</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="279"/>
        <source>add: a published result whose comparison was checked as fair (only such results count towards the lower bound).</source>
        <translation>add: 비교가 공정한지 확인된 공개 결과 (이러한 결과만 하한에 반영됩니다).</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="285"/>
        <source>ladder: print the ladder as JSON.</source>
        <translation>ladder: 사다리를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/baselinecommand.cpp" line="298"/>
        <source>Add or remove baselines, choose their metric, and print the ladder with the target and the best model.</source>
        <translation>베이스라인을 추가하거나 제거하고, 베이스라인 지표를 선택하며, 목표와 최고 모델을 포함한 사다리를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="32"/>
        <location filename="../cli/ideacommand.cpp" line="119"/>
        <source>unknown archetype &apos;%1&apos;; use one of %2</source>
        <translation>알 수 없는 아키타입 &apos;%1&apos;. 다음 중 하나를 사용하세요: %2</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="51"/>
        <source>Added idea %1 %2.</source>
        <translation>아이디어 %1 %2을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="72"/>
        <source>Renamed %1 to %2.</source>
        <translation>%1의 이름을 %2(으)로 변경했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="89"/>
        <source>Cleared the description of %1.</source>
        <translation>%1의 설명을 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="91"/>
        <source>Set the description of %1.</source>
        <translation>%1의 설명을 설정했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="109"/>
        <source>%1 has no owner now.</source>
        <translation>이제 %1에 담당자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="110"/>
        <source>%1 is owned by %2.</source>
        <translation>%1의 담당자는 %2입니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="130"/>
        <source>%1 is now %2.</source>
        <translation>이제 %1은(는) %2입니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="142"/>
        <source>the accuracy requirement must lie strictly between 0 and 1 (e.g. 0.99), or be &apos;none&apos;; not &apos;%1&apos;</source>
        <translation>정확도 요구 사항은 0과 1 사이의 값(0과 1 제외, 예: 0.99)이거나 &apos;none&apos;이어야 합니다. &apos;%1&apos;은(는) 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="158"/>
        <source>%1 needs an accuracy of %2.</source>
        <translation>%1에는 %2의 정확도가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="160"/>
        <source>%1 has no accuracy requirement now.</source>
        <translation>이제 %1에 정확도 요구 사항이 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="178"/>
        <source>Deleted idea %1 %2.</source>
        <translation>아이디어 %1 %2을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="209"/>
        <source>The portfolio file. IDEA is an idea&apos;s id or name; an empty TEXT or NAME clears a description or owner; an accuracy VALUE is between 0 and 1, or &apos;none&apos;.</source>
        <translation>포트폴리오 파일. IDEA는 아이디어의 id 또는 이름입니다. TEXT 또는 NAME을 비워 두면 설명 또는 담당자가 지워집니다. 정확도 VALUE는 0과 1 사이이거나 &apos;none&apos;입니다.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="214"/>
        <source>add: who owns the idea.</source>
        <translation>add: 아이디어의 담당자.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="218"/>
        <source>add: the archetype: %1.</source>
        <translation>add: 아키타입: %1.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="221"/>
        <source>add: what the idea is.</source>
        <translation>add: 아이디어의 내용.</translation>
    </message>
    <message>
        <location filename="../cli/ideacommand.cpp" line="235"/>
        <source>Add, rename, describe, assign or delete an idea; set its archetype and accuracy requirement.</source>
        <translation>아이디어를 추가, 이름 변경, 설명, 담당자 지정 또는 삭제하고, 아키타입과 정확도 요구 사항을 설정합니다.</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="65"/>
        <location filename="../cli/planningcommands.cpp" line="141"/>
        <source>answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="162"/>
        <source>%1: --json only applies when printing</source>
        <translation>%1: --json은 출력할 때만 적용됩니다</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="178"/>
        <source>%1: unknown id &apos;%2&apos; for %3; use one of %4</source>
        <translation>%1: %3에 대한 알 수 없는 id &apos;%2&apos;. 다음 중 하나를 사용하세요: %4</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="197"/>
        <source>Cleared %1 on %2.</source>
        <translation>%2의 %1을(를) 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="199"/>
        <source>Set %1 on %2 to %3.</source>
        <translation>%2의 %1을(를) %3(으)로 설정했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="214"/>
        <source>Answers to set (%1). Without any, the answers are printed with their ids.</source>
        <translation>설정할 답변 (%1). 지정하지 않으면 답변을 id와 함께 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="227"/>
        <source>Answer or print the key questions of an idea&apos;s archetype.</source>
        <translation>아이디어 아키타입의 핵심 질문에 답하거나 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="231"/>
        <source>any text; an empty one clears the answer</source>
        <translation>임의의 텍스트. 비워 두면 답변이 지워집니다</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="242"/>
        <source>Answer or print the data-flywheel check of an idea.</source>
        <translation>아이디어의 데이터 플라이휠 점검에 답하거나 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/planningcommands.cpp" line="255"/>
        <source>Answer or print the feasibility checklist of an idea.</source>
        <translation>아이디어의 실현 가능성 체크리스트에 답하거나 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="21"/>
        <source>Readiness of “%1” (ML Test Score):</source>
        <translation>“%1”의 준비도 (ML Test Score):</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="24"/>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="24"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="25"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../core/domain/changelogtext.cpp" line="105"/>
        <location filename="../cli/readinesscommand.cpp" line="25"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="36"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="41"/>
        <source>Sections (of 7): %1</source>
        <translation>섹션 (7점 만점): %1</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="44"/>
        <source>Score: %1 of 7 (the lowest section); weakest: %2</source>
        <translation>점수: 7점 만점에 %1점 (가장 낮은 섹션 기준). 가장 약한 섹션: %2</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="48"/>
        <source>The portfolio&apos;s gate: moving to Deploying &amp; testing needs at least %1.</source>
        <translation>포트폴리오 게이트: 배포 및 테스트 단계로 이동하려면 최소 %1점이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="52"/>
        <source>The portfolio&apos;s gate is off: a low score only warns.</source>
        <translation>포트폴리오 게이트가 꺼져 있습니다: 점수가 낮으면 경고만 표시합니다.</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="106"/>
        <source>--set &apos;%1&apos;: write TEST_ID=VALUE, e.g. data-schema=0.5</source>
        <translation>--set &apos;%1&apos;: TEST_ID=VALUE 형식으로 입력하세요. 예: data-schema=0.5</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="111"/>
        <source>--set &apos;%1&apos;: unknown test id &apos;%2&apos;; run &apos;mlplanner readiness FILE IDEA&apos; to list the ids</source>
        <translation>--set &apos;%1&apos;: 알 수 없는 테스트 id &apos;%2&apos;. &apos;mlplanner readiness FILE IDEA&apos;를 실행하여 id 목록을 확인하세요</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="119"/>
        <source>--set &apos;%1&apos;: the value must be 0 (not done), 0.5 (by hand, written down and shared) or 1 (automated and run repeatedly)</source>
        <translation>--set &apos;%1&apos;: 값은 0 (미실시), 0.5 (수동으로 실시하고 문서화하여 공유) 또는 1 (자동화하여 반복 실행) 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="128"/>
        <source>--set names &apos;%1&apos; twice</source>
        <translation>--set에 &apos;%1&apos;이(가) 두 번 지정되었습니다</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="143"/>
        <source>Write the checklist and score as JSON.</source>
        <translation>체크리스트와 점수를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="146"/>
        <source>Set a test: 0 not done, 0.5 by hand (written down and shared), 1 automated. Repeat for several tests.</source>
        <translation>테스트 점수를 설정합니다: 0은 미실시, 0.5는 수동 실시 (문서화하여 공유), 1은 자동화. 여러 테스트를 설정하려면 반복해서 지정하세요.</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="167"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="177"/>
        <source>“%1”: no readiness answer changed.</source>
        <translation>“%1”: 변경된 준비도 답변이 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="181"/>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="183"/>
        <source>Readiness score: %1.</source>
        <translation>준비도 점수: %1.</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="196"/>
        <source>--json prints the checklist; leave it out when using --set</source>
        <translation>--json은 체크리스트를 출력합니다. --set을 사용할 때는 생략하세요</translation>
    </message>
    <message>
        <location filename="../cli/readinesscommand.cpp" line="221"/>
        <source>Show or set an idea&apos;s readiness checklist (the ML Test Score): each test&apos;s score, the section sums and the weakest section.</source>
        <translation>아이디어의 준비도 체크리스트(ML Test Score)를 표시하거나 설정합니다: 각 테스트의 점수, 섹션별 합계, 가장 약한 섹션.</translation>
    </message>
    <message>
        <location filename="../cli/settingscommand.cpp" line="70"/>
        <source>setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../cli/settingscommand.cpp" line="106"/>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: &apos;%2&apos;은(는) %3 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../cli/settingscommand.cpp" line="116"/>
        <source>%1: a quadrant needs a name</source>
        <translation>%1: 사분면에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../cli/settingscommand.cpp" line="131"/>
        <source>unknown setting &apos;%1&apos; (run &apos;mlplanner settings FILE&apos; to see the keys)</source>
        <translation>알 수 없는 설정 &apos;%1&apos; (&apos;mlplanner settings FILE&apos;을 실행하여 키를 확인하세요)</translation>
    </message>
    <message>
        <location filename="../cli/settingscommand.cpp" line="142"/>
        <source>Settings to change, with the keys the command prints: name, impact-threshold, feasibility-threshold (0 to 10), cost-base (more than 1, at most 20), aggregation (median or mean), quadrant.KEY (the quadrant&apos;s name), driver.KEY and weight.QUESTION (weights 0 to 100). Without any, the settings are printed.</source>
        <translation>변경할 설정. 명령이 출력하는 키를 사용합니다: name, impact-threshold, feasibility-threshold (0~10), cost-base (1 초과 20 이하), aggregation (median 또는 mean), quadrant.KEY (사분면 이름), driver.KEY 및 weight.QUESTION (가중치 0~100). 지정하지 않으면 설정을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/settingscommand.cpp" line="150"/>
        <source>Print the settings as JSON.</source>
        <translation>설정을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/settingscommand.cpp" line="172"/>
        <source>settings: --json only applies when printing</source>
        <translation>settings: --json은 출력할 때만 적용됩니다</translation>
    </message>
    <message>
        <location filename="../cli/settingscommand.cpp" line="197"/>
        <source>Set %1 to %2.</source>
        <translation>%1을(를) %2(으)로 설정했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/settingscommand.cpp" line="208"/>
        <source>Print or change the portfolio&apos;s name and scoring settings: weights, thresholds, quadrant names, cost base.</source>
        <translation>포트폴리오 이름과 점수 설정(가중치, 임계값, 사분면 이름, 비용 기준)을 출력하거나 변경합니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/readinesstab.cpp" line="22"/>
        <source>%1: %2 of 7</source>
        <comment>readiness section sum</comment>
        <translation>%1: 7점 만점에 %2점</translation>
    </message>
    <message>
        <location filename="../storage/idearows.cpp" line="56"/>
        <location filename="../storage/pgrows.cpp" line="181"/>
        <source>%1 has no idea with the id %2.</source>
        <translation>%1에 id가 %2인 아이디어가 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="31"/>
        <source>The PDF to write; an existing file is replaced only by a complete summary.</source>
        <translation>작성할 PDF. 기존 파일은 요약이 완전히 작성된 경우에만 교체됩니다.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="35"/>
        <source>The sections, comma-separated (default all): %1.</source>
        <translation>포함할 섹션, 쉼표로 구분 (기본값: 전체): %1.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="40"/>
        <source>Project pages for the first N of the ranking only.</source>
        <translation>순위 상위 N개에 대해서만 프로젝트 페이지를 넣습니다.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="44"/>
        <source>Project pages for these idea ids only, e.g. 3,7.</source>
        <translation>지정한 아이디어 id에 대해서만 프로젝트 페이지를 넣습니다. 예: 3,7.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="48"/>
        <source>Project pages for the ideas whose name, owner or description contains TEXT only.</source>
        <translation>이름, 담당자 또는 설명에 TEXT가 포함된 아이디어에 대해서만 프로젝트 페이지를 넣습니다.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="53"/>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>용지 크기: a4 (기본값) 또는 letter.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="57"/>
        <source>The chart&apos;s page: landscape (default) or portrait; other pages are portrait.</source>
        <translation>차트 페이지 방향: landscape (기본값) 또는 portrait. 다른 페이지는 portrait입니다.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="62"/>
        <source>The time the summary is as of, in ISO 8601 (default now): days in stage count up to it.</source>
        <translation>요약의 기준 시각, ISO 8601 형식 (기본값: 현재). 단계 체류 일수는 이 시각까지 계산합니다.</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="82"/>
        <source>give only one of --top, --ids and --filter</source>
        <translation>--top, --ids, --filter 중 하나만 지정하세요</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="85"/>
        <source>%1 chooses the project pages, but --sections leaves them out: add projects to --sections, or leave out %1</source>
        <translation>%1은(는) 프로젝트 페이지를 고르지만 --sections에 프로젝트 페이지가 빠져 있습니다. --sections에 projects를 더하거나 %1을(를) 빼세요</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="95"/>
        <source>--top &apos;%1&apos;: give a whole number of projects, 1 or more</source>
        <translation>--top &apos;%1&apos;: 프로젝트 수를 1 이상의 정수로 지정하세요</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="109"/>
        <source>--filter is empty: give the text the projects&apos; names, owners or descriptions should contain, or leave out --filter</source>
        <translation>--filter가 비어 있습니다. 프로젝트의 이름, 담당자 또는 설명에 들어 있어야 할 텍스트를 주거나 --filter를 빼세요</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="135"/>
        <source>--paper &apos;%1&apos;: use a4 or letter</source>
        <translation>--paper &apos;%1&apos;: a4 또는 letter를 사용하세요</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="144"/>
        <source>--chart &apos;%1&apos;: use landscape or portrait</source>
        <translation>--chart &apos;%1&apos;: landscape 또는 portrait를 사용하세요</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="154"/>
        <source>--as-of &apos;%1&apos;: give a time in ISO 8601, e.g. 2025-03-01T09:00:00Z</source>
        <translation>--as-of &apos;%1&apos;: ISO 8601 형식으로 시각을 지정하세요. 예: 2025-03-01T09:00:00Z</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="178"/>
        <source>--ids: %1 is not the id of an idea in %2; run &apos;mlplanner rank %2&apos; to see the ids</source>
        <translation>--ids: %1은(는) %2에 있는 아이디어의 id가 아닙니다. id를 보려면 &apos;mlplanner rank %2&apos;를 실행하세요</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="188"/>
        <source>this mlplanner was built without the PDF summary (it needs Qt Gui); build it with the window to use &apos;report&apos;</source>
        <translation>이 mlplanner는 PDF 요약 기능 없이 빌드되었습니다 (Qt Gui 필요). &apos;report&apos;를 사용하려면 창 기능을 포함해 빌드하세요</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="200"/>
        <source>the summary is a PDF: give an output name ending in .pdf, not &apos;%1&apos;</source>
        <translation>요약은 PDF입니다. &apos;%1&apos; 대신 .pdf로 끝나는 출력 이름을 지정하세요</translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="207"/>
        <source>the summary would replace the portfolio file; give another name</source>
        <translation>요약이 포트폴리오 파일을 덮어쓰게 됩니다. 다른 이름을 지정하세요</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/reportcommand.cpp" line="219"/>
        <source>Wrote %1: %n pages</source>
        <translation>
            <numerusform>%1을(를) 작성했습니다: %n페이지</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/reportcommand.cpp" line="222"/>
        <source>, %n of them project pages</source>
        <translation>
            <numerusform>, 그중 프로젝트 페이지 %n페이지</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/reportcommand.cpp" line="226"/>
        <source>%n chart labels were left out so that none overlaps another; the ranked table lists every idea.</source>
        <translation>
            <numerusform>차트 레이블이 서로 겹치지 않도록 %n개를 생략했습니다. 순위표에는 모든 아이디어가 나열됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/reportcommand.cpp" line="240"/>
        <source>Write the PDF summary for stakeholders: cover, chart, ranked table, project pages, lifecycle, glossary.</source>
        <translation>이해관계자용 PDF 요약을 작성합니다: 표지, 차트, 순위표, 프로젝트 페이지, 라이프사이클, 용어집.</translation>
    </message>
    <message>
        <location filename="../app/frontendmodule.cpp" line="46"/>
        <source>The module %1 was not found next to mlplanner (looked in %2). Build it with the rest of ML Planner (cmake --build ... --target mlplanner).</source>
        <translation>모듈 %1을(를) mlplanner 옆에서 찾지 못했습니다 (찾아본 곳: %2). ML Planner의 나머지와 함께 빌드하세요 (cmake --build ... --target mlplanner).</translation>
    </message>
    <message>
        <location filename="../app/frontendmodule.cpp" line="59"/>
        <source>The module %1 could not be loaded: %2. If that names a missing system library, install ML Planner&apos;s dependencies (scripts/install-deps.sh); otherwise rebuild ML Planner so that mlplanner and its modules come from the same build.</source>
        <translation>모듈 %1을(를) 불러올 수 없습니다: %2. 없는 시스템 라이브러리 때문이라면 ML Planner의 의존 패키지를 설치하세요 (scripts/install-deps.sh). 그렇지 않다면 mlplanner와 모듈이 같은 빌드에서 나오도록 ML Planner를 다시 빌드하세요.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>The command line works without it: mlplanner --help</source>
        <translation>명령줄은 창 없이도 동작합니다: mlplanner --help</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83"/>
        <source>the window needs a graphical session, and there is none here (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation>창을 열려면 그래픽 세션이 필요한데, 여기에는 없습니다(DISPLAY와 WAYLAND_DISPLAY가 설정되지 않았습니다).</translation>
    </message>
    <message>
        <location filename="../storage/changetable.cpp" line="67"/>
        <source>%1 is damaged: entry %2 of the change log is unreadable. The portfolio itself can still be opened; the file was not changed.</source>
        <translation>%1이(가) 손상되었습니다: 변경 기록의 %2번 항목을 읽을 수 없습니다. 포트폴리오 자체는 열 수 있으며, 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../storage/changetable.cpp" line="80"/>
        <location filename="../storage/pgchanges.cpp" line="78"/>
        <source>reading the change log failed</source>
        <translation>변경 기록을 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgchanges.cpp" line="43"/>
        <source>recording the change failed</source>
        <translation>변경 사항을 기록하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pglocation.cpp" line="30"/>
        <source>The location</source>
        <translation>이 위치</translation>
    </message>
    <message>
        <location filename="../storage/pglocation.cpp" line="48"/>
        <source>%1 is not a usable shared portfolio location: %2</source>
        <translation>%1은(는) 사용할 수 있는 공유 포트폴리오 위치가 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../storage/pglocation.cpp" line="77"/>
        <source>write it as postgresql://host/database?portfolio=NAME or postgresql:///?service=NAME&amp;portfolio=NAME</source>
        <translation>postgresql://host/database?portfolio=NAME 또는 postgresql:///?service=NAME&amp;portfolio=NAME 형식으로 쓰세요</translation>
    </message>
    <message>
        <location filename="../storage/pglocation.cpp" line="83"/>
        <location filename="../storage/pglocation.cpp" line="121"/>
        <source>it holds a password. Remove it, and keep the password in ~/.pgpass or the service file (see docs/team.md)</source>
        <translation>비밀번호가 들어 있습니다. 비밀번호를 빼고 ~/.pgpass 또는 서비스 파일에 보관하세요 (docs/team.md 참고)</translation>
    </message>
    <message>
        <location filename="../storage/pglocation.cpp" line="87"/>
        <source>it has a #fragment</source>
        <translation>#fragment가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../storage/pglocation.cpp" line="113"/>
        <source>it names more than one portfolio</source>
        <translation>포트폴리오를 두 개 이상 지정했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pglocation.cpp" line="126"/>
        <source>&apos;%1&apos; is not a connection setting or is given twice</source>
        <translation>&apos;%1&apos;은(는) 연결 설정이 아니거나 두 번 지정되었습니다</translation>
    </message>
    <message>
        <location filename="../storage/pglocation.cpp" line="133"/>
        <source>the value of &apos;%1&apos; holds a &apos;;&apos;, which the PostgreSQL driver cannot pass on</source>
        <translation>&apos;%1&apos;의 값에 PostgreSQL 드라이버가 전달할 수 없는 &apos;;&apos;가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../storage/pglocation.cpp" line="141"/>
        <source>it names no portfolio; add ?portfolio=NAME (with %20 for a space)</source>
        <translation>포트폴리오를 지정하지 않았습니다. ?portfolio=NAME을 추가하세요 (공백은 %20으로 씁니다)</translation>
    </message>
    <message>
        <location filename="../storage/pgrows.cpp" line="21"/>
        <source>%1: the server has no portfolio of this name (it may have been removed). Check the name after portfolio=, or publish it.</source>
        <translation>%1: 서버에 이 이름의 포트폴리오가 없습니다 (삭제되었을 수 있습니다). portfolio= 뒤의 이름을 확인하거나, 포트폴리오를 게시하세요.</translation>
    </message>
    <message>
        <location filename="../storage/pgrows.cpp" line="259"/>
        <source>reading what your login may do failed</source>
        <translation>로그인 권한 확인 실패</translation>
    </message>
    <message>
        <location filename="../storage/pgschema.cpp" line="81"/>
        <source>%1 is kept in a newer format (server schema version %2; this ML Planner knows up to %3). Update ML Planner to open it.</source>
        <translation>%1은(는) 더 새로운 형식으로 저장되어 있습니다 (서버 스키마 버전 %2, 이 ML Planner는 %3까지 지원). 열려면 ML Planner를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../storage/pgschema.cpp" line="200"/>
        <source>preparing the server&apos;s tables failed</source>
        <translation>서버 테이블을 준비하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgschema.cpp" line="234"/>
        <source>opening the portfolio failed</source>
        <translation>포트폴리오를 열지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgschema.cpp" line="238"/>
        <source>%1: this database holds no ML Planner portfolios yet. Publish one first: mlplanner publish FILE LOCATION.</source>
        <translation>%1: 이 데이터베이스에는 아직 ML Planner 포트폴리오가 없습니다. 먼저 게시하세요: mlplanner publish FILE LOCATION.</translation>
    </message>
    <message>
        <location filename="../storage/pgschema.cpp" line="248"/>
        <source>%1 is kept in an older format (server schema version %2). Open it once for editing (the window, or any editing command) to bring it up to date, then try again.</source>
        <translation>%1은(는) 이전 형식으로 저장되어 있습니다 (서버 스키마 버전 %2). 편집용으로 한 번 열어 (창 또는 편집 명령) 최신 형식으로 업데이트한 다음 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../storage/pgschema.cpp" line="257"/>
        <source>updating the server&apos;s tables failed</source>
        <translation>서버 테이블을 업데이트하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgwrites.cpp" line="17"/>
        <source>saving the ideas failed</source>
        <translation>아이디어를 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../storage/pgwrites.cpp" line="55"/>
        <source>the answers of the rater “%1” are not your login&apos;s to change (row-level security)</source>
        <translation>평가자 “%1”의 답변은 이 로그인으로 변경할 수 없습니다 (행 수준 보안)</translation>
    </message>
    <message>
        <location filename="../storage/pgwrites.cpp" line="357"/>
        <source>%1: someone else added an idea with the id %2 at the same moment; nothing was changed. Try again.</source>
        <translation>%1: 같은 순간에 다른 사람이 id가 %2인 아이디어를 추가하여 아무것도 변경하지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="45"/>
        <source>--since &quot;%1&quot; is neither a date (2026-03-01), a time (2026-03-01T09:30:00Z) nor a duration back from now (30m, 12h, 7d, 2w).</source>
        <translation>--since &quot;%1&quot;은(는) 날짜(2026-03-01), 시각(2026-03-01T09:30:00Z), 현재부터 거슬러 올라가는 기간(30m, 12h, 7d, 2w) 중 어느 것도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="55"/>
        <source>(portfolio)</source>
        <translation>(포트폴리오)</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="64"/>
        <source>field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="114"/>
        <source>Only this idea (id or name; the id of a removed idea works too); every change without it.</source>
        <translation>이 아이디어만 (id 또는 이름, 삭제된 아이디어의 id도 가능). 지정하지 않으면 모든 변경.</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="121"/>
        <source>Only changes from then on: a date (2026-03-01, UTC), a time (ISO 8601) or a duration back from now (30m, 12h, 7d, 2w).</source>
        <translation>이 시점 이후의 변경만: 날짜(2026-03-01, UTC), 시각(ISO 8601) 또는 현재부터 거슬러 올라가는 기간(30m, 12h, 7d, 2w).</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="128"/>
        <source>Only changes of this kind of field (answer, stage, quadrant, metric...).</source>
        <translation>이 종류의 필드 변경만 (answer, stage, quadrant, metric...).</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="133"/>
        <source>Write the changes as JSON (values as stored).</source>
        <translation>변경 내용을 JSON으로 출력합니다 (값은 저장된 그대로).</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="172"/>
        <source>--field &quot;%1&quot; is not a kind of field; use one of: %2.</source>
        <translation>--field &quot;%1&quot;은(는) 필드 종류가 아닙니다. 다음 중 하나를 사용하세요: %2.</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="208"/>
        <source>No recorded changes.</source>
        <translation>기록된 변경이 없습니다.</translation>
    </message>
    <message>
        <location filename="../cli/logcommand.cpp" line="221"/>
        <source>Show the change log: who changed which field of which idea, when, from what to what.</source>
        <translation>변경 기록을 표시합니다: 누가 어느 아이디어의 어떤 필드를 언제, 무엇에서 무엇으로 바꿨는지.</translation>
    </message>
    <message>
        <location filename="../cli/sharecommands.cpp" line="17"/>
        <source>The portfolio to publish.</source>
        <translation>게시할 포트폴리오.</translation>
    </message>
    <message>
        <location filename="../cli/sharecommands.cpp" line="20"/>
        <source>Where the team&apos;s copy goes, e.g. &quot;postgresql://host/db?portfolio=Team%20ML&quot;.</source>
        <translation>팀 사본을 둘 위치. 예: &quot;postgresql://host/db?portfolio=Team%20ML&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/sharecommands.cpp" line="25"/>
        <source>Replace the portfolio already there under that name (all of it).</source>
        <translation>해당 이름으로 이미 있는 포트폴리오를 (전부) 대체합니다.</translation>
    </message>
    <message>
        <location filename="../cli/sharecommands.cpp" line="46"/>
        <source>%1 already holds a portfolio; nothing was changed. Add --replace to replace it with %2, or choose another name.</source>
        <translation>%1에 이미 포트폴리오가 있어 아무것도 변경하지 않았습니다. %2(으)로 대체하려면 --replace를 추가하거나 다른 이름을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/sharecommands.cpp" line="60"/>
        <source>Published %1 (%n idea(s)) to %2.</source>
        <translation>
            <numerusform>%1(아이디어 %n개)을(를) %2에 게시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/sharecommands.cpp" line="71"/>
        <source>The shared portfolio, e.g. &quot;postgresql://host/db?portfolio=Team%20ML&quot;.</source>
        <translation>공유 포트폴리오. 예: &quot;postgresql://host/db?portfolio=Team%20ML&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/sharecommands.cpp" line="76"/>
        <source>The .mlplan file to write; it must not exist.</source>
        <translation>쓸 .mlplan 파일. 이미 있는 파일이면 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../cli/sharecommands.cpp" line="96"/>
        <source>Wrote a copy of %1 to %2.</source>
        <translation>%1의 사본을 %2에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../cli/sharecommands.cpp" line="106"/>
        <source>Copy a portfolio to a shared location for a team.</source>
        <translation>팀이 함께 쓸 수 있도록 포트폴리오를 공유 위치에 복사합니다.</translation>
    </message>
    <message>
        <location filename="../cli/sharecommands.cpp" line="113"/>
        <source>Copy a shared portfolio to a new local file.</source>
        <translation>공유 포트폴리오를 새 로컬 파일로 복사합니다.</translation>
    </message>
    <message>
        <location filename="../core/domain/ideamerge.cpp" line="315"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../core/domain/ideamerge.cpp" line="320"/>
        <source>%1 — yours: %2, theirs: %3</source>
        <translation>%1 — 내 값: %2, 다른 사람의 값: %3</translation>
    </message>
    <message>
        <location filename="../core/domain/ideamerge.cpp" line="331"/>
        <source>Someone else changed the same fields of idea %1 &quot;%2&quot; since you loaded it; nothing of your change was saved:
%3
Reload the idea, then choose which value to keep and make your change again.</source>
        <translation>아이디어 %1 &quot;%2&quot;을(를) 불러온 뒤 다른 사람이 같은 필드를 바꾸었습니다. 내 변경은 하나도 저장되지 않았습니다:
%3
아이디어를 다시 불러온 뒤 어느 값을 남길지 고르고 변경을 다시 하세요.</translation>
    </message>
    <message>
        <location filename="../core/store/portfoliostore.cpp" line="38"/>
        <source>Someone else removed idea %1 &quot;%2&quot; since you loaded it; your change was not saved. Reload the portfolio; add the idea again if it is still wanted.</source>
        <translation>아이디어 %1 &quot;%2&quot;을(를) 불러온 뒤 다른 사람이 삭제했습니다. 내 변경은 저장되지 않았습니다. 포트폴리오를 다시 불러오고, 아직 필요하면 아이디어를 다시 추가하세요.</translation>
    </message>
    <message>
        <location filename="../core/store/storelocation.cpp" line="27"/>
        <source>service %1</source>
        <translation>서비스 %1</translation>
    </message>
    <message>
        <location filename="../core/domain/formulaengine.cpp" line="52"/>
        <source>Formulas need the muparser library, which could not be loaded (%1). Install it (on Debian, the package libmuparser2v5) and try again.</source>
        <translation>수식을 계산하려면 muparser 라이브러리가 필요한데 불러오지 못했습니다(%1). 라이브러리를 설치한 뒤(Debian에서는 libmuparser2v5 패키지) 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>mlp::report</name>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="55"/>
        <source>Cover and executive summary</source>
        <translation>표지 및 경영진 요약</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="57"/>
        <source>Feasibility and impact chart</source>
        <translation>실현 가능성 및 임팩트 차트</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="59"/>
        <source>Ranked table of ideas</source>
        <translation>아이디어 순위표</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="61"/>
        <source>A page per project</source>
        <translation>프로젝트별 페이지</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="63"/>
        <location filename="../report/reportanalytics.cpp" line="32"/>
        <source>Lifecycle analytics</source>
        <translation>라이프사이클 분석</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="65"/>
        <location filename="../report/reportanalytics.cpp" line="100"/>
        <source>Glossary and assumptions</source>
        <translation>용어집 및 가정</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="99"/>
        <source>unknown section &apos;%1&apos;; use a comma-separated list of %2</source>
        <translation>알 수 없는 섹션 &apos;%1&apos;. 다음 중에서 쉼표로 구분해 지정하세요: %2</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="108"/>
        <source>no section chosen; use %1</source>
        <translation>선택한 섹션이 없습니다. 다음을 사용하세요: %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="121"/>
        <source>&apos;%1&apos; is not an idea id; give ids as whole numbers separated by commas, e.g. 3,7,12</source>
        <translation>&apos;%1&apos;은(는) 아이디어 id가 아닙니다. id는 쉼표로 구분한 정수로 지정하세요. 예: 3,7,12</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="166"/>
        <source>no file name given for the PDF summary</source>
        <translation>PDF 요약의 파일 이름이 지정되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="172"/>
        <source>%1 is not a regular file; choose a file name for the PDF summary</source>
        <translation>%1은(는) 일반 파일이 아닙니다. PDF 요약의 파일 이름을 선택하세요</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="180"/>
        <source>cannot write %1: the folder %2 does not exist; create it or choose another place</source>
        <translation>%1을(를) 쓸 수 없습니다: 폴더 %2이(가) 없습니다. 폴더를 만들거나 다른 위치를 선택하세요</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="187"/>
        <source>cannot write %1: the folder %2 is not writable; choose another place</source>
        <translation>%1을(를) 쓸 수 없습니다: 폴더 %2에 쓰기 권한이 없습니다. 다른 위치를 선택하세요</translation>
    </message>
    <message>
        <location filename="../core/report/reportoptions.cpp" line="194"/>
        <source>cannot replace %1: the file is read-only</source>
        <translation>%1을(를) 교체할 수 없습니다: 파일이 읽기 전용입니다</translation>
    </message>
    <message>
        <location filename="../report/chartpainter.cpp" line="125"/>
        <source>Feasibility (0–10, higher is cheaper and easier)</source>
        <translation>실현 가능성 (0–10, 높을수록 저렴하고 쉬움)</translation>
    </message>
    <message>
        <location filename="../report/chartpainter.cpp" line="127"/>
        <source>Impact (0–10)</source>
        <translation>임팩트 (0–10)</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="26"/>
        <source>the export was cancelled; nothing was written</source>
        <translation>내보내기가 취소되었습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="47"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 페이지</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="76"/>
        <location filename="../report/pdfreport.cpp" line="150"/>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="87"/>
        <location filename="../report/pdfreport.cpp" line="112"/>
        <source>%1 — portfolio summary</source>
        <translation>%1 — 포트폴리오 요약</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="89"/>
        <location filename="../report/reportbuilder.cpp" line="100"/>
        <source>ML Planner %1</source>
        <translation>ML Planner %1</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="106"/>
        <source>Nothing to show: no section is chosen, or no project matches.</source>
        <translation>표시할 내용이 없습니다: 선택한 섹션이 없거나 일치하는 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="114"/>
        <source>Data as of %1</source>
        <translation>%1 기준 데이터</translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="130"/>
        <source>cannot write %1</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="22"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="33"/>
        <source>Replayed from every recorded move up to %1: %n forward moves, </source>
        <translation>
            <numerusform>%1까지 기록된 모든 이동을 재구성한 결과: 앞으로 이동 %n회, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="36"/>
        <source>%n backward moves; </source>
        <translation>
            <numerusform>역방향 이동 %n회; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="37"/>
        <source>%n projects shipped, </source>
        <translation>
            <numerusform>출시된 프로젝트 %n개, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="38"/>
        <source>%n shelved.</source>
        <translation>
            <numerusform>보류된 프로젝트 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="40"/>
        <source>Projects per stage and time in stage</source>
        <translation>단계별 프로젝트 수 및 체류 시간</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="51"/>
        <location filename="../report/reportbuilder.cpp" line="126"/>
        <location filename="../report/reportbuilder.cpp" line="320"/>
        <location filename="../report/reportprojects.cpp" line="148"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="52"/>
        <source>Active now</source>
        <translation>현재 진행 중</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="53"/>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="54"/>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="55"/>
        <source>Median stay</source>
        <translation>체류 중앙값</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="56"/>
        <location filename="../report/reportanalytics.cpp" line="133"/>
        <source>85th percentile</source>
        <translation>85번째 백분위</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="59"/>
        <source>Backward moves by stage pair</source>
        <translation>단계 쌍별 역방향 이동</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="61"/>
        <location filename="../report/reportbuilder.cpp" line="173"/>
        <source>No project has moved back a stage.</source>
        <translation>이전 단계로 되돌아간 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="68"/>
        <location filename="../report/reportbuilder.cpp" line="276"/>
        <location filename="../report/reportbuilder.cpp" line="297"/>
        <location filename="../report/reportprojects.cpp" line="275"/>
        <location filename="../report/reportprojects.cpp" line="279"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="73"/>
        <location filename="../report/reportprojects.cpp" line="177"/>
        <source>From</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="74"/>
        <location filename="../report/reportprojects.cpp" line="178"/>
        <source>To</source>
        <translation>이후</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="75"/>
        <location filename="../report/reportanalytics.cpp" line="92"/>
        <source>Moves</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="76"/>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="91"/>
        <source>Backward moves by reason</source>
        <translation>사유별 역방향 이동</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="92"/>
        <location filename="../report/reportprojects.cpp" line="180"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="102"/>
        <location filename="../report/reportbuilder.cpp" line="322"/>
        <source>Impact</source>
        <translation>임팩트</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="103"/>
        <source>0–10: the weighted mean of the raters&apos; aggregated answers to the impact questions, each answer 1–5 mapped to 0–10. Unanswered questions are left out, not counted as zero.</source>
        <translation>0–10: 임팩트 질문에 대한 평가자 답변을 집계한 값의 가중 평균이며, 각 답변 1–5를 0–10으로 환산합니다. 답하지 않은 질문은 0으로 계산하지 않고 제외합니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="106"/>
        <location filename="../report/reportbuilder.cpp" line="323"/>
        <source>Feasibility</source>
        <translation>실현 가능성</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="107"/>
        <source>0–10, higher is cheaper and easier: the weighted mean of three cost drivers — data availability, accuracy requirement and problem difficulty.</source>
        <translation>0–10, 높을수록 저렴하고 쉬움: 세 가지 비용 요인의 가중 평균 — 데이터 가용성, 정확도 요구 사항, 문제 난이도.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="109"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="110"/>
        <source>The geometric mean of impact and feasibility; the ranking orders by it.</source>
        <translation>임팩트와 실현 가능성의 기하 평균입니다. 순위는 이 값으로 정렬됩니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="111"/>
        <location filename="../report/reportbuilder.cpp" line="113"/>
        <location filename="../report/reportbuilder.cpp" line="324"/>
        <source>Quadrant</source>
        <translation>사분면</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="112"/>
        <source>Where impact and feasibility fall against the thresholds: %1 (both high), %2 (high impact), %3 (high feasibility), %4 (neither).</source>
        <translation>임계값을 기준으로 임팩트와 실현 가능성이 놓이는 위치: %1 (둘 다 높음), %2 (임팩트 높음), %3 (실현 가능성 높음), %4 (둘 다 낮음).</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="117"/>
        <location filename="../report/reportbuilder.cpp" line="325"/>
        <source>Complete</source>
        <translation>완성도</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="118"/>
        <source>The share of the %1 scoring questions answered by at least one rater.</source>
        <translation>점수 질문 %1개 중 평가자가 한 명 이상 답한 질문의 비율입니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="121"/>
        <source>Spread</source>
        <translation>편차</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="122"/>
        <source>The highest minus the lowest rater&apos;s own coordinate: how much the raters disagree.</source>
        <translation>평가자별 좌표의 최댓값에서 최솟값을 뺀 값으로, 평가자 간 의견 차이를 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="124"/>
        <location filename="../report/reportprojects.cpp" line="116"/>
        <source>Manual placement</source>
        <translation>수동 배치</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="125"/>
        <source>A coordinate set by hand, with a note; it replaces the computed one on the chart and in the ranking, and the computed value is kept beside it.</source>
        <translation>메모와 함께 직접 지정한 좌표입니다. 차트와 순위에서 계산된 좌표를 대신하며, 계산된 값은 함께 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="127"/>
        <source>Accuracy requirement and cost factor</source>
        <translation>정확도 요구 사항 및 비용 계수</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="128"/>
        <source>The accuracy the project needs, e.g. 0.99; its nines are −log10(1 − accuracy), and the cost factor is the cost base to the power of the nines.</source>
        <translation>프로젝트에 필요한 정확도입니다 (예: 0.99). 나인(9)의 개수는 −log10(1 − 정확도)이며, 비용 계수는 비용 기준을 나인의 개수만큼 거듭제곱한 값입니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="130"/>
        <location filename="../report/reportbuilder.cpp" line="321"/>
        <source>Days in stage</source>
        <translation>단계 체류 일수</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="131"/>
        <source>How long an active project has been in its current stage, replayed from its recorded moves.</source>
        <translation>진행 중인 프로젝트가 현재 단계에 머문 기간으로, 기록된 이동 내역으로 재구성합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportanalytics.cpp" line="134"/>
        <source>The stay in a stage that 85% of the portfolio&apos;s finished stays there did not exceed. A project longer in its stage looks stuck (once the stage has %n finished stays).</source>
        <translation>
            <numerusform>해당 단계를 마친 포트폴리오 체류 기간의 85%가 넘지 않는 체류 기간입니다. 이보다 오래 해당 단계에 머문 프로젝트는 정체된 것으로 봅니다 (해당 단계에 완료된 체류가 %n건 이상일 때).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="138"/>
        <source>Backward move</source>
        <translation>역방향 이동</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="139"/>
        <source>A move to an earlier stage, with a catalogued trigger or a reason in words.</source>
        <translation>이전 단계로의 이동으로, 목록에 있는 트리거 또는 직접 입력한 사유가 함께 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="140"/>
        <location filename="../report/reportprojects.cpp" line="276"/>
        <source>Best model</source>
        <translation>최고 모델</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="141"/>
        <source>The best model the project&apos;s combine rule still ranks on its chosen metric; a model that misses a metric&apos;s bound is out.</source>
        <translation>프로젝트의 결합 규칙에 따라 선택한 지표에서 여전히 가장 높은 순위에 있는 모델입니다. 지표의 경계값을 충족하지 못한 모델은 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="143"/>
        <source>Target and lower bound</source>
        <translation>목표 및 하한</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="144"/>
        <source>The target is the requirement baseline; the lower bound is the best other baseline (a published result counts only when checked as a fair comparison).</source>
        <translation>목표는 요구 사항 베이스라인이고, 하한은 나머지 베이스라인 중 가장 좋은 값입니다 (공개된 결과는 공정한 비교로 확인된 경우에만 포함됩니다).</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="146"/>
        <source>Readiness score</source>
        <translation>준비도 점수</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="147"/>
        <source>The ML Test Score: 28 tests in four sections of seven, each 0, 0.5 (by hand) or 1 (automated); a section&apos;s score is its sum, the project&apos;s the lowest section.</source>
        <translation>ML Test Score: 7개씩 4개 섹션으로 구성된 28개 테스트이며, 각 테스트는 0, 0.5 (수동) 또는 1 (자동화)점입니다. 섹션 점수는 합계이고, 프로젝트 점수는 가장 낮은 섹션 점수입니다.</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="151"/>
        <source>Assumptions of this portfolio</source>
        <translation>이 포트폴리오의 가정</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="154"/>
        <location filename="../report/reportanalytics.cpp" line="159"/>
        <location filename="../report/reportprojects.cpp" line="87"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="163"/>
        <source>Driver weights</source>
        <translation>비용 요인 가중치</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="164"/>
        <source>Question weights</source>
        <translation>질문 가중치</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="166"/>
        <source>1 for every question</source>
        <translation>모든 질문에 1</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="167"/>
        <source>1 except %1</source>
        <translation>%1 외에는 모두 1</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="168"/>
        <source>Thresholds</source>
        <translation>임계값</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="169"/>
        <source>impact %1, feasibility %2</source>
        <translation>임팩트 %1, 실현 가능성 %2</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="171"/>
        <source>Cost base</source>
        <translation>비용 기준</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="172"/>
        <source>Raters&apos; answers combined by</source>
        <translation>평가자 답변 집계 방식</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="173"/>
        <source>the median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="173"/>
        <source>the mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="174"/>
        <source>Readiness gate</source>
        <translation>준비도 게이트</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="176"/>
        <source>moving to deploying needs a readiness score of at least %1</source>
        <translation>배포 단계로 이동하려면 준비도 점수 %1 이상 필요</translation>
    </message>
    <message>
        <location filename="../report/reportanalytics.cpp" line="178"/>
        <source>off (a low score only warns)</source>
        <translation>꺼짐 (점수가 낮으면 경고만 표시)</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="23"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="56"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="66"/>
        <source>Untitled portfolio</source>
        <translation>제목 없는 포트폴리오</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="95"/>
        <source>Portfolio summary</source>
        <translation>포트폴리오 요약</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="99"/>
        <source>Data as of</source>
        <translation>데이터 기준 시각</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="100"/>
        <source>Made with</source>
        <translation>작성 도구</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="101"/>
        <location filename="../report/reportbuilder.cpp" line="113"/>
        <source>Ideas</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="112"/>
        <source>Ideas by quadrant</source>
        <translation>사분면별 아이디어</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="125"/>
        <source>Projects by stage</source>
        <translation>단계별 프로젝트</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="135"/>
        <source>Executive summary</source>
        <translation>핵심 요약</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="145"/>
        <source>The portfolio holds %n ideas, </source>
        <translation>
            <numerusform>포트폴리오에 아이디어가 %n개 있으며, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="146"/>
        <source>%n of them scored.</source>
        <translation>
            <numerusform>그중 %n개에 점수가 매겨졌습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="149"/>
        <source>No idea is in %1 yet.</source>
        <translation>아직 %1에 속한 아이디어가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="152"/>
        <source>%n ideas are in %1: %2.</source>
        <translation>
            <numerusform>%1에 속한 아이디어는 %n개입니다: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="165"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="167"/>
        <location filename="../report/reportprojects.cpp" line="152"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="168"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="175"/>
        <source>%n projects moved back a stage; the latest move of each:</source>
        <translation>
            <numerusform>프로젝트 %n개가 이전 단계로 되돌아갔습니다. 각 프로젝트의 가장 최근 이동:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="185"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="190"/>
        <source>No active project has been in its stage longer than 85% of the portfolio&apos;s finished stays there.</source>
        <translation>현재 단계에 머문 기간이 포트폴리오에서 그 단계를 마친 체류 기간의 85%보다 긴 진행 중 프로젝트는 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="193"/>
        <source>%n projects look stuck, in their stage longer than 85% of the portfolio&apos;s finished stays there:</source>
        <translation>
            <numerusform>프로젝트 %n개가 정체된 것으로 보입니다. 현재 단계에 머문 기간이 포트폴리오에서 그 단계를 마친 체류 기간의 85%보다 깁니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="205"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 외 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="212"/>
        <source>Feasibility and impact</source>
        <translation>실현 가능성과 임팩트</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="219"/>
        <source>%1 (weight %2)</source>
        <translation>%1 (가중치 %2)</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="223"/>
        <source>Impact: the weighted mean of the answers to the impact questions, mapped from 1–5 to 0–10.</source>
        <translation>임팩트: 임팩트 질문에 대한 답변의 가중 평균을 1–5에서 0–10으로 변환한 값입니다.</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="225"/>
        <source>Feasibility: the weighted mean of three cost drivers: %1.</source>
        <translation>실현 가능성: 세 가지 비용 요인의 가중 평균입니다: %1.</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="227"/>
        <source>Quadrants: impact from %1 and feasibility from %2 count as high. A manual placement replaces a computed coordinate (see the project&apos;s page).</source>
        <translation>사분면: 임팩트는 %1 이상, 실현 가능성은 %2 이상이면 높음으로 봅니다. 수동 배치는 계산된 좌표를 대체합니다 (프로젝트 페이지 참고).</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="247"/>
        <source>%n labels are left out so that none overlaps another; the ranked table lists every idea.</source>
        <translation>
            <numerusform>레이블이 서로 겹치지 않도록 %n개를 생략했습니다. 순위표에는 모든 아이디어가 나옵니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportbuilder.cpp" line="251"/>
        <source>%n unscored ideas are not on the chart.</source>
        <translation>
            <numerusform>점수가 없는 아이디어 %n개는 차트에 표시되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="278"/>
        <source>%1 of %2 %3, met</source>
        <translation>%3 목표 %2 대비 %1, 충족</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="278"/>
        <source>%1 of %2 %3, not met</source>
        <translation>%3 목표 %2 대비 %1, 미충족</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="285"/>
        <source>Ideas by priority</source>
        <translation>우선순위별 아이디어</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="286"/>
        <source>Priority is the geometric mean of impact and feasibility; unscored ideas come last. Days in stage count up to %1.</source>
        <translation>우선순위는 임팩트와 실현 가능성의 기하 평균이며, 점수가 없는 아이디어는 마지막에 나옵니다. 단계 체류 일수는 %1까지 계산한 값입니다.</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="316"/>
        <location filename="../report/reportprojects.cpp" line="227"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="317"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="318"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="319"/>
        <source>Archetype</source>
        <translation>아키타입</translation>
    </message>
    <message>
        <location filename="../report/reportbuilder.cpp" line="326"/>
        <source>Best model against the target</source>
        <translation>목표 대비 최고 모델</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="20"/>
        <source>lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="21"/>
        <source>higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="28"/>
        <source>Weighted average of the metrics, each by its weight.</source>
        <translation>지표별 가중치를 적용한 지표의 가중 평균입니다.</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="31"/>
        <source>Optimise %1; the other metrics only have to meet their bounds.</source>
        <translation>%1을(를) 최적화합니다. 나머지 지표는 경계값만 충족하면 됩니다.</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="35"/>
        <source>Formula %1 (%2).</source>
        <translation>수식 %1 (%2).</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="54"/>
        <source>Rank %1 of %2</source>
        <translation>%2개 중 %1위</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="55"/>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="57"/>
        <source>owner %1</source>
        <translation>담당자 %1</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="64"/>
        <source>Archetype: %1</source>
        <translation>아키타입: %1</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="72"/>
        <source>No key question of the archetype is answered yet.</source>
        <translation>아직 답한 아키타입 핵심 질문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="84"/>
        <source>Readiness (ML Test Score)</source>
        <translation>준비도 (ML Test Score)</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="90"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="91"/>
        <source>%1 of 7 (the lowest section)</source>
        <translation>7점 만점에 %1점 (가장 낮은 섹션)</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="92"/>
        <source>Weakest section</source>
        <translation>가장 약한 섹션</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="93"/>
        <source>Sections (of 7)</source>
        <translation>섹션 (7점 만점)</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="98"/>
        <source>Impact and feasibility</source>
        <translation>임팩트와 실현 가능성</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="110"/>
        <source>impact %1</source>
        <translation>임팩트 %1</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="112"/>
        <source>feasibility %1</source>
        <translation>실현 가능성 %1</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="119"/>
        <location filename="../report/reportprojects.cpp" line="128"/>
        <source>Accuracy requirement</source>
        <translation>정확도 요구 사항</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="120"/>
        <source>%1 (%2 nines)</source>
        <translation>%1 (나인(9) %2개)</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="123"/>
        <source>Cost factor</source>
        <translation>비용 계수</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="124"/>
        <source>%1 (cost base %2 to the power of the nines)</source>
        <translation>%1 (비용 기준 %2을(를) 나인 수만큼 거듭제곱)</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="128"/>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="134"/>
        <source>Raters</source>
        <translation>평가자</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="134"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="137"/>
        <source>Spread between raters</source>
        <translation>평가자 간 편차</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="138"/>
        <source>impact %1, feasibility %2 (highest minus lowest rater)</source>
        <translation>임팩트 %1, 실현 가능성 %2 (가장 높은 평가자와 가장 낮은 평가자의 차이)</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="146"/>
        <source>Stage and lifecycle</source>
        <translation>단계와 라이프사이클</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="149"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="156"/>
        <source>Time in stage</source>
        <translation>단계 체류 기간</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="157"/>
        <source>%1, longer than 85% of the portfolio&apos;s finished stays there</source>
        <translation>%1, 포트폴리오에서 이 단계를 마친 체류 기간의 85%보다 김</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="164"/>
        <source>No stage move recorded.</source>
        <translation>기록된 단계 이동이 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="173"/>
        <source>back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="173"/>
        <source>forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="175"/>
        <source>When</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="176"/>
        <source>Who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="179"/>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="187"/>
        <source>Metrics and models</source>
        <translation>지표와 모델</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="189"/>
        <source>No metric defined.</source>
        <translation>정의된 지표가 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="196"/>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="197"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="198"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="199"/>
        <source>Bound</source>
        <translation>경계값</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="200"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="202"/>
        <source>Combine rule: %1</source>
        <translation>결합 규칙: %1</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="204"/>
        <source>No model result recorded.</source>
        <translation>기록된 모델 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="209"/>
        <source>The models cannot be ranked: %1</source>
        <translation>모델의 순위를 매길 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="223"/>
        <source>misses the bound on %1</source>
        <translation>%1 경계값 미충족</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="224"/>
        <source>out</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="228"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="229"/>
        <source>Combined</source>
        <translation>결합값</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="230"/>
        <source>Missed bounds</source>
        <translation>미충족 경계값</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="236"/>
        <source>Baselines</source>
        <translation>베이스라인</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="243"/>
        <source>No baseline recorded.</source>
        <translation>기록된 베이스라인이 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="244"/>
        <source>The baselines have no metric chosen.</source>
        <translation>베이스라인에 선택된 지표가 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="256"/>
        <source>On %1 (%2).</source>
        <translation>측정 지표: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="257"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="258"/>
        <source>Baseline</source>
        <translation>베이스라인</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="259"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="260"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="271"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="272"/>
        <source>Lower bound</source>
        <translation>하한</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="280"/>
        <source>Gap to the target</source>
        <translation>목표와의 차이</translation>
    </message>
    <message>
        <location filename="../report/reportprojects.cpp" line="281"/>
        <source>Ahead of the lower bound by</source>
        <translation>하한보다 앞선 정도</translation>
    </message>
</context>
<context>
    <name>mlp::ui::AnswerScale</name>
    <message>
        <location filename="../ui/editor/answerscale.cpp" line="30"/>
        <source>1 — %1</source>
        <translation>1 — %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/answerscale.cpp" line="32"/>
        <source>5 — %1</source>
        <translation>5 — %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/answerscale.cpp" line="34"/>
        <source>%1 of 5, between the two descriptions below</source>
        <translation>5점 중 %1점, 아래 두 설명 사이</translation>
    </message>
    <message>
        <location filename="../ui/editor/answerscale.cpp" line="41"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../ui/editor/answerscale.cpp" line="43"/>
        <source>Leave the question unanswered: it is left out of the score, not counted as zero</source>
        <translation>질문을 답하지 않은 상태로 둡니다: 0점으로 세지 않고 점수에서 제외됩니다</translation>
    </message>
    <message>
        <location filename="../ui/editor/answerscale.cpp" line="52"/>
        <source>&lt;b&gt;1&lt;/b&gt; — %1&lt;br&gt;&lt;b&gt;5&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;1&lt;/b&gt; — %1&lt;br&gt;&lt;b&gt;5&lt;/b&gt; — %2</translation>
    </message>
</context>
<context>
    <name>mlp::ui::BackwardMatrix</name>
    <message>
        <location filename="../ui/flow/backwardmatrix.cpp" line="54"/>
        <location filename="../ui/flow/backwardmatrix.cpp" line="116"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/flow/backwardmatrix.cpp" line="70"/>
        <source>From the row&apos;s stage back to the column&apos;s:</source>
        <translation>행의 단계에서 열의 단계로 역방향 이동한 횟수:</translation>
    </message>
    <message>
        <location filename="../ui/flow/backwardmatrix.cpp" line="86"/>
        <source>to %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../ui/flow/backwardmatrix.cpp" line="89"/>
        <source>from %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location filename="../ui/flow/backwardmatrix.cpp" line="60"/>
        <source>1 move</source>
        <translation>이동 1회</translation>
    </message>
    <message>
        <location filename="../ui/flow/backwardmatrix.cpp" line="60"/>
        <source>%1 moves</source>
        <translation>이동 %1회</translation>
    </message>
    <message>
        <location filename="../ui/flow/backwardmatrix.cpp" line="194"/>
        <source>Choose a cell to see why projects went back.</source>
        <translation>셀을 선택하면 프로젝트가 역방향 이동한 이유를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/flow/backwardmatrix.cpp" line="202"/>
        <source>No project went back this way.</source>
        <translation>이 경로로 역방향 이동한 프로젝트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::BaselineLadder</name>
    <message>
        <location filename="../ui/editor/baselineladder.cpp" line="50"/>
        <source>Human %1</source>
        <translation>사람 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselineladder.cpp" line="51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselineladder.cpp" line="74"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselineladder.cpp" line="76"/>
        <location filename="../ui/editor/baselineladder.cpp" line="150"/>
        <source>target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselineladder.cpp" line="78"/>
        <location filename="../ui/editor/baselineladder.cpp" line="153"/>
        <source>best model %1</source>
        <translation>최고 모델 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselineladder.cpp" line="115"/>
        <source>No baselines on this metric yet.</source>
        <translation>이 지표에 대한 베이스라인이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselineladder.cpp" line="156"/>
        <source>better →</source>
        <translation>더 좋음 →</translation>
    </message>
</context>
<context>
    <name>mlp::ui::CardDelegate</name>
    <message>
        <location filename="../ui/board/carddelegate.cpp" line="35"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/board/carddelegate.cpp" line="41"/>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <location filename="../ui/board/carddelegate.cpp" line="41"/>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../ui/board/carddelegate.cpp" line="46"/>
        <source>%1 in stage</source>
        <translation>이 단계에서 %1째</translation>
    </message>
    <message>
        <location filename="../ui/board/carddelegate.cpp" line="58"/>
        <source>%1 in this stage</source>
        <translation>이 단계에서 %1째</translation>
    </message>
    <message>
        <location filename="../ui/board/carddelegate.cpp" line="64"/>
        <source>Went back to an earlier stage once.</source>
        <translation>앞 단계로 한 번 되돌아갔습니다.</translation>
    </message>
    <message>
        <location filename="../ui/board/carddelegate.cpp" line="65"/>
        <source>Went back to an earlier stage %1 times.</source>
        <translation>앞 단계로 %1번 되돌아갔습니다.</translation>
    </message>
    <message>
        <location filename="../ui/board/carddelegate.cpp" line="74"/>
        <source>Longer in this stage than 85% of the portfolio&apos;s past stays here.</source>
        <translation>이 단계에 포트폴리오의 지난 체류 85%보다 오래 머물고 있습니다.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::ChangeLogView</name>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="24"/>
        <source>Idea name or id</source>
        <translation>아이디어 이름 또는 id</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="26"/>
        <source>Only the changes of ideas whose name holds this text, or of the idea with this id (a removed one too)</source>
        <translation>이름에 이 텍스트가 포함된 아이디어 또는 이 id의 아이디어(삭제된 아이디어 포함)의 변경만 표시</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="30"/>
        <source>All fields</source>
        <translation>모든 필드</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="35"/>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="36"/>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="37"/>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="38"/>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="39"/>
        <source>Last 365 days</source>
        <translation>최근 365일</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="42"/>
        <source>Idea:</source>
        <translation>아이디어:</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="44"/>
        <source>Field:</source>
        <translation>필드:</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="46"/>
        <source>Since:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="146"/>
        <source>No portfolio is open.</source>
        <translation>열린 포트폴리오가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/log/changelogview.cpp" line="148"/>
        <source>Nothing is on record yet: every change from now on is, with who made it and when.</source>
        <translation>아직 기록된 내용이 없습니다. 지금부터 모든 변경이 변경자 및 시각과 함께 기록됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/changelogview.cpp" line="151"/>
        <source>The newest %n change(s) shown; older ones match too: narrow the filters (an idea, a field, a period) to see them.</source>
        <translation>
            <numerusform>최근 변경 %n건을 표시합니다. 더 오래된 변경도 조건에 맞습니다: 보려면 필터(아이디어, 항목, 기간)를 좁히세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/log/changelogview.cpp" line="155"/>
        <source>%n change(s), newest first. Double-click one to select its idea.</source>
        <translation>
            <numerusform>변경 %n개, 최신순. 두 번 클릭하면 해당 아이디어를 선택합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlp::ui::ChangeTable</name>
    <message>
        <location filename="../ui/log/changetable.cpp" line="15"/>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../ui/log/changetable.cpp" line="15"/>
        <source>Who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location filename="../ui/log/changetable.cpp" line="15"/>
        <source>Idea</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <location filename="../ui/log/changetable.cpp" line="15"/>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../ui/log/changetable.cpp" line="15"/>
        <source>From</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../ui/log/changetable.cpp" line="15"/>
        <source>To</source>
        <translation>이후</translation>
    </message>
    <message>
        <location filename="../ui/log/changetable.cpp" line="15"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../ui/log/changetable.cpp" line="45"/>
        <source>(portfolio)</source>
        <translation>(포트폴리오)</translation>
    </message>
</context>
<context>
    <name>mlp::ui::ChartHeader</name>
    <message>
        <location filename="../ui/chart/chartheader.cpp" line="70"/>
        <source>Wheel: zoom · drag an empty spot or with the middle button: pan · right-click: more</source>
        <translation>휠: 확대/축소 · 빈 곳이나 가운데 버튼으로 드래그: 화면 이동 · 오른쪽 클릭: 더 보기</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartheader.cpp" line="88"/>
        <source>Zoom %1 %</source>
        <translation>확대 %1%</translation>
    </message>
</context>
<context>
    <name>mlp::ui::ChartStyle</name>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="78"/>
        <source>Colour: archetype</source>
        <translation>색상: 아키타입</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="79"/>
        <source>Colour: stage</source>
        <translation>색상: 단계</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="114"/>
        <source>every idea</source>
        <translation>모든 아이디어</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="119"/>
        <source>cost &lt; ×%1 or no accuracy target</source>
        <translation>비용 &lt; ×%1 또는 정확도 목표 없음</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="121"/>
        <location filename="../ui/chart/chartstyle.cpp" line="123"/>
        <source>cost ×%1–%2</source>
        <translation>비용 ×%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="125"/>
        <source>cost ≥ ×%1</source>
        <translation>비용 ≥ ×%1</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="131"/>
        <source>one rater</source>
        <translation>평가자 1명</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="133"/>
        <source>raters agree (spread &lt; 1)</source>
        <translation>평가자 의견 일치 (편차 &lt; 1)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="135"/>
        <source>spread 1–3</source>
        <translation>편차 1–3</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="137"/>
        <source>spread ≥ 3</source>
        <translation>편차 ≥ 3</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="147"/>
        <source>Size: uniform</source>
        <translation>크기: 균일</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="149"/>
        <source>Size: estimated cost (accuracy requirement)</source>
        <translation>크기: 예상 비용 (정확도 요구 사항)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartstyle.cpp" line="151"/>
        <source>Size: disagreement between raters</source>
        <translation>크기: 평가자 간 의견 차이</translation>
    </message>
</context>
<context>
    <name>mlp::ui::ConflictDialog</name>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="24"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="45"/>
        <source>Remove an Idea Someone Changed?</source>
        <translation>다른 사람이 변경한 아이디어를 제거할까요?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="46"/>
        <source>Undo Over Someone Else&apos;s Change?</source>
        <translation>다른 사람의 변경을 덮어쓰고 실행 취소할까요?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="47"/>
        <source>Someone Else Changed the Same Field</source>
        <translation>다른 사람이 같은 항목을 변경했습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/conflictdialog.cpp" line="53"/>
        <source>Since your step, someone else changed %n of the fields of &lt;b&gt;%1&lt;/b&gt;. Undoing it now removes the idea, their changes with it.</source>
        <translation>
            <numerusform>이 단계 이후 다른 사람이 &lt;b&gt;%1&lt;/b&gt;의 항목 %n개를 변경했습니다. 지금 실행 취소하면 아이디어가 그 변경과 함께 제거됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/conflictdialog.cpp" line="58"/>
        <source>Since your change of &lt;b&gt;%1&lt;/b&gt;, someone else changed %n of the fields that undo would take back. Undoing now would replace their value with yours.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;을(를) 변경한 뒤 다른 사람이 실행 취소로 되돌릴 항목 중 %n개를 변경했습니다. 지금 실행 취소하면 그 사람의 값이 내 값으로 바뀝니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/conflictdialog.cpp" line="64"/>
        <source>Since you loaded &lt;b&gt;%1&lt;/b&gt;, someone else changed %n of the fields you changed, to another value. Nothing of your change is saved yet: choose which values to keep.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;을(를) 불러온 뒤 다른 사람이 내가 변경한 항목 중 %n개를 다른 값으로 변경했습니다. 내 변경은 아직 저장되지 않았습니다: 어느 값을 유지할지 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="76"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="76"/>
        <source>Theirs (saved now)</source>
        <translation>상대방 값 (현재 저장됨)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="77"/>
        <source>As your step left it</source>
        <translation>내 단계 직후 값</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="78"/>
        <source>Undo restores</source>
        <translation>실행 취소 시 복원되는 값</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="79"/>
        <source>Yours</source>
        <translation>내 값</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="83"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="96"/>
        <source>%1
Changed by %2</source>
        <translation>%1
변경한 사람: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="109"/>
        <source>Keep the idea: this step is not undone and leaves the undo list. Remove anyway: the idea is removed, on record in the change log under your name.</source>
        <translation>아이디어 유지: 이 단계는 실행 취소되지 않고 실행 취소 목록에서 빠집니다. 그래도 제거: 아이디어가 제거되며, 변경 기록에 내 이름으로 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="112"/>
        <source>Keep their value: this step is not undone and leaves the undo list. Undo anyway: your earlier value replaces theirs, and the change log records it under your name.</source>
        <translation>상대방 값 유지: 이 단계는 실행 취소되지 않고 실행 취소 목록에서 빠집니다. 그래도 실행 취소: 내 이전 값이 상대방 값을 대신하며, 변경 기록에 내 이름으로 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="115"/>
        <source>Keep theirs: your change is dropped. Apply mine: your values replace theirs in these fields (their other changes stay), and the change log records it under your name.</source>
        <translation>상대방 값 유지: 내 변경은 버려집니다. 내 값 적용: 이 항목들에서 내 값이 상대방 값을 대신하며(상대방의 다른 변경은 유지), 변경 기록에 내 이름으로 남습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="122"/>
        <source>Keep the Idea</source>
        <translation>아이디어 유지</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="123"/>
        <source>Keep Their Value</source>
        <translation>상대방 값 유지</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="124"/>
        <source>Keep Theirs</source>
        <translation>상대방 값 유지</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="127"/>
        <source>Remove Anyway</source>
        <translation>그래도 제거</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="128"/>
        <source>Undo Anyway</source>
        <translation>그래도 실행 취소</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="129"/>
        <source>Apply Mine Over Theirs</source>
        <translation>내 값으로 덮어쓰기</translation>
    </message>
</context>
<context>
    <name>mlp::ui::CumulativeFlowChart</name>
    <message>
        <location filename="../ui/flow/cumulativeflowchart.cpp" line="61"/>
        <source>projects</source>
        <translation>프로젝트</translation>
    </message>
</context>
<context>
    <name>mlp::ui::Document</name>
    <message>
        <location filename="../ui/document/document.cpp" line="164"/>
        <source>The last change is still being saved to %1; nothing else was changed. Try again once it is saved.</source>
        <translation>직전 변경을 아직 %1에 저장하는 중이라 다른 것은 바꾸지 않았습니다. 저장이 끝나면 다시 해 보세요.</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="183"/>
        <location filename="../ui/document/document.cpp" line="312"/>
        <location filename="../ui/document/document.cpp" line="362"/>
        <location filename="../ui/document/document.cpp" line="389"/>
        <location filename="../ui/document/document.cpp" line="506"/>
        <location filename="../ui/document/documentrefresh.cpp" line="17"/>
        <source>No portfolio is open.</source>
        <translation>열린 포트폴리오가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="191"/>
        <source>Add “%1”</source>
        <translation>“%1” 추가</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="198"/>
        <location filename="../ui/document/document.cpp" line="224"/>
        <location filename="../ui/document/document.cpp" line="238"/>
        <location filename="../ui/document/document.cpp" line="253"/>
        <location filename="../ui/document/document.cpp" line="266"/>
        <location filename="../ui/document/document.cpp" line="427"/>
        <source>The idea no longer exists.</source>
        <translation>아이디어가 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="215"/>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/document/document.cpp" line="216"/>
        <source>Delete %n ideas</source>
        <translation>
            <numerusform>아이디어 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="227"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="231"/>
        <source>Duplicate “%1”</source>
        <translation>“%1” 복제</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="246"/>
        <source>Place “%1” by hand</source>
        <translation>“%1” 직접 배치</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="259"/>
        <source>Clear manual placement of “%1”</source>
        <translation>“%1”의 수동 배치 해제</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="273"/>
        <source>Move “%1” to %2</source>
        <translation>“%1”을(를) %2(으)로 이동</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="288"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="294"/>
        <source>The selected projects are already in %1.</source>
        <translation>선택한 프로젝트가 이미 %1 단계에 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="296"/>
        <source>Move %1 projects to %2</source>
        <translation>프로젝트 %1개를 %2(으)로 이동</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="367"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="377"/>
        <source>%1 is neither a JSON nor a CSV file.</source>
        <translation>%1은(는) JSON 파일도 CSV 파일도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="383"/>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/document/document.cpp" line="501"/>
        <source>%1 is open read-only: nothing in it can be changed here. To edit it, open a copy (File ▸ Save a Copy As) or ask whoever may change it.</source>
        <translation>%1이(가) 읽기 전용으로 열려 있어 여기서는 아무것도 변경할 수 없습니다. 편집하려면 사본을 열거나 (파일 ▸ 사본으로 저장) 변경 권한이 있는 사람에게 요청하세요.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentchange.cpp" line="87"/>
        <source>the portfolio&apos;s settings</source>
        <translation>포트폴리오 설정</translation>
    </message>
    <message>
        <location filename="../ui/document/documentchange.cpp" line="94"/>
        <source>%1
Only part of this step was made; the portfolio shows what is stored now.</source>
        <translation>%1
이 단계는 일부만 반영되었습니다. 포트폴리오에는 현재 저장된 내용이 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/document/documentchange.cpp" line="99"/>
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/documentchange.cpp" line="100"/>
        <source>Colleagues&apos; Changes Kept</source>
        <translation>동료의 변경 유지됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/document/documentchange.cpp" line="101"/>
        <source>Someone else changed %n of the ideas this step would change since, so they stay as that person left them: %1. Every other idea of the step was changed, and ideas others added meanwhile are kept.</source>
        <translation>
            <numerusform>이 단계가 변경할 아이디어 중 %n개를 그 사이 다른 사람이 변경했으므로 그 사람이 남긴 그대로 둡니다: %1. 이 단계의 나머지 아이디어는 모두 변경되었고, 그 사이 다른 사람이 추가한 아이디어는 유지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/documentconflict.cpp" line="48"/>
        <source>&quot;%1&quot; was not put back: its number %2 now belongs to &quot;%3&quot;, added by someone else since. Nothing was changed; add it again as a new idea if it is still wanted.</source>
        <translation>&quot;%1&quot;을(를) 되돌려 놓지 않았습니다: 번호 %2은(는) 그 사이 다른 사람이 추가한 &quot;%3&quot;의 번호가 되었습니다. 아무것도 바뀌지 않았습니다. 여전히 필요하면 새 아이디어로 다시 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentconflict.cpp" line="162"/>
        <source>Not undone: you kept the values someone else saved since.</source>
        <translation>실행 취소하지 않음: 그 사이 다른 사람이 저장한 값을 유지했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/document/documentconflict.cpp" line="163"/>
        <source>Not saved: you kept the values someone else saved since.</source>
        <translation>저장하지 않음: 그 사이 다른 사람이 저장한 값을 유지했습니다.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::FlowStyle</name>
    <message>
        <location filename="../ui/flow/flowstyle.cpp" line="40"/>
        <source>0 days</source>
        <translation>0일</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowstyle.cpp" line="40"/>
        <source>under a day</source>
        <translation>1일 미만</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowstyle.cpp" line="46"/>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowstyle.cpp" line="47"/>
        <location filename="../ui/flow/flowstyle.cpp" line="50"/>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
</context>
<context>
    <name>mlp::ui::FlowView</name>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="73"/>
        <source>Show shipped and shelved</source>
        <translation>출시·보류됨 표시</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="76"/>
        <source>Stack the shipped and shelved projects under the active ones in the cumulative flow</source>
        <translation>누적 흐름에서 출시된 프로젝트와 보류된 프로젝트를 진행 중인 프로젝트 아래에 쌓아 표시</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="112"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="112"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="112"/>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="112"/>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="112"/>
        <source>85% within</source>
        <translation>85% 이내</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="113"/>
        <source>Active projects in the stage now</source>
        <translation>현재 이 단계에 있는 진행 중 프로젝트</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="115"/>
        <source>Every stay in the stage, a return counting again</source>
        <translation>이 단계의 모든 체류 (다시 돌아오면 한 번 더 셈)</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="117"/>
        <source>Half the finished stays in the stage ended within this time</source>
        <translation>이 단계의 끝난 체류 중 절반이 이 시간 안에 끝남</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="119"/>
        <source>85% of the finished stays in the stage ended within this time</source>
        <translation>이 단계의 끝난 체류 중 85%가 이 시간 안에 끝남</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="135"/>
        <source>Projects in each stage over time</source>
        <translation>시간에 따른 단계별 프로젝트 수</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="136"/>
        <source>Time in each stage, over finished stays</source>
        <translation>단계별 머문 시간 (끝난 체류 기준)</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="141"/>
        <source>Stages now</source>
        <translation>현재 단계 현황</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="142"/>
        <source>Backward moves and their reasons</source>
        <translation>역방향 이동과 사유</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="196"/>
        <source>This portfolio has no projects yet. Once projects move through the stages, where they get stuck shows here.</source>
        <translation>이 포트폴리오에는 아직 프로젝트가 없습니다. 프로젝트가 단계를 거쳐 이동하면 어디서 막히는지 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="198"/>
        <source>Open or create a portfolio to see how its projects flow through the stages.</source>
        <translation>포트폴리오를 열거나 만들면 프로젝트가 단계를 어떻게 거쳐 가는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="208"/>
        <source>No moves recorded yet. The flow over time shows here once the projects have dates.</source>
        <translation>아직 기록된 이동이 없습니다. 프로젝트에 날짜가 생기면 시간에 따른 흐름이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="278"/>
        <source>%1 active, %2 shipped, %3 shelved.</source>
        <translation>진행 중 %1개, 출시 %2개, 보류 %3개.</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="285"/>
        <source>No moves recorded yet.</source>
        <translation>아직 기록된 이동이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="287"/>
        <source>1 move recorded, backward.</source>
        <translation>기록된 이동 1회, 역방향.</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="288"/>
        <source>1 move recorded, forward.</source>
        <translation>기록된 이동 1회, 정방향.</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="291"/>
        <source>%1 moves recorded, %2 of them backward.</source>
        <translation>기록된 이동 %1회 중 역방향 이동 %2회.</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="221"/>
        <source>No project has left a stage yet, so there is no time in a stage to compare.</source>
        <translation>아직 단계를 벗어난 프로젝트가 없어 비교할 단계별 머문 시간이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/flow/flowview.cpp" line="232"/>
        <source>No backward moves yet: no project has gone back to an earlier stage.</source>
        <translation>아직 역방향 이동이 없습니다: 앞 단계로 되돌아간 프로젝트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::IdeaEditor</name>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="147"/>
        <source>Select an idea in the table or on the chart to see and edit it here.</source>
        <translation>표나 차트에서 아이디어를 선택하면 여기서 보고 편집할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="185"/>
        <source>Name of the idea</source>
        <translation>아이디어 이름</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="195"/>
        <source>Rename idea</source>
        <translation>아이디어 이름 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="218"/>
        <source>Idea</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="219"/>
        <source>Idea: the description, owner and archetype, the key questions and the flywheel check</source>
        <translation>아이디어: 설명, 담당자, 아키타입, 핵심 질문, 플라이휠 점검</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="220"/>
        <source>Scoring</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="221"/>
        <source>Scoring: each rater&apos;s answers to the scoring questions</source>
        <translation>점수: 점수 질문에 대한 평가자별 답변</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="222"/>
        <source>Why here</source>
        <translation>위치 근거</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="223"/>
        <source>Why here: what places the idea where it is on the chart</source>
        <translation>위치 근거: 아이디어가 차트에서 지금 위치에 놓인 이유</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="224"/>
        <source>Lifecycle</source>
        <translation>라이프사이클</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="225"/>
        <source>Lifecycle: the stage, the feasibility checklist and every move so far</source>
        <translation>라이프사이클: 단계, 실현 가능성 체크리스트, 지금까지의 모든 이동</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="226"/>
        <location filename="../ui/editor/metricstab.cpp" line="102"/>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="227"/>
        <source>Metrics: what the project measures, the one number and the models&apos; results</source>
        <translation>지표: 프로젝트가 측정하는 항목, 하나의 숫자, 모델 결과</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="229"/>
        <source>Baselines: what the models are compared with, from requirement to human level</source>
        <translation>베이스라인: 모델의 비교 대상 (요구 사항부터 사람 수준까지)</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="230"/>
        <source>Readiness</source>
        <translation>준비도</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="231"/>
        <source>Readiness: the ML Test Score checklist before deploying</source>
        <translation>준비도: 배포 전 ML Test Score 체크리스트</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="232"/>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="233"/>
        <source>History: every recorded change of the idea, who made it and when</source>
        <translation>이력: 이 아이디어에 대해 기록된 모든 변경과 변경자 및 시각</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="349"/>
        <source>Your login “%1” may change only its own answers here, in the Scoring tab; the rest is shown read-only.</source>
        <translation>로그인 “%1”은(는) 여기서 점수 탭의 자기 답변만 변경할 수 있습니다. 나머지는 읽기 전용으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="45"/>
        <source>What the project would do and for whom</source>
        <translation>프로젝트가 무엇을 누구를 위해 하는지</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="55"/>
        <source>Change owner</source>
        <translation>담당자 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="65"/>
        <source>Change archetype</source>
        <translation>아키타입 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="67"/>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="68"/>
        <source>Owner:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="69"/>
        <source>Archetype:</source>
        <translation>아키타입:</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="31"/>
        <source>Key questions for this archetype</source>
        <translation>이 아키타입의 핵심 질문</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="75"/>
        <source>Data flywheel check</source>
        <translation>데이터 플라이휠 점검</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="81"/>
        <source>Unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="82"/>
        <location filename="../ui/editor/lifecycletab.cpp" line="131"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="83"/>
        <location filename="../ui/editor/lifecycletab.cpp" line="132"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="88"/>
        <source>Answer the flywheel check</source>
        <translation>플라이휠 점검 답변</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="113"/>
        <source>Your answer</source>
        <translation>내 답변</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="56"/>
        <source>Whose answers you are editing</source>
        <translation>답변을 편집 중인 평가자</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="68"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="70"/>
        <source>Add a person who scores this idea</source>
        <translation>이 아이디어를 평가할 사람 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="78"/>
        <source>Add Rater</source>
        <translation>평가자 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="78"/>
        <source>Name of the rater:</source>
        <translation>평가자 이름:</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="82"/>
        <source>Rename…</source>
        <translation>이름 변경…</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="89"/>
        <source>Rename Rater</source>
        <translation>평가자 이름 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="89"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="93"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="100"/>
        <source>Remove Rater</source>
        <translation>평가자 제거</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="101"/>
        <source>Remove %1 and all of their answers?</source>
        <translation>%1 평가자와 그 답변을 모두 제거할까요?</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="61"/>
        <source>Rater:</source>
        <translation>평가자:</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="124"/>
        <source>%1
Unanswered questions are left out, not counted as zero.</source>
        <translation>%1
답하지 않은 질문은 0점으로 세지 않고 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="156"/>
        <source>for example %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="157"/>
        <source>A fraction between 0 and 1, such as %1; press Enter to record it</source>
        <translation>0과 1 사이의 소수 (예: %1). Enter를 누르면 기록됩니다</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="130"/>
        <source>Unanswered</source>
        <translation>답하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="411"/>
        <source>%1 %2 (%3–%4)</source>
        <translation>%1 %2 (%3–%4)</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="71"/>
        <location filename="../ui/editor/baselinestab.cpp" line="375"/>
        <location filename="../ui/editor/scoringtab.cpp" line="412"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="80"/>
        <source>%1 short</source>
        <translation>%1 부족</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="82"/>
        <source>meets it</source>
        <translation>충족</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="83"/>
        <source>%1 beyond</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="93"/>
        <source>model %1 better</source>
        <translation>모델이 %1 더 좋음</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="95"/>
        <source>level</source>
        <translation>동일</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="96"/>
        <source>model %1 behind</source>
        <translation>모델이 %1 뒤처짐</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="106"/>
        <source>The best model, &lt;b&gt;%1&lt;/b&gt; (%2),</source>
        <translation>최고 모델 &lt;b&gt;%1&lt;/b&gt; (%2)은(는)</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="111"/>
        <source>%1 meets the target.</source>
        <translation>%1 목표를 충족합니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="114"/>
        <source>%1 is at or above the best baseline, %2, but short of the target. Near or above a baseline, watch for overfitting.</source>
        <translation>%1 최고 베이스라인(%2) 이상이지만 목표에는 미치지 못합니다. 베이스라인에 가깝거나 그보다 높다면 과적합에 주의하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="120"/>
        <source>%1 is below the best baseline, %2: the model underfits. Concentrate data collection where it falls furthest below.</source>
        <translation>%1 최고 베이스라인(%2)보다 낮습니다: 모델이 과소적합 상태입니다. 가장 크게 못 미치는 부분에 데이터 수집을 집중하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="139"/>
        <source>A baseline is a lower bound on expected performance: the tighter, the more useful. The harder a human baseline is to get, the more it tends to be worth.</source>
        <translation>베이스라인은 기대 성능의 하한입니다: 하한이 촘촘할수록 더 유용합니다. 사람 베이스라인은 얻기 어려울수록 가치가 큰 경우가 많습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="149"/>
        <source>Choose the baseline metric</source>
        <translation>베이스라인 지표 선택</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="152"/>
        <source>Measured on:</source>
        <translation>측정 지표:</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="165"/>
        <source>The ladder</source>
        <translation>사다리</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="178"/>
        <location filename="../ui/editor/ideaeditor.cpp" line="228"/>
        <source>Baselines</source>
        <translation>베이스라인</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="182"/>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="182"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="182"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="182"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="183"/>
        <source>Fair comparison</source>
        <translation>공정한 비교</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="183"/>
        <source>Gap to target</source>
        <translation>목표와의 차이</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="184"/>
        <source>Best model</source>
        <translation>최고 모델</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="186"/>
        <source>Published results: tick once you have checked the comparison is fair. Your data may be harder.</source>
        <translation>공개된 결과: 비교가 공정한지 확인한 후 체크하세요. 내 데이터가 더 어려울 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="198"/>
        <source>Add baseline</source>
        <translation>베이스라인 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="201"/>
        <source>Remove baseline</source>
        <translation>베이스라인 제거</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="222"/>
        <source>Define the project&apos;s metrics on the Metrics tab first.</source>
        <translation>먼저 지표 탭에서 프로젝트의 지표를 정의하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="224"/>
        <source>Choose the metric every baseline is measured on.</source>
        <translation>모든 베이스라인을 측정할 지표를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="237"/>
        <source>“%1” is a published result not marked as a fair comparison: your data may be harder. It stays out of the lower bound until you check the comparison and tick “Fair comparison”.</source>
        <translation>“%1”은(는) 공정한 비교로 표시되지 않은 공개된 결과입니다: 내 데이터가 더 어려울 수 있습니다. 비교를 확인하고 “공정한 비교”에 체크하기 전까지는 하한에 포함되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="280"/>
        <source>the target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="293"/>
        <source>Change the kind of a baseline</source>
        <translation>베이스라인 종류 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="332"/>
        <source>Rename baseline “%1”</source>
        <translation>베이스라인 “%1” 이름 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="336"/>
        <source>Change the source of “%1”</source>
        <translation>“%1”의 출처 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="343"/>
        <source>“%1” is not a number: type the baseline&apos;s value on the chosen metric, such as 0.85.</source>
        <translation>“%1”은(는) 숫자가 아닙니다: 선택한 지표에 대한 베이스라인 값을 0.85처럼 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="349"/>
        <source>Change the value of “%1”</source>
        <translation>“%1”의 값 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="355"/>
        <source>Mark “%1” as a fair comparison</source>
        <translation>“%1”을(를) 공정한 비교로 표시</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="356"/>
        <source>Mark “%1” as not checked</source>
        <translation>“%1”을(를) 확인 안 함으로 표시</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="376"/>
        <source>Add baseline “%1”</source>
        <translation>베이스라인 “%1” 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="387"/>
        <source>Select the baseline to remove in the table first.</source>
        <translation>먼저 표에서 제거할 베이스라인을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/baselinestab.cpp" line="391"/>
        <source>Remove baseline “%1”</source>
        <translation>베이스라인 “%1” 제거</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="150"/>
        <source>Required accuracy:</source>
        <translation>요구 정확도:</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="285"/>
        <location filename="../ui/editor/scoringtab.cpp" line="308"/>
        <source>Change accuracy requirement</source>
        <translation>정확도 요구 사항 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/explanationtab.cpp" line="24"/>
        <source>Clear Override</source>
        <translation>수동 지정 해제</translation>
    </message>
    <message>
        <location filename="../ui/editor/explanationtab.cpp" line="26"/>
        <source>Go back to the position computed from the answers</source>
        <translation>답변으로 계산한 위치로 되돌리기</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="88"/>
        <source>Move…</source>
        <translation>이동…</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="90"/>
        <source>Move the project to another stage</source>
        <translation>프로젝트를 다른 단계로 이동</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="106"/>
        <location filename="../ui/editor/lifecycletab.cpp" line="247"/>
        <source>Why it was shelved</source>
        <translation>보류된 이유</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="117"/>
        <source>Outcome:</source>
        <translation>결과:</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="118"/>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="124"/>
        <source>Feasibility checklist (before leaving Planning)</source>
        <translation>실현 가능성 체크리스트 (기획 단계를 벗어나기 전)</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="138"/>
        <source>Answer the feasibility checklist</source>
        <translation>실현 가능성 체크리스트 답변</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="79"/>
        <source>History:</source>
        <translation>이력:</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="72"/>
        <source>Time in each stage</source>
        <translation>단계별 머문 시간</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="161"/>
        <source>When</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="161"/>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="161"/>
        <source>Who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="209"/>
        <source>Add rater %1</source>
        <translation>평가자 %1 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="217"/>
        <source>Rename rater</source>
        <translation>평가자 이름 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="225"/>
        <source>Remove rater</source>
        <translation>평가자 제거</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="132"/>
        <source>Change description</source>
        <translation>설명 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="148"/>
        <source>Answer a key question</source>
        <translation>핵심 질문 답변</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="301"/>
        <source>“%1” is not an accuracy requirement: type a fraction greater than 0 and less than 1, such as %2 for 99 %.</source>
        <translation>“%1”은(는) 정확도 요구 사항이 아닙니다: 0보다 크고 1보다 작은 소수를 입력하세요 (예: 99%는 %2).</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="200"/>
        <source>Me</source>
        <translation>나</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="258"/>
        <source>Answer “%1”</source>
        <translation>“%1” 답변</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="205"/>
        <source>Why is it shelved? Type the reason and press Enter</source>
        <translation>보류한 이유를 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="228"/>
        <source>Change outcome</source>
        <translation>결과 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideaeditor.cpp" line="365"/>
        <source>Rank %1 of %2 · &lt;b&gt;%3&lt;/b&gt; · impact %4 · feasibility %5 · %6 % scored</source>
        <translation>%2개 중 %1위 · &lt;b&gt;%3&lt;/b&gt; · 임팩트 %4 · 실현 가능성 %5 · %6% 응답</translation>
    </message>
    <message>
        <location filename="../ui/editor/ideatab.cpp" line="163"/>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Examples:&lt;/i&gt; %2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Where it sits:&lt;/i&gt; %3&lt;br&gt;&lt;i&gt;Lever:&lt;/i&gt; %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;예시:&lt;/i&gt; %2&lt;/p&gt;&lt;p&gt;&lt;i&gt;위치:&lt;/i&gt; %3&lt;br&gt;&lt;i&gt;레버:&lt;/i&gt; %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="135"/>
        <location filename="../ui/editor/scoringtab.cpp" line="376"/>
        <location filename="../ui/editor/scoringtab.cpp" line="394"/>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="344"/>
        <source>Your login “%1” may not rename raters: a rater&apos;s name is the login whose answers they are.</source>
        <translation>로그인 “%1”은(는) 평가자 이름을 바꿀 수 없습니다: 평가자 이름은 그 답변의 주인인 로그인입니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="357"/>
        <source>You are a rater of this idea already.</source>
        <translation>이미 이 아이디어의 평가자입니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="376"/>
        <location filename="../ui/editor/scoringtab.cpp" line="394"/>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="379"/>
        <source>No one has scored this idea yet. Your first answer adds you as a rater.</source>
        <translation>아직 이 아이디어를 평가한 사람이 없습니다. 처음 답하면 평가자로 추가됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="381"/>
        <source>One rater. Add more to see where people disagree.</source>
        <translation>평가자 1명. 평가자를 더 추가하면 의견이 갈리는 지점을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="384"/>
        <source>%1 raters, combined by %2. Spread between raters: impact %3, feasibility %4.</source>
        <translation>평가자 %1명, %2 방식으로 결합. 평가자 간 편차: 임팩트 %3, 실현 가능성 %4.</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="416"/>
        <source>The %1 of all raters&apos; answers, and how far apart they are</source>
        <translation>모든 평가자 답변의 %1과 그 편차</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="436"/>
        <source>Implied cost factor ×%1 — an assumption, not the course&apos;s: base %2 raised to the %3 “nines” of %4 (−log₁₀(1 − a)). Change the base in Portfolio ▸ Settings.</source>
        <translation>암묵적 비용 계수 ×%1 — 강의가 아닌 우리의 가정: 기준값 %2을(를) %4의 “나인(9)” 개수 %3만큼 거듭제곱 (−log₁₀(1 − a)). 기준값은 포트폴리오 ▸ 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/scoringtab.cpp" line="443"/>
        <source>No accuracy requirement set: the cost factor is not estimated.</source>
        <translation>정확도 요구 사항이 설정되지 않아 비용 계수를 추정하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/explanationtab.cpp" line="51"/>
        <source>impact %1</source>
        <translation>임팩트 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/explanationtab.cpp" line="53"/>
        <source>feasibility %1</source>
        <translation>실현 가능성 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/explanationtab.cpp" line="54"/>
        <source>&lt;b&gt;Placed by hand:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;직접 배치함:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <location filename="../ui/editor/explanationtab.cpp" line="56"/>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/explanationtab.cpp" line="59"/>
        <source>The position comes from the answers. Drag the point on the chart to place it by hand.</source>
        <translation>위치는 답변으로 계산됩니다. 차트에서 점을 끌어 직접 배치할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="236"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (stage %2 of 4) since %3. Backward moves so far: %4.</source>
        <translation>%3부터 &lt;b&gt;%1&lt;/b&gt; (4단계 중 %2단계). 지금까지 역방향 이동: %4회.</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="262"/>
        <location filename="../ui/editor/lifecycletab.cpp" line="265"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/lifecycletab.cpp" line="280"/>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="40"/>
        <source>Higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="41"/>
        <source>Higher</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="42"/>
        <source>Lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="43"/>
        <source>Lower</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="65"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is out: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 제외: %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="72"/>
        <source>%1. &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>%1. &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="76"/>
        <source>No model is in the ranking yet.</source>
        <translation>아직 순위에 오른 모델이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="77"/>
        <source>Ranking: %1</source>
        <translation>순위: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="92"/>
        <source>Model work goes best with one number. Name what matters, then say how it becomes one number; expect the rule to change as the project learns.</source>
        <translation>모델 작업은 숫자 하나로 평가할 때 가장 잘 진행됩니다. 중요한 것을 정한 다음, 그것을 숫자 하나로 만드는 방법을 정하세요. 프로젝트에서 알게 되는 것이 늘어나면 규칙도 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="108"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="109"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="110"/>
        <source>Better</source>
        <translation>좋은 방향</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="111"/>
        <source>Which way is better: higher values or lower ones</source>
        <translation>좋은 방향: 값이 높을수록 좋은지, 낮을수록 좋은지</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="112"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="113"/>
        <source>The metric&apos;s weight in the weighted average</source>
        <translation>가중 평균에서 이 지표의 가중치</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="114"/>
        <source>Bound</source>
        <translation>경계값</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="115"/>
        <source>The acceptable limit: the most a lower-is-better metric may be, the least a higher-is-better one may be. Leave it empty for no bound.</source>
        <translation>허용 한계: 낮을수록 좋은 지표는 최댓값, 높을수록 좋은 지표는 최솟값입니다. 경계값을 두지 않으려면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="125"/>
        <source>Add metric</source>
        <translation>지표 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="128"/>
        <source>Remove metric</source>
        <translation>지표 제거</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="140"/>
        <location filename="../ui/editor/metricstab.cpp" line="360"/>
        <source>One number</source>
        <translation>하나의 숫자</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="147"/>
        <source>Weighted average</source>
        <translation>가중 평균</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="148"/>
        <source>Threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="149"/>
        <source>Threshold: bound the others, optimize one</source>
        <translation>임계값: 나머지는 경계값으로 제한하고 하나를 최적화</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="150"/>
        <source>Formula</source>
        <translation>수식</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="151"/>
        <source>A formula over the metrics&apos; names</source>
        <translation>지표 이름으로 이루어진 수식</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="153"/>
        <source>Change how metrics combine</source>
        <translation>지표 결합 방식 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="154"/>
        <source>Combine by:</source>
        <translation>결합 방식:</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="163"/>
        <source>Choose the metric to optimize</source>
        <translation>최적화할 지표 선택</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="164"/>
        <source>Optimize:</source>
        <translation>최적화:</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="175"/>
        <source>e.g. accuracy - 0.001 * latency</source>
        <translation>예: accuracy - 0.001 * latency</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="179"/>
        <source>Edit the formula</source>
        <translation>수식 편집</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="185"/>
        <source>Change which way the formula is better</source>
        <translation>수식의 좋은 방향 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="210"/>
        <source>Model results</source>
        <translation>모델 결과</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="223"/>
        <source>Add model</source>
        <translation>모델 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="226"/>
        <source>Remove model</source>
        <translation>모델 제거</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="272"/>
        <source>Change which way “%1” is better</source>
        <translation>“%1”의 좋은 방향 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="313"/>
        <source>Each metric is scaled from the worst to the best model (which way is better taken into account) and averaged with the weights; the highest average wins.</source>
        <translation>각 지표는 가장 나쁜 모델부터 가장 좋은 모델까지의 범위로 스케일링되고(좋은 방향 반영) 가중치로 평균됩니다. 평균이 가장 높은 모델이 선택됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="318"/>
        <source>A model that misses the bound of any other metric is out; among the rest the best value of the optimized metric wins. Bound the metrics least sensitive to the choice of model.</source>
        <translation>다른 지표 중 하나라도 경계값을 충족하지 못하는 모델은 제외되고, 나머지 중 최적화 지표 값이 가장 좋은 모델이 선택됩니다. 모델 선택에 가장 덜 민감한 지표에 경계값을 두세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="325"/>
        <source>Add metrics first: the formula uses their names.</source>
        <translation>먼저 지표를 추가하세요: 수식에서 지표 이름을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="326"/>
        <source>Names to use in the formula: %1.</source>
        <translation>수식에 사용할 이름: %1.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="354"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="358"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="361"/>
        <source>The one number the combine rule makes of the model&apos;s values</source>
        <translation>결합 규칙이 모델의 값들로 만드는 하나의 숫자</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="362"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="363"/>
        <source>The model&apos;s place in the ranking, or out when it misses a bound</source>
        <translation>모델의 순위 (경계값을 충족하지 못하면 제외)</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="364"/>
        <source>Misses</source>
        <translation>미충족</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="365"/>
        <source>The metrics whose bound the model misses</source>
        <translation>모델이 경계값을 충족하지 못한 지표</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="381"/>
        <source>out</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="394"/>
        <source>No ranking: %1</source>
        <translation>순위 없음: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="412"/>
        <source>A metric needs a name: type one, or remove the metric.</source>
        <translation>지표에는 이름이 필요합니다: 이름을 입력하거나 지표를 제거하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="425"/>
        <source>Rename metric “%1”</source>
        <translation>지표 “%1” 이름 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="429"/>
        <source>Change the unit of “%1”</source>
        <translation>“%1”의 단위 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="438"/>
        <source>“%1” is not a number: type the bound, such as 1.5, or leave it empty for no bound.</source>
        <translation>“%1”은(는) 숫자가 아닙니다: 1.5처럼 경계값을 입력하거나, 경계값을 두지 않으려면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="441"/>
        <source>“%1” is not a number: type a weight such as 1 or 0.5.</source>
        <translation>“%1”은(는) 숫자가 아닙니다: 1 또는 0.5처럼 가중치를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="445"/>
        <source>Change the bound of “%1”</source>
        <translation>“%1”의 경계값 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="446"/>
        <source>Change the weight of “%1”</source>
        <translation>“%1”의 가중치 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="472"/>
        <source>A model needs a name: type one, or remove the model.</source>
        <translation>모델에는 이름이 필요합니다: 이름을 입력하거나 모델을 제거하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="476"/>
        <source>Rename model “%1”</source>
        <translation>모델 “%1” 이름 변경</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="485"/>
        <source>“%1” is not a number: type the model&apos;s %2, such as 0.75, or leave the cell empty for no value.</source>
        <translation>“%1”은(는) 숫자가 아닙니다: 0.75처럼 모델의 %2 값을 입력하거나, 값이 없으면 셀을 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="491"/>
        <source>Enter %1 of “%2”</source>
        <translation>“%2”의 %1 입력</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="506"/>
        <source>metric %1</source>
        <translation>지표 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="507"/>
        <source>Add metric “%1”</source>
        <translation>지표 “%1” 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="516"/>
        <source>Select the metric to remove in the table first.</source>
        <translation>먼저 표에서 제거할 지표를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="520"/>
        <source>Remove metric “%1”</source>
        <translation>지표 “%1” 제거</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="538"/>
        <source>model %1</source>
        <translation>모델 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="539"/>
        <source>Add model “%1”</source>
        <translation>모델 “%1” 추가</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="548"/>
        <source>Select the model to remove in the table first.</source>
        <translation>먼저 표에서 제거할 모델을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/metricstab.cpp" line="552"/>
        <source>Remove model “%1”</source>
        <translation>모델 “%1” 제거</translation>
    </message>
    <message>
        <location filename="../ui/editor/historytab.cpp" line="40"/>
        <source>No change of this idea is on record yet. Changes are recorded from the first edit on (a file from an older version starts its record when it is first changed).</source>
        <translation>이 아이디어의 변경 기록이 아직 없습니다. 변경은 첫 편집부터 기록됩니다 (이전 버전에서 만든 파일은 처음 변경될 때부터 기록이 시작됩니다).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/historytab.cpp" line="44"/>
        <source>The newest %n changes, newest first. View ▸ Change Log shows them all.</source>
        <translation>
            <numerusform>최근 변경 %n개, 최신순. 보기 ▸ 변경 기록에서 모두 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/historytab.cpp" line="49"/>
        <source>%n change(s) on record, newest first.</source>
        <translation>
            <numerusform>기록된 변경 %n개, 최신순.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/editlock.cpp" line="20"/>
        <source>The portfolio is open for reading only: nothing can be changed here.</source>
        <translation>포트폴리오가 읽기 전용으로 열려 있습니다: 여기서는 아무것도 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editlock.cpp" line="96"/>
        <source>Your login “%1” may not change the ideas of this shared portfolio: the server refuses it. Ask the server&apos;s administrator for the editor role.</source>
        <translation>로그인 “%1”은(는) 이 공유 포트폴리오의 아이디어를 변경할 수 없습니다: 서버가 거부합니다. 서버 관리자에게 편집자 역할을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editlock.cpp" line="108"/>
        <source>These are the answers of “%1”: your login “%2” may change only its own, those of the rater named “%2”. Choose that rater, or add it.</source>
        <translation>“%1”의 답변입니다: 로그인 “%2”은(는) 자기 답변, 즉 “%2”라는 평가자의 답변만 변경할 수 있습니다. 그 평가자를 선택하거나 추가하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editlock.cpp" line="111"/>
        <source>Your login “%1” may not change raters&apos; answers in this shared portfolio: the server refuses it. Ask the server&apos;s administrator for the rater role.</source>
        <translation>로그인 “%1”은(는) 이 공유 포트폴리오에서 평가자 답변을 변경할 수 없습니다: 서버가 거부합니다. 서버 관리자에게 평가자 역할을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editlock.cpp" line="122"/>
        <source>Your login “%1” may not change the settings of this shared portfolio: the server refuses it. Ask the server&apos;s administrator for the owner role.</source>
        <translation>로그인 “%1”은(는) 이 공유 포트폴리오의 설정을 변경할 수 없습니다: 서버가 거부합니다. 서버 관리자에게 소유자 역할을 요청하세요.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::IdeasModel</name>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="147"/>
        <location filename="../ui/models/ideasmodel.cpp" line="150"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="155"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="199"/>
        <source>Shelved in %1</source>
        <translation>%1 단계에서 보류됨</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="200"/>
        <source>Shelved in %1: %2</source>
        <translation>%1 단계에서 보류됨: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="203"/>
        <source>Shipped from %1</source>
        <translation>%1 단계에서 출시됨</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="209"/>
        <source>Impact %1 and feasibility %2 against thresholds %3 and %4</source>
        <translation>임팩트 %1, 실현 가능성 %2 (임계값 %3 및 %4 기준)</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="213"/>
        <source>%1 of %2 questions answered; unanswered questions are left out, not counted as zero</source>
        <translation>질문 %2개 중 %1개 답변. 답하지 않은 질문은 0점으로 세지 않고 제외됩니다</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="235"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="237"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="239"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="241"/>
        <source>Archetype</source>
        <translation>아키타입</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="243"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="245"/>
        <source>Impact</source>
        <translation>임팩트</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="247"/>
        <source>Feasibility</source>
        <translation>실현 가능성</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="249"/>
        <source>Quadrant</source>
        <translation>사분면</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="251"/>
        <source>Scored</source>
        <translation>응답률</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="253"/>
        <source>Raters</source>
        <translation>평가자</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="261"/>
        <source>Rank by priority: the geometric mean of impact and feasibility</source>
        <translation>우선순위에 따른 순위: 임팩트와 실현 가능성의 기하 평균</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="263"/>
        <source>Impact on 0–10 (*: placed by hand on the chart)</source>
        <translation>0–10 기준 임팩트 (*: 차트에서 직접 배치함)</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="265"/>
        <source>Feasibility on 0–10 (*: placed by hand on the chart)</source>
        <translation>0–10 기준 실현 가능성 (*: 차트에서 직접 배치함)</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="267"/>
        <source>Share of the scoring questions answered</source>
        <translation>답변한 점수 질문의 비율</translation>
    </message>
    <message>
        <location filename="../ui/models/ideasmodel.cpp" line="269"/>
        <source>Number of people who scored the idea</source>
        <translation>아이디어를 평가한 사람 수</translation>
    </message>
</context>
<context>
    <name>mlp::ui::LifecycleBoard</name>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="71"/>
        <location filename="../ui/board/lifecycleboard.cpp" line="182"/>
        <source>Shipped and shelved</source>
        <translation>출시·보류됨</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="76"/>
        <source>Move to &amp;Next Stage</source>
        <translation>다음 단계로 이동(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="79"/>
        <location filename="../ui/board/lifecycleboard.cpp" line="273"/>
        <source>Move the selected projects one stage forward</source>
        <translation>선택한 프로젝트를 한 단계 앞으로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="81"/>
        <source>Move to &amp;Previous Stage…</source>
        <translation>이전 단계로 이동(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="84"/>
        <location filename="../ui/board/lifecycleboard.cpp" line="276"/>
        <source>Move the selected projects one stage back, with a reason</source>
        <translation>선택한 프로젝트를 이유와 함께 한 단계 뒤로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="143"/>
        <source>%1 in %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="173"/>
        <source>usually %1 · 85% within %2</source>
        <translation>보통 %1 · 85%는 %2 이내</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="176"/>
        <source>%1 stays in this stage, %2 of them finished: the median and 85th-percentile time are over the finished ones.</source>
        <translation>이 단계의 체류 %1번 중 %2번이 끝났습니다: 중앙값과 85번째 백분위 시간은 끝난 체류로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="328"/>
        <source>Deploying &amp; testing is the last stage: mark the project shipped when it is done.</source>
        <translation>배포 및 테스트가 마지막 단계입니다: 끝나면 프로젝트를 출시됨으로 표시하세요.</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="330"/>
        <source>Planning is the first stage.</source>
        <translation>기획이 첫 단계입니다.</translation>
    </message>
    <message>
        <location filename="../ui/board/lifecycleboard.cpp" line="341"/>
        <source>Move to Stage</source>
        <translation>단계로 이동</translation>
    </message>
</context>
<context>
    <name>mlp::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="212"/>
        <source>Cannot Save the Change</source>
        <translation>변경 사항을 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="79"/>
        <source>&amp;New Portfolio…</source>
        <translation>새 포트폴리오(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="79"/>
        <source>Create an empty portfolio file</source>
        <translation>빈 포트폴리오 파일 만들기</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="83"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="83"/>
        <source>Open a portfolio file</source>
        <translation>포트폴리오 파일 열기</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="87"/>
        <source>Open S&amp;hared Portfolio…</source>
        <translation>공유 포트폴리오 열기(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="88"/>
        <source>Open a portfolio the team shares on a PostgreSQL server</source>
        <translation>팀이 PostgreSQL 서버에서 공유하는 포트폴리오 열기</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="91"/>
        <source>Save a &amp;Copy As…</source>
        <translation>사본으로 저장(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="92"/>
        <source>Write a consistent copy of the portfolio to another file</source>
        <translation>포트폴리오의 일관된 사본을 다른 파일에 쓰기</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="97"/>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="98"/>
        <source>Import a JSON portfolio (replaces) or CSV ideas (merges)</source>
        <translation>JSON 포트폴리오 (대체) 또는 CSV 아이디어 (병합) 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="101"/>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="102"/>
        <source>Export the portfolio as JSON or the ideas as CSV</source>
        <translation>포트폴리오를 JSON으로, 또는 아이디어를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="105"/>
        <source>Export PDF &amp;Summary…</source>
        <translation>PDF 요약 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="106"/>
        <source>Write a PDF summary of the portfolio for stakeholders</source>
        <translation>이해관계자를 위한 포트폴리오 PDF 요약을 만듭니다</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="111"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="119"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="123"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="128"/>
        <source>&amp;Add Idea</source>
        <translation>아이디어 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="128"/>
        <source>Add a new idea to the portfolio</source>
        <translation>포트폴리오에 새 아이디어 추가</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="132"/>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="133"/>
        <source>Copy the selected idea with its answers as a new project</source>
        <translation>선택한 아이디어를 답변과 함께 새 프로젝트로 복사</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="137"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="138"/>
        <source>Delete the selected ideas (undo brings them back)</source>
        <translation>선택한 아이디어 삭제 (실행 취소로 되살릴 수 있음)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="145"/>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="148"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="149"/>
        <source>Weights, quadrant thresholds and names, and the cost curve</source>
        <translation>가중치, 사분면 임계값과 이름, 비용 곡선</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="155"/>
        <source>&amp;Move Stage…</source>
        <translation>단계 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="156"/>
        <source>Move the selected projects to another lifecycle stage</source>
        <translation>선택한 프로젝트를 다른 라이프사이클 단계로 이동</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="164"/>
        <source>Colour by &amp;Archetype</source>
        <translation>아키타입별 색상(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="164"/>
        <source>Colour by &amp;Stage</source>
        <translation>단계별 색상(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="172"/>
        <source>Same Size for All</source>
        <translation>모두 같은 크기</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="172"/>
        <source>Size by Estimated &amp;Cost</source>
        <translation>예상 비용별 크기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="173"/>
        <source>Size by Rater S&amp;pread</source>
        <translation>평가자 편차별 크기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="182"/>
        <source>&amp;Chart and Table</source>
        <translation>차트와 표(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="183"/>
        <source>Score and rank the ideas on the feasibility-versus-impact chart</source>
        <translation>실현 가능성 대 영향 차트에서 아이디어를 점수 매기고 순위를 정합니다</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="185"/>
        <source>Lifecycle &amp;Board</source>
        <translation>생애 주기 보드(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="186"/>
        <source>Follow the projects through the stages; drag a card to move it</source>
        <translation>단계별로 프로젝트를 따라갑니다; 카드를 끌어 옮기세요</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="188"/>
        <source>&amp;Flow Analytics</source>
        <translation>흐름 분석(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="189"/>
        <source>See where the projects get stuck: the flow through the stages, the time in each and the backward moves</source>
        <translation>프로젝트가 어디서 막히는지 확인합니다: 단계별 흐름, 단계별 머문 시간, 역방향 이동</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="192"/>
        <source>Change &amp;Log</source>
        <translation>변경 기록(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="193"/>
        <source>Every recorded change: who changed which field of which idea, when, from what to what</source>
        <translation>기록된 모든 변경: 누가 어느 아이디어의 어떤 필드를 언제, 무엇에서 무엇으로 바꿨는지</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="206"/>
        <source>&amp;About ML Planner</source>
        <translation>ML Planner 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="332"/>
        <source>Idea</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="340"/>
        <source>Show Idea &amp;Editor</source>
        <translation>아이디어 편집기 표시(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="202"/>
        <source>Show Ideas &amp;Table</source>
        <translation>아이디어 표 표시(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/window/filterbar.cpp" line="25"/>
        <source>Filter by name, owner or description</source>
        <translation>이름, 담당자, 설명으로 필터</translation>
    </message>
    <message>
        <location filename="../ui/window/filterbar.cpp" line="29"/>
        <source>All archetypes</source>
        <translation>모든 아키타입</translation>
    </message>
    <message>
        <location filename="../ui/window/filterbar.cpp" line="32"/>
        <source>All stages</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <location filename="../ui/window/filterbar.cpp" line="35"/>
        <source>All quadrants</source>
        <translation>모든 사분면</translation>
    </message>
    <message>
        <location filename="../ui/window/filterbar.cpp" line="36"/>
        <source>All outcomes</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="213"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="217"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="227"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="237"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="249"/>
        <source>&amp;Portfolio</source>
        <translation>포트폴리오(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="253"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="255"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="292"/>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="313"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../ui/window/windowactions.cpp" line="315"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="88"/>
        <location filename="../ui/window/mainwindowfiles.cpp" line="121"/>
        <location filename="../ui/window/mainwindowfiles.cpp" line="349"/>
        <source>Cannot Open Portfolio</source>
        <translation>포트폴리오를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="102"/>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="126"/>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="129"/>
        <source>Stopped opening %1: nothing was opened.</source>
        <translation>%1 열기를 중단했습니다: 아무것도 열리지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="176"/>
        <source>Waiting for %1 to answer…</source>
        <translation>%1의 응답을 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="211"/>
        <source>Cannot Create Portfolio</source>
        <translation>포트폴리오를 만들 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="228"/>
        <source>%1 is a whole portfolio: importing it replaces everything in %2 (%3), settings included. Undo brings the current portfolio back.

To add ideas to this portfolio instead, import a CSV file.</source>
        <translation>%1은(는) 포트폴리오 전체입니다: 가져오면 설정을 포함한 %2의 모든 내용 (%3)이 대체됩니다. 실행 취소로 현재 포트폴리오를 되돌릴 수 있습니다.

이 포트폴리오에 아이디어를 추가하려면 대신 CSV 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="233"/>
        <location filename="../ui/window/windowstatus.cpp" line="108"/>
        <location filename="../ui/window/windowstatus.cpp" line="111"/>
        <source>1 idea</source>
        <translation>아이디어 1개</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="233"/>
        <location filename="../ui/window/windowstatus.cpp" line="108"/>
        <location filename="../ui/window/windowstatus.cpp" line="111"/>
        <source>%1 ideas</source>
        <translation>아이디어 %1개</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="234"/>
        <source>Replace the Whole Portfolio?</source>
        <translation>포트폴리오 전체를 대체할까요?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="234"/>
        <source>Replace</source>
        <translation>대체</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="247"/>
        <source>Import Failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="252"/>
        <source>Imported %1: the portfolio was replaced.</source>
        <translation>%1을(를) 가져왔습니다: 포트폴리오가 대체되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="253"/>
        <source>Imported %1: merged into the portfolio (new ideas: %2).</source>
        <translation>%1을(를) 가져와 포트폴리오에 병합했습니다 (새 아이디어: %2개).</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="453"/>
        <source>%1 summary.pdf</source>
        <translation>%1 요약.pdf</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="57"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="109"/>
        <source>%1 of %2 shown</source>
        <translation>%2 중 %1개 표시</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="126"/>
        <source>%1 ideas selected</source>
        <translation>아이디어 %1개 선택됨</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="135"/>
        <source>Server unreachable</source>
        <translation>서버 연결 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="136"/>
        <source>Changes are refused until the server answers again; every change it acknowledged before is kept there.</source>
        <translation>서버가 다시 응답할 때까지 변경은 거부됩니다. 서버가 앞서 확인한 변경은 모두 서버에 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="147"/>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="148"/>
        <source>The server has not answered yet. The window takes clicks and keys again once it has kept the change or refused it.</source>
        <translation>서버가 아직 응답하지 않았습니다. 서버가 변경을 저장하거나 거부하면 창이 다시 클릭과 키 입력을 받습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="151"/>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="152"/>
        <source>The server has not answered yet. The window takes clicks and keys again once it has.</source>
        <translation>서버가 아직 응답하지 않았습니다. 응답이 오면 창이 다시 클릭과 키 입력을 받습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="164"/>
        <source>%1, shared on %2</source>
        <translation>%1, %2에서 공유됨</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="342"/>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="416"/>
        <source>Portfolio JSON or ideas CSV (*.json *.csv);;Whole portfolio, replaces the open one (*.json);;Ideas, merged into the open portfolio (*.csv)</source>
        <translation>포트폴리오 JSON 또는 아이디어 CSV (*.json *.csv);;포트폴리오 전체, 열린 포트폴리오를 대체 (*.json);;아이디어, 열린 포트폴리오에 병합 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="268"/>
        <location filename="../ui/window/mainwindowfiles.cpp" line="273"/>
        <location filename="../ui/window/mainwindowfiles.cpp" line="468"/>
        <source>Export Failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="78"/>
        <source>Open Read-Only?</source>
        <translation>읽기 전용으로 열까요?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="79"/>
        <source>%1

You can open it read-only: you see it, and every change made there shows here as it is saved, but you cannot change anything.</source>
        <translation>%1

읽기 전용으로 열 수 있습니다. 내용을 볼 수 있고 다른 곳에서 변경한 내용이 저장되는 대로 여기에 표시되지만, 아무것도 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="83"/>
        <source>Open Read-Only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="268"/>
        <source>Choose a file name ending in .json or .csv.</source>
        <translation>.json 또는 .csv로 끝나는 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="274"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="278"/>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="286"/>
        <source>Cannot Save a Copy</source>
        <translation>사본을 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="290"/>
        <source>Saved a copy as %1</source>
        <translation>%1(으)로 사본을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="177"/>
        <source>The latest changes could not be read: %1</source>
        <translation>최근 변경 사항을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="181"/>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt; You see “%1” as it was last read; every change is refused until the server is back, and nothing acknowledged is lost. ML Planner tries again every few seconds.</source>
        <translation>&lt;b&gt;서버에 연결할 수 없습니다.&lt;/b&gt; “%1”은(는) 마지막으로 읽은 상태로 보입니다. 서버가 돌아올 때까지 모든 변경은 거부되며, 확인된 변경은 잃지 않습니다. ML Planner가 몇 초마다 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="195"/>
        <source>The server answers again; the portfolio is up to date.</source>
        <translation>서버가 다시 응답합니다. 포트폴리오가 최신 상태입니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="267"/>
        <source>Chart and Table</source>
        <translation>차트와 표</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="268"/>
        <source>Lifecycle Board</source>
        <translation>생애 주기 보드</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="270"/>
        <source>Flow Analytics</source>
        <translation>흐름 분석</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="275"/>
        <source>Change Log</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="392"/>
        <source>Stop Writing the PDF Summary?</source>
        <translation>PDF 요약 작성을 멈출까요?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="393"/>
        <source>The PDF summary is still being written. Stop writing it and close the window? No summary file is written then.</source>
        <translation>PDF 요약을 아직 작성하는 중입니다. 작성을 멈추고 창을 닫을까요? 그러면 요약 파일은 만들어지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="395"/>
        <source>Stop and Close</source>
        <translation>멈추고 닫기</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="395"/>
        <source>Keep Writing</source>
        <translation>계속 작성</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="450"/>
        <source>New idea</source>
        <translation>새 아이디어</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="454"/>
        <source>Cannot Add the Idea</source>
        <translation>아이디어를 추가할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="471"/>
        <source>Cannot Duplicate the Idea</source>
        <translation>아이디어를 복제할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="488"/>
        <source>Deleted “%1”.</source>
        <translation>“%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="489"/>
        <source>Deleted %1 ideas.</source>
        <translation>아이디어 %1개를 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="492"/>
        <source>Cannot Delete</source>
        <translation>삭제할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="498"/>
        <source>Undo (%1) brings it back.</source>
        <translation>실행 취소(%1)로 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="498"/>
        <source>Undo (%1) brings them back.</source>
        <translation>실행 취소(%1)로 모두 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="544"/>
        <source>%1 (read-only) — ML Planner</source>
        <translation>%1 (읽기 전용) — ML Planner</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="545"/>
        <source>%1 — ML Planner</source>
        <translation>%1 — ML Planner</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="165"/>
        <location filename="../ui/window/windowstatus.cpp" line="177"/>
        <source>All changes saved</source>
        <translation>모든 변경 사항 저장됨</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="166"/>
        <source>Every change is written to the server as you make it; there is nothing to save.</source>
        <translation>모든 변경은 하는 즉시 서버에 기록되므로 저장할 필요가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="171"/>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="172"/>
        <source>Opened for reading: nothing can be changed here. Changes saved elsewhere show here within a second.</source>
        <translation>읽기용으로 열림: 여기서는 아무것도 변경할 수 없습니다. 다른 곳에서 저장한 변경은 1초 안에 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="178"/>
        <source>Every change is written to the file as you make it; there is nothing to save.</source>
        <translation>모든 변경 사항은 바로 파일에 기록되므로 따로 저장할 필요가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="543"/>
        <source>ML Planner</source>
        <translation>ML Planner</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="182"/>
        <source>No portfolio open</source>
        <translation>열린 포트폴리오 없음</translation>
    </message>
    <message>
        <location filename="../ui/window/windowstatus.cpp" line="119"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="350"/>
        <source>%1 no longer exists.</source>
        <translation>%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="357"/>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="361"/>
        <source>&amp;Clear Menu</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="381"/>
        <source>New Portfolio</source>
        <translation>새 포트폴리오</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="382"/>
        <location filename="../ui/window/mainwindowfiles.cpp" line="443"/>
        <source>ML Planner portfolios (*.mlplan)</source>
        <translation>ML Planner 포트폴리오 (*.mlplan)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="392"/>
        <source>Open Portfolio</source>
        <translation>포트폴리오 열기</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="393"/>
        <source>ML Planner portfolios (*.mlplan);;All files (*)</source>
        <translation>ML Planner 포트폴리오 (*.mlplan);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="415"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="426"/>
        <source>Complete portfolio as JSON (*.json)</source>
        <translation>전체 포트폴리오 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="427"/>
        <source>Ideas and scores as CSV (*.csv)</source>
        <translation>아이디어와 점수 CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="430"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="442"/>
        <source>Save a Copy As</source>
        <translation>사본으로 저장</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowfiles.cpp" line="442"/>
        <source>%1 copy.mlplan</source>
        <translation>%1 사본.mlplan</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="569"/>
        <source>About ML Planner</source>
        <translation>ML Planner 정보</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="570"/>
        <source>&lt;h3&gt;ML Planner %1&lt;/h3&gt;&lt;p&gt;Keep a portfolio of machine-learning project ideas, score them on impact and feasibility, and follow them through the project lifecycle.&lt;/p&gt;&lt;p&gt;The model of ML projects follows the Full Stack Deep Learning course material on setting up ML projects. Every number in the scoring is an adjustable assumption, not the course&apos;s.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ML Planner %1&lt;/h3&gt;&lt;p&gt;머신러닝 프로젝트 아이디어를 포트폴리오로 관리하고, 임팩트와 실현 가능성으로 점수를 매기고, 프로젝트 라이프사이클 전반에 걸쳐 추적합니다.&lt;/p&gt;&lt;p&gt;ML 프로젝트 모델은 Full Stack Deep Learning 강의의 ML 프로젝트 설정 자료를 따릅니다. 점수 산정에 쓰이는 모든 수치는 강의의 것이 아니라 조정 가능한 가정입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/application.cpp" line="116"/>
        <source>A sample portfolio to try things on was created at %1. Every edit is saved there; File ▸ New starts your own.</source>
        <translation>샘플 포트폴리오를 %1에 만들었습니다. 편집은 모두 여기에 저장됩니다. 내 포트폴리오는 파일 ▸ 새 포트폴리오로 만드세요.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::MoveStageDialog</name>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="29"/>
        <source>Move %1 Projects to Another Stage</source>
        <translation>프로젝트 %1개를 다른 단계로 이동</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="30"/>
        <source>Move to Another Stage</source>
        <translation>다른 단계로 이동</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="39"/>
        <source>Trigger:</source>
        <translation>트리거:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="45"/>
        <source>Why the project moves (required for a backward move without a trigger)</source>
        <translation>프로젝트를 이동하는 이유 (트리거 없는 역방향 이동에는 필수)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="47"/>
        <source>Checklist override:</source>
        <translation>체크리스트 무시:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="50"/>
        <source>Why leave Planning with the checklist unanswered</source>
        <translation>체크리스트에 답하지 않고 기획 단계를 벗어나는 이유</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="53"/>
        <source>Your name</source>
        <translation>내 이름</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="68"/>
        <source>Now:</source>
        <translation>현재:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="69"/>
        <source>Move to:</source>
        <translation>이동할 단계:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="71"/>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="73"/>
        <source>Who:</source>
        <translation>변경자:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="76"/>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="105"/>
        <source>%1 in %2</source>
        <translation>%2에 %1개</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="108"/>
        <source>%1 projects: %2.</source>
        <translation>프로젝트 %1개: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="113"/>
        <source>“%1” is in %2.</source>
        <translation>“%1”은(는) %2 단계에 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="148"/>
        <source>Choose the trigger…</source>
        <translation>트리거 선택…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="151"/>
        <source>Another reason (describe it below)</source>
        <translation>다른 사유 (아래에 설명)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="174"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="178"/>
        <source>The portfolio&apos;s settings require a score of at least %1 before Deploying &amp; testing.</source>
        <translation>포트폴리오 설정에 따라 배포 및 테스트 단계로 이동하려면 점수가 %1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movestagedialog.cpp" line="181"/>
        <source>See the Readiness tab for the tests still open.</source>
        <translation>아직 완료되지 않은 테스트는 준비도 탭에서 확인하세요.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::PortfolioChartView</name>
    <message>
        <location filename="../ui/chart/portfoliochartview.cpp" line="54"/>
        <source>Feasibility (0–10, higher is cheaper and easier)</source>
        <translation>실현 가능성 (0–10, 높을수록 저렴하고 쉬움)</translation>
    </message>
    <message>
        <location filename="../ui/chart/portfoliochartview.cpp" line="55"/>
        <source>Impact (0–10)</source>
        <translation>임팩트 (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="30"/>
        <source>&lt;p&gt;&lt;big&gt;&lt;b&gt;No portfolio open&lt;/b&gt;&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Choose File ▸ New Portfolio or File ▸ Open,&lt;br&gt;or drop a .mlplan file here.&lt;/p&gt;&lt;p&gt;To import ideas from a .json or .csv file, open or create a portfolio first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;&lt;b&gt;열린 포트폴리오 없음&lt;/b&gt;&lt;/big&gt;&lt;/p&gt;&lt;p&gt;파일 ▸ 새 포트폴리오 또는 파일 ▸ 열기를 선택하거나,&lt;br&gt;.mlplan 파일을 여기에 끌어다 놓으세요.&lt;/p&gt;&lt;p&gt;.json 또는 .csv 파일에서 아이디어를 가져오려면 먼저 포트폴리오를 열거나 만드세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="35"/>
        <source>&lt;p&gt;&lt;big&gt;&lt;b&gt;No ideas yet&lt;/b&gt;&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Choose Edit ▸ Add Idea, or drop a .json or .csv file of ideas here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;&lt;b&gt;아직 아이디어가 없습니다&lt;/b&gt;&lt;/big&gt;&lt;/p&gt;&lt;p&gt;편집 ▸ 아이디어 추가를 선택하거나, 아이디어가 담긴 .json 또는 .csv 파일을 여기에 끌어다 놓으세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="38"/>
        <source>&lt;p&gt;&lt;big&gt;&lt;b&gt;No idea matches the table&apos;s filters&lt;/b&gt;&lt;/big&gt;&lt;/p&gt;&lt;p&gt;The chart shows the ideas the table lists. Clear the filters above the table to see all of them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;&lt;b&gt;표의 필터에 맞는 아이디어가 없습니다&lt;/b&gt;&lt;/big&gt;&lt;/p&gt;&lt;p&gt;차트에는 표에 나열된 아이디어만 표시됩니다. 모두 보려면 표 위의 필터를 지우세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="108"/>
        <source>Showing %1 of 1 idea: the one the table&apos;s filters list</source>
        <translation>아이디어 1개 중 %1개 표시: 표의 필터에 맞는 아이디어</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="109"/>
        <source>Showing %1 of %2 ideas: the ones the table&apos;s filters list</source>
        <translation>아이디어 %2개 중 %1개 표시: 표의 필터에 맞는 아이디어</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="578"/>
        <source>Marks</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="579"/>
        <source>selected</source>
        <translation>선택됨</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="581"/>
        <source>shelved</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="583"/>
        <source>placed by hand (ring: where the answers put it)</source>
        <translation>직접 배치함 (고리: 답변에 따른 위치)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="584"/>
        <source>each rater&apos;s own position</source>
        <translation>평가자별 위치</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="587"/>
        <source>1 idea not yet scored, not shown</source>
        <translation>아직 점수가 없는 아이디어 1개는 표시하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartdecorations.cpp" line="588"/>
        <source>%1 ideas not yet scored, not shown</source>
        <translation>아직 점수가 없는 아이디어 %1개는 표시하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartcard.cpp" line="43"/>
        <source>%1 · rank %2 of %3</source>
        <translation>%1 · %3개 중 %2위</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartcard.cpp" line="56"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartcard.cpp" line="60"/>
        <source>(placed by hand; the answers give %1)</source>
        <translation>(직접 배치함, 답변 기준으로는 %1)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartcard.cpp" line="61"/>
        <source>(placed by hand)</source>
        <translation>(직접 배치함)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartcard.cpp" line="66"/>
        <source>Impact</source>
        <translation>임팩트</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartcard.cpp" line="67"/>
        <source>Feasibility</source>
        <translation>실현 가능성</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartcard.cpp" line="71"/>
        <source>%1 raters · spread: impact %2, feasibility %3</source>
        <translation>평가자 %1명 · 편차: 임팩트 %2, 실현 가능성 %3</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="188"/>
        <source>Place by hand</source>
        <translation>직접 배치</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="189"/>
        <source>impact %1 · feasibility %2</source>
        <translation>임팩트 %1 · 실현 가능성 %2</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="192"/>
        <source>Esc cancels; the answers stay as they are</source>
        <translation>Esc를 누르면 취소되며 답변은 그대로 유지됩니다</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="215"/>
        <source>Placed on the chart</source>
        <translation>차트에 배치함</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="261"/>
        <source>Edit Placement Note…</source>
        <translation>배치 메모 편집…</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="264"/>
        <source>Clear manual placement</source>
        <translation>수동 배치 해제</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="293"/>
        <source>Placement Note</source>
        <translation>배치 메모</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="294"/>
        <source>Why is “%1” placed by hand rather than where its answers put it?</source>
        <translation>“%1”을(를) 답변에 따른 위치가 아닌 곳에 직접 배치한 이유는 무엇인가요?</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="303"/>
        <source>Edit placement note of “%1”</source>
        <translation>“%1”의 배치 메모 편집</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="312"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="316"/>
        <source>Zoom in on the chart (or turn the wheel over it)</source>
        <translation>차트 확대 (차트 위에서 휠을 돌려도 됩니다)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="319"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="323"/>
        <source>Zoom out of the chart</source>
        <translation>차트 축소</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="326"/>
        <source>Show the &amp;Whole Chart</source>
        <translation>차트 전체 보기(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="328"/>
        <source>Whole chart</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location filename="../ui/chart/chartinteraction.cpp" line="331"/>
        <source>Show the whole 0–10 range again (or double-click an empty spot)</source>
        <translation>0–10 전체 범위를 다시 표시 (빈 곳을 더블클릭해도 됩니다)</translation>
    </message>
</context>
<context>
    <name>mlp::ui::ReadinessTab</name>
    <message>
        <location filename="../ui/editor/readinesstab.cpp" line="34"/>
        <source>The ML Test Score (Breck et al., 2017): score each test 0 when it is not done, ½ when it is done by hand with the results written down and shared, 1 when it is automated and runs repeatedly. A section&apos;s score is its sum; the project&apos;s score is its lowest section.</source>
        <translation>ML Test Score(Breck 외, 2017): 각 테스트를 하지 않았으면 0, 수동으로 수행하고 결과를 기록해 공유했으면 ½, 자동화되어 반복 실행되면 1로 채점합니다. 섹션 점수는 해당 섹션의 합계이고, 프로젝트 점수는 가장 낮은 섹션의 점수입니다.</translation>
    </message>
    <message>
        <location filename="../ui/editor/readinesstab.cpp" line="69"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/readinesstab.cpp" line="94"/>
        <source>Set readiness “%1” to %2</source>
        <translation>준비도 “%1”을(를) %2(으)로 설정</translation>
    </message>
    <message>
        <location filename="../ui/editor/readinesstab.cpp" line="110"/>
        <source>&lt;b&gt;Readiness score %1 of 7&lt;/b&gt; (the lowest section). Weakest: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;준비도 점수 7점 만점에 %1점&lt;/b&gt; (가장 낮은 섹션). 가장 취약한 섹션: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::ReportDialog</name>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="28"/>
        <location filename="../ui/dialogs/reportdialog.cpp" line="157"/>
        <source>Export PDF Summary</source>
        <translation>PDF 요약 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="31"/>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="44"/>
        <source>Project pages</source>
        <translation>프로젝트 페이지</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="46"/>
        <source>&amp;All projects</source>
        <translation>모든 프로젝트(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="47"/>
        <source>The &amp;top of the ranking:</source>
        <translation>순위 상위(&amp;T):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/reportdialog.cpp" line="52"/>
        <source>The &amp;selected projects (%n)</source>
        <translation>
            <numerusform>선택한 프로젝트 (%n개)(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="54"/>
        <source>Projects whose name, owner or description &amp;contains:</source>
        <translation>이름, 담당자 또는 설명에 다음이 포함된 프로젝트(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="69"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="70"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="71"/>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="73"/>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="74"/>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="75"/>
        <source>C&amp;hart page:</source>
        <translation>차트 페이지(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="78"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="83"/>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="96"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="158"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="168"/>
        <source>Type the text the projects&apos; name, owner or description must contain, or choose another set of project pages.</source>
        <translation>프로젝트의 이름, 담당자 또는 설명에 들어 있어야 할 텍스트를 입력하거나, 다른 프로젝트 페이지 범위를 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="182"/>
        <source>%1 already exists. Press Export again to replace it (only a complete summary replaces it).</source>
        <translation>%1이(가) 이미 있습니다. 바꾸려면 내보내기를 다시 누르세요 (완성된 요약만 기존 파일을 대체합니다).</translation>
    </message>
</context>
<context>
    <name>mlp::ui::ReportExport</name>
    <message>
        <location filename="../ui/window/reportexport.cpp" line="42"/>
        <source>Writing page %1 of %2…</source>
        <translation>%2페이지 중 %1페이지 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../ui/window/reportexport.cpp" line="51"/>
        <source>Laying out the PDF summary…</source>
        <translation>PDF 요약 레이아웃 구성 중…</translation>
    </message>
    <message>
        <location filename="../ui/window/reportexport.cpp" line="51"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/window/reportexport.cpp" line="53"/>
        <source>Export PDF Summary</source>
        <translation>PDF 요약 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/reportexport.cpp" line="78"/>
        <source>Exported the PDF summary to %1 (%n pages)</source>
        <translation>
            <numerusform>PDF 요약을 %1(으)로 내보냈습니다 (%n페이지)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlp::ui::SettingsCommand</name>
    <message>
        <location filename="../ui/document/portfoliocommands.cpp" line="14"/>
        <source>Change portfolio settings</source>
        <translation>포트폴리오 설정 변경</translation>
    </message>
</context>
<context>
    <name>mlp::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="49"/>
        <source>Portfolio Settings</source>
        <translation>포트폴리오 설정</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="89"/>
        <source>Portfolio name:</source>
        <translation>포트폴리오 이름:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="92"/>
        <source>Quadrants</source>
        <translation>사분면</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="103"/>
        <source>High impact from:</source>
        <translation>높은 임팩트 기준:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="104"/>
        <source>High feasibility from:</source>
        <translation>높은 실현 가능성 기준:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="105"/>
        <source>High impact, high feasibility:</source>
        <translation>높은 임팩트, 높은 실현 가능성:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="106"/>
        <source>High impact, low feasibility:</source>
        <translation>높은 임팩트, 낮은 실현 가능성:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="107"/>
        <source>Low impact, high feasibility:</source>
        <translation>낮은 임팩트, 높은 실현 가능성:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="108"/>
        <source>Low impact, low feasibility:</source>
        <translation>낮은 임팩트, 낮은 실현 가능성:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="116"/>
        <source>Cost of accuracy</source>
        <translation>정확도 비용</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="124"/>
        <source>Each step closer to perfect accuracy costs disproportionately more (the course). Our assumption: cost factor = base ^ nines, where nines = −log₁₀(1 − accuracy); 0.99 has two nines.</source>
        <translation>완벽한 정확도에 한 걸음 다가갈 때마다 비용이 불균형하게 커집니다 (강의 내용). 우리의 가정: 비용 계수 = 기준값 ^ 나인 수, 여기서 나인 수 = −log₁₀(1 − 정확도). 0.99는 나인이 두 개입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="127"/>
        <source>Base:</source>
        <translation>기준값:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="130"/>
        <source>Several raters</source>
        <translation>여러 평가자</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="134"/>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="135"/>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="136"/>
        <source>Combine answers by:</source>
        <translation>답변 결합 방식:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="52"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="139"/>
        <source>Readiness before deploying</source>
        <translation>배포 전 준비도</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="141"/>
        <source>Readiness gates Deploying &amp;&amp; testing</source>
        <translation>준비도로 배포 및 테스트 진입 제한</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="149"/>
        <source>The ML Test Score: the lowest of its four sections, 0 to 7. Off, a move to Deploying &amp; testing shows the score as a warning; on, a project below the minimum cannot move there.</source>
        <translation>ML Test Score: 네 섹션 중 가장 낮은 점수이며 0~7입니다. 끄면 배포 및 테스트로 이동할 때 점수를 경고로 표시하고, 켜면 최소 점수보다 낮은 프로젝트는 그 단계로 이동할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="153"/>
        <source>Minimum score:</source>
        <translation>최소 점수:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="165"/>
        <source>Weights are relative. The course lists the feasibility drivers in order of importance, hence the defaults 3, 2, 1. A weight of 0 leaves a question out.</source>
        <translation>가중치는 상대적입니다. 강의는 실현 가능성 요인을 중요도 순으로 나열하므로 기본값은 3, 2, 1입니다. 가중치가 0이면 해당 질문은 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="167"/>
        <source>Feasibility drivers</source>
        <translation>실현 가능성 요인</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="182"/>
        <source>Questions: %1</source>
        <translation>질문: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="70"/>
        <source>Every number here is an adjustable assumption of ours, not the course&apos;s. The chart and the ranking follow your changes as you type; OK records them as one step that Undo takes back, Cancel records nothing.</source>
        <translation>여기 있는 모든 수치는 강의가 아닌 우리가 정한 조정 가능한 가정입니다. 차트와 순위는 입력하는 즉시 바뀝니다. 확인을 누르면 변경 사항이 한 단계로 기록되어 실행 취소로 되돌릴 수 있고, 취소를 누르면 아무것도 기록되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::SharedPortfolioDialog</name>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="17"/>
        <source>Open Shared Portfolio</source>
        <translation>공유 포트폴리오 열기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="20"/>
        <source>A portfolio the team shares on a PostgreSQL server. Everyone who opens it sees the others&apos; changes; every change is kept on the server at once.</source>
        <translation>팀이 PostgreSQL 서버에서 공유하는 포트폴리오입니다. 여는 사람 모두 다른 사람의 변경을 볼 수 있으며, 모든 변경은 즉시 서버에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="28"/>
        <source>postgresql://server/database, or a service name</source>
        <translation>postgresql://server/database 또는 서비스 이름</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="30"/>
        <source>The server and database, as a postgresql:// address (postgresql://db.example.com/planning?sslmode=verify-full), or the name of a service in your pg_service.conf file. Your password goes in your .pgpass file, never here.</source>
        <translation>postgresql:// 주소 형식의 서버와 데이터베이스(postgresql://db.example.com/planning?sslmode=verify-full) 또는 pg_service.conf 파일에 있는 서비스 이름입니다. 비밀번호는 여기가 아니라 .pgpass 파일에 넣으세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="34"/>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="37"/>
        <source>Team ML</source>
        <translation>팀 ML</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="38"/>
        <source>The portfolio&apos;s name on the server, as it was published.</source>
        <translation>게시할 때 사용한, 서버에 있는 포트폴리오 이름입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="39"/>
        <source>&amp;Portfolio:</source>
        <translation>포트폴리오(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="85"/>
        <source>Take the password out of the address: it would be shown and remembered here. Put it in your .pgpass file instead (see the team guide).</source>
        <translation>주소에서 비밀번호를 빼세요. 여기에 표시되고 저장됩니다. 대신 .pgpass 파일에 넣으세요 (팀 가이드 참고).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sharedportfoliodialog.cpp" line="88"/>
        <source>Type an address that starts with postgresql://, or the name of a service in your pg_service.conf file (letters, digits, “-”, “_” and “.”).</source>
        <translation>postgresql://로 시작하는 주소 또는 pg_service.conf 파일에 있는 서비스 이름(문자, 숫자, “-”, “_”, “.”)을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>mlp::ui::StageTimeChart</name>
    <message>
        <location filename="../ui/flow/stagetimechart.cpp" line="30"/>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimechart.cpp" line="39"/>
        <source>%1: no stay has ended here yet.</source>
        <translation>%1: 아직 이 단계에서 끝난 체류가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimechart.cpp" line="42"/>
        <source>%1: the one finished stay took %2.</source>
        <translation>%1: 끝난 체류 한 번이 %2 걸렸습니다.</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimechart.cpp" line="44"/>
        <source>%1: half the stays ended within %2, 85% within %3 (over %4 finished stays).</source>
        <translation>%1: 체류의 절반은 %2 이내, 85%는 %3 이내에 끝났습니다 (끝난 체류 %4번 기준).</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimechart.cpp" line="56"/>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimechart.cpp" line="57"/>
        <source>85th percentile</source>
        <translation>85번째 백분위</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimechart.cpp" line="78"/>
        <source>%1 (–)</source>
        <translation>%1 (–)</translation>
    </message>
</context>
<context>
    <name>mlp::ui::StageTimes</name>
    <message>
        <location filename="../ui/flow/stagetimes.cpp" line="66"/>
        <source>Every stay counted, the current one until now:</source>
        <translation>모든 체류 포함, 현재 체류는 지금까지:</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimes.cpp" line="68"/>
        <source>Every stay counted, until it was shipped on %1:</source>
        <translation>모든 체류 포함, %1 출시까지:</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimes.cpp" line="69"/>
        <source>Every stay counted, until it was shelved on %1:</source>
        <translation>모든 체류 포함, %1 보류까지:</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimes.cpp" line="72"/>
        <source>Every stay counted, until it was shipped:</source>
        <translation>모든 체류 포함, 출시까지:</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimes.cpp" line="73"/>
        <source>Every stay counted, until it was shelved:</source>
        <translation>모든 체류 포함, 보류까지:</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimes.cpp" line="83"/>
        <source>%1 over %2 stays</source>
        <translation>%1 (체류 %2번)</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimes.cpp" line="85"/>
        <source>%1, so far</source>
        <translation>지금까지 %1</translation>
    </message>
    <message>
        <location filename="../ui/flow/stagetimes.cpp" line="88"/>
        <source>Not reached</source>
        <translation>도달하지 않음</translation>
    </message>
</context>
</TS>
