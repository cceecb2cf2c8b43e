import Dispatch
import Foundation
import NIOCore

/// Runs async work to its end from synchronous code (the command line, and the REPL's
/// synchronous store). The work runs on a thread of its own (`TeamThread`), never on the
/// shared pool of Swift's tasks: a caller that is itself a pool thread (a test, say) blocks
/// here, and on a pool of two threads the work would otherwise find none free and never
/// run. Not to be called from work already running on `TeamThread`.
///
/// With `timeout`, gives up waiting after that long and throws `RunBlockingTimeout`; the
/// work is left to end on its own (closing its connection ends it).
public func runBlocking<T: Sendable>(
  timeout: Duration? = nil, _ body: @escaping @Sendable () async throws -> T
) throws -> T {
  let box = ResultBox<T>()
  let done = DispatchSemaphore(value: 0)
  Task.detached(executorPreference: TeamThread.shared) {
    do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
    done.signal()
  }
  if let timeout {
    guard done.wait(atMost: timeout) else { throw RunBlockingTimeout(waited: timeout) }
  } else {
    done.wait()
  }
  return try box.get()
}

extension DispatchSemaphore {
  /// Waits for the signal at most `patience`; false when it did not come in time.
  func wait(atMost patience: Duration) -> Bool {
    let (seconds, attoseconds) = patience.components
    let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    return wait(timeout: .now() + .nanoseconds(nanoseconds)) == .success
  }
}

/// The work of `runBlocking` did not end in the time given.
public struct RunBlockingTimeout: Error {
  public var waited: Duration
}

/// One thread that runs the team desk's blocking calls' tasks, one job at a time.
final class TeamThread: TaskExecutor, @unchecked Sendable {
  // @unchecked: `jobs` is touched only while `condition` is locked.
  static let shared = TeamThread()
  private let condition = NSCondition()
  private var jobs: [UnownedJob] = []

  private init() {
    let thread = Thread { [self] in run() }
    thread.name = "dealdesk.team"
    thread.start()
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  private func run() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      condition.unlock()
      job.runSynchronously(on: asUnownedTaskExecutor())
    }
  }
}

/// The one result a detached task hands back to the thread waiting for it.
final class ResultBox<T: Sendable>: @unchecked Sendable {
  // @unchecked: every access holds `lock`.
  private let lock = NSLock()
  private var result: Result<T, any Error>?

  func set(_ value: Result<T, any Error>) {
    lock.withLock { result = value }
  }

  func get() throws -> T {
    let value = lock.withLock { result }
    guard let value else { throw TeamError("A team desk operation ended without an answer.", kind: .server) }
    return try value.get()
  }
}

extension EventLoopFuture where Value: Sendable {
  /// The answer, awaited.
  func answer(from address: TeamAddress) async throws(TeamError) -> Value {
    do {
      return try await get()
    } catch {
      throw TeamError.from(error, doing: "waiting for the server", at: address)
    }
  }

  /// The answer, with the calling thread blocked until the connection's own thread hands it
  /// over: one wake-up instead of the three of `runBlocking` (the team thread, the task's
  /// continuation, the caller). For the calls made while the desk's turn is held. A server
  /// that has not answered within `patience` is taken as gone.
  func answerNow(within patience: Duration, from address: TeamAddress) throws(TeamError) -> Value {
    let box = ResultBox<Value>()
    let done = DispatchSemaphore(value: 0)
    whenComplete { result in
      box.set(result.mapError { $0 })
      done.signal()
    }
    guard done.wait(atMost: patience) else {
      throw TeamError(
        "PostgreSQL at \(address.place) did not answer within \(patience.components.seconds) seconds. Check that the server is running; the desk connects again by itself.",
        kind: .unreachable)
    }
    do {
      return try box.get()
    } catch {
      throw TeamError.from(error, doing: "waiting for the server", at: address)
    }
  }
}
