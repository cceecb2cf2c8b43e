/// Settles each bare "N days" of an offer as payment or delivery.
///
/// The case's payment terms are 0, 30, 45, 60 and 90 days and its lead times 7, 14, 21,
/// 30 and 45 days, so most counts can mean only one of them: 60 and 90 are payment, 7, 14
/// and 21 delivery. 30 and 45 can be either; they go to whichever the offer has not named
/// yet ("net 30 45 days" is 45 days' delivery). Anything else, when the offer named
/// neither, could be meant for both, so it is asked rather than guessed: a guessed term
/// would cost the trainee a round on an offer they did not mean.
enum TraineeDays {
  static let paymentDays = [0, 30, 45, 60, 90]
  static let leadDays = [7, 14, 21, 30, 45]

  static func settle(_ bare: [TraineeOfferReader.BareDays], into offer: inout TraineeOffer) throws(ParseError) {
    for days in bare {
      let payment = paymentDays.contains(days.days)
      let lead = leadDays.contains(days.days)
      let paymentOpen = offer.paymentDays == nil
      let leadOpen = offer.leadDays == nil
      if payment && !lead && paymentOpen {
        offer.paymentDays = days.days
      } else if lead && !payment && leadOpen {
        offer.leadDays = days.days
      } else if paymentOpen != leadOpen {
        // Only one of the two is still open: the count is for that one (and if the case
        // does not allow it there, the negotiation says so with the allowed values).
        if paymentOpen { offer.paymentDays = days.days } else { offer.leadDays = days.days }
      } else if paymentOpen {
        throw ParseError(
          "\(days.days) days to pay, or \(days.days) days to deliver?",
          suggestion: "say net \(days.days) for payment, or \(days.days) days delivery", offset: days.offset)
      } else {
        throw ParseError(
          "This offer already names payment and delivery; what are \(days.days) days for?",
          suggestion: "e.g. offer 8% 2000m net 30 14 days", offset: days.offset)
      }
    }
  }
}
