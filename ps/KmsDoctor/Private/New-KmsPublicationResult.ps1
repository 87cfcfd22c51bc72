function New-KmsPublicationResult {
    <#
    .SYNOPSIS
        KmsDoctor.PublicationResult objects of one `kmsdoctor publication` report: one per domain
        and DNS server asked (authoritative servers and resolvers).
    .DESCRIPTION
        Records are the SRV records that server returned; Missing the intended hosts (HOST:PORT)
        it lacks; Unexpected the targets it lists that are not on the allow list (stale, rogue or
        an alias), as HOST:PORT.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.PublicationResult')]
    param([Parameter(Mandatory)] [psobject] $Report)

    foreach ($domain in @($Report.domains)) {
        if ($null -eq $domain) { continue }
        foreach ($answer in @($domain.answers)) {
            if ($null -eq $answer) { continue }
            $server = [string] $answer.server
            $missing = @(foreach ($wanted in @($domain.hosts)) {
                    if ($null -ne $wanted -and @($wanted.missingOn) -contains $server) { '{0}:{1}' -f $wanted.host, $wanted.port }
                })
            $unexpected = @(foreach ($extra in @($Report.unexpected)) {
                    if ($null -ne $extra -and [string] $extra.domain -eq [string] $domain.domain -and @($extra.listedBy) -contains $server) { '{0}:{1}' -f $extra.target, $extra.port }
                })
            [pscustomobject]@{
                PSTypeName    = 'KmsDoctor.PublicationResult'
                Domain        = [string] $domain.domain
                Zone          = [string] $domain.zone
                Server        = $server
                Authoritative = ([string] $answer.role -eq 'authoritative')
                Status        = [string] $answer.status
                Rcode         = $answer.rcode
                Records       = ConvertTo-KmsDoctorObject @($answer.records)
                Missing       = [string[]] $missing
                Unexpected    = [string[]] $unexpected
            }
        }
    }
}
