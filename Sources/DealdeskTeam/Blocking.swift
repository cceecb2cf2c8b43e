import Dispatch
import Foundation

/// Runs async work to its end from synchronous code (the command line, and the REPL's
/// synchronous store). Task.detached, not a task on the main actor: the calling thread
/// blocks here, and a main-actor task would wait for it forever.
public func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
  let box = ResultBox<T>()
  let done = DispatchSemaphore(value: 0)
  Task.detached {
    do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
    done.signal()
  }
  done.wait()
  return try box.get()
}

/// The one result a detached task hands back to the thread waiting for it.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
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
