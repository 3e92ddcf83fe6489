Feature: Convocation delay
  The convocation of a general assembly is sent at least 15 days before it (Civil Code art. 3.87 §3), or the longer
  delay of the building's internal rules. What counts is the day the letters leave, in Brussels calendar dates:
  neither the day the meeting was recorded, nor the time of day, nor a clock change. Safer practice asks for 15 clear
  days, and for registered mail 3 working days more to reach the owner: the syndic is warned, not refused.

  Scenario Outline: An assembly on 5 April 2026, convened by e-mail
    Given an assembly on 2026-04-05 in a building whose internal rules ask 15 days
    When the convocation is sent by e-mail on <sent on>
    Then the convocation is <verdict>

    Examples:
      | sent on    | verdict                                |
      | 2026-03-20 | accepted without warning               |
      | 2026-03-21 | accepted with the warning not_clear_days |
      | 2026-03-22 | refused with CONVOCATION_TOO_LATE      |

  Scenario: The clock change of 29 March does not shorten 15 calendar days
    Given an assembly on 2026-03-29 in a building whose internal rules ask 15 days
    When the convocation is sent by e-mail on 2026-03-14
    Then the convocation is accepted with the warning not_clear_days

  Scenario: Registered mail leaves 3 working days to reach the owner
    Given an assembly on 2026-04-05 in a building whose internal rules ask 15 days
    When the convocation is sent by registered mail on 2026-03-20
    Then the convocation is accepted with the warning registered_mail_delay

  Scenario: The internal rules ask 21 days
    Given an assembly on 2026-04-05 in a building whose internal rules ask 21 days
    When the convocation is sent by e-mail on 2026-03-16
    Then the convocation is refused with CONVOCATION_TOO_LATE
