import Foundation

func decideSettings(_ change: SettingsChange, desk: Desk) throws(DeskError) -> [Event] {
  var settings = desk.settings
  if let currency = change.currency {
    let code = currency.uppercased()
    guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      throw DeskError("\(currency) is not a currency code.", suggestion: "Use a three-letter code such as EUR.")
    }
    settings.currency = code
  }
  if let limit = change.discountLimit {
    guard limit >= 0, limit < 100 else { throw DeskError("A discount limit is from 0% to below 100%.") }
    settings.discountLimit = limit
  }
  if let days = change.offerValidityDays {
    guard (1...365).contains(days) else { throw DeskError("Offers can be valid for 1 to 365 days.") }
    settings.offerValidityDays = days
  }
  if let terms = change.defaultPaymentTerms { settings.defaultPaymentTerms = terms }
  // Setting what is already set changes nothing and is no mistake.
  return settings == desk.settings ? [] : [.settingsChanged(settings)]
}
