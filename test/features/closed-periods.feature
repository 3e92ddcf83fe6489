Feature: Closed periods
  Once the general assembly has approved the accounts of a year, the syndic closes the building's books up to
  the last day of that year. From then on nothing dated on or before that day can change: no expense is recorded,
  edited, cancelled or deleted there, and no sale or new co-owner is recorded there. Later days stay open, and an
  invoice of the closed year can still be paid today. Closings only move forward; they are never reopened.

  Background:
    Given a building "Résidence Le Parc" whose unit A1 is owned by Marie since 2020-01-01
    And an expense of 1,210.00 for cleaning dated 2025-06-30

  Scenario: The assembly approved the 2025 accounts: the syndic closes 2025
    When the syndic closes the books until 2025-12-31 with the note "AGO 2026-03-14, résolution 3"
    Then the books of the building are closed until 2025-12-31

  Scenario: A forgotten 2025 invoice cannot be added once 2025 is closed
    Given the books are closed until 2025-12-31
    When the syndic records an expense dated 2025-12-31
    Then it is refused with "PERIOD_CLOSED"
    When the syndic records an expense dated 2026-01-01
    Then it is accepted

  Scenario: An expense of the closed year can no longer be cancelled, but it can be paid today
    Given the books are closed until 2025-12-31
    When the syndic cancels the expense dated 2025-06-30
    Then it is refused with "PERIOD_CLOSED"
    When the accountant marks it paid today
    Then it is accepted

  Scenario: A sale cannot be dated back into the closed year
    Given the books are closed until 2025-12-31
    When Marie sells A1 to Paul on 2025-11-15
    Then it is refused with "PERIOD_CLOSED"
    When Marie sells A1 to Paul on 2026-01-01
    Then it is accepted

  Scenario: The books are never closed again for an earlier or the same day
    Given the books are closed until 2025-12-31
    When the syndic closes the books until 2025-06-30 with the note "by mistake"
    Then it is refused with "CLOSING_NOT_AFTER_LAST"
    And the books of the building are closed until 2025-12-31
