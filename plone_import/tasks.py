"""Background work: imports started from the admin run in the task worker."""

from django_tasks import task


@task()
def run_uploaded_import(run_id):
    from .models import ImportRun
    from .services import execute_run

    run = ImportRun.objects.filter(pk=run_id).first()
    if run is None or not run.upload:
        return None
    status = execute_run(run, run.upload.path).status
    # The export holds unpublished content and member lists: not kept once imported.
    run.upload.delete(save=True)
    return status
