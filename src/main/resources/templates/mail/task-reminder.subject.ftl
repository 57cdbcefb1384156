<#if reference?has_content>[${reference}] </#if>Rappel : ${taskName}, à faire avant le ${dueDate}
