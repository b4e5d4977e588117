"""Round 38: long lead-ins around a summary ask, in other voices; asks beyond a summary in them still declined."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio


async def summarized(request: str):
    async with Agent(builtin_spec("summarizer"), LocalModel(), local_servers={"summarizer": create_server()}) as agent:
        return await agent.run(request)


DEPOT = (
    "All vans must be back at the depot by 6pm. Fuel cards will be replaced next month. Drivers must report any "
    "damage before the end of the shift. The yard gate will be locked at 7pm."
)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Summarise this HR/payroll update for the drivers' WhatsApp: " + DEPOT, "All vans must be back"),
        ("Summarise this for the toolbox talk on Monday: " + DEPOT, "All vans must be back"),
        ("Can you summarise what the depot sent round so I can brief the drivers? " + DEPOT, "All vans must be back"),
        (
            "Could I get a tl;dr of this? It came from the estates team and it's long-winded: " + DEPOT,
            "All vans must be back",
        ),
        (
            "Can you give me the short version of this email from the school? The parents keep asking me about it: "
            "The school will close at 1pm on Friday for staff training. Buses will leave at 1.15pm. After-school "
            "clubs are cancelled that day. Lunch will still be served at 12.",
            "The school will close at 1pm",
        ),
        (
            "Our HOA sent this round. What's it actually saying, in short: The pool will reopen on 1 June after "
            "resurfacing. Residents must show a fob to enter. Guests are limited to two per household. The pool "
            "closes at 9pm every night.",
            "The pool will reopen on 1 June",
        ),
        (
            "My boss forwarded me this from head office, can you sum it up for me? It's a lot. Here it is: Expense "
            "claims must be submitted within 30 days. Receipts are required for every claim over £25. Claims for "
            "alcohol will not be paid. Mileage is paid at 45p per mile.",
            "Expense claims must be submitted within 30 days.",
        ),
        (
            "The insurer sent us this. What does it mean, in a nutshell: Your policy renews on 3 April. The excess "
            "rises to £250. Cover for accidental damage is now included. Your premium will be £412 for the year.",
            "Your policy renews on 3 April.",
        ),
        (
            "Give me the gist of this, I'm the new rota lead and nobody has explained it to me: Shifts swap only "
            "with manager approval. Overtime must be agreed in advance. The rota is published every Thursday. Sick "
            "leave must be reported before 7am.",
            "Shifts swap only with manager approval.",
        ),
        (
            "Can you summarise this letter so we can go through it at the committee meeting? Here it is: The hall "
            "rent will rise to £40 an hour from May. Bookings must be paid a month ahead. The kitchen may no longer "
            "be used for hot food. Cancellations within a week will be charged in full.",
            "The hall rent will rise to £40 an hour from May.",
        ),
        (
            "Summarise this B&B review for the owners: The room was spotless and the breakfast was excellent. The "
            "shower was weak and the car park was hard to find. The hosts were very welcoming and gave great tips "
            "for walks.",
            "The room was spotless",
        ),
        (
            "Landlord sent me this about the new quiz rules, can you boil it down for me? He does go on. Here goes: "
            "Phones must be left face down on the table for the whole quiz. Any team caught using a phone loses all "
            "its points for that round. Teams are limited to six players from now on. The jackpot rolls over by £10 "
            "each week until someone wins it. Food orders close at 8.30pm on quiz nights.",
            "Phones must be left face down",
        ),
        (
            "Summarise this H&S bulletin for the toolbox talk tomorrow morning: A pedestrian was struck by a reach "
            "truck at another site last month. All pedestrians must use the marked walkways at all times. Hi-vis "
            "vests must be worn on the warehouse floor, including by visitors. Reach truck drivers must sound the "
            "horn at every aisle end.",
            "marked walkways",
        ),
    ],
)
async def test_summarized(request_text: str, said: str) -> None:
    outcome = await summarized(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you give me the gist of this notice and tell me whether I need to reply? The landlord sent it: Rent "
        "rises by £50 from June. The boiler will be serviced on 4 May. Bins move to Tuesdays. Please confirm access "
        "by Friday.",
        "Summarise this letter so I can translate it into French for my mum: The clinic has moved to Station Road. "
        "Appointments now start at 8am. Parking is free for patients. Please bring your NHS number.",
        "The council sent this. Is it legal, in short: Residents may not park vans on the street overnight. Fines "
        "are £70. Permits cost £30 a year. Visitors can buy day passes.",
        "Summarise this and explain it to me like I'm five: The bond yields rose sharply as inflation data came in "
        "hot. Central banks signalled further hikes. Equity markets fell across Europe. Analysts expect volatility "
        "to continue.",
        "Summarise what happened on Monday for the board: " + DEPOT,
        "Summarise this for the team and then email it to the drivers on Monday: " + DEPOT,
        "Can you give me the gist of this report? I need to know whether we should sign it: The supplier raises "
        "prices by 8%. Delivery moves to Thursdays. The contract runs for two years.",
    ],
)
async def test_declined(request_text: str) -> None:
    outcome = await summarized(request_text)
    assert outcome.status != "completed", outcome.text
