function New-KmsPublicationReport {
    <#
    .SYNOPSIS
        The KmsDoctor.PublicationReport summary object of one `kmsdoctor publication` run: counts,
        verdict, every PublicationResult and Finding, and the report's other sections.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.PublicationReport')]
    param(
        [Parameter(Mandatory)] [psobject] $Report,
        [AllowEmptyCollection()] [object[]] $Result = @(),
        [AllowEmptyCollection()] [object[]] $Finding = @()
    )

    $summary = $Report.summary
    [pscustomobject]@{
        PSTypeName     = 'KmsDoctor.PublicationReport'
        Command        = [string] $Report.command
        Passed         = ([string] $summary.verdict -eq 'pass')
        Errors         = [int] $summary.errors
        Warnings       = [int] $summary.warnings
        Infos          = [int] $summary.infos
        StartedAt      = ConvertTo-KmsDoctorDate $Report.startedAt
        DurationMs     = [double] $Report.durationMs
        Hosts          = ConvertTo-KmsDoctorObject @($Report.hosts)
        AllowList      = [string[]] @($Report.allowList)
        Resolvers      = [string[]] @($Report.resolvers)
        ResolverSource = [string] $Report.resolverSource
        Results        = $Result
        Findings       = $Finding
        Unexpected     = ConvertTo-KmsDoctorObject @($Report.unexpected)
        Publishing     = ConvertTo-KmsDoctorObject @($Report.publishing)
        Notes          = [string[]] @($Report.notes)
        Input          = ConvertTo-KmsDoctorObject $Report.input
        Summary        = ConvertTo-KmsDoctorObject $summary
        ToolVersion    = [string] $Report.tool.version
        SchemaVersion  = [int] $Report.schemaVersion
    }
}
