"""Paraphrases of pressure and torque conversions, board feet, distances to the next service and changes between
two rates, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("tyre pressure is 110 psi, what's that in bar?", 7.5842),
        ("torque spec says 450 N·m, what's that in ft-lb", 331.903),
        ("Convert 2.2 bar to psi", 31.9083),
        ("How many psi is 2.4 bar?", 34.8091),
        ("The wheel nuts need 120 Nm. What is that in lb-ft?", 88.5075),
        ("Set it to 25 ft-lb. What's that in newton metres?", 33.8954),
        ("Boiler pressure 1.5 bar in kPa", 150),
        ("how many board feet in a 2x10 thats 12 ft long", 20),
        ("How many board feet is a 2 x 4 that is 8 feet long?", 5.333333),
        ("I need 6 2x4s 8 ft long. How many board feet?", 32),
        ("six 2x6 boards, each 10 feet long. How many board feet is that?", 60),
        ("Board feet of 4 pieces of 1x6 at 8' long?", 16),
        ("Service is every 15,000 km. Bus 6 is on 187,400 km. How many km until its next service?", 7600),
        ("My car needs a service every 10,000 miles and the odometer reads 43,250 miles. How many miles to the next "
         "service?", 6750),
        ("The van was last serviced at 120,500 km and services are every 20,000 km. It's now on 131,900 km. How far "
         "until the next service?", 8600),
        ("Service every 12,000 miles; the truck has done 50,400 miles. At what mileage is the next service?", 60000),
        ("The service interval is 10,000 km and the car has done 64,800 km. How far until the next service?", 5200),
        ("Convert 35 psi to bar", 2.4132),
        ("My tyres should be 2.3 bar. What's that in psi?", 33.3587),
        ("Our no-show rate went from 6% in March to 9% in April. By what percent did it increase?", 50),
        ("The unemployment rate rose from 4% to 5%. What is the percentage increase?", 25),
        ("Churn fell from 12.5% to 10%. By what percentage did it decrease?", -20),
        ("Our conversion rate went from 2% to 3.5%. By how many percentage points did it rise?", 1.5),
        ("The pass rate was 80% and is now 88%. How much did it go up?", 8),
        ("Roasting a 1.8 kg chicken. The rule is 20 minutes per 500 g plus an extra 20 minutes. How long in total?",
         92),
        ("A 4 lb pork joint needs 25 minutes per lb plus 25 minutes. How long should I roast it?", 125),
        ("Lamb: 40 minutes a kilo plus 20 minutes. My leg is 2.3 kg. What's the total cooking time?", 112),
        ("The turkey is 6 kg and needs 20 min per kg + 70 min. How many minutes?", 190),
        ("Living room floor is 4.2m x 3.6m. Laminate comes in packs that cover 2.2 m2 each and the fitter says add "
         "10% for waste. How many packs should I buy?", 8),
        ("A floor is 4.2 m by 3.6 m. Laminate packs cover 2.2 m² each. How many packs do I need?", 7),
        ("The bedroom is 3.5 m by 3 m. Each box of flooring covers 1.8 square metres; allow 5% extra for cuts. How "
         "many boxes?", 7),
        ("A 20 m² patio. Turf rolls cover 1 m² each, plus 10% waste. How many rolls?", 22),
    ],
)  # fmt: skip
async def test_unit_conversion_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "tyre pressure is 110 psi, what's that in kg?",
        "tyre pressure is 110 psi and 32 psi, what's that in bar?",
        "torque spec says 450 N·m, what's that in bar",
        "tyre pressure is 110 psi, what's that in hectopieze?",
        "how many board feet in a 2x10 thats 12 m long",
        "how many board feet in a 2x10",
        "how many board feet in a 2x10 thats 12 ft long at $3 each",
        "how many board feet in a 2x10 and a 2x4 that are 12 ft long",
        "Service is every 15,000 km. Bus 6 is on 180,000 km. How many km until its next service?",
        "Service is every 15,000 km. Bus 6 is on 187,400 miles. How many km until its next service?",
        "The van was last serviced at 100,500 km and services are every 20,000 km. It's now on 131,900 km. How far "
        "until the next service?",
        "Service is every 15,000 km. Bus 6 does 400 km a day and is on 187,400 km. How many days until its next "
        "service?",
        "Service is every 15,000 km. Bus 6 is on 187,400 km. When will it need its next service?",
        "Our no-show rate went from 6% in March to 9% in April and 12% in May. By what percent did it increase?",
        "Our no-show rate is 6% and 9%. By what percent did it increase?",
        "Our no-show rate went from 0% to 9%. By what percent did it increase?",
        "A coat was 20% off and is now 30% off. By what percent did the discount increase?",
        "Roasting a 1.8 kg chicken. The rule is 20 minutes per 500 g or part thereof plus an extra 20 minutes. How "
        "long in total?",
        "Roasting a 1.8 kg chicken. The rule is 20 minutes per 500 g plus an extra 20 minutes, then rest 15 minutes. "
        "How long in total?",
        "Roasting a 1.8 kg chicken and a 2 kg chicken. The rule is 20 minutes per 500 g plus an extra 20 minutes. How "
        "long in total?",
        "Roasting a chicken. The rule is 20 minutes per 500 g plus an extra 20 minutes. How long in total?",
        "Roasting a 1.8 kg chicken. The rule is 20 minutes per 500 g plus an extra 20 minutes. What temperature?",
        "Living room floor is 4.2m x 3.6m. Laminate comes in packs that cover 2.2 m2 each at £25 a pack. How many "
        "packs should I buy?",
        "Living room floor is 4.2m x 3.6m. Laminate comes in packs that cover 2.2 m2 each and add 10%. How many packs "
        "should I buy?",
        "Living room floor is 4.2m x 3.6m and the hall is 2m x 1m. Laminate comes in packs that cover 2.2 m2 each. "
        "How many packs?",
    ],
)
async def test_unit_conversion_near_misses_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
