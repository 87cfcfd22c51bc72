function New-KmsFleetReport {
    <#
    .SYNOPSIS
        The KmsDoctor.FleetReport object of one `kmsdoctor fleet` run: the counts, clone groups,
        activation state, hosts, suffix groups, clocks and every finding.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.FleetReport')]
    param(
        [Parameter(Mandatory)] [psobject] $Report,
        [AllowEmptyCollection()] [object[]] $Finding = @()
    )
    $summary = $Report.summary
    [pscustomobject]@{
        PSTypeName     = 'KmsDoctor.FleetReport'
        Clients        = [int] $summary.clients
        Hosts          = [int] $summary.hosts
        Unreadable     = [int] $summary.unreadable
        Errors         = [int] $summary.errors
        Warnings       = [int] $summary.warnings
        CloneGroups    = ConvertTo-KmsDoctorObject $Report.cloneGroups.groups
        CountLost      = [int] $Report.cloneGroups.countLost
        Activation     = ConvertTo-KmsDoctorObject $Report.activation
        KmsHosts       = ConvertTo-KmsDoctorObject $Report.hosts
        Split          = ConvertTo-KmsDoctorObject $Report.split
        Domains        = ConvertTo-KmsDoctorObject $Report.domains
        Clock          = ConvertTo-KmsDoctorObject $Report.clock
        Findings       = $Finding
        Summary        = ConvertTo-KmsDoctorObject $summary
        SchemaVersion  = [int] $Report.schemaVersion
    }
}
