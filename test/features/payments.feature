Feature: Calls for funds, payments and arrears
  The syndic calls the owners for money: each call is split exactly over the owners holding the units on the call
  date, and each owner gets its own structured communication (OGM). A payment goes to the call its OGM names, then
  to the owner's oldest due calls, and what is left stays as a credit. An owner is in arrears when a call is unpaid
  after its due date.

  Background:
    Given a building with a total quota of 1000 and these units, each owned by one owner since 2020-01-01:
      | unit | owner   | quota |
      | A1   | Aerts   | 250   |
      | A2   | Bogaert | 250   |
      | B1   | Claes   | 500   |
    And a working-capital fund on the account BE68 5390 0754 7034

  Scenario: a call is split to the cent with one structured communication per owner
    When the syndic calls 562.50 EUR on 2026-01-01, due on 2026-01-31
    Then the owners owe:
      | owner   | amount |
      | Aerts   | 140.63 |
      | Bogaert | 140.62 |
      | Claes   | 281.25 |
    And each owner has its own structured communication

  Scenario: a payment goes to the call its communication names, then to the oldest due calls, the rest as a credit
    Given the syndic called 562.50 EUR on 2026-01-01, due on 2026-01-31
    And the syndic called 562.50 EUR on 2026-04-01, due on 2026-04-30
    When Bogaert pays 300.00 EUR on 2026-04-10 with the communication of the call of 2026-04-01
    Then the payment goes:
      | call       | amount |
      | 2026-04-01 | 140.62 |
      | 2026-01-01 | 140.62 |
    And 18.76 EUR stay as a credit
    And the ledger of Bogaert shows a balance of -18.76 EUR

  Scenario: a payment without a communication pays the owner's oldest due call first
    Given the syndic called 562.50 EUR on 2026-01-01, due on 2026-01-31
    And the syndic called 562.50 EUR on 2026-04-01, due on 2026-04-30
    When Claes pays 300.00 EUR on 2026-04-10 without a communication
    Then the payment goes:
      | call       | amount |
      | 2026-01-01 | 281.25 |
      | 2026-04-01 | 18.75  |
    And 0.00 EUR stay as a credit

  Scenario: an unknown communication without an owner is refused
    Given the syndic called 562.50 EUR on 2026-01-01, due on 2026-01-31
    When a payment of 100.00 EUR arrives on 2026-01-20 with the communication +++000/0000/09797+++
    Then it is refused as PAYMENT_UNIDENTIFIED
    And no payment is recorded

  Scenario: arrears count the days late from the due date
    Given the syndic called 562.50 EUR on 2026-01-01, due on 2026-01-31
    When Aerts pays 140.63 EUR on 2026-01-20 with the communication of the call of 2026-01-01
    And Bogaert pays 100.00 EUR on 2026-01-25 with the communication of the call of 2026-01-01
    Then on 2026-01-31 nobody is in arrears
    And on 2026-03-02 the arrears are:
      | owner   | overdue | oldest due | days late |
      | Bogaert | 40.62   | 2026-01-31 | 30        |
      | Claes   | 281.25  | 2026-01-31 | 30        |
