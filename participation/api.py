"""Participation API at /api/participation/: public reads and filings need no account; the
desk's work needs its role; a requester sees their case only through its private token or
their account. Endpoints are thin: reads from participation.queries, writes through services.
The operations are grouped in modules, mounted here on one router."""

from ninja import Router

from . import api_community, api_complaints, api_consultations, api_desk, api_surveys

router = Router()
# Before the desk's "/desk/{kind}", which would otherwise take "/desk/surveys" and "/desk/complaints".
router.add_router("", api_surveys.router)
router.add_router("", api_complaints.router)
router.add_router("", api_desk.router)
router.add_router("", api_consultations.router)
router.add_router("", api_community.router)
