Feature: Co-owners over time: who votes, how they are written to, what they may read
  A unit held by several people (joint ownership, usufruct) votes through one representative, a co-owner named by
  the syndic; until one is named, its votes are suspended. Convocations go by registered mail unless the owner
  agreed in writing to e-mail. And an owner reads the books of the days it held a share: a seller keeps the months
  before the sale, a buyer starts with the deed.

  Background:
    Given a building "Résidence Les Tilleuls" of 1000 quotas with units A1 of 500 quotas and A2 of 500 quotas
    And Marie and Jan own A1 half each since 2020-01-01
    And Piet owns all of A2 since 2020-01-01

  Scenario: A jointly held unit votes through the representative named for it
    Given the syndic names Jan to represent A1 from 2024-01-01
    Then on 2024-06-01 the votes go as follows:
      | unit | voter |
      | A1   | Jan   |
      | A2   | Piet  |

  Scenario: Until a representative is named, a jointly held unit's votes are suspended
    Then on 2024-06-01 the votes go as follows:
      | unit | voter     |
      | A1   | suspended |
      | A2   | Piet      |

  Scenario: Only a co-owner of that day can represent the unit
    When the syndic names Piet to represent A1 from 2024-01-01
    Then it is refused with "REPRESENTATIVE_NOT_OWNER"

  Scenario: A representative who sells his share no longer votes from the day of the deed
    Given the syndic names Jan to represent A1 from 2024-01-01
    When Jan sells his share of A1 to Lotte on 2025-07-01
    Then on 2025-06-30 the votes go as follows:
      | unit | voter |
      | A1   | Jan   |
      | A2   | Piet  |
    And on 2025-07-01 the votes go as follows:
      | unit | voter     |
      | A1   | suspended |
      | A2   | Piet      |

  Scenario: Letters go by registered mail until the owner agrees in writing to e-mail
    Given Marie agreed in writing on 2026-01-15 to receive her letters by e-mail
    Then on 2026-01-14 the letters go as follows:
      | owner | channel         |
      | Marie | registered_mail |
      | Jan   | registered_mail |
    And on 2026-01-15 the letters go as follows:
      | owner | channel         |
      | Marie | email           |
      | Jan   | registered_mail |

  Scenario: A consent is recorded once given, not ahead
    When the syndic records that Jan agreed in writing on 2099-01-01
    Then it is refused with "CONSENT_IN_FUTURE"

  Scenario: The seller keeps the charges of his months, the buyer starts with the deed
    Given Piet sells his share of A2 to Lotte on 2025-07-01
    And the building's expenses:
      | date       | amount |
      | 2025-03-01 | 100.00 |
      | 2025-09-01 | 200.00 |
      | 2026-02-01 | 400.00 |
    Then Piet sees the expenses of 2025-03-01
    And Lotte sees the expenses of 2026-02-01, 2025-09-01
    And Piet's charges for 2025 come to 50.00
    And Lotte's charges for 2025 come to 100.00
    And Piet may not read the building's charges for 2026
