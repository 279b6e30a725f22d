"""The team directory page and its CSV and vCard exports (team members only)."""

from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import render

from ..access import team_member_required
from ..exports import directory_csv, directory_vcards
from ..models import ExpertKind, Tier
from ..queries import directory_querysets


def filtered_directory(params):
    members, experts = directory_querysets()
    query = params.get("q", "").strip()
    if query:
        members = members.filter(
            Q(name__icontains=query)
            | Q(role__icontains=query)
            | Q(email__icontains=query)
            | Q(institution__name__icontains=query)
        )
        experts = experts.filter(
            Q(name__icontains=query)
            | Q(specialties__icontains=query)
            | Q(organisation__icontains=query)
            | Q(languages__icontains=query)
        )
    tier = params.get("tier", "")
    if tier in Tier.values:
        members = members.filter(institution__tier=tier)
    kind = params.get("kind", "")
    if kind in ExpertKind.values:
        experts = experts.filter(kind=kind)
    language = params.get("language", "").strip()
    if language:
        experts = experts.filter(languages__icontains=language)
    return members, experts


@team_member_required
def directory(request):
    members, experts = filtered_directory(request.GET)
    return render(
        request,
        "coordination/directory.html",
        {
            "members": members,
            "experts": experts,
            "tiers": Tier.choices,
            "kinds": ExpertKind.choices,
            "filters": request.GET,
            "query_string": request.GET.urlencode(),
        },
    )


def _download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@team_member_required
def directory_export_csv(request):
    members, experts = filtered_directory(request.GET)
    return _download(
        directory_csv(members, experts), "text/csv; charset=utf-8", "integration-team-directory.csv"
    )


@team_member_required
def directory_export_vcard(request):
    members, experts = filtered_directory(request.GET)
    return _download(
        directory_vcards(members, experts), "text/vcard; charset=utf-8", "integration-team-directory.vcf"
    )
