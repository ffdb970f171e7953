<?php
// Runs the PHP PDO "Catch it in code" snippets against a real server: the cases come as JSON on
// stdin, each result goes to stdout as one "@@ {json}" line. The snippet runs in namespace
// Harness, where PDO is a subclass that keeps the first exception a call raised.
namespace Harness;

final class Record
{
    public static ?\Throwable $raised = null;

    public static function keep(\Throwable $error): never
    {
        self::$raised ??= $error;
        throw $error;
    }
}

class PDO extends \PDO
{
    public function __construct(string $dsn, ?string $user = null, ?string $password = null)
    {
        try {
            parent::__construct($dsn, $user, $password, [\PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION]);
        } catch (\PDOException $e) {
            Record::keep($e);
        }
        $this->setAttribute(\PDO::ATTR_STATEMENT_CLASS, [RecordingStatement::class]);
    }
}

class RecordingStatement extends \PDOStatement
{
    protected function __construct()
    {
    }

    public function execute(?array $params = null): bool
    {
        try {
            return parent::execute($params);
        } catch (\PDOException $e) {
            Record::keep($e);
        }
    }
}

function described(?\Throwable $error): ?array
{
    if ($error === null) {
        return null;
    }
    $code = $error instanceof \PDOException ? ($error->errorInfo[0] ?? null) : null;
    return ['type' => get_class($error), 'code' => $code, 'message' => trim($error->getMessage())];
}

function run(array $case): array
{
    Record::$raised = null;
    ['dsn' => $dsn, 'user' => $user, 'password' => $password] = $case['pdo'];
    if ($case['arrival'] !== 'connect') {
        $pdo = new PDO($dsn, $user, $password);
        $sql = $case['statement'];
        $params = [];
    }
    $escaped = null;
    ob_start();
    try {
        eval('namespace Harness; use PDOException; ' . $case['snippet']);
    } catch (\Throwable $e) {
        $escaped = $e;
    }
    $printed = ob_get_clean();
    return ['case' => $case['id'], 'raised' => described(Record::$raised), 'escaped' => described($escaped), 'printed' => $printed];
}

foreach (json_decode(stream_get_contents(STDIN), true) as $case) {
    echo '@@ ' . json_encode(run($case)) . "\n";
}
