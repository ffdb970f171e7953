# Runs the pg gem's "Catch it in code" snippets against a real server: the cases come as JSON on
# stdin, each result goes to stdout as one "@@ {json}" line. The names a snippet uses are bound to
# real objects behind a recorder that keeps the first exception a call raised.
require 'json'
require 'pg'
require 'stringio'

$raised = nil

def record
  yield
rescue StandardError => e
  $raised ||= e
  raise
end

# Stands in for the connection a snippet calls.
class Recorder < BasicObject
  def initialize(target)
    @target = target
  end

  def method_missing(name, *args, &block)
    ::Kernel.send(:record) { @target.public_send(name, *args, &block) }
  end

  def respond_to_missing?(name, include_private = false)
    @target.respond_to?(name, include_private)
  end
end

PG.singleton_class.prepend(Module.new do
  def connect(*args, &block)
    record { super }
  end
end)

def described(error)
  return nil unless error

  code = error.respond_to?(:result) && error.result ? error.result.error_field(PG::PG_DIAG_SQLSTATE) : nil
  { type: error.class.name, code: code, message: error.message.strip }
end

def run(kase)
  $raised = nil
  scope = binding
  if kase['arrival'] == 'connect'
    scope.local_variable_set(:conninfo, kase['conninfo'])
  else
    scope.local_variable_set(:conn, Recorder.new(PG.connect(kase['conninfo'])))
    scope.local_variable_set(:sql, kase['statement'])
    scope.local_variable_set(:params, [])
  end
  printed = StringIO.new
  escaped = nil
  $stderr = printed
  begin
    scope.eval(kase['snippet'])
    scope.local_variable_get(:conn).exec_params(kase['statement'], []) if kase['runAfter']
  rescue StandardError => e
    escaped = e
  ensure
    $stderr = STDERR
  end
  { case: kase['id'], raised: described($raised), escaped: described(escaped), printed: printed.string }
end

JSON.parse($stdin.read).each { |kase| puts "@@ #{JSON.generate(run(kase))}"; $stdout.flush }
