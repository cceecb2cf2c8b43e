import ArgumentParser
import DealdeskApp
import DealdeskCore
import DealdeskTeam
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `dealdesk --team URL team add-user LOGIN --name "Arben Hoxha" --role manager`: a director
/// adds a person: their PostgreSQL login (with a password) and their record on the desk.
struct TeamAddUser: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add-user",
    abstract: "Add a person to the team desk (run by a director): their login on the server and their record, limits and quota.",
    usage: "dealdesk --team URL team add-user LOGIN --name NAME --role manager|director [--discount-limit N] [--payment-terms-limit N] [--quota AMOUNT/month] [--password-file FILE]",
    discussion: """
      The password comes from --password-file (its first line), else is asked twice at a \
      terminal, else is read from standard input. Only its SCRAM verifier is sent to the \
      server, as psql's \\password does. A login already on the server keeps its password and \
      joins the team. Limits not given are the branch's; a director changes them later on the \
      desk: set Arben's discount limit to 12%.
      """)

  @OptionGroup var options: DeskOptions

  @Argument(help: ArgumentHelp("The person's login on the server: lower-case letters, digits and _.", valueName: "LOGIN"))
  var login: String

  @Option(help: ArgumentHelp("Their full name, as replies show it.", valueName: "NAME"))
  var name: String

  @Option(help: ArgumentHelp("manager or director (a director is a manager too).", valueName: "ROLE"))
  var role: String = "manager"

  @Option(name: .customLong("discount-limit"), help: ArgumentHelp("Their own discount limit in percent (else the branch's).", valueName: "N"))
  var discountLimit: String?

  @Option(name: .customLong("payment-terms-limit"), help: ArgumentHelp("The longest payment terms, in days, they may grant (else the branch's).", valueName: "N"))
  var paymentTermsLimit: Int?

  @Option(help: ArgumentHelp("Their sales quota, e.g. 30000/month, 90000/quarter.", valueName: "AMOUNT/PERIOD"))
  var quota: String?

  @Option(name: .customLong("password-file"), help: ArgumentHelp("A file whose first line is their password.", valueName: "FILE"))
  var passwordFile: String?

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let url = options.teamURL(environment) else {
      Output.err("Add them to which team desk? dealdesk --team URL team add-user LOGIN --name NAME --role manager")
      throw ExitCode.failure
    }
    let change = try personChange()
    guard let session = Output.openSession(options) else { throw ExitCode.failure }
    defer { _ = session.close() }
    guard session.isDirector else {
      Output.err("Only a director adds people, and \(session.author ?? "this login") is a manager's login. Ask a director of the branch.")
      throw ExitCode.failure
    }
    if let known = session.desk.people[change.person] {
      Output.err("\(known.login) is already on the desk, as \(known.name) (\(known.role.rawValue)); nothing was changed. A director changes their limits on the desk: set \(known.firstName)'s discount limit to 12%")
      throw ExitCode.failure
    }
    do {
      let director = try TeamLogin.resolve(url, environment: environment)
      let exists = try runBlocking { try await TeamDesk.loginExists(change.person, by: director) }
      let password = exists ? nil : try readPassword()
      let created = try runBlocking {
        try await TeamDesk.addLogin(change.person, password: password, asDirector: role == "director", by: director)
      }
      Output.out(
        created
          ? "Created the login \(change.person) on the server, in the \(role)s' group."
          : "The login \(change.person) was already on the server: it keeps its password and joins the team as a \(role).")
    } catch let error as TeamError {
      Output.err(error.message)
      throw ExitCode.failure
    }
    let reply = session.handle(.setPerson(change), line: "team add-user \(change.person)")
    if reply.isError {
      Output.err(reply.text + " The login is on the server; run team add-user again to record the person.")
      throw ExitCode.failure
    }
    Output.out(reply.text)
  }

  /// The person as the options give them, checked before anything is asked or changed.
  private func personChange() throws -> PersonChange {
    let login = login.trimmingCharacters(in: .whitespaces)
    guard login.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil, !login.hasPrefix("pg_") else {
      Output.err("\(login) cannot be a login: use lower-case letters, digits and _, starting with a letter, e.g. arben or arben_h.")
      throw ExitCode.failure
    }
    guard let role = Acting.Role(rawValue: role.lowercased()) else {
      Output.err("A role is manager or director, not \(role).")
      throw ExitCode.failure
    }
    let name = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !name.isEmpty else {
      Output.err("Give their name: --name \"Arben Hoxha\".")
      throw ExitCode.failure
    }
    var limit: Decimal?
    if let text = discountLimit {
      guard let value = Decimal(string: text.replacingOccurrences(of: "%", with: ""), locale: Locale(identifier: "en_US_POSIX")),
        value >= 0, value < 100
      else {
        Output.err("A discount limit is a percent from 0 to below 100, e.g. --discount-limit 12; not \(text).")
        throw ExitCode.failure
      }
      limit = value
    }
    if let days = paymentTermsLimit, !(0...Limits.maxPaymentDays).contains(days) {
      Output.err("A payment terms limit runs from 0 to \(Limits.maxPaymentDays) days.")
      throw ExitCode.failure
    }
    return .adding(
      login: login, name: name, role: role, discountLimit: limit, paymentTermsLimitDays: paymentTermsLimit,
      quota: try quota.map(Self.quota))
  }

  /// "30000/month", "30,000 a month", "90000/quarter".
  static func quota(_ text: String) throws -> PersonQuota {
    let parts = text.lowercased().replacingOccurrences(of: " a ", with: "/").replacingOccurrences(of: " per ", with: "/")
      .split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.count == 2, let amount = Decimal(string: parts[0].replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX")),
      amount > 0, let per = PersonQuota.Per(rawValue: parts[1])
    else {
      Output.err("A quota is an amount a month, quarter or year, e.g. --quota 30000/month; not \(text).")
      throw ExitCode.failure
    }
    return PersonQuota(amount: amount, per: per)
  }

  /// From the file, else asked twice at a terminal, else one line of standard input.
  private func readPassword() throws -> String {
    let password: String
    if let passwordFile {
      guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
        Output.err("Cannot read the password file \(passwordFile); nothing was changed.")
        throw ExitCode.failure
      }
      password = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    } else if isatty(STDIN_FILENO) != 0 {
      let first = Self.ask("Password for \(login): ")
      let second = Self.ask("Again: ")
      guard first == second else {
        Output.err("The two passwords differ; nothing was changed.")
        throw ExitCode.failure
      }
      password = first
    } else {
      password = readLine(strippingNewline: true) ?? ""
    }
    guard !password.isEmpty else {
      Output.err("A login needs a password; nothing was changed.")
      throw ExitCode.failure
    }
    return password
  }

  private static func ask(_ prompt: String) -> String {
    guard let typed = getpass(prompt) else { return "" }
    return String(cString: typed)
  }
}

/// `dealdesk --team URL team users`: the people of the branch, their roles, limits and quotas.
struct TeamListUsers: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "users",
    abstract: "List the people of the team desk: roles, their own limits (or the branch's) and quotas.",
    usage: "dealdesk --team URL team users")

  @OptionGroup var options: DeskOptions

  func run() throws {
    guard options.teamURL(ProcessInfo.processInfo.environment) != nil else {
      Output.err("Which team desk? dealdesk --team URL team users")
      throw ExitCode.failure
    }
    var looking = options
    looking.readOnly = true
    guard let session = Output.openSession(looking) else { throw ExitCode.failure }
    defer { _ = session.close() }
    Output.out(session.handle("people").text)
  }
}
